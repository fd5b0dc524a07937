"""No module of src/detente binds the same top-level name twice.

Rule modules grow by small additions from several people at once; a second ``_WORDS = ...`` further down a
file silently replaces the first for every function that reads it (this happened with word lists in
filters.py and coder.py). ruff reports a redefined function or import, not a re-bound constant."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "detente"
MODULES = sorted(SRC.rglob("*.py"))


def _bound_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_the_check_sees_a_rebound_name() -> None:
    tree = ast.parse("_A = 1\ndef f(): pass\n_A = 2\n")
    assert [n for n, k in _bound_names(tree).items() if k > 1] == ["_A"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, k in names.items() if k > 1] == []
