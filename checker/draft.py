"""A rules.yaml drafted from the documents themselves, for `crosscheck init`.

The documents are extracted and aligned as auto mode does; each group of aligned figures
becomes a declared metric (its names as each document writes them, its units and kinds), and
the rules say what auto mode checks: the documents agree on every declared metric, every
figure of the others has a counterpart in the reference (the first document), and each
document agrees with itself where a check inside one document has something to read.  Rules found by
names rather than by places keep working when a document is edited.

Where the draft is unsure, it writes the line commented out with the reason, so that a person
decides: a group that auto mode finds ambiguous, or a metric whose names, read back from the
draft, would pick another figure (or several) in a document.  A low alignment score keeps the
metric, with a note to look at it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from checker.align import Alignment, align
from checker.checks.base import Context
from checker.config import SCHEMA_VERSION
from checker.documents import Document
from checker.extraction import Figure, extract
from checker.reading import derived, enumeration, parts
from checker.rules import MetricDef

LOW_SCORE = 90.0  # below this, a metric is kept with a note to check it by hand
_NOT_IN_KEY = re.compile(r"[^\w-]+")
_PLAIN_SCALAR = re.compile(r"[^\W\d_][\w.%‰/-]*", re.UNICODE)  # needs no quotes in YAML
_WORD_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z][A-Za-z ]*")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


@dataclass(frozen=True)
class DraftMetric:
    """A declared metric of the draft, with what it was built from."""

    id: str
    definition: MetricDef
    figures: tuple[Figure, ...]
    documents: tuple[str, ...]  # the keys of the documents that state it
    score: float
    unsure: str = ""  # why it is written commented out ("" when it is not)


def document_keys(paths: Sequence[str]) -> list[str]:
    """Keys for documents from their file names (review.txt → review): letters, digits, _
    and -, starting with a letter (003_a.txt → doc_003_a), numbered where two would be the
    same."""
    keys: list[str] = []
    for path in paths:
        keys.append(_unique(_key(Path(path).stem, "doc"), keys))
    return keys


@dataclass(frozen=True)
class InsideRule:
    """A check inside documents (count, within, derived) and the documents it applies to,
    with what it found to check in each."""

    type: str
    documents: tuple[str, ...]
    found: tuple[str, ...]  # one note a document: "4 stated counts and their items"


def draft(documents: Sequence[Document], keys: Sequence[str] | None = None,
          base: Path | None = None) -> str:
    """The text of a rules.yaml for the documents, the first one the reference.  `base` is
    the folder the file will be written to (document paths are written relative to it)."""
    keys = list(keys) if keys is not None else document_keys([d.path for d in documents])
    figures = [extract(document) for document in documents]
    return _render(documents, keys, plan(documents, keys, figures),
                   inside_rules(documents, keys, figures), base)


def inside_rules(documents: Sequence[Document], keys: Sequence[str],
                 figures: Sequence[Sequence[Figure]]) -> list[InsideRule]:
    """The checks inside one document that have something to check in these documents: a
    stated count whose items can be read, a total with its parts, a figure that follows
    from others (the readers the checks use, so a rule is written only where it applies)."""
    found: dict[str, list[tuple[str, str]]] = {"count": [], "within": [], "derived": []}
    for document, key, own in zip(documents, keys, figures):
        counted = enumeration.read(document.text)
        breakdowns = list(parts.read(document.text, own))
        derivations = list(derived.read(document.text, own, breakdowns))
        for rule_type, number, what in (("count", len(counted), "stated counts and their items"),
                                        ("within", len(breakdowns), "totals with their parts"),
                                        ("derived", len(derivations),
                                         "figures that follow from others")):
            if number:
                found[rule_type].append((key, f"{key}: {number} {what}"))
    return [InsideRule(rule_type, tuple(k for k, _ in where), tuple(n for _, n in where))
            for rule_type, where in found.items() if where]


def plan(documents: Sequence[Document], keys: Sequence[str],
         figures: Sequence[Sequence[Figure]] | None = None) -> list[DraftMetric]:
    """The metrics a draft declares, each read back against the documents."""
    if figures is None:
        figures = [extract(document) for document in documents]
    by_path = {document.path: key for document, key in zip(documents, keys)}
    metrics = _metrics(align(figures), by_path)
    _read_back(metrics, {key: list(own) for key, own in zip(keys, figures)}, by_path)
    return metrics


def _metrics(alignments: Sequence[Alignment], keys: dict[str, str]) -> list[DraftMetric]:
    drafted: list[DraftMetric] = []
    taken: list[str] = []
    for alignment in alignments:
        present = alignment.documents
        if len(present) < 2:
            continue
        group = alignment.figures + alignment.alternatives
        name = alignment.figures[0].metric or alignment.metric
        metric_id = _unique(_key(name, "metric"), taken)
        taken.append(metric_id)
        names = tuple(dict.fromkeys(f.metric for f in alignment.figures if f.metric))
        units = tuple(dict.fromkeys(f.unit for f in alignment.figures if f.unit))
        kinds = tuple(dict.fromkeys(f.kind for f in alignment.figures))
        unsure = ""
        if alignment.ambiguous:
            unsure = ("ambiguous: " + " or ".join(_figure_note(f, keys) for f in group)
                      + " could be the one meant")
        drafted.append(DraftMetric(
            metric_id, MetricDef(metric_id, names, units, kinds), group,
            tuple(dict.fromkeys(keys[p] for p in present)), alignment.score, unsure))
    return drafted


def _read_back(metrics: list[DraftMetric], figures: dict[str, list[Figure]],
               keys: dict[str, str]) -> None:
    """Select each metric's figure in every document by its declared names, as `check` will.
    Where the names would pick another figure too, words of the figure's own clause that
    the others' clauses lack are added as its `context`; a metric that still picks the
    wrong figure, or several, is marked unsure."""
    for index, metric in enumerate(metrics):
        if metric.unsure:
            continue
        reason = _misreading(metric, metric.definition, figures, keys)
        if not reason:
            continue
        narrowed = _narrowed(metric, figures)
        if narrowed is not None and not _misreading(metric, narrowed, figures, keys):
            metrics[index] = replace(metric, definition=narrowed)
        else:
            metrics[index] = replace(metric, unsure=reason)


def _misreading(metric: DraftMetric, definition: MetricDef,
                figures: dict[str, list[Figure]], keys: dict[str, str]) -> str:
    """Why the definition does not select the metric's figures (and nothing else), or ""."""
    context = Context(figures, {key: key for key in figures}, {metric.id: definition})
    for key, own in _own_figures(metric, figures).items():
        picked = context.select(key, metric.id)
        if key not in metric.documents:
            if picked.figure is not None:
                return (f"its names also fit {_figure_note(picked.figure, keys)}, which auto "
                        f"mode did not pair with it")
        elif picked.figure is None:
            return f"its names pick nothing in {key}"
        elif picked.figure not in own:
            return (f"its names pick {_figure_note(picked.figure, keys)}, not "
                    f"{_figure_note(own[0], keys)}")
        elif picked.rivals:
            return f"its names also fit {_figure_note(picked.rivals[0], keys)}"
    return ""


