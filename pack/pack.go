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
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
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
// opts.Out and returns its digests and signature. What a reader would
// refuse is refused before anything is written, with the reader's own
// error: links leaving dir, device files and pipes, pickles by name or
// content, and anything past the limits (see tally). The archive is also
// read back by Verify as it is written, for the one thing known only while
// compressing (the decompression-bomb ratio); when that fails, Package
// returns Verify's error and what went to opts.Out must be discarded
// (PackageFile does).
func Package(dir string, m hokusai.Manifest, opts Options) (*hokusai.Package, error) {
	lim := opts.Limits.withDefaults()
	files, err := scan(dir)
	if err != nil {
		return nil, err
	}
	if m.Schema == "" {
		m.Schema = hokusai.ManifestSchema
	}
	// A reader meets manifest.json and signature.json first, then the files
	// in order. The metadata's sizes do not depend on the files' hashes
	// (always 64 hex digits), so they are checked before any file is read.
	m.Files = make([]hokusai.ManifestFile, len(files))
	for i, f := range files {
		m.Files[i] = hokusai.ManifestFile{Path: f.rel, Size: f.size, SHA256: strings.Repeat("0", 64)}
	}
	if err := checkMetadata(&m, opts.Key != nil, lim); err != nil {
		return nil, err
	}
	// Each file is checked and read in archive order, as a reader would, so
	// the first refusal is the one a reader would give.
	t := newTally(lim)
	for i := range files {
		if err := t.file(files[i].rel, files[i].size); err != nil {
			return nil, err
		}
		if files[i].sum, err = hashFile(files[i]); err != nil {
			return nil, err
		}
		m.Files[i].SHA256 = files[i].sum
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
		if sigRaw, err = signatureJSON(pkg); err != nil {
			return nil, err
		}
	}

	out := opts.Out
	if out == nil {
		out = io.Discard
	}
	if inflatedBound(manifestRaw, sigRaw, files) <= lim.RatioFloor {
		// Too small for the decompression-bomb ratio to apply.
		if err := writeArchive(out, pkg, manifestRaw, sigRaw, files); err != nil {
			return nil, err
		}
		return pkg, nil
	}
	// The read-back walks what is written through a pipe, as a reader
	// would; when it stops early it closes the pipe with its error, which
	// stops the writing.
	pr, pw := io.Pipe()
	checked := make(chan error, 1)
	go func() {
		_, err := walkArchive(pr, lim, false, func(e entry) error { _, err := io.Copy(io.Discard, e.Body); return err })
		pr.CloseWithError(fmt.Errorf("read-back: %w", errSelfCheck))
		checked <- err
	}()
	werr := writeArchive(io.MultiWriter(out, pw), pkg, manifestRaw, sigRaw, files)
	pw.CloseWithError(werr)
	verr := <-checked
	if werr != nil && !errors.Is(werr, errSelfCheck) {
		return nil, werr // the output or a file failed, not the read-back
	}
	if verr != nil {
		return nil, verr
	}
	return pkg, nil
}

// inflatedBound bounds the uncompressed archive: every entry's bytes plus
// at most 3 KiB of headers and padding each, and the end marker.
func inflatedBound(manifestRaw, sigRaw []byte, files []source) int64 {
	n := int64(len(manifestRaw)+len(sigRaw)) + 2*3072 + 10240
	for _, f := range files {
		n += f.size + 3072
	}
	return n
}

var errSelfCheck = errors.New("the archive was refused when read back")

// checkMetadata checks the sizes of manifest.json and, when signed,
// signature.json, as a reader would.
func checkMetadata(m *hokusai.Manifest, signed bool, lim Limits) error {
	t := newTally(lim)
	raw, err := canonicalManifest(m)
	if err != nil {
		return err
	}
	if err := t.meta(manifestName, int64(len(raw))); err != nil {
		return err
	}
	if !signed {
		return nil
	}
	// A signature's fields have fixed lengths: measure one with zeros.
	sig, err := signatureJSON(&hokusai.Package{
		Manifest:       m,
		ManifestDigest: "sha256:" + strings.Repeat("0", 64),
		Signer:         common.Address{}.Hex(),
		Signature:      "0x" + strings.Repeat("0", 130),
	})
	if err != nil {
		return err
	}
	return t.meta(signatureName, int64(len(sig)))
}

// signatureJSON is signature.json for a signed package.
func signatureJSON(pkg *hokusai.Package) ([]byte, error) {
	b, err := json.MarshalIndent(signatureFile{
		ManifestDigest: pkg.ManifestDigest, Signer: pkg.Signer, Signature: pkg.Signature, Fields: fieldDigests(pkg.Manifest),
	}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode signature: %w", err)
	}
	return append(b, '\n'), nil
}

