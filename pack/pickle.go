package pack

import (
	"bytes"
	"encoding/binary"
	"math"
	"strconv"
	"unicode/utf8"
)

// Python pickles run code when loaded, and the unpickler accepts any
// protocol's opcodes without a header: a protocol 0 or 1 pickle is a text
// or binary opcode stream from the first byte ("(dp0\n", "cos\nsystem\n",
// "(lp0", "I1\n" …, ending in "."). looksLikePickle runs that stream the
// way the unpickler would, tracking only the stack depth and marks, so
// ordinary text or binary formats fail within a few bytes while any
// loadable pickle is recognised.

// pickleArg says how an opcode reads its argument.
type pickleArg uint8

const (
	argNone     pickleArg = iota
	argFixed              // n bytes
	argLen                // an n-byte little-endian length, then that many bytes
	argLine               // one line
	argTwoLines           // two lines (module, name)
)

// pickleOp is one opcode's argument and stack effect: it needs need items
// on the current frame, then leaves the frame delta items bigger; toMark
// opcodes first pop everything back to the last mark and then need need
// items on the outer frame.
type pickleOp struct {
	arg    pickleArg
	n      int
	need   int
	delta  int
	toMark bool
	mark   bool // pushes a mark
	stop   bool
	code   bool // can import or call
	check  func([]byte) bool
}

var pickleOps = func() [256]*pickleOp {
	var t [256]*pickleOp
	push := &pickleOp{delta: 1}
	set := func(op pickleOp, codes ...byte) {
		for _, c := range codes {
			o := op
			t[c] = &o
		}
	}
	isInt := func(b []byte) bool {
		s := string(bytes.TrimSpace(b))
		if s == "00" || s == "01" {
			return true
		}
		if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
			s = s[1:]
		}
		if len(s) > 0 && s[len(s)-1] == 'L' {
			s = s[:len(s)-1]
		}
		if s == "" {
			return false
		}
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	isFloat := func(b []byte) bool {
		_, err := strconv.ParseFloat(string(bytes.TrimSpace(b)), 64)
		return err == nil || isInt(b)
	}
	isQuoted := func(b []byte) bool {
		return len(b) >= 2 && b[0] == b[len(b)-1] && (b[0] == '\'' || b[0] == '"')
	}
	isName := func(b []byte) bool { return len(b) > 0 && utf8.Valid(b) && !bytes.ContainsAny(b, " \t\r") }
	// Protocol 0.
	set(pickleOp{mark: true}, '(')
	set(pickleOp{stop: true, need: 1, delta: -1}, '.')
	set(pickleOp{need: 1, delta: -1}, '0')
	set(pickleOp{toMark: true}, '1')
	set(pickleOp{need: 1, delta: 1}, '2')
	set(pickleOp{arg: argLine, delta: 1, check: isFloat}, 'F')
	set(pickleOp{arg: argLine, delta: 1, check: isInt}, 'I', 'L')
	set(*push, 'N')
	set(pickleOp{arg: argLine, delta: 1, code: true}, 'P')
	set(pickleOp{need: 2, delta: -1, code: true}, 'R', 'b')
	set(pickleOp{arg: argLine, delta: 1, check: isQuoted}, 'S')
	set(pickleOp{arg: argLine, delta: 1}, 'V')
	set(pickleOp{need: 2, delta: -1}, 'a')
	set(pickleOp{arg: argTwoLines, delta: 1, code: true, check: isName}, 'c')
	set(pickleOp{toMark: true, delta: 1}, 'd', 'l', 't')
	set(pickleOp{arg: argLine, delta: 1, check: isInt}, 'g')
	set(pickleOp{arg: argLine, need: 1, check: isInt}, 'p')
	set(pickleOp{arg: argTwoLines, toMark: true, delta: 1, code: true, check: isName}, 'i')
	set(pickleOp{toMark: true, delta: 1, code: true}, 'o')
	set(pickleOp{need: 3, delta: -2}, 's')
	// Protocol 1.
	set(*push, '}', ']', ')')
	set(pickleOp{arg: argFixed, n: 8, delta: 1}, 'G')
	set(pickleOp{arg: argFixed, n: 4, delta: 1}, 'J', 'j')
	set(pickleOp{arg: argFixed, n: 1, delta: 1}, 'K', 'h')
	set(pickleOp{arg: argFixed, n: 2, delta: 1}, 'M')
	set(pickleOp{arg: argLen, n: 4, delta: 1}, 'T', 'X')
	set(pickleOp{arg: argLen, n: 1, delta: 1}, 'U')
	set(pickleOp{arg: argFixed, n: 1, need: 1}, 'q')
	set(pickleOp{arg: argFixed, n: 4, need: 1}, 'r')
	set(pickleOp{toMark: true, need: 1}, 'e', 'u')
	set(pickleOp{need: 1, code: true}, 'Q')
	// Protocols 2–5.
	set(pickleOp{arg: argFixed, n: 1, check: func(b []byte) bool { return b[0] <= 5 }}, 0x80)
	set(pickleOp{need: 2, delta: -1, code: true}, 0x81)
	set(pickleOp{arg: argFixed, n: 1, delta: 1, code: true}, 0x82)
	set(pickleOp{arg: argFixed, n: 2, delta: 1, code: true}, 0x83)
	set(pickleOp{arg: argFixed, n: 4, delta: 1, code: true}, 0x84)
	set(pickleOp{need: 1}, 0x85)
	set(pickleOp{need: 2, delta: -1}, 0x86)
	set(pickleOp{need: 3, delta: -2}, 0x87)
	set(*push, 0x88, 0x89)
	set(pickleOp{arg: argLen, n: 1, delta: 1}, 0x8a)
	set(pickleOp{arg: argLen, n: 4, delta: 1}, 0x8b)
	set(pickleOp{arg: argLen, n: 4, delta: 1}, 'B')
	set(pickleOp{arg: argLen, n: 1, delta: 1}, 'C')
	set(pickleOp{arg: argLen, n: 1, delta: 1}, 0x8c)
	set(pickleOp{arg: argLen, n: 8, delta: 1}, 0x8d, 0x8e, 0x96)
	set(*push, 0x8f)
	set(pickleOp{toMark: true, need: 1}, 0x90)
	set(pickleOp{toMark: true, delta: 1}, 0x91)
	set(pickleOp{need: 3, delta: -2, code: true}, 0x92)
	set(pickleOp{need: 2, delta: -1, code: true}, 0x93)
	set(pickleOp{need: 1}, 0x94, 0x98)
	set(pickleOp{arg: argFixed, n: 8}, 0x95)
	set(*push, 0x97)
	return t
}()

