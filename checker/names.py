"""Metric names as alignment compares them: one spelling for one name.

`metric_key` folds what differs between two writings of one name and says nothing about the
metric: footnote and reference markers (规模以上工业增加值[9], ①, ※), full-width forms
(ＧＤＰ), traditional script and Taiwan/Hong Kong usage (國內生產毛額 is 国内生产总值; OpenCC
converts, its phrase tables included), quotes and particles, the words of a figure's context
(今年, 全省, 预期: its fields say them), and synonyms (lang.zh and lang.en
METRIC_SYNONYMS, first of each group kept).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import numpy as np

from checker.lang import en, zh

# Markers that point to a note: [9] ［10］ 〔3〕 ① ⑳ ※ * † ‡ and superscript digits.
_MARKERS = re.compile(r"[\[［〔【]\s*\d{1,3}\s*[\]］〕】]|[①-⑳⑴-⒇※*†‡⁰¹²³⁴-⁹]")
_NOISE = str.maketrans("", "", "的了“”\"'‘’「」『』《》（）()【】[]〔〕 \u3000")
_CANONICAL = {word: group[0] for group in zh.METRIC_SYNONYMS for word in group}
_SYNONYM = re.compile("|".join(sorted(map(re.escape, _CANONICAL), key=len, reverse=True)))
# English synonyms are whole words, replaced before the spaces between words are dropped.
_EN_CANONICAL = {word: group[0] for group in en.METRIC_SYNONYMS for word in group}
_EN_SYNONYM = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _EN_CANONICAL), key=len, reverse=True)) + r")\b")
# a place's name, and the words of a report's manner, before a growth rate and nothing else
_PLACE_GROWS = re.compile(f"^((?:{'|'.join(zh.PROVINCES)})(?:省|市|自治区)?)(?:按|实际)?增速$")
_GROWTH = "国内生产总值增速"  # (metric_key of 经济增长, GDP增长, 地区生产总值增长)
_HAN = re.compile("[\u4e00-\u9fff]")
_CONTEXT = re.compile(
    r"(?:19|20)\d{2}年|(?:1[0-2]|[1-9])(?:[-—至~](?:1[0-2]|[1-9]))?月份?|"
    + "|".join(sorted(zh.CONTEXT_WORDS, key=len, reverse=True)))
_TAIL = re.compile("(?:" + "|".join(sorted(zh.NAME_TAILS, key=len, reverse=True)) + ")$")
# 比全国高 says 高于全国: a comparison is written one way.
_COMPARISON = re.compile("比(.{1,8}?)([高低快慢多少])$")


def strip_markers(text: str) -> str:
    """Text without its footnote and reference markers."""
    return _MARKERS.sub("", text)


# The traditional forms of common characters (zh.TRADITIONAL_FORMS): a text with none of them
# is left as it is, unconverted.  Whether each code point is one (the table ends with a False
# that every code point past it is read as): a whole text's characters are looked up at once,
# where a search for a class of them had the regex engine test the class at every character.
_IS_TRADITIONAL = np.zeros(max(map(ord, zh.TRADITIONAL_FORMS)) + 2, dtype=np.bool_)
_IS_TRADITIONAL[[ord(ch) for ch in zh.TRADITIONAL_FORMS]] = True


@functools.cache
def _to_simplified() -> Any:
    """OpenCC's Taiwan-to-mainland converter, its phrase tables included: loaded on the first
    Chinese text (its dictionaries take a tenth of a second, which English runs never pay)."""
    import opencc

    return opencc.OpenCC("tw2sp")


def _holds_traditional(text: str) -> bool:
    """Whether a text holds one of the zh.TRADITIONAL_FORMS."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return bool(_IS_TRADITIONAL.take(points, mode="clip").any())


@functools.lru_cache(maxsize=1)
def simplified_text(text: str) -> str:
    """A whole document in simplified script.  Naming and context reading ask for the same
    document one after the other, so the last one is kept, and only it (documents are many
    and long)."""
    return str(_to_simplified().convert(text)) if _holds_traditional(text) else text


@functools.lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Chinese text in simplified characters and mainland usage (unchanged if it has none)."""
    return str(_to_simplified().convert(text)) if _HAN.search(text) else text


@functools.lru_cache(maxsize=65536)
def metric_key(metric: str) -> str:
    """A metric name as compared: markers out, full-width forms folded, simplified script,
    without quotes, brackets and particles, with synonyms replaced by one name."""
    metric = unicodedata.normalize("NFKC", strip_markers(metric))
    metric = _EN_SYNONYM.sub(lambda m: _EN_CANONICAL[m.group(0)], metric)
    key = simplified(metric).translate(_NOISE)
    bare = _bare(key)
    key = bare if len(bare) >= 2 else key  # 今年预期目标 names nothing else: it stays
    key = _COMPARISON.sub(r"\2于\1", key)
    # twice: a name made of names (研发经费支出占GDP比重) is found once its parts are named
    for _ in range(2):
        key = _SYNONYM.sub(lambda m: _CANONICAL[m.group(0)], key)
    # 安徽增长5.5%, 江苏按5%增长: a place that grows is its economy
    return _PLACE_GROWS.sub(rf"\1{_GROWTH}", key)


def _bare(key: str) -> str:
    return _TAIL.sub("", _CONTEXT.sub("", key))


def says_nothing(key: str) -> bool:
    """Whether a metric key is only words of context (今年目标, 2026年预期): it names no
    metric, only when and what kind of figure."""
    return bool(_HAN.search(key)) and len(_bare(key)) < 2
