from __future__ import annotations

from pathlib import Path

import pytest

from checker import Document
from checker.engine import check_auto

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


def mismatched(*documents: Document) -> list[list[str]]:
    """The figures of each mismatch that auto mode reports on the documents, as sorted
    texts."""
    return [sorted(f.text for f in finding.figures)
            for finding in check_auto(list(documents)).findings if finding.kind == "mismatch"]
