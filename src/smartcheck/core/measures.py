"""Adopted measures (Maßnahmen): the plan a municipality took on, tracked through the year.

Design record.

What is a measure, beside a recommendation of the plan?
    A recommendation is advice computed from answers; a measure is what the
    municipality decided to do about it: a title, an owner, dates, hours and
    money, a success criterion, and a status whose every change is kept with
    its date and note. Its origin (assessment, question, recommendation id
    ``<question id>:<band>``) lets the next check see whether the question it
    came from moved.

Why is this module a leaf (it imports no other core module)?
    The assessment exchange file (``core.assessment.AssessmentFile``) carries
    measures; the logic that needs assessments lives in ``core.implementation``.

What is "overdue"?
    A measure still ``geplant`` or ``begonnen`` whose due date lies before the
    day asked about. Deferred (``zurückgestellt``) measures are open but never
    overdue; done and dropped ones are closed.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .values import Day, Line, Name, Short


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


Text = Short  # a note or a success criterion: several lines, no control characters


class MeasureStatus(str, Enum):
    PLANNED = "geplant"
    STARTED = "begonnen"
    DONE = "erledigt"
    DEFERRED = "zurückgestellt"
    DROPPED = "verworfen"


STATUS_ORDER = (
    MeasureStatus.PLANNED,
    MeasureStatus.STARTED,
    MeasureStatus.DONE,
    MeasureStatus.DEFERRED,
    MeasureStatus.DROPPED,
)
OPEN = frozenset({MeasureStatus.PLANNED, MeasureStatus.STARTED, MeasureStatus.DEFERRED})
RUNNING = frozenset({MeasureStatus.PLANNED, MeasureStatus.STARTED})
STATUS_EN = {
    MeasureStatus.PLANNED: "planned",
    MeasureStatus.STARTED: "started",
    MeasureStatus.DONE: "done",
    MeasureStatus.DEFERRED: "deferred",
    MeasureStatus.DROPPED: "dropped",
}
# What a user may type: the German word, ASCII spellings, the English word.
_ALIASES = {
    **{s.value: s for s in MeasureStatus},
    **{en: s for s, en in STATUS_EN.items()},
    "zurueckgestellt": MeasureStatus.DEFERRED,
    "zuruckgestellt": MeasureStatus.DEFERRED,
}


def status_label(status: MeasureStatus, lang: str = "de") -> str:
    return STATUS_EN[status] if lang == "en" else status.value


def parse_status(text: str) -> MeasureStatus:
    """The status a user typed (German or English, any case); ValueError names the choices."""
    found = _ALIASES.get(text.strip().casefold())
    if found is None:
        choices = ", ".join(s.value for s in STATUS_ORDER)
        raise ValueError(f"unbekannter Status '{text}' (erlaubt: {choices})")
    return found


class StatusChange(_Model):
    date: Day
    status: MeasureStatus
    note: Text = ""


class Origin(_Model):
    assessment_id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    question_id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    recommendation_id: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    dimension_id: Annotated[str, StringConstraints(max_length=100)] = ""


class Owner(_Model):
    role: Line = ""
    name: Line = ""

    def text(self) -> str:
        if self.role and self.name:
            return f"{self.name} ({self.role})"
        return self.name or self.role


class AdoptedMeasure(_Model):
    """One measure a municipality adopted; ``number`` is given by the store (0 = not stored yet)."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")] = Field(
        default_factory=lambda: str(uuid.uuid4())
    )
    number: Annotated[int, Field(strict=True, ge=0)] = 0
    municipality: Name
    title: Annotated[Line, StringConstraints(min_length=1)]
    origin: Origin
    owner: Owner = Field(default_factory=Owner)
    start: Day | None = None
    due: Day | None = None
    hours: Annotated[int, Field(strict=True, ge=0, le=100_000)] | None = None
    euros: Annotated[int, Field(strict=True, ge=0, le=1_000_000_000)] | None = None
    success: Text = ""
    history: list[StatusChange] = Field(min_length=1)

    @property
    def status(self) -> MeasureStatus:
        return self.history[-1].status

    def status_on(self, day: date) -> MeasureStatus | None:
        """The status as it was on ``day`` (None: not yet adopted then)."""
        found = None
        for change in self.history:
            if change.date <= day:
                found = change.status
        return found

    def done_on(self, day: date) -> date | None:
        """When it was (last) set to done, if it was done on ``day``."""
        if self.status_on(day) != MeasureStatus.DONE:
            return None
        return max(c.date for c in self.history if c.date <= day and c.status == MeasureStatus.DONE)

    def overdue(self, today: date) -> bool:
        if self.due is None or self.due >= today:
            return False
        last = self.history[-1]
        status = last.status if last.date <= today else (self.status_on(today) or self.history[0].status)
        return status in RUNNING

    def with_status(self, status: MeasureStatus, day: date, note: str = "") -> AdoptedMeasure:
        return self.model_copy(update={"history": [*self.history, StatusChange(date=day, status=status, note=note)]})


# ----------------------------------------------------------------- summary
def _noun(count: int, lang: str) -> str:
    if lang == "en":
        return "1 measure" if count == 1 else f"{count} measures"
    return "1 Maßnahme" if count == 1 else f"{count} Maßnahmen"


OVERDUE_WORD = {"de": "überfällig", "en": "overdue"}


def counts(measures: list[AdoptedMeasure], today: date) -> dict[str, int]:
    """Per status value, with overdue ones counted as ``"overdue"`` instead of their status."""
    result: dict[str, int] = {}
    for m in measures:
        key = "overdue" if m.overdue(today) else m.status.value
        result[key] = result.get(key, 0) + 1
    return result


def summary_line(measures: list[AdoptedMeasure], today: date, lang: str = "de") -> str:
    """'5 Maßnahmen: 2 erledigt, 2 begonnen, 1 überfällig' (done, running, overdue, then the rest)."""
    return summary_from_counts(counts(measures, today), lang)


def summary_from_counts(found: dict[str, int], lang: str = "de") -> str:
    """The summary line from :func:`counts` (or the same counted by the store)."""
    total = sum(found.values())
    if not total:
        return "No measures adopted yet" if lang == "en" else "Noch keine Maßnahmen übernommen"
    order = [
        MeasureStatus.DONE.value,
        MeasureStatus.STARTED.value,
        MeasureStatus.PLANNED.value,
        "overdue",
        MeasureStatus.DEFERRED.value,
        MeasureStatus.DROPPED.value,
    ]
    parts = []
    for key in order:
        if found.get(key):
            word = (
                OVERDUE_WORD[lang if lang == "en" else "de"]
                if key == "overdue"
                else status_label(MeasureStatus(key), lang)
            )
            parts.append(f"{found[key]} {word}")
    return f"{_noun(total, lang)}: {', '.join(parts)}"
