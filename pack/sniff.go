package pack

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"
)

// What the sniffer refuses, by content, whatever a file is called:
//   - Python pickles of every protocol: protocol 2–5 by their header,
//     protocol 0 and 1 (and headerless higher ones) by their opcode stream;
//   - pickles compressed with zlib or gzip, as joblib writes them;
//   - NumPy .npy arrays of Python objects (their cells are a pickle), and a
//     .npy header it cannot read;
//   - zip archives (PyTorch checkpoints, .npz, Keras and the like) holding
//     an entry named like a pickle, an entry whose content is one of the
//     above, or an .npy entry it cannot check.
// Pickles run code when loaded; Hokusai never unpickles (F8).

// sniffHead is how many first bytes of a file (or zip entry) are inspected
// before any of it is handed on.
const sniffHead = 64 << 10

// exportAdvice ends every content refusal.
const exportAdvice = "Export the model to ONNX or safetensors, or save it in the built-in JSON format (runtime linear or trees)."

// sniffer passes a file's bytes through, holding back the first sniffHead
// bytes until they have been inspected, and watches the rest for zip
// entries. When it sees something it refuses it fails the read, so a
// refused file is never handed on in full.
type sniffer struct {
	r      io.Reader
	name   string // the archive entry name, for the refusal
	size   int64  // the declared size, or -1
	head   []byte
	off    int // how much of head has been handed on
	filled bool
	eof    bool
	err    error // sticky refusal
	zip    zipScanner
	torch  bool   // the file starts like a zip: also look for data.pkl anywhere
	tail   []byte // the last bytes seen, for markers split across reads
}

func newSniffer(r io.Reader, name string, size int64) *sniffer {
	return &sniffer{r: r, name: name, size: size, zip: zipScanner{name: name}}
}

func (s *sniffer) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if !s.filled {
		if err := s.fill(); err != nil {
			return 0, err
		}
	}
	if s.off < len(s.head) {
		n := copy(p, s.head[s.off:])
		s.off += n
		return n, nil
	}
	if s.eof {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if err == io.EOF {
		s.eof = true
	}
	if rerr := s.watch(p[:n], s.eof); rerr != nil {
		s.err = rerr
		return 0, rerr
	}
	return n, err
}

// fill reads and inspects the head.
func (s *sniffer) fill() error {
	want := int64(sniffHead)
	if s.size >= 0 && s.size < want {
		want = s.size + 1 // one more, to see the end
	}
	s.head = make([]byte, want)
	n, err := io.ReadFull(s.r, s.head)
	s.head = s.head[:n]
	switch err {
	case nil:
	case io.EOF, io.ErrUnexpectedEOF:
		s.eof = true
	default:
		return err
	}
	s.filled = true
	size := s.size
	if s.eof {
		size = int64(len(s.head))
	}
	if why := inspectContent(s.head, size); why != "" {
		s.err = refuse(s.name, "%s is %s; pickles run code when loaded. %s", Printable(quoteName(s.name)), why, exportAdvice)
		return s.err
	}
	s.torch = bytes.HasPrefix(s.head, []byte("PK\x03\x04"))
	if err := s.watch(s.head, s.eof); err != nil {
		s.err = err
		return err
	}
	return nil
}

var torchMarker = []byte("data.pkl")

// watch looks at bytes as they pass: zip entries anywhere, and PyTorch's
// data.pkl marker in a file that starts like a zip.
func (s *sniffer) watch(p []byte, eof bool) error {
	if s.torch {
		buf := append(s.tail, p...)
		if bytes.Contains(buf, torchMarker) {
			return refuse(s.name, "%s is a PyTorch zip checkpoint holding a pickle (data.pkl); pickles run code when loaded. %s", quoteName(s.name), exportAdvice)
		}
		keep := min(len(buf), len(torchMarker)-1)
		s.tail = append(s.tail[:0], buf[len(buf)-keep:]...)
	}
	if why := s.zip.feed(p, eof); why != "" {
		return refuse(s.name, "%s is a zip archive (such as a PyTorch checkpoint, .npz or Keras file) that %s; pickles run code when loaded. %s", quoteName(s.name), why, exportAdvice)
	}
	return nil
}

// quoteName quotes a name for a message, escaping what a terminal would
// act on and bounding its length.
func quoteName(name string) string {
	return fmt.Sprintf("%q", safeName(name))
}

// inspectContent says why the first bytes of a file (or zip entry) of size
// bytes (-1: unknown) are refused, or "".
func inspectContent(head []byte, size int64) string {
	switch {
	case isPickleMagic(head):
		return fmt.Sprintf("a Python pickle (protocol %d header)", head[1])
	case looksLikePickle(head, size):
		return "a Python pickle (a protocol 0 or 1 opcode stream)"
	case bytes.HasPrefix(head, npyMagic):
		info, err := parseNpy(head)
		if err != nil {
			return fmt.Sprintf("a NumPy .npy file whose header cannot be checked (%v), so it may hold a pickle", err)
		}
		if info.object {
			return fmt.Sprintf("a NumPy array of Python objects (dtype %.40q), stored as a pickle", info.descr)
		}
	}
	if inner, ok := inflateHead(head); ok && (isPickleMagic(inner) || looksLikePickle(inner, -1)) {
		return "a compressed Python pickle (as joblib writes)"
	}
	return ""
}

