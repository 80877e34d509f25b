"""What users give the command: folders, globs, every format at once, and bad input.

Bad input is one line on stderr naming the file (and line, where there is one), exit 2, no
traceback unless --debug.  Input files are never written to, and output is the same bytes
whatever order the inputs are given in.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from checker import CrosscheckError
from checker.cli import main
from checker.documents import expand_paths
from tests import convert
from tests.conftest import SEEDS

REVIEW = SEEDS / "003_002d43a0e4edfa5b.txt"
INTERPRETATION = SEEDS / "001_db9e2ff62b27b720.txt"


def invoke(*args: str, cwd: Path | None = None) -> Result:
    runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "120"})
    if cwd is None:
        return runner.invoke(main, list(args))
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, list(args))
    finally:
        os.chdir(old)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The review and interpretation in every format, in folders, with things to skip."""
    review, interpretation = REVIEW.read_text("utf-8"), INTERPRETATION.read_text("utf-8")
    (tmp_path / "reports" / "2019").mkdir(parents=True)
    (tmp_path / "reports" / ".cache").mkdir()
    (tmp_path / "reports" / "review.txt").write_text(review, encoding="utf-8")
    (tmp_path / "reports" / "review.gbk.txt").write_bytes(review.encode("gbk"))
    (tmp_path / "reports" / "review.md").write_text(convert.to_markdown(review), encoding="utf-8")
    (tmp_path / "reports" / "2019" / "interpretation.html").write_text(
        convert.to_html(interpretation), encoding="utf-8")
    (tmp_path / "reports" / "2019" / "interpretation.docx").write_bytes(
        convert.to_docx(interpretation))
    (tmp_path / "reports" / "2019" / "interpretation.pdf").write_bytes(
        convert.to_pdf(interpretation)[0])
    (tmp_path / "reports" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "reports" / ".cache" / "old.txt").write_text("职工1万人", encoding="utf-8")
    (tmp_path / "reports" / "~$review.docx").write_bytes(b"lock")
    return tmp_path


