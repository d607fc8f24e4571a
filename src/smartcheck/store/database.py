"""The SQLite file: opening it safely, its schema, migrations, backups, the lock.

Design record.

Why the rollback journal and not WAL?
    Data folders live on network drives and USB sticks, where WAL's shared
    memory does not work. With ``synchronous=FULL`` a transaction that returned
    is on the disk; a killed process leaves a hot journal that the next open
    rolls back.

What happens on open (writer)?
    1. the lock file is taken (an OS lock, so a killed process leaves no
       stale lock behind: the OS drops the lock with the process);
    2. ``quick_check``: a damaged file is renamed aside (never deleted) and the
       message names the newest backup;
    3. a database newer than the program is refused, untouched;
    4. migrations, each after a backup copy (``Connection.backup``), each in
       one transaction together with its ``PRAGMA user_version``;
    5. the first open of a day makes a backup; the last ten are kept.

A reader (``readonly=True``) takes no lock, changes nothing and never
renames a file: a writer may be working on it at the same time.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from ..core.errors import UserError

DB_NAME = "smartcheck.db"
LOCK_NAME = "smartcheck.lock"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 10
DAILY_BACKUP_AGE = timedelta(hours=20)
_LOCK_OFFSET = 4096  # the byte locked on Windows; the holder's info is written before it


class StoreLocked(UserError):
    """Another SmartCheck (window or command) writes to the same data folder."""


# --------------------------------------------------------------------- schema
def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Statement by statement: ``executescript`` would commit the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE municipalities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,      -- the name, trimmed and case-folded
            name TEXT NOT NULL             -- as last spelled
        );
        CREATE TABLE snapshots (
            content_hash TEXT PRIMARY KEY,
            questionnaire_id TEXT NOT NULL,
            version TEXT NOT NULL,
            dimensions TEXT NOT NULL,      -- JSON [[id, name de, name en], ...] for listings
            body TEXT NOT NULL             -- the questionnaire as JSON
        );
        CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
            snapshot_hash TEXT NOT NULL REFERENCES snapshots(content_hash),
            status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT,
            listed_at TEXT NOT NULL,       -- completed_at, for drafts updated_at
            cursor TEXT,
            municipality_name TEXT NOT NULL,
            municipality TEXT NOT NULL,    -- JSON: the profile as given in this assessment
            details TEXT NOT NULL,         -- JSON: respondents, targets, importance, quick wins
            levels TEXT NOT NULL,          -- JSON {dimension id: level or null}
            answered INTEGER NOT NULL,
            total INTEGER NOT NULL
        );
        -- covers the listing, so it never reads the wide rows
        CREATE INDEX assessments_listing ON assessments(
            listed_at DESC, id, municipality_name, status, created_at, updated_at, completed_at,
            snapshot_hash, levels, answered, total);
        CREATE INDEX assessments_by_municipality ON assessments(municipality_id, status);
        CREATE TABLE answers (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, question_id)
        ) WITHOUT ROWID;
        """
    )


# MIGRATIONS[n] brings a database from user_version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]


def schema_version() -> int:
    return len(MIGRATIONS)


