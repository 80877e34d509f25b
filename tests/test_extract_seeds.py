"""The seeds against their hand-labelled figures (tests/fixtures/labels/*.yaml)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from checker import extract, load
from tests.conftest import FIXTURES, SEEDS

LABELLED = sorted((FIXTURES / "labels").glob("*.yaml"))


@pytest.mark.parametrize("labels", LABELLED, ids=[p.stem for p in LABELLED])
def test_every_labelled_figure_and_nothing_else(labels) -> None:  # type: ignore[no-untyped-def]
    expected = yaml.safe_load(labels.read_text(encoding="utf-8"))
    document = load(SEEDS / f"{labels.stem}.txt")
    found = {(f.line, f.column): f for f in extract(document)}
    wanted = {(e["line"], e["column"]): e for e in expected}
    assert sorted(found) == sorted(wanted), "figures found differ from the labels"
    for key, label in wanted.items():
        figure = found[key]
        assert figure.text == label["text"], key
        assert figure.value == Decimal(str(label["value"])), key
        assert figure.unit == label["unit"], key
        assert figure.qualifier == label["qualifier"], key
        assert figure.kind == label["kind"], key
        assert figure.interval.contains(figure.value) or figure.qualifier in (
            "more_than", "nearly", "less_than"), key


def test_offsets_and_positions_agree_on_every_seed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        document = load(path)
        for figure in extract(document):
            assert document.text[figure.start:figure.end] == figure.text
            assert document.position(figure.start) == (figure.line, figure.column)
            assert figure.context and figure.text in figure.context or figure.kind == "duration"