// writeArchive writes the archive and fills in pkg's digest and size.
func writeArchive(w io.Writer, pkg *hokusai.Package, manifestRaw, sigRaw []byte, files []source) error {
	h := sha256.New()
	cw := &countingWriter{w: io.MultiWriter(w, h)}
	zw, err := gzip.NewWriterLevel(cw, gzipLevel)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	tw := tar.NewWriter(zw)
	add := func(name string, size int64, body io.Reader) error {
		hdr := &tar.Header{Typeflag: tar.TypeReg, Name: name, Size: size, Mode: 0o644, ModTime: epoch}
		if err := tw.WriteHeader(hdr); err != nil {
			return fmt.Errorf("write %s: %w", Printable(name), err)
		}
		if _, err := io.Copy(tw, body); err != nil {
			return fmt.Errorf("write %s: %w", Printable(name), err)
		}
		return nil
	}
	if err := add(manifestName, int64(len(manifestRaw)), bytes.NewReader(manifestRaw)); err != nil {
		return err
	}
	if sigRaw != nil {
		if err := add(signatureName, int64(len(sigRaw)), bytes.NewReader(sigRaw)); err != nil {
			return err
		}
	}
	for _, f := range files {
		if err := copyChecked(f, func(r io.Reader) error { return add(filesPrefix+f.rel, f.size, r) }); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("close tar: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("close gzip: %w", err)
	}
	pkg.Digest = "sha256:" + hex.EncodeToString(h.Sum(nil))
	pkg.Size = cw.n
	return nil
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
	fh, err := openRegular(f.abs, f.rel)
	if err != nil {
		return err
	}
	defer fh.Close()
	h := newHasher(io.LimitReader(fh, f.size))
	if err := write(h); err != nil {
		return err
	}
	if h.n != f.size || h.sum() != f.sum {
		return changed(f.rel)
	}
	return nil
}

func changed(rel string) error {
	return hokusai.FieldErrorf(filesPrefix+Printable(rel), "The file %s changed while it was being packaged; package again.", quoteName(rel))
}

// openRegular opens a file for reading only if it is a regular file. The
// check is made on the open file (and the open does not block on a pipe),
// so a file swapped for a device or FIFO after scan is refused too.
func openRegular(p, rel string) (*os.File, error) {
	fh, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Printable(rel), err)
	}
	fi, err := fh.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = hokusai.FieldErrorf(filesPrefix+Printable(rel), "%s is not a regular file (%s); packages hold regular files only.", quoteName(rel), fi.Mode().Type())
	}
	if err != nil {
		fh.Close()
		return nil, err
	}
	return fh, nil
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

// maxScan bounds how many entries scan lists, whatever the limits: a
// directory this large is almost certainly the wrong one.
const maxScan = 1 << 20

// scan lists dir's files sorted by slash path, refusing entries no package
// can hold. A symlink is followed when its target is a regular file inside
// dir (the file's bytes are packaged); one leaving dir is refused.
func scan(dir string) ([]source, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, hokusai.FieldErrorf("path", "%s is not a directory; give the directory holding the model files.", Printable(dir))
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", Printable(dir), err)
	}
	root, err = filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", Printable(dir), err)
	}
	var files []source
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
		if len(files) >= maxScan {
			return hokusai.FieldErrorf("path", "%s holds more than %d files; give the directory holding only the model files.", Printable(dir), maxScan)
		}
		field := filesPrefix + Printable(rel)
		abs := p
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				return hokusai.FieldErrorf(field, "%s is a broken link; remove it or copy the file in.", quoteName(rel))
			}
			if r, err := filepath.Rel(root, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
				return hokusai.FieldErrorf(field, "%s links to %s, outside the model directory; copy the file in instead.", quoteName(rel), Printable(target))
			}
			abs = target
		}
		fi, err := os.Stat(abs)
		if err != nil {
			return fmt.Errorf("stat %s: %w", Printable(rel), err)
		}
		if !fi.Mode().IsRegular() {
			return hokusai.FieldErrorf(field, "%s is not a regular file (%s); packages hold regular files only.", quoteName(rel), fi.Mode().Type())
		}
		files = append(files, source{rel: rel, abs: abs, size: fi.Size()})
		return nil
	})
	var he *hokusai.Error
	if err != nil && !errors.As(err, &he) {
		// An operating system error quotes the raw path.
		return nil, fmt.Errorf("read %s: %s", Printable(dir), Printable(err.Error()))
	}
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	return files, nil
}

// hashFile hashes a file through the same sniffer a reader uses, so a
// pickle is refused with the reader's error. It reads at most the size
// scan saw.
func hashFile(f source) (string, error) {
	fh, err := openRegular(f.abs, f.rel)
	if err != nil {
		return "", err
	}
	defer fh.Close()
	h := newHasher(newSniffer(io.LimitReader(fh, f.size+1), filesPrefix+f.rel, f.size))
	if _, err := io.Copy(io.Discard, h); err != nil {
		if hokusai.ErrorCode(err) == hokusai.EINVALID {
			return "", err
		}
		return "", fmt.Errorf("read %s: %w", Printable(f.rel), err)
	}
	if h.n != f.size {
		return "", changed(f.rel)
	}
	return h.sum(), nil
}
