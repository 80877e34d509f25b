"""Accuracy on the real-document corpus (tests/corpus/, ../shared/corpus/), scored by
../shared/tools/score_pairs.py as the project's accuracy is judged (benchmarks/accuracy.py).

Each measure must stay at or above what was reached when it was recorded here; a change that
lowers one fails.  Skipped, with the reason, where ../shared/corpus or the scorer is absent
(a bare clone).  One test per split; the scorer runs its commands in process (`warm`: the same
counts as `crosscheck` started three times a pair, without the start-ups), its document pairs
shared among the machine's cores.
"""

from __future__ import annotations

import os

import pytest

from benchmarks import accuracy

# Recorded: (aligned, wrong pairs at most, traps kept apart, disagreements flagged, false flags
# at most), per language and split.
RECORDED = {
    # dev grew four times by retellings written blind (zh: 521 rows, then 721, 891, 1083 of
    # agree and disagree; en: 89, then 165, 265, 404); the third round scored zh 111/170, en
    # 31/100 as it came; the fourth (three provinces and a repost; four English stories in
    # new voices) zh 157/192 and en 53/139 at the start of its session, before any tuning;
    # the fifth (晚报, 数说 and 专访 forms and a Taiwan-script repost; a wire factbox, a
    # leader, an HR briefing, a broadcaster's story) zh 120/195 and en 53/122 as it came
    # (zh 1278 rows, en 526); session 9: en 351 -> 367 (vintages, spells, names of changes,
    # zero), wrong 51 -> 52, flagged 12 -> 15 (a rise told as a fall; restatements);
    # session 10: three more blind rounds each way (zh 1278 -> 1780 agree and disagree rows,
    # en 526 -> 967), scored as they came: zh 159/210, 124/145, 99/147; en 67/144, 104/169,
    # 64/128 (the last round of each at the session's own later tree); session 11: two more
    # blind rounds each way (zh 1780 -> 2079 agree and disagree rows, en 967 -> 1284), the
    # first scored as it came (zh 109/159, en 97/163) and tuned on, the second scored at the
    # session's start and end trees without a look at its rows (zh 120 -> 124/140, en 99 ->
    # 101/154) and merged at the end; its two English false flags were there at the start;
    # session 12: two more blind rounds each way (zh 2079 -> 2375 agree and disagree rows, en
    # 1284 -> 1562), the first scored as it came (zh 67/146, en 85/140) and tuned on, the
    # second scored at the session's start tree and midway (zh 137 -> 140/150, en 74 ->
    # 74/138) before it was merged and tuned on; every English false flag mended
    # session 13: two more blind rounds each way (zh 2375 -> 2666 agree and disagree rows, en
    # 1562 -> 1801), the first scored as it came (zh 113/145, en 71/120) and tuned on, one
    # English false flag coming with it (2 as it came); the second kept unseen and scored at
    # the session's start and end trees (zh 128 -> 128/146, en 80 -> 81/119), then merged
    # session 14: two more blind rounds each way (zh 2666 -> 2963 agree and disagree rows, en
    # 1801 -> 2063), the first scored as it came (zh 137/149, en 57/96) and tuned on, the
    # second kept unseen and scored at the session's start and end trees (zh 111 -> 111/148,
    # en 109 -> 111/166), then merged
    # session 15: two more blind rounds each way (zh 2963 -> 3279 agree and disagree rows, en
    # 2063 -> 2364), the first scored as it came (zh 126/172, en 76/129) and tuned on (zh
    # 132/172), the second kept unseen and scored at the session's start and end trees (zh 119
    # -> 119/144, en 116 -> 116/172), then merged; the English false flags (2) were there at
    # the session's start tree
    # session 16: two more blind rounds each way, a third in parallel (zh 3279 -> 3740 agree
    # and disagree rows, en 2364 -> 2770), the first scored as it came (zh 131/145, en
    # 84/165) and tuned on, the second and third kept unseen and scored at the session's start
    # and last tuned trees (zh 151 -> 151/171 and 131 -> 131/145, en 75 -> 74/118 and 57 ->
    # 57/123), then merged; on today's dev the start tree scores zh 3405, wrong 132, en 1911,
    # wrong 331, with the same traps, flags and false flags (the 5 English false flags came
    # with the rounds, 2 before, 2 and 1 unseen)
    ("zh", "dev"): (3424, 125, 306, 181, 0),
    ("en", "dev"): (1958, 323, 324, 75, 5),
    # zh test, as it came: 346 wrong 12 at the start of the fourth round's session, 349 and 9
    # with a value each document states once, wrong 11 with the round's Chinese naming; 347
    # with the fifth round's Chinese forms, 349 and wrong 8 with agreeing values weighed more;
    # session 12, as it came: 353 and wrong 7 (a plan retold with no time pairs with the plan);
    # session 13, as it came: 354 and wrong 6 (a value told exactly and roughly, stated once);
    # 353 and wrong 8 with figures of a unit and no name paired by value (dev +6, wrong =);
    # session 14, as it came: unchanged at 353 and wrong 8; session 15: unchanged; session 16,
    # as it came: 354 and wrong 7 with the year of a list's lead and aims without a year
    ("zh", "test"): (354, 7, 25, 13, 0),
    # en test, as it came: traps 30 and flagged 0 since 6ac0e3e (31 and 1 before); wrong
    # pairs 21 -> 27 and aligned 43 -> 51 over the English work tuned on dev since; wrong
    # 27 -> 29 with bases said of the figure they follow (dev: wrong 17 -> 14); 56 and 24
    # with fractions of a scale and a range told again folded; 55 with how a quantity is
    # measured left out of names (dev 160 -> 166); 63, 19 and traps 29 with a value each
    # document states once taken as evidence; 62, 16, traps 30 at the end of that session
    # (English names and shares tuned on dev: dev 166/265 -> 253/404, new rows included);
    # 61, 19, traps 31 with the factbox and revision readings, 64 with agreeing values
    # weighed more (dev 306/526 -> 337); 66 and wrong 20 with clauses pairing equal values
    # that have a named candidate elsewhere (dev 343, wrong 50); session 9, as it came: 68,
    # wrong 21, traps 30 (one trap now paired; dev traps unchanged at 88/91); session 10, as
    # it came: 65, wrong 18 (three pairs unpaired by 5ae2f6a's news-prose names; dev +7 there);
    # session 11, as it came: 72, wrong 19, traps 31 (figures left over pairing on a value
    # each side states once, English names and periods tuned on dev); session 12, as it
    # came: 71, wrong 20, both at f050a3f ("This was an increase of …" named by the figure
    # before; dev +9 there), located by the test numbers alone, rows not read; session 13,
    # as it came: 73 and traps 30 with a statement scored by either of its names (dev +2,
    # dev traps unchanged at 193/203); 74 and wrong 19 with English shorthand and runs of
    # periods, 77 with figures of a unit and no name paired by value; session 14, as it
    # came: 79 at the direction and period work, 80 and wrong 16 with a fact told twice (a
    # second telling that agrees) joining its pair; 81 and wrong 19 with rivals that all
    # disagree made a mismatch, reverted on dev's wrong pairs (en 196 -> 218); session 15, as
    # it came: flagged 0 -> 1 with a fact told twice once wrong reported (the slipped telling
    # joins its fact), the rest unchanged; session 16, as it came: wrong 16 -> 14 with the
    # session's first English changes (dash bullets, the press's plain words, table cells),
    # the rest unchanged
    ("en", "test"): (80, 14, 30, 1, 0),
}


