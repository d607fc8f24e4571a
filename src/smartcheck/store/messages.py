"""Readable messages for what SQLite and the file system report."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import UserError

if TYPE_CHECKING:
    from .backups import Backup


class StoreLocked(UserError):
    """Another SmartCheck (window or command) writes to the same data folder."""


class DamagedDatabase(UserError):
    """The database failed its check. ``aside`` is where it was kept (None when
    it was not renamed: a reader, or the rename failed); ``backup`` is the
    newest usable backup copy (None if there is none), for callers to offer."""

    def __init__(self, message: str, database: Path, aside: "Path | None", backup: "Backup | None"):
        super().__init__(message)
        self.database, self.aside, self.backup = database, aside, backup


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
    if "malformed" in text or "not a database" in text:
        return UserError(
            f"{path}: die Datenbank ist beschädigt ({error}). Beim nächsten Start der Anwendung wird sie "
            "beiseitegelegt und die neueste Sicherung angeboten ('smartcheck restore --latest')."
        )
    if "i/o" in text:
        return UserError(f"{path}: Lese- oder Schreibfehler des Laufwerks ({error}). Ist das Laufwerk noch verbunden?")
    return UserError(f"{path}: Datenbankfehler: {error}")


def read_only_message(folder: Path) -> str:
    return (
        f"Der Datenordner {folder} ist schreibgeschützt: SmartCheck kann dort nichts speichern. "
        "Bitte wählen Sie einen beschreibbaren Ordner (--data-dir) oder lassen Sie die "
        "Schreibrechte freigeben."
    )


def os_message(error: OSError, folder: Path) -> UserError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(read_only_message(folder))
    if error.errno == errno.ENOSPC:
        return UserError(f"{folder}: kein Speicherplatz mehr auf dem Laufwerk.")
    return UserError(f"{folder}: der Datenordner ist nicht nutzbar ({error.strerror or error}).")
