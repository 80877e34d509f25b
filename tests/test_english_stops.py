"""The English clause and sentence stops (english_names.Boundaries.of) are found with tables
of code points; they must be the stops that the patterns _CLAUSE and _SENTENCE define."""

from __future__ import annotations

import random

from checker.extraction import english_names
from checker.extraction.english_names import _CLAUSE, _SENTENCE, Boundaries, _goes_on


def _by_patterns(text: str) -> tuple[list[int], list[int], list[int]]:
    clauses = [(c.start(), c.end()) for c in _CLAUSE.finditer(text)]
    sentences = [s.end() for s in _SENTENCE.finditer(text)
                 if s.group() not in "\n\r" or not _goes_on(text, s.start())]
    return [a for a, _ in clauses], [b for _, b in clauses], sentences


def _by_tables(text: str) -> tuple[list[int], list[int], list[int]]:
    found = Boundaries.of(text)
    return found.clauses.starts, found.clauses.ends, found.sentences.ends


def test_stops_as_the_patterns_find_them() -> None:
    # the characters that decide: stops, digits, white space of several kinds, a comma
    # before a line end, letters and characters beyond Latin-1
    characters = list(".;:!?\n\r, \t09aZ,\u3000\xa0\u2028\x85\x1c\u00e9\u4e2d\U0001F600") + ["and"]
    rng = random.Random(17)
    texts = ["", ",", ",\n", ",\r\n", "1.5", "3:2", ". ", ".", "up 5,\nand 6.\nThis was:\n up",
             "rose 1.5%, and fell; then\n\nnext"]
    texts += ["".join(rng.choice(characters) for _ in range(rng.randint(1, 14)))
              for _ in range(20000)]
    for text in texts:
        assert _by_tables(text) == _by_patterns(text), repr(text)


def test_white_space_table_ends_past_the_last_white_space() -> None:
    assert max(c for c in range(0x110000) if chr(c).isspace()) < len(english_names._SPACE)
