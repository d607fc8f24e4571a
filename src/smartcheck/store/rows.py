"""How an assessment maps to the database's columns, and a listing row back."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ..core.assessment import Assessment
from ..core.context import applicability
from ..core.scoring import score
from .summary import SUMMARY_SQL as SUMMARY_SQL
from .summary import AssessmentSummary as AssessmentSummary
from .summary import parse_time as parse_time
from .summary import summary_from_row as summary_from_row


def stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def encode_value(value: int | str) -> str:
    return str(value)


def decode_value(text: str) -> int | str:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 5 else text


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
