"""Word (.docx): the body's paragraphs and tables, each located as a person finds it.

Read with python-docx (the `docx` extra).  Each paragraph is a line of `Document.text` and is
located as "paragraph N" (body paragraphs counted from the top, empty ones included, table
contents not); each table row is a line with its cells separated by tabs, each cell located as
"table T, row R, cell C" (a merged cell once, where it starts).  Headers, footers, comments and
text boxes are not read.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from checker.documents.base import Document, TextBuilder
from checker.errors import CrosscheckError

MAX_UNPACKED = 256 * 1024 * 1024  # a .docx bigger than this once unzipped is refused


def read_docx(data: bytes, name: str, encoding: str | None = None) -> Document:
    try:
        import docx
        from docx.table import Table, _Cell
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise CrosscheckError("reading .docx files needs python-docx: "
                              "pip install 'crossreport-checker[docx]'", name) from None
    _check_package(data, name)
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - a hostile file can fail anyhow
        raise CrosscheckError(f"not a readable Word document ({type(error).__name__}: "
                              f"{error})", name) from None

    builder = TextBuilder()
    line = 0

    def add_line(text: str, label: str) -> None:
        nonlocal line
        for part in text.split("\n"):
            line += 1
            builder.add(part + "\n", line, 1, label)

    def cell_text(cell: Any) -> str:
        parts: list[str] = []
        for block in cell.iter_inner_content():
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:  # a table inside the cell: its cells in order, each once (row.cells
                # would repeat merged cells)
                parts.extend(cell_text(_Cell(tc, block)) for row in block.rows
                             for tc in row._tr.tc_lst)
        return " ".join(p.replace("\n", " ").replace("\t", " ") for p in parts if p.strip())

    paragraph = table = 0
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraph += 1
            add_line(block.text, f"paragraph {paragraph}")
        elif isinstance(block, Table):
            table += 1
            for row_number, row in enumerate(block.rows, 1):
                line += 1
                column = 1
                for cell_number, tc in enumerate(row._tr.tc_lst, 1):  # each cell once
                    if cell_number > 1:
                        builder.add_plain("\t")
                        column += 1
                    text = cell_text(_Cell(tc, block))
                    builder.add(text, line, column,
                                f"table {table}, row {row_number}, cell {cell_number}")
                    column += len(text)
                builder.add_plain("\n")
    document = builder.build(name)
    if not document.text.strip():
        raise CrosscheckError("no text in this Word document", name)
    return document


def _check_package(data: bytes, name: str) -> None:
    """A Word file is a ZIP package with word/document.xml; refuse other ZIPs and bombs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise CrosscheckError("not a readable Word document (a damaged ZIP package)",
                              name) from None
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names:
        raise CrosscheckError("a ZIP file but not a Word document (no word/document.xml)",
                              name)
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED:
        raise CrosscheckError(f"refused: more than {MAX_UNPACKED >> 20} MB once unpacked",
                              name)
