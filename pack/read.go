package pack

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/hokusai-protocol/hokusai"
)

// Archive entry names.
const (
	manifestName  = "manifest.json"
	signatureName = "signature.json"
	filesPrefix   = "model/" // every model file lives under this directory
)

// Limits bound what a package may hold. Zero fields take the defaults.
type Limits struct {
	MaxFiles     int   // model files in one package
	MaxFileSize  int64 // bytes of one file
	MaxTotalSize int64 // bytes of all files together, uncompressed
	// MaxRatio caps uncompressed/compressed bytes once more than RatioFloor
	// bytes have been inflated: a decompression bomb is stopped while
	// streaming, long before MaxTotalSize.
	MaxRatio   int64
	RatioFloor int64
	MaxDepth   int // directories a file path may nest (segments of its path)
}

// Default limits.
const (
	DefaultMaxFiles     = 10_000
	DefaultMaxFileSize  = 4 << 30
	DefaultMaxTotalSize = 8 << 30
	DefaultMaxRatio     = 200
	DefaultRatioFloor   = 16 << 20
	DefaultMaxDepth     = 32
)

func (l Limits) withDefaults() Limits {
	if l.MaxFiles <= 0 {
		l.MaxFiles = DefaultMaxFiles
	}
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = DefaultMaxFileSize
	}
	if l.MaxTotalSize <= 0 {
		l.MaxTotalSize = DefaultMaxTotalSize
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = DefaultMaxRatio
	}
	if l.RatioFloor <= 0 {
		l.RatioFloor = DefaultRatioFloor
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	return l
}

// pickleExts are extensions of formats that are (or wrap) Python pickles,
// which run code when loaded. Hokusai never unpickles (F8).
// Keras files (.keras) embed Python code that runs when loaded.
var pickleExts = map[string]bool{
	".pkl": true, ".pickle": true, ".pt": true, ".pth": true, ".joblib": true, ".ckpt": true,
	".dill": true, ".keras": true,
}

// refuse builds the EINVALID error for unsafe or malformed content; field
// is the entry's name (escaped for printing) so callers and users see
// which entry was refused.
func refuse(name, format string, args ...any) error {
	return hokusai.FieldErrorf(Printable(safeName(name)), "Package refused: "+format, args...)
}

// tally applies Limits to a package's entries in archive order. The reader
// and the packager share it, so the packager refuses exactly what a reader
// would, with the same error, before it writes anything.
type tally struct {
	lim   Limits
	files int
	total int64
}

func newTally(lim Limits) *tally { return &tally{lim: lim.withDefaults()} }

// meta checks manifest.json or signature.json's size.
func (t *tally) meta(name string, size int64) error {
	if size > maxManifestSize {
		return refuse(name, "%s is %d bytes; at most %d are allowed. The manifest lists every file: put many small files into fewer, larger ones or shorten their paths.", name, size, maxManifestSize)
	}
	return nil
}

// file checks one model file, p being its path under model/.
func (t *tally) file(p string, size int64) error {
	name := filesPrefix + p
	if err := checkPath(name); err != nil {
		return refuse(name, "%v", err)
	}
	if d := strings.Count(p, "/") + 1; d > t.lim.MaxDepth {
		return refuse(name, "%s is %d levels deep; the limit is %d.", quoteName(p), d, t.lim.MaxDepth)
	}
	if t.files >= t.lim.MaxFiles {
		return refuse(name, "The package holds more than %d files, the limit per package.", t.lim.MaxFiles)
	}
	if size > t.lim.MaxFileSize {
		return refuse(name, "%s is %d bytes; the limit per file is %d.", quoteName(p), size, t.lim.MaxFileSize)
	}
	if t.total += size; t.total > t.lim.MaxTotalSize {
		return refuse(name, "The files add up to more than %d bytes, the limit per package.", t.lim.MaxTotalSize)
	}
	if isPickleName(p) {
		return refuse(name, "%s is a pickle format (by its extension); pickles run code when loaded. %s", quoteName(p), exportAdvice)
	}
	t.files++
	return nil
}

