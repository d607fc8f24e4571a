"""The local store: SQLite file, autosave, backups, exchange files, demo data.

See docs/storage.md for the data folder's layout and the file formats.
"""

from .backups import Backup, list_backups
from .messages import DamagedDatabase, StoreLocked
from .repository import AssessmentSummary, Store
from .restore import Restored, restore_backup

__all__ = [
    "AssessmentSummary", "Backup", "DamagedDatabase", "Restored", "Store", "StoreLocked", "list_backups",
    "restore_backup",
]
