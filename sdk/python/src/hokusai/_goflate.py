"""Go's ``compress/gzip`` at ``BestSpeed``, byte for byte, in pure Python.

A package's digest is the sha256 of its archive bytes, and the Go packager
compresses with Go's level-1 deflate, which is its own algorithm (not
zlib's). To give the same digest from Python, this module follows Go's
``compress/flate`` (``deflatefast.go``, ``huffman_bit_writer.go``,
``huffman_code.go``) step by step. Only what level 1 uses is here.
"""

from __future__ import annotations

import struct
import zlib
from typing import List, Tuple

_MAX_STORE_BLOCK = 65535
_MAX_MATCH_OFFSET = 1 << 15
_MAX_MATCH_LENGTH = 258
_BASE_MATCH_LENGTH = 3
_BASE_MATCH_OFFSET = 1
_MAX_NUM_LIT = 286
_OFFSET_CODE_COUNT = 30
_END_BLOCK = 256
_LENGTH_CODES_START = 257
_CODEGEN_COUNT = 19
_BAD_CODE = 255

_TABLE_BITS = 14
_TABLE_SIZE = 1 << _TABLE_BITS
_TABLE_MASK = _TABLE_SIZE - 1
_TABLE_SHIFT = 32 - _TABLE_BITS
_BUFFER_RESET = (1 << 31) - 1 - _MAX_STORE_BLOCK * 2
_INPUT_MARGIN = 16 - 1
_MIN_NON_LITERAL_BLOCK = 1 + 1 + _INPUT_MARGIN

_MATCH_TYPE = 1 << 30
_LENGTH_SHIFT = 22
_OFFSET_MASK = (1 << _LENGTH_SHIFT) - 1
_INT32_MAX = (1 << 31) - 1


def _length_codes() -> List[int]:
    # lengthCodes[len-3] maps a match length (minus 3) to its length code.
    base = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255]
    out = [0] * 256
    for code in range(len(base)):
        lo = base[code]
        hi = base[code + 1] if code + 1 < len(base) else 256
        for v in range(lo, hi):
            out[v] = code
    out[255] = 28
    return out


_LENGTH_CODES = _length_codes()
_LENGTH_BASE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255]
_LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
_OFFSET_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
_OFFSET_BASE = [
    0x000000, 0x000001, 0x000002, 0x000003, 0x000004, 0x000006, 0x000008, 0x00000C, 0x000010, 0x000018,
    0x000020, 0x000030, 0x000040, 0x000060, 0x000080, 0x0000C0, 0x000100, 0x000180, 0x000200, 0x000300,
    0x000400, 0x000600, 0x000800, 0x000C00, 0x001000, 0x001800, 0x002000, 0x003000, 0x004000, 0x006000,
]
_CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def _offset_codes() -> List[int]:
    out = [0] * 256
    for code in range(16):
        lo = _OFFSET_BASE[code]
        hi = _OFFSET_BASE[code + 1] if code + 1 < 30 else 256
        for v in range(lo, min(hi, 256)):
            out[v] = code
    return out


_OFFSET_CODES = _offset_codes()


def _offset_code(off: int) -> int:
    if off < 256:
        return _OFFSET_CODES[off]
    if off >> 7 < 256:
        return _OFFSET_CODES[off >> 7] + 14
    return _OFFSET_CODES[off >> 14] + 28


def _reverse_bits(number: int, length: int) -> int:
    v = (number << (16 - length)) & 0xFFFF
    return int("{:016b}".format(v)[::-1], 2)


