"""Extraction cases from tests/fixtures/extract_cases.yaml: short texts, exact figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import yaml

from checker import extract_text
from checker.extraction import Figure
from tests.conftest import FIXTURES

CASES = [case for name in ("extract_cases.yaml", "extract_cases_en.yaml")
         for case in yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))]


def _field(figure: Figure, name: str) -> Any:
    if name in ("low", "high", "value"):
        value = getattr(figure, name)
        return None if value is None else value
    if name == "bounds":
        return figure.interval.bounds
    return getattr(figure, name)


def _expected(name: str, value: Any) -> Any:
    if name in ("low", "high", "value") and value is not None:
        return Decimal(str(value))
    return value


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:24] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    figures = extract_text(case["text"])
    assert [f.text for f in figures] == [str(e["text"]) for e in case["figures"]]
    for figure, expected in zip(figures, case["figures"]):
        for name, value in expected.items():
            assert _field(figure, name) == _expected(name, value), (figure.text, name)


def test_positions_point_into_the_original_text() -> None:
    text = "第一行\n全市１２３个，近2000万人次。\r\n共3.5萬戶。"
    for figure in extract_text(text):
        assert text[figure.start:figure.end] == figure.text
        line = text.split("\n")[figure.line - 1]
        assert line[figure.column - 1:].startswith(figure.text)
