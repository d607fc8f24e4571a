"""Fault injection: killed processes, damaged files, read-only folders, full disks.

Nothing a user typed may be lost, and a fault never damages what is stored.
"""

from __future__ import annotations

import errno
import hashlib
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smartcheck.core.errors import UserError
from smartcheck.core.scoring import score
from smartcheck.core.session import Session
from smartcheck.store import Store
from smartcheck.store.exchange import export_json, import_files
from tests.helpers.store_data import make

HELPERS = Path(__file__).parent / "helpers"
ROOT = Path(__file__).parent.parent
KILLS = 24


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------ kill -9
def _verify_run(store: Store, run: int, reported: list[int], n: int) -> dict:
    """Every answer whose save returned is stored; value and note belong together."""
    a = store.load(f"kill-{run}")
    ids = [q.id for q in a.questionnaire.questions()]
    last = max(reported, default=-1)
    for k, qid in enumerate(ids):
        returned = [i for i in reported if i % n == k]
        stored = a.answers.get(qid)
        if not returned:
            assert stored is None or int(stored.note.split()[0]) <= last + 1
            continue
        assert stored is not None, f"run {run}: answer {returned[-1]} to {qid} lost"
        i = int(stored.note.split()[0])
        assert returned[-1] <= i <= last + 1, f"run {run}: {qid} holds save {i}, last returned {returned[-1]}"
        assert stored.value == (i // n) % 5 and len(stored.note) > 1900
    # the summary columns and the cursor were written in the same transaction as the answer
    if a.answers:
        newest = max(a.answers, key=lambda q: int(a.answers[q].note.split()[0]))
        assert a.cursor.endswith("#" + newest)
    summary = store.summary(a.id)
    assert summary.answered == len(a.answers)
    assert summary.levels == {d.dimension_id: d.level for d in score(a).dimensions}
    return {qid: (ans.value, ans.note) for qid, ans in a.answers.items()}


@pytest.mark.slow
def test_kill_9_while_saving_loses_no_returned_answer(tmp_path, mini, mini_path):
    data = tmp_path / "data"
    rng = random.Random(4711)
    n = len(mini.questions())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    kept: dict[int, dict] = {}
    killed_while_saving = 0
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(HELPERS / "kill_saver.py"), str(data), str(mini_path), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        early = run % 6 == 5  # sometimes during start, open or the first insert
        if early:
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            first = child.stdout.readline().strip()
            assert first == "ready", child.stderr.read()
            time.sleep(rng.uniform(0.01, 0.2))
        child.kill()
        out, err = child.communicate()
        assert child.returncode != 0, err  # it was killed, not finished
        lines = out.split()
        reported = [int(x) for x in lines if x.isdigit()]
        killed_while_saving += bool(reported)
        with Store.open(data) as store:  # the killed writer's lock is gone
            assert store.integrity_check() == "ok"
            if "ready" in lines or (early and store.exists(f"kill-{run}")):
                kept[run] = _verify_run(store, run, reported, n)
            for earlier, answers in kept.items():
                loaded = store.load(f"kill-{earlier}").answers
                assert {q: (a.value, a.note) for q, a in loaded.items()} == answers
    assert killed_while_saving >= 15  # most kills hit a process in the middle of saving


# -------------------------------------------------------- damaged database
@pytest.fixture
def filled(tmp_path, mini):
    """A data folder with stored assessments and one backup."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        for i in range(12):
            store.create(make(mini, name=f"Ort {i}", complete=True, day=i + 1))
        backup = store.backup("test")
    return folder, backup


def _assert_damaged_handled(folder: Path, original: bytes, backup: Path):
    with pytest.raises(UserError) as info:
        Store.open(folder)
    message = str(info.value)
    assert "beschädigt" in message
    assert str(backup) in message  # the newest backup is offered by name
    assert "Traceback" not in message
    aside = [p for p in folder.iterdir() if p.name.startswith("smartcheck.db.defekt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == original  # kept, not deleted
    assert aside[0].name in message
    assert not (folder / "smartcheck.db").exists()
    assert backup.exists()


def test_garbage_database_is_set_aside_and_backup_named(filled):
    folder, backup = filled
    garbage = random.Random(1).randbytes(20000)
    (folder / "smartcheck.db").write_bytes(garbage)
    _assert_damaged_handled(folder, garbage, backup)
    with Store.open(folder) as store:  # the next start begins afresh
        assert store.list_assessments() == []


@pytest.mark.parametrize("keep", [0.0, 0.1, 0.5, 0.9, "last-bytes"])
def test_truncated_database_is_set_aside_and_backup_named(filled, keep):
    folder, backup = filled
    db = folder / "smartcheck.db"
    data = db.read_bytes()
    cut = len(data) - 100 if keep == "last-bytes" else int(len(data) * keep)
    db.write_bytes(data[:cut])
    _assert_damaged_handled(folder, data[:cut], backup)


def test_damaged_database_without_backup_says_so(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "smartcheck.db").write_bytes(b"Dies ist keine Datenbank, sondern ein Brief." * 50)
    with pytest.raises(UserError, match="keine Sicherungskopie"):
        Store.open(folder)


def test_reader_does_not_rename_a_damaged_file(filled):
    folder, backup = filled
    db = folder / "smartcheck.db"
    db.write_bytes(b"\0" * 8192)
    with pytest.raises(UserError, match="beschädigt"):
        Store.open(folder, readonly=True)
    assert db.read_bytes() == b"\0" * 8192


def test_backup_restores_what_was_stored(filled):
    from smartcheck.store.restore import restore_backup

    folder, backup = filled
    (folder / "smartcheck.db").write_bytes(b"kaputt" * 1000)
    with pytest.raises(UserError):
        Store.open(folder)
    restore_backup(folder, backup)
    with Store.open(folder) as store:
        assert len(store.list_assessments()) == 12
        assert store.integrity_check() == "ok"


# -------------------------------------------------------- read-only folder
def test_read_only_data_folder_gives_a_clear_message(tmp_path, mini, monkeypatch):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.create(make(mini))
    before = _digest(folder / "smartcheck.db")
    folder.chmod(0o555)
    if getattr(os, "geteuid", lambda: 1)() == 0:  # root writes anyway: let the OS calls fail as they would for a user
        real_open = os.open

        def refuse(path, flags, *args, **kwargs):
            writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
            if writing and Path(os.fsdecode(path)).resolve().is_relative_to(folder.resolve()):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    try:
        with pytest.raises(UserError, match="schreibgeschützt") as info:
            Store.open(folder)
        assert str(folder) in str(info.value)
        with Store.open(folder, readonly=True) as reader:  # reading still works
            assert len(reader.list_assessments()) == 1
    finally:
        monkeypatch.undo()
        folder.chmod(0o755)
    assert _digest(folder / "smartcheck.db") == before


# --------------------------------------------------------------- full disk
def _fill_up(store: Store, room: int = 0) -> None:
    """The database can grow by ``room`` pages, then SQLite reports 'database or disk is full'."""
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + room}")


def test_full_disk_keeps_every_saved_answer_and_no_half_save(tmp_path, mini):
    folder = tmp_path / "data"
    a = make(mini, answers={})
    with Store.open(folder) as store:
        store.create(a)
        session = Session(a, store)
        _fill_up(store, room=4)
        saved = {}
        with pytest.raises(UserError, match="kein Speicherplatz") as info:
            for i, q in enumerate(mini.questions() * 4):
                note = f"{i} " + " ".join(["Notiz"] * 300)
                session.answer(q.id, i % 5, note=note)
                saved[q.id] = (i % 5, note)
        assert "nicht gespeichert" in str(info.value)
        assert saved  # some answers fit before the disk was full
        other = make(mini, name="Zu groß")
        other.answers = {q: x.model_copy(update={"note": "lang " * 300}) for q, x in other.answers.items()}
        with pytest.raises(UserError, match="kein Speicherplatz"):
            store.create(other)
        assert store.integrity_check() == "ok"
    with Store.open(folder) as store:
        loaded = store.load(a.id)
        assert {q: (x.value, x.note) for q, x in loaded.answers.items()} == saved
        assert not store.exists(other.id)
        assert store.list_assessments()[0].answered == len(saved)


def test_full_disk_during_import_stores_nothing(tmp_path, mini):
    files = []
    for i in range(5):
        path = tmp_path / f"e{i}.json"
        a = make(mini, name=f"Ort {i}", complete=True, day=i + 1)
        a.answers = {q: x.model_copy(update={"note": "lang " * 300}) for q, x in a.answers.items()}
        export_json(a, path)
        files.append(path)
    with Store.open(tmp_path / "data") as store:
        store.create(make(mini, name="Schon da"))
        _fill_up(store)
        with pytest.raises(UserError, match="kein Speicherplatz"):
            import_files(store, files)
        assert [s.municipality for s in store.list_assessments()] == ["Schon da"]
        assert store.integrity_check() == "ok"


def test_backup_that_cannot_be_written_stops_the_migration(tmp_path, mini, monkeypatch):
    from smartcheck.store import database

    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.create(make(mini))
    before = _digest(folder / "smartcheck.db")
    (folder / "backups").write_text("a file where the backup folder should be")

    def v2(conn):
        conn.execute("ALTER TABLE assessments ADD COLUMN extra TEXT")

    monkeypatch.setattr(database, "MIGRATIONS", [*database.MIGRATIONS, v2])
    with pytest.raises(UserError, match="Sicherungskopie konnte nicht geschrieben"):
        Store.open(folder)
    assert _digest(folder / "smartcheck.db") == before


# ------------------------------------------------ kill -9 during a status change
@pytest.mark.slow
def test_kill_9_during_status_changes_loses_no_committed_change(tmp_path, mini_path):
    from smartcheck.store.measures import list_measures

    data = tmp_path / "data"
    rng = random.Random(815)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    kept: dict[int, list] = {}  # measure number -> its history after the last run
    hits = 0
    for run in range(10):
        child = subprocess.Popen(
            [sys.executable, str(HELPERS / "kill_status.py"), str(data), str(mini_path), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.01, 0.2))
        child.kill()
        out, err = child.communicate()
        assert child.returncode != 0, err
        reported = [int(x) for x in out.split() if x.isdigit()]
        hits += bool(reported)
        with Store.open(data) as store:
            assert store.integrity_check() == "ok"
            measures = list_measures(store)
        n = len(measures)
        notes = {m.number: [c.note.split()[0] for c in m.history] for m in measures}
        for i in reported:  # every change that returned is stored, in order, once
            assert notes[i % n + 1].count(f"{run}-{i}") == 1, f"run {run}: change {i} lost"
        for m in measures:  # earlier runs' histories are intact; the status column agrees with the body
            assert m.history[: len(kept.get(m.number, []))] == kept.get(m.number, [])
            kept[m.number] = m.history
        with Store.open(data, readonly=True) as store:
            for m in measures:
                row = store._read("SELECT status FROM measures WHERE number = ?", (m.number,))
                assert row[0][0] == m.status.value
    assert hits >= 6
