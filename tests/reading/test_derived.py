"""The derived-figure reader on real text: changes with both ends, levels with their change,
parts with their share."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from checker import extract_text
from checker.reading import derived, parts

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _read(text: str) -> list[tuple[str, list[str], str, bool]]:
    figures = extract_text(text)
    return [(d.relation, [f.text for f in d.inputs], d.result.text,
             d.expected.overlaps(derived.stands(d.result)))
            for d in derived.read(text, figures, list(parts.read(text, figures)))]


def test_a_change_with_both_ends() -> None:
    assert _read("高新技术企业从1.2万家增加到1.5万家，增长25%。") == [
        ("change", ["1.2万家", "1.5万家"], "25%", True)]
    # 1.2万 and 1.5万 allow 16% to 34.8%, not 45%
    assert _read("高新技术企业从1.2万家增加到1.5万家，增长45%。")[0][3] is False


def test_the_rounding_of_each_end_is_allowed() -> None:
    figures = extract_text("从41520人增加到54325人，增加12806人。")
    (found,) = derived.read("从41520人增加到54325人，增加12806人。", figures)
    assert found.expected.low == Decimal(12804) and found.expected.high == Decimal(12806)


def test_percentage_points_between_two_shares() -> None:
    assert _read("研发投入强度从2.1%提高到2.5%，提高0.4个百分点。")[0][3] is True
    assert _read("研发投入强度从2.1%提高到2.5%，提高0.6个百分点。")[0][3] is False


def test_a_level_with_its_increase_and_growth() -> None:
    assert _read("城镇新增就业52万人，比上年增加2万人，增长4%。") == [
        ("growth", ["52万人", "2万人"], "4%", True)]
    assert _read("城镇新增就业52万人，比上年增加2万人，增长9%。")[0][3] is False


def test_a_share_of_a_total_stated_with_it() -> None:
    assert _read("地区生产总值5000亿元，其中第三产业2500亿元，占地区生产总值比重50%。")[0] == (
        "share", ["2500亿元", "5000亿元"], "50%", True)
    assert _read("地区生产总值5000亿元，其中第三产业2500亿元，占地区生产总值比重60%。")[0][3] \
        is False


def test_average_yearly_growth_and_real_growth_are_left_alone() -> None:
    # 年均: compounded over years the sentence does not count
    assert _read("城乡居民收入由2.57万元增加到3.52万元、年均增长6.5%。") == []
    # growth on the same basis (同口径) is not the change of the levels as stated
    assert _read("收入按同口径从3400亿元增加到3507.6亿元，增长2.5%。") == []
    # output grows in real terms; its levels are in current prices
    assert _read("地区生产总值从9323.1亿元增加到13697.5亿元，增长33.6%。") == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_an_official_level_over_an_earlier_level() -> None:
    text = (CORPUS / "zh" / "gwr2026_gansu.txt").read_text("utf-8")
    assert ("change", ["9323.1亿元", "13697.5亿元"], "4374.4亿元", True) in _read(text)
    changed = text.replace("增加4374.4亿元", "增加4384.4亿元")
    assert ("change", ["9323.1亿元", "13697.5亿元"], "4384.4亿元", False) in _read(changed)
