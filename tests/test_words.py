"""Word lists as patterns (checker/extraction/words.py): `led` puts a lookahead for the
words' first characters before their alternation, which must change nothing it matches."""

from __future__ import annotations

import re
from pathlib import Path

from checker.extraction.words import alternation, led
from checker.lang import zh

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_led_units_match_as_the_plain_alternation_on_a_seed() -> None:
    text = next(iter(sorted(SEEDS.glob("*.txt")))).read_text("utf-8")
    plain = re.compile(f"(?<=[0-9])(?:{alternation(zh.UNITS)})")
    fast = re.compile(f"(?<=[0-9]){led(zh.UNITS, alternation(zh.UNITS))}")
    found = [m.span() for m in plain.finditer(text)]
    assert found  # the seed states counts in measure words
    assert [m.span() for m in fast.finditer(text)] == found


def test_led_leaves_words_that_begin_with_white_space_as_they_are() -> None:
    # a space in a word matches any run of white space: a tab or a line break begins it too
    words = [" per cent", "%"]
    pattern = re.compile(led(words, alternation(words)))
    assert pattern.search("5\tper cent").group() == "\tper cent"


def test_led_leaves_an_empty_word_matching() -> None:
    words = ["", "余"]
    assert re.compile(f"万(?:{led(words, alternation(words))})元").search("3万元") is not None
