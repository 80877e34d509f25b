"""Figures that fill a table's cells with their own units: named by their row, set in the time
their column's header states (extraction/table_cells.py)."""

from __future__ import annotations

from checker import extract_text
from checker.align import pair


def _cells(text: str, path: str = "table.txt") -> dict[str, tuple[str, int | None, str | None]]:
    return {f.text: (f.metric, f.year, f.scenario) for f in extract_text(text, path)}


def test_a_pipe_table_names_its_cells_by_row_and_times_them_by_column() -> None:
    found = _cells("一表看懂今年目标\n\n指标 | 2024年完成 | 2025年目标\n|---|---|---|\n"
                   "地区生产总值 | 6.1万亿元 | —\n经济增速 | 5.8% | 5.5%左右\n"
                   "城镇新增就业（万人） | 72.4万人 | 70万人以上①\n")
    assert found["6.1万亿元"] == ("地区生产总值", 2024, None)
    assert found["5.8%"][:2] == ("经济增速", 2024)
    assert found["5.5%左右"] == ("经济增速", 2025, "target")
    assert found["70万人以上"] == ("城镇新增就业", 2025, "target")


def test_a_tab_table_with_units_in_its_cells_and_an_english_markdown_table() -> None:
    found = _cells("区县\t2023年\t2024年\n甲县\t12.5亿元\t13.1亿元\n乙县\t8.8亿元\t9.6亿元\n")
    assert found["13.1亿元"][:2] == ("甲县", 2024)
    assert found["8.8亿元"][:2] == ("乙县", 2023)
    found = _cells("| measure | Q3 2019 | Q4 2019 |\n|---|---|---|\n"
                   "| hours worked (LFS) | 1.05bn | 1.06bn |\n| jobs | 32.8 million | 33.0 million |\n",
                   "blog.txt")
    assert found["1.06bn"][:2] == ("hours worked", 2019)
    assert found["32.8 million"][:2] == ("jobs", 2019)


def test_prose_with_a_pipe_is_no_table() -> None:
    found = _cells("GDP rose 2.1% | a strong quarter.\nExports fell 0.4%.\n", "story.txt")
    assert found["2.1%"][0] == "gdp rise"


def test_a_line_of_prose_longer_than_a_row_is_no_table_row() -> None:
    from checker.extraction import tables
    prose = "Output grew  strongly. " * 40 + "It rose 2.1% on the year."
    at = prose.index("2.1%")
    assert tables.cell_of(prose, at, at + 4) is None
    row = "区县\t2023年\t2024年\n甲县\t12.5亿元\t13.1亿元\n"
    at = row.index("12.5亿元")
    assert tables.cell_of(row, at, at + 6) == (["甲县", "12.5亿元", "13.1亿元"], 1)


def test_bare_numbers_under_a_rate_of_change_header_are_per_cent_and_signed_ones_changes() -> None:
    table = extract_text("| component | q/q | y/y |\n|---|---|---|\n| GDP | +0.8 | +3.0 |\n"
                         "| Services | -0.3 | 2.8 |\n\nMeasure\tLatest\tChange on quarter\n"
                         "Unemployed\t2.12m\t-121,000\nIn work\t30.64m\t+254,000\n", "wire.txt")
    cells = {f.text: (str(f.value), f.unit, f.metric) for f in table}
    assert cells["+0.8"] == ("0.8", "%", "gdp rise")
    assert cells["-0.3"] == ("0.3", "%", "services fall")
    assert cells["2.8"][1] == "%"
    page = extract_text("Indicator\t% change on quarter\t% change on year\nGDP\t0.8\t3.0\n",
                        "indicators.txt")
    assert [(f.text, f.unit) for f in page] == [("0.8", "%"), ("3.0", "%")]
    assert cells["-121,000"] == ("121000", None, "unemployed fall")
    release = extract_text(
        "GDP rose by 0.8% in the quarter and by 3.0% on a year earlier. Services output fell "
        "by 0.3%. The number of unemployed people fell by 121,000 and the number of people in "
        "work rose by 254,000.", "release.txt")
    paired = sorted((a.text, b.text) for a, b, _ in pair(release, table).pairs)
    assert paired == [("0.3%", "-0.3"), ("0.8%", "+0.8"), ("121,000", "-121,000"),
                      ("254,000", "+254,000"), ("3.0%", "+3.0")]


def test_a_note_above_a_table_that_says_per_cent_makes_its_numbers_per_cent() -> None:
    page = extract_text(
        "Third estimate, published 27 June 2014. Volume measures, seasonally adjusted. Change in "
        "per cent.\n\nUNITED KINGDOM                 on quarter   on year\n"
        "GDP (chained volume)              0.8         3.0\n"
        "Household consumption             0.8         2.2\n", "indicators.txt")
    assert [(f.text, f.unit) for f in page] == [("0.8", "%"), ("3.0", "%"), ("0.8", "%"),
                                                ("2.2", "%")]
    release = extract_text("GDP rose by 0.8% in the quarter and by 3.0% on a year earlier.",
                           "release.txt")
    assert sorted((a.text, b.text) for a, b, _ in pair(release, page).pairs) == [
        ("0.8%", "0.8"), ("3.0%", "3.0")]
    # (a note of another kind says nothing of the unit)
    other = extract_text("Thousands, seasonally adjusted.\n\nRegion    Q1    Q2\nNorth    12.5    "
                         "13.1\nSouth    8.8    9.6\n", "table.txt")
    assert {f.unit for f in other} == {None}


def test_bare_numbers_named_by_their_row_are_set_in_their_column_s_time_and_basis() -> None:
    found = {f.text: (f.year, f.period, f.basis) for f in extract_text(
        "Indicator\tQ3 2025\tQ2 2025\nEmployment (thousands)\t3,184.6\t3,163.2\n"
        "| measure | q/q | y/y |\n|---|---|---|\n| GDP | 0.8 | 3.0 |\n", "table.txt")}
    assert found["3,184.6"] == (2025, "Q3", None)
    assert found["3,163.2"] == (2025, "Q2", None)
    assert found["0.8"][2] == "pop" and found["3.0"][2] == "yoy"


def test_a_table_s_unit_above_it_holds_for_every_row_however_long_the_table() -> None:
    rows = "".join(f"第{i}区\t{i}.5\t{i}.8\n" for i in range(1, 251))
    found = {f.text: (f.unit, f.value) for f in extract_text(
        "表1 各区就业人数\n单位：万人\n地区\t2024年\t2025年\n" + rows, "annex.txt")}
    assert found["1.5"] == ("人", 15000)
    assert found["240.5"] == ("人", 2405000)  # (past the 200th row too)