class _HuffmanEncoder:
    """huffmanEncoder: length-limited canonical codes, as Go builds them."""

    def __init__(self, size: int) -> None:
        self.code = [0] * size
        self.length = [0] * size

    def bit_length(self, freq: List[int]) -> int:
        total = 0
        ln = self.length
        for i, f in enumerate(freq):
            if f:
                total += f * ln[i]
        return total

    def generate(self, freq: List[int], max_bits: int) -> None:
        nodes: List[Tuple[int, int]] = []  # (literal, freq)
        for i, f in enumerate(freq):
            if f:
                nodes.append((i, f))
            else:
                self.length[i] = 0
        if len(nodes) <= 2:
            for i, (lit, _) in enumerate(nodes):
                self.code[lit] = i
                self.length[lit] = 1
            return
        nodes.sort(key=lambda n: (n[1], n[0]))
        bit_count = self._bit_counts(nodes, max_bits)
        self._assign(bit_count, nodes)

    def _bit_counts(self, nodes: List[Tuple[int, int]], max_bits: int) -> List[int]:
        n = len(nodes)
        freqs = [f for _, f in nodes] + [_INT32_MAX]
        if max_bits > n - 1:
            max_bits = n - 1
        # levels[level] = [level, lastFreq, nextCharFreq, nextPairFreq, needed]
        levels = [[0, 0, 0, 0, 0] for _ in range(16)]
        leaf = [[0] * 16 for _ in range(16)]
        for level in range(1, max_bits + 1):
            levels[level] = [level, freqs[1], freqs[2], freqs[0] + freqs[1], 0]
            leaf[level][level] = 2
            if level == 1:
                levels[level][3] = _INT32_MAX
        levels[max_bits][4] = 2 * n - 4
        level = max_bits
        while True:
            lv = levels[level]
            if lv[3] == _INT32_MAX and lv[2] == _INT32_MAX:
                lv[4] = 0
                levels[level + 1][3] = _INT32_MAX
                level += 1
                continue
            prev_freq = lv[1]
            if lv[2] < lv[3]:
                c = leaf[level][level] + 1
                lv[1] = lv[2]
                leaf[level][level] = c
                lv[2] = freqs[c]
            else:
                lv[1] = lv[3]
                leaf[level][:level] = leaf[level - 1][:level]
                levels[lv[0] - 1][4] = 2
            lv[4] -= 1
            if lv[4] == 0:
                if lv[0] == max_bits:
                    break
                levels[lv[0] + 1][3] = prev_freq + lv[1]
                level += 1
            else:
                while levels[level - 1][4] > 0:
                    level -= 1
        if leaf[max_bits][max_bits] != n:
            raise AssertionError("deflate: leaf counts do not add up")
        bit_count = [0] * (max_bits + 1)
        bits = 1
        counts = leaf[max_bits]
        for lvl in range(max_bits, 0, -1):
            bit_count[bits] = counts[lvl] - counts[lvl - 1]
            bits += 1
        return bit_count

    def _assign(self, bit_count: List[int], nodes: List[Tuple[int, int]]) -> None:
        code = 0
        end = len(nodes)
        for n, bits in enumerate(bit_count):
            code <<= 1
            if n == 0 or bits == 0:
                continue
            chunk = sorted(nodes[end - bits:end])
            for lit, _ in chunk:
                self.code[lit] = _reverse_bits(code, n)
                self.length[lit] = n
                code += 1
            end -= bits


def _huff_offset() -> _HuffmanEncoder:
    h = _HuffmanEncoder(_OFFSET_CODE_COUNT)
    f = [0] * _OFFSET_CODE_COUNT
    f[0] = 1
    h.generate(f, 15)
    return h


_HUFF_OFFSET = _huff_offset()


