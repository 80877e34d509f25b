"""Newsroom scale: many articles, each checked against the reference documents only
(engine.check_articles), here and on an executor; findings grouped by article."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import openpyxl
import pytest
from rich.console import Console

from benchmarks import corpus
from checker import CrosscheckError, Document, Outcome, check_articles, load
from checker.engine import check_auto
from checker.findings import Finding
from checker.report import CHECK_FORMATS
from tests.conftest import SEEDS

REVIEW = SEEDS / "003_002d43a0e4edfa5b.txt"
INTERPRETATION = SEEDS / "001_db9e2ff62b27b720.txt"


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    with ProcessPoolExecutor(max_workers=2) as executor:
        yield executor


def _text(path: str, text: str) -> Document:
    return Document.from_text(text, path)


def _places(finding: Finding) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((f.document, f.start) for f in finding.figures))


def _about(outcome: Outcome, kinds: tuple[str, ...], article: str | None = None,
           ) -> list[tuple[str, tuple[tuple[str, int], ...]]]:
    return sorted((f.kind, _places(f)) for f in outcome.findings if f.kind in kinds
                  and (article is None or f.figures[0].document == article))


def test_each_article_gets_what_auto_mode_finds_between_it_and_the_reference() -> None:
    """Per article: the mismatches and ambiguities of auto mode on (reference, article), and
    the article's figures auto mode calls missing from the reference are unsupported; the
    reference's figures an article leaves out are no finding."""
    review = load(REVIEW)
    articles = [load(INTERPRETATION)] + [corpus.article(corpus.REVIEW_SEED, 0, n)
                                         for n in range(3)]
    outcome = check_articles([review], articles)
    assert outcome.references == (str(REVIEW),)
    for article in articles:
        own = Outcome(outcome.documents, outcome.figure_counts, 0, (), tuple(
            f for f in outcome.findings if f.article == article.path))
        auto = check_auto([review, article])
        assert _about(own, ("mismatch", "ambiguous")) == _about(auto, ("mismatch", "ambiguous"))
        assert [p for _, p in _about(own, ("unsupported",))] == \
            [p for _, p in _about(auto, ("missing",), article.path)]
        assert own.findings and not _about(own, ("missing",))
    texts = {f.figures[0].text for f in outcome.findings if f.kind == "unsupported"
             and f.article == str(INTERPRETATION)}
    assert {"217项", "7.7亿元"} <= texts  # the interpretation adds them; the review lacks them


def test_articles_are_never_checked_against_each_other() -> None:
    reference = _text("source.txt", "朝阳区新建职工书屋12个，发放助学金85万元。")
    articles = [
        _text("a.txt", "朝阳区新建职工书屋12个，培训农民工350人次。"),
        _text("b.txt", "朝阳区新建职工书屋13个，培训农民工360人次。"),
        _text("c.txt", "朝阳区发放助学金85万元。"),
    ]
    outcome = check_articles([reference], articles)
    found = sorted((f.article, f.kind, f.figures[-1].text) for f in outcome.findings)
    # b's 13个 disagrees with the source; a's and b's 人次 disagree with each other, but no
    # source states them: each is unsupported, never a mismatch between articles; c agrees.
    assert found == [("a.txt", "unsupported", "350人次"),
                     ("b.txt", "mismatch", "13个"),
                     ("b.txt", "unsupported", "360人次")]
    mismatch = next(f for f in outcome.findings if f.kind == "mismatch")
    assert [f.document for f in mismatch.figures] == ["source.txt", "b.txt"]
    assert mismatch.difference == "+1 (+8.3%)"  # measured from the reference
    assert outcome.documents == ("source.txt", "a.txt", "b.txt", "c.txt")
    assert outcome.articles == ("a.txt", "b.txt", "c.txt")
    assert outcome.summary()["articles"] == 3 and outcome.references == ("source.txt",)


def test_a_figure_backed_by_any_reference_is_supported() -> None:
    references = [_text("review.txt", "朝阳区新建职工书屋12个。"),
                  _text("tables.txt", "全市发放助学金85万元。")]
    articles = [_text("a.txt", "朝阳区新建职工书屋12个，全市发放助学金86万元，"
                               "慰问劳模30名。")]
    outcome = check_articles(references, articles)
    found = sorted((f.kind, f.figures[-1].text, f.missing_in) for f in outcome.findings)
    assert found == [("mismatch", "86万元", ()),
                     ("unsupported", "30名", ("review.txt", "tables.txt"))]
    assert outcome.figure_counts == (1, 1, 3)


def test_findings_are_grouped_by_article_in_path_order() -> None:
    # Three changed digits each, so that every article has a finding: with one, a changed
    # year (2018年 -> 2118年) may leave an article with none.
    articles = [corpus.article(corpus.REVIEW_SEED, n % 3, n, changes=3) for n in range(6)]
    outcome = check_articles([corpus.review(3)], list(reversed(articles)))
    names = [f.article for f in outcome.findings]
    assert names == sorted(names) and len(set(names)) == 6
    assert outcome.articles == tuple(sorted(a.path for a in articles))
    assert all(f.article not in f.missing_in for f in outcome.findings)


def test_an_article_that_is_a_reference_is_not_checked_against_itself() -> None:
    review = load(REVIEW)
    outcome = check_articles([review], [review, load(INTERPRETATION)])
    assert outcome.articles == (str(INTERPRETATION),)


def test_no_reference_is_a_clear_error() -> None:
    with pytest.raises(CrosscheckError, match="at least one reference"):
        check_articles([], [load(INTERPRETATION)])


