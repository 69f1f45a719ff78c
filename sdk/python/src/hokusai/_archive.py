"""The package archive Go's ``pack.Package`` writes: tar (as Go's
``archive/tar`` formats it) inside gzip (as Go's ``compress/gzip`` at
BestSpeed compresses it), so the same inputs give the same sha256."""

from __future__ import annotations

import hashlib
from typing import BinaryIO, Dict, Optional, Tuple

from ._goflate import GZIP_HEADER, GoGzipWriter

_BLOCK = 512
_NAME_SIZE = 100
_PREFIX_SIZE = 155


def _octal(n: int, width: int) -> bytes:
    """formatOctal: zero-padded octal with room for a NUL."""
    s = format(n, "o")
    if len(s) < width - 1:
        s = "0" * (width - 1 - len(s)) + s
    return _field(s.encode("ascii"), width)


def _field(b: bytes, width: int) -> bytes:
    """formatString: copy, NUL-terminate when there is room."""
    if len(b) >= width:
        out = bytearray(b[:width])
        if len(b) > width and out[-1] == ord("/"):
            n = len(b[: width - 1].rstrip(b"/"))
            out[n] = 0
        return bytes(out)
    return b + b"\x00" * (width - len(b))


def _is_ascii(s: str) -> bool:
    return all(0 < ord(c) < 0x80 for c in s)


def _to_ascii(s: str) -> str:
    return "".join(c for c in s if 0 < ord(c) < 0x80)


def _split_ustar(name: str) -> Optional[Tuple[str, str]]:
    """splitUSTARPath: a long ASCII name split into prefix and suffix."""
    b = name
    length = len(b)
    if length <= _NAME_SIZE or not _is_ascii(name):
        return None
    if length > _PREFIX_SIZE + 1:
        length = _PREFIX_SIZE + 1
    elif b[length - 1] == "/":
        length -= 1
    i = b.rfind("/", 0, length)
    nlen = len(b) - i - 1
    plen = i
    if i <= 0 or nlen > _NAME_SIZE or nlen == 0 or plen > _PREFIX_SIZE:
        return None
    return b[:i], b[i + 1:]


def _header(name: bytes, size: int, typeflag: bytes, prefix: bytes = b"", mode: int = 0o644, raw: bool = False) -> bytes:
    blk = bytearray(_BLOCK)
    blk[0:100] = _field(name, 100)
    blk[100:108] = _octal(mode, 8)
    blk[108:116] = _octal(0, 8)
    blk[116:124] = _octal(0, 8)
    blk[124:136] = _octal(size, 12)
    blk[136:148] = _octal(0, 12)
    blk[156:157] = typeflag
    # linkname (157:257) stays empty; uname/gname are empty.
    blk[257:263] = b"ustar\x00"
    blk[263:265] = b"00"
    if not raw:  # writeRawFile (a PAX header) leaves the device numbers empty
        blk[329:337] = _octal(0, 8)
        blk[337:345] = _octal(0, 8)
    blk[345:500] = _field(prefix, 155)
    blk[148:156] = b" " * 8
    chk = sum(blk)
    blk[148:155] = _octal(chk, 7)
    blk[155] = ord(" ")
    return bytes(blk)


def _pax_record(k: str, v: str) -> str:
    """formatPAXRecord: "%d %s=%s\\n" whose length counts itself."""
    body = " %s=%s\n" % (k, v)
    size = len(body.encode("utf-8"))
    n = size + len(str(size))
    if len(str(n)) != len(str(size)):
        n = size + len(str(n))
    return "%d%s" % (n, body)


def entry_headers(name: str, size: int) -> bytes:
    """The header block(s) Go writes for a regular file entry."""
    if size >= 8 << 30:
        raise ValueError("%s is 8 GiB or larger; packages hold smaller files." % name)
    encoded = name.encode("utf-8")
    if _is_ascii(name) and len(encoded) <= _NAME_SIZE:
        return _header(encoded, size, b"0")
    split = _split_ustar(name)
    if split is not None:
        return _header(split[1].encode(), size, b"0", prefix=split[0].encode())
    # PAX: a header entry holding the path, then the entry with an ASCII name.
    data = _pax_record("path", name).encode("utf-8")
    d, _, f = name.rpartition("/")
    pax_name = (d + "/" if d else "") + "PaxHeaders.0/" + f
    pax_name = _to_ascii(pax_name)[:_NAME_SIZE].rstrip("/")
    out = _header(pax_name.encode(), len(data), b"x", mode=0, raw=True)
    out += data + b"\x00" * (-len(data) % _BLOCK)
    return out + _header(_to_ascii(name).encode(), size, b"0")


class ArchiveWriter:
    """Streams tar entries through Go-identical gzip into out, hashing the
    compressed bytes as they go."""

    def __init__(self, out: Optional[BinaryIO]) -> None:
        self._out = out
        self._gz = GoGzipWriter()
        self._sha = hashlib.sha256()
        self.size = 0
        self._emit(GZIP_HEADER)

    def _emit(self, b: bytes) -> None:
        if not b:
            return
        self._sha.update(b)
        self.size += len(b)
        if self._out is not None:
            self._out.write(b)

    def _write(self, b: bytes) -> None:
        self._gz.write(b)
        self._emit(self._gz.take())

    def add(self, name: str, size: int, chunks: "object") -> None:
        """Adds a regular file entry; chunks yields exactly size bytes."""
        self._write(entry_headers(name, size))
        n = 0
        for chunk in chunks:  # type: ignore[attr-defined]
            n += len(chunk)
            self._write(chunk)
        if n != size:
            raise ValueError("The file %s changed while it was being packaged; package again." % name)
        if size % _BLOCK:
            self._write(b"\x00" * (_BLOCK - size % _BLOCK))

    def close(self) -> str:
        """Ends the archive (two zero blocks) and returns its sha256:<hex> digest."""
        self._write(b"\x00" * (2 * _BLOCK))
        self._emit(self._gz.close())
        return "sha256:" + self._sha.hexdigest()

