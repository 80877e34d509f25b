"""rules.yaml: loading and validating the rules file into plain data.

Every node keeps its line and column, so that any mistake is reported as one line naming the
file, the place and what was expected.  Loading is safe (no tags, no aliases: an alias could
expand a small file into a huge one).  The rule types and their options are declared once,
in `checker.rules.RULE_TYPES`; one validator here checks them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker.errors import CrosscheckError, existing_file
from checker.expressions import Comparison, ExpressionError, number, parse
from checker.extraction import QUALIFIERS
from checker.findings import LEVELS
from checker.rules import (
    METRIC_KINDS,
    RULE_TYPES,
    MetricDef,
    Option,
    Rule,
    RuleSet,
    RuleType,
    Source,
)

SCHEMA_VERSION = 1
MAX_DEPTH = 50  # a rules file needs a handful of levels; deeper is an attack or a mistake
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}"
               for name in ("map", "seq", "str", "int", "float", "bool", "null", "merge")}


# --- reading YAML with positions ---------------------------------------------------------

@dataclass
class _Located:
    value: Any
    source: Source
    quoted: bool = False  # a quoted scalar starts one column after its node


def _walk(node: yaml.Node, path: str, loader: yaml.SafeLoader, seen: set[int]) -> _Located:
    where = Source(path, node.start_mark.line + 1, node.start_mark.column + 1)
    if id(node) in seen:
        raise CrosscheckError("aliases (*name) are not allowed in a rules file", path,
                              where.line, where.column)
    seen.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        raise CrosscheckError(f"tags ({node.tag}) are not allowed in a rules file", path,
                              where.line, where.column)
    if isinstance(node, yaml.MappingNode):
        items: dict[str, tuple[_Located, _Located]] = {}
        for key_node, value_node in node.value:
            key = _walk(key_node, path, loader, seen)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise CrosscheckError("merge keys (<<) are not allowed in a rules file", path,
                                      key.source.line, key.source.column)
            if not isinstance(key.value, str):
                raise CrosscheckError(f"expected a text key, got {key.value!r}", path,
                                      key.source.line, key.source.column)
            if key.value in items:
                raise CrosscheckError(f"duplicate key {key.value!r}", path, key.source.line,
                                      key.source.column)
            items[key.value] = (key, _walk(value_node, path, loader, seen))
        return _Located(items, where)
    if isinstance(node, yaml.SequenceNode):
        return _Located([_walk(item, path, loader, seen) for item in node.value], where)
    return _Located(loader.construct_object(node), where, getattr(node, "style", None) in ('"', "'"))


class _Loader(yaml.SafeLoader):
    """Safe loading that refuses aliases where they stand (before any could expand)."""

    path = ""
    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
        if self.check_event(yaml.AliasEvent):
            raise CrosscheckError("aliases (*name) are not allowed in a rules file", self.path,
                                  mark.line + 1, mark.column + 1)
        if self.depth >= MAX_DEPTH:
            raise CrosscheckError(f"nested more than {MAX_DEPTH} levels deep", self.path,
                                  mark.line + 1, mark.column + 1)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _compose(text: str, path: str) -> _Located:
    loader = _Loader(text)
    loader.path = path
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or "not valid YAML"
        raise CrosscheckError(f"not valid YAML: {problem}", path,
                              mark.line + 1 if mark else None,
                              mark.column + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise CrosscheckError(f"not valid YAML: {error}", path) from None
    finally:
        loader.dispose()
    if node is None:
        raise CrosscheckError("the rules file is empty", path)
    return _walk(node, path, loader, set())


# --- validation --------------------------------------------------------------------------

def _fail(message: str, located: _Located) -> CrosscheckError:
    return CrosscheckError(message, located.source.path, located.source.line,
                           located.source.column)


def _mapping(located: _Located, what: str) -> dict[str, tuple[_Located, _Located]]:
    if not isinstance(located.value, dict):
        raise _fail(f"{what} must be a mapping (key: value), got {_describe(located.value)}",
                    located)
    return located.value


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"


def _text(located: _Located, what: str) -> str:
    if not isinstance(located.value, str) or not located.value.strip():
        raise _fail(f"{what} must be text, got {_describe(located.value)}", located)
    return located.value


def _texts(located: _Located, what: str) -> tuple[str, ...]:
    """A text or a list of texts."""
    if isinstance(located.value, list):
        if not located.value:
            raise _fail(f"{what} must not be empty", located)
        return tuple(_text(item, what) for item in located.value)
    return (_text(located, what),)


def _known_keys(items: Mapping[str, Any], allowed: tuple[str, ...], what: str) -> None:
    for key, (key_node, _) in items.items():
        if key not in allowed:
            raise _fail(f"unknown key {key!r} in {what}; expected one of: {', '.join(allowed)}",
                        key_node)


def _number(located: _Located, what: str, low: float = 0.0) -> float:
    value = located.value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
        raise _fail(f"{what} must be a number of at least {low:g}, got {_describe(value)}",
                    located)
    return float(value)


def _amount(located: _Located, what: str, percent: bool = False) -> float:
    """A number, or text written as numbers are in prose: 0.5亿, 2万, 1,000 (and 5% where
    `percent` allows a share)."""
    if isinstance(located.value, str):
        try:
            return float(number(located.value, percent))
        except ValueError:
            examples = "0.01 or 1%" if percent else "5000, 2万 or 0.5亿"
            raise _fail(f"{what} must be a number such as {examples}, got "
                        f"{_describe(located.value)}", located) from None
    return _number(located, what)


def load_rules(path: str | Path) -> RuleSet:
    """Read and validate a rules file; any mistake raises CrosscheckError with its place."""
    name = str(path)
    file = existing_file(path, "rules file")
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CrosscheckError("rules file is not UTF-8 text", name) from None
    except OSError as error:
        raise CrosscheckError(f"cannot read rules file: {error.strerror or error}", name) from None
    return parse_rules(text, name)


def parse_rules(text: str, path: str = "rules.yaml") -> RuleSet:
    root = _compose(text, path)
    top = _mapping(root, "the rules file")
    _known_keys(top, ("version", "documents", "metrics", "rules", "settings"), "the rules file")
    if "version" not in top:
        raise _fail(f"missing 'version: {SCHEMA_VERSION}'", root)
    version_node = top["version"][1]
    if version_node.value != SCHEMA_VERSION:
        raise _fail(f"unsupported version {version_node.value!r}; expected {SCHEMA_VERSION}",
                    version_node)
    for required in ("documents", "rules"):
        if required not in top:
            raise _fail(f"missing '{required}:'", root)

    base = Path(path).parent
    documents: dict[str, str] = {}
    document_sources: dict[str, Source] = {}
    for key, (key_node, value) in _mapping(top["documents"][1], "documents").items():
        file_name = _text(value, f"document {key!r}")
        documents[key] = str(base / file_name) if not Path(file_name).is_absolute() else file_name
        document_sources[key] = value.source
    if not documents:
        raise _fail("documents must name at least one document", top["documents"][1])

    metrics: dict[str, MetricDef] = {}
    if "metrics" in top:
        for key, (key_node, value) in _mapping(top["metrics"][1], "metrics").items():
            metrics[key] = _metric(key, value)

    threshold = margin = None
    if "settings" in top:
        settings = _mapping(top["settings"][1], "settings")
        _known_keys(settings, ("threshold", "margin"), "settings")
        if "threshold" in settings:
            threshold = _number(settings["threshold"][1], "threshold")
        if "margin" in settings:
            margin = _number(settings["margin"][1], "margin")

    rules_node = top["rules"][1]
    if not isinstance(rules_node.value, list) or not rules_node.value:
        raise _fail("rules must be a non-empty list of rules", rules_node)
    rules: list[Rule] = []
    seen_ids: set[str] = set()
    context = _Context(documents, metrics)
    for item in rules_node.value:
        rule = _rule(item, RULE_TYPES, context)
        if rule.id in seen_ids:
            raise _fail(f"duplicate rule id {rule.id!r}", item)
        seen_ids.add(rule.id)
        rules.append(rule)
    return RuleSet(path, SCHEMA_VERSION, documents, document_sources, metrics, tuple(rules),
                   threshold, margin)


def _metric(key: str, located: _Located) -> MetricDef:
    if isinstance(located.value, (str, list)):
        return MetricDef(key, _texts(located, f"metric {key!r}"), source=located.source)
    items = _mapping(located, f"metric {key!r}")
    _known_keys(items, ("names", "unit", "kind", "context", "exclude"), f"metric {key!r}")
    if "names" not in items:
        raise _fail(f"metric {key!r} needs 'names:' (the words that name it)", located)
    kinds = _texts(items["kind"][1], "kind") if "kind" in items else ()
    for kind in kinds:
        if kind not in METRIC_KINDS:
            raise _fail(f"unknown kind {kind!r}; expected one of: {', '.join(METRIC_KINDS)}",
                        items["kind"][1])
    return MetricDef(
        key,
        _texts(items["names"][1], "names"),
        _texts(items["unit"][1], "unit") if "unit" in items else (),
        kinds,
        _texts(items["context"][1], "context") if "context" in items else (),
        _texts(items["exclude"][1], "exclude") if "exclude" in items else (),
        located.source,
    )


@dataclass(frozen=True)
class _Context:
    documents: Mapping[str, str]
    metrics: Mapping[str, MetricDef]


_COMMON = ("id", "type", "level", "message")


def _rule(located: _Located, types: Mapping[str, RuleType], context: _Context) -> Rule:
    items = _mapping(located, "a rule")
    for required in ("id", "type"):
        if required not in items:
            raise _fail(f"a rule needs '{required}:'", located)
    rule_id = _text(items["id"][1], "id")
    type_node = items["type"][1]
    rule_type = _text(type_node, "type")
    if rule_type not in types:
        raise _fail(f"unknown rule type {rule_type!r}; expected one of: "
                    f"{', '.join(sorted(types))}", type_node)
    conf = types[rule_type].conf
    _known_keys(items, _COMMON + tuple(conf), f"rule {rule_id!r} ({rule_type})")
    level = types[rule_type].default_level
    if "level" in items:
        level = _text(items["level"][1], "level")
        if level not in LEVELS:
            raise _fail(f"unknown level {level!r}; expected one of: {', '.join(LEVELS)}",
                        items["level"][1])
    message = _text(items["message"][1], "message") if "message" in items else None
    options: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    for key, option in conf.items():
        if key not in items:
            if option.required:
                raise _fail(f"rule {rule_id!r} ({rule_type}) needs '{key}:' ({option.help})",
                            located)
            options[key] = option.default
            continue
        value_node = items[key][1]
        options[key] = _option(option, value_node, context, f"{key} of rule {rule_id!r}")
        sources[key] = value_node.source
    return Rule(rule_id, rule_type, level, message, options, located.source, sources)


def _option(option: Option, located: _Located, context: _Context, what: str) -> Any:
    kind = option.type
    if kind == "document":
        return _document(located, context, what)
    if kind in ("documents", "document-list"):
        least = 2 if kind == "documents" else 1
        if isinstance(located.value, str) and least == 1:
            located = _Located([located], located.source)
        if not isinstance(located.value, list) or len(located.value) < least:
            raise _fail(f"{what} must be a list of at least {least} document"
                        f"{'s' if least > 1 else ''}", located)
        names = [_document(item, context, what) for item in located.value]
        if len(set(names)) != len(names):
            raise _fail(f"{what} names a document twice", located)
        return tuple(names)
    if kind in ("metrics", "metrics-or-shared"):
        if kind == "metrics-or-shared" and located.value == "shared":
            return "shared"
        if isinstance(located.value, str):
            located = _Located([located], located.source)
        if not isinstance(located.value, list) or not located.value:
            expected = "a list of metrics" + (" or 'shared'" if kind != "metrics" else "")
            raise _fail(f"{what} must be {expected}", located)
        return tuple(_metric_ref(item, context, what) for item in located.value)
    if kind == "expression":
        text = _text(located, what)
        try:
            comparison = parse(text)
        except ExpressionError as error:
            raise CrosscheckError(f"bad expression: {error}", located.source.path,
                                  located.source.line,
                                  located.source.column + _quote_offset(located) + error.offset
                                  ) from None
        _check_references(comparison, located, context)
        return comparison
    if kind == "reference":
        return _reference(located, context, what)
    if kind == "references":
        if not isinstance(located.value, list) or not located.value:
            raise _fail(f"{what} must be a list of document.metric references", located)
        return tuple(_reference(item, context, what) for item in located.value)
    if kind == "tolerance":
        items = _mapping(located, what)
        _known_keys(items, ("absolute", "relative"), what)
        return {key: _amount(value, f"{key} tolerance", percent=key == "relative")
                for key, (_, value) in items.items()}
    if kind == "qualifiers":
        values = _texts(located, what)
        for value in values:
            if value not in QUALIFIERS:
                raise _fail(f"unknown qualifier {value!r}; expected one of: "
                            f"{', '.join(QUALIFIERS)}", located)
        return values
    if kind == "number":
        return _number(located, what)
    if kind == "text":
        return _text(located, what)
    raise AssertionError(f"unknown option type {kind}")


def _quote_offset(located: _Located) -> int:
    return 1 if located.quoted else 0


def _document(located: _Located, context: _Context, what: str) -> str:
    name = _text(located, what)
    if name not in context.documents:
        raise _fail(f"unknown document {name!r} in {what}; the documents are: "
                    f"{', '.join(context.documents)}", located)
    return name


def _metric_ref(located: _Located, context: _Context, what: str) -> str:
    name = _text(located, what)
    if name not in context.metrics:
        known = ", ".join(context.metrics) or "none (add a 'metrics:' section)"
        raise _fail(f"unknown metric {name!r} in {what}; the metrics are: {known}", located)
    return name


def _reference(located: _Located, context: _Context, what: str) -> tuple[str, str]:
    text = _text(located, what)
    document, dot, metric = text.partition(".")
    if not dot:
        raise _fail(f"{what} must be document.metric, got {text!r}", located)
    if document not in context.documents:
        raise _fail(f"unknown document {document!r} in {what}", located)
    if metric not in context.metrics:
        raise _fail(f"unknown metric {metric!r} in {what}", located)
    return document, metric


def _check_references(comparison: Comparison, located: _Located, context: _Context) -> None:
    for reference in comparison.references():
        column = located.source.column + _quote_offset(located) + reference.offset
        if reference.document not in context.documents:
            raise CrosscheckError(
                f"unknown document {reference.document!r} in expression; the documents are: "
                f"{', '.join(context.documents)}", located.source.path, located.source.line,
                column)
        if reference.metric not in context.metrics:
            raise CrosscheckError(
                f"unknown metric {reference.metric!r} in expression; the metrics are: "
                f"{', '.join(context.metrics) or 'none'}", located.source.path,
                located.source.line, column)
