"""An import file with any one part replaced by nonsense: imported whole, or refused with a message and nothing changed."""

from __future__ import annotations

import copy
import hashlib
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck.core.catalog import load
from smartcheck.core.errors import UserError
from smartcheck.store import Store
from smartcheck.store.exchange import export_json, import_files
from tests.conftest import DATA
from tests.helpers.store_data import make
from tests.strategies import places, toml_values

MINI = load(DATA / "mini.toml")
junk = st.one_of(toml_values, st.none(), st.just("unknown"), st.just(99), st.just("0" * 64))


def _original() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.json"
        export_json(make(MINI, name="Exportdorf", complete=True), path)
        return json.loads(path.read_text(encoding="utf-8"))


ORIGINAL = _original()
# Leave out the questionnaire text itself: changing it only changes the hash check's result.
PLACES = [p for p in places(ORIGINAL) if p and "questionnaire" not in p[:3]]


@settings(max_examples=150, deadline=None)
@given(where=st.sampled_from(PLACES), value=junk)
def test_one_part_replaced_is_imported_whole_or_refused_cleanly(where, value):
    broken = copy.deepcopy(ORIGINAL)
    target = broken
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "fremd.json"
        path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
        with Store.open(folder / "data") as store:
            store.create(make(MINI, name="Schon gespeichert"))
        db = folder / "data" / "smartcheck.db"
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        with Store.open(folder / "data") as store:
            try:
                imported = import_files(store, [path])
            except UserError as error:
                assert str(path) in str(error)  # the message names the file
                refused = True
            else:
                assert len(imported) == 1
                refused = False
            count = len(store.list_assessments())
        if refused:
            assert hashlib.sha256(db.read_bytes()).hexdigest() == before
            assert count == 1
        else:
            assert count == 2
