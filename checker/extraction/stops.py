"""Where the stops of a text stand (the punctuation that ends its clauses or sentences), for
look-ups by bisection: the Chinese and the English extractor find a figure's clause and
sentence with these, in O(log n) and never more than a window away.

Layout only, no language: the extractors decide which characters stop what.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

WINDOW = 200  # the farthest a clause is looked for around a figure, in characters


class Stops:
    """The stops of one kind in a text: stop `i` runs from starts[i] to ends[i]."""

    def __init__(self, starts: list[int], ends: list[int], length: int) -> None:
        self.starts = starts
        self.ends = ends
        self.length = length

    @classmethod
    def single(cls, positions: list[int], length: int) -> Stops:
        """Stops of one character each, at `positions`."""
        return cls(positions, [at + 1 for at in positions], length)

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
