"""The house rules, read from the source: what may import what, no cycles, no oversized module.

Imports are read with ``ast``, including those inside functions: a lazy import is still a
dependency, and a cycle kept alive by one is still a cycle.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "src" / "sellertrain"
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE_ROOT.rglob("*.py"))}


MODULES = source_files()


def imported_names(path: Path) -> set[str]:
    """Every module name an ``import`` or ``from … import`` in the file names, at any depth."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # "from package import module" names the module too
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def internal_imports(name: str) -> set[str]:
    """The project modules ``name`` imports (packages resolved to their ``__init__``)."""
    found = set()
    for imported in imported_names(MODULES[name]):
        if imported in MODULES and imported != name:
            found.add(imported)
    return found


def test_the_package_is_found() -> None:
    assert "sellertrain.core.session" in MODULES
    assert "sellertrain.ui.main_window" in MODULES


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("sellertrain.core")))
def test_core_imports_no_qt(name: str) -> None:
    qt = {n for n in imported_names(MODULES[name]) if n.split(".")[0] in ("PySide6", "shiboken6")}
    assert not qt, f"{name} imports {sorted(qt)}: the core must run without Qt"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("sellertrain.ui")))
def test_screens_do_not_reach_the_store(name: str) -> None:
    """Screens read and write through the Session they are given, never the store."""
    banned = {
        n
        for n in imported_names(MODULES[name])
        if n.startswith("sellertrain.core.store") or n.split(".")[0] in ("sqlite3", "sqlite_utils")
    }
    assert not banned, f"{name} imports {sorted(banned)}"


def find_cycle() -> list[str] | None:
    """A cycle in the import graph, as the list of modules around it, or None."""
    graph = {name: internal_imports(name) for name in MODULES}
    done: set[str] = set()
    for start in graph:
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack = [(start, iter(sorted(graph[start])))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
            elif child in on_path:
                return [*path[path.index(child) :], child]
            elif child not in done:
                stack.append((child, iter(sorted(graph[child]))))
                path.append(child)
                on_path.add(child)
    return None


def test_no_import_cycles() -> None:
    cycle = find_cycle()
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_cycle_finder_finds_a_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a made-up graph with a cycle is reported."""
    fake = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    monkeypatch.setattr(sys.modules[__name__], "MODULES", dict.fromkeys(fake, Path()))
    monkeypatch.setattr(sys.modules[__name__], "internal_imports", lambda name: fake[name])
    assert find_cycle() == ["a", "b", "c", "a"]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_the_size_limit(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{MODULES[name]} has {lines} lines (limit {MAX_LINES})"
