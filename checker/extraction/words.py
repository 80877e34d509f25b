"""Word lists as regular expressions, shared by the extractors of every language."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The characters besides its two cases that re.IGNORECASE matches with a letter (İ and ı
# with i, ſ with s, the Kelvin sign with k): none other does, for any ASCII letter.
_CASE_FOLDS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def cased(letter: str) -> str:
    """Every character that a lower-case ASCII letter matches with the case ignored: what a
    class spelt with the case heeded must hold to stand for it exactly."""
    return letter + letter.upper() + _CASE_FOLDS.get(letter, "")


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


def trie(words: Iterable[str], not_before: dict[str, str] | None = None) -> str:
    """Words as one pattern that shares their beginnings (t(?:wo|en|hree)…), a space matching
    any run of white space: the engine tries one branch per first character, not one per word,
    where a pattern is tried at every word of a text.  It matches what `alternation` matches,
    the longer of two words first, and a word given in `not_before` only where no character of
    its value follows it, as there."""
    return _trie(words, not_before or {}, "")


def _trie(words: Iterable[str], not_before: dict[str, str], stem: str) -> str:
    """The trie of `words`, the ends of words that begin with `stem` (where the words a guard
    of `not_before` names are looked up)."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = []
    for head, rest in sorted(heads.items()):
        tails = rest - {""}
        ends = _guard(not_before, stem + head) if "" in rest else ""  # a word ends at head
        if not tails:
            branches.append(_literal(head) + ends)
        elif len(tails) == 1 and "" not in rest:
            tail = next(iter(tails))
            branches.append(_literal(head + tail) + _guard(not_before, stem + head + tail))
        elif "" not in rest:
            branches.append(f"{_literal(head)}(?:{_trie(tails, not_before, stem + head)})")
        elif ends:  # the longer words first, else the word that ends here, where it may
            branches.append(f"{_literal(head)}(?:{_trie(tails, not_before, stem + head)}|{ends})")
        else:
            branches.append(f"{_literal(head)}(?:{_trie(tails, not_before, stem + head)})?")
    return "|".join(branches)


def _guard(not_before: dict[str, str], word: str) -> str:
    """The lookahead that keeps `word` from matching before the characters `not_before` gives
    it ("" where it gives none)."""
    return f"(?![{not_before[word]}])" if not_before.get(word) else ""


def _literal(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")
