"""`crosscheck init`: a rules.yaml drafted from the documents reports what auto mode reports,
and keeps reporting it when a document is edited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import Document, check, load, load_rules
from checker.cli import main
from checker.draft import document_keys, plan
from checker.engine import check_auto
from checker.extraction import Figure
from tests.conftest import SEEDS

REVIEW_TEXT = (SEEDS / "003_002d43a0e4edfa5b.txt").read_text("utf-8")
ARTICLE_TEXT = (SEEDS / "001_db9e2ff62b27b720.txt").read_text("utf-8")


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "review.txt").write_text(REVIEW_TEXT, "utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE_TEXT, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _init(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["init", *args])
    return result.exit_code, result.output


def test_init_writes_rules_that_validate_with_the_first_document_as_reference(
        folder: Path) -> None:
    code, said = _init("review.txt", "article.txt")
    assert code == 0, said
    text = (folder / "rules.yaml").read_text("utf-8")
    rules = load_rules(folder / "rules.yaml")
    assert list(rules.documents) == ["review", "article"]
    assert "review: review.txt  # the reference" in text
    assert len(rules.metrics) >= 30
    assert rules.metrics["职工之家"].names == ("职工之家",)
    assert rules.metrics["职工之家"].units == ("家",)
    assert [rule.type for rule in rules.rules] == ["equal", "covered"]
    assert rules.rules[1].options == {"source": "review", "derived": "article"}
    # each metric says where it comes from; what is unsure is there, commented out
    assert "# 1.38万家 (review:59:145), 1.38万家 (article:61:183)" in text
    assert re.search(r"\n  # unsure, .*\n  # 在档困难职工户数: ", text)
    assert "      # - 在档困难职工户数\n" in text
    assert CliRunner().invoke(main, ["rules", "validate", "rules.yaml"]).exit_code == 0


def test_init_refuses_to_overwrite_without_force_and_never_writes_an_input(folder: Path) -> None:
    assert _init("review.txt", "article.txt")[0] == 0
    code, said = _init("review.txt", "article.txt")
    assert code == 2 and "rules.yaml: exists; use --force" in said
    assert _init("review.txt", "article.txt", "--force")[0] == 0
    code, said = _init("review.txt", "article.txt", "-o", "article.txt", "--force")
    assert code == 2 and "is one of the documents" in said
    assert (folder / "article.txt").read_text("utf-8") == ARTICLE_TEXT
    assert _init("review.txt")[0] == 2


def test_init_to_standard_output_writes_no_file(folder: Path) -> None:
    code, said = _init("review.txt", "article.txt", "-o", "-")
    assert code == 0 and said.startswith("# Rules drafted by `crosscheck init`")
    assert not (folder / "rules.yaml").exists()


def test_document_keys_are_names_a_rules_file_can_use() -> None:
    assert document_keys(["a/review.txt", "b/review.txt", "003_x.txt", "年报 2025.pdf"]) == [
        "review", "review_2", "doc_003_x", "年报_2025"]


def _mismatches(outcome_findings: object) -> set[tuple[tuple[str, int, int], ...]]:
    return {tuple(sorted((f.document, f.line, f.column) for f in finding.figures))
            for finding in outcome_findings  # type: ignore[attr-defined]
            if finding.kind == "mismatch"}


DOCUMENTS = [Document.from_text(REVIEW_TEXT, "review.txt"),
             Document.from_text(ARTICLE_TEXT, "article.txt")]
DECLARED = [m for m in plan(DOCUMENTS, ["review", "article"]) if not m.unsure]
ARTICLE_FIGURES = [f for m in DECLARED for f in m.figures if f.document == "article.txt"]


def _changed_digit(text: str) -> str:
    digits = [m.start() for m in re.finditer(r"[0-9]", text)]
    if not digits:
        return text.replace("四", "五", 1)
    at = digits[-1]
    return text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1:]


def test_the_draft_declares_nearly_every_shared_figure() -> None:
    unsure = [m for m in plan(DOCUMENTS, ["review", "article"]) if m.unsure]
    assert len(DECLARED) >= 40 and len(unsure) <= 3


@pytest.mark.parametrize("figure", ARTICLE_FIGURES[::2],
                         ids=[f"{f.line}:{f.text}" for f in ARTICLE_FIGURES[::2]])
def test_a_changed_figure_is_the_same_mismatch_in_rules_mode_as_in_auto_mode(
        figure: Figure, folder: Path) -> None:
    assert _init("review.txt", "article.txt")[0] == 0
    changed = ARTICLE_TEXT[:figure.start] + _changed_digit(figure.text) + ARTICLE_TEXT[figure.end:]
    (folder / "article.txt").write_text(changed, "utf-8")
    review, article = load("review.txt"), load("article.txt")
    auto = _mismatches(check_auto([review, article]).findings)
    rules = load_rules("rules.yaml")
    drafted = _mismatches(check({"review": review, "article": article}, rules).findings)
    assert auto and drafted == auto


def test_the_rules_keep_finding_a_figure_that_moved_and_was_reworded(folder: Path) -> None:
    assert _init("review.txt", "article.txt")[0] == 0
    sentence = "职工之家1.38万家"
    assert sentence in ARTICLE_TEXT
    edited = ARTICLE_TEXT.replace(sentence, "职工之家") + "\n\n据统计，全市建成职工之家1.39万家。\n"
    (folder / "article.txt").write_text(edited, "utf-8")
    outcome = check({"review": load("review.txt"), "article": load("article.txt")},
                    load_rules("rules.yaml"))
    moved = [f for f in outcome.findings if f.kind == "mismatch" and f.metric == "职工之家"]
    assert len(moved) == 1
    assert {(f.document, f.text) for f in moved[0].figures} == {
        ("review.txt", "1.38万家"), ("article.txt", "1.39万家")}
    assert moved[0].figures[1].line == edited.count("\n", 0, edited.index("1.39万家")) + 1


UNIONS_TEXT = (SEEDS / "004_d9c27c05b8e9eedd.txt").read_text("utf-8")


def test_init_writes_the_checks_inside_documents_that_apply_and_they_report_as_auto_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "unions.txt").write_text(UNIONS_TEXT, "utf-8")
    (tmp_path / "review.txt").write_text(REVIEW_TEXT, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert _init("unions.txt", "review.txt")[0] == 0
    rules = load_rules("rules.yaml")
    inside = [rule for rule in rules.rules if rule.type in ("count", "within", "derived")]
    assert [(rule.type, rule.options["documents"], rule.level) for rule in inside] == [
        ("count", ("unions",), "warning")]  # 六个坚持 … and their items; nothing else to read
    assert "  # unions: 4 stated counts and their items\n" in (tmp_path / "rules.yaml").read_text()
    sixth = next(line for line in UNIONS_TEXT.splitlines() if line.startswith("**六是"))
    (tmp_path / "unions.txt").write_text(UNIONS_TEXT.replace(sixth + "\n", "", 1), "utf-8")
    documents = {"unions": load("unions.txt"), "review": load("review.txt")}
    by_rules = [f for f in check(documents, rules).findings if f.kind == "count"]
    by_auto = [f for f in check_auto(list(documents.values())).findings if f.kind == "count"]
    assert len(by_rules) == len(by_auto) == 1
    assert by_rules[0].message.split(": ", 1)[-1] == by_auto[0].message.split(": ", 1)[-1]
