"""Word lists as patterns (checker/extraction/words.py): `led` puts a lookahead for the
words' first characters before their alternation, and `trie` shares the words' beginnings;
neither may change anything the plain alternation matches."""

from __future__ import annotations

import re
from pathlib import Path

from checker.extraction.words import alternation, led, trie
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


def test_trie_of_guarded_units_matches_as_their_alternation_on_the_seeds() -> None:
    # 万人次 is not 万人: a word's guard holds in the trie too, and a shorter word still
    # matches where the guard of a longer one stops it
    guards = {"万人": "次", "人": "民员", "千": "瓦克"}
    words = [*zh.UNITS, "万人", "万"]
    plain = re.compile(f"(?:{alternation(words, guards)})")
    shared = re.compile(f"(?:{trie(words, guards)})")
    for text in [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))] + [
            "3万人次", "3万人", "人民", "5千瓦", "5千人"]:
        for at in range(len(text)):
            found = plain.match(text, at)
            assert (found and found.group()) == (
                (match := shared.match(text, at)) and match.group()), (text[at:at + 6])
    assert shared.match("万人次").group() == "万"


def test_trie_backtracks_through_shorter_words_as_the_alternation_does() -> None:
    # a match that must go on after the word (亿?, then the end) tries the shorter words too,
    # longest first, and skips a guarded one where its guard stops it (万 not before 吨)
    words, guards = ["万元", "万", "万亿元"], {"万": "吨"}
    for text in ("万元", "万亿元", "万亿", "万", "万吨", "万元亿"):
        expected = re.fullmatch(f"(?:{alternation(words, guards)})亿?", text)
        found = re.fullmatch(f"(?:{trie(words, guards)})亿?", text)
        assert (found and found.group()) == (expected and expected.group()), text
