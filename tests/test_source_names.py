"""The package's modules bind each top-level name once.

A module-level pattern bound twice is replaced for every function that reads it, the earlier step's too: the parser's
treaty acronym once took the place of the law-name step's abbreviation, and a treaty's subject test the place of a
programme title's "về". Linters do not flag a rebound constant, so this test does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent


def _bindings(tree: ast.Module) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append((node.target.id, node.lineno))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.append((node.name, node.lineno))
    return out


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        first: dict[str, int] = {}
        for name, line in _bindings(ast.parse(path.read_text(encoding="utf-8"))):
            if name in first:
                twice.append(f"{path.relative_to(PACKAGE.parent)}: {name} (lines {first[name]} and {line})")
            first.setdefault(name, line)
    assert not twice, twice
