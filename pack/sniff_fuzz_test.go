package pack

import (
	"bytes"
	"io"
	"math"
	"testing"
	"testing/iotest"

	"github.com/hokusai-protocol/hokusai"
)

// FuzzParseNpy feeds arbitrary bytes to the .npy header parser: it must not
// panic, and nothing it returns may grow with what the header claims (a
// shape of 2^40 rows is a number, not an allocation).
func FuzzParseNpy(f *testing.F) {
	for _, s := range [][]byte{npyFloat32, npyObject, npyStructO, npyHugeRows,
		npyFile("{'descr': [('a', [('b', '<f4', (2,))])], 'fortran_order': True, 'shape': (), }", nil),
		npyFile("{'descr': '<M8[ns]', 'fortran_order': False, 'shape': (3L,), }", nil)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		info, err := parseNpy(b)
		if err != nil {
			return
		}
		if len(info.shape) > len(b) || len(info.descr) > 2*len(b)+16 {
			t.Fatalf("the parsed header is larger than its bytes: %d dims, %d descr bytes from %d", len(info.shape), len(info.descr), len(b))
		}
	})
}

// FuzzLooksLikePickle runs the opcode-stream recogniser on arbitrary bytes:
// it must not panic, and a file of unknown size answers as a very long one
// does.
func FuzzLooksLikePickle(f *testing.F) {
	for _, s := range []string{pickle0Dict, pickle0System, pickle0List, pickle1Dict, pickle1System, pickle1List, pickle2System, "N.B.", "I1\n."} {
		f.Add([]byte(s), int64(len(s)))
	}
	f.Fuzz(func(t *testing.T, b []byte, size int64) {
		looksLikePickle(b, size)
		if looksLikePickle(b, -1) != looksLikePickle(b, math.MaxInt64) {
			t.Fatalf("%q: unknown size and a long file disagree", b)
		}
	})
}

// FuzzSniff passes arbitrary content through the sniffer a file goes
// through when packaged or read: it must not panic; what it accepts it
// passes on unchanged; a refusal is EINVALID naming the file; and the
// answer does not depend on how the bytes arrive (whole or one at a time).
func FuzzSniff(f *testing.F) {
	for _, s := range [][]byte{[]byte(pickle0System), []byte(pickle1Dict), npyObject, npyFloat32,
		zipOf(f, false, "x.npy", string(npyObject)), zipOf(f, true, "archive/data.pkl", pickle2System),
		zipOf(f, true, "a.npy", string(npyFloat32), "b.txt", "hello"), zlibOf([]byte(pickle0List)), []byte("plain text\n")} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		whole, err1 := io.ReadAll(newSniffer(bytes.NewReader(b), "model/f", int64(len(b))))
		bytewise, err2 := io.ReadAll(newSniffer(iotest.OneByteReader(bytes.NewReader(b)), "model/f", -1))
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("whole: %v; one byte at a time: %v", err1, err2)
		}
		if err1 != nil {
			if hokusai.ErrorCode(err1) != hokusai.EINVALID || hokusai.ErrorField(err1) != "model/f" {
				t.Fatalf("refusal %v is not EINVALID on model/f", err1)
			}
			return
		}
		if !bytes.Equal(whole, b) || !bytes.Equal(bytewise, b) {
			t.Fatal("accepted content was changed on its way through")
		}
	})
}
