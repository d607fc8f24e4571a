"""Backups a user can see and restore: the store's API and `smartcheck backups` / `restore`.

Nothing is ever deleted: the database that is replaced is kept aside, the
backups stay, and a refused restore leaves the data folder byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from smartcheck.cli import main
from smartcheck.core.errors import UserError
from smartcheck.store import DamagedDatabase, Store, StoreLocked, list_backups, restore_backup
from tests.helpers.store_data import make


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below the folder (except the lock) with a digest of its content."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "smartcheck.lock"
    }


def put_backup(folder: Path, stamp: str, reason: str, content: bytes) -> Path:
    path = folder / "backups" / f"smartcheck-{stamp}-{reason}.db"
    path.write_bytes(content)
    return path


@pytest.fixture
def folder(tmp_path, mini) -> Path:
    """Two good backups (3 and 5 assessments), the database with 6, and a newer damaged backup."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        for i in range(3):
            store.create(make(mini, name=f"Ort {i}", complete=True, day=i + 1))
        first = store.backup("manuell")
        for i in range(3, 5):
            store.create(make(mini, name=f"Ort {i}", complete=True, day=i + 1))
        second = store.backup("vor-loeschen")
        store.create(make(mini, name="Ort 5", complete=True, day=6))
    first.rename(first.with_name("smartcheck-2026-01-10_09-15-00-000-manuell.db"))
    second.rename(second.with_name("smartcheck-2026-02-11_17-45-30-250-vor-loeschen.db"))
    put_backup(data, "2026-03-01_08-00-00-000", "start", random.Random(7).randbytes(12000))
    return data


def count(folder: Path) -> int:
    with Store.open(folder, readonly=True) as store:
        return len(store.list_assessments())


# ------------------------------------------------------------------ the store's API
def test_list_backups_newest_first_with_the_damaged_one_listed_not_raised(folder):
    found = list_backups(folder)
    assert [(b.created, b.reason, b.assessments, b.damaged) for b in found] == [
        (datetime(2026, 3, 1, 8, 0), "start", None, True),
        (datetime(2026, 2, 11, 17, 45, 30, 250000), "vor-loeschen", 5, False),
        (datetime(2026, 1, 10, 9, 15), "manuell", 3, False),
    ]
    assert found[0].problem and found[1].problem is None
    assert found[1].reason_text == "vor dem Löschen einer Einschätzung"


