"""Chinese (and any text no other language claims): scan, then name.

Traditional and full-width forms are folded for the scan; metrics are named in simplified
script (where the word lists apply), contexts are kept as written.
"""

from __future__ import annotations

import numpy as np

from checker.documents import Document
from checker.extraction.chinese_names import name_figures
from checker.extraction.chinese_scan import candidates
from checker.extraction.figure import Figure
from checker.extraction.stops import code_points, look_up
from checker.lang import zh

_FOLD = dict(zip(zh.FOLD_FROM, zh.FOLD_TO))
# Whether each code point is folded (the table ends with a False that every code point past
# it is read as).
_FOLDABLE = np.zeros(max(map(ord, _FOLD)) + 2, dtype=np.bool_)
_FOLDABLE[[ord(char) for char in _FOLD]] = True


def claims(text: str) -> bool:
    """Chinese is the language of every text that no other language claims."""
    return True


def extract(document: Document) -> list[Figure]:
    """Every figure in a Chinese document, in the order they stand."""
    return name_figures(document, candidates(_folded(document.text)))


def _folded(text: str) -> str:
    """The text with its traditional and full-width forms folded.  The few characters to fold
    are found by a look-up of all its characters at once (a search for a class of them had
    the regex engine test the class at every character), and the text is joined anew around
    them (a substitution of each character, str.translate, costs more still)."""
    parts: list[str] = []
    last = 0
    for at in np.flatnonzero(look_up(_FOLDABLE, code_points(text))).tolist():
        parts += (text[last:at], _FOLD[text[at]])
        last = at + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
