"""`crosscheck check --format html`: one self-contained page for proofing by eye.

The documents side by side (the reference first: the first document of the rules file, or in
auto mode the run's reference, the first document named or --reference), every figure marked by what the check found, a
findings panel with counts, filters and keyboard navigation, and the editor's decision per
finding kept in the browser and exported as the CSV that `--baseline` reads.

One file, nothing fetched: the styles and script (html/report.css, html/report.js, package
data) and the data (JSON, with `<`, `>` and `&` escaped so no text can close its element) are
inline, and a Content-Security-Policy allows only that script and style and no request at all.
Without script the page is the findings as a plain list; the documents need the script, which
renders long documents lazily (a chunk of paragraphs as it scrolls into view).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from importlib import resources
from typing import Any

from checker.extraction import Figure
from checker.extraction.intervals import Interval, plain
from checker.findings import KINDS, LEVELS, Finding, Outcome
from checker.report.rows import (
    COLUMNS,
    SECTIONS,
    Place,
    counts_text,
    message,
    places,
    scope_text,
)

# What a figure can be marked as, the strongest first: a figure in several findings, or in a
# finding and a group of counterparts, shows the first that applies.
STATUSES = (
    ("mismatch", "mismatch"),
    ("ambiguous", "ambiguous"),
    ("unsupported", "unsupported"),
    ("missing", "missing counterpart"),
    ("agrees", "agrees"),
    ("unaligned", "not aligned"),
)
_FINDING_STATUS = {"mismatch", "ambiguous", "unsupported", "missing"}
# Figure fields the page shows under its own labels, or not at all; any other field (context
# that later stages add, a period say) is shown by its name when it has a value.
_SHOWN = {"document", "line", "column", "start", "end", "text", "value", "unit", "scale",
          "qualifier", "interval", "place", "metric", "context", "kind", "where"}
_Key = tuple[str, int, int]


def render(outcome: Outcome) -> str:
    script = _asset("report.js")
    style = _asset("report.css")
    data, keys = _data(outcome)
    policy = (f"default-src 'none'; script-src '{_hash(script)}'; style-src '{_hash(style)}'; "
              f"img-src data:; form-action 'none'; base-uri 'none'")
    title = "Proofing: " + ", ".join(outcome.documents[:3]) + (
        " …" if len(outcome.documents) > 3 else "")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="crosscheck">\n<link rel="icon" href="data:,">\n',
        f"<title>{_e(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n",
        _header(outcome),
        '<div id="page">\n',
        _findings(outcome, keys),
        _documents(outcome),
        "</div>\n",
        '<div id="tip" role="tooltip" hidden></div>\n',
        f'<script type="application/json" id="data">{_json(data)}</script>\n',
        f"<script>{script}</script>\n</body>\n</html>\n",
    ])


# --- the data the script reads ------------------------------------------------------------

def _data(outcome: Outcome) -> tuple[dict[str, Any], dict[_Key, int]]:
    """The data of the page, and the number of each figure (by document and offsets)."""
    order = _order(outcome)
    keys: dict[_Key, int] = {}
    figures: list[Figure] = []
    for index in order:
        for figure in (outcome.figures[index] if index < len(outcome.figures) else ()):
            if _key(figure) not in keys:
                keys[_key(figure)] = len(figures)
                figures.append(figure)
    status = _statuses(outcome, keys)
    partners = _partners(outcome, keys)
    in_findings: dict[int, list[int]] = {}
    for number, finding in enumerate(outcome.findings):
        for figure in finding.figures:
            if _key(figure) in keys:
                in_findings.setdefault(keys[_key(figure)], []).append(number)
    position = {outcome.documents[index]: shown for shown, index in enumerate(order)}
    columns = list(COLUMNS)
    return ({
        "docs": [_document(outcome, index, keys, shown == 0) for shown, index in enumerate(order)],
        "figs": [_figure(figure, position[figure.document], status.get(n, ""),
                         sorted(partners.get(n, ())), in_findings.get(n, []))
                 for n, figure in enumerate(figures)],
        "findings": [_finding(outcome, finding, keys, position) for finding in outcome.findings],
        "statuses": [list(pair) for pair in STATUSES],
        "columns": columns,
    }, keys)


def _order(outcome: Outcome) -> list[int]:
    """Document indexes as shown: the reference first, then the others as the run has them."""
    indexes = list(range(len(outcome.documents)))
    if outcome.rules_file or not outcome.figure_counts:
        return indexes
    if outcome.references and outcome.references[0] in outcome.documents:
        reference = outcome.documents.index(outcome.references[0])  # the run's reference
    else:
        reference = max(indexes, key=lambda i: (outcome.figure_counts[i], -i))
    return [reference] + [i for i in indexes if i != reference]


def _key(figure: Figure) -> _Key:
    return (figure.document, figure.start, figure.end)


def _statuses(outcome: Outcome, keys: dict[_Key, int]) -> dict[int, str]:
    rank = {name: index for index, (name, _) in enumerate(STATUSES)}
    status: dict[int, str] = {}

    def mark(figures: Iterable[Figure], name: str) -> None:
        for figure in figures:
            number = keys.get(_key(figure))
            if number is not None and rank[name] < rank[status.get(number, "unaligned")]:
                status[number] = name

    for finding in outcome.findings:
        if finding.kind in _FINDING_STATUS:
            mark(finding.figures, finding.kind)
    for group in outcome.counterparts:
        mark(group, "agrees")
    return status


def _partners(outcome: Outcome, keys: dict[_Key, int]) -> dict[int, set[int]]:
    """Each figure's counterparts: the figures of its groups and of its findings."""
    partners: dict[int, set[int]] = {}
    groups: list[Sequence[Figure]] = [*outcome.counterparts, *(f.figures for f in
                                                                outcome.findings)]
    for group in groups:
        numbers = {keys[_key(f)] for f in group if _key(f) in keys}
        for number in numbers:
            partners.setdefault(number, set()).update(numbers - {number})
    return partners


