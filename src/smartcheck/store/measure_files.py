"""Measures in the assessment exchange file (format 2: the optional ``measures`` list).

An exported assessment carries the measures adopted from its plan, each with
its whole status history. On import they are checked against the
assessment they come with (origin, questions, municipality) and stored in
the same transaction as the assessment: all of the file or nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..core.assessment import Assessment, same_municipality
from ..core.errors import UserError
from ..core.measures import AdoptedMeasure, status_label
from ..csv_file import write_csv

_MEASURES = TypeAdapter(list[AdoptedMeasure])


def file_measures(path: str | Path, assessment: Assessment, data: dict[str, Any]) -> list[AdoptedMeasure]:
    """The measures of an already read exchange file, checked; a fault raises one UserError naming the place."""
    raw = data.get("measures", [])
    name = str(path)
    try:
        measures = _MEASURES.validate_python(raw)
    except ValidationError as error:
        first = error.errors()[0]
        place = "measures" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        raise UserError(f"{name}: {place}: {first['msg']}", english=f"{name}: {place}: {first['msg']}") from None
    questions = {q.id for q in assessment.questionnaire.questions()}
    problems: list[tuple[str, str]] = []  # (German, English)
    for i, m in enumerate(measures):
        where = f"{name}: measures[{i}]"
        if m.origin.assessment_id != assessment.id:
            problems.append(
                (
                    f"{where}.origin.assessment_id: gehört nicht zur Einschätzung dieser Datei",
                    f"{where}.origin.assessment_id: does not belong to the assessment of this file",
                )
            )
        if m.origin.question_id not in questions:
            problems.append(
                (
                    f"{where}.origin.question_id: unbekannte Frage '{m.origin.question_id}'",
                    f"{where}.origin.question_id: unknown question '{m.origin.question_id}'",
                )
            )
        if not same_municipality(m.municipality, assessment.municipality):
            problems.append(
                (
                    f"{where}.municipality: '{m.municipality}' statt '{assessment.municipality.name}'",
                    f"{where}.municipality: '{m.municipality}' instead of '{assessment.municipality.name}'",
                )
            )
    if problems:
        raise UserError("\n".join(de for de, _ in problems), english="\n".join(en for _, en in problems))
    return [m.model_copy(update={"number": 0}) for m in measures]


MEASURE_HEADER = {
    "de": [
        "Nr.",
        "Kommune",
        "Maßnahme",
        "Status",
        "Überfällig",
        "Zuständig (Rolle)",
        "Zuständig (Name)",
        "Beginn",
        "Fällig",
        "Stunden geplant",
        "Euro geplant",
        "Woran man den Erfolg erkennt",
        "Frage-ID",
        "Empfehlung",
        "Letzte Änderung",
        "Notiz",
    ],
    "en": [
        "No.",
        "Municipality",
        "Measure",
        "Status",
        "Overdue",
        "Owner (role)",
        "Owner (name)",
        "Start",
        "Due",
        "Hours planned",
        "Euro planned",
        "How to see it worked",
        "Question ID",
        "Recommendation",
        "Last change",
        "Note",
    ],
}


def export_csv_measures(measures: list[AdoptedMeasure], path: str | Path, today: date, lang: str = "de") -> Path:
    """The measures as CSV with the conventions of the other exports (semicolon, UTF-8 with BOM,
    formulas neutralised: the same writer)."""
    en = lang == "en"
    rows = []
    for m in measures:
        last = m.history[-1]
        rows.append(
            [
                m.number,
                m.municipality,
                m.title,
                status_label(m.status, lang),
                ("yes" if en else "ja") if m.overdue(today) else "",
                m.owner.role,
                m.owner.name,
                m.start.isoformat() if m.start else "",
                m.due.isoformat() if m.due else "",
                "" if m.hours is None else m.hours,
                "" if m.euros is None else m.euros,
                m.success,
                m.origin.question_id,
                m.origin.recommendation_id,
                last.date.isoformat(),
                last.note,
            ]
        )
    return write_csv(path, MEASURE_HEADER["en" if en else "de"], rows)
