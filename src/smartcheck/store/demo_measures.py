"""Musterstadt's measures: the 2025 plan adopted in April 2025, a year of status changes.

The measures are picked from the 2025 assessment's own plan (never by
hard-coded question ids), so the demo follows whatever questionnaire the
demo assessments use: recommendations whose question moved by 2026 become
the measures done with effect, one whose question stayed is done without
effect, and the others are begun, deferred, or planned and overdue. So the
2026 assessment shows a real Umsetzungsstand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..core.assessment import Assessment
from ..core.implementation import adopt
from ..core.measures import AdoptedMeasure, MeasureStatus, Owner, StatusChange
from ..core.planning import plan
from .measures import insert
from .repository import Store

ADOPTED = date(2025, 4, 8)  # the council's decision after the 2025 check
OWNERS = ("Aylin Demir", "Thomas Muster", "Jonas Weber", "Sabine Hoffmann", "Claudia Beispiel", "Markus Klein")


def _moved(before: Assessment, after: Assessment, question_id: str) -> bool:
    a, b = before.answers.get(question_id), after.answers.get(question_id)
    return bool(a and b and isinstance(a.value, int) and isinstance(b.value, int) and b.value > a.value)


def demo_measures(before: Assessment, after: Assessment, make_id: Callable[[str], str]) -> list[AdoptedMeasure]:
    """Six measures from ``before``'s plan with histories that end before ``after`` was made."""
    steps = [m for m in plan(before).measures if m.band != "high"]
    moved = [m for m in steps if _moved(before, after, m.question_id)]
    stayed = [m for m in steps if m not in moved]
    picked = moved[:2] + stayed[:4]
    if len(picked) < 6:
        picked += [m for m in steps if m not in picked][: 6 - len(picked)]
    # (story of each measure): status changes as (date, status, note)
    stories = [
        [
            (date(2025, 6, 2), MeasureStatus.STARTED, "Auftakt im Hauptausschuss"),
            (date(2025, 11, 14), MeasureStatus.DONE, "Abgeschlossen und im Rat vorgestellt"),
        ],
        [
            (date(2025, 5, 12), MeasureStatus.STARTED, ""),
            (date(2026, 1, 20), MeasureStatus.DONE, "Ergebnis liegt allen Fachbereichen vor"),
        ],
        [(date(2025, 9, 1), MeasureStatus.DONE, "Erledigt; Wirkung noch nicht spürbar")],
        [(date(2025, 10, 6), MeasureStatus.STARTED, "Erste Gespräche geführt")],
        [(date(2025, 7, 1), MeasureStatus.DEFERRED, "Zurückgestellt bis zum Haushalt 2026")],
        [],  # still planned, due at the end of 2025: overdue at the 2026 check
    ]
    dues = (
        date(2025, 12, 31),
        date(2026, 2, 28),
        date(2025, 9, 30),
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2025, 12, 31),
    )
    result = []
    # adopt() numbers in plan order; each story belongs to its picked step
    adopted = {
        m.origin.recommendation_id: m for m in adopt(before, [m.recommendation_id for m in picked], start=ADOPTED)
    }
    for i, step in enumerate(picked):
        measure = adopted[step.recommendation_id]
        history = measure.history + [StatusChange(date=d, status=s, note=n) for d, s, n in stories[i]]
        result.append(
            measure.model_copy(
                update={
                    "id": make_id(f"massnahme-{step.recommendation_id}"),
                    "owner": Owner(role=measure.owner.role, name=OWNERS[i]),
                    "due": dues[i],
                    "hours": measure.hours if measure.hours is not None else (8, 16, 4, 24, 40, 12)[i],
                    "euros": (0, 1500, 0, 500, 12000, 0)[i],
                    "history": history,
                }
            )
        )
    # model_copy skips validation: validate the finished measures once.
    return [AdoptedMeasure.model_validate(m.model_dump()) for m in result]


def add_demo_measures(store: Store, before: Assessment, after: Assessment, make_id: Callable[[str], str]) -> list[int]:
    """Store the demo measures (one transaction); those already stored are left alone."""
    with store._write() as conn:
        return insert(conn, demo_measures(before, after, make_id))
