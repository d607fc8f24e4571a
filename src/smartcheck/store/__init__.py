"""The local store: SQLite file, autosave, backups, exchange files, demo data.

See docs/storage.md for the data folder's layout and the file formats.

The names below are imported when first asked for (PEP 562), so that
``store.listing`` -- the light read the home page is drawn from at start --
does not bring pydantic and the core models with the package.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backups import Backup, list_backups
    from .messages import DamagedDatabase, StoreLocked
    from .repository import AssessmentSummary, Store
    from .restore import Restored, restore_backup

_HOMES = {
    "AssessmentSummary": "repository",
    "Backup": "backups",
    "DamagedDatabase": "messages",
    "Restored": "restore",
    "Store": "repository",
    "StoreLocked": "messages",
    "list_backups": "backups",
    "restore_backup": "restore",
}
__all__ = [
    "AssessmentSummary",
    "Backup",
    "DamagedDatabase",
    "Restored",
    "Store",
    "StoreLocked",
    "list_backups",
    "restore_backup",
]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_HOMES[name]}", __name__), name)
