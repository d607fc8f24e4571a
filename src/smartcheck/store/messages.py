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

    def __init__(
        self, message: str, database: Path, aside: Path | None, backup: Backup | None, english: str | None = None
    ):
        super().__init__(message, english=english)
        self.database, self.aside, self.backup = database, aside, backup


def explain(error: sqlite3.Error, path: Path) -> UserError:
    """A readable message for what SQLite reports while reading or writing."""
    text = str(error).lower()
    folder = path.parent
    if "full" in text:
        return UserError(
            f"{path}: kein Speicherplatz mehr; die letzte Änderung wurde nicht gespeichert. "
            "Bitte schaffen Sie Platz auf dem Laufwerk und versuchen Sie es erneut.",
            english=f"{path}: the disk is full; the last change was not saved. Please free some space on the "
            "drive and try again.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return UserError(read_only_message(folder), english=read_only_message(folder, "en"))
    if "locked" in text or "busy" in text:
        return StoreLocked(
            f"{path}: die Datenbank ist gerade von einem anderen Programm gesperrt. Bitte später erneut versuchen.",
            english=f"{path}: the database is locked by another program just now. Please try again later.",
        )
    if "malformed" in text or "not a database" in text:
        return UserError(
            f"{path}: die Datenbank ist beschädigt ({error}). Beim nächsten Start der Anwendung wird sie "
            "beiseitegelegt und die neueste Sicherung angeboten ('smartcheck restore --latest').",
            english=f"{path}: the database is damaged ({error}). The next start of the application sets it aside "
            "and offers the newest backup ('smartcheck restore --latest').",
        )
    if "i/o" in text:
        return UserError(
            f"{path}: Lese- oder Schreibfehler des Laufwerks ({error}). Ist das Laufwerk noch verbunden?",
            english=f"{path}: the drive could not be read or written ({error}). Is it still connected?",
        )
    return UserError(f"{path}: Datenbankfehler: {error}", english=f"{path}: database error: {error}")


def read_only_message(folder: Path, lang: str = "de") -> str:
    if lang == "en":
        return (
            f"The data folder {folder} is read-only: SmartCheck cannot save anything there. Please choose "
            "a writable folder (--data-dir) or have write access granted."
        )
    return (
        f"Der Datenordner {folder} ist schreibgeschützt: SmartCheck kann dort nichts speichern. "
        "Bitte wählen Sie einen beschreibbaren Ordner (--data-dir) oder lassen Sie die "
        "Schreibrechte freigeben."
    )


def os_message(error: OSError, folder: Path) -> UserError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(read_only_message(folder), english=read_only_message(folder, "en"))
    if error.errno == errno.ENOSPC:
        return UserError(
            f"{folder}: kein Speicherplatz mehr auf dem Laufwerk.", english=f"{folder}: the drive is full."
        )
    return UserError(
        f"{folder}: der Datenordner ist nicht nutzbar ({error.strerror or error}).",
        english=f"{folder}: the data folder cannot be used ({error.strerror or error}).",
    )