class _BitWriter:
    """huffmanBitWriter: an LSB-first bit stream."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.bits = 0
        self.nbits = 0
        self.literal_freq = [0] * _MAX_NUM_LIT
        self.offset_freq = [0] * _OFFSET_CODE_COUNT
        self.codegen = [0] * (_MAX_NUM_LIT + _OFFSET_CODE_COUNT + 1)
        self.codegen_freq = [0] * _CODEGEN_COUNT
        self.lit_enc = _HuffmanEncoder(_MAX_NUM_LIT)
        self.off_enc = _HuffmanEncoder(_OFFSET_CODE_COUNT)
        self.cg_enc = _HuffmanEncoder(_CODEGEN_COUNT)

    def write_bits(self, b: int, nb: int) -> None:
        self.bits |= b << self.nbits
        self.nbits += nb
        if self.nbits >= 48:
            self.out += (self.bits & 0xFFFFFFFFFFFF).to_bytes(6, "little")
            self.bits >>= 48
            self.nbits -= 48

    def write_bitstring(self, s: str) -> None:
        """Appends bits given as a string of '0'/'1' in stream order (first bit first).

        The same bytes as one write_bits call per code, with the per-code work done
        by C-level string operations.
        """
        if self.nbits:
            s = _bits_str(self.bits, self.nbits) + s
        full = len(s) // 8 * 8
        if full:
            self.out += int(s[:full][::-1], 2).to_bytes(full // 8, "little")
        rest = s[full:]
        self.bits = int(rest[::-1], 2) if rest else 0
        self.nbits = len(rest)

    def flush(self) -> None:
        while self.nbits > 0:
            self.out.append(self.bits & 0xFF)
            self.bits >>= 8
            self.nbits = self.nbits - 8 if self.nbits > 8 else 0
        self.bits = 0

    def write_bytes(self, b: bytes) -> None:
        if self.nbits & 7:
            raise AssertionError("deflate: writeBytes with unfinished bits")
        self.flush()
        self.out += b

    def write_stored_header(self, length: int, eof: bool) -> None:
        self.write_bits(1 if eof else 0, 3)
        self.flush()
        self.write_bits(length, 16)
        self.write_bits((~length) & 0xFFFF, 16)

    def _generate_codegen(self, num_lit: int, num_off: int, lit: _HuffmanEncoder, off: _HuffmanEncoder) -> None:
        freq = self.codegen_freq
        for i in range(_CODEGEN_COUNT):
            freq[i] = 0
        cg = self.codegen
        cg[:num_lit] = lit.length[:num_lit]
        cg[num_lit:num_lit + num_off] = off.length[:num_off]
        cg[num_lit + num_off] = _BAD_CODE
        size = cg[0]
        count = 1
        out = 0
        i = 1
        while size != _BAD_CODE:
            nxt = cg[i]
            i += 1
            if nxt == size:
                count += 1
                continue
            if size != 0:
                cg[out] = size
                out += 1
                freq[size] += 1
                count -= 1
                while count >= 3:
                    n = min(6, count)
                    cg[out] = 16
                    cg[out + 1] = n - 3
                    out += 2
                    freq[16] += 1
                    count -= n
            else:
                while count >= 11:
                    n = min(138, count)
                    cg[out] = 18
                    cg[out + 1] = n - 11
                    out += 2
                    freq[18] += 1
                    count -= n
                if count >= 3:
                    cg[out] = 17
                    cg[out + 1] = count - 3
                    out += 2
                    freq[17] += 1
                    count = 0
            count -= 1
            while count >= 0:
                cg[out] = size
                out += 1
                freq[size] += 1
                count -= 1
            size = nxt
            count = 1
        cg[out] = _BAD_CODE

    def _dynamic_size(self, lit: _HuffmanEncoder, off: _HuffmanEncoder) -> Tuple[int, int]:
        freq = self.codegen_freq
        num_cg = len(freq)
        while num_cg > 4 and freq[_CODEGEN_ORDER[num_cg - 1]] == 0:
            num_cg -= 1
        header = 3 + 5 + 5 + 4 + 3 * num_cg + self.cg_enc.bit_length(freq) + freq[16] * 2 + freq[17] * 3 + freq[18] * 7
        size = header + lit.bit_length(self.literal_freq) + off.bit_length(self.offset_freq)
        return size, num_cg

    def _write_dynamic_header(self, num_lit: int, num_off: int, num_cg: int, eof: bool) -> None:
        self.write_bits(5 if eof else 4, 3)
        self.write_bits(num_lit - 257, 5)
        self.write_bits(num_off - 1, 5)
        self.write_bits(num_cg - 4, 4)
        for i in range(num_cg):
            self.write_bits(self.cg_enc.length[_CODEGEN_ORDER[i]], 3)
        cg = self.codegen
        i = 0
        while True:
            word = cg[i]
            i += 1
            if word == _BAD_CODE:
                break
            self.write_bits(self.cg_enc.code[word], self.cg_enc.length[word])
            if word == 16:
                self.write_bits(cg[i], 2)
                i += 1
            elif word == 17:
                self.write_bits(cg[i], 3)
                i += 1
            elif word == 18:
                self.write_bits(cg[i], 7)
                i += 1

    def _index_tokens(self, tokens: List[int]) -> Tuple[int, int]:
        lf = self.literal_freq
        of = self.offset_freq
        for i in range(len(lf)):
            lf[i] = 0
        for i in range(len(of)):
            of[i] = 0
        for t in tokens:
            if t < _MATCH_TYPE:
                lf[t] += 1
                continue
            length = (t - _MATCH_TYPE) >> _LENGTH_SHIFT
            lf[_LENGTH_CODES_START + _LENGTH_CODES[length]] += 1
            of[_offset_code(t & _OFFSET_MASK)] += 1
        num_lit = len(lf)
        while lf[num_lit - 1] == 0:
            num_lit -= 1
        num_off = len(of)
        while num_off > 0 and of[num_off - 1] == 0:
            num_off -= 1
        if num_off == 0:
            of[0] = 1
            num_off = 1
        self.lit_enc.generate(lf, 15)
        self.off_enc.generate(of, 15)
        return num_lit, num_off

    def write_block_dynamic(self, tokens: List[int], data: bytes) -> None:
        tokens.append(_END_BLOCK)
        num_lit, num_off = self._index_tokens(tokens)
        self._generate_codegen(num_lit, num_off, self.lit_enc, self.off_enc)
        self.cg_enc.generate(self.codegen_freq, 7)
        size, num_cg = self._dynamic_size(self.lit_enc, self.off_enc)
        if len(data) <= _MAX_STORE_BLOCK and (len(data) + 5) * 8 < size + (size >> 4):
            self.write_stored_header(len(data), False)
            self.write_bytes(data)
            return
        self._write_dynamic_header(num_lit, num_off, num_cg, False)
        lit = _code_strings(self.lit_enc, _MAX_NUM_LIT)
        off = _code_strings(self.off_enc, _OFFSET_CODE_COUNT)
        parts: List[str] = []
        add = parts.append
        for t in tokens:
            if t < _MATCH_TYPE:
                add(lit[t])
                continue
            length = (t - _MATCH_TYPE) >> _LENGTH_SHIFT
            code = _LENGTH_CODES[length]
            add(lit[code + _LENGTH_CODES_START])
            extra = _LENGTH_EXTRA[code]
            if extra:
                add(_bits_str(length - _LENGTH_BASE[code], extra))
            offset = t & _OFFSET_MASK
            ocode = _offset_code(offset)
            add(off[ocode])
            extra = _OFFSET_EXTRA[ocode]
            if extra:
                add(_bits_str(offset - _OFFSET_BASE[ocode], extra))
        self.write_bitstring("".join(parts))

    def write_block_huff(self, data: bytes) -> None:
        lf = self.literal_freq
        for i in range(len(lf)):
            lf[i] = 0
        for b in data:
            lf[b] += 1
        lf[_END_BLOCK] = 1
        self.offset_freq[0] = 1
        self.lit_enc.generate(lf, 15)
        self._generate_codegen(_END_BLOCK + 1, 1, self.lit_enc, _HUFF_OFFSET)
        self.cg_enc.generate(self.codegen_freq, 7)
        size, num_cg = self._dynamic_size(self.lit_enc, _HUFF_OFFSET)
        if len(data) <= _MAX_STORE_BLOCK and (len(data) + 5) * 8 < size + (size >> 4):
            self.write_stored_header(len(data), False)
            self.write_bytes(data)
            return
        self._write_dynamic_header(_END_BLOCK + 1, 1, num_cg, False)
        lit = _code_strings(self.lit_enc, _END_BLOCK + 1)
        self.write_bitstring("".join(map(lit.__getitem__, data)) + lit[_END_BLOCK])


def _bits_str(v: int, n: int) -> str:
    """v's n low bits in stream order (least significant first)."""
    return format(v, "0%db" % n)[::-1] if n else ""