def _document(outcome: Outcome, index: int, keys: dict[_Key, int],
              reference: bool) -> dict[str, Any]:
    """A document as its non-empty lines, each [line number, text or [figure, text], ...]."""
    path = outcome.documents[index]
    text = outcome.texts[index] if index < len(outcome.texts) else ""
    figures = sorted((f for f in (outcome.figures[index] if index < len(outcome.figures)
                                  else ()) if _key(f) in keys), key=lambda f: (f.start, -f.end))
    paragraphs: list[list[Any]] = []
    at = 0
    pending = iter(figures)
    figure = next(pending, None)
    for number, line in enumerate(text.split("\n"), start=1):
        end = at + len(line)
        parts: list[Any] = [number]
        cursor = at
        while figure is not None and figure.start < end:
            if figure.start >= cursor:  # overlapping figures: the first one is marked
                if figure.start > cursor:
                    parts.append(text[cursor:figure.start])
                stop = min(figure.end, end)
                parts.append([keys[_key(figure)], text[figure.start:stop]])
                cursor = stop
            figure = next(pending, None)
        if cursor < end:
            parts.append(text[cursor:end])
        if line.strip():
            paragraphs.append(parts)
        at = end + 1
    return {"path": path, "reference": reference,
            "count": outcome.figure_counts[index] if index < len(outcome.figure_counts) else 0,
            "paras": paragraphs}


def _figure(figure: Figure, document: int, status: str, partners: list[int],
            findings: list[int]) -> dict[str, Any]:
    """A figure for the page; fields with nothing to say are left out (a large page is
    mostly figures)."""
    record: dict[str, Any] = {
        "d": document, "line": figure.line, "col": figure.column, "place": figure.where,
        "s": status, "c": partners, "f": findings,
        "text": figure.text, "value": plain(figure.value),
        "interval": interval_text(figure.interval), "unit": figure.unit,
        "scale": figure.scale, "qualifier": figure.qualifier,
        "metric": figure.metric, "kind": figure.kind,
    }
    extra = {}
    for field in fields(figure):  # context other stages add (a period, say), by its name
        value = getattr(figure, field.name)
        if field.name not in _SHOWN and value not in (None, "", (), [], {}):
            extra[field.name] = str(value)
    if extra:
        record["extra"] = extra
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def _where(figure: Figure) -> str:
    place = f"{figure.document}:{figure.line}:{figure.column}"
    return f"{place} ({figure.where})" if figure.where else place


def interval_text(interval: Interval) -> str:
    """[13750, 13850), (300, ∞)."""
    low = "−∞" if interval.low is None else plain(interval.low)
    high = "∞" if interval.high is None else plain(interval.high)
    return f"{interval.bounds[0]}{low}, {high}{interval.bounds[1]}"


def _finding(outcome: Outcome, finding: Finding, keys: dict[_Key, int],
             position: dict[str, int]) -> dict[str, Any]:
    """A finding for the filters and the CSV export: its figures by number, or (with none)
    the places rows.places gives, as CSV cells (document, line, column)."""
    documents = {position[f.document] for f in finding.figures if f.document in position}
    documents.update(position[d] for d in finding.missing_in if d in position)
    figures = [keys[_key(f)] for f in finding.figures if _key(f) in keys]
    record: dict[str, Any] = {
        "kind": finding.kind, "level": finding.level, "rule": finding.rule,
        "metric": finding.metric, "message": message(finding), "figs": figures,
        "docs": sorted(documents), "fp": outcome.fingerprint(finding)}
    if len(figures) < len(finding.figures) or not finding.figures:
        record["places"] = [[place.path, place.line or "", place.column or ""]
                            for place in places(finding) or [Place("", None, None)]]
    return record


# --- the page around it --------------------------------------------------------------------

