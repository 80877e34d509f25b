"""tests/fixtures/forms.txt: every form of number, hand-labelled, and planted non-figures."""

from __future__ import annotations

from decimal import Decimal

import yaml

from checker import extract, load
from tests.conftest import FIXTURES

FORMS = FIXTURES / "forms.txt"


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def test_forms_figures_values_units_qualifiers_intervals() -> None:
    labels = yaml.safe_load((FIXTURES / "forms.yaml").read_text(encoding="utf-8"))
    found = {(f.line, f.column): f for f in extract(load(FORMS))}
    wanted = {(e["line"], e["column"]): e for e in labels}
    assert sorted(found) == sorted(wanted)
    for key, label in wanted.items():
        figure = found[key]
        got = (figure.text, figure.value, figure.unit, figure.qualifier, figure.kind,
               figure.low, figure.high, figure.interval.bounds)
        want = (str(label["text"]), _decimal(label["value"]), label["unit"], label["qualifier"],
                label["kind"], _decimal(label["low"]), _decimal(label["high"]), label["bounds"])
        assert got == want, key


def test_planted_non_figures_are_not_extracted() -> None:
    planted = yaml.safe_load((FIXTURES / "forms_nonfigures.yaml").read_text(encoding="utf-8"))
    figures = extract(load(FORMS))
    for item in planted:
        overlapping = [
            f.text for f in figures
            if f.line == item["line"]
            and f.column < item["column"] + len(str(item["text"]))
            and item["column"] < f.column + len(f.text)
        ]
        assert not overlapping, item
