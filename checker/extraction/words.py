"""Word lists as regular expressions, shared by the extractors of every language."""

from __future__ import annotations

import re
from collections.abc import Iterable


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


def led(words: Iterable[str], pattern: str) -> str:
    """`pattern` (an alternation or trie of `words`) behind a lookahead for the first
    characters of the words: where none stands, the regex engine skips the pattern in one
    test instead of trying each word in turn.  Words that match nothing or begin with white
    space (any run of which a space matches) leave the pattern as it is."""
    words = list(words)
    if any(not word or word[0].isspace() for word in words):
        return pattern
    heads = sorted({re.escape(word[0]) for word in words})
    return f"(?=[{''.join(heads)}])(?:{pattern})"


def trie(words: Iterable[str]) -> str:
    """Words as one pattern that shares their beginnings (t(?:wo|en|hree)…), a space matching
    any run of white space: the engine tries one branch per first character, not one per word,
    where a pattern is tried at every word of a text.  It matches what `alternation` matches,
    the longer of two words first."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = []
    for head, rest in sorted(heads.items()):
        tails = rest - {""}
        if not tails:
            branches.append(_literal(head))
        elif len(tails) == 1 and "" not in rest:
            branches.append(_literal(head + next(iter(tails))))
        else:
            branches.append(f"{_literal(head)}(?:{trie(tails)}){'?' if '' in rest else ''}")
    return "|".join(branches)


def _literal(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")
