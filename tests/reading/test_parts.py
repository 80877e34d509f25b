"""The parts reader on real text: totals and the parts 其中, 分别, of which or a table give."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import extract_text
from checker.reading import parts
from tests.conftest import FIXTURES, SEEDS

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _read(text: str) -> list[tuple[str, list[str], str, bool]]:
    return [(b.total.text, [p.text for p in b.parts], b.word, b.complete)
            for b in parts.read(text, extract_text(text))]


def test_a_seed_total_and_its_part() -> None:
    text = (SEEDS / "002_73560aa3a0d8cb09.txt").read_text("utf-8")
    assert ("近37万人", ["26万人"], "其中", False) in _read(text)


def test_several_parts_in_the_same_unit() -> None:
    text = "全年接待游客1.2亿人次，其中国内游客1.1亿人次、入境游客100万人次，增长5.2%。"
    assert _read(text) == [("1.2亿人次", ["1.1亿人次", "100万人次"], "其中", False)]


def test_a_change_after_the_word_is_no_part() -> None:
    # 比上年增加5万人次 is a change, not a part: the breakdown is not read
    text = "全年接待游客1.2亿人次，其中入境游客100万人次、比上年增加5万人次。"
    assert _read(text) == []


def test_a_part_of_another_period_is_no_part() -> None:
    assert _read("全年接待游客1.2亿人次，其中“十四五”以来累计接待入境游客1.5亿人次。") == []
    assert _read("2025年接待游客1.2亿人次，其中2024年接待入境游客0.1亿人次。") == []
    # the same period on both sides is read
    assert _read("2025年接待游客1.2亿人次，其中2025年接待入境游客0.1亿人次。") != []


def test_a_new_level_is_a_total_and_a_change_no_part() -> None:
    # 新增/净增 state a level of a flow; 增2万人 right before a figure states a change
    assert _read("净增经营主体242.8万户，其中企业57.5万户。") == [
        ("242.8万户", ["57.5万户"], "其中", False)]
    assert _read("净增经营主体242.8万户，其中企业增2万户。") == []


def test_a_rate_is_no_total() -> None:
    # 每千人6.6批次 is a rate; the 5万批次 after 其中 are no part of it
    assert _read("食品抽检量超每千人6.6批次，其中开展“你点我检”食品抽检超5万批次。") == []


def test_averages_are_no_parts() -> None:
    # per-head figures of two groups are no parts of the figure for everyone
    text = "全市居民人均消费支出27143元，其中城镇、农村居民人均消费支出分别为32186元和19562元。"
    assert _read(text) == []


def test_fenbie_right_after_a_total_claims_all_of_it() -> None:
    text = "两类企业共30家，分别为10家和20家。"
    assert _read(text) == [("30家", ["10家", "20家"], "分别为", True)]


def test_a_table_total_row() -> None:
    # 41520 and 28715 stated to the unit add up to 70235 (± 1)
    text = "项目\t2024年（人）\t2025年（人）\n甲\t41520\t43000\n乙\t28715\t30000\n合计\t70235\t73000\n"
    found = _read(text)
    assert [(total, added, complete) for total, added, _, complete in found] == [
        ("70235", ["41520", "28715"], True), ("73000", ["43000", "30000"], True)]


def test_a_table_with_sub_rows_is_not_read() -> None:
    text = "项目\t2025年（人）\t增长\n甲\t41520\t3\n其中：丙\t20000\t2\n乙\t28715\t1\n合计\t70235\t2\n"
    assert _read(text) == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_an_official_breakdown() -> None:
    text = (CORPUS / "zh" / "gwr2026_hunan.txt").read_text("utf-8")
    assert ("162.6万辆", ["超110万辆"], "其中", False) in _read(text)


def test_the_rows_above_a_total_row_of_a_release() -> None:
    text = (FIXTURES / "style_english.txt").read_text("utf-8")
    # the employment column adds up; the change column (per cent) is no sum of the rows
    assert ("32,470.0", ["1,086.4", "6,512.9", "24,870.7"], "Total", True) in _read(text)
    assert not any(total == "0.6" for total, *_ in _read(text))


def test_a_part_in_brackets_is_a_part_of_a_part() -> None:
    text = (FIXTURES / "hard_citybulletin.txt").read_text("utf-8")
    # 医疗卫生机构4826个，其中医院146个（三级甲等医院9个），基层医疗卫生机构4587个
    assert ("4826个", ["146个", "4587个"], "其中", False) in _read(text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_an_english_total_and_what_it_includes() -> None:
    text = (CORPUS / "en" / "ons_uk_labour_market_2014-07.txt").read_text("utf-8")
    found = _read(text)
    # 3.77 million people in work (including 829,000 full-time students …)
    assert ("3.77 million", ["829,000"], "including", False) in found
    # a survey of 5,000 retailers, including all large retailers employing 100 people or
    # more: the part has no figure; 100 is a size, not a part
    retail = (CORPUS / "en" / "ons_retail_sales_2014-06.txt").read_text("utf-8")
    assert not any(total == "5,000" for total, *_ in _read(retail))
