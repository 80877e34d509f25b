"""The JSON Schema of rules.yaml, generated from the rule types' options (`RULE_TYPES`).

`crosscheck rules schema` prints it, and `checker/rules.schema.json` ships the same schema
with the package (a test keeps the two equal), for editors that complete and check YAML
against a schema (for example, a first line `# yaml-language-server: $schema=rules.schema.json`).
Each rule type's keys, which of them are required, and their descriptions come from its entry
in `checker.rules.RULE_TYPES`, its summary from its check module's docstring, so a new check
or option appears here without edits.

The schema describes the shape: keys, types, levels, kinds, qualifiers.  What only the whole
file can tell (that a rule names a document or metric the file defines, that an expression
parses, that rule ids are unique) is checked by `crosscheck rules validate`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from checker.checks import CHECKS
from checker.config import SCHEMA_VERSION
from checker.extraction import QUALIFIERS
from checker.findings import LEVELS
from checker.rules import METRIC_KINDS, RULE_TYPES, Option, RuleType

SCHEMA_FILE = "rules.schema.json"  # beside this module, in the package

_TEXT: dict[str, Any] = {"type": "string", "pattern": r"\S"}
_REF = {"key": {"$ref": "#/definitions/key"}, "texts": {"$ref": "#/definitions/texts"}}
# Numbers as prose writes them (checker.expressions.number): 0.5亿, 2万, 1,000; shares 5%.
_AMOUNT = {"type": "string", "pattern": r"^\s*[0-9][0-9,]*(\.[0-9]+)?(万亿|亿|万)?\s*$"}
_SHARE = {"type": "string", "pattern": r"^\s*[0-9][0-9,]*(\.[0-9]+)?(万亿|亿|万)?\s*[%％]?\s*$"}


def _one_or_more(item: Mapping[str, Any], **array: Any) -> dict[str, Any]:
    """An item, or a non-empty list of items."""
    return {"anyOf": [dict(item), {"type": "array", "minItems": 1, "items": dict(item),
                                   **array}]}


def _keys(least: int) -> dict[str, Any]:
    return {"type": "array", "minItems": least, "uniqueItems": True, "items": _REF["key"]}


# Each option type of rules.Option, as a schema (config._option is the validator).
OPTION_TYPES: dict[str, dict[str, Any]] = {
    "document": _REF["key"],
    "documents": _keys(2),
    "document-list": {"anyOf": [_REF["key"], _keys(1)]},
    "metrics": {"anyOf": [_REF["key"], _keys(1)]},
    "metrics-or-shared": {"anyOf": [{"const": "shared"}, _REF["key"], _keys(1)]},
    "expression": {"type": "string", "pattern": "<=|>=|==|!=|<|>",
                   "examples": ["industry.medals + culture.medals <= review.medals"]},
    "reference": {"type": "string", "pattern": r"^[^.]+\..+$", "examples": ["review.members"]},
    "references": {"type": "array", "minItems": 1,
                   "items": {"type": "string", "pattern": r"^[^.]+\..+$"}},
    "tolerance": {"type": "object", "additionalProperties": False, "properties": {
        "absolute": {"anyOf": [{"type": "number", "minimum": 0}, _AMOUNT],
                     "examples": [5000, "0.5亿"]},
        "relative": {"anyOf": [{"type": "number", "minimum": 0}, _SHARE],
                     "examples": [0.01, "1%"]},
    }},
    "qualifiers": _one_or_more({"enum": list(QUALIFIERS)}),
    "number": {"type": "number", "minimum": 0},
    "text": _TEXT,
}
_COMMON = {
    "id": {**_TEXT, "description": "the rule's id, unique in the file"},
    "type": {"enum": sorted(RULE_TYPES), "description": "the check the rule runs"},
    "level": {"enum": list(LEVELS), "description": "the level of its findings"},
    "message": {**_TEXT, "description": "put in front of each finding's message"},
}


def _option(option: Option) -> dict[str, Any]:
    schema = dict(OPTION_TYPES[option.type])
    if option.help:
        schema["description"] = option.help
    if option.default is not None:
        schema["default"] = option.default
    return schema


def _rule_type(name: str, rule_type: RuleType) -> dict[str, Any]:
    conf = rule_type.conf
    summary = (CHECKS[name].__doc__ or name).strip().splitlines()[0]
    return {
        "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
        "then": {
            "description": summary,
            "properties": {**_COMMON, "level": {**_COMMON["level"],
                                                 "default": rule_type.default_level},
                           **{key: _option(option) for key, option in conf.items()}},
            "required": ["id", "type", *(key for key, o in conf.items() if o.required)],
            "additionalProperties": False,
        },
    }


def rules_schema() -> dict[str, Any]:
    """The schema of a rules file, as a JSON-ready dict (draft-07, which editors support)."""
    metric = {
        "description": "the words that name the metric in the prose, or its names and filters",
        "anyOf": [_REF["texts"], {
            "type": "object", "required": ["names"], "additionalProperties": False,
            "properties": {
                "names": {**_REF["texts"], "description": "the words that name the metric"},
                "unit": {**_REF["texts"], "description": "units its figures must have"},
                "kind": {**_one_or_more({"enum": list(METRIC_KINDS)}),
                         "description": "kinds its figures must be"},
                "context": {**_REF["texts"],
                            "description": "words the figure's clause must contain (any)"},
                "exclude": {**_REF["texts"],
                            "description": "words the figure's metric must not contain"},
            },
        }],
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "crosscheck rules file (rules.yaml)",
        "description": "Documents, metrics and the rules their figures must satisfy; "
                       "see README.md, 'Writing rules.yaml'.",
        "type": "object",
        "required": ["version", "documents", "rules"],
        "additionalProperties": False,
        "properties": {
            "version": {"const": SCHEMA_VERSION, "description": "the rules format version"},
            "documents": {
                "description": "document keys and their files, relative to the rules file",
                "type": "object", "minProperties": 1,
                "additionalProperties": {**_TEXT, "description": "a document's path"},
            },
            "metrics": {"description": "metric ids and how to find their figures",
                        "type": "object", "additionalProperties": {"$ref": "#/definitions/metric"}},
            "settings": {
                "description": "alignment tuning", "type": "object",
                "additionalProperties": False,
                "properties": {
                    "threshold": {"type": "number", "minimum": 0,
                                  "description": "the least name similarity (0-100) to align"},
                    "margin": {"type": "number", "minimum": 0,
                               "description": "how close two candidates' scores make a tie"},
                },
            },
            "rules": {"description": "the rules, each run over the documents it names",
                      "type": "array", "minItems": 1, "items": {"$ref": "#/definitions/rule"}},
        },
        "definitions": {
            "key": {**_TEXT, "description": "a document or metric key defined in this file"},
            "texts": _one_or_more(_TEXT),
            "metric": metric,
            "rule": {
                "type": "object",
                "required": ["id", "type"],
                "properties": _COMMON,
                "allOf": [_rule_type(name, rule_type)
                          for name, rule_type in sorted(RULE_TYPES.items())],
            },
        },
    }


def render() -> str:
    """The schema as the JSON text `crosscheck rules schema` prints and the package ships."""
    return json.dumps(rules_schema(), ensure_ascii=False, indent=2) + "\n"