def _narrowed(metric: DraftMetric, figures: dict[str, list[Figure]]) -> MetricDef | None:
    """The definition with context words: for each document, the first word of its figure's
    clause that no other figure the names fit has in its clause."""
    words: list[str] = []
    for key, own in _own_figures(metric, figures).items():
        others = [f for f in _fitting(metric.definition, key, figures) if f not in own]
        if not own:
            continue
        clauses = [f.context for f in others]
        word = next((w for w in _clause_words(own[0].context)
                     if not any(w in clause for clause in clauses)), None)
        if word is None:
            return None
        words.append(word)
    if not words:
        return None
    return replace(metric.definition, context=tuple(dict.fromkeys(words)))


def _own_figures(metric: DraftMetric, figures: dict[str, list[Figure]]) -> dict[str, list[Figure]]:
    """The metric's figures in each document (none in the documents that lack it)."""
    return {key: [f for f in metric.figures if f in figures[key]] for key in figures}


def _fitting(definition: MetricDef, key: str, figures: dict[str, list[Figure]]) -> list[Figure]:
    """The figures of a document that the definition's names and filters accept, as
    `check` finds them."""
    return [f for _, _, f in Context(figures, {}, {}).fitting(key, definition)]


def _clause_words(clause: str) -> list[str]:
    """Words of a clause to tell it from others: two Chinese characters at a time, or
    English words of four letters or more, in the order they stand."""
    words: list[str] = []
    for run in _WORD_RUN.findall(clause):
        if run.isascii():
            words.extend(w for w in _LATIN_WORD.findall(run) if len(w) >= 4)
        else:
            words.extend(run[i:i + 2] for i in range(len(run) - 1))
    return list(dict.fromkeys(words))