# ------------------------------------------------------------------- messages
def explain(error: sqlite3.Error, path: Path) -> UserError:
    """A readable message for what SQLite reports while reading or writing."""
    text = str(error).lower()
    folder = path.parent
    if "full" in text:
        return UserError(
            f"{path}: kein Speicherplatz mehr; die letzte Änderung wurde nicht gespeichert. "
            "Bitte schaffen Sie Platz auf dem Laufwerk und versuchen Sie es erneut."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return UserError(read_only_message(folder))
    if "locked" in text or "busy" in text:
        return StoreLocked(f"{path}: die Datenbank ist gerade von einem anderen Programm gesperrt. Bitte später erneut versuchen.")
    if "i/o" in text:
        return UserError(f"{path}: Lese- oder Schreibfehler des Laufwerks ({error}). Ist das Laufwerk noch verbunden?")
    return UserError(f"{path}: Datenbankfehler: {error}")


def read_only_message(folder: Path) -> str:
    return (
        f"Der Datenordner {folder} ist schreibgeschützt: SmartCheck kann dort nichts speichern. "
        "Bitte wählen Sie einen beschreibbaren Ordner (--data-dir) oder lassen Sie die "
        "Schreibrechte freigeben."
    )


def _os_message(error: OSError, folder: Path) -> UserError:
    import errno

    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(read_only_message(folder))
    if error.errno == errno.ENOSPC:
        return UserError(f"{folder}: kein Speicherplatz mehr auf dem Laufwerk.")
    return UserError(f"{folder}: der Datenordner ist nicht nutzbar ({error.strerror or error}).")


# ----------------------------------------------------------------------- lock
class Lock:
    """One writer per data folder: an OS lock on ``smartcheck.lock``."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise _os_message(error, self.path.parent) from None
        try:
            _lock_fd(fd)
        except OSError:
            holder = _read_holder(self.path)
            os.close(fd)
            raise StoreLocked(
                f"SmartCheck ist bereits geöffnet{holder} und schreibt in den Datenordner "
                f"{self.path.parent}. Bitte schließen Sie das andere Fenster "
                "oder warten Sie, bis der andere Befehl fertig ist."
            ) from None
        self.fd = fd
        info = f"pid {os.getpid()} seit {datetime.now():%d.%m.%Y %H:%M}\n".encode()
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, info, 0) if hasattr(os, "pwrite") else os.write(fd, info)
        except OSError:
            pass  # the info is a courtesy; the lock itself holds

    def release(self) -> None:
        if self.fd is not None:
            try:
                _unlock_fd(self.fd)
            finally:
                os.close(self.fd)
                self.fd = None


def _read_holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f" ({text})" if text.startswith("pid ") and len(text) < 80 else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        # flock locks belong to the open file, so a second Store in the same
        # process is refused too, and the OS drops the lock when a process dies.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# -------------------------------------------------------------------- backups
def backups(folder: Path) -> list[Path]:
    """The backup copies, oldest first."""
    directory = folder / BACKUP_DIR
    if not directory.is_dir():
        return []
    return sorted(directory.glob("smartcheck-*.db"))


def newest_backup(folder: Path) -> Path | None:
    found = backups(folder)
    return found[-1] if found else None


def make_backup(conn: sqlite3.Connection, folder: Path, reason: str) -> Path:
    """Copy the open database into backups/ (atomically) and keep the last ten."""
    directory = folder / BACKUP_DIR
    while True:  # a fixed-length stamp first, so the names sort by time
        stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S-%f")[:-3]
        target = directory / f"smartcheck-{stamp}-{reason}.db"
        if not target.exists() and not any(directory.glob(f"smartcheck-{stamp}-*.db")):
            break
        time.sleep(0.001)
    temp = target.with_suffix(".tmp")
    try:
        directory.mkdir(exist_ok=True)
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as error:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        raise UserError(
            f"{directory}: die Sicherungskopie konnte nicht geschrieben werden ({error}); "
            "es wurde nichts geändert."
        ) from None
    for old in backups(folder)[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(folder: Path, backup: Path) -> Path:
    """Put a backup in place of the database; a present database is kept aside."""
    db = folder / DB_NAME
    if db.exists():
        _set_aside(db, "ersetzt")
    temp = db.with_suffix(".restore.tmp")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(temp)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(temp, db)
    return db


def _set_aside(db: Path, why: str) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    aside = db.with_name(f"{db.name}.{why}-{stamp}")
    n = 2
    while aside.exists():
        aside = db.with_name(f"{db.name}.{why}-{stamp}-{n}")
        n += 1
    os.replace(db, aside)
    journal = db.with_name(db.name + "-journal")
    if journal.exists():
        os.replace(journal, aside.with_name(aside.name + "-journal"))
    return aside


# ----------------------------------------------------------------------- open
def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def _damaged(folder: Path, db: Path, detail: str, readonly: bool) -> UserError:
    newest = newest_backup(folder)
    if newest:
        offer = (
            f" Die neueste Sicherung ist {newest} (vom "
            f"{datetime.fromtimestamp(newest.stat().st_mtime):%d.%m.%Y %H:%M}). Um sie zu verwenden, "
            f"kopieren Sie sie als '{DB_NAME}' in den Datenordner {folder}."
        )
    else:
        offer = " Es gibt keine Sicherungskopie in diesem Datenordner."
    if readonly:
        return UserError(f"{db}: die Datenbank ist beschädigt ({detail}).{offer}")
    try:
        aside = _set_aside(db, "defekt")
    except OSError as error:
        return UserError(f"{db}: die Datenbank ist beschädigt ({detail}) und konnte nicht beiseitegelegt werden ({error}).{offer}")
    return UserError(
        f"{db}: die Datenbank ist beschädigt ({detail}). Sie wurde unverändert beiseitegelegt als "
        f"{aside.name}; beim nächsten Start legt SmartCheck eine neue, leere Datenbank an.{offer}"
    )


def _check(conn: sqlite3.Connection, db: Path) -> str | None:
    """None if the file is sound, else what is wrong."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    # A hot journal has been rolled back by now; a sound file holds whole pages.
    if db.stat().st_size % page_size:
        return "die Datei ist abgeschnitten"
    return None


def open_database(folder: Path, readonly: bool = False) -> sqlite3.Connection:
    """Open (and if needed create and migrate) the database in ``folder``.

    The caller holds the lock when ``readonly`` is false.
    """
    db = folder / DB_NAME
    if readonly and not db.exists():
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _configure(conn, readonly=True)
        migrate(conn, folder, backup=False)
        return conn
    if not readonly and db.exists() and db.stat().st_size == 0 and backups(folder):
        raise _damaged(folder, db, "die Datei ist leer", readonly)
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None, timeout=5)
        else:
            conn = sqlite3.connect(db, isolation_level=None, timeout=5)
    except sqlite3.Error as error:
        raise explain(error, db) from None
    try:
        problem = _check(conn, db)
        if problem:
            conn.close()
            raise _damaged(folder, db, problem, readonly)
        _configure(conn, readonly)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            raise UserError(
                f"{db}: diese Datenbank stammt von einer neueren SmartCheck-Version "
                f"(Schema {version}, dieses Programm kennt bis {schema_version()}). Bitte "
                "installieren Sie die neueste SmartCheck-Version; die Datenbank bleibt unverändert."
            )
        if readonly:
            if version < schema_version():
                raise UserError(
                    f"{db}: die Datenbank muss erst aktualisiert werden; bitte öffnen Sie "
                    "SmartCheck einmal ohne andere geöffnete Fenster."
                )
            return conn
        # A write test: a read-only file or folder fails here, not at the first answer.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        migrate(conn, folder, backup=version > 0)
        if version == schema_version():
            _daily_backup(conn, folder)
        return conn
    except sqlite3.Error as error:
        conn.close()
        raise explain(error, db) from None
    except BaseException:
        conn.close()
        raise


def migrate(conn: sqlite3.Connection, folder: Path, backup: bool) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < schema_version() and backup:
        make_backup(conn, folder, f"vor-schema-{version + 1}")
    for target in range(version + 1, schema_version() + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[target - 1](conn)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _daily_backup(conn: sqlite3.Connection, folder: Path) -> None:
    if conn.execute("SELECT 1 FROM assessments LIMIT 1").fetchone() is None:
        return
    newest = newest_backup(folder)
    if newest is not None:
        age = datetime.now() - datetime.fromtimestamp(newest.stat().st_mtime)
        if age < DAILY_BACKUP_AGE:
            return
    make_backup(conn, folder, "start")
