"""Check the English corpus labels (dev.tsv, test.tsv) against their documents.

usage: python tests/corpus/en/validate_labels.py [SHARED_CORPUS_DIR]

Checks: the exact header; every surface occurs in its document exactly once (official
documents are read from ../shared/corpus/en/, retellings from docs/ beside this file), with
15 to 60 characters; the figure occurs in its surface, and not first inside a longer number
of the document; agree is agree, DISAGREE, UNCLEAR or TRAP; each set and each document pair
belongs to one split only; no document is used in both splits; every retelling in docs/ has
a label row.
Prints counts per split and label; exit 1 on any problem.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["set", "metric", "doc_a", "surface_a", "doc_b", "surface_b", "agree", "how",
          "fig_a", "value_a", "fig_b", "value_b"]
LABELS = {"agree", "DISAGREE", "UNCLEAR", "TRAP"}


def main() -> int:
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "en")
    texts = {}

    def text(name):
        if name not in texts:
            for folder in (os.path.join(HERE, "docs"), shared):
                path = os.path.join(folder, name)
                if os.path.exists(path):
                    with open(path, encoding="utf-8") as f:
                        texts[name] = f.read()
                    break
            else:
                texts[name] = None
        return texts[name]

    problems = []
    split_of_set, split_of_pair, split_of_doc = {}, {}, defaultdict(set)
    counts = {}
    for split in ("dev", "test"):
        path = os.path.join(HERE, f"{split}.tsv")
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        if "\r" in raw:
            problems.append(f"{split}.tsv: CR characters")
        lines = raw.split("\n")
        if lines[0].split("\t") != HEADER:
            problems.append(f"{split}.tsv: header is {lines[0]!r}")
        rows = list(csv.DictReader(raw.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
        counts[split] = Counter(r["agree"] for r in rows)
        for n, r in enumerate(rows, start=2):
            where = f"{split}.tsv:{n}"
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
                k = t.count(surface)
                if k != 1:
                    problems.append(f"{where}: surface_{side} {surface!r} occurs {k} times in {doc}")
                if not fig or fig not in surface:
                    problems.append(f"{where}: fig_{side} {fig!r} not in surface_{side} {surface!r}")
                elif k == 1:
                    at = t.find(surface) + surface.find(fig)  # judged in the document itself
                    before, after = t[at - 1:at] if at else "", t[at + len(fig):at + len(fig) + 1]
                    if before and (before.isdigit() or before in ".,/-") and fig[0].isdigit() or \
                            after.isdigit() and fig[-1].isdigit():
                        problems.append(f"{where}: fig_{side} {fig!r} first occurs inside a longer "
                                        f"number in {surface!r}")
                if not 15 <= len(surface) <= 60:
                    problems.append(f"{where}: surface_{side} has {len(surface)} characters")
            if r["doc_a"] == r["doc_b"]:
                problems.append(f"{where}: doc_a and doc_b are the same document")
            for key, table in ((r["set"], split_of_set), ((r["doc_a"], r["doc_b"]), split_of_pair)):
                if table.setdefault(key, split) != split:
                    problems.append(f"{where}: {key} is in {table[key]} and {split}")
    for name in sorted(os.listdir(os.path.join(HERE, "docs"))):
        if name not in split_of_doc:
            problems.append(f"docs/{name} has no label row")
    for doc, splits in sorted(split_of_doc.items()):
        if len(splits) > 1:
            problems.append(f"document {doc} is used in both splits")
    for split, c in counts.items():
        print(split, sum(c.values()), " ".join(f"{k}={c[k]}" for k in sorted(LABELS)))
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
