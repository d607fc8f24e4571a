"""Builders of assessments for the store's tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from smartcheck.core.assessment import (
    Answer,
    Assessment,
    Municipality,
    QuickWinIdea,
    Respondent,
    Status,
    new_assessment,
)
from smartcheck.core.questionnaire import Questionnaire
from smartcheck.core.values import MAX_LEVEL


def make(
    questionnaire: Questionnaire,
    name: str = "Testdorf",
    complete: bool = False,
    day: int = 1,
    year: int = 2025,
    **fields,
) -> Assessment:
    """An assessment with every question answered (value by position, some notes)."""
    answers = {}
    for i, q in enumerate(questionnaire.questions()):
        value = "unknown" if i == 1 and q.allow_unknown else i % 5
        answers[q.id] = Answer(value=value, note="Notiz mit Umlauten: äöüß" if i == 0 else "")
    when = datetime(year, 3, day, 10, 0, tzinfo=UTC)
    criteria = [c.id for c in questionnaire.quick_win_criteria]
    data = dict(
        respondents=[Respondent(role="Hauptamt", name="A. Beispiel")],
        answers=answers,
        targets={questionnaire.dimensions[0].id: 4},
        importance={questionnaire.dimensions[0].id: 3},
        quick_wins=[QuickWinIdea(title="Mängelmelder", ratings=dict.fromkeys(criteria, 2))],
        status=Status.COMPLETE if complete else Status.DRAFT,
        created_at=when,
        updated_at=when,
        completed_at=when if complete else None,
        cursor="review" if complete else None,
    )
    data.update(fields)
    return new_assessment(questionnaire, Municipality(name=name), **data)


SECRET_NOTE = "Notiz: Herr Geheim aus dem Bauamt sagt das"  # must never leave the data folder


def variant(base: Assessment, name: str, shift: int, storytelling: int | None = None, **municipality) -> Assessment:
    """A copy of ``base`` for another municipality, answers moved by ``shift`` (0-4), each with SECRET_NOTE."""
    answers = {}
    for qid, answer in base.answers.items():
        value = answer.value
        if isinstance(value, int):
            value = max(0, min(MAX_LEVEL, value + shift))
        if storytelling is not None and base.questionnaire.dimension_of(qid).id == "storytelling":
            value = storytelling
        answers[qid] = Answer(value=value, note=SECRET_NOTE)
    m = base.municipality.model_copy(update={"name": name, **municipality})
    return base.model_copy(update={"id": str(uuid.uuid4()), "municipality": m, "answers": answers})
