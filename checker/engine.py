"""Running the checks: documents (and rules) in, an Outcome with its findings out.

Two modes.  With a rule set, each rule runs its check over the figures of the documents it
names.  Without one (auto mode), every group of aligned figures is checked for equality and
every figure with no counterpart in another document is reported as missing; and, unless
`internal` is False, each document is checked on its own (stated counts, totals and parts,
derived figures) with level warning.

At newsroom scale (check_articles), many articles are each checked against a few reference
documents only, never against each other: the references are extracted and prepared for
alignment once, and the articles are checked in batches, here or on an executor's workers.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace

from checker.align import MARGIN, THRESHOLD, Prepared, align, pair, prepare
from checker.checks import CHECKS, INTERNAL
from checker.checks.base import Context, ambiguous, consistent, describe, finding
from checker.checks.equal import mismatch
from checker.documents import Document
from checker.errors import CrosscheckError
from checker.extraction import Figure, extract
from checker.findings import KINDS, LEVELS, Finding, Outcome
from checker.parallel import BATCH_CHARS, Progress, extract_all, map_documents
from checker.rules import RULE_TYPES, MetricDef, Rule, RuleSet, Source, unused_metrics

AUTO_RULE = "auto"
_AUTO = Rule(AUTO_RULE, "equal", "error", None, {}, Source("<auto>", 0, 0))


def check(documents: Sequence[Document] | Mapping[str, Document],
          rules: RuleSet | None = None, *, references: Sequence[str] = (),
          executor: Executor | None = None, progress: Progress | None = None,
          internal: bool = True) -> Outcome:
    """Check documents against a rule set, or against each other when there is none.

    With rules, `documents` maps the rule set's document keys to loaded documents.  Without,
    `references` are the paths of the documents the others are measured against (default:
    the first document given); see check_auto.  With an executor (a process pool, a
    cluster's), the documents are extracted on its workers; `progress` is called with
    (stage, done, total) as the run goes (checker.parallel).  `internal` (auto mode only)
    runs the checks inside each document as well.  For many articles, each against a few
    references only, see check_articles.
    """
    if rules is None:
        docs = list(documents.values()) if isinstance(documents, Mapping) else list(documents)
        return check_auto(docs, references=references, executor=executor, progress=progress,
                          internal=internal)
    if not isinstance(documents, Mapping):
        documents = dict(zip(rules.documents, documents))
    return check_rules(documents, rules, executor=executor, progress=progress)


def check_auto(documents: Sequence[Document], threshold: float = THRESHOLD,
               margin: float = MARGIN, *, references: Sequence[str] = (),
               executor: Executor | None = None, progress: Progress | None = None,
               internal: bool = True) -> Outcome:
    """Every aligned group must agree; every figure should have a counterpart; with
    `internal`, each document agrees with itself.

    Figures are measured against the reference (`references`, paths of documents; default
    the first document given): a mismatch names the reference's figure first, and its
    difference is the other's minus the reference's.  With one reference, the documents of
    a group the reference has no figure in are still compared with each other (against the
    one whose path sorts first); with several, each other document is compared with the
    references only (and the references with the first of them).
    """
    if not references and documents:
        references = (documents[0].path,)
    references = tuple(references)
    unknown = [r for r in references if r not in {d.path for d in documents}]
    if unknown:
        raise CrosscheckError(f"the reference is not among the documents: {', '.join(unknown)}")
    ordered = sorted(documents, key=lambda d: d.path)  # alignment: the order does not matter
    figures = extract_all(ordered, executor, progress)
    alignments = align(figures, threshold, margin, progress=progress)
    paths = tuple(d.path for d in ordered)
    rivals = {id(f) for a in alignments for f in a.alternatives}
    findings: list[Finding] = []
    aligned = 0
    for alignment in alignments:
        present = alignment.documents
        if alignment.ambiguous:
            lead = alignment.figures[0]
            findings.append(ambiguous(_AUTO, lead,
                                      [f for f in alignment.alternatives if f is not lead]))
            continue
        if len(present) > 1:
            aligned += 1
            for reference, first in _against(_firsts_per_document(alignment.figures),
                                             references):
                findings.extend(_mismatches(alignment.figures, reference, first))
        if len(paths) > 1 and not (len(present) == 1 and id(alignment.figures[0]) in rivals):
            compared = paths if alignment.compared is None else alignment.compared
            absent = tuple(p for p in compared if p not in present)
            if absent:
                lead = alignment.figures[0]
                findings.append(finding(
                    _AUTO, "missing", lead.metric,
                    f"{describe(lead)} has no counterpart in {', '.join(absent)}",
                    level="warning", figures=alignment.figures, missing_in=absent))
    if internal:
        findings.extend(check_internal(ordered, figures))
    help_text = "aligned figures agree; every figure has a counterpart in the other documents"
    if internal:
        help_text += "; each document's counts, parts and derived figures agree with it"
    return Outcome(paths, tuple(len(f) for f in figures), aligned, (AUTO_RULE,),
                   tuple(sorted(findings, key=Finding.sort_key)),
                   rule_help={AUTO_RULE: help_text},
                   texts=tuple(d.text for d in ordered), figures=tuple(map(tuple, figures)),
                   counterparts=tuple(a.figures for a in alignments
                                      if not a.ambiguous and len(a.documents) > 1),
                   references=references)


def _mismatches(figures: Sequence[Figure], reference: Figure, first: Figure) -> list[Finding]:
    """The mismatches of one group's figures of `first`'s document with `reference`: one for
    each value told that disagrees (a fact told twice, once wrong, is one slip), each with
    the figures that tell its value again and the reference's restatements."""
    restated = tuple(f for f in figures
                     if f.document == reference.document and f is not reference)
    tellings = [f for f in figures if f.document == first.document]
    wrong = [f for f in tellings if not consistent(reference, f)]
    found = []
    while wrong:
        lead, *rest = wrong
        same = tuple(f for f in rest if consistent(lead, f))
        wrong = [f for f in rest if not any(f is g for g in same)]
        found.append(mismatch(_AUTO, reference.metric, reference, lead, restated + same))
    return found


def _against(firsts: Sequence[Figure],
             references: tuple[str, ...]) -> list[tuple[Figure, Figure]]:
    """The pairs of figures (reference first) one aligned group is checked in (check_auto)."""
    by_document = {figure.document: figure for figure in firsts}
    present = [by_document[r] for r in references if r in by_document]
    if not present:
        return [(firsts[0], other) for other in firsts[1:]] if len(references) <= 1 else []
    others = [f for f in firsts if f.document not in references]
    return ([(present[0], r) for r in present[1:]]
            + [(reference, other) for reference in present for other in others])


def check_internal(documents: Sequence[Document],
                   figures: Sequence[Sequence[Figure]]) -> list[Finding]:
    """The checks inside one document (count, within, derived), at level warning, over each
    document with its figures (in the same order)."""
    keys = [document.path for document in documents]
    context = Context(dict(zip(keys, figures)), {key: key for key in keys},
                      documents=dict(zip(keys, documents)))
    findings: list[Finding] = []
    for module in INTERNAL:
        rule = Rule(AUTO_RULE, module.ID, "warning", None,
                    {key: option.default for key, option in RULE_TYPES[module.ID].conf.items()},
                    Source("<auto>", 0, 0))
        findings.extend(module.check(rule, context))
    return findings


def _firsts_per_document(figures: Sequence[Figure]) -> list[Figure]:
    seen: dict[str, Figure] = {}
    for figure in figures:
        seen.setdefault(figure.document, figure)
    return list(seen.values())


def check_rules(documents: Mapping[str, Document], rules: RuleSet, *,
                executor: Executor | None = None, progress: Progress | None = None) -> Outcome:
    """Run each rule of the set over the documents it names (keys of `documents`)."""
    keys = list(rules.documents)
    figures = dict(zip(keys, extract_all([documents[key] for key in keys], executor, progress)))
    context = Context(
        figures, {key: documents[key].path for key in keys}, rules.metrics,
        rules.threshold if rules.threshold is not None else THRESHOLD,
        rules.margin if rules.margin is not None else MARGIN,
        {key: documents[key] for key in keys},
    )
    order = {rule.id: index for index, rule in enumerate(rules.rules)}
    findings: list[Finding] = []
    for rule in rules.rules:
        findings.extend(CHECKS[rule.type].check(rule, context))
    findings.sort(key=lambda f: (order[f.rule], LEVELS.index(f.level), KINDS.index(f.kind),
                                 *f.sort_key()[3:]))
    findings.extend(_unused(metric) for metric in unused_metrics(rules))
    aligned = sum(
        1 for metric in rules.metrics
        if sum(context.select(key, metric).figure is not None for key in keys) >= 2
    ) + context.aligned_pairs()
    return Outcome(
        tuple(documents[key].path for key in keys),
        tuple(len(figures[key]) for key in keys),
        aligned,
        tuple(rule.id for rule in rules.rules),
        tuple(findings),
        rules_file=rules.path,
        rule_help={**{rule.id: _help(rule) for rule in rules.rules},
                   **({METRICS_RULE: METRICS_HELP} if unused_metrics(rules) else {})},
        texts=tuple(documents[key].text for key in keys),
        figures=tuple(tuple(figures[key]) for key in keys),
        counterparts=_counterparts(context),
        references=tuple(dict.fromkeys(documents[key].path for key in _references(rules))),
    )


def _references(rules: RuleSet) -> list[str]:
    """The documents the rules measure others against: the first of an `equal` rule's
    documents, the `source` of a `covered` rule."""
    found: list[str] = []
    for rule in rules.rules:
        if rule.type == "equal":
            found.append(rule.options["documents"][0])
        elif rule.type == "covered":
            found.append(rule.options["source"])
    return found


METRICS_RULE = "metrics"  # the rule id of findings about the metrics: section
METRICS_HELP = "every metric the rules file declares is used by a rule"


def _unused(metric: MetricDef) -> Finding:
    """A declared metric no rule uses: a mistake (a rule that meant it names another)."""
    source = metric.source
    return Finding(kind="unused-metric", level="warning", rule=METRICS_RULE, metric=metric.id,
                   message=f"metric {metric.id!r} ({', '.join(metric.names)}) is declared but "
                           f"no rule uses it; use it in a rule, or remove it",
                   source=(source.path, source.line, source.column) if source else None)


def _counterparts(context: Context) -> tuple[tuple[Figure, ...], ...]:
    """The figures the rules took as one fact: a metric's figures in the documents the rules
    looked for it in, and the figure pairs aligned between documents."""
    by_metric: dict[str, list[Figure]] = {}
    for selection in context.selections():
        if selection.figure is not None:
            by_metric.setdefault(selection.metric, []).append(selection.figure)
    groups = [tuple(found) for found in by_metric.values() if len(found) > 1]
    for pairing in context.pairings():
        groups.extend((left, right) for left, right, _ in pairing.pairs)
    return tuple(groups)


def _help(rule: Rule) -> str:
    doc = (CHECKS[rule.type].__doc__ or "").strip().splitlines()
    summary = doc[0] if doc else rule.type
    return f"{rule.message or summary} ({rule.type})"


ARTICLES_HELP = ("each article's figures agree with the references' and stand in them "
                 "(articles are checked against the references only)")
# A batch of articles carries the prepared references with it.  Batches are smaller than
# extraction's when there are few articles, to keep every worker busy, but not so small that
# sending them costs more than checking them.
_BATCHES_PER_RUN = 32
_MIN_BATCH_CHARS = 20_000


@dataclass(frozen=True)
class References:
    """Reference documents extracted and prepared for alignment once, to check many articles
    against (what travels to the workers with each batch of articles)."""

    paths: tuple[str, ...]
    figure_counts: tuple[int, ...]
    prepared: tuple[Prepared, ...]


@dataclass(frozen=True)
class ArticleResult:
    """One article's part of the outcome, as a worker sends it back."""

    figures: int
    aligned: int
    findings: tuple[Finding, ...]


def check_articles(references: Sequence[Document], articles: Sequence[Document],
                   threshold: float = THRESHOLD, margin: float = MARGIN, *,
                   executor: Executor | None = None, progress: Progress | None = None,
                   internal: bool = True) -> Outcome:
    """Check each article against the reference documents only, never against another
    article: the newsroom's load of many articles retelling a few sources.

    For each article and reference, the article's figures are aligned with the reference's
    (align.pair).  A figure that disagrees with its counterpart is a `mismatch` (its
    difference measured from the reference's figure); one with near-equal candidates is
    `ambiguous`; one with a counterpart in no reference is `unsupported` (the references do
    not back it).  Figures of a reference that an article leaves out are no finding: an
    article retells part of its sources.  The references are not checked against each other.
    With `internal`, each article is also checked on its own (check_internal).

    Every finding names its `article`, and findings come grouped by article (articles in
    order of their paths).  The references are extracted and prepared once; with an executor
    (a process pool, a cluster's), batches of articles are extracted, aligned and checked on
    its workers, each batch with the prepared references.  `progress` hears ("extract", …)
    for the references, then ("check", articles done, articles in all).
    """
    if not references:
        raise CrosscheckError("check_articles needs at least one reference document")
    named = {d.path for d in references}
    ordered = sorted((d for d in articles if d.path not in named), key=lambda d: d.path)
    prepared = prepare_references(references, executor, progress)
    work: Callable[[list[Document]], list[ArticleResult]]
    if executor is None:
        work = functools.partial(_check_batch, prepared, threshold=threshold, margin=margin,
                                 internal=internal)
    else:  # pickled once: each batch carries bytes, which pickle (and hash, on Dask) at once
        work = functools.partial(_check_shipped, pickle.dumps(prepared), threshold=threshold,
                                 margin=margin, internal=internal)
    total_chars = sum(len(d.text) for d in ordered)
    batch = min(BATCH_CHARS, max(_MIN_BATCH_CHARS, total_chars // _BATCHES_PER_RUN))
    checked = map_documents(work, ordered, executor, progress, "check", batch_chars=batch)
    return Outcome(
        prepared.paths + tuple(d.path for d in ordered),
        prepared.figure_counts + tuple(c.figures for c in checked),
        sum(c.aligned for c in checked),
        (AUTO_RULE,),
        tuple(f for c in checked for f in c.findings),
        rule_help={AUTO_RULE: ARTICLES_HELP + (
            "; each article's counts, parts and derived figures agree with it" if internal
            else "")},
        references=prepared.paths,
        articles=tuple(d.path for d in ordered),
    )


def prepare_references(references: Sequence[Document], executor: Executor | None = None,
                       progress: Progress | None = None) -> References:
    """The references extracted (on the executor, if any) and prepared for alignment."""
    figures = extract_all(list(references), executor, progress)
    return References(tuple(d.path for d in references), tuple(len(f) for f in figures),
                      tuple(prepare(f) for f in figures))


def _check_batch(references: References, articles: list[Document], *, threshold: float,
                 margin: float, internal: bool) -> list[ArticleResult]:
    return [check_article(references, article, threshold, margin, internal)
            for article in articles]


def _check_shipped(payload: bytes, articles: list[Document], *, threshold: float,
                   margin: float, internal: bool) -> list[ArticleResult]:
    """_check_batch on a worker, the references as check_articles pickled them."""
    return _check_batch(_unpickled(payload), articles, threshold=threshold, margin=margin,
                        internal=internal)


@functools.lru_cache(maxsize=2)
def _unpickled(payload: bytes) -> References:
    """The references a payload holds, unpickled once per worker process and run."""
    references: References = pickle.loads(payload)  # our own bytes, from check_articles
    return references


def check_article(references: References, article: Document, threshold: float = THRESHOLD,
                  margin: float = MARGIN, internal: bool = True) -> ArticleResult:
    """One article against the prepared references (see check_articles)."""
    figures = extract(article)
    side = prepare(figures)
    findings: list[Finding] = []
    aligned = 0
    unbacked: dict[int, Figure] | None = None  # the article's figures no reference backs
    for reference in references.prepared:
        pairing = pair(side, reference, threshold, margin)
        aligned += len(pairing.pairs)
        for figure, counterpart, _ in pairing.pairs:
            if not consistent(counterpart, figure):
                findings.append(mismatch(_AUTO, counterpart.metric, counterpart, figure,
                                         (*pairing.restated(counterpart),
                                          *pairing.restated(figure))))
        for figure, candidates, _ in pairing.ambiguous:
            findings.append(ambiguous(_AUTO, figure, candidates))
        alone = {id(f): f for f in pairing.only_left}
        unbacked = alone if unbacked is None else {
            key: f for key, f in unbacked.items() if key in alone}
    for figure in (unbacked or {}).values():
        findings.append(finding(
            _AUTO, "unsupported", figure.metric,
            f"{describe(figure)} has no counterpart in {', '.join(references.paths)}",
            level="warning", figures=(figure,), missing_in=references.paths))
    if internal:
        findings.extend(check_internal([article], [figures]))
    return ArticleResult(len(figures), aligned, tuple(
        replace(f, article=article.path) for f in sorted(findings, key=Finding.sort_key)))
