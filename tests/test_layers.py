"""The layers of docs/architecture.md hold: imports run one way, and no module imports itself back.

The imports are read from the source (``ast``), every ``import`` statement
wherever it stands: at the top, inside a function (a lazy import) or under
``if TYPE_CHECKING``. A lazy import only hides a dependency from Python's
start-up order, not from the design, so it counts like any other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "smartcheck"


def imported_names(path: Path) -> set[str]:
    """Each name an import brings, in full: ``from ..core import errors`` is smartcheck.core.errors."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the file's package
                package = path.relative_to(SRC.parent).with_suffix("").parts[: -node.level]
                base = ".".join(package + ((base,) if base else ()))
            names |= {f"{base}.{a.name}" for a in node.names}
    return names


def imports_of(path: Path) -> set[str]:
    """The imported names and every module they come from (for prefix checks)."""
    names = set()
    for name in imported_names(path):
        parts = name.split(".")
        names |= {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
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


# ------------------------------------------------------------------ the graph
def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in SRC.rglob("*.py")}


def local_imports(name: str) -> set[str]:
    """The smartcheck modules a module imports (``from .x import y`` is x.y when y is a module, else x)."""
    found = set()
    for imported in imported_names(MODULES[name]):
        while imported and imported not in MODULES:
            imported = imported.rpartition(".")[0]
        if imported and imported != name:
            found.add(imported)
    return found


GRAPH = {name: local_imports(name) for name in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[tuple[str, ...]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(tuple(sorted(group)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle_and_nothing_else():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [("a", "b", "c")]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_modules():
    new = cycles(GRAPH)
    assert not new, "import cycles: " + "; ".join(" <-> ".join(c) for c in new)


# The base layer: store and report write files through it, everything may import it.
BASE = ("smartcheck", "smartcheck.paths", "smartcheck.atomic", "smartcheck.csv_file", "smartcheck.core.errors")


@pytest.mark.parametrize("name", BASE)
def test_the_base_layer_imports_nothing_above_it(name):
    above = sorted(GRAPH[name] - set(BASE))
    assert not above, f"{name} imports {above}"
    assert not any(n.startswith(("PySide6", "shiboken6", "reportlab", "sqlite3")) for n in imports_of(MODULES[name]))


# Inside core, the models (what is stored and exchanged) import no logic module: scoring,
# planning, catalog ... read the models, never the other way round.
MODELS = ("plain", "values", "questionnaire", "measures", "assessment")  # plain: values without pydantic


@pytest.mark.parametrize("model", MODELS)
def test_core_models_import_no_logic_module(model):
    allowed = {f"smartcheck.core.{m}" for m in (*MODELS, "errors")}
    logic = sorted(GRAPH[f"smartcheck.core.{model}"] - allowed)
    assert not logic, f"core/{model}.py imports {logic}"