def test_articles_on_an_executor_give_the_same_outcome(pool: ProcessPoolExecutor) -> None:
    articles = [corpus.article(corpus.REVIEW_SEED, n % 4, n) for n in range(40)]
    review = corpus.review(4)
    calls: list[tuple[str, int, int]] = []
    here = check_articles([review], articles)
    there = check_articles([review], articles, executor=pool,
                           progress=lambda *call: calls.append(call))
    assert there == here and len(here.findings) > 40
    assert calls[-1] == ("check", 40, 40)
    assert len([c for c in calls if c[0] == "check"]) > 2  # several batches


def _newsroom() -> Outcome:
    reference = _text("source.txt", "朝阳区新建职工书屋12个，发放助学金85万元。")
    return check_articles([reference], [
        _text("b.txt", "朝阳区新建职工书屋13个，培训农民工360人次。"),
        _text("a.txt", "朝阳区新建职工书屋12个，培训农民工350人次。"),
        _text("c.txt", "朝阳区发放助学金85万元。"),
    ])


def test_every_format_groups_the_findings_by_article() -> None:
    outcome = _newsroom()
    rendered = {name: module.render(outcome) for name, module in CHECK_FORMATS.items()}
    data = json.loads(rendered["json"])
    assert data["references"] == ["source.txt"]
    assert [f["article"] for f in data["findings"]] == ["a.txt", "b.txt", "b.txt"]
    sarif = json.loads(rendered["sarif"])["runs"][0]
    assert [r["properties"]["article"] for r in sarif["results"]] == ["a.txt", "b.txt", "b.txt"]
    rows = list(csv.reader(io.StringIO(rendered["csv"].lstrip("\ufeff"))))
    assert rows[0][:2] == ["finding", "article"]
    assert [row[1] for row in rows[1:]] == ["a.txt", "b.txt", "b.txt", "b.txt"]
    sheet = openpyxl.load_workbook(io.BytesIO(rendered["xlsx"]))["findings"]
    assert [cell.value for cell in sheet["B"]] == ["article", "a.txt", "b.txt", "b.txt", "b.txt"]
    suites = ET.fromstring(rendered["junit"].split("\n", 1)[1]).findall("testsuite")
    assert [(s.get("name"), s.get("failures")) for s in suites] == \
        [("a.txt", "1"), ("b.txt", "2"), ("c.txt", "0")]
    assert all("(article " in line for line in rendered["github"].splitlines()[:-1])
    concise = rendered["concise"].splitlines()
    assert [line.split(":")[0] for line in concise[:-1]] == ["a.txt", "b.txt", "b.txt"]
    assert "3 articles, each measured against the reference source.txt only" in concise[-1]
    headings = [line for line in rendered["markdown"].splitlines() if line.startswith("####")]
    assert headings == [
        "#### `a.txt`", "##### Unsupported figures (1)", "#### `b.txt`", "##### Mismatches (1)",
        "##### Unsupported figures (1)"]
    text = io.StringIO()
    Console(file=text, width=120, color_system=None).print(rendered["rich"])
    at = [text.getvalue().index(f"\n{name}\n") for name in ("a.txt", "b.txt")]
    assert at == sorted(at) and "c.txt\n" not in text.getvalue().split("findings:")[1]


def test_formats_without_articles_have_no_article_field() -> None:
    outcome = check_auto([load(REVIEW), load(INTERPRETATION)])
    assert '"article"' not in CHECK_FORMATS["json"].render(outcome)
    assert CHECK_FORMATS["csv"].render(outcome).lstrip("\ufeff").startswith("finding,rule,")
    assert len(ET.fromstring(CHECK_FORMATS["junit"].render(outcome).split("\n", 1)[1])
               .findall("testsuite")) == 1


def test_each_article_is_also_checked_on_its_own() -> None:
    reference = _text("source.txt", "全系统共有工会会员近37万人。")
    article = _text("a.txt", "全系统共有工会会员近37万人（其中行业工会联合会、区总工会双重管理会员"
                             "38万人）。")
    inside = check_articles([reference], [article, _text("b.txt", "全系统共有工会会员近37万人。")])
    assert [(f.article, f.kind) for f in inside.findings if f.rule == "auto"
            and f.kind not in ("mismatch", "unsupported")] == [("a.txt", "within")]
    assert not [f for f in check_articles([reference], [article], internal=False).findings
                if f.kind == "within"]


def test_a_change_told_in_the_opposite_direction_is_a_mismatch_named_where_restated() -> None:
    release = _text("release.txt",
                    "Manufacturing unit wage costs decreased by 1.8% in the first quarter.\n"
                    "In manufacturing, the combination of higher output and a decrease of 1.8% "
                    "in unit wage costs implies lower costs per hour.\n")
    story = _text("story.txt", "Manufacturing unit wage costs rose 1.8% on the quarter.\n")
    for outcome in (check_auto([release, story]), check_articles([release], [story])):
        found = [f for f in outcome.findings if f.kind == "mismatch"]
        assert [(f.figures[0].line, f.figures[1].line, [r.line for r in f.restated])
                for f in found] == [(1, 1, [2])]
        assert "stated again at release.txt:2" in found[0].message
        assert "the first is told as a fall, the second as a rise" in found[0].message
        record = json.loads(CHECK_FORMATS["json"].render(outcome))["findings"]
        assert [r["line"] for f in record if f["kind"] == "mismatch" for r in f["restated"]] == [2]
