"""The database file: settings, migrations with backups, refusal of newer files, rotation."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time

import pytest

from smartcheck.core.errors import UserError
from smartcheck.store import Store, database
from tests.helpers.store_data import make


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_folder_gets_current_schema_rollback_journal_and_full_sync(tmp_path):
    with Store.open(tmp_path / "neu") as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == database.schema_version()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert (tmp_path / "neu" / "smartcheck.db").is_file()
    assert not (tmp_path / "neu" / "backups").exists()  # nothing to back up yet


def test_migration_runs_after_a_backup_copy(tmp_path, mini, monkeypatch):
    folder = tmp_path / "data"
    a = make(mini)
    with Store.open(folder) as store:
        store.create(a)

    def v2(conn):
        conn.execute("ALTER TABLE assessments ADD COLUMN reviewed_by TEXT")

    n = database.schema_version() + 1
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, v2])
    with Store.open(folder) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == n
        assert store.load(a.id) == a
    copies = list((folder / "backups").glob(f"*vor-schema-{n}*.db"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == n - 1
    assert old.execute("SELECT id FROM assessments").fetchall() == [(a.id,)]
    old.close()


def test_failing_migration_changes_nothing(tmp_path, mini, monkeypatch):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.create(make(mini))
    before = _digest(folder / "smartcheck.db")

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, broken])
    with pytest.raises(UserError, match="Datenbankfehler"):
        Store.open(folder)
    monkeypatch.undo()
    assert _digest(folder / "smartcheck.db") == before
    with Store.open(folder) as store:
        tables = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables and len(store.list_assessments()) == 1


def test_database_of_a_newer_program_is_refused_untouched(tmp_path, mini):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.create(make(mini))
    conn = sqlite3.connect(folder / "smartcheck.db")
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = _digest(folder / "smartcheck.db")
    for readonly in (False, True):
        with pytest.raises(UserError, match="neueren SmartCheck-Version") as info:
            Store.open(folder, readonly=readonly)
        assert "Schema 7" in str(info.value)
    assert _digest(folder / "smartcheck.db") == before
    with pytest.raises(UserError):  # and the lock was released again
        Store.open(folder)


def test_backups_rotate_keeping_the_last_ten(tmp_path, mini):
    with Store.open(tmp_path) as store:
        store.create(make(mini))
        made = [store.backup("test") for _ in range(13)]
    kept = database.backups(tmp_path)
    assert kept == made[-10:]
    assert database.newest_backup(tmp_path) == made[-1]
    for path in kept:
        copy = sqlite3.connect(path)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copy.close()


def test_first_open_of_a_day_makes_a_backup(tmp_path, mini):
    with Store.open(tmp_path) as store:
        store.create(make(mini))
    with Store.open(tmp_path):
        pass
    first = database.backups(tmp_path)
    assert len(first) == 1 and first[0].name.endswith("-start.db")
    with Store.open(tmp_path):  # same day: no second copy
        pass
    assert database.backups(tmp_path) == first
    old = time.time() - 2 * 24 * 3600
    os.utime(first[0], (old, old))
    with Store.open(tmp_path):
        pass
    assert len(database.backups(tmp_path)) == 2


def test_reader_refuses_a_database_that_needs_migrating(tmp_path, mini, monkeypatch):
    with Store.open(tmp_path) as store:
        store.create(make(mini))
    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, lambda conn: None])
    with pytest.raises(UserError, match="muss erst aktualisiert werden"):
        Store.open(tmp_path, readonly=True)


def test_rotation_keeps_the_last_copy_from_before_a_damaged_database(tmp_path):
    from smartcheck.store.backups import KEEP_BACKUPS, backups, make_backup

    directory = tmp_path / "backups"
    directory.mkdir()
    names = [f"smartcheck-2026-01-{day:02d}_09-00-00-000-start.db" for day in range(1, 13)]
    for name in names:
        (directory / name).write_bytes(b"")
    # The database was found damaged on 3 January, after that day's backup; the
    # user started empty, and daily backups of the new database followed.
    (tmp_path / "smartcheck.db.defekt-2026-01-03_10-00-00").write_bytes(b"garbage")
    conn = sqlite3.connect(":memory:")
    make_backup(conn, tmp_path, "start")
    kept = [p.name for p in backups(tmp_path)]
    assert names[2] in kept  # the last good copy of the old data, though ten copies are newer
    assert names[0] not in kept and names[1] not in kept  # older ones rotate as usual
    assert len(kept) == KEEP_BACKUPS + 1
