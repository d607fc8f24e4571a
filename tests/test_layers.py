"""The layers of docs/architecture.md hold: imports run one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "smartcheck"


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the file's package
                package = path.relative_to(SRC.parent).with_suffix("").parts[: -node.level]
                base = ".".join(package + ((base,) if base else ()))
            names.add(base)
            names |= {f"{base}.{a.name}" for a in node.names}
    return names


def modules(layer: str) -> list[Path]:
    where = SRC / layer
    return sorted(where.rglob("*.py")) if where.is_dir() else [SRC / f"{layer}.py"]


@pytest.mark.parametrize("layer", ["core", "store", "report", "paths"])
def test_nothing_outside_ui_imports_pyside6(layer):
    for path in modules(layer):
        assert not any(n.startswith(("PySide6", "shiboken6")) for n in imports_of(path)), path


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("core", ("smartcheck.store", "smartcheck.report", "smartcheck.ui", "smartcheck.cli", "sqlite3", "reportlab")),
        ("store", ("smartcheck.report", "smartcheck.ui")),
        ("report", ("smartcheck.store", "smartcheck.ui", "sqlite3")),
    ],
)
def test_imports_run_one_way(layer, forbidden):
    for path in modules(layer):
        bad = [n for n in imports_of(path) if n.startswith(forbidden)]
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


def test_cli_imports_pyside6_only_to_start_the_ui():
    assert not any(n.startswith("PySide6") for n in imports_of(SRC / "cli.py"))


def test_no_network_modules_anywhere():
    for path in SRC.rglob("*.py"):
        names = imports_of(path)
        assert not any(n.split(".")[0] in {"socket", "urllib", "http", "requests", "ssl"} for n in names), path
        assert not any(n.startswith("PySide6.QtNetwork") for n in names), path
