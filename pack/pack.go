// Package pack builds, verifies and extracts Hokusai model packages (F6):
// a deterministic tar+gzip archive of a model directory plus manifest.json,
// identified by the sha256 of the archive and signed (EIP-191) by the
// owner's wallet over the sha256 of the manifest, which in turn commits to
// every file's sha256.
//
// Archive layout, in this order: manifest.json, signature.json (when
// signed), then model/<path> for every file sorted by path. Every header
// has mode 0644, uid/gid 0, no user or group names and mtime 0; gzip runs
// at level 1 with an empty header. The same directory, manifest and key
// therefore give the same bytes (secp256k1 signatures are deterministic,
// RFC 6979). Go's compress/flate output is stable across releases in
// practice but not promised; Verify never depends on it, only digests do.
package pack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

// Options tune Package.
type Options struct {
	Limits
	Key *ecdsa.PrivateKey // the owner's wallet key; nil leaves the package unsigned
	Out io.Writer         // where the archive goes; nil discards it (the digest is still computed)
}

// gzipLevel is fixed: the same input gives the same bytes only at one level.
// Level 1 packs float32 weights as tightly as level 9 (both 92.5% of the
// raw size in BenchmarkPackage's data) at about three times the speed.
const gzipLevel = gzip.BestSpeed

// epoch is every entry's modification time.
var epoch = time.Unix(0, 0).UTC()

// source is one file found in the model directory.
type source struct {
	rel  string // slash path inside the package
	abs  string // where to read it
	size int64
	sum  string
}

// Package builds a package of the files under dir with manifest m (its
// Files and, when empty, Schema are filled in), writes the archive to
// opts.Out and returns its digests and signature. Unsafe content is
// refused before anything is written: links leaving dir, device files,
// pickles, and anything past the limits.
func Package(dir string, m hokusai.Manifest, opts Options) (*hokusai.Package, error) {
	lim := opts.Limits.withDefaults()
	files, err := scan(dir, lim)
	if err != nil {
		return nil, err
	}
	if m.Schema == "" {
		m.Schema = hokusai.ManifestSchema
	}
	m.Files = make([]hokusai.ManifestFile, len(files))
	for i, f := range files {
		m.Files[i] = hokusai.ManifestFile{Path: f.rel, Size: f.size, SHA256: f.sum}
	}
	if err := ValidateManifest(&m, true); err != nil {
		return nil, err
	}
	manifestRaw, err := canonicalManifest(&m)
	if err != nil {
		return nil, err
	}
	md := sha256.Sum256(manifestRaw)
	pkg := &hokusai.Package{Manifest: &m, ManifestDigest: "sha256:" + hex.EncodeToString(md[:])}
	var sigRaw []byte
	if opts.Key != nil {
		sig, err := SignDigest(md, opts.Key)
		if err != nil {
			return nil, err
		}
		pkg.Signer = crypto.PubkeyToAddress(opts.Key.PublicKey).Hex()
		pkg.Signature = "0x" + hex.EncodeToString(sig)
		sigRaw, err = json.MarshalIndent(signatureFile{
			ManifestDigest: pkg.ManifestDigest, Signer: pkg.Signer, Signature: pkg.Signature, Fields: fieldDigests(&m),
		}, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("encode signature: %w", err)
		}
		sigRaw = append(sigRaw, '\n')
	}

	out := opts.Out
	if out == nil {
		out = io.Discard
	}
	h := sha256.New()
	cw := &countingWriter{w: io.MultiWriter(out, h)}
	zw, err := gzip.NewWriterLevel(cw, gzipLevel)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	tw := tar.NewWriter(zw)
	add := func(name string, size int64, body io.Reader) error {
		hdr := &tar.Header{Typeflag: tar.TypeReg, Name: name, Size: size, Mode: 0o644, ModTime: epoch}
		if err := tw.WriteHeader(hdr); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		if _, err := io.Copy(tw, body); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		return nil
	}
	if err := add(manifestName, int64(len(manifestRaw)), bytes.NewReader(manifestRaw)); err != nil {
		return nil, err
	}
	if sigRaw != nil {
		if err := add(signatureName, int64(len(sigRaw)), bytes.NewReader(sigRaw)); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		if err := copyChecked(f, func(r io.Reader) error { return add(filesPrefix+f.rel, f.size, r) }); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("close tar: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("close gzip: %w", err)
	}
	pkg.Digest = "sha256:" + hex.EncodeToString(h.Sum(nil))
	pkg.Size = cw.n
	return pkg, nil
}

// PackageFile is Package writing the archive to path (atomically: a temp
// file beside it, renamed into place).
func PackageFile(dir string, m hokusai.Manifest, path string, opts Options) (*hokusai.Package, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".hokusai-package-*")
	if err != nil {
		return nil, fmt.Errorf("create package file: %w", err)
	}
	defer os.Remove(tmp.Name())
	opts.Out = tmp
	pkg, err := Package(dir, m, opts)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return nil, err
	}
	return pkg, nil
}