def _code_strings(enc: "_HuffmanEncoder", n: int) -> List[str]:
    """Each symbol's code as a bit string in stream order."""
    return [_bits_str(enc.code[i], enc.length[i]) for i in range(n)]


class _DeflateFast:
    """deflateFast: Go's level-1 match finder (a Snappy-like hash table)."""

    def __init__(self) -> None:
        self.table_val = [0] * _TABLE_SIZE
        self.table_off = [0] * _TABLE_SIZE
        self.prev = b""
        self.cur = _MAX_STORE_BLOCK

    def encode(self, src: bytes) -> List[int]:
        if self.cur >= _BUFFER_RESET:
            self._shift_offsets()
        dst: List[int] = []
        if len(src) < _MIN_NON_LITERAL_BLOCK:
            self.cur += _MAX_STORE_BLOCK
            self.prev = b""
            dst.extend(src)
            return dst
        tv, to = self.table_val, self.table_off
        s_limit = len(src) - _INPUT_MARGIN
        next_emit = 0
        s = 0
        cv = int.from_bytes(src[0:4], "little")
        next_hash = ((cv * 0x1E35A7BD) & 0xFFFFFFFF) >> _TABLE_SHIFT
        done = False
        while not done:
            skip = 32
            next_s = s
            while True:
                s = next_s
                step = skip >> 5
                next_s = s + step
                skip += step
                if next_s > s_limit:
                    done = True
                    break
                h = next_hash & _TABLE_MASK
                cand_val, cand_off = tv[h], to[h]
                now = int.from_bytes(src[next_s:next_s + 4], "little")
                tv[h], to[h] = cv, s + self.cur
                next_hash = ((now * 0x1E35A7BD) & 0xFFFFFFFF) >> _TABLE_SHIFT
                if s - (cand_off - self.cur) > _MAX_MATCH_OFFSET or cv != cand_val:
                    cv = now
                    continue
                break
            if done:
                break
            dst.extend(src[next_emit:s])
            while True:
                s += 4
                t = cand_off - self.cur + 4
                ln = self._match_len(s, t, src)
                dst.append(_MATCH_TYPE + ((ln + 4 - _BASE_MATCH_LENGTH) << _LENGTH_SHIFT) + (s - t - _BASE_MATCH_OFFSET))
                s += ln
                next_emit = s
                if s >= s_limit:
                    done = True
                    break
                x = int.from_bytes(src[s - 1:s + 7], "little")
                lo = x & 0xFFFFFFFF
                ph = ((lo * 0x1E35A7BD) & 0xFFFFFFFF) >> _TABLE_SHIFT
                tv[ph], to[ph] = lo, self.cur + s - 1
                x >>= 8
                lo = x & 0xFFFFFFFF
                ch = ((lo * 0x1E35A7BD) & 0xFFFFFFFF) >> _TABLE_SHIFT
                cand_val, cand_off = tv[ch], to[ch]
                tv[ch], to[ch] = lo, self.cur + s
                if s - (cand_off - self.cur) > _MAX_MATCH_OFFSET or lo != cand_val:
                    cv = (x >> 8) & 0xFFFFFFFF
                    next_hash = ((cv * 0x1E35A7BD) & 0xFFFFFFFF) >> _TABLE_SHIFT
                    s += 1
                    break
        if next_emit < len(src):
            dst.extend(src[next_emit:])
        self.cur += len(src)
        self.prev = bytes(src)
        return dst

    def _match_len(self, s: int, t: int, src: bytes) -> int:
        s1 = min(s + _MAX_MATCH_LENGTH - 4, len(src))
        if t >= 0:
            return _common_prefix(src, s, src, t, s1 - s)
        tp = len(self.prev) + t
        if tp < 0:
            return 0
        n_b = min(len(self.prev) - tp, s1 - s)
        n = _common_prefix(src, s, self.prev, tp, n_b)
        if n < n_b:
            return n
        if s + n == s1:
            return n
        return n + _common_prefix(src, s + n, src, 0, s1 - (s + n))

    def reset(self) -> None:
        self.prev = b""
        self.cur += _MAX_MATCH_OFFSET
        if self.cur >= _BUFFER_RESET:
            self._shift_offsets()

    def _shift_offsets(self) -> None:
        if not self.prev:
            self.table_val = [0] * _TABLE_SIZE
            self.table_off = [0] * _TABLE_SIZE
            self.cur = _MAX_MATCH_OFFSET + 1
            return
        for i in range(_TABLE_SIZE):
            self.table_off[i] = max(0, self.table_off[i] - self.cur + _MAX_MATCH_OFFSET + 1)
        self.cur = _MAX_MATCH_OFFSET + 1


