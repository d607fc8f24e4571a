"""Backup copies of the database in ``backups/``: made with ``Connection.backup``,
written atomically, named by time so they sort, the last ten kept."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from ..core.errors import UserError

BACKUP_DIR = "backups"
KEEP_BACKUPS = 10


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
