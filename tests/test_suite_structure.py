"""The test suite's own structure: test modules share code only through helper modules.

A test module that imports another one runs that module's import-time work and ties
two test files together; shared builders and data live in tests/helpers/ (or
tests/strategies.py, tests/conftest.py) instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def imported_test_modules(path: Path) -> list[str]:
    """The test modules (test_*.py) that ``path`` imports, absolute or relative."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names = [base] + [f"{base}.{a.name}" for a in node.names]
        found += [n for n in names if any(part.startswith("test_") for part in n.split("."))]
    return found


def test_no_test_module_imports_another_test_module():
    offenders = {p.name: imported_test_modules(p) for p in sorted(TESTS.rglob("*.py")) if imported_test_modules(p)}
    assert not offenders, offenders


def test_the_check_sees_both_spellings(tmp_path):
    absolute, relative = tmp_path / "a.py", tmp_path / "b.py"
    absolute.write_text("from tests.test_scoring import assess\n", encoding="utf-8")
    relative.write_text("from . import test_scoring\nfrom .test_catalog import x\n", encoding="utf-8")
    assert imported_test_modules(absolute) == ["tests.test_scoring", "tests.test_scoring.assess"]
    assert "test_catalog" in imported_test_modules(relative) and ".test_scoring" in imported_test_modules(relative)