def _header(outcome: Outcome) -> str:
    legend = "".join(f'<li><span class="fig s-{name}">{_e(label)}</span></li>'
                     for name, label in STATUSES)
    return (f'<header id="top">\n<h1>crosscheck proofing report</h1>\n'
            f'<p class="scope">{_e(scope_text(outcome))}.</p>\n'
            f'<p class="counts">{_e(counts_text(outcome))}</p>\n'
            f'<ul class="legend" aria-label="What the marks mean">{legend}</ul>\n</header>\n')


def _findings(outcome: Outcome, keys: dict[_Key, int]) -> str:
    total = len(outcome.findings)
    kinds = {kind: sum(f.kind == kind for f in outcome.findings) for kind in KINDS}
    levels = {level: sum(f.level == level for f in outcome.findings) for level in LEVELS}
    titles = dict(SECTIONS)
    count_rows = "".join(f'<li class="k-{kind}">{_e(titles[kind])}: <b>{kinds[kind]}</b></li>'
                         for kind in KINDS if kinds[kind])
    level_rows = "".join(f'<li class="l-{level}">{level}: <b>{levels[level]}</b></li>'
                         for level in LEVELS)
    kind_boxes = "".join(
        f'<label><input type="checkbox" name="kind" value="{kind}" checked> '
        f'{_e(titles[kind])} ({kinds[kind]})</label>' for kind in KINDS if kinds[kind])
    level_boxes = "".join(
        f'<label><input type="checkbox" name="level" value="{level}" checked> '
        f'{level} ({levels[level]})</label>' for level in LEVELS if levels[level])
    options = "".join(f'<option value="{index}">{_e(path)}</option>'
                      for index, path in enumerate(_shown_paths(outcome)))
    items = "".join(_finding_item(number, finding, keys)
                    for number, finding in enumerate(outcome.findings))
    empty = "" if total else '<p class="none">No findings: the figures agree.</p>'
    return (
        '<section id="findings" aria-labelledby="findings-title">\n'
        f'<h2 id="findings-title">Findings: <span id="count">{total}</span>'
        f'<span id="shown"></span></h2>\n'
        f'<ul class="tally">{count_rows}</ul>\n<ul class="tally">{level_rows}</ul>\n'
        '<form id="filters" hidden>'
        f'<fieldset><legend>Kind</legend>{kind_boxes}</fieldset>'
        f'<fieldset><legend>Level</legend>{level_boxes}</fieldset>'
        '<label>Document <select name="document"><option value="">all</option>'
        f'{options}</select></label>'
        '<label>Metric <input type="search" name="metric" placeholder="search"></label>'
        '<p class="keys">j / k or ↓ / ↑: next, previous · Enter: show in the documents</p>'
        '<p class="actions"><button type="button" id="export">Export decisions (CSV)'
        '</button> <span id="decided"></span></p>'
        '</form>\n'
        f'{empty}<ol id="list">{items}</ol>\n</section>\n')


def _shown_paths(outcome: Outcome) -> list[str]:
    return [outcome.documents[index] for index in _order(outcome)]


def _finding_item(number: int, finding: Finding, keys: dict[_Key, int]) -> str:
    links = []
    if finding.figures:
        for figure in finding.figures:
            target = keys.get(_key(figure))
            attribute = "" if target is None else f' data-fig="{target}"'
            links.append(f'<li><a href="#finding-{number + 1}"{attribute}>'
                         f'{_e(_where(figure))}</a> {_e(figure.text)}</li>')
    else:
        for place in places(finding):
            label = place.path + (f":{place.line}" if place.line else "")
            links.append(f"<li>{_e(label)}</li>")
    return (f'<li class="finding k-{finding.kind} l-{finding.level}" id="finding-{number + 1}" '
            f'data-i="{number}" tabindex="-1">'
            f'<p class="head"><span class="level">{finding.level}</span> '
            f'<span class="kind">{_e(finding.kind)}</span> '
            f'<span class="metric">{_e(finding.metric)}</span></p>'
            f'<p class="message">{_e(message(finding))}</p>'
            f'<ul class="places">{"".join(links)}</ul></li>')


def _documents(outcome: Outcome) -> str:
    """Empty columns the script fills; without script, a word on where the figures are."""
    columns = "".join(
        f'<section class="doc" data-d="{index}" aria-label="{_e(path)}">'
        f'<h2 class="path">{_e(path)}</h2><div class="scroll" tabindex="-1">'
        f'<div class="body"></div></div></section>'
        for index, path in enumerate(_shown_paths(outcome)))
    return ('<main id="docs">\n<noscript><p class="noscript">The documents are shown side by '
            'side with script enabled; each finding above names its figures\' places '
            '(file:line:column).</p></noscript>\n' + columns + '\n</main>\n')


# --- helpers --------------------------------------------------------------------------------

def _asset(name: str) -> str:
    return resources.files("checker.report").joinpath("html", name).read_text("utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _json(data: object) -> str:
    """JSON that cannot end its <script> element or open a comment: <, > and & escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _e(text: str) -> str:
    return html.escape(text, quote=True)
