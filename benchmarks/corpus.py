"""Synthetic corpora for the benchmark, built from the seed reports.

A long review is seeds/003 told once per district and sector (东城区制造业, 西城区建筑业 …):
each telling puts the chapter's name in front of its metrics and draws its own digits, so
metrics are alike but not identical.  Articles retell one chapter: most of its paragraphs,
the same figures, now and then a changed digit (a discrepancy for the check to find).
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from checker import Document, extract_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REVIEW_SEED = "003_002d43a0e4edfa5b.txt"
DISTRICTS = ("东城区 西城区 朝阳区 海淀区 丰台区 石景山区 门头沟区 房山区 通州区 顺义区 昌平区 "
             "大兴区 怀柔区 平谷区 密云区 延庆区").split()
SECTORS = ("制造业 建筑业 交通运输业 金融业 教育系统 卫生系统 商贸流通业 信息技术业 能源行业 "
           "文化旅游业 农林水利 社会服务业").split()
CHAPTERS = [district + sector for sector in SECTORS for district in DISTRICTS]


def seed_texts() -> list[str]:
    return [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def repeated_seeds(megabytes: float) -> list[Document]:
    """The five seeds over and over, one document per copy, to about `megabytes` MB."""
    return repeated(seed_texts(), megabytes, "corpus")


# English prose for the English rate: the official reports of the shared corpus (real
# documents, as the seeds are), read in place; where that is absent, the project's English
# fixture documents, which state a figure in nearly every clause (about five times the seeds'
# figures per megabyte).
ENGLISH_OFFICIAL = SEEDS.parent.parent / "shared" / "corpus" / "en"
ENGLISH_FIXTURES = [SEEDS.parent / "tests" / "fixtures" / name for name in (
    "en_pair_release.txt", "en_pair_article.txt", "english_communique.txt", "style_english.txt")]


def english_texts(official: bool) -> list[str]:
    """The English texts: the shared official reports (None of them if absent) or the
    project's English fixture documents."""
    if official:
        return [path.read_text("utf-8") for path in sorted(ENGLISH_OFFICIAL.glob("*.txt"))]
    return [path.read_text("utf-8") for path in ENGLISH_FIXTURES]


def repeated(texts: list[str], megabytes: float, name: str) -> list[Document]:
    """The texts over and over, one document per copy, to about `megabytes` MB."""
    size = sum(len(t.encode()) for t in texts)
    copies = max(1, round(megabytes * 1_000_000 / size))
    return [Document.from_text(text, f"{name}/{copy:05d}_{index}.txt")
            for copy in range(copies) for index, text in enumerate(texts)]


@cache
def _figure_spans(seed: str) -> tuple[tuple[int, int, str, int], ...]:
    """Where the seed's named figures stand: (start, end, metric, metric start)."""
    text = (SEEDS / seed).read_text("utf-8")
    spans = []
    for figure in extract_text(text):
        if figure.kind == "duration" or not figure.metric:
            continue
        at = text.rfind(figure.metric, max(0, figure.start - 40), figure.start)
        spans.append((figure.start, figure.end, figure.metric, at))
    return tuple(spans)


def chapter(seed: str, index: int) -> str:
    """One telling of a seed for chapter `index`: its name before the metrics, its own digits."""
    text = (SEEDS / seed).read_text("utf-8")
    name = CHAPTERS[index % len(CHAPTERS)]
    rng = random.Random(f"{seed}/{index}")
    pieces = []
    cursor = 0
    for start, end, _, metric_start in _figure_spans(seed):
        if start < cursor:
            continue
        if metric_start >= cursor:
            pieces += [text[cursor:metric_start], name]
            cursor = metric_start
        pieces += [text[cursor:start], _redraw(text[start:end], rng)]
        cursor = end
    pieces.append(text[cursor:])
    heading = f"\n\n{name}工会工作\n\n" if index >= len(CHAPTERS) else f"\n\n{name}\n\n"
    return heading + "".join(pieces)


def _redraw(figure: str, rng: random.Random) -> str:
    """The same figure with other digits after the first (1247名 → 1382名, 90.4% → 97.1%)."""
    seen = [0]

    def digit(m: re.Match[str]) -> str:
        seen[0] += 1
        return m.group(0) if seen[0] == 1 else str(rng.randrange(10))

    return re.sub(r"[0-9]", digit, figure)


def review(chapters: int, seed: str = REVIEW_SEED) -> Document:
    text = "".join(chapter(seed, index) for index in range(chapters))
    return Document.from_text(text, f"review_{chapters}.txt")


def article(seed: str, index: int, number: int, changes: int = 1) -> Document:
    """An article on chapter `index`: most of its paragraphs, `changes` digits changed."""
    rng = random.Random(f"article/{seed}/{index}/{number}")
    paragraphs = [p for p in chapter(seed, index).split("\n") if p.strip()]
    kept = [p for p in paragraphs if rng.random() < 0.75]
    text = "\n\n".join(kept) + "\n"
    for _ in range(changes):
        digits = [m.start() for m in re.finditer(r"(?<=[0-9])[0-9]", text)]
        if digits:
            at = rng.choice(digits)
            text = text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1:]
    return Document.from_text(text, f"article_{number:04d}.txt")


def review_and_articles(chapters: int, articles: int = 10) -> list[Document]:
    """A review of `chapters` chapters of seeds/003 and articles on ten of its chapters."""
    step = max(1, chapters // articles)
    return [review(chapters)] + [article(REVIEW_SEED, (n * step) % chapters, n)
                                 for n in range(articles)]


def articles(count: int) -> list[Document]:
    """`count` article-sized documents on the chapters of all five seeds, two or three
    articles on each story."""
    seeds = sorted(path.name for path in SEEDS.glob("*.txt"))
    stories = max(1, count * 2 // 5)
    return [article(seeds[(n % stories) % len(seeds)], (n % stories) // len(seeds), n)
            for n in range(count)]
