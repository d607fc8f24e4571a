"""Putting a backup copy back in place of the database.

Design record.

What may a restore change?
    Only ``smartcheck.db``: the database that is there is renamed to
    ``smartcheck.db.vor-wiederherstellung-<time>`` (never deleted), the backup
    itself stays in ``backups/``. The copy is made into a temporary file in
    the data folder and checked (``quick_check``, whole pages, a SmartCheck
    schema this program knows) before anything is renamed; a failing step
    leaves the folder as it was.

Why the writer's lock?
    A window that has the database open would go on writing into the file
    that is being renamed. While another SmartCheck holds the lock the
    restore is refused with the lock's message.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import UserError, show_path
from ..core.limits import ReadRefused, check_regular
from ..paths import inside
from .backups import BACKUP_DIR, MAX_BACKUP_BYTES, Backup, check_database, list_backups, read_backup
from .database import DB_NAME, foreign_tables, schema_version, set_aside
from .lock import Lock
from .messages import StoreLocked, os_message

__all__ = ["Restored", "find_backup", "latest_backup", "restore_backup"]

ASIDE_REASON = "vor-wiederherstellung"
TEMP_NAME = f"{DB_NAME}.wiederherstellung.tmp"


@dataclass(frozen=True)
class Restored:
    backup: Backup
    database: Path
    kept_aside: Path | None  # where the previous database now is; None if there was none


def find_backup(data_dir: Path, name: str) -> Path:
    """A backup named on the command line: a path, or a file name in ``backups/``."""
    given = Path(name)
    for candidate in (given, Path(data_dir) / BACKUP_DIR / given.name):
        if os.path.lexists(candidate):
            return candidate  # restore_backup refuses a folder, a device or a pipe
    raise UserError(
        f"{show_path(name)}: diese Sicherung gibt es nicht (gesucht auch in {Path(data_dir) / BACKUP_DIR}); "
        "'smartcheck backups' zeigt die vorhandenen. Es wurde nichts geändert.",
        english=f"{show_path(name)}: there is no such backup (also looked for in {Path(data_dir) / BACKUP_DIR}); "
        "'smartcheck backups' lists the ones there are. Nothing was changed.",
    )


def latest_backup(data_dir: Path) -> Backup:
    """The newest backup that can be read, else a UserError."""
    found = None
    for candidate in list_backups(Path(data_dir)):
        try:
            if not candidate.damaged and _verify(candidate.path) is None:
                found = candidate
                break
        except (OSError, sqlite3.Error):
            continue
    if found is None:
        raise UserError(
            f"Im Datenordner {data_dir} gibt es keine brauchbare Sicherung "
            f"(Ordner {BACKUP_DIR}). Es wurde nichts geändert.",
            english=f"The data folder {data_dir} holds no usable backup (folder {BACKUP_DIR}). Nothing was changed.",
        )
    return found


def restore_backup(data_dir: str | Path, backup: Path | Backup) -> Restored:
    """Put ``backup`` in place of the database of ``data_dir``; the present one is kept aside.

    Raises StoreLocked while another SmartCheck writes to the folder, and
    UserError (with nothing changed) for a missing or damaged backup.
    """
    data_dir = Path(data_dir)
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    try:
        check_regular(path, MAX_BACKUP_BYTES)
    except ReadRefused as error:
        raise UserError(
            f"{error}. Diese Sicherung wird nicht wiederhergestellt; es wurde nichts geändert.",
            english=f"{error.text('en')}. This backup is not restored; nothing was changed.",
        ) from None
    db = data_dir / DB_NAME
    for written in (db, data_dir / TEMP_NAME):
        if inside(written, data_dir / BACKUP_DIR) or (written.exists() and inside(written, path)):
            raise UserError(
                f"{written}: zeigt auf eine Sicherungskopie in {BACKUP_DIR}/ oder auf die Sicherung selbst; "
                "die Wiederherstellung würde sie überschreiben. Es wurde nichts geändert.",
                english=f"{written}: points to a backup copy in {BACKUP_DIR}/ or to the backup itself; "
                "restoring would overwrite it. Nothing was changed.",
            )
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_message(error, data_dir) from None
    lock = Lock(data_dir)
    try:
        lock.acquire()
    except StoreLocked as error:
        raise StoreLocked(
            f"Die Sicherung wird nicht wiederhergestellt: {error}",
            english=f"The backup is not restored: {error.text('en')}",
        ) from None
    try:
        return _restore(data_dir, path)
    finally:
        lock.release()


def _restore(data_dir: Path, path: Path) -> Restored:
    info = read_backup(path)
    if info.damaged:
        raise UserError(
            f"{show_path(path)}: diese Sicherung ist beschädigt ({info.problem}) und wird nicht wiederhergestellt. "
            "Es wurde nichts geändert; 'smartcheck backups' zeigt die brauchbaren.",
            english=f"{show_path(path)}: this backup is damaged ({info.problem}) and is not restored. "
            "Nothing was changed; 'smartcheck backups' lists the usable ones.",
        )
    db = data_dir / DB_NAME
    temp = data_dir / TEMP_NAME
    try:
        _copy(path, temp)
        problem = _verify(temp)
    except (OSError, sqlite3.Error) as error:
        _remove(temp)
        raise UserError(
            f"{show_path(path)}: die Sicherung konnte nicht in den Datenordner {data_dir} kopiert werden ({error}). "
            "Es wurde nichts geändert.",
            english=f"{show_path(path)}: the backup could not be copied into the data folder {data_dir} ({error}). "
            "Nothing was changed.",
        ) from None
    if problem:
        _remove(temp)
        raise UserError(
            f"{show_path(path)}: diese Sicherung wird nicht wiederhergestellt ({problem}). Es wurde nichts geändert.",
            english=f"{show_path(path)}: this backup is not restored ({problem}). Nothing was changed.",
        )
    aside = None
    journal = db.with_name(db.name + "-journal")
    try:
        if db.exists():
            aside = set_aside(db, ASIDE_REASON)  # takes its journal along
        elif journal.exists():  # a stray journal would be rolled into the restored file
            set_aside(journal, ASIDE_REASON)
        os.replace(temp, db)
    except OSError as error:
        if aside is not None and not db.exists():
            os.replace(aside, db)
            aside = None
        _remove(temp)
        raise UserError(
            f"{db}: die Sicherung konnte nicht an ihren Platz gelegt werden ({error.strerror or error}). "
            "Die bisherige Datenbank ist unverändert.",
            english=f"{db}: the backup could not be put in its place ({error.strerror or error}). "
            "The database so far is unchanged.",
        ) from None
    return Restored(info, db, aside)


def _copy(source: Path, target: Path) -> None:
    _remove(target)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            src.backup(copy)
        finally:
            copy.close()
    finally:
        src.close()


def _verify(copy: Path) -> str | None:
    """None if the copy is a sound SmartCheck database this program can open,
    every row of which loads through the models; else the first fault."""
    from .repository import Store

    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        problem = check_database(conn, copy)
        if problem:
            return problem
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version():
            return f"sie stammt von einer neueren SmartCheck-Version (Schema {version}); bitte SmartCheck aktualisieren"
        if version < 1:
            return "keine SmartCheck-Datenbank"
        foreign = foreign_tables(conn, copy)
        if foreign:
            return f"keine SmartCheck-Datenbank: {foreign}"
        if version < schema_version():
            return None  # rows of an older schema are checked after its migration, at the next open
        return Store(copy.parent, conn, None, readonly=True).check_rows()
    finally:
        conn.close()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
