"""Where the stops of a text stand (the punctuation that ends its clauses or sentences), for
look-ups by bisection: the Chinese and the English extractor find a figure's clause and
sentence with these, in O(log n) and never more than a window away.

Layout only, no language: the extractors decide which characters stop what.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TypeVar

import numpy as np
import numpy.typing as npt

WINDOW = 200  # the farthest a clause is looked for around a figure, in characters

Levels = npt.NDArray[np.uint8]  # per code point, the level of stop it is (stop_levels())
Entry = TypeVar("Entry", bound=np.generic)  # what a table indexed by code points holds
Offsets = npt.NDArray[np.intp]


def stop_levels(*stops: Iterable[str]) -> Levels:
    """A table of the level of stop each character is: 0 for none, else the number (from 1)
    of the last of `stops` (sets of characters: where one is inside the one before, as a
    sentence stop is a clause stop, its characters take the later level; sets apart are
    kinds apart) that holds it.  It ends past the last stop, with a 0 that every character
    beyond it is read as."""
    table = np.zeros(max(ord(c) for chars in stops for c in chars) + 2, dtype=np.uint8)
    for level, chars in enumerate(stops, 1):
        table[[ord(c) for c in chars]] = level
    return table


def code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code point of each character of a text, all at once."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def look_up(table: npt.NDArray[Entry], points: npt.NDArray[np.uint32]) -> npt.NDArray[Entry]:
    """Each code point's entry in a table indexed by code points (stop_levels()), the last
    entry standing for every code point past the table's end."""
    # take's clip mode reads a code point past the end as the last entry in the same pass
    # (a third of the cost of clipping the code points first, then indexing)
    found: npt.NDArray[Entry] = table.take(points, mode="clip")
    return found


def find_stops(text: str, table: Levels) -> tuple[Offsets, Levels]:
    """Where the stops of a text stand, and the level of each (`table`: stop_levels()).  Every
    character is looked up at once (its code point an index): a regular expression makes a
    match object for each stop, which costs eight times as much on Chinese prose."""
    found = look_up(table, code_points(text))
    at = np.flatnonzero(found)
    return at, found[at]


class Stops:
    """The stops of one kind in a text: stop `i` runs from starts[i] to ends[i]."""

    def __init__(self, starts: list[int], ends: list[int], length: int) -> None:
        self.starts = starts
        self.ends = ends
        self.length = length

    @classmethod
    def single(cls, positions: Offsets, length: int) -> Stops:
        """Stops of one character each, at `positions`."""
        return cls(positions.tolist(), (positions + 1).tolist(), length)

    def back_to(self, offset: int, floor: int = 0, window: int = WINDOW) -> int:
        """The end of the last stop that ends by `offset`, not before `floor` nor more than
        `window` characters back (so work per figure stays bounded on any input)."""
        floor = max(floor, offset - window)
        index = bisect_right(self.ends, offset) - 1
        return self.ends[index] if index >= 0 and self.ends[index] >= floor else floor

    def count_to(self, offset: int) -> int:
        """How many stops end by `offset`: the number of the sentence (or clause) it is in."""
        return bisect_right(self.ends, offset)

    def forward_to(self, offset: int) -> int:
        """The start of the next stop at or after `offset` (at most WINDOW characters on)."""
        limit = min(self.length, offset + WINDOW)
        index = bisect_left(self.starts, offset)
        if index < len(self.starts) and self.starts[index] < limit:
            return self.starts[index]
        return limit

    def ends_between(self, start: int, end: int) -> list[int]:
        """The ends of the stops that end in text[start + 1:end + 1]."""
        return self.ends[bisect_left(self.ends, start + 1):bisect_right(self.ends, end)]
