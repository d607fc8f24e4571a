"""How an assessment maps to the database's columns, and a listing row back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from ..core.assessment import Assessment
from ..core.context import applicability
from ..core.scoring import score
from ..core.values import FIRST_YEAR, LAST_YEAR, MAX_LEVEL


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


def stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_time(text: str | None) -> datetime | None:
    """A stored time; one outside 1900-2200 (which not every time zone can show) is refused."""
    if text is None:
        return None
    value = datetime.fromisoformat(text)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"Zeitpunkt außerhalb {FIRST_YEAR}–{LAST_YEAR}")
    return value


def encode_value(value: int | str) -> str:
    return str(value)


def decode_value(text: str) -> int | str:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 5 else text


SUMMARY_SQL = """
    SELECT a.id, a.municipality_name, a.status, a.created_at, a.updated_at,
           a.completed_at, s.questionnaire_id, s.version, a.levels, a.answered, a.total, a.details
    FROM assessments a JOIN snapshots s ON s.content_hash = a.snapshot_hash
"""


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


def summary_columns(a: Assessment) -> dict[str, object]:
    """The columns written with every save: status, dates, profile summary."""
    profile = score(a)
    # the questions this municipality is asked (context and gates, questionnaire 2.0)
    skip = applicability(a.questionnaire, a.municipality, a.answers)
    questions = [q for q in a.questionnaire.questions() if q.id not in skip]
    return {
        "status": a.status.value,
        "created_at": stamp(a.created_at),
        "updated_at": stamp(a.updated_at),
        "completed_at": stamp(a.completed_at),
        "listed_at": stamp(a.date),
        "cursor": a.cursor,
        "municipality_name": a.municipality.name,
        "municipality": a.municipality.model_dump_json(),
        # "mode" only for a Schnellcheck, so details written before it existed stay equal
        "details": a.model_dump_json(
            include={"respondents", "targets", "importance", "quick_wins"} | ({"mode"} if a.quick else set())
        ),
        "levels": json.dumps({d.dimension_id: d.level for d in profile.dimensions}),
        "answered": sum(1 for q in questions if q.id in a.answers),
        "total": len(questions),
    }