def _render(documents: Sequence[Document], keys: Sequence[str], metrics: Sequence[DraftMetric],
            inside: Sequence[InsideRule], base: Path | None) -> str:
    reference = keys[0]
    lines = [
        "# Rules drafted by `crosscheck init` from the documents below; the first is the",
        "# reference. Read them, rename keys and metric ids as you like, and uncomment what you",
        "# have checked. `crosscheck rules validate` checks the file; docs: README.md.",
        f"version: {SCHEMA_VERSION}",
        "",
        "documents:",
    ]
    for index, (document, key) in enumerate(zip(documents, keys)):
        note = "  # the reference" if index == 0 else ""
        lines.append(f"  {key}: {_scalar(_relative(document.path, base))}{note}")
    lines += ["", "# Each metric: the names it goes by in the documents, its units and kinds,",
              "# and, in the comment above it, the figures it was built from.", "metrics:"]
    if not metrics:
        lines.append("  {}")
    paths = {d.path: k for d, k in zip(documents, keys)}
    for metric in metrics:
        built = ", ".join(_figure_note(f, paths) for f in metric.figures)
        score = f"; score {metric.score:.0f}" if metric.score < 100 else ""
        lines.append(f"  # {built}{score}")
        if metric.score < LOW_SCORE and not metric.unsure:
            lines.append("  # low score: check that these count the same thing")
        entry = f"  {_scalar(metric.id)}: {_definition(metric.definition)}"
        if metric.unsure:
            lines.append(f"  # unsure, {metric.unsure}:")
            entry = "  #" + entry[1:]
        lines.append(entry)
    lines += ["", "rules:"]
    for document_set in dict.fromkeys(m.documents for m in metrics):
        chosen = [m for m in metrics if m.documents == document_set]
        ordered = sorted(document_set, key=keys.index)
        lines += [
            f"  - id: {'-'.join(ordered)}-agree",
            "    type: equal",
            f"    documents: [{', '.join(ordered)}]",
            "    metrics:",
        ]
        if all(m.unsure for m in chosen):
            lines.append("      []  # every metric here is unsure: uncomment those you checked")
        for metric in chosen:
            prefix = "      # - " if metric.unsure else "      - "
            lines.append(f"{prefix}{_scalar(metric.id)}")
    for key in keys[1:]:
        lines += [
            f"  - id: {key}-figures-in-{reference}",
            "    type: covered",
            f"    source: {reference}",
            f"    derived: {key}",
            f"    message: {key} states a figure {reference} does not",
        ]
    for rule in inside:
        lines += [f"  # {note}" for note in rule.found]
        lines += [
            f"  - id: {rule.type}-inside-documents",
            f"    type: {rule.type}",
            f"    documents: [{', '.join(rule.documents)}]",
            "    level: warning",
        ]
    return "\n".join(lines) + "\n"


def _definition(definition: MetricDef) -> str:
    parts = [f"names: [{', '.join(_scalar(n) for n in definition.names)}]"]
    if definition.units:
        parts.append("unit: " + _flow(definition.units))
    if definition.kinds:
        parts.append("kind: " + _flow(definition.kinds))
    return "{" + ", ".join(parts) + "}"


def _flow(values: Sequence[str]) -> str:
    if len(values) == 1:
        return _scalar(values[0])
    return "[" + ", ".join(_scalar(v) for v in values) + "]"


def _scalar(text: str) -> str:
    """Text as a YAML scalar: plain where that reads back the same, else double-quoted."""
    if _PLAIN_SCALAR.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _figure_note(figure: Figure | None, keys: dict[str, str]) -> str:
    if figure is None:
        return "nothing"
    where = keys.get(figure.document, figure.document)
    return f"{figure.text} ({where}:{figure.line}:{figure.column})"


def _key(name: str, prefix: str) -> str:
    """A name made a key of rules.yaml (and of `document.metric` in expressions)."""
    key = _NOT_IN_KEY.sub("_", name).strip("_")
    if not key:
        return prefix
    return key if key[0].isalpha() else f"{prefix}_{key}"


def _unique(key: str, taken: Sequence[str]) -> str:
    candidate, number = key, 2
    while candidate in taken:
        candidate, number = f"{key}_{number}", number + 1
    return candidate


def _relative(path: str, base: Path | None) -> str:
    if base is None:
        return path
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(Path(path).resolve())
