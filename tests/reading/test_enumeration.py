"""The enumeration reader on real text: stated counts and the items that follow them."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.reading import enumeration
from checker.reading.structure import read as read_structure
from tests.conftest import FIXTURES, SEEDS

SEED = SEEDS / "004_d9c27c05b8e9eedd.txt"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _read(text: str) -> dict[str, tuple[int, tuple[int, ...], str]]:
    return {c.count.text: (c.count.number, c.enumeration.counts, c.enumeration.layout)
            for c in enumeration.read(text)}


def test_seed_counts_read_with_their_items() -> None:
    found = _read(SEED.read_text("utf-8"))
    assert found == {
        "5大关键词": (5, (5,), "headings"),  # the five ## sections under the title
        "六个坚持": (6, (6,), "paragraphs"),  # 一是 … 六是, one a paragraph
        "三个意识": (3, (3,), "paragraphs"),  # 一要 … 三要
        "五大工程": (5, (5,), "headings"),  # five ### headings in its section
    }


def test_a_slogan_in_quotes_has_no_items() -> None:
    # 牢固树立“四个意识”，坚定“四个自信”: names, followed by no list
    assert "四个意识" not in _read(SEED.read_text("utf-8"))


def test_a_removed_item_is_counted() -> None:
    text = SEED.read_text("utf-8")
    sixth = next(line for line in text.splitlines() if line.startswith("**六是"))
    counted = {c.count.text: c for c in enumeration.read(text.replace(sixth + "\n", ""))}
    assert counted["六个坚持"].enumeration.counts == (5,)
    assert not counted["六个坚持"].agrees


def test_an_added_heading_is_counted() -> None:
    text = SEED.read_text("utf-8") + "\n### 实施“数字工会”工程，提升服务效能\n\n推进网上工会建设。\n"
    counted = {c.count.text: c for c in enumeration.read(text)}
    assert counted["五大工程"].enumeration.counts == (6,)


def test_numbering_that_restarts_or_skips_is_not_read() -> None:
    text = "做好三项工作：一是稳就业；二是稳企业；四是稳预期。"
    assert enumeration.read(text) == []


def test_first_second_and_bullets() -> None:
    assert _read("做好两件事。\n第一，稳就业。\n第二，稳企业。\n## 下一节\n") == {
        "两件事": (2, (2,), "paragraphs")}
    # 第一、二轮 is no item, opening a paragraph or in a 、-list
    assert _read("做好两件事。\n第一、二轮督察问题整改。\n") == {}
    assert _read("完成两项任务：第一、二轮督察问题整改。\n") == {}
    text = "The plan has three goals:\n- jobs\n  - for the young\n- prices\n- growth\n\nNext.\n"
    assert _read(text) == {"three goals": (3, (3,), "bullets")}


def test_a_list_laid_out_two_ways_is_not_read() -> None:
    # begun inside the count's paragraph, gone on in the next
    assert _read("做好三项工作：一是稳就业；二是稳企业。\n三是稳预期。\n") == {}
    # opening paragraphs, and inside one of them the rest
    assert _read("做好三项工作。\n一是稳就业；二是稳企业；三是稳预期。\n其他工作。\n") == {}


def test_inline_items_and_a_list_closing_the_sentence() -> None:
    assert _read("重点抓好三个方面：一是稳就业；二是稳企业；三是稳预期。") == {
        "三个方面": (3, (3,), "inline")}
    # 和 in the last piece may join two items, or belong to one (科技和人才工程)
    assert _read("实施三大工程：甲工程、乙工程和丙工程。")["三大工程"][1] == (2, 3)
    # 等 leaves the list open: not read
    assert _read("实施三大工程：甲工程、乙工程等。") == {}


def test_english_counts_and_their_items() -> None:
    text = "The Committee set three priorities: (1) jobs; (2) prices; and (3) growth."
    assert _read(text) == {"three priorities": (3, (3,), "inline")}
    # "three of its thirteen sub-industries": no count of items
    assert list(enumeration.stated_counts("three of its thirteen sub-industries:")) == []


def test_a_month_or_a_percentage_point_is_no_stated_count() -> None:
    assert list(enumeration.stated_counts("三个月内提高两个百分点")) == []


def test_headings_and_their_ranks() -> None:
    structure = read_structure("# 总标题\n一、回顾\n正文。\n（一）稳增长\n## 二、任务\n")
    assert [p.rank for p in structure.paragraphs] == [1, 11, None, 12, 2]
    assert structure.sections("回顾") == [(6, len("# 总标题\n一、回顾\n正文。\n（一）稳增长\n"))]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
@pytest.mark.parametrize("name, count, items", [
    ("zh/gwr2026_henan.txt", "十个方面工作", 10),  # （一） … （十） opening paragraphs
    ("zh/gwr2026_beijing.txt", "13项任务举措", 13),  # 一是 … 十三是 in one paragraph
    ("zh/gwr2026_hainan.txt", "四个一批", 4),  # a 、-list on the next line
    ("zh/gwr2026_shanxi.txt", "15件民生实事", 15),  # 。一是…。二是… sentence by sentence
    ("en/ons_retail_sales_2014-06.txt", "four retail sectors", 4),  # a block of lines
])
def test_official_documents_state_their_counts_right(name: str, count: str, items: int) -> None:
    found = _read((CORPUS / name).read_text("utf-8"))
    assert found[count][:2] == (items, (items,))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_an_item_dropped_from_an_official_sentence_list() -> None:
    text = (CORPUS / "zh" / "gwr2026_shanxi.txt").read_text("utf-8")
    changed = text.replace("十五是打造80个新型公共文化空间。", "")
    counted = {c.count.text: c for c in enumeration.read(changed)}
    assert counted["15件民生实事"].enumeration.counts == (14,)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_an_item_removed_from_an_official_list(tmp_path: Path) -> None:
    text = (CORPUS / "zh" / "gwr2026_hainan.txt").read_text("utf-8")
    changed = text.replace("谋划一批、开工一批、建设一批、竣工一批", "谋划一批、开工一批、竣工一批")
    counted = {c.count.text: c for c in enumeration.read(changed)}
    assert counted["四个一批"].enumeration.counts == (3,)


def test_a_count_in_quotes_or_in_a_list_of_names_is_a_name() -> None:
    # a news retelling names the programme and picks three of its ten items
    news = (FIXTURES.parent / "corpus" / "zh" / "docs" / "guizhou_news.txt").read_text("utf-8")
    assert "十件民生实事" not in _read(news)
    # 坚持“一个中心、两个服务、三个着力”工作思路： and then four goals, 一是 … 四是
    union = (FIXTURES / "style_union.txt").read_text("utf-8")
    assert "三个着力" not in _read(union)
    # without the quotes and the list, the same words announce the items after them
    assert _read("坚持三个着力：一是强基础；二是优服务；三是促改革。") == {
        "三个着力": (3, (3,), "inline")}
