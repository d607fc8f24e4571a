"""The local store: SQLite file, autosave, backups, exchange files, demo data.

See docs/storage.md for the data folder's layout and the file formats.
"""

from .messages import StoreLocked
from .repository import AssessmentSummary, Store

__all__ = ["AssessmentSummary", "Store", "StoreLocked"]
