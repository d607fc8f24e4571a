"""The light read of what the home page shows, for drawing it at start before the store is opened.

Design record.

Why a second way to read the listing?
    Opening the store (``Store.open``) imports pydantic and the core models,
    takes the lock, migrates, checks the file and every row through the
    models: most of a start. The home page only needs the summary columns,
    the dimension names and the level names. This module reads them with
    ``sqlite3`` and ``json`` alone, so the window shows the list at once; the
    application then opens the store as always and fills the page again from
    it (the same rows).

Why may it give up?
    Anything unexpected -- no data folder or database, another schema version,
    a journal or WAL file beside the database (an interrupted save, which only
    the full open may roll back), a damaged file, a row or JSON text of an
    unexpected shape -- returns ``None``, and the page waits for the full
    open, which reports what it finds (the damaged-database and lock dialogs).

Why can it never change anything?
    The database is opened read-only (``mode=ro``) and only when it is a
    regular file with nothing beside it to roll back; nothing is created, no
    lock is taken.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .database import DB_NAME, schema_version
from .summary import (
    NEWEST_FIRST,
    SUMMARY_COLUMNS,
    SUMMARY_FROM,
    AssessmentSummary,
    snapshot_dimensions,
    summary_from_row,
)

LISTING_SQL = f"SELECT {SUMMARY_COLUMNS}, a.snapshot_hash {SUMMARY_FROM}{NEWEST_FIRST}"
COLUMN_COUNT = SUMMARY_COLUMNS.count(",") + 1  # the summary's columns; the snapshot's hash follows
LEFT_BESIDE = ("-journal", "-wal")  # an interrupted save: only the writer's open may roll it back


@dataclass
class Listing:
    """The rows (newest first), one (dimension id, name) per column, and the level names."""

    rows: list[AssessmentSummary] = field(default_factory=list)
    columns: list[tuple[str, str]] = field(default_factory=list)
    level_names: list[str] = field(default_factory=list)


def read_listing(data_dir: Path, lang: str = "de") -> Listing | None:
    """What the home page shows, read without the models; ``None`` when the full open must decide.

    An empty listing when the folder or the database does not exist (the welcome)."""
    db = data_dir / DB_NAME
    try:
        if not data_dir.exists():
            return Listing()
        if not db.exists():
            return None if any(db.with_name(db.name + s).exists() for s in LEFT_BESIDE) else Listing()
        if not stat.S_ISREG(os.stat(db).st_mode) or any(db.with_name(db.name + s).exists() for s in LEFT_BESIDE):
            return None
        conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=0.5)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        return _read(conn, lang)
    except (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, lang: str) -> Listing | None:
    if conn.execute("PRAGMA user_version").fetchone()[0] != schema_version():
        return None
    conn.execute("BEGIN")  # one snapshot of the file for all reads
    found = conn.execute(LISTING_SQL).fetchall()
    rows = [summary_from_row(r[:COLUMN_COUNT]) for r in found]
    # per questionnaire version, the snapshot of its newest assessment (as ui.controller's listing)
    hashes: dict[tuple[str, str], str] = {}
    for summary, row in zip(rows, found, strict=True):
        hashes.setdefault((summary.questionnaire_id, summary.questionnaire_version), str(row[COLUMN_COUNT]))
    columns: list[tuple[str, str]] = []
    level_names: list[str] = []
    for content_hash in hashes.values():
        dims, body = conn.execute(
            "SELECT dimensions, body FROM snapshots WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        if not level_names:
            level_names = [_text(level["name"], lang) for level in json.loads(body)["levels"]]
        known = {c[0] for c in columns}
        columns += [(did, name) for did, name in snapshot_dimensions(dims, lang) if did not in known]
    conn.execute("COMMIT")
    return Listing(rows, columns, level_names)


def _text(value: object, lang: str) -> str:
    """A questionnaire text {"de": …, "en": …} as core.questionnaire.Text.get reads it."""
    if not isinstance(value, dict):
        raise ValueError("Text erwartet")
    return str(value["en"] if lang == "en" else value["de"])
