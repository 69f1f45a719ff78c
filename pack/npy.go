package pack

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
)

// NumPy's .npy files hold one array after a header that is a Python dict
// literal: {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }.
// An array whose dtype is object ('|O', or a structured dtype with an O
// field) stores its cells as a pickle that np.load(allow_pickle=True)
// runs. npyHeader reads the header without trusting it: nothing is
// allocated from the shape, and a dtype it does not know is an error, not
// a pass.

// npyMagic starts every .npy file.
var npyMagic = []byte("\x93NUMPY")

// maxNpyHeader bounds the header; NumPy itself refuses headers over 10,000
// bytes unless told otherwise.
const maxNpyHeader = 64 << 10

// npyInfo is what a .npy header says.
type npyInfo struct {
	object bool     // the dtype is or contains object (pickled cells)
	descr  string   // the dtype as written, for messages
	shape  []uint64 // the dimensions, never used to allocate
}

// parseNpy reads the header at the start of b (the first bytes of a .npy
// file).
func parseNpy(b []byte) (*npyInfo, error) {
	if !bytes.HasPrefix(b, npyMagic) || len(b) < 10 {
		return nil, fmt.Errorf("not a .npy file")
	}
	major := b[6]
	var n, start int
	switch major {
	case 1:
		n, start = int(binary.LittleEndian.Uint16(b[8:])), 10
	case 2, 3:
		if len(b) < 12 {
			return nil, fmt.Errorf("the header is cut short")
		}
		u := binary.LittleEndian.Uint32(b[8:])
		if u > maxNpyHeader {
			return nil, fmt.Errorf("the header is %d bytes, more than %d", u, maxNpyHeader)
		}
		n, start = int(u), 12
	default:
		return nil, fmt.Errorf("format version %d is unknown", major)
	}
	if start+n > len(b) {
		return nil, fmt.Errorf("the header is cut short")
	}
	p := &pyParser{s: b[start : start+n]}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i != len(p.s) {
		return nil, fmt.Errorf("the header has text after its dict")
	}
	d, ok := v.(pyDict)
	if !ok {
		return nil, fmt.Errorf("the header is not a dict")
	}
	info := &npyInfo{}
	seen := 0
	for _, kv := range d {
		key, ok := kv[0].(string)
		if !ok {
			return nil, fmt.Errorf("the header has a key that is not a string")
		}
		switch key {
		case "descr":
			info.descr = fmt.Sprint(kv[1])
			obj, err := dtypeHasObject(kv[1], 0)
			if err != nil {
				return nil, err
			}
			info.object = obj
		case "fortran_order":
			if _, ok := kv[1].(bool); !ok {
				return nil, fmt.Errorf("fortran_order is not True or False")
			}
		case "shape":
			t, ok := kv[1].(pyTuple)
			if !ok {
				return nil, fmt.Errorf("shape is not a tuple")
			}
			for _, d := range t {
				n, ok := d.(uint64)
				if !ok {
					return nil, fmt.Errorf("shape holds a value that is not a whole number")
				}
				info.shape = append(info.shape, n)
			}
		default:
			return nil, fmt.Errorf("the header has an unknown key %.20q", key)
		}
		seen++
	}
	if seen != 3 {
		return nil, fmt.Errorf("the header needs exactly descr, fortran_order and shape")
	}
	return info, nil
}

// dtypeHasObject reports whether a dtype description (a type string, or a
// list of (name, dtype[, shape]) fields) is or contains object.
func dtypeHasObject(v any, depth int) (bool, error) {
	if depth > 16 {
		return false, fmt.Errorf("the dtype nests too deeply")
	}
	switch d := v.(type) {
	case string:
		return typeStringIsObject(d)
	case pyList:
		for _, f := range d {
			t, ok := f.(pyTuple)
			if !ok || len(t) < 2 || len(t) > 3 {
				return false, fmt.Errorf("a structured dtype field is not (name, dtype[, shape])")
			}
			obj, err := dtypeHasObject(t[1], depth+1)
			if err != nil || obj {
				return obj, err
			}
		}
		return false, nil
	}
	return false, fmt.Errorf("the dtype is neither a type string nor a list of fields")
}