// inflateHead decompresses the start of a zlib or gzip stream.
func inflateHead(head []byte) ([]byte, bool) {
	var r io.Reader
	var err error
	switch {
	case len(head) >= 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0:
		r, err = zlib.NewReader(bytes.NewReader(head))
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		r, err = gzip.NewReader(bytes.NewReader(head))
	default:
		return nil, false
	}
	if err != nil {
		return nil, false
	}
	out, _ := io.ReadAll(io.LimitReader(r, sniffHead)) // a head cut short is expected
	return out, len(out) > 0
}

// zipScanner finds zip headers in a byte stream — local file headers, where
// an entry's content starts, and central directory headers, which name
// every entry even when local headers were streamed — and checks each
// entry's name and first bytes. It holds back at most zipWindow bytes.
type zipScanner struct {
	name string
	pend []byte
}

const zipWindow = 256 << 10

var zipSig = []byte("PK")

// feed scans p, following what earlier calls held back; eof says no more
// bytes come. It returns why the archive is refused, or "".
func (z *zipScanner) feed(p []byte, eof bool) string {
	buf := p
	if len(z.pend) > 0 {
		buf = append(z.pend, p...)
	}
	for i := 0; ; {
		j := bytes.Index(buf[i:], zipSig)
		if j < 0 {
			if len(buf) > 0 && buf[len(buf)-1] == 'P' {
				z.pend = append(z.pend[:0], 'P')
			} else {
				z.pend = z.pend[:0]
			}
			return ""
		}
		k := i + j
		final := eof || len(buf)-k >= zipWindow
		more, why := zipEntryAt(buf[k:], final)
		if why != "" {
			return why
		}
		if more {
			z.pend = append(z.pend[:0], buf[k:]...)
			return ""
		}
		i = k + 2
	}
}

// zipEntryAt checks a zip header at the start of b. more says b is too
// short to tell yet (only when not final).
func zipEntryAt(b []byte, final bool) (more bool, why string) {
	short := func() (bool, string) { return !final, "" }
	if len(b) < 4 {
		return short()
	}
	le16 := func(o int) int { return int(binary.LittleEndian.Uint16(b[o:])) }
	le32 := func(o int) int64 { return int64(binary.LittleEndian.Uint32(b[o:])) }
	switch binary.LittleEndian.Uint32(b) {
	case 0x02014b50: // central directory file header
		if len(b) < 46 {
			return short()
		}
		n := le16(28)
		if len(b) < 46+n {
			return short()
		}
		return false, zipName(b[46 : 46+n])
	case 0x04034b50: // local file header
		if len(b) < 30 {
			return short()
		}
		version, flags, method := le16(4), le16(6), le16(8)
		csize, usize, n, m := le32(18), le32(22), le16(26), le16(28)
		if len(b) < 30+n+m {
			return short()
		}
		name := b[30 : 30+n]
		if !plausibleZipName(name) || version > 63 {
			return false, "" // bytes that merely look like a signature
		}
		if why := zipName(name); why != "" {
			return false, why
		}
		npy := strings.HasSuffix(strings.ToLower(string(name)), ".npy")
		if method != 0 && method != 8 {
			if npy {
				return false, fmt.Sprintf("holds %s, compressed with method %d, which cannot be checked for a pickle", quoteName(string(name)), method)
			}
			return false, ""
		}
		data := b[30+n+m:]
		want := int64(sniffHead + 1024)
		known := flags&8 == 0 && csize != 0xffffffff
		if known && csize < want {
			want = csize
		}
		if int64(len(data)) < want && !final {
			return true, ""
		}
		data = data[:min(int64(len(data)), want)]
		head := data
		if method == 8 {
			head, _ = io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(data)), sniffHead))
		}
		size := int64(-1)
		if known && usize != 0xffffffff {
			size = usize
		}
		if why := inspectContent(head, size); why != "" {
			return false, fmt.Sprintf("holds %s, %s", quoteName(string(name)), why)
		}
		if npy && !bytes.HasPrefix(head, npyMagic) && (size < 0 || size > 0) {
			return false, fmt.Sprintf("holds %s, which is named like a NumPy array but does not start like one, so it cannot be checked for a pickle", quoteName(string(name)))
		}
	}
	return false, ""
}

// plausibleZipName tells a real entry name from random bytes after a
// signature-like pair inside compressed data.
func plausibleZipName(name []byte) bool {
	return len(name) > 0 && len(name) <= 1024 && utf8.Valid(name) && !bytes.ContainsRune(name, 0)
}

// zipName says why a zip entry's name is refused, or "".
func zipName(name []byte) string {
	if !plausibleZipName(name) {
		return ""
	}
	n := string(name)
	switch {
	case path.Base(n) == "data.pkl":
		return fmt.Sprintf("holds %s: it is a PyTorch checkpoint, whose weights load through a pickle", quoteName(n))
	case isPickleName(n):
		return fmt.Sprintf("holds %s, a pickle format (by its extension)", quoteName(n))
	}
	return ""
}