def test_truncated_empty_and_foreign_files_are_listed_as_damaged(folder):
    good = (folder / "backups" / "smartcheck-2026-01-10_09-15-00-000-manuell.db").read_bytes()
    put_backup(folder, "2026-03-02_08-00-00-000", "start", good[: len(good) // 2])
    put_backup(folder, "2026-03-03_08-00-00-000", "start", b"")
    foreign = folder / "backups" / "smartcheck-2026-03-04_08-00-00-000-start.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    found = list_backups(folder)
    assert [b.damaged for b in found] == [True, True, True, True, False, False]
    assert found[0].problem == "keine SmartCheck-Datenbank"


def test_restore_keeps_the_current_database_aside_and_deletes_nothing(folder):
    before = snapshot(folder)
    chosen = list_backups(folder)[1]
    done = restore_backup(folder, chosen)
    assert count(folder) == 5
    assert done.backup.assessments == 5 and done.database == folder / "smartcheck.db"
    assert done.kept_aside.name.startswith("smartcheck.db.vor-wiederherstellung-")
    after = snapshot(folder)
    assert after[done.kept_aside.name] == before["smartcheck.db"]  # the previous database, unchanged
    assert after["smartcheck.db"] != before["smartcheck.db"]
    assert {k: v for k, v in before.items() if k != "smartcheck.db"}.items() <= after.items()
    assert not list(folder.glob("*.tmp"))
    with Store.open(folder) as store:
        assert store.integrity_check() == "ok"
        assert sorted(s.municipality for s in store.list_assessments()) == [f"Ort {i}" for i in range(5)]


def test_restore_is_refused_while_another_smartcheck_writes(folder):
    before = snapshot(folder)
    with Store.open(folder) as store:
        with pytest.raises(
            StoreLocked, match="Die Sicherung wird nicht wiederhergestellt: SmartCheck ist bereits geöffnet"
        ):
            restore_backup(folder, list_backups(folder)[1])
        assert len(store.list_assessments()) == 6
    assert snapshot(folder) == before


def test_a_damaged_backup_is_refused_and_nothing_changes(folder):
    before = snapshot(folder)
    damaged = list_backups(folder)[0]
    with pytest.raises(UserError, match="diese Sicherung ist beschädigt .* Es wurde nichts geändert"):
        restore_backup(folder, damaged.path)
    assert snapshot(folder) == before and count(folder) == 6


def test_a_backup_from_a_newer_smartcheck_is_refused(folder):
    newer = put_backup(
        folder,
        "2026-03-05_08-00-00-000",
        "start",
        (folder / "backups" / "smartcheck-2026-01-10_09-15-00-000-manuell.db").read_bytes(),
    )
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = snapshot(folder)
    with pytest.raises(UserError, match="neueren SmartCheck-Version"):
        restore_backup(folder, newer)
    assert snapshot(folder) == before


def test_damaged_database_error_carries_the_aside_file_and_the_newest_usable_backup(folder):
    garbage = random.Random(3).randbytes(30000)
    (folder / "smartcheck.db").write_bytes(garbage)
    with pytest.raises(DamagedDatabase) as info:
        Store.open(folder)
    error = info.value
    assert isinstance(error, UserError)
    assert error.aside.read_bytes() == garbage and error.aside.name in str(error)
    assert (
        error.backup.path.name == "smartcheck-2026-02-11_17-45-30-250-vor-loeschen.db"
    )  # the damaged newer one skipped
    assert error.backup.assessments == 5
    assert "smartcheck restore --latest" in str(error) and "11.02.2026 17:45" in str(error)
    restore_backup(folder, error.backup)
    assert count(folder) == 5
    assert error.aside.read_bytes() == garbage  # still kept


# ------------------------------------------------------------------ the commands
def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_backups_command_lists_date_reason_count_and_file_newest_first(folder, capsys):
    code, out, err = run(capsys, "--data-dir", folder, "backups")
    assert code == 0 and err == ""
    rows = [line.split() for line in out.splitlines() if line[:2].isdigit()]
    assert [(r[0], r[1], r[-2], r[-1]) for r in rows] == [
        ("01.03.2026", "08:00", "beschädigt", "smartcheck-2026-03-01_08-00-00-000-start.db"),
        ("11.02.2026", "17:45", "5", "smartcheck-2026-02-11_17-45-30-250-vor-loeschen.db"),
        ("10.01.2026", "09:15", "3", "smartcheck-2026-01-10_09-15-00-000-manuell.db"),
    ]
    assert "Tagessicherung beim Start" in out and "smartcheck restore --latest" in out


def test_backups_command_in_an_empty_folder_says_there_are_none(tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", tmp_path / "leer", "backups")
    assert code == 0 and "noch keine Sicherungen" in out


def test_restore_latest_takes_the_newest_usable_and_says_where_the_old_one_is(folder, capsys):
    code, out, err = run(capsys, "--data-dir", folder, "restore", "--latest")
    assert code == 0, err
    assert "Wiederhergestellt: die Sicherung vom 11.02.2026 17:45 (5 Einschätzungen)" in out
    aside = next(folder.glob("smartcheck.db.vor-wiederherstellung-*"))
    assert f"Die bisherige Datenbank wurde aufbewahrt als {aside}" in out
    assert count(folder) == 5


def test_restore_by_file_name(folder, capsys):
    code, out, err = run(capsys, "--data-dir", folder, "restore", "smartcheck-2026-01-10_09-15-00-000-manuell.db")
    assert code == 0, err
    assert "(3 Einschätzungen)" in out and count(folder) == 3


@pytest.mark.parametrize(
    "name, message",
    [
        ("smartcheck-2026-03-01_08-00-00-000-start.db", "diese Sicherung ist beschädigt"),
        ("gibt-es-nicht.db", "diese Sicherung gibt es nicht"),
    ],
)
def test_restore_of_a_bad_file_exits_1_with_one_message_and_changes_nothing(folder, capsys, name, message):
    before = snapshot(folder)
    code, out, err = run(capsys, "--data-dir", folder, "restore", name)
    assert code == 1 and out == ""
    assert err.startswith("smartcheck: ") and message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert snapshot(folder) == before


def test_restore_latest_without_a_usable_backup_exits_1(tmp_path, capsys):
    data = tmp_path / "d"
    (data / "backups").mkdir(parents=True)
    put_backup(data, "2026-03-01_08-00-00-000", "start", b"kaputt" * 100)
    code, out, err = run(capsys, "--data-dir", data, "restore", "--latest")
    assert code == 1 and "keine brauchbare Sicherung" in err
    assert not (data / "smartcheck.db").exists()


def test_restore_needs_a_file_or_latest(folder, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(folder), "restore"])
    assert info.value.code == 2
