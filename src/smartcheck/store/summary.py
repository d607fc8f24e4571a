"""A listing row: what the home page shows of a stored assessment, read from the summary columns.

Plain Python (no pydantic, no core models), so the home page can be filled
before the models are imported (``store/listing.py``); ``store.rows`` offers
the same names to the other callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from ..core.plain import FIRST_YEAR, LAST_YEAR, MAX_LEVEL


@dataclass(frozen=True)
class AssessmentSummary:
    """One line of the listing. ``answered`` counts questions with any answer
    (including "weiß nicht" and "trifft nicht zu"); ``total`` all questions."""

    id: str
    municipality: str
    status: str  # a core.assessment.Status value
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    questionnaire_id: str
    questionnaire_version: str
    levels: dict[str, int | None]
    answered: int
    total: int
    people: str = ""  # the respondents' roles (or names), as the list shows who answered

    @property
    def date(self) -> datetime:
        """The date shown in lists: completion, for drafts the last change."""
        return self.completed_at or self.updated_at


def parse_time(text: str | None) -> datetime | None:
    """A stored time; one outside 1900-2200 (which not every time zone can show) is refused."""
    if text is None:
        return None
    value = datetime.fromisoformat(text)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"Zeitpunkt außerhalb {FIRST_YEAR}–{LAST_YEAR}")
    return value


SUMMARY_COLUMNS = """a.id, a.municipality_name, a.status, a.created_at, a.updated_at,
           a.completed_at, s.questionnaire_id, s.version, a.levels, a.answered, a.total, a.details"""
SUMMARY_FROM = "FROM assessments a JOIN snapshots s ON s.content_hash = a.snapshot_hash"
SUMMARY_SQL = f"SELECT {SUMMARY_COLUMNS} {SUMMARY_FROM}"
NEWEST_FIRST = " ORDER BY a.listed_at DESC, a.id"  # the order of the listing


@lru_cache(maxsize=512)
def _levels(text: str) -> dict[str, int | None]:
    levels = json.loads(text)
    if not isinstance(levels, dict) or not all(
        v is None or (type(v) is int and 0 <= v <= MAX_LEVEL) for v in levels.values()
    ):
        raise ValueError(f"Stufen: erwartet {{Dimension: 0 bis {MAX_LEVEL} oder null}}")
    return levels


def _required(value: datetime | None) -> datetime:
    if value is None:
        raise ValueError("Zeitpunkt fehlt")
    return value


def summary_from_row(row: tuple[Any, ...]) -> AssessmentSummary:
    return AssessmentSummary(
        id=row[0],
        municipality=row[1],
        status=row[2],
        created_at=_required(parse_time(row[3])),
        updated_at=_required(parse_time(row[4])),
        completed_at=parse_time(row[5]),
        questionnaire_id=row[6],
        questionnaire_version=row[7],
        levels=dict(_levels(row[8])),  # many assessments share their levels' text
        answered=row[9],
        total=row[10],
        people=_people(row[11]) if len(row) > 11 else "",
    )


@lru_cache(maxsize=512)
def _people(details: str | None) -> str:
    """ "Hauptamt, Kämmerei": the respondents' roles (their names where a role is missing)."""
    try:
        respondents = json.loads(details or "{}").get("respondents") or []
    except (ValueError, AttributeError):
        return ""
    shown = [str(r.get("role") or r.get("name") or "").strip() for r in respondents if isinstance(r, dict)]
    return ", ".join(p for p in shown if p)


def snapshot_dimensions(dims: str, lang: str = "de") -> list[tuple[str, str]]:
    """(id, name) per dimension from a snapshot's ``dimensions`` column (JSON ``[[id, de, en], …]``)."""
    return [(str(did), str(en if lang == "en" else de)) for did, de, en in json.loads(dims)]
