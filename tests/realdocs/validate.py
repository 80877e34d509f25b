"""Check the blind labels of real documents in tests/realdocs/ against the documents themselves.

Usage: python tests/realdocs/validate.py [CORPUS]   (CORPUS defaults to ../shared/corpus from the
project root). For every label: the text at its line/column is its ``text``; value/low/high are
plain decimal strings; low <= high; bounds are one of [] [) (] (); no two figure labels overlap and
no figure overlaps a non-figure. Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DECIMAL = re.compile(r"-?\d+(\.\d+)?")
KINDS = {"count", "money", "percent", "points", "measure", "ratio", "number", "duration"}
QUALIFIERS = {None, "more_than", "at_least", "nearly", "about", "at_most", "less_than"}


def check_document(labels_path: Path, corpus: Path) -> list[str]:
    language = labels_path.parent.name
    name = labels_path.stem
    lines = (corpus / language / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    problems: list[str] = []
    spans: list[tuple[int, int, int, str]] = []
    for kind_of_file, path in (("figure", labels_path),
                               ("non-figure", labels_path.with_name(f"{name}_nonfigures.yaml"))):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            where = f"{path.name}:{item['line']}:{item['column']} {item['text']!r}"
            line, column, text = item["line"], item["column"], str(item["text"])
            if not 1 <= line <= len(lines) or column < 1 or column - 1 + len(text) > len(lines[line - 1]):
                problems.append(f"{where}: outside the document")
                continue
            found = lines[line - 1][column - 1:column - 1 + len(text)]
            if found != text:
                problems.append(f"{where}: document has {found!r}")
            spans.append((line, column, column + len(text), kind_of_file))
            if kind_of_file == "non-figure":
                continue
            for key in ("value", "low", "high"):
                value = item[key]
                if value is None and key != "value":
                    continue
                if not isinstance(value, str) or not DECIMAL.fullmatch(value):
                    problems.append(f"{where}: {key} {value!r} is not a decimal string")
            if isinstance(item["low"], str) and isinstance(item["high"], str) \
                    and Decimal(item["low"]) > Decimal(item["high"]):
                problems.append(f"{where}: low > high")
            if item["bounds"] not in ("[]", "[)", "(]", "()"):
                problems.append(f"{where}: bounds {item['bounds']!r}")
            if item["kind"] not in KINDS:
                problems.append(f"{where}: kind {item['kind']!r}")
            if item["qualifier"] not in QUALIFIERS:
                problems.append(f"{where}: qualifier {item['qualifier']!r}")
            low, high, value = item["low"], item["high"], item["value"]
            if isinstance(value, str) and DECIMAL.fullmatch(value):
                inside = (low is None or Decimal(low) <= Decimal(value)) and \
                         (high is None or Decimal(value) <= Decimal(high))
                if not inside:
                    problems.append(f"{where}: value outside [low, high]")
    spans.sort()
    widest = spans[0] if spans else None
    for span in spans[1:]:
        assert widest is not None
        if span[0] == widest[0] and span[1] < widest[2]:
            problems.append(f"{labels_path.name}:{span[0]}: {span[3]} at column {span[1]} overlaps "
                            f"{widest[3]} at column {widest[1]}")
        if span[0] != widest[0] or span[2] > widest[2]:
            widest = span
    return problems


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else HERE.parents[2] / "shared" / "corpus"
    problems: list[str] = []
    count = 0
    for labels_path in sorted(HERE.glob("*/*.yaml")):
        if labels_path.stem.endswith("_nonfigures"):
            continue
        count += 1
        problems += check_document(labels_path, corpus)
    for problem in problems:
        print(problem)
    print(f"{count} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