// typeStringIsObject checks one type string such as '<f4', '|b1', '<U12',
// '<M8[ns]' or '|O'. Only kinds NumPy writes for plain data are allowed;
// anything else (object, or a string NumPy would read as a Python type
// name) is object or unknown.
func typeStringIsObject(s string) (bool, error) {
	t := strings.TrimLeft(s, "<>|=")
	if len(s)-len(t) > 1 || t == "" {
		return false, fmt.Errorf("the dtype %.20q is not a NumPy type string", s)
	}
	if t[0] == 'O' {
		return true, nil
	}
	if !strings.ContainsRune("biufcmMSUVa?", rune(t[0])) {
		return false, fmt.Errorf("the dtype %.20q is not a plain NumPy type", s)
	}
	rest := t[1:]
	if t[0] == 'm' || t[0] == 'M' {
		if k := strings.IndexByte(rest, '['); k >= 0 && strings.HasSuffix(rest, "]") {
			rest = rest[:k] // a time unit such as [ns]
		}
	}
	for _, c := range []byte(rest) {
		if c < '0' || c > '9' {
			return false, fmt.Errorf("the dtype %.20q is not a plain NumPy type", s)
		}
	}
	return false, nil
}

// A small parser for the Python literals a .npy header uses.
type (
	pyDict  [][2]any
	pyTuple []any
	pyList  []any
)

type pyParser struct {
	s []byte
	i int
}

func (p *pyParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *pyParser) value(depth int) (any, error) {
	if depth > 32 {
		return nil, fmt.Errorf("the header nests too deeply")
	}
	p.space()
	if p.i >= len(p.s) {
		return nil, fmt.Errorf("the header is cut short")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.i++
		var d pyDict
		for {
			p.space()
			if p.i < len(p.s) && p.s[p.i] == '}' {
				p.i++
				return d, nil
			}
			k, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			p.space()
			if p.i >= len(p.s) || p.s[p.i] != ':' {
				return nil, fmt.Errorf("the header's dict lacks a ':'")
			}
			p.i++
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			d = append(d, [2]any{k, v})
			if err := p.separator('}'); err != nil {
				return nil, err
			}
		}
	case c == '(' || c == '[':
		end := byte(')')
		if c == '[' {
			end = ']'
		}
		p.i++
		var items []any
		for {
			p.space()
			if p.i < len(p.s) && p.s[p.i] == end {
				p.i++
				if c == '[' {
					return pyList(items), nil
				}
				return pyTuple(items), nil
			}
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
			if err := p.separator(end); err != nil {
				return nil, err
			}
		}
	case c == '\'' || c == '"':
		p.i++
		var b strings.Builder
		for p.i < len(p.s) && p.s[p.i] != c {
			if p.s[p.i] == '\\' {
				p.i++
				if p.i >= len(p.s) {
					break
				}
			}
			b.WriteByte(p.s[p.i])
			p.i++
		}
		if p.i >= len(p.s) {
			return nil, fmt.Errorf("a string in the header is not closed")
		}
		p.i++
		return b.String(), nil
	case c >= '0' && c <= '9':
		var n uint64
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			d := uint64(p.s[p.i] - '0')
			if n > (1<<63-1-d)/10 {
				return nil, fmt.Errorf("a number in the header is too large")
			}
			n = n*10 + d
			p.i++
		}
		if p.i < len(p.s) && p.s[p.i] == 'L' { // Python 2's long suffix
			p.i++
		}
		return n, nil
	default:
		for _, w := range []struct {
			word string
			v    any
		}{{"True", true}, {"False", false}, {"None", nil}} {
			if bytes.HasPrefix(p.s[p.i:], []byte(w.word)) {
				p.i += len(w.word)
				return w.v, nil
			}
		}
	}
	return nil, fmt.Errorf("the header holds something other than a dict of strings, numbers and tuples")
}

// separator consumes a ',' or stops before end.
func (p *pyParser) separator(end byte) error {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ',' {
		p.i++
		return nil
	}
	if p.i < len(p.s) && p.s[p.i] == end {
		return nil
	}
	return fmt.Errorf("the header lacks a ',' or %q", end)
}
