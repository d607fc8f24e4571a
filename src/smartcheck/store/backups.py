"""Backup copies of the database in ``backups/``: made with ``Connection.backup``,
written atomically, named by time so they sort, the last ten kept (and the
last copy from before a damaged database); and the
listing of them for people (date, reason, how many assessments, damaged or not).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..core.errors import UserError
from ..core.limits import ReadRefused, check_regular

BACKUP_DIR = "backups"
KEEP_BACKUPS = 10
MAX_BACKUP_BYTES = 2 * 1024**3  # a backup larger than this is not SmartCheck's (a year of use is a few MB)
_NAME = re.compile(r"smartcheck-(\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d-\d{3})-(.+)\.db")
REASONS = {
    "start": "Tagessicherung beim Start",
    "vor-loeschen": "vor dem Löschen einer Einschätzung",
    "manuell": "von Hand angelegt",
}


@dataclass(frozen=True)
class Backup:
    """One backup copy as a person sees it. ``problem`` is None for a usable copy."""

    path: Path
    created: datetime  # local time, from the file name (else the file's time)
    reason: str  # as in the file name: "start", "vor-schema-2", "vor-loeschen", …
    assessments: int | None  # None when the copy cannot be read
    problem: str | None = None

    @property
    def damaged(self) -> bool:
        return self.problem is not None

    @property
    def reason_text(self) -> str:
        if self.reason.startswith("vor-schema-"):
            return f"vor dem Datenbank-Update auf Version {self.reason.removeprefix('vor-schema-')}"
        return REASONS.get(self.reason, self.reason)


def backups(folder: Path) -> list[Path]:
    """The backup copies, oldest first."""
    directory = folder / BACKUP_DIR
    if not directory.is_dir():
        return []
    return sorted(directory.glob("smartcheck-*.db"))


def newest_backup(folder: Path) -> Path | None:
    found = backups(folder)
    return found[-1] if found else None


def read_backup(path: Path) -> Backup:
    """What a backup holds, read through a read-only connection; a copy that
    cannot be read comes back with ``problem`` set, never as an exception."""
    path = Path(path)
    match = _NAME.fullmatch(path.name)
    created, reason = None, "unbekannt"
    if match:
        reason = match.group(2)
        try:
            created = datetime.strptime(match.group(1) + "000", "%Y-%m-%d_%H-%M-%S-%f")
        except ValueError:
            created = None
    if created is None:
        try:
            created = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            created = datetime.fromtimestamp(0)
    count, problem = None, None
    try:
        check_regular(path, MAX_BACKUP_BYTES)
    except ReadRefused as error:
        return Backup(path, created, reason, None, error.problem)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problem = check_database(conn, path)
            if problem is None:
                count = conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        problem = "keine SmartCheck-Datenbank" if "no such table" in str(error) else str(error)
    except OSError as error:
        problem = error.strerror or str(error)
    return Backup(path, created, reason, count, problem)


def list_backups(folder: Path) -> list[Backup]:
    """Every backup copy in ``folder``'s ``backups/``, newest first; damaged ones included."""
    return [read_backup(path) for path in reversed(backups(Path(folder)))]


def newest_usable(folder: Path) -> Backup | None:
    return next((b for b in list_backups(folder) if not b.damaged), None)


def check_database(conn: sqlite3.Connection, db: Path) -> str | None:
    """None if the file is sound (``quick_check``, whole pages), else what is wrong."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    # A hot journal has been rolled back by now; a sound file holds whole pages.
    try:
        if db.stat().st_size % page_size:
            return "die Datei ist abgeschnitten"
    except OSError as error:
        return error.strerror or str(error)
    return None


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
            f"{directory}: die Sicherungskopie konnte nicht geschrieben werden ({error}); es wurde nichts geändert.",
            english=f"{directory}: the backup copy could not be written ({error}); nothing was changed.",
        ) from None
    protected = last_before_damage(folder)
    for old in backups(folder)[:-KEEP_BACKUPS]:
        if old != protected:
            old.unlink(missing_ok=True)
    return target


def last_before_damage(folder: Path) -> Path | None:
    """The newest backup older than the newest damaged database set aside.

    After a damaged database the user may start empty; the daily backups of the
    new database would then push the last good copy of the old data out of the
    rotation. That one copy is never rotated away.
    """
    stamps = sorted(p.name.split(".defekt-", 1)[1][:19] for p in folder.glob("*.db.defekt-*"))
    if not stamps:
        return None
    before = [p for p in backups(folder) if p.name[len("smartcheck-") :][:19] < stamps[-1]]
    return before[-1] if before else None
