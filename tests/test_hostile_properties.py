"""Property tests: a mutated export is imported whole or refused; a mutated questionnaire is
validated or refused with the project's own error, never anything else."""

from __future__ import annotations

import copy
import hashlib
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck.core.catalog import QuestionnaireError, load, parse
from smartcheck.core.errors import UserError
from smartcheck.core.labels import describe
from smartcheck.store import Store
from smartcheck.store.exchange import export_json, import_files, read_assessment_file
from tests.helpers.store_data import make

MINI = Path(__file__).parent / "data" / "mini.toml"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "unknown", "na", "\x00", "\x1b[2J", "\u200b", "9999-12-31T23:59:59Z", "0001-01-01", "3"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _paths(node, prefix=()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, prefix + (i,))
    return found


def _mutate(doc, data) -> object:
    doc = copy.deepcopy(doc)
    # Mostly outside the questionnaire snapshot, whose content hash refuses any change in it.
    paths = [p for p in _paths(doc)[1:] if p[:3] != ("assessment", "snapshot", "questionnaire") or len(p) < 5]
    path = data.draw(st.sampled_from(paths))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace":
        parent[path[-1]] = data.draw(json_values)
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=10))] = data.draw(json_values)
    else:
        parent.append(data.draw(json_values))
    return doc


_EXPORT: dict = {}


def _export() -> dict:
    if not _EXPORT:
        with tempfile.TemporaryDirectory() as folder:
            path = export_json(make(load(MINI), name="Mutationsdorf", complete=True), Path(folder) / "a.json")
            _EXPORT.update(json.loads(path.read_text("utf-8")))
    return _EXPORT


@SETTINGS
@given(data=st.data())
def test_mutated_export_is_imported_whole_or_refused(data):
    doc = _mutate(_export(), data)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "mutiert.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        with Store.open(folder / "daten") as store:
            db = folder / "daten" / "smartcheck.db"
            before = hashlib.sha256(db.read_bytes()).hexdigest()
            try:
                ids = import_files(store, [path])
            except UserError as error:
                assert str(error).strip()
                assert hashlib.sha256(db.read_bytes()).hexdigest() == before
                return
            stored = store.load(ids[0])
            # Whole: everything in the file is stored (a file without an id gets a new one).
            assert stored.model_dump(exclude={"id"}) == read_assessment_file(path).model_dump(exclude={"id"})
            assert describe(stored)  # its name and date render
            assert [s.id for s in store.list_assessments()] == ids


@SETTINGS
@given(data=st.data())
def test_mutated_questionnaire_data_is_validated_or_refused(data):
    import tomllib

    original = tomllib.loads(MINI.read_text("utf-8"))
    try:
        parse(_mutate(original, data), "mutiert.toml")
    except QuestionnaireError as error:
        assert error.problems and all(p.startswith("mutiert.toml: ") for p in error.problems)


@SETTINGS
@given(
    position=st.integers(min_value=0, max_value=10_000),
    insert=st.text(max_size=20),
    cut=st.integers(min_value=0, max_value=50),
)
def test_mutated_questionnaire_text_is_validated_or_refused(position, insert, cut):
    text = MINI.read_text("utf-8")
    position %= len(text)
    mutated = text[:position] + insert + text[position + cut :]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "q.toml"
        path.write_text(mutated, "utf-8", errors="surrogatepass")
        try:
            load(path)
        except QuestionnaireError as error:
            assert error.problems