@pytest.mark.parametrize("split", accuracy.SPLITS)
def test_real_corpus_measures_do_not_drop(split: str) -> None:
    why = accuracy.missing()
    if why:
        pytest.skip(why)
    jobs = os.cpu_count() or 1
    scores = [accuracy.score(lang, split, echo=False, jobs=jobs, warm=True)
              for lang in accuracy.LANGUAGES]
    for lang, score in zip(accuracy.LANGUAGES, scores):
        if score is None:
            continue
        aligned, wrong, traps_ok, flagged, false_flags = RECORDED[(lang, split)]
        measured = (score.aligned, score.wrong, score.traps_ok, score.flagged, score.false_flags)
        assert score.aligned >= aligned, (lang, split, measured)
        assert score.wrong <= wrong, (lang, split, measured)
        assert score.traps_ok >= traps_ok, (lang, split, measured)
        assert score.flagged >= flagged, (lang, split, measured)
        assert score.false_flags <= false_flags, (lang, split, measured)


@pytest.mark.parametrize("lang", accuracy.LANGUAGES)
def test_warm_scoring_counts_as_the_command_does(lang: str) -> None:
    # the scorer's report of two document pairs, its commands run in process and as
    # `python -m checker` processes: the same lines, so the measures above are the command's
    why = accuracy.missing()
    if why:
        pytest.skip(why)
    rows = accuracy._rows(accuracy.labels(lang, "dev"))
    pairs = sorted({(r["doc_a"], r["doc_b"]) for r in rows})[:2]
    some = [r for r in rows if (r["doc_a"], r["doc_b"]) in pairs]
    warm = accuracy._score_part((lang, "dev", some, True))
    cold = accuracy._score_part((lang, "dev", some, False))
    assert warm[0] == cold[0] and warm[2] == cold[2]
    assert warm[2][1] > 5  # labelled rows were scored
