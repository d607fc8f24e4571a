"""Assessments for the PDF tests, and reading a PDF back the way a reader meets it."""

from __future__ import annotations

import io
import itertools
import re
from datetime import UTC, datetime

from pypdf import PdfReader

from smartcheck.core.assessment import (
    Answer,
    Municipality,
    QuickWinIdea,
    Respondent,
    Status,
    new_assessment,
)

NAME = "Kleinstädt an der Öse"


def make_assessment(questionnaire, year: int, pattern, *, ideas=(), status=Status.COMPLETE, name=NAME):
    """A completed assessment whose answers cycle through ``pattern``."""
    a = new_assessment(
        questionnaire,
        Municipality(name=name, ags="01234567"),
        respondents=[Respondent(role="Bürgermeisterin", name="Frau Jäger"), Respondent(role="Hauptamt")],
        status=status,
        completed_at=datetime(year, 11, 27, 10, tzinfo=UTC) if status == Status.COMPLETE else None,
        created_at=datetime(year, 11, 20, 9, tzinfo=UTC),
        updated_at=datetime(year, 11, 27, 10, tzinfo=UTC),
        quick_wins=list(ideas),
    )
    for question, value in zip(questionnaire.questions(), itertools.cycle(pattern)):
        if value is not None:
            a.answers[question.id] = Answer(value=value)
    return a


def idea(questionnaire, title: str, rating: int) -> QuickWinIdea:
    return QuickWinIdea(
        title=title,
        description="Bürger melden Schäden per Handy",
        ratings={c.id: rating for c in questionnaire.quick_win_criteria},
    )


def series(questionnaire):
    """Three completed assessments a year apart; the last has quick-win ideas."""
    first = make_assessment(questionnaire, 2024, [0, 1, "unknown", 2])
    second = make_assessment(questionnaire, 2025, [1, 2, 3, "unknown"])
    third = make_assessment(
        questionnaire,
        2026,
        [2, 3, 1, 4, 0],
        ideas=[
            idea(questionnaire, "Mängelmelder für Straßenschäden", 1),
            idea(questionnaire, "Smarte halbe Stunde", 2),
        ],
    )
    return first, second, third


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """The text of each page with whitespace runs collapsed (line breaks inside cells vanish)."""
    return [" ".join(page.extract_text().split()) for page in reader(data).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text without whitespace and hyphens: compares across hyphenated line breaks ("Verwal- tung")."""
    return re.sub(r"[\s\-\u00ad]", "", text)


# The Kurzfassung's sections, in order, as the council reads them (PDF outline, text and Word headings).
COUNCIL_SECTIONS = [
    "Beschlussvorschlag",
    "Sachverhalt",
    "Stand und Ziel je Dimension",
    "Vorgeschlagene Maßnahmen",
    "Finanzielle und personelle Auswirkungen",
    "Bericht an den Ausschuss",
]
