"""Start-up: `crosscheck --version` and `--help` load no more than the command line needs,
and the package's API names still load (on first use) as they did."""

from __future__ import annotations

import subprocess
import sys

import checker

HEAVY = ("numpy", "rapidfuzz", "rich", "openpyxl", "markdown_it", "yaml",
         "checker.extraction", "checker.align", "checker.engine", "checker.documents")


def _loaded_after(code: str) -> set[str]:
    program = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", program], check=True, capture_output=True,
                          text=True)
    return set(done.stdout.split())


def test_the_command_line_starts_without_the_pipeline() -> None:
    loaded = _loaded_after("import checker.cli")
    assert "click" in loaded and "checker.cli" in loaded
    assert not loaded & set(HEAVY)
    for argument in ("--version", "--help"):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "checker", argument],
                              check=True, capture_output=True, text=True)
        imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
        assert not imported & set(HEAVY), argument


def test_the_api_names_load_on_first_use() -> None:
    from checker.align import align
    from checker.engine import check

    assert checker.align is align  # the function, though the module checker.align is loaded
    assert checker.check is check
    assert all(getattr(checker, name) is not None for name in checker.__all__)
    assert callable(checker.align) and checker.Figure.__module__ == "checker.extraction.figure"


def test_the_api_of_a_fresh_package_works_in_any_order() -> None:
    loaded = _loaded_after("import checker\nassert callable(checker.align)\n"
                           "import checker.align\nassert callable(checker.align)\n"
                           "from checker import align, describe\nassert callable(align)\n"
                           "assert describe.__name__ == 'checker.describe'")
    assert "numpy" in loaded
