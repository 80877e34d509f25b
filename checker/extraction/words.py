"""Word lists as regular expressions, shared by the extractors of every language."""

from __future__ import annotations

import re


def alternation(words: object, not_before: dict[str, str] | None = None,
                not_after: dict[str, str] | None = None) -> str:
    """An alternation of words, longest first, a space in a word matching any run of white
    space; a word given in `not_before` or `not_after` is kept from matching where the
    characters next to it make it part of another word (列 not before 入: 列入; 计 not
    after 预: 预计)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):  # type: ignore[call-overload]
        part = re.escape(word).replace(r"\ ", r"\s+")
        if not_after and not_after.get(word):
            part = f"(?<![{not_after[word]}])" + part
        if not_before and not_before.get(word):
            part += f"(?![{not_before[word]}])"
        parts.append(part)
    return "|".join(parts)
