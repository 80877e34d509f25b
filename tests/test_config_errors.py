"""A bad rules file is one clear message naming the file, line and column: never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import load_rules
from checker.errors import CrosscheckError

HEAD = "version: 1\ndocuments: {a: a.txt, b: b.txt}\nmetrics: {homes: {names: [职工之家]}}\n"

# (rules text, line, the text the column points at, words the message must contain)
BAD = [
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, c]}\n", 5, "c]",
     "unknown document 'c'"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b], metrics: [ghost]}\n", 5, "ghost]",
     "unknown metric 'ghost'"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b], colour: red}\n", 5, "colour",
     "unknown key 'colour'"),
    (HEAD + "rules:\n  - {id: x, type: equl, documents: [a, b]}\n", 5, "equl",
     "unknown rule type 'equl'"),
    (HEAD + "rules:\n  - {id: x, type: compare, expr: a.homes <= b.ghost}\n", 5, "b.ghost",
     "unknown metric 'ghost'"),
    (HEAD + "rules:\n  - {id: x, type: compare, expr: 'a.homes + <= b.homes'}\n", 5, "<=",
     "bad expression"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: a}\n", 5, "a}", "at least 2"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b], level: fatal}\n", 5, "fatal",
     "unknown level 'fatal'"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b], tolerance: {relative: -1}}\n",
     5, "-1", "at least 0"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b], tolerance: {absolute: 5%}}\n",
     5, "5%", "absolute tolerance must be a number such as 5000, 2万 or 0.5亿, got str '5%'"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b], tolerance: {relative: "
     "five}}\n", 5, "five", "relative tolerance must be a number such as 0.01 or 1%"),
    (HEAD + "rules:\n  - {type: equal, documents: [a, b]}\n", 5, "{type", "needs 'id:'"),
    (HEAD + "rules: []\n", 4, "[]", "non-empty list"),
    ("version: 2\ndocuments: {a: a.txt}\nrules: []\n", 1, "2", "unsupported version 2"),
    ("documents: {a: a.txt}\nrules: []\n", 1, "documents", "missing 'version: 1'"),
    (HEAD + "rules:\n  - {id: x, type: equal, documents: [a, b]\n", 6, "", "not valid YAML"),
    (HEAD + "rules:\n  - &r {id: x, type: equal, documents: [a, b]}\n  - *r\n", 6, "*r",
     "aliases"),
    (HEAD + "rules:\n  - {id: x, id: y, type: equal, documents: [a, b]}\n", 5, "id: y", "duplicate key 'id'"),
    (HEAD + "rules:\n  - !!python/object:os.system {id: x}\n", 5, "!!python", "tags"),
    ("- just\n- a list\n", 1, "- just", "must be a mapping"),
]


@pytest.mark.parametrize("text,line,token,words", BAD, ids=[b[3] for b in BAD])
def test_bad_rules_name_file_line_and_column(text: str, line: int, token: str, words: str,
                                             tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CrosscheckError) as caught:
        load_rules(path)
    error = caught.value
    lines = text.split("\n")
    column = lines[line - 1].index(token) + 1 if token else 1
    assert (error.path, error.line, error.column) == (str(path), line, column), str(error)
    assert words in error.message
    assert "\n" not in str(error)


def test_a_billion_laughs_file_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["version: 1", "documents: {a: a.txt}", 'l0: &l0 ["lol"]']
    lines += [f"l{i}: &l{i} [*l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}]" for i in range(1, 30)]
    path = tmp_path / "rules.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="aliases"):
        load_rules(path)


def test_missing_and_undecodable_rules_files(tmp_path: Path) -> None:
    with pytest.raises(CrosscheckError, match="not found"):
        load_rules(tmp_path / "nope.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("version: 1 # 规则".encode("gbk"))
    with pytest.raises(CrosscheckError, match="not UTF-8"):
        load_rules(bad)
