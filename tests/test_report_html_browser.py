"""The proofing page in a real browser: Debian's chromium, headless, driven by Playwright.

One browser for the module, a fresh profile, every request recorded (and any but the page's
own file refused).  Without chromium these tests are skipped, except in CI (CI set), where
.ci/run installs it and a missing browser is a failure.  The screenshot of the seeds' report
is written to tmp/artefacts/proofing.png (CROSSCHECK_ARTEFACTS=FOLDER to choose another;
CROSSCHECK_ARTEFACTS=docs makes the README's docs/proofing.png).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.corpus import review_and_articles
from checker.cli import main
from checker.documents import load
from checker.engine import check
from checker.findings import Outcome
from checker.report import csv_report, html_report
from tests.test_report_html import hostile_outcome, page_data

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [f"seeds/{path.name}" for path in sorted((ROOT / "seeds").glob("*.txt"))]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTEFACTS = Path(os.environ.get("CROSSCHECK_ARTEFACTS", ROOT / "tmp" / "artefacts"))

_missing = ("chromium is not installed (apt-get install chromium)" if not os.access(
    CHROMIUM, os.X_OK) else "playwright is not installed (pip install -e '.[test]')"
    if importlib.util.find_spec("playwright") is None else "")
if _missing and not os.environ.get("CI"):
    pytest.skip(f"browser tests: {_missing}", allow_module_level=True)

from playwright.sync_api import BrowserContext, Page, sync_playwright

# Is figure n shown: rendered, and what the page shows at its centre (nothing over it)?
IN_VIEW = """n => {
  const el = document.getElementById('fig-' + n);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  return hit !== null && (hit === el || el.contains(hit));
}"""


@dataclass
class Browser:
    context: BrowserContext
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path) -> Page:
        page = self.context.new_page()
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.goto(path.as_uri())
        return page


@dataclass(frozen=True)
class Report:
    path: Path
    outcome: Outcome
    data: dict[str, Any]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, headless=True,
            viewport={"width": 1400, "height": 860}, accept_downloads=True)
        seen = Browser(context)

        def route(request_route: Any) -> None:
            url = request_route.request.url
            seen.requests.append(url)
            if url.startswith("file://"):
                request_route.continue_()
            else:
                request_route.abort()

        context.route("**/*", route)
        context.on("request", lambda request: seen.requests.append(request.url))
        yield seen
        context.close()


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The seeds checked against each other, as `crosscheck check seeds/... -o FILE` writes."""
    path = tmp_path_factory.mktemp("report") / "seeds.html"
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["check", "-q", *SEEDS, "-o", str(path)])
        outcome = check([load(p) for p in SEEDS])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    return Report(path, outcome, page_data(path.read_text("utf-8")))


def visible_findings(page: Page) -> list[int]:
    return [int(i) for i in page.eval_on_selector_all(
        "#list > .finding:not([hidden])", "items => items.map(item => item.dataset.i)")]


def test_the_findings_count_is_shown(browser: Browser, seeds_report: Report) -> None:
    page = browser.open(seeds_report.path)
    total = len(seeds_report.outcome.findings)
    assert page.text_content("#count") == str(total) and total > 100
    assert len(visible_findings(page)) == total
    assert page.text_content("#shown") == ""
    assert page.locator("#filters").is_visible()
    page.close()
    assert browser.errors == []


def test_a_click_on_a_mismatch_scrolls_to_its_counterpart_and_highlights_the_pair(
        browser: Browser, seeds_report: Report) -> None:
    page = browser.open(seeds_report.path)
    pairs = [f["figs"] for f in seeds_report.data["findings"] if f["kind"] == "mismatch"]
    # A mismatch whose figure is in view when the page opens and whose counterpart is not.
    chosen = next(((a, b) for a, b in pairs
                   if page.evaluate(IN_VIEW, a) and not page.evaluate(IN_VIEW, b)), None)
    assert chosen is not None, "no mismatch with a figure in view and one out of view"
    mine, counterpart = chosen
    assert "s-mismatch" in (page.get_attribute(f"#fig-{mine}", "class") or "")
    page.click(f"#fig-{mine}")
    assert page.evaluate(IN_VIEW, counterpart)
    assert "pair" in (page.get_attribute(f"#fig-{counterpart}", "class") or "").split()
    assert "current" in (page.get_attribute(f"#fig-{mine}", "class") or "").split()
    # The tooltip (hover or focus) names the value, interval, unit, metric, counterparts.
    page.focus(f"#fig-{counterpart}")
    tip = page.text_content("#tip") or ""
    figure = seeds_report.data["figs"][counterpart]
    for text in (figure["value"], figure["interval"], figure["unit"], figure["metric"],
                 "counterparts:", seeds_report.data["figs"][mine]["text"]):
        assert text in tip
    page.close()
    assert browser.errors == []