// looksLikePickle reports whether b starts with a loadable pickle opcode
// stream. b is the first bytes of a file of size bytes (size < 0: unknown
// and possibly longer than b). It answers yes when the stream reaches STOP
// with a consistent stack — unless the pickle is a trivial two-opcode one
// (such as "N.") followed by more data, which is how ordinary text like
// "N.B." begins — and also when b ends inside a stream of at least four
// consistent opcodes, for a pickle longer than what was inspected.
func looksLikePickle(b []byte, size int64) bool {
	depth := 0
	var marks []int
	ops, code := 0, false
	complete := size >= 0 && int64(len(b)) >= size
	ranOff := func() bool { return !complete && ops >= 4 }
	for i := 0; i < len(b); {
		c := b[i]
		op := pickleOps[c]
		if op == nil {
			return false
		}
		i++
		var arg []byte
		switch op.arg {
		case argFixed:
			if i+op.n > len(b) {
				return ranOff()
			}
			arg, i = b[i:i+op.n], i+op.n
		case argLen:
			if i+op.n > len(b) {
				return ranOff()
			}
			var n uint64
			switch op.n {
			case 1:
				n = uint64(b[i])
			case 4:
				n = uint64(binary.LittleEndian.Uint32(b[i:]))
			case 8:
				n = binary.LittleEndian.Uint64(b[i:])
			}
			i += op.n
			if n > uint64(len(b)-i) {
				// The argument runs past what was inspected: fine when the
				// file is long enough to hold it.
				if complete || n > math.MaxInt64 || (size >= 0 && n > uint64(size)) {
					return false
				}
				ops++
				return ranOff()
			}
			i += int(n)
		case argLine, argTwoLines:
			lines := 1
			if op.arg == argTwoLines {
				lines = 2
			}
			for ; lines > 0; lines-- {
				j := bytes.IndexByte(b[i:], '\n')
				if j < 0 {
					return ranOff()
				}
				if op.check != nil && !op.check(b[i:i+j]) {
					return false
				}
				i += j + 1
			}
		}
		if op.check != nil && op.arg == argFixed && !op.check(arg) {
			return false
		}
		if c == '0' && depth == 0 && len(marks) > 0 {
			// POP on an empty frame discards the last mark instead.
			depth, marks = marks[len(marks)-1], marks[:len(marks)-1]
			ops++
			continue
		}
		if op.mark {
			marks = append(marks, depth)
			depth = 0
		}
		if op.toMark {
			if len(marks) == 0 {
				return false
			}
			depth = marks[len(marks)-1]
			marks = marks[:len(marks)-1]
		}
		if depth < op.need {
			return false
		}
		depth += op.delta
		ops++
		code = code || op.code
		if op.stop {
			return ops >= 3 || code || i == len(b) && complete
		}
	}
	return ranOff()
}
