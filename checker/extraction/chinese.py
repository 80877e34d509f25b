"""Chinese (and any text no other language claims): scan, then name.

Traditional and full-width forms are folded for the scan; metrics are named in simplified
script (where the word lists apply), contexts are kept as written.
"""

from __future__ import annotations

import re

from checker.documents import Document
from checker.extraction.chinese_names import name_figures
from checker.extraction.chinese_scan import candidates
from checker.extraction.figure import Figure
from checker.lang import zh

_FOLD = dict(zip(zh.FOLD_FROM, zh.FOLD_TO))
_FOLDABLE = re.compile(f"[{re.escape(zh.FOLD_FROM)}]")


def claims(text: str) -> bool:
    """Chinese is the language of every text that no other language claims."""
    return True


def extract(document: Document) -> list[Figure]:
    """Every figure in a Chinese document, in the order they stand."""
    # Folding by substitution: foldable characters are rare, so this beats str.translate.
    folded = _FOLDABLE.sub(lambda found: _FOLD[found.group()], document.text)
    return name_figures(document, candidates(folded))
