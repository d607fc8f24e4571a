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
    2. ``quick_check``: a damaged file is renamed aside (never deleted) and
       ``DamagedDatabase`` names the newest usable backup, which the desktop
       application offers to restore (``restore.py``);
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
import stat
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from ..core.errors import UserError, quote
from .backups import backups, check_database, make_backup, newest_backup, newest_usable
from .messages import DamagedDatabase, explain

__all__ = [
    "DB_NAME",
    "MIGRATIONS",
    "backups",
    "make_backup",
    "newest_backup",
    "open_database",
    "set_aside",
]

DB_NAME = "smartcheck.db"
DAILY_BACKUP_AGE = timedelta(hours=20)


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
        """,
    )


def _add_regions(conn: sqlite3.Connection) -> None:
    """Named regions: profile files of several municipalities kept together (store/regions.py)."""
    _run_script(
        conn,
        """
        CREATE TABLE regions (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,      -- the name, trimmed and case-folded
            name TEXT NOT NULL,
            own TEXT,                      -- the own municipality's name, highlighted
            updated_at TEXT NOT NULL
        );
        CREATE TABLE region_profiles (
            region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,          -- the file name it came from
            body TEXT NOT NULL,            -- the profile file's JSON, as read
            PRIMARY KEY (region_id, position)
        ) WITHOUT ROWID
        """,
    )


def _add_measures(conn: sqlite3.Connection) -> None:
    """Adopted measures (store/measures.py): the body as JSON, columns for listing and filtering."""
    _run_script(
        conn,
        """
        CREATE TABLE measures (
            number INTEGER PRIMARY KEY,    -- the N of 'smartcheck measures set N'
            id TEXT NOT NULL UNIQUE,
            municipality_key TEXT NOT NULL,
            assessment_id TEXT NOT NULL,   -- origin (no foreign key: a measure outlives a deleted assessment)
            recommendation_id TEXT NOT NULL,
            status TEXT NOT NULL,
            due TEXT,
            body TEXT NOT NULL             -- JSON: the measure with its status history
        );
        CREATE INDEX measures_by_origin ON measures(assessment_id, recommendation_id);
        """,
    )


# MIGRATIONS[n] brings a database from user_version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _add_measures, _add_regions]


def schema_version() -> int:
    return len(MIGRATIONS)


def set_aside(db: Path, why: str) -> Path:
    """Rename ``db`` (and its journal) to ``<name>.<why>-<time>``; never deletes."""
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


def assessments_text(count: int | None, lang: str = "de") -> str:
    if lang == "en":
        return "1 assessment" if count == 1 else f"{count} assessments"
    return "1 Einschätzung" if count == 1 else f"{count} Einschätzungen"


def damaged(folder: Path, db: Path, detail: str, readonly: bool) -> DamagedDatabase:
    newest = newest_usable(folder)
    # ``detail`` is the check's finding, in German in both texts
    if newest:
        offer = (
            f" Die neueste brauchbare Sicherung ist {newest.path} (vom {newest.created:%d.%m.%Y %H:%M}, "
            f"{assessments_text(newest.assessments)}). Der Befehl 'smartcheck restore --latest' stellt sie "
            "wieder her; die Anwendung bietet das beim Start an."
        )
        offer_en = (
            f" The newest usable backup is {newest.path} (of {newest.created:%Y-%m-%d %H:%M}, "
            f"{assessments_text(newest.assessments, 'en')}). The command 'smartcheck restore --latest' restores "
            "it; the application offers this at its start."
        )
    elif backups(folder):
        offer = " Es gibt keine brauchbare Sicherungskopie: alle Sicherungen in diesem Datenordner sind beschädigt."
        offer_en = " There is no usable backup: every backup in this data folder is damaged."
    else:
        offer = " Es gibt keine Sicherungskopie in diesem Datenordner."
        offer_en = " There is no backup in this data folder."
    if readonly:
        return DamagedDatabase(
            f"{db}: die Datenbank ist beschädigt ({detail}).{offer}",
            db,
            None,
            newest,
            english=f"{db}: the database is damaged ({detail}).{offer_en}",
        )
    try:
        aside = set_aside(db, "defekt")
    except OSError as error:
        return DamagedDatabase(
            f"{db}: die Datenbank ist beschädigt ({detail}) und konnte nicht beiseitegelegt werden ({error}).{offer}",
            db,
            None,
            newest,
            english=f"{db}: the database is damaged ({detail}) and could not be set aside ({error}).{offer_en}",
        )
    return DamagedDatabase(
        f"{db}: die Datenbank ist beschädigt ({detail}). Sie wurde unverändert beiseitegelegt als "
        f"{aside.name}.{offer} Ohne Wiederherstellung legt SmartCheck beim nächsten Start eine neue, "
        "leere Datenbank an.",
        db,
        aside,
        newest,
        english=f"{db}: the database is damaged ({detail}). It was set aside unchanged as {aside.name}.{offer_en} "
        "Without a restore, SmartCheck creates a new, empty database at the next start.",
    )


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
    _check_regular(db)
    if not readonly and db.exists() and db.stat().st_size == 0 and backups(folder):
        raise damaged(folder, db, "die Datei ist leer", readonly)
    hot = readonly and _roll_back_journal(db)
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None, timeout=5)
        else:
            conn = sqlite3.connect(db, isolation_level=None, timeout=5)
    except sqlite3.Error as error:
        raise explain(error, db) from None
    try:
        problem = check_database(conn, db)
        if problem and hot:
            conn.close()
            raise UserError(
                f"{db}: eine Speicherung wurde unterbrochen (die Datei {db.name}-journal liegt noch daneben). "
                "Die Datenbank ist nicht beschädigt: SmartCheck räumt das beim nächsten Start der Anwendung "
                "oder eines speichernden Befehls (z. B. 'smartcheck demo' oder 'import') auf. Bitte dann erneut versuchen.",
                english=f"{db}: a save was interrupted (the file {db.name}-journal is still beside it). The database "
                "is not damaged: SmartCheck tidies this up at the next start of the application or of a command that "
                "saves (e.g. 'smartcheck demo' or 'import'). Please try again then.",
            )
        if problem:
            conn.close()
            raise damaged(folder, db, problem, readonly)
        foreign = foreign_tables(conn, db)
        if foreign:
            raise UserError(
                f"{db}: das ist keine SmartCheck-Datenbank ({foreign}). Sie bleibt unverändert; bitte wählen "
                "Sie einen anderen Datenordner (--data-dir) oder legen Sie die Datei woanders hin.",
                english=f"{db}: this is not a SmartCheck database ({foreign}). It stays unchanged; please choose "
                "another data folder (--data-dir) or move the file elsewhere.",
            )
        _configure(conn, readonly)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            raise UserError(
                f"{db}: diese Datenbank stammt von einer neueren SmartCheck-Version "
                f"(Schema {version}, dieses Programm kennt bis {schema_version()}). Bitte "
                "installieren Sie die neueste SmartCheck-Version; die Datenbank bleibt unverändert.",
                english=f"{db}: this database comes from a newer SmartCheck version (schema {version}, this "
                f"program knows up to {schema_version()}). Please install the newest SmartCheck version; the "
                "database stays unchanged.",
            )
        if readonly:
            if version < schema_version():
                raise UserError(
                    f"{db}: die Datenbank muss erst aktualisiert werden; bitte öffnen Sie "
                    "SmartCheck einmal ohne andere geöffnete Fenster.",
                    english=f"{db}: the database must be updated first; please open SmartCheck once with no "
                    "other window open.",
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


def _check_regular(db: Path) -> None:
    try:
        info = db.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise UserError(
            f"{db}: nicht lesbar ({error.strerror or error})",
            english=f"{db}: cannot be read ({error.strerror or error})",
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            f"{db}: an der Stelle der Datenbank liegt keine gewöhnliche Datei (ein Ordner, Gerät oder eine Pipe); "
            "SmartCheck öffnet sie nicht und ändert nichts daran.",
            english=f"{db}: where the database belongs there is no regular file (a folder, device or pipe); "
            "SmartCheck does not open it and changes nothing there.",
        )


def _roll_back_journal(db: Path) -> bool:
    """A reader finding a journal beside the file: let SQLite roll back an
    interrupted save (a read-write connection does that on its first read;
    SQLite's own locks keep it off a save that is still running). True if a
    journal is still there afterwards."""
    journal = db.with_name(db.name + "-journal")
    try:
        if not journal.exists() or journal.stat().st_size == 0:
            return False
        conn = sqlite3.connect(f"file:{db}?mode=rw", uri=True, isolation_level=None, timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        pass
    try:
        return journal.exists() and journal.stat().st_size > 0
    except OSError:
        return True


@cache
def expected_tables(version: int) -> frozenset[str]:
    """SmartCheck's tables at schema ``version`` (the migrations run on an empty database in memory)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS[:version]:
            step(conn)
        return frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        conn.close()


def foreign_tables(conn: sqlite3.Connection, db: Path) -> str | None:
    """None for a SmartCheck database (or an empty file), else what makes it another program's."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = {t for t in tables if not t.startswith("sqlite_")}
    if version > schema_version():
        return None  # a newer SmartCheck's: refused with its own message
    expected = expected_tables(version)
    other = sorted(tables - expected)
    if other:
        return "fremde Tabellen: " + ", ".join(quote(t, 30) for t in other[:5])
    missing = sorted(expected - tables)
    if missing:
        return "es fehlen die Tabellen " + ", ".join(missing)
    if version == 0 and not tables:
        try:
            size = db.stat().st_size
        except OSError:
            size = 0
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        if size > page:  # a fresh file has at most one page; more without tables is not SmartCheck's
            return "Schema-Version 0, aber die Datei ist nicht leer"
    return None


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