def _common_prefix(a: bytes, ai: int, b: bytes, bi: int, n: int) -> int:
    """How many of the n bytes at a[ai:] and b[bi:] agree, from the start."""
    if n <= 0:
        return 0
    if a[ai:ai + n] == b[bi:bi + n]:
        return n
    i = 0
    # Compare in chunks, then bytes.
    while n - i >= 16 and a[ai + i:ai + i + 16] == b[bi + i:bi + i + 16]:
        i += 16
    while i < n and a[ai + i] == b[bi + i]:
        i += 1
    return i


class GoGzipWriter:
    """Writes what Go's ``gzip.NewWriterLevel(w, gzip.BestSpeed)`` writes
    for the same bytes, with an empty header (no name, mtime 0)."""

    def __init__(self) -> None:
        self._w = _BitWriter()
        self._fast = _DeflateFast()
        self._window = bytearray()
        self._crc = 0
        self._size = 0

    def write(self, data: bytes) -> None:
        """Compresses data; block boundaries depend only on the total stream."""
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        view = memoryview(data)
        while len(view):
            room = _MAX_STORE_BLOCK - len(self._window)
            self._window += view[:room]
            view = view[room:]
            if len(self._window) == _MAX_STORE_BLOCK and len(view):
                self._encode(final=False)

    def _encode(self, final: bool) -> None:
        win = bytes(self._window)
        self._window = bytearray()
        if final and len(win) < 128:
            if len(win) == 0:
                return
            if len(win) <= 16:
                self._w.write_stored_header(len(win), False)
                self._w.write_bytes(win)
            else:
                self._w.write_block_huff(win)
            self._fast.reset()
            return
        tokens = self._fast.encode(win)
        if len(tokens) > len(win) - (len(win) >> 4):
            self._w.write_block_huff(win)
        else:
            self._w.write_block_dynamic(tokens, win)

    def take(self) -> bytes:
        """Returns the compressed bytes written so far and forgets them."""
        out = bytes(self._w.out)
        self._w.out = bytearray()
        return out

    def close(self) -> bytes:
        """Ends the stream and returns the remaining bytes with the trailer."""
        if self._window:
            self._encode(final=True)
        self._w.write_stored_header(0, True)
        self._w.flush()
        return self.take() + struct.pack("<II", self._crc & 0xFFFFFFFF, self._size & 0xFFFFFFFF)


#: The 10-byte gzip header Go writes at BestSpeed: no name, mtime 0, XFL 4, OS 255.
GZIP_HEADER = bytes([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 4, 255])
