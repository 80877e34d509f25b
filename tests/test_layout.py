"""The shape of the package: no module of checker/ imports another that imports it back.

Every import is followed, those inside functions too (an import put off into a function to
dodge a cycle is still a cycle).  `from checker.x import name` points at checker.x.name when
that is a module, else at checker.x; the package facade `checker/__init__.py` is no node:
nothing inside the package imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "checker"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                inner = f"{node.module}.{alias.name}"
                found.add(inner if inner in modules else node.module)
    return {name for name in found if name in modules}


def import_graph() -> dict[str, set[str]]:
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(paths)
    return {name: _imports(path, modules) - {name} for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each module that lies on any (depth-first, in name order)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                found.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return found


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "checker.extraction.figure" in graph and len(graph) > 40
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_record_types_import_nothing_of_the_extractors() -> None:
    graph = import_graph()
    for bottom in ("checker.extraction.figure", "checker.extraction.intervals",
                   "checker.extraction.numerals", "checker.rules"):
        assert not {target for target in graph[bottom]
                    if target.startswith(("checker.extraction.chinese", "checker.extraction.english",
                                          "checker.checks", "checker.config"))}, bottom


def test_config_and_the_checks_do_not_import_each_other() -> None:
    graph = import_graph()
    assert not {t for t in graph["checker.config"] if t.startswith("checker.checks")}
    for name, targets in graph.items():
        if name.startswith("checker.checks"):
            assert "checker.config" not in targets, name
