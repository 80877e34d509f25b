"""English quantity extraction against the labelled set: `python3 -m benchmarks.quantities`.

The set is tests/quantities/ (README.md there: format and unit notation): official sentences
read in place from ../shared/corpus/en/ by their offsets, and news-style sentences.  Each
sentence is extracted alone; a predicted figure matches a labelled quantity when their spans
overlap and their values are equal (a range: the same low and high ends), one to one.  Value
F1 counts those matches; value+unit F1 counts those whose units are also equal, compared in
lower case and in the singular (people = person, barrels = barrel).

Prints, per part and split, the number of sentences and quantities, precision, recall and F1
of both; `--split dev` limits it to one split, `--misses` lists what was missed or extra.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from checker.extraction import extract_text
from checker.extraction.english_units import singular
from checker.extraction.figure import Figure
from tests.quantities.validate import spans

ROOT = Path(__file__).resolve().parent.parent
QUANTITIES = ROOT / "tests" / "quantities"
CORPUS = ROOT.parent / "shared" / "corpus" / "en"
PARTS = ("official", "news", "news2")  # news2: a second news set, written later, dev only
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Gold:
    """A labelled quantity: where it stands in its sentence, its value or range, its unit."""

    start: int
    end: int
    surface: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None


@dataclass(frozen=True)
class Sentence:
    text: str
    gold: tuple[Gold, ...]


@dataclass(frozen=True)
class Score:
    """Counts of one part and split, and what went wrong (for --misses)."""

    sentences: int
    gold: int
    predicted: int
    value_hits: int
    unit_hits: int
    misses: tuple[str, ...]

    def f1(self, hits: int) -> float:
        if not hits:
            return 0.0
        precision, recall = hits / self.predicted, hits / self.gold
        return 2 * precision * recall / (precision + recall)

    @property
    def value_f1(self) -> float:
        return self.f1(self.value_hits)

    @property
    def unit_f1(self) -> float:
        return self.f1(self.unit_hits)


def _decimal(number: object) -> Decimal | None:
    return None if number is None else Decimal(str(number))


def available(part: str) -> bool:
    """The official part needs the shared corpus; the news parts are in the project."""
    return part != "official" or CORPUS.is_dir()


def load(part: str, split: str) -> list[Sentence]:
    """The sentences of one part and split, with their labelled quantities placed."""
    items = yaml.safe_load((QUANTITIES / f"en_{part}_{split}.yaml").read_text(encoding="utf-8"))
    documents: dict[str, str] = {}
    sentences = []
    for item in items:
        if "doc" in item:
            if item["doc"] not in documents:
                documents[item["doc"]] = (CORPUS / item["doc"]).read_text(encoding="utf-8")
            text = documents[item["doc"]][item["start"]:item["end"]]
        else:
            text = item["text"]
        gold = []
        for q in item["quantities"] or []:
            start = spans(text, q["surface"])[q.get("occurrence", 1) - 1]
            gold.append(Gold(start, start + len(q["surface"]), q["surface"],
                             _decimal(q.get("value")), _decimal(q.get("low")),
                             _decimal(q.get("high")), q["unit"]))
        sentences.append(Sentence(text, tuple(gold)))
    return sentences


def unit_key(unit: str | None) -> str:
    """A unit as compared: lower case, each word singular (basis points = basis point)."""
    if unit is None:
        return ""
    return re.sub(r"[a-z]+", lambda word: singular(word.group()), unit.lower())


def same_value(figure: Figure, gold: Gold) -> bool:
    if gold.value is None:
        return figure.qualifier == "range" and (figure.low, figure.high) == (gold.low, gold.high)
    return figure.qualifier != "range" and figure.value == gold.value


def score(sentences: list[Sentence]) -> Score:
    predicted = value_hits = unit_hits = gold_count = 0
    misses: list[str] = []
    for sentence in sentences:
        figures = extract_text(sentence.text)
        predicted += len(figures)
        gold_count += len(sentence.gold)
        taken: set[int] = set()
        for gold in sentence.gold:
            match = next((i for i, f in enumerate(figures) if i not in taken
                          and f.start < gold.end and gold.start < f.end and same_value(f, gold)),
                         None)
            if match is None:
                misses.append(f"MISSED {gold.surface!r} {gold.value or (gold.low, gold.high)} "
                              f"{gold.unit}  | {sentence.text}")
                continue
            taken.add(match)
            value_hits += 1
            figure = figures[match]
            if unit_key(figure.unit) == unit_key(gold.unit):
                unit_hits += 1
            else:
                misses.append(f"UNIT   {gold.surface!r} {gold.unit} got {figure.unit}"
                              f"  | {sentence.text}")
        for i, figure in enumerate(figures):
            if i not in taken:
                misses.append(f"EXTRA  {figure.text!r} {figure.value} {figure.unit}"
                              f"  | {sentence.text}")
    return Score(len(sentences), gold_count, predicted, value_hits, unit_hits, tuple(misses))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="one split only")
    parser.add_argument("--misses", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    print(f"  {'part':<10}{'split':<7}{'sentences':>10}{'gold':>6}{'found':>7}"
          f"{'value F1':>10}{'value+unit F1':>15}")
    for split in [args.split] if args.split else SPLITS:
        for part in PARTS:
            if not (QUANTITIES / f"en_{part}_{split}.yaml").is_file():
                continue  # a part without this split (the second news set: dev only)
            if not available(part):
                print(f"  {part:<10}{split:<7}  skipped: {CORPUS} is absent")
                continue
            result = score(load(part, split))
            print(f"  {part:<10}{split:<7}{result.sentences:>10}{result.gold:>6}"
                  f"{result.predicted:>7}{result.value_f1:>10.3f}{result.unit_f1:>15.3f}")
            if args.misses:
                print("\n".join(f"    {miss}" for miss in result.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
