#!/usr/bin/env python3
"""Check the hand-made pair labels of tests/corpus/<lang>/ (dev.tsv, test.tsv) against their
documents, before they are committed and in the tests.

usage: python tests/corpus/validate_labels.py [zh] [en]   (default: both)

Checks: the exact header; every surface occurs in its document exactly once (official
documents are read in place from ../shared/corpus/<lang>/, retellings from
tests/corpus/<lang>/docs/), with the surface length of its language; the figure occurs in
its surface, and not first inside a longer number of the document; agree is agree,
DISAGREE, UNCLEAR or TRAP; each set and each document pair belongs to one split only; no
document is used in both splits; every retelling in docs/ has a label row; no CR line ends.
Prints counts per split and label; exit 1 on any problem.
"""
from __future__ import annotations

import csv
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus"))
HEADER = ["set", "metric", "doc_a", "surface_a", "doc_b", "surface_b", "agree", "how",
          "fig_a", "value_a", "fig_b", "value_b"]
LABELS = {"agree", "DISAGREE", "UNCLEAR", "TRAP"}
SURFACE_LENGTH = {"zh": (8, 30), "en": (15, 60)}  # characters: long enough to be unique


def problems_of(lang: str, shared: str = SHARED) -> tuple[list[str], dict[str, Counter[str]]]:
    """The problems of one language's labels, and the label counts per split."""
    folder, docs = os.path.join(HERE, lang), os.path.join(HERE, lang, "docs")
    texts: dict[str, str | None] = {}

    def text(name: str) -> str | None:
        if name not in texts:
            texts[name] = None
            for where in (docs, os.path.join(shared, lang)):
                path = os.path.join(where, name)
                if os.path.exists(path):
                    with open(path, encoding="utf-8", newline="") as f:
                        texts[name] = f.read()
                    break
        return texts[name]

    problems: list[str] = []
    split_of_set: dict[object, str] = {}
    split_of_pair: dict[object, str] = {}
    split_of_doc: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, Counter[str]] = {}
    shortest, longest = SURFACE_LENGTH[lang]
    for split in ("dev", "test"):
        with open(os.path.join(folder, f"{split}.tsv"), encoding="utf-8", newline="") as f:
            raw = f.read()
        where_file = f"{lang}/{split}.tsv"
        if "\r" in raw:
            problems.append(f"{where_file}: CR characters")
        if raw.split("\n")[0].split("\t") != HEADER:
            problems.append(f"{where_file}: header is {raw.split(chr(10))[0]!r}")
        rows = list(csv.DictReader(raw.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
        counts[split] = Counter(r["agree"] for r in rows)
        for n, r in enumerate(rows, start=2):
            where = f"{where_file}:{n}"
            if None in r or any(v is None for v in r.values()):
                problems.append(f"{where}: wrong number of fields")
                continue
            if r["agree"] not in LABELS:
                problems.append(f"{where}: agree is {r['agree']!r}")
            for side in "ab":
                doc, surface, fig = r[f"doc_{side}"], r[f"surface_{side}"], r[f"fig_{side}"]
                split_of_doc[doc].add(split)
                t = text(doc)
                if t is None:
                    problems.append(f"{where}: document {doc} not found")
                    continue
                if "\r" in t:
                    problems.append(f"{where}: {doc} has CR line ends")
                k = t.count(surface)
                if k != 1:
                    problems.append(f"{where}: surface_{side} {surface!r} occurs {k} times in {doc}")
                if not fig or fig not in surface:
                    problems.append(f"{where}: fig_{side} {fig!r} not in surface_{side} {surface!r}")
                elif k == 1:
                    at = t.find(surface) + surface.find(fig)  # judged in the document itself
                    before, after = t[at - 1:at] if at else "", t[at + len(fig):at + len(fig) + 1]
                    if (before and (before.isdigit() or before in ".,/-") and fig[0].isdigit()
                            or after.isdigit() and fig[-1].isdigit()):
                        problems.append(f"{where}: fig_{side} {fig!r} first occurs inside a "
                                        f"longer number in {surface!r}")
                if not shortest <= len(surface) <= longest:
                    problems.append(f"{where}: surface_{side} has {len(surface)} characters")
            if r["doc_a"] == r["doc_b"]:
                problems.append(f"{where}: doc_a and doc_b are the same document")
            for key, table in ((r["set"], split_of_set), ((r["doc_a"], r["doc_b"]), split_of_pair)):
                if table.setdefault(key, split) != split:
                    problems.append(f"{where}: {key} is in {table[key]} and {split}")
    for name in sorted(os.listdir(docs)):
        if name not in split_of_doc:
            problems.append(f"{lang}/docs/{name} has no label row")
    for doc, splits in sorted(split_of_doc.items()):
        if len(splits) > 1:
            problems.append(f"{lang}: document {doc} is used in both splits")
    return problems, counts


def main(langs: list[str]) -> int:
    failed = False
    for lang in langs or sorted(SURFACE_LENGTH):
        problems, counts = problems_of(lang)
        for split, c in counts.items():
            print(lang, split, sum(c.values()), " ".join(f"{k}={c[k]}" for k in sorted(LABELS)))
        for problem in problems:
            print(problem)
        failed = failed or bool(problems)
    print("OK" if not failed else "problems found")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