// checkPath checks a model file's path inside the package: relative,
// slash-separated, clean, no "..", no odd characters.
func checkPath(p string) error {
	switch {
	case p == "":
		return fmt.Errorf("A file path is empty.")
	case len(p) > 1024:
		return fmt.Errorf("The path %.40q… is longer than 1024 bytes.", p)
	case !utf8.ValidString(p) || strings.ContainsAny(p, "\x00\\:"):
		return fmt.Errorf("The path %q holds a NUL, a backslash, a colon or invalid UTF-8.", p)
	case strings.HasPrefix(p, "/"):
		return fmt.Errorf("The path %q is absolute; package paths are relative.", p)
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return fmt.Errorf("The path %q climbs out of the package with \"..\" (path traversal).", p)
		}
		if seg == "" || seg == "." {
			return fmt.Errorf("The path %q is not clean (empty or \".\" segment).", p)
		}
		for _, r := range seg {
			if unsafeRune(r) {
				return fmt.Errorf("The path %q holds a control character or a bidirectional-formatting character; rename the file.", p)
			}
		}
	}
	return nil
}

// isPickleName reports whether a file's extension marks a pickle format.
func isPickleName(p string) bool { return pickleExts[strings.ToLower(path.Ext(p))] }

// isPickleMagic reports whether content starts like a pickle of protocol 2–5.
func isPickleMagic(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x80 && head[1] >= 2 && head[1] <= 5
}

// countingReader counts the bytes read through it. It is an
// io.ByteReader, so gzip reads exactly up to the end of its stream and
// trailing bytes can be detected.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// bombGuard sits between gzip and tar and stops the stream when the
// inflated bytes outgrow the compressed ones or the absolute cap.
type bombGuard struct {
	r          io.Reader
	compressed *countingReader
	n          int64
	lim        Limits
	cap        int64
}

var errBomb = errors.New("decompression bomb")

func (b *bombGuard) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	if b.n > b.cap {
		return n, fmt.Errorf("%w: inflated past %d bytes", errBomb, b.cap)
	}
	if b.n > b.lim.RatioFloor && b.n > b.lim.MaxRatio*max(b.compressed.n, 1) {
		return n, fmt.Errorf("%w: %d bytes inflated from %d compressed (ratio above %d)", errBomb, b.n, b.compressed.n, b.lim.MaxRatio)
	}
	return n, err
}

// entry is one model file as the reader streams it.
type entry struct {
	Path string // without the model/ prefix
	Size int64
	Body io.Reader
}

// archiveParts are the small entries every reader collects.
type archiveParts struct {
	manifestRaw  []byte
	signatureRaw []byte
	files        map[string]fileSeen
	dirs         map[string]bool // every parent directory of a file
	order        []string
	compressed   int64
}

type fileSeen struct {
	size   int64
	sha256 string
}

// walk streams an archive, enforcing every limit and refusal, and hands
// each model file to fn (which must read Body to the end or return an
// error). It returns the manifest and signature bytes and each file's hash.
func walk(r io.Reader, lim Limits, fn func(e entry) error) (*archiveParts, error) {
	return walkArchive(r, lim, true, fn)
}