// copyChecked feeds a file to write and fails if it changed since scan.
func copyChecked(f source, write func(io.Reader) error) error {
	fh, err := os.Open(f.abs)
	if err != nil {
		return fmt.Errorf("open %s: %w", f.rel, err)
	}
	defer fh.Close()
	h := newHasher(io.LimitReader(fh, f.size))
	if err := write(h); err != nil {
		return err
	}
	if h.n != f.size || h.sum() != f.sum {
		return hokusai.FieldErrorf(f.rel, "The file %q changed while it was being packaged; package again.", f.rel)
	}
	return nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// scan lists dir's files sorted by slash path, hashing each one and
// refusing unsafe entries. A symlink is followed when its target is a
// regular file inside dir (the file's bytes are packaged); one leaving dir
// is refused.
func scan(dir string, lim Limits) ([]source, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, hokusai.FieldErrorf("path", "%s is not a directory; give the directory holding the model files.", dir)
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", dir, err)
	}
	root, err = filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", dir, err)
	}
	var files []source
	var total int64
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			return nil
		}
		relOS, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(relOS)
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		if err := checkPath(rel); err != nil {
			return hokusai.FieldErrorf(rel, "%v", err)
		}
		abs := p
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				return hokusai.FieldErrorf(rel, "%q is a broken link: %v.", rel, err)
			}
			if r, err := filepath.Rel(root, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
				return hokusai.FieldErrorf(rel, "%q links to %s, outside the model directory; copy the file in instead.", rel, target)
			}
			abs = target
		}
		fi, err := os.Stat(abs)
		if err != nil {
			return fmt.Errorf("stat %s: %w", rel, err)
		}
		if !fi.Mode().IsRegular() {
			return hokusai.FieldErrorf(rel, "%q is not a regular file (%s); packages hold regular files only.", rel, fi.Mode().Type())
		}
		if isPickleName(rel) {
			return hokusai.FieldErrorf(rel, "%q is a pickle format (by its extension); pickles run code when loaded. Export the model to ONNX, safetensors or JSON.", rel)
		}
		if fi.Size() > lim.MaxFileSize {
			return hokusai.FieldErrorf(rel, "%q is %d bytes; the limit per file is %d.", rel, fi.Size(), lim.MaxFileSize)
		}
		if total += fi.Size(); total > lim.MaxTotalSize {
			return hokusai.FieldErrorf("path", "The files add up to more than %d bytes, the limit per package.", lim.MaxTotalSize)
		}
		if len(files) >= lim.MaxFiles {
			return hokusai.FieldErrorf("path", "The directory holds more than %d files, the limit per package.", lim.MaxFiles)
		}
		sum, n, err := hashFile(abs, rel)
		if err != nil {
			return err
		}
		files = append(files, source{rel: rel, abs: abs, size: n, sum: sum})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	return files, nil
}

// hashFile hashes a file, refusing pickles (see sniffer).
func hashFile(p, rel string) (string, int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", 0, fmt.Errorf("read %s: %w", rel, err)
	}
	defer f.Close()
	h := newHasher(newSniffer(f, rel))
	if _, err := io.Copy(io.Discard, h); err != nil {
		if hokusai.ErrorCode(err) == hokusai.EINVALID {
			return "", 0, &hokusai.Error{Code: hokusai.EINVALID, Field: rel, Message: strings.TrimPrefix(hokusai.ErrorMessage(err), "Package refused: ")}
		}
		return "", 0, fmt.Errorf("read %s: %w", rel, err)
	}
	return h.sum(), h.n, nil
}
