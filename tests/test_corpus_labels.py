"""The hand-made labels of the real-document corpus still fit their documents: a label whose
surface no longer occurs once (a document edited, a label mistyped) is caught here, before
it silently stops counting in the accuracy figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"the shared corpus is not at {SHARED} (a bare clone)")


@needs_shared
@pytest.mark.parametrize("script", ["tests/corpus/validate_labels.py",
                                    "tests/quantities/validate.py"])
def test_the_labels_fit_their_documents(script: str) -> None:
    done = subprocess.run([sys.executable, script], cwd=ROOT, capture_output=True, text=True,
                          check=False,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
