"""Loading documents: bytes on disk to decoded text with line positions.

The only stage that reads files.  Offsets everywhere else are character offsets into
`Document.text`, the decoded text exactly as in the file (line endings kept).
"""

from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import CrosscheckError


@dataclass(frozen=True)
class Document:
    path: str  # as the user gave it
    text: str
    line_starts: tuple[int, ...] = field(repr=False, compare=False, default=())

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        starts = [0]
        index = text.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = text.find("\n", index + 1)
        return cls(path, text, tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def load(path: str | Path, encoding: str | None = None) -> Document:
    """Read and decode one text document; user errors raise CrosscheckError."""
    name = str(path)
    file = Path(path)
    if not file.exists():
        raise CrosscheckError("no such file", name)
    if file.is_dir():
        raise CrosscheckError("is a directory, not a document", name)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise CrosscheckError(f"cannot read: {error.strerror or error}", name) from None
    return Document.from_text(decode(data, name, encoding), name)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode document bytes: a BOM names the encoding, else UTF-8 unless told otherwise."""
    if not data.strip():
        raise CrosscheckError("empty document", name)
    chosen = encoding
    if chosen is None:
        chosen = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if chosen is None:
        if b"\x00" in data[:8192]:
            raise CrosscheckError("binary file, not a text document", name)
        chosen = "utf-8"
    try:
        text = data.decode(chosen)
    except LookupError:
        raise CrosscheckError(f"unknown encoding {chosen!r}", name) from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CrosscheckError(
            f"not valid {chosen} text (byte 0x{data[error.start]:02x}); "
            "give the encoding with --encoding",
            name,
            line,
        ) from None
    return text.lstrip("\ufeff")
