"""The wizard's flow, without Qt: pages, completeness, next page, autosave.

The Qt wizard is a thin view: ``QWizardPage.isComplete()`` and ``nextId()``
are one-line calls into :class:`Session`. Every change goes through the
session, which hands it at once to its :class:`Saver` (the store), so an
answer is on disk the moment it is given.

Pages, in order: the municipality profile, the method, one page per
dimension, the target levels, the quick-win ideas and the review. Answers are
optional on every page (the review lists what is open); only the profile
needs the municipality's name.

Questionnaire 2.0: a dimension page shows only the questions that apply to
this municipality (:func:`Session.questions`): items excluded by the form of
administration or skipped by a gate answered "no" are left out and listed
as such. In the Schnellcheck (``mode = "quick"``) a page shows only the key,
gate and Schnellcheck questions; :meth:`Session.set_mode` turns it into the
full check later, keeping every answer, so nothing is asked twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from .assessment import (
    NOT_APPLICABLE,
    UNKNOWN,
    Answer,
    Assessment,
    Mode,
    Municipality,
    QuickWinIdea,
    Respondent,
    Status,
    now,
)
from .context import applicability
from .measures import AdoptedMeasure
from .pages import DIMENSION_PREFIX, MEASURES, METHOD, PROFILE, QUICK_WINS, REVIEW, TARGETS
from .questionnaire import Question
from .scoring import Profile, score
from .values import AnswerValue

__all__ = ["DIMENSION_PREFIX", "MEASURES", "METHOD", "PROFILE", "QUICK_WINS", "REVIEW", "TARGETS", "Session"]


class Saver(Protocol):
    def save_answer(self, assessment: Assessment, question_id: str) -> None: ...

    def save_assessment(self, assessment: Assessment) -> None: ...


class NoSaver:
    def save_answer(self, assessment: Assessment, question_id: str) -> None:
        pass

    def save_assessment(self, assessment: Assessment) -> None:
        pass


@dataclass(frozen=True)
class Page:
    id: str
    dimension_id: str | None = None


@dataclass(frozen=True)
class ReviewItem:
    dimension_id: str
    page_id: str
    answered: int
    total: int
    unknown: tuple[str, ...]
    unanswered: tuple[str, ...]
    provisional: bool
    assessable: bool


class Session:
    def __init__(
        self, assessment: Assessment, saver: Saver | None = None, open_measures: Iterable[AdoptedMeasure] = ()
    ):
        self.assessment = assessment
        self.saver = saver or NoSaver()
        # Measures adopted from earlier plans and still open (core.measures.AdoptedMeasure): asked about first.
        self.open_measures = tuple(open_measures)
        dims = [Page(DIMENSION_PREFIX + d.id, d.id) for d in assessment.questionnaire.dimensions]
        self.pages: tuple[Page, ...] = (
            *((Page(MEASURES),) if self.open_measures else ()),
            Page(PROFILE),
            Page(METHOD),
            *dims,
            Page(TARGETS),
            Page(QUICK_WINS),
            Page(REVIEW),
        )

    # ------------------------------------------------------------- questions
    def skipped(self) -> dict[str, str]:
        """Question id -> why it is not asked ("context", "gate" or "quick")."""
        a = self.assessment
        out = applicability(a.questionnaire, a.municipality, a.answers)
        if a.quick:
            for q in a.questionnaire.questions():
                if not q.in_quick_check:
                    out.setdefault(q.id, "quick")
        return out

    def questions(self, dimension_id: str) -> list[Question]:
        """The questions a dimension page asks now (context, gates and mode applied)."""
        skip = self.skipped()
        return [q for q in self.assessment.questionnaire.dimension(dimension_id).questions if q.id not in skip]

    def open_questions(self) -> list[str]:
        """Ids of the questions asked but not answered yet."""
        skip = self.skipped()
        answers = self.assessment.answers
        return [q.id for q in self.assessment.questionnaire.questions() if q.id not in skip and q.id not in answers]

    def set_mode(self, mode: Mode) -> None:
        """ "quick" (Schnellcheck) or "full"; switching keeps every answer."""
        self._changeable()
        self.assessment.mode = mode
        self._touch()
        self.saver.save_assessment(self.assessment)

    # ------------------------------------------------------------ navigation
    def index(self, page_id: str) -> int:
        for i, page in enumerate(self.pages):
            if page.id == page_id:
                return i
        raise KeyError(page_id)

    def step(self, page_id: str) -> tuple[int, int]:
        """(number, total) for "Schritt 3 von 12"."""
        return self.index(page_id) + 1, len(self.pages)

    def is_complete(self, page_id: str) -> bool:
        if page_id == PROFILE:
            return bool(self.assessment.municipality.name.strip())
        if page_id == REVIEW:
            return self.can_finish()
        return True

    def next_page(self, page_id: str) -> str | None:
        i = self.index(page_id)
        if not self.is_complete(page_id) or i + 1 >= len(self.pages):
            return None
        return self.pages[i + 1].id

    def previous_page(self, page_id: str) -> str | None:
        i = self.index(page_id)
        return self.pages[i - 1].id if i > 0 else None

    def page_of_question(self, question_id: str) -> str:
        return DIMENSION_PREFIX + self.assessment.questionnaire.dimension_of(question_id).id

    def resume_page(self) -> str:
        """Where a resumed draft opens: the page of the last change."""
        cursor = self.assessment.cursor
        if cursor:
            page_id = cursor.split("#", 1)[0]
            if any(p.id == page_id for p in self.pages):
                return page_id
        return self.pages[0].id

    def resume_question(self) -> str | None:
        cursor = self.assessment.cursor or ""
        return cursor.split("#", 1)[1] if "#" in cursor else None

    def visit(self, page_id: str) -> None:
        """Remember the page shown, so a resumed draft opens there."""
        self.index(page_id)
        if self.assessment.cursor and self.assessment.cursor.split("#", 1)[0] == page_id:
            return
        self.assessment.cursor = page_id  # not a change: the draft's date stays (browsing is not editing)
        if self.assessment.status == Status.DRAFT:
            self.saver.save_assessment(self.assessment)

    # --------------------------------------------------------------- changes
    def _touch(self, cursor: str | None = None) -> None:
        a = self.assessment
        if cursor is not None:
            a.cursor = cursor
        a.updated_at = now()

    def _changeable(self) -> None:
        if self.assessment.status == Status.COMPLETE:
            raise PermissionError("abgeschlossene Einschätzung: erst wieder öffnen")

    def answer(self, question_id: str, value: AnswerValue | None, note: str | None = None) -> None:
        """Set (or with ``None`` clear) one answer and save it at once."""
        self._changeable()
        question = self.assessment.questionnaire.question(question_id)
        if value == UNKNOWN and not question.allow_unknown:
            raise ValueError(f"{question_id}: 'weiß nicht' ist hier nicht vorgesehen")
        if value == NOT_APPLICABLE and not question.allow_not_applicable:
            raise ValueError(f"{question_id}: 'trifft nicht zu' ist hier nicht vorgesehen")
        answers = dict(self.assessment.answers)
        old = answers.get(question_id)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = Answer(value=value, note=old.note if note is None and old else note or "")
        self.assessment.answers = answers
        self._touch(cursor=f"{self.page_of_question(question_id)}#{question_id}")
        self.saver.save_answer(self.assessment, question_id)

    def note(self, question_id: str, note: str) -> None:
        """Set the note of an answered question (a note alone needs an answer)."""
        self._changeable()
        old = self.assessment.answers.get(question_id)
        if old is None:
            raise ValueError(f"{question_id}: erst eine Antwort wählen, dann notieren")
        self.answer(question_id, old.value, note)

    def set_municipality(self, municipality: Municipality) -> None:
        self._changeable()
        self.assessment.municipality = municipality
        self._touch(cursor=PROFILE)
        self.saver.save_assessment(self.assessment)

    def set_respondents(self, respondents: list[Respondent]) -> None:
        self._changeable()
        self.assessment.respondents = respondents
        self._touch(cursor=PROFILE)
        self.saver.save_assessment(self.assessment)

    def set_target(self, dimension_id: str, level: int) -> None:
        self._changeable()
        self.assessment.questionnaire.dimension(dimension_id)
        self.assessment.targets = {**self.assessment.targets, dimension_id: level}
        self._touch(cursor=TARGETS)
        self.saver.save_assessment(self.assessment)

    def set_importance(self, dimension_id: str, weight: int) -> None:
        self._changeable()
        self.assessment.questionnaire.dimension(dimension_id)
        self.assessment.importance = {**self.assessment.importance, dimension_id: weight}
        self._touch(cursor=TARGETS)
        self.saver.save_assessment(self.assessment)

    def set_quick_wins(self, ideas: list[QuickWinIdea]) -> None:
        self._changeable()
        self.assessment.quick_wins = ideas
        self._touch(cursor=QUICK_WINS)
        self.saver.save_assessment(self.assessment)

    # ---------------------------------------------------------------- review
    def review(self, profile: Profile | None = None) -> tuple[ReviewItem, ...]:
        profile = profile or score(self.assessment)
        answers = self.assessment.answers
        skip = self.skipped()
        items = []
        for d in self.assessment.questionnaire.dimensions:
            result = profile[d.id]
            asked = [q for q in d.questions if q.id not in skip]
            items.append(
                ReviewItem(
                    dimension_id=d.id,
                    page_id=DIMENSION_PREFIX + d.id,
                    answered=result.answered,
                    total=len(asked),
                    unknown=tuple(q.id for q in asked if q.id in answers and answers[q.id].value == UNKNOWN),
                    unanswered=tuple(q.id for q in asked if q.id not in answers),
                    provisional=result.provisional,
                    assessable=result.assessable,
                )
            )
        return tuple(items)

    def can_finish(self) -> bool:
        return bool(self.assessment.municipality.name.strip()) and any(
            isinstance(a.value, int) for a in self.assessment.answers.values()
        )

    def finish(self) -> None:
        if not self.can_finish():
            raise ValueError("Zum Abschließen fehlen der Name der Kommune oder jede bewertete Antwort")
        self._changeable()
        self.assessment.status = Status.COMPLETE
        self.assessment.completed_at = now()
        self._touch(cursor=REVIEW)
        self.saver.save_assessment(self.assessment)

    def reopen(self) -> None:
        """The explicit step that makes a completed assessment changeable again."""
        self.assessment.status = Status.DRAFT
        self.assessment.completed_at = None
        self._touch()
        self.saver.save_assessment(self.assessment)
