"""Report styles written and labelled by hand for the tests (a provincial statistical bulletin
with tables, a newspaper feature, a county work report, a union's five-year report, a Hong
Kong release in traditional characters, an enterprise's annual results, an English statistics
release, a dense city bulletin, text as it comes out of a PDF, news mixing Chinese with Latin
abbreviations, a city budget report with a table whose unit stands above it, a provincial
work report with next year's targets): the extractor must find nearly every labelled figure
and little else, with the labelled value, unit and qualifier.

The labels decide a few cases differently from docs/figures.md, knowingly left as they are:
ages (6至12岁, 60周岁以上) are durations there and measures here (an age is compared like a
measure: 人均预期寿命78.6岁); 三件事 spans the noun; durations written with 一 (一年多, 过去的
一年) and after 每 (每两年) are labelled there, while 一 + measure word is never a figure here;
an English count with no noun after it (9, 1.46 million) is kind number here; 破万 in a
headline and 0—100公里/小时 (the name of a test, inside a long quotation) are read the other
way round; 320万吨标准煤 is labelled 吨 (标准煤 the thing counted) where the language tables
keep 吨标准煤 as one unit.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from checker import extract, load
from tests.conftest import FIXTURES

STYLES = ["style_bulletin", "style_news", "style_workreport", "style_union", "style_hk",
          "style_enterprise", "style_english", "hard_citybulletin", "hard_pdftext", "hard_mixed", "style_budget", "style_province"]


@pytest.mark.parametrize("name", STYLES)
def test_labelled_style_document(name: str) -> None:
    labels = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8"))
    found = {(f.line, f.column): f for f in extract(load(FIXTURES / f"{name}.txt"))}
    wanted = {(e["line"], e["column"]): e for e in labels}
    matched = [key for key in wanted if key in found]
    assert len(matched) / len(wanted) >= 0.97, sorted(set(wanted) - set(found))
    assert len(matched) / len(found) >= 0.97, sorted(set(found) - set(wanted))
    agree = [
        key for key in matched
        if (found[key].value, found[key].unit, found[key].qualifier)
        == (Decimal(str(wanted[key]["value"])), wanted[key]["unit"], wanted[key]["qualifier"])
    ]
    assert len(agree) / len(matched) >= 0.97


# Non-figures the labels list that the extractor reads as figures, knowingly (see above).
READ_OTHERWISE = {("hard_mixed", 28, 71)}  # 0—100公里/小时 inside a long quotation


@pytest.mark.parametrize("name", STYLES)
def test_planted_non_figures_in_style_documents(name: str) -> None:
    planted = [item for item in yaml.safe_load(
        (FIXTURES / f"{name}_nonfigures.yaml").read_text(encoding="utf-8"))
        if (name, item["line"], item["column"]) not in READ_OTHERWISE]
    figures = extract(load(FIXTURES / f"{name}.txt"))
    hits = [item for item in planted if any(
        f.line == item["line"] and f.column < item["column"] + len(str(item["text"]))
        and item["column"] < f.column + len(f.text) for f in figures)]
    assert not hits
