"""Bytes to text: the encodings Chinese reports come in, told apart without being told.

A byte-order mark names the encoding; else UTF-16 when the zero bytes of its ASCII characters
show; else UTF-8 if the bytes are valid UTF-8; else GB18030 (which reads GBK and GB2312)
or Big5, whichever reads as the more common characters of its own standard.  Generic
detectors (charset-normalizer, chardet) misjudge short Chinese texts (a 20-byte GBK line comes
out as UTF-16 or Korean), and the choice here is among four encodings only, so the deciding
signal is computed from the codecs themselves.  `--encoding` overrides all of it.
"""

from __future__ import annotations

import codecs

from checker.errors import CrosscheckError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# The legacy encodings tried, in order of preference when they read equally well.
LEGACY = ("gb18030", "big5")
_SAMPLE = 1 << 16  # bytes looked at to tell encodings apart
# Control characters no text document has (tab, line feed, form feed, carriage return,
# escape and the like are allowed).
_BINARY = {chr(c) for c in range(32) if chr(c) not in "\t\n\x0b\x0c\r\x1b"} | {"\x7f"}


def decode(data: bytes, name: str, encoding: str | None = None,
           declared: str | None = None) -> str:
    """Decode document bytes: `encoding` (the user's) wins, then a byte-order mark, then the
    encoding the document declares (an HTML <meta charset>) if the bytes read in it, then
    detection."""
    if not data.strip():
        raise CrosscheckError("empty document", name)
    chosen = encoding or bom_encoding(data)
    if chosen is None and declared is not None and _decodes(data, declared):
        chosen = declared
    chosen = chosen or detect(data, name)
    try:
        text = data.decode(chosen)
    except LookupError:
        raise CrosscheckError(f"unknown encoding {chosen!r}", name) from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CrosscheckError(f"not valid {chosen} text (byte 0x{data[error.start]:02x}); "
                              f"{_advice(data, name, encoding)}", name, line) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CrosscheckError("empty document", name)
    sample = text[:_SAMPLE]
    if sum(ch in _BINARY for ch in sample) > len(sample) // 100:
        raise CrosscheckError("binary file, not a text document", name)
    return text


def _advice(data: bytes, name: str, given: str | None) -> str:
    """What to do about bytes that do not decode: name the encoding they read in."""
    if given is None:
        return "give the encoding with --encoding"
    try:
        detected = bom_encoding(data) or detect(data, name)
    except CrosscheckError:
        return f"--encoding {given} is not its encoding: give the right one"
    return (f"--encoding {given} is not its encoding; it reads as {detected}: give --encoding "
            f"{detected}, or leave --encoding out to detect it")


def bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def detect(data: bytes, name: str) -> str:
    """The encoding of bytes with no byte-order mark (see the module docstring)."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _utf16(data)
        if utf16 is None:
            raise CrosscheckError("binary file, not a text document", name)
        return utf16
    if _decodes(data, "utf-8"):
        return "utf-8"
    readable = [enc for enc in LEGACY if _decodes(data, enc)]
    if not readable:
        raise CrosscheckError("cannot tell the encoding (not UTF-8, UTF-16, GB18030 or Big5); "
                              "give it with --encoding", name)
    return max(readable, key=lambda enc: _commonness(sample, enc))


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the zero high bytes of ASCII characters (digits,
    line ends) stand at odd offsets (little-endian) or even ones (big-endian); the other
    half has zeros only where a character such as 一 (U+4E00) ends in one."""
    if len(data) % 2:
        return None
    sample = data[:_SAMPLE]
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 4 * others and _decodes(data, encoding):
            return encoding
    return None


def _commonness(sample: bytes, encoding: str) -> tuple[float, int]:
    """How much of a decoding is everyday text: the share of its non-ASCII characters that
    are in the common block of their own standard (GB2312 level 1 for GB18030, Big5's
    frequently used characters for Big5).  Text read with the wrong codec lands all over
    the code space, much of it on rare characters, symbols and kana."""
    text = sample.decode(encoding, errors="ignore")
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return (1.0, -LEGACY.index(encoding))
    common = sum(1 for ch in wide if _common(ch, encoding))
    return (common / len(wide), -LEGACY.index(encoding))


def _common(char: str, encoding: str) -> bool:
    if encoding == "big5":
        try:
            code = int.from_bytes(char.encode("big5"), "big")
        except UnicodeEncodeError:
            return False
        return 0xA140 <= code <= 0xC67E  # symbols and the 5,401 frequently used characters
    try:
        code = int.from_bytes(char.encode("gb2312"), "big")
    except UnicodeEncodeError:
        return False
    return 0xA1A1 <= code <= 0xA3FE or 0xB0A1 <= code <= 0xD7FE  # symbols, level-1 hanzi