def test_filters_hide_what_they_should(browser: Browser, seeds_report: Report) -> None:
    page = browser.open(seeds_report.path)
    findings = seeds_report.data["findings"]
    page.uncheck("#filters input[name=kind][value=missing]")
    shown = visible_findings(page)
    assert shown == [i for i, f in enumerate(findings) if f["kind"] != "missing"]
    assert page.text_content("#shown") == f" ({len(shown)} shown)"
    page.uncheck("#filters input[name=level][value=error]")
    assert visible_findings(page) == [i for i, f in enumerate(findings)
                                      if f["kind"] != "missing" and f["level"] != "error"]
    page.check("#filters input[name=kind][value=missing]")
    page.check("#filters input[name=level][value=error]")
    page.fill("#filters input[name=metric]", "劳动奖章")
    shown = visible_findings(page)
    assert shown and shown == [i for i, f in enumerate(findings) if "劳动奖章" in f["metric"]]
    page.fill("#filters input[name=metric]", "")
    last = len(seeds_report.data["docs"]) - 1
    page.select_option("#filters select[name=document]", str(last))
    shown = visible_findings(page)
    assert shown and shown == [i for i, f in enumerate(findings) if last in f["docs"]]
    assert len(shown) < len(findings)
    page.close()
    assert browser.errors == []


def test_keys_step_through_the_findings_and_enter_shows_one(browser: Browser,
                                                            seeds_report: Report) -> None:
    page = browser.open(seeds_report.path)
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("k")
    assert page.get_attribute("#list > .finding.current", "id") == "finding-2"
    page.keyboard.press("Enter")
    first, second = seeds_report.data["findings"][1]["figs"][:2]
    assert "current" in (page.get_attribute(f"#fig-{first}", "class") or "").split()
    assert "pair" in (page.get_attribute(f"#fig-{second}", "class") or "").split()
    assert page.evaluate(IN_VIEW, first) and page.evaluate(IN_VIEW, second)
    page.close()
    assert browser.errors == []


def test_decisions_survive_a_reload_and_export_as_a_baseline(
        browser: Browser, seeds_report: Report, tmp_path: Path) -> None:
    page = browser.open(seeds_report.path)
    page.evaluate("localStorage.clear()")
    page.reload()
    choices = {1: ("accept", "agreed with the desk"), 2: ("not an error", "two <b>counts</b>"),
               3: ("fix", "ask the author")}
    for number, (decision, note) in choices.items():
        page.select_option(f"#finding-{number} .decision select", decision)
        page.fill(f"#finding-{number} .decision input", note)
    page.reload()
    for number, (decision, note) in choices.items():
        assert page.input_value(f"#finding-{number} .decision select") == decision
        assert page.input_value(f"#finding-{number} .decision input") == note
    assert page.text_content("#decided") == f"3 of {len(seeds_report.outcome.findings)} decided"
    with page.expect_download() as download:
        page.click("#export")
    exported = tmp_path / "decisions.csv"
    download.value.save_as(exported)
    page.close()
    assert browser.errors == []

    rows = list(csv.DictReader(exported.open(encoding="utf-8-sig")))
    # The csv report's rows and columns, decisions filled in, the editor's choice and note after.
    report = list(csv.reader(io.StringIO(csv_report.render(seeds_report.outcome)[1:])))
    assert list(rows[0]) == [*report[0], "editor", "note"]
    assert [[row[c] for c in report[0] if c != "decision"] for row in rows] == [
        [cell for c, cell in zip(report[0], line) if c != "decision"] for line in report[1:]]
    by_finding = {row["finding"]: row for row in rows}
    assert [by_finding[str(n)]["decision"] for n in choices] == ["accept", "ignore", ""]
    assert by_finding["2"]["note"] == "two <b>counts</b>" and by_finding["3"]["editor"] == "fix"
    data = seeds_report.data
    assert len(rows) == sum(len(f["figs"]) or len(f.get("places", [])) for f in data["findings"])

    out = tmp_path / "after.json"
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["check", "-q", *SEEDS, "--baseline", str(exported),
                                           "-o", str(out)])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    after = json.loads(out.read_text("utf-8"))
    assert after["summary"]["suppressed"] == 2
    assert after["summary"]["by_kind"]["stale-baseline"] == 0
    kept = {f["fingerprint"] for f in after["findings"]}
    assert data["findings"][2]["fp"] in kept  # "fix": reported until it is fixed
    assert not {data["findings"][0]["fp"], data["findings"][1]["fp"]} & kept


