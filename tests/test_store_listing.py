"""The light read the home page is drawn from at start (store/listing.py): the store's rows, read-only."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.store.listing import Listing, read_listing
from tests.helpers.store_data import make


def files(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (recursively) with its bytes: to see that nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def demo(tmp_path) -> Path:
    folder = tmp_path / "demo"
    with Store.open(folder) as store:
        add_demo(store)
    return folder


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_listing_is_what_the_store_lists(demo, lang):
    listing = read_listing(demo, lang)
    with Store.open(demo) as store:
        rows = store.list_assessments()
        questionnaire = store.load(rows[0].id).questionnaire
    assert listing is not None
    assert listing.rows == rows and len(rows) == 4
    assert listing.columns == [(d.id, d.name.get(lang)) for d in questionnaire.dimensions]
    assert listing.level_names == [lv.name.get(lang) for lv in questionnaire.levels]
    assert listing.level_names[0] == ("Not started" if lang == "en" else questionnaire.levels[0].name.de)


def test_two_questionnaires_give_the_columns_of_both_once(tmp_path, mini, demo):
    with Store.open(demo) as store:
        store.create(make(mini, name="Altdorf", complete=True, day=3))
        rows = store.list_assessments()
    listing = read_listing(demo)
    assert listing is not None and listing.rows == rows
    ids = [c[0] for c in listing.columns]
    assert len(ids) == len(set(ids))
    assert {d.id for d in mini.dimensions} <= set(ids)


def test_no_folder_or_no_database_is_an_empty_listing_and_creates_nothing(tmp_path):
    assert read_listing(tmp_path / "missing") == Listing()
    assert not (tmp_path / "missing").exists()
    (tmp_path / "empty").mkdir()
    assert read_listing(tmp_path / "empty") == Listing()
    assert list((tmp_path / "empty").iterdir()) == []


def test_reading_changes_nothing_even_while_another_smartcheck_holds_the_store(demo):
    before = files(demo)
    assert read_listing(demo) is not None
    assert files(demo) == before
    with Store.open(demo):  # the lock is held: the light read takes none and needs none
        held = files(demo)
        assert read_listing(demo) is not None
        assert files(demo) == held


def hot_journal(folder: Path) -> None:
    """An interrupted save: a child process dies in the middle of a transaction, its journal stays."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = DELETE')\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "conn.execute(\"UPDATE assessments SET municipality_name = 'Halb gespeichert'\")\n"
        "conn.execute('PRAGMA cache_size = 1')\n"
        "conn.execute(\"UPDATE assessments SET details = details || ''\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(folder / "smartcheck.db")], check=True)


def test_an_interrupted_save_is_left_to_the_full_open(demo):
    hot_journal(demo)
    assert (demo / "smartcheck.db-journal").exists()
    before = files(demo)
    assert read_listing(demo) is None
    assert files(demo) == before  # the journal is not rolled back here, nothing is written
    with Store.open(demo) as store:  # the writer's open rolls it back: the saved names are there
        assert "Halb gespeichert" not in {s.municipality for s in store.list_assessments()}


@pytest.mark.parametrize("damage", ["garbage", "empty", "folder", "version", "row", "snapshot"])
def test_anything_unexpected_gives_none_and_changes_nothing(demo, damage):
    db = demo / "smartcheck.db"
    if damage == "garbage":
        db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    elif damage == "empty":
        db.write_bytes(b"")
    elif damage == "folder":
        db.unlink()
        db.mkdir()
    else:
        conn = sqlite3.connect(db, isolation_level=None)
        if damage == "version":
            conn.execute("PRAGMA user_version = 99")
        elif damage == "row":
            conn.execute("UPDATE assessments SET levels = '[1, 2]' WHERE rowid = (SELECT MIN(rowid) FROM assessments)")
        else:
            conn.execute("UPDATE snapshots SET body = '{\"levels\": 3}'")
        conn.close()
    before, names = files(demo), sorted(demo.rglob("*"))
    assert read_listing(demo) is None
    assert files(demo) == before
    assert sorted(demo.rglob("*")) == names  # no journal, no new file or folder


def test_the_light_read_imports_no_pydantic(demo):
    code = (
        "import sys\nfrom pathlib import Path\nfrom smartcheck.store.listing import read_listing\n"
        "listing = read_listing(Path(sys.argv[1]))\n"
        "print(len(listing.rows), 'pydantic' in sys.modules)\n"
    )
    src = Path(__file__).parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": ""},
    )
    assert done.stdout.split() == ["4", "False"]
