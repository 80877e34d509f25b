"""Injected discrepancies on real documents: `python3 -m benchmarks.injected [--lang zh|en]`.

For each labelled `agree` pair of `dev` whose two figures the tool aligns, the last digit of the
retelling's figure is changed (1.38万 -> 1.39万, 0.25% -> 0.26%, 4 -> 5), the pair is checked in
auto mode, and the change counts as reported when a `mismatch` finding holds both figures.  A
few rows of each document pair are taken, spread over its rows (`--per-pair`), so that no one
document weighs most.  The ways a change goes unreported are counted too: the changed figure
reported as missing (it lost its partner, to another telling of its fact or to a figure whose
value it now has), in a doubt between candidates, in a mismatch with another figure, or in no
finding at all.

`dev` only: it measures the checks on the documents they were tuned on, as a regression
measure, not a claim of accuracy.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from benchmarks.accuracy import LABELS, LANGUAGES, _rows, _span, folder, missing
from checker import Document, extract
from checker.align import align
from checker.engine import check_auto
from checker.extraction import Figure

_DIGIT = re.compile(r"[0-9]")


def changed(text: str) -> str | None:
    """A figure's text with its last digit changed (9 -> 0), None where it has no digit."""
    digits = [m.start() for m in _DIGIT.finditer(text)]
    if not digits:
        return None
    at = digits[-1]
    return text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1:]


def _holds(figures: tuple[Figure, ...], document: str, span: tuple[int, int]) -> bool:
    return any(f.document == document and f.start < span[1] and span[0] < f.end
               for f in figures)


def measure(lang: str, per_pair: int) -> Counter[str]:
    """How the changes of one language's `dev` pairs were reported (see the module's text)."""
    outcomes: Counter[str] = Counter()
    with folder(lang, "dev") as place:
        by_pair: dict[tuple[str, str], list[dict[str, str]]] = {}
        for row in _rows(place / LABELS):
            if row["fig_a"] and row["fig_b"] and row["agree"] == "agree":
                by_pair.setdefault((row["doc_a"], row["doc_b"]), []).append(row)
        for (name_a, name_b), rows in sorted(by_pair.items()):
            text_a = (place / name_a).read_text(encoding="utf-8")
            text_b = (place / name_b).read_text(encoding="utf-8")
            source = Document.from_text(text_a, name_a)
            groups = align([extract(source), extract(Document.from_text(text_b, name_b))])
            step = max(1, len(rows) // per_pair)
            for row in rows[::step][:per_pair]:
                span_a = _span(text_a, row["surface_a"], row["fig_a"])
                span_b = _span(text_b, row["surface_b"], row["fig_b"])
                if span_a is None or span_b is None or not any(
                        _holds(g.figures, name_a, span_a) and _holds(g.figures, name_b, span_b)
                        for g in groups):
                    continue  # (only pairs the tool aligns as they stand)
                new = changed(text_b[span_b[0]:span_b[1]])
                if new is None:
                    continue
                retold = Document.from_text(text_b[:span_b[0]] + new + text_b[span_b[1]:],
                                            name_b)
                findings = check_auto([source, retold]).findings
                if any(f.kind == "mismatch" and _holds(f.figures, name_a, span_a)
                       and _holds(f.figures, name_b, span_b) for f in findings):
                    outcomes["reported"] += 1
                    continue
                kinds = sorted({f.kind for f in findings if _holds(f.figures, name_b, span_b)})
                outcomes[" and ".join(kinds) or "no finding"] += 1
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--per-pair", type=int, default=3,
                        help="changed figures per document pair (default 3)")
    args = parser.parse_args(argv)
    absent = missing()
    if absent:
        print(absent)
        return 0
    for lang in args.lang or LANGUAGES:
        outcomes = measure(lang, args.per_pair)
        total = sum(outcomes.values())
        reported = outcomes["reported"]
        print(f"{lang} dev: {reported}/{total} injected digit changes reported as a mismatch "
              f"of their pair ({reported / total if total else 0:.3f})")
        for kind, count in sorted(outcomes.items(), key=lambda kc: (-kc[1], kc[0])):
            if kind != "reported":
                print(f"  not reported, the changed figure in {kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