def test_document_text_shows_as_written_never_runs(browser: Browser, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(html_report.render(hostile_outcome(tmp_path)), encoding="utf-8")
    page = browser.open(path)
    texts = page.eval_on_selector_all(".doc .para", "ps => ps.map(p => p.textContent)")
    assert any("<script>window.injected = 1</script> 审查报告" in t for t in texts)
    assert any('<img src=x onerror="window.injected=2">' in t for t in texts)
    assert page.evaluate("window.injected") is None
    assert page.locator(".doc img").count() == 0
    assert "review <b>&\"x'.txt" in (page.text_content(".doc .path") or "")
    page.close()
    assert browser.errors == []


def test_a_long_review_is_rendered_as_it_scrolls(browser: Browser, tmp_path: Path) -> None:
    documents = review_and_articles(24, articles=4)  # a review of ~130,000 characters
    path = tmp_path / "long.html"
    path.write_text(html_report.render(check(documents)), encoding="utf-8")
    page = browser.open(path)
    review = page.locator('.doc[data-d="0"]')
    paragraphs = sum(1 for line in documents[0].text.split("\n") if line.strip())
    rendered = review.locator(".para").count()
    assert 0 < rendered < paragraphs / 5 and review.locator(".chunk.pending").count() > 10
    data = page_data(path.read_text("utf-8"))
    last = max((n for f in data["findings"] for n in f["figs"] if data["figs"][n]["d"] == 0),
               key=lambda n: data["figs"][n]["line"])
    assert page.locator(f"#fig-{last}").count() == 0  # far down: not there yet
    item = next(i for i, f in enumerate(data["findings"]) if last in f["figs"])
    page.click(f'#finding-{item + 1} a[data-fig="{last}"]')
    assert page.evaluate(IN_VIEW, last)
    page.evaluate("document.querySelector('.doc[data-d=\"0\"] .scroll').scrollTop = 0")
    page.wait_for_timeout(100)
    assert review.locator(".para").first.text_content() == "3" + documents[0].text.split(
        "\n")[2]  # the line number, then the line as written
    page.close()
    assert browser.errors == []


def test_the_seeds_screenshot_and_no_request_beyond_the_file(browser: Browser,
                                                             seeds_report: Report) -> None:
    page = browser.open(seeds_report.path)
    page.evaluate("localStorage.clear()")
    page.reload()
    first = next(f for f in seeds_report.data["findings"] if f["kind"] == "mismatch")
    page.select_option("#finding-1 .decision select", "fix")
    page.fill("#finding-1 .decision input", "1390名 in both city reports")
    page.click("#finding-1 a[data-fig]")
    page.hover(f"#fig-{first['figs'][1]}")
    # Printing: every paragraph rendered, findings (with their decisions) before the documents.
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator(".chunk.pending").count() == 0
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert page.evaluate("getComputedStyle(document.getElementById('finding-1'), '::after')"
                         ".content") == '"Decision: fix: 1390名 in both city reports"'
    assert page.evaluate("document.getElementById('findings').getBoundingClientRect().bottom"
                         " <= document.querySelector('.doc').getBoundingClientRect().top")
    page.emulate_media(media="screen")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTEFACTS / "proofing.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    page.close()
    assert browser.errors == []
    assert browser.requests and all(url.startswith("file://") and url.endswith(".html")
                                    for url in browser.requests), browser.requests