def test_folders_and_globs_expand_in_a_stable_order(library: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(library)
    everything = ["reports/2019/interpretation.docx", "reports/2019/interpretation.html",
                  "reports/2019/interpretation.pdf", "reports/review.gbk.txt", "reports/review.md",
                  "reports/review.txt"]
    assert expand_paths(["reports"]) == everything
    assert expand_paths(["reports/"]) == everything
    assert expand_paths(["reports/2019", "reports/review.txt", "reports"]) == everything
    assert expand_paths(["reports/**/*.txt"]) == ["reports/review.gbk.txt", "reports/review.txt"]
    assert expand_paths(["reports/*"]) == sorted(  # every file, as the shell would give them
        everything + ["reports/notes.csv", "reports/~$review.docx"])
    assert expand_paths(["reports/review.txt", "./reports/review.txt"]) == [
        "./reports/review.txt"]


def test_every_format_in_a_folder_gives_the_same_figures(library: Path) -> None:
    result = invoke("extract", "--format", "csv", "reports", cwd=library)
    assert result.exit_code == 0, result.output
    rows: dict[str, list[str]] = {}
    for line in result.stdout.splitlines()[1:]:
        document, _, _, _, _, text, value, *_ = line.split(",")
        rows.setdefault(document, []).append(f"{text}={value}")
    assert len(rows) == 6
    assert rows["reports/review.txt"] == rows["reports/review.gbk.txt"] == rows[
        "reports/review.md"]
    interpretation = rows["reports/2019/interpretation.html"]
    assert interpretation == rows["reports/2019/interpretation.docx"] == rows[
        "reports/2019/interpretation.pdf"]
    assert len(interpretation) == 54 and len(rows["reports/review.txt"]) == 74


def test_auto_mode_on_a_folder_of_formats_agrees(library: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(library)
    (library / "pair").mkdir()
    shutil.copy(library / "reports" / "review.md", library / "pair")
    shutil.copy(library / "reports" / "2019" / "interpretation.pdf", library / "pair")
    result = invoke("check", "--format", "json", "pair")
    assert result.exit_code == 0, result.output
    assert '"mismatch": 0' in result.stdout


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_inputs_are_never_written_and_output_is_byte_stable(library: Path) -> None:
    before = _snapshot(library)
    files = [str(p.relative_to(library)) for p in sorted((library / "reports").rglob("*.*"))
             if p.suffix in (".txt", ".md", ".html", ".docx", ".pdf") and
             not p.name.startswith(("~", ".")) and ".cache" not in p.parts]
    outputs = set()
    for order in (files, files[::-1], ["reports"]):
        for fmt in ("json", "csv", "rich"):
            result = invoke("extract", "--format", fmt, *order, cwd=library)
            assert result.exit_code == 0, result.output
            outputs.add((fmt, result.stdout))
    assert len(outputs) == 3  # one output per format, whatever the order or form of input
    checks = {invoke("check", "--format", "json", "--reference", files[0], *order,
                     cwd=library).stdout
              for order in (files, files[::-1], ["reports"], ["reports/*/", "reports/review*"])}
    assert len(checks) == 1
    assert _snapshot(library) == before


# --- bad input ----------------------------------------------------------------------------

def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


BAD_FILES: list[tuple[str, bytes, str]] = [  # file name, bytes, words of the message
    ("empty.txt", b"", "empty.txt: empty document"),
    ("blank.md", b" \n\t\n", "blank.md: empty document"),
    ("syntax.md", b"---\n\n***\n", "syntax.md: no text in this Markdown file"),
    ("script.html", b"<script>var x = 1;</script>", "script.html: no visible text"),
    ("binary.txt", bytes(range(256)) * 4, "binary.txt: binary file"),
    ("elf", b"\x7fELF\x02\x01\x01\x00" + bytes(200), "elf: binary file"),
    ("noise.txt", "职工之家".encode("gbk") + b"\xff\xff\x80\x80", "noise.txt: cannot tell the encoding"),
    ("fake.pdf", b"not a pdf", "fake.pdf: not a PDF file"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<\n", "broken.pdf: not a readable PDF"),
    ("fake.docx", b"not a zip", "fake.docx: not a DOCX file"),
    ("sheet.docx", _zip({"xl/workbook.xml": b"<x/>"}), "sheet.docx: a ZIP file but not a Word"),
    ("broken.docx", _zip({"word/document.xml": b"<w:document"}), "broken.docx: not a readable Word"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "old.doc: an old Office file"),
]


@pytest.mark.parametrize("name,data,words", BAD_FILES, ids=[b[0] for b in BAD_FILES])
@pytest.mark.parametrize("command", ["extract", "check"])
def test_bad_files_are_one_line_and_exit_two(name: str, data: bytes, words: str, command: str,
                                             tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(data)
    args = [command, name] + (["good.txt"] if command == "check" else [])
    shutil.copy(REVIEW, tmp_path / "good.txt")
    result = invoke(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert isinstance(result.exception, SystemExit)  # no traceback


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


BAD_USES = [  # arguments, words of the message
    (["extract", "nope.txt"], "nope.txt: no such file"),
    (["extract", "nope/*.md"], "nope/*.md: no files match this pattern"),
    (["extract", "empty"], "empty: no documents (.txt, .md, .html, .docx, .pdf) in this folder"),
    (["extract", "--encoding", "big9", "good.txt"], "good.txt: unknown encoding 'big9'"),
    (["extract", "--encoding", "ascii", "good.txt"], "good.txt:3: not valid ascii text (byte 0xe5)"),
    (["check", "--rules", "laughs.yaml"], "laughs.yaml:4:"),
    (["check", "--rules", "tagged.yaml"], "tagged.yaml:3:"),
    (["check", "--rules", "unknown.yaml"], "unknown.yaml:4:41: unknown document 'c'"),
    (["check", "--rules", "deep.yaml"], "deep.yaml:3:53: nested more than 50 levels deep"),
    (["check", "--rules", "folder.yaml"], "empty: is a directory, not a document (document 'a'"),
    (["check", "--rules", "rules.yaml", "a=empty"], "empty: is a directory"),
]


@pytest.mark.parametrize("args,words", BAD_USES, ids=[" ".join(a) for a, _ in BAD_USES])
def test_bad_paths_options_and_rules_are_one_line_and_exit_two(args: list[str], words: str,
                                                              tmp_path: Path) -> None:
    shutil.copy(REVIEW, tmp_path / "good.txt")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("x", encoding="utf-8")
    head = "version: 1\ndocuments: {a: good.txt, b: good.txt}\n"
    rule = "rules:\n  - {id: x, type: equal, documents: [a, b]}\n"
    laughs = "".join(f"l{i}: &l{i} [*l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}]\n" for i in range(1, 20))
    _write(tmp_path, "laughs.yaml", head + 'l0: &l0 ["lol"]\n' + laughs + rule)
    _write(tmp_path, "tagged.yaml", head + "x: !!python/object/apply:os.system [echo hi]\n")
    _write(tmp_path, "unknown.yaml", head + "rules:\n  - {id: x, type: equal, documents: [a, c]}\n")
    _write(tmp_path, "deep.yaml", head + "x: " + "[" * 20000 + "]" * 20000 + "\n")
    _write(tmp_path, "folder.yaml", "version: 1\ndocuments: {a: empty, b: good.txt}\n" + rule)
    _write(tmp_path, "rules.yaml", head + rule)
    result = invoke(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert isinstance(result.exception, SystemExit)


def test_odd_paths_are_one_line_and_exit_two(tmp_path: Path) -> None:
    long_name = "x" * 5000
    result = invoke("extract", long_name, cwd=tmp_path)
    assert result.exit_code == 2 and "name too long" in result.stderr.lower()
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")  # reading it would wait for ever
        result = invoke("extract", "pipe", cwd=tmp_path)
        assert result.exit_code == 2 and "pipe: not a regular file" in result.stderr


def test_debug_shows_the_error_itself(tmp_path: Path) -> None:
    result = invoke("--debug", "extract", "nope.txt", cwd=tmp_path)
    assert isinstance(result.exception, CrosscheckError)
    assert str(result.exception) == "nope.txt: no such file"
