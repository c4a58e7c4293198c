"""The house's shape, checked: no import circle inside a package, one way to open the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import REPO

PACKAGE = REPO / "mailsort"


def module_imports(path: Path, package: str) -> set[str]:
    """Modules of `package` that `path` depends on: every relative import, also one inside a
    function or for type checking only (a circle hidden that way is still a circle)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(a.name for a in node.names)
    return {m for m in found if (PACKAGE / package / f"{m}.py").exists()}


@pytest.mark.parametrize("package", ["actions", "web", "archive", "routing", "intake", "text", "einvoice"])
def test_no_import_circle_inside_a_package(package: str):
    graph = {p.stem: module_imports(p, package) for p in (PACKAGE / package).glob("*.py")}
    state: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return trail + [node, nxt]
            if nxt not in state and (cycle := visit(nxt, trail + [node])):
                return cycle
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start, [])):
            pytest.fail(f"import circle in mailsort/{package}: {' -> '.join(cycle)}")


def test_only_the_db_module_creates_engines():
    makers = [p.relative_to(REPO).as_posix() for p in PACKAGE.rglob("*.py")
              if "create_engine(" in p.read_text(encoding="utf-8")]
    assert makers == ["mailsort/db.py"]
