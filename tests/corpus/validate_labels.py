#!/usr/bin/env python3
"""Check the hand-made labels of tests/corpus/zh before they are committed.

usage: python tests/corpus/validate_labels.py   (from the worktree root or anywhere)

Checks: the exact header; every surface occurs exactly once in its document (official
reports are read in place from ../shared/corpus/zh/, retellings from tests/corpus/zh/docs/);
fig occurs in its surface; agree is one of agree/DISAGREE/UNCLEAR/TRAP; every set is in
exactly one split; every retelling file is labelled; files are UTF-8 with LF line ends.
Prints counts per split and label; exit 1 on any problem.
"""
import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ZH = os.path.join(HERE, "zh")
DOCS = os.path.join(ZH, "docs")
OFFICIAL = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus", "zh"))
HEADER = ["set", "metric", "doc_a", "surface_a", "doc_b", "surface_b", "agree", "how",
          "fig_a", "value_a", "fig_b", "value_b"]
LABELS = {"agree", "DISAGREE", "UNCLEAR", "TRAP"}


def read(path):
    with open(path, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        raise ValueError(f"{path}: CR line ends")
    return raw.decode("utf-8")


def main():
    problems = []
    texts = {}

    def text(name):
        if name not in texts:
            folder = OFFICIAL if name.startswith("gwr2026_") else DOCS
            texts[name] = read(os.path.join(folder, name))
        return texts[name]

    sets_in = {}
    counts = {}
    used_docs = set()
    for split in ("dev", "test"):
        path = os.path.join(ZH, f"{split}.tsv")
        body = read(path)
        lines = body.split("\n")
        if lines[0].split("\t") != HEADER:
            problems.append(f"{path}: header is {lines[0]!r}")
            continue
        counts[split] = Counter()
        for n, row in enumerate(csv.DictReader(body.splitlines(), delimiter="\t",
                                               quoting=csv.QUOTE_NONE), start=2):
            where = f"{split}.tsv:{n}"
            if None in row or any(v is None for v in row.values()):
                problems.append(f"{where}: wrong number of fields")
                continue
            sets_in.setdefault(row["set"], set()).add(split)
            if row["agree"] not in LABELS:
                problems.append(f"{where}: agree={row['agree']!r}")
            counts[split][row["agree"]] += 1
            for side in ("a", "b"):
                doc, surface, fig = row[f"doc_{side}"], row[f"surface_{side}"], row[f"fig_{side}"]
                used_docs.add(doc)
                try:
                    t = text(doc)
                except (OSError, ValueError) as e:
                    problems.append(f"{where}: {e}")
                    continue
                k = t.count(surface)
                if k != 1:
                    problems.append(f"{where}: surface_{side} {surface!r} occurs {k} times in {doc}")
                if not (8 <= len(surface) <= 30):
                    problems.append(f"{where}: surface_{side} {surface!r} is {len(surface)} chars")
                if not fig or fig not in surface:
                    problems.append(f"{where}: fig_{side} {fig!r} not in surface {surface!r}")
                    continue
                k = surface.find(fig)
                before = surface[k - 1] if k > 0 else ""
                after = surface[k + len(fig):k + len(fig) + 1]
                if (before.isdigit() or before == ".") and fig[0].isdigit() or \
                        after.isdigit() and fig[-1].isdigit():
                    problems.append(f"{where}: fig_{side} {fig!r} first occurs inside a longer "
                                    f"number in {surface!r}")
            if row["doc_a"].startswith("gwr2026_") and row["doc_a"] != f"gwr2026_{row['set']}.txt":
                problems.append(f"{where}: doc_a {row['doc_a']} is not of set {row['set']}")
    for s, splits in sorted(sets_in.items()):
        if len(splits) != 1:
            problems.append(f"set {s} is in {sorted(splits)}")
    for name in sorted(os.listdir(DOCS)):
        read(os.path.join(DOCS, name))
        if name not in used_docs:
            problems.append(f"docs/{name} has no label row")
    for split, c in counts.items():
        sets = sorted(s for s, v in sets_in.items() if split in v)
        print(f"{split}: {sum(c.values())} rows  " + "  ".join(f"{k}={c[k]}" for k in sorted(LABELS))
              + f"  sets={','.join(sets)}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
