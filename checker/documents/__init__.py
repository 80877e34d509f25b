"""Loading documents: files on disk to text with the place of every character.

The only stage that reads files.  `load` picks a loader by what the file is (a PDF or a ZIP
package by its first bytes, else by its suffix) and each gives a `Document`: its readable
text, on which every later offset is counted, and where each run of that text stands in the
file (`Document.position`, `Document.where`).  See `base` for the mapping, one module per
format for what each reads.
"""

from __future__ import annotations

import errno
import glob
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from checker.documents.base import Document, Places
from checker.documents.encoding import decode
from checker.documents.markdown import read_markdown
from checker.documents.pdf import read_pdf
from checker.documents.webpage import read_html
from checker.documents.word import read_docx
from checker.errors import CrosscheckError

__all__ = ["SUFFIXES", "Document", "Places", "decode", "expand_paths", "load", "read"]

Loader = Callable[[bytes, str, "str | None"], Document]


def read_text(data: bytes, name: str, encoding: str | None = None) -> Document:
    return Document.from_text(decode(data, name, encoding), name)


LOADERS: dict[str, Loader] = {
    ".txt": read_text, ".text": read_text,
    ".md": read_markdown, ".markdown": read_markdown, ".mdown": read_markdown,
    ".mkd": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
SUFFIXES = tuple(LOADERS)  # the files a folder given as input is searched for
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files (.doc, .xls)
MAX_SIZE = 256 * 1024 * 1024  # larger files are refused: no report is this long


def load(path: str | Path, encoding: str | None = None) -> Document:
    """Read one document; user errors (missing, unreadable, undecodable) raise
    CrosscheckError naming the file."""
    name = str(path)
    file = Path(path)
    try:
        if not file.exists():
            raise CrosscheckError(_missing(name), name)
        if file.is_dir():
            raise CrosscheckError("is a directory, not a document", name)
        if not file.is_file():
            raise CrosscheckError("not a regular file", name)  # a device, a pipe
        if file.stat().st_size > MAX_SIZE:
            raise CrosscheckError(f"too large (more than {MAX_SIZE >> 20} MB)", name)
        data = file.read_bytes()
    except OSError as error:
        raise CrosscheckError(f"cannot read: {error.strerror or error}", name) from None
    return read(data, name, encoding)


def _missing(name: str) -> str:
    """Why a path names no file: a symbolic link loop, a broken link, or nothing."""
    if not os.path.islink(name):
        return "no such file"
    try:
        os.stat(name)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link loop (a link that leads back to itself)"
    return f"a broken symbolic link (to {os.readlink(name)}, which does not exist)"


def read(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A document from its bytes; `name` is its path as given (its suffix picks the format
    unless the bytes say otherwise) and `encoding` is for text formats."""
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise CrosscheckError("empty document", name)
    if data.startswith(b"%PDF-"):
        return read_pdf(data, name)
    if data.startswith(b"PK\x03\x04"):
        return read_docx(data, name)
    if data.startswith(_OLE):
        raise CrosscheckError("an old Office file (.doc): save it as .docx", name)
    if suffix in (".pdf", ".docx"):
        raise CrosscheckError(f"not a {suffix[1:].upper()} file (its first bytes say otherwise)",
                              name)
    return LOADERS.get(suffix, read_text)(data, name, encoding)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """The documents that command-line PATHS name, in a stable order whatever order they
    were given in: a file as given; a folder as the documents in it and its subfolders
    (SUFFIXES, hidden ones left out); a glob (quoted, so the shell left it) as the files and
    folders it matches.  Each file once."""
    found: list[str] = []
    for path in paths:
        if not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise CrosscheckError("no files match this pattern", path)
        else:
            matches = [path]
        for match in matches:
            found.extend(_folder(match) if os.path.isdir(match) else [match])
    unique: dict[str, str] = {}
    for path in sorted(found):
        unique.setdefault(os.path.realpath(path), path)
    return sorted(unique.values())


def _folder(folder: str) -> list[str]:
    documents: list[str] = []

    def unreadable(error: OSError) -> None:
        raise CrosscheckError(f"cannot read this folder: {error.strerror or error}",
                              error.filename or folder)

    for root, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        documents.extend(os.path.join(root, f) for f in sorted(files)
                         if not f.startswith((".", "~$")) and
                         os.path.splitext(f)[1].lower() in SUFFIXES)
    if not documents:
        raise CrosscheckError("no documents (.txt, .md, .html, .docx, .pdf) in this folder",
                              folder)
    return documents
