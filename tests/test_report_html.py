"""`crosscheck check --format html`: the page as text (escaping, self-containment, the data
the script reads, determinism).  What the page does in a browser: test_report_html_browser."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.documents import Document, load
from checker.engine import check
from checker.extraction import Figure
from checker.findings import Outcome
from checker.report import html_report
from tests.report_cases import run_case

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DATA = re.compile(r'<script type="application/json" id="data">(.*?)</script>', re.DOTALL)
HOSTILE_REVIEW = """<script>window.injected = 1</script> 审查报告
全市共建成职工之家1.38万家，</script><!-- 工会服务站2000家 & 会员&amp;总数450万人。
繁體：全市建成職工之家1.38萬家，<img src=x onerror="window.injected=2">。
"""
HOSTILE_ARTICLE = "解读：全市建成职工之家1.36万家，工会服务站2000家。\n"


def page_data(page: str) -> dict[str, Any]:
    found = DATA.search(page)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def hostile_outcome(folder: Path) -> Outcome:
    folder.mkdir(parents=True, exist_ok=True)
    review = folder / 'review <b>&"x\'.txt'
    review.write_text(HOSTILE_REVIEW, encoding="utf-8")
    article = folder / "article.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return check([load(review), load(article)])


def test_document_text_is_data_never_markup(tmp_path: Path) -> None:
    page = html_report.render(hostile_outcome(tmp_path))
    # Only the page's own two script elements; the documents' tags are escaped JSON text.
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "<!--" not in page
    raw = DATA.search(page)
    assert raw is not None and "<" not in raw.group(1) and "&" not in raw.group(1)
    # A path with markup characters is escaped in the findings list and the columns.
    assert 'review &lt;b&gt;&amp;&quot;x&#x27;.txt' in page
    assert 'review <b>' not in page


def test_each_line_reads_back_exactly_with_its_figures_marked(tmp_path: Path) -> None:
    outcome = hostile_outcome(tmp_path)
    data = page_data(html_report.render(outcome))
    review = next(d for d in data["docs"] if "review" in d["path"])
    lines = HOSTILE_REVIEW.split("\n")
    for para in review["paras"]:
        text = "".join(p if isinstance(p, str) else p[1] for p in para[1:])
        assert text == lines[para[0] - 1]
    marked = [p for para in review["paras"] for p in para[1:] if not isinstance(p, str)]
    assert [data["figs"][n]["text"] for n, _ in marked] == [text for _, text in marked]
    assert "1.38萬家" in [text for _, text in marked]  # traditional script, as written


def test_statuses_counterparts_and_the_reference_column(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    data = page_data(html_report.render(outcome))
    assert [d["path"] for d in data["docs"]] == list(outcome.documents)  # rules order
    assert data["docs"][0]["reference"] and not data["docs"][1]["reference"]
    by_text = {f["text"]: f for f in data["figs"]}
    assert by_text["1.38万家"]["s"] == by_text["1.36万家"]["s"] == "mismatch"
    assert by_text["120个"]["s"] == "unsupported"
    assert by_text["2000家"]["s"] == "agrees"  # aligned by the covered rule, same value
    assert by_text["12万人"].get("s") is None  # not aligned: left out, the default
    mismatch = data["figs"].index(by_text["1.38万家"])
    assert data["figs"].index(by_text["1.36万家"]) in by_text["1.38万家"]["c"]
    assert by_text["1.38万家"]["interval"] == "[13750, 13850)"
    assert [f["kind"] for f in data["findings"]] == [f.kind for f in outcome.findings]
    first = data["findings"][0]
    assert first["figs"][0] == mismatch and first["fp"] == outcome.fingerprint(
        outcome.findings[0])
    rule_problem = data["findings"][-1]
    assert rule_problem["kind"] == "unmatched-rule" and rule_problem["places"][0][1] > 0


def test_auto_mode_puts_the_reference_first() -> None:
    documents = [load(path) for path in SEEDS]
    for reference in (documents[0].path, documents[3].path):  # 46 and 74 figures
        outcome = check(documents, references=(reference,))
        data = page_data(html_report.render(outcome))
        assert data["docs"][0]["path"] == reference and data["docs"][0]["reference"]
        assert [d["path"] for d in data["docs"][1:]] == [p for p in outcome.documents
                                                        if p != reference]


def test_the_page_fetches_nothing_and_runs_only_its_own_script() -> None:
    page = html_report.render(check([load(path) for path in SEEDS]))
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"\ssrc\s*=", page)
    assert set(re.findall(r'href="([^"]*)"', page)) - {"data:,"} <= {
        f"#finding-{n}" for n in range(1, 200)}
    assert not re.search(r"@import|url\(", page)
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    script = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(script) == 1
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy.group(1)


def test_the_findings_are_a_plain_list_without_script(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    page = html_report.render(outcome)
    items = re.findall(r'<li class="finding k-([a-z-]+) l-([a-z]+)"', page)
    assert items == [(f.kind, f.level) for f in outcome.findings]
    assert f'Findings: <span id="count">{len(outcome.findings)}</span>' in page
    assert "review.txt:3) stands for [1.375万, 1.385万)" in page  # the message, as text
    assert '<form id="filters" hidden>' in page  # controls only once the script runs


def test_other_figure_fields_are_shown_by_name(tmp_path: Path) -> None:
    @dataclass(frozen=True)
    class Dated(Figure):
        period: str = ""

    outcome = run_case(tmp_path)
    dated = tuple(tuple(Dated(**vars(f), period="2023") for f in figures)
                  for figures in outcome.figures)
    data = page_data(html_report.render(replace(outcome, figures=dated)))
    assert all(f["extra"] == {"period": "2023"} for f in data["figs"])
    plain = page_data(html_report.render(outcome))
    assert not any("extra" in f for f in plain["figs"])


def test_same_input_same_bytes_and_the_file_name_chooses_the_format(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    outputs = []
    for name in ("one.html", "two.htm"):
        result = CliRunner().invoke(main, ["check", "-q", *map(str, SEEDS), "-o",
                                           str(tmp_path / name)])
        assert result.exit_code == 1, result.output
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"<!DOCTYPE html>")


def test_an_outcome_without_documents_still_renders() -> None:
    outcome = check([Document.from_text("全市建成职工之家1.38万家。", "a.txt"),
                     Document.from_text("全市建成职工之家1.36万家。", "b.txt")])
    bare = Outcome(outcome.documents, outcome.figure_counts, outcome.aligned_metrics,
                   outcome.rules, outcome.findings)
    data = page_data(html_report.render(bare))
    assert [d["paras"] for d in data["docs"]] == [[], []] and data["figs"] == []
    assert len(data["findings"]) == 1 and data["findings"][0]["places"]