// walkArchive is walk; with hash false the files' hashes are not computed
// (the packager's read-back knows them), but every read happens as in walk.
func walkArchive(r io.Reader, lim Limits, hash bool, fn func(e entry) error) (*archiveParts, error) {
	lim = lim.withDefaults()
	cr := &countingReader{r: bufio.NewReader(r)}
	zr, err := gzip.NewReader(cr)
	if err != nil {
		return nil, refuse("archive", "The archive is not gzip-compressed tar (%v); make it with `hokusai package`.", err)
	}
	zr.Multistream(false)
	// Metadata entries and tar headers add to the file bytes; allow for them.
	guard := &bombGuard{r: zr, compressed: cr, lim: lim, cap: lim.MaxTotalSize + 2*maxManifestSize + int64(lim.MaxFiles+4)*3*1024}
	tr := tar.NewReader(guard)
	parts := &archiveParts{files: map[string]fileSeen{}, dirs: map[string]bool{}}
	t := newTally(lim)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readError(err)
		}
		name := hdr.Name
		if hdr.Typeflag == tar.TypeDir {
			name = strings.TrimSuffix(name, "/")
		}
		if err := checkPath(name); err != nil {
			return nil, refuse(safeName(name), "%v", err)
		}
		switch hdr.Typeflag {
		case tar.TypeReg:
		case tar.TypeSymlink, tar.TypeLink:
			if linkEscapes(name, hdr.Linkname, hdr.Typeflag == tar.TypeLink) {
				return nil, refuse(safeName(name), "%q is a link to %q, which escapes the package.", name, hdr.Linkname)
			}
			return nil, refuse(safeName(name), "%q is a link to %q; packages hold regular files only.", name, hdr.Linkname)
		case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
			return nil, refuse(safeName(name), "%q is a device file or pipe; packages hold regular files only.", name)
		case tar.TypeDir:
			return nil, refuse(safeName(name), "%q is a directory entry; packages hold regular files only.", name)
		default:
			return nil, refuse(safeName(name), "%q has tar type %q; packages hold regular files only.", name, hdr.Typeflag)
		}
		switch {
		case name == manifestName || name == signatureName:
			if err := t.meta(name, hdr.Size); err != nil {
				return nil, err
			}
			if (name == manifestName && parts.manifestRaw != nil) || (name == signatureName && parts.signatureRaw != nil) {
				return nil, refuse(name, "The archive holds %s twice.", name)
			}
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, readError(err)
			}
			if name == manifestName {
				parts.manifestRaw = b
			} else {
				parts.signatureRaw = b
			}
			continue
		case !strings.HasPrefix(name, filesPrefix):
			return nil, refuse(name, "Unexpected entry %q: a package holds manifest.json, signature.json and files under %s.", name, filesPrefix)
		}
		p := strings.TrimPrefix(name, filesPrefix)
		if _, dup := parts.files[p]; dup {
			return nil, refuse(name, "The archive holds %q twice.", name)
		}
		if parts.dirs[p] {
			return nil, refuse(name, "%q is both a file and a directory in the archive.", p)
		}
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			if _, clash := parts.files[d]; clash {
				return nil, refuse(name, "%q is both a file and a directory in the archive.", d)
			}
			parts.dirs[d] = true
		}
		if err := t.file(p, hdr.Size); err != nil {
			return nil, err
		}
		h := newHasher(newSniffer(tr, name, hdr.Size))
		if !hash {
			h.h = nil
		}
		if err := fn(entry{Path: p, Size: hdr.Size, Body: h}); err != nil {
			if h.err != nil { // the archive, not the sink, failed
				return nil, readError(h.err)
			}
			return nil, err
		}
		if _, err := io.Copy(io.Discard, h); err != nil { // fn may stop early on error paths only
			return nil, readError(err)
		}
		parts.files[p] = fileSeen{size: h.n, sha256: h.sum()}
		parts.order = append(parts.order, p)
	}
	// After the tar end marker only zero padding may follow, then the gzip
	// trailer (whose CRC is checked on EOF), then nothing: one content, one
	// digest.
	var pad [4096]byte
	for {
		n, err := guard.Read(pad[:])
		for _, b := range pad[:n] {
			if b != 0 {
				return nil, refuse("archive", "The archive holds data after its end marker.")
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readError(err)
		}
	}
	if _, err := cr.ReadByte(); err != io.EOF {
		return nil, refuse("archive", "The archive has bytes after the end of its gzip stream.")
	}
	parts.compressed = cr.n
	if parts.manifestRaw == nil {
		return nil, refuse(manifestName, "The archive has no manifest.json.")
	}
	return parts, nil
}

// readError turns a stream error into a user-facing refusal.
func readError(err error) error {
	var he *hokusai.Error
	switch {
	case errors.As(err, &he):
		return err
	case errors.Is(err, errBomb):
		return refuse("archive", "The archive looks like a decompression bomb (%v).", err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return refuse("archive", "The archive is truncated.")
	}
	return refuse("archive", "The archive is corrupt: %v.", err)
}

// safeName bounds a hostile name before it goes into an error message.
func safeName(s string) string {
	if len(s) > 200 {
		s = s[:200]
	}
	return strings.ToValidUTF8(s, "?")
}

// linkEscapes reports whether a link entry at name pointing to target
// resolves outside the archive root.
func linkEscapes(name, target string, hard bool) bool {
	if target == "" || strings.HasPrefix(target, "/") || strings.Contains(target, "\\") {
		return true
	}
	base := path.Dir(name)
	if hard { // hard link targets are relative to the archive root
		base = "."
	}
	p := path.Join(base, target)
	return p == ".." || strings.HasPrefix(p, "../")
}
