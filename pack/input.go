package pack

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"syscall"

	"github.com/hokusai-protocol/hokusai"
)

// maxKeyFile bounds a key file: 64 hex digits and some whitespace.
const maxKeyFile = 4 << 10

// ReadInputFile reads a small input file named on the command line (field
// names the flag for errors) with a size bound: a file larger than limit
// bytes, or one that is not a regular file (a device such as /dev/zero, a
// FIFO, a directory), is refused before it is read, and a file that grows
// while being read is cut at limit+1 bytes and refused.
func ReadInputFile(field, path string, limit int64) ([]byte, error) {
	f, err := OpenInputFile(field, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, hokusai.FieldErrorf(field, "Cannot read %s: %v.", Printable(path), err)
	}
	if fi.Size() > limit {
		return nil, tooLarge(field, path, limit)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, hokusai.FieldErrorf(field, "Cannot read %s: %v.", Printable(path), err)
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(field, path, limit)
	}
	return b, nil
}

func tooLarge(field, path string, limit int64) error {
	return hokusai.FieldErrorf(field, "%s is larger than %d bytes, the most allowed for %s; check that this is the right file.", Printable(path), limit, field)
}

// OpenInputFile opens a file named on the command line for reading,
// refusing anything but a regular file. The open does not block on a FIFO
// and the check is made on the opened file, so nothing can be swapped in
// between.
func OpenInputFile(field, path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, hokusai.FieldErrorf(field, "%s does not exist; check the path.", Printable(path))
		}
		return nil, hokusai.FieldErrorf(field, "Cannot open %s: %v.", Printable(path), err)
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = hokusai.FieldErrorf(field, "%s is not a regular file (it is %s); give a regular file.", Printable(path), describeMode(fi.Mode()))
	}
	if err != nil {
		f.Close()
		if hokusai.ErrorCode(err) == hokusai.EINVALID {
			return nil, err
		}
		return nil, hokusai.FieldErrorf(field, "Cannot read %s: %v.", Printable(path), err)
	}
	return f, nil
}

func describeMode(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return fmt.Sprintf("mode %s", m.Type())
}

// ReadManifestFile reads and parses the metadata a manifest is built from
// (ParseMetadata) from a file, within the manifest's size bound.
func ReadManifestFile(field, path string) (*hokusai.Manifest, error) {
	b, err := ReadInputFile(field, path, maxManifestSize)
	if err != nil {
		return nil, err
	}
	return ParseMetadata(b)
}

// ParseMetadata parses the metadata a package's manifest is built from: a
// manifest, in which the seed's name performance_metrics (metric → value)
// may stand for metrics. The manifest written into the package always
// says metrics, so the same metadata gives the same digest either way.
func ParseMetadata(data []byte) (*hokusai.Manifest, error) {
	if len(data) > maxManifestSize {
		return nil, hokusai.FieldErrorf("manifest", "The metadata is %d bytes; it must be at most %d.", len(data), maxManifestSize)
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) != nil {
		return ParseManifest(data) // its error names what is wrong
	}
	pm, ok := fields["performance_metrics"]
	if !ok {
		return ParseManifest(data)
	}
	var perf map[string]float64
	if err := json.Unmarshal(pm, &perf); err != nil {
		return nil, hokusai.FieldErrorf("performance_metrics", "performance_metrics must map each metric name to its value, e.g. {\"accuracy\": 0.926}.")
	}
	if m, ok := fields["metrics"]; ok {
		var metrics map[string]float64
		if err := json.Unmarshal(m, &metrics); err != nil || !reflect.DeepEqual(metrics, perf) {
			return nil, hokusai.FieldErrorf("performance_metrics", "performance_metrics and metrics name the same thing and differ; give one of them.")
		}
	}
	delete(fields, "performance_metrics")
	fields["metrics"] = pm
	b, err := json.Marshal(fields)
	if err != nil {
		return nil, fmt.Errorf("metadata: %w", err)
	}
	return ParseManifest(b)
}
