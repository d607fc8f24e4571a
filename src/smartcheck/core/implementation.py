"""From plan to measures, and the Umsetzungsstand at the next check.

``adopt`` turns chosen recommendations of an assessment's plan into
:class:`~smartcheck.core.measures.AdoptedMeasure` values (not stored yet).
``implementation`` compares the measures with a later assessment: which were
done, whether the question each came from moved ("Maßnahme 3 erledigt →
Frage 2.1 von 1 auf 3"), which were done without effect, which are overdue.
The status counts as it was on the later assessment's date, so a report of
2026 reads the same after later changes.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from .assessment import Assessment
from .findings import CouncilChoice, Findings
from .labels import label
from .measures import AdoptedMeasure, MeasureStatus, Origin, Owner, StatusChange, status_label
from .planning import Measure, plan
from .questionnaire import Horizon, question_numbers

HORIZON_MONTHS = {Horizon.SHORT: 3, Horizon.MEDIUM: 12, Horizon.LONG: 24}


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def short_title(text: str, limit: int = 160) -> str:
    """The first sentence of a recommendation, at most ``limit`` characters."""
    for i, ch in enumerate(text):
        if ch in ".!?" and i >= 20 and i + 2 < len(text) and text[i + 1] == " " and text[i + 2].isupper():
            word = text[:i].split()[-1]
            if len(word.rstrip(".")) > 3:
                text = text[: i + 1]
                break
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def adopt(
    assessment: Assessment, recommendation_ids: list[str] | None = None, start: date | None = None, lang: str = "de"
) -> list[AdoptedMeasure]:
    """Measures for the chosen recommendations (all of the plan's next steps when None), in plan order."""
    start = start or assessment.date.date()
    steps = plan(assessment)
    chosen: list[Measure]
    if recommendation_ids is None:
        chosen = list(steps.next_steps)
    else:
        wanted = set(recommendation_ids)
        chosen = [m for m in steps.measures if m.recommendation_id in wanted]
        unknown = wanted - {m.recommendation_id for m in chosen}
        if unknown:
            raise ValueError(f"nicht im Handlungsplan: {', '.join(sorted(unknown))}")
    result = []
    for m in chosen:
        rec = m.recommendation
        result.append(
            AdoptedMeasure(
                municipality=assessment.municipality.name,
                title=rec.title.get(lang) if rec.title is not None else short_title(rec.text.get(lang)),
                origin=Origin(
                    assessment_id=assessment.id,
                    question_id=m.question_id,
                    recommendation_id=m.recommendation_id,
                    dimension_id=m.dimension_id,
                ),
                owner=Owner(role=label(rec.role, lang)),
                start=start,
                due=add_months(start, HORIZON_MONTHS[rec.horizon]),
                hours=rec.hours,
                success=rec.success.get(lang),
                history=[
                    StatusChange(
                        date=start,
                        status=MeasureStatus.PLANNED,
                        note="Aus dem Handlungsplan übernommen" if lang == "de" else "Adopted from the plan",
                    )
                ],
            )
        )
    return result


def adopt_proposal(
    findings: Findings, choice: CouncilChoice, start: date | None = None, lang: str = "de"
) -> list[AdoptedMeasure]:
    """The measures the council paper proposes (``choice``), with the owner names and due dates
    set in it; the owner's role and the rest as :func:`adopt` gives them."""
    proposed = findings.proposal(choice.numbers, choice.owners, choice.dues, lang)
    measures = adopt(findings.assessment, [p.measure.recommendation_id for p in proposed], start=start, lang=lang)
    by_id = {p.measure.recommendation_id: p for p in proposed}
    result = []
    for m in measures:
        p = by_id[m.origin.recommendation_id]
        name = (choice.owners.get(p.number) or "").strip()
        result.append(
            m.model_copy(
                update={
                    "due": p.due,  # as the paper puts it to the council
                    "owner": Owner(role=m.owner.role, name=name),
                }
            )
        )
    return result


# ------------------------------------------------------------ Umsetzungsstand
@dataclass(frozen=True)
class Outcome:
    measure: AdoptedMeasure
    status: MeasureStatus | None  # on the later assessment's date
    overdue: bool
    number: str | None  # "2.1" in the later questionnaire, None if the question is gone
    before: int | str | None  # the answer in the origin assessment
    after: int | str | None  # the answer in the later assessment

    @property
    def done(self) -> bool:
        return self.status == MeasureStatus.DONE

    @property
    def moved(self) -> bool:
        return isinstance(self.before, int) and isinstance(self.after, int) and self.after > self.before

    def line(self, lang: str = "de") -> str:
        """'Maßnahme 3 erledigt → Frage 2.1 von 1 auf 3', or what else became of it."""
        en = lang == "en"
        head = f"Measure {self.measure.number}" if en else f"Maßnahme {self.measure.number}"
        if self.overdue and self.measure.due is not None:  # overdue means a due date has passed
            due = self.measure.due
            return f"{head} overdue (due {due.isoformat()})" if en else f"{head} überfällig (fällig am {due:%d.%m.%Y})"
        if not self.done:
            if self.status is None:
                return f"{head} " + ("not adopted yet" if en else "noch nicht übernommen")
            return f"{head} {status_label(self.status, lang)}"
        done = "done" if en else "erledigt"
        if self.number is None:
            return f"{head} {done} → " + ("question no longer asked" if en else "Frage nicht mehr im Fragebogen")
        question = f"question {self.number}" if en else f"Frage {self.number}"
        if self.moved:
            change = f"from {self.before} to {self.after}" if en else f"von {self.before} auf {self.after}"
            return f"{head} {done} → {question} {change}"
        before, after = _shown(self.before), _shown(self.after)
        if en:
            rest = f"stays at {after}" if before == after else f"from {before} to {after}"
            return f"{head} {done}, no effect yet: {question} {rest}"
        rest = f"bleibt bei {after}" if before == after else f"von {before} auf {after}"
        return f"{head} {done}, ohne Wirkung: {question} {rest}"


def _shown(value: int | str | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else "?"


@dataclass(frozen=True)
class Implementation:
    """The Umsetzungsstand of the measures adopted before ``later``."""

    outcomes: tuple[Outcome, ...]

    @property
    def done_with_effect(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.done and o.moved)

    @property
    def done_without_effect(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.done and not o.moved)

    @property
    def overdue(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.overdue)

    @property
    def open(self) -> tuple[Outcome, ...]:
        return tuple(
            o for o in self.outcomes if not o.done and not o.overdue and o.status not in (MeasureStatus.DROPPED, None)
        )


def _value(assessment: Assessment | None, question_id: str) -> int | str | None:
    if assessment is None:
        return None
    answer = assessment.answers.get(question_id)
    return None if answer is None else answer.value


def implementation(
    measures: list[AdoptedMeasure], later: Assessment, earlier: list[Assessment], since: date | None = None
) -> Implementation:
    """Compare the measures adopted from ``earlier`` assessments with ``later``.

    ``earlier``: assessments the measures may come from (others are left out).
    ``since``: leave out measures already closed (done, dropped) on that day, e.g. the
    previous check's date, so the list says what happened since then.
    """
    origins = {a.id: a for a in earlier if a.id != later.id}
    day = later.date.date()
    closed = (MeasureStatus.DONE, MeasureStatus.DROPPED)
    numbers = question_numbers(later.questionnaire)
    outcomes = []
    for m in sorted(measures, key=lambda x: x.number):
        origin = origins.get(m.origin.assessment_id)
        if origin is None or (since is not None and m.status_on(since) in closed):
            continue
        qid = m.origin.question_id
        outcomes.append(
            Outcome(
                measure=m,
                status=m.status_on(day),
                overdue=m.overdue(day),
                number=numbers.get(qid),
                before=_value(origin, qid),
                after=_value(later, qid),
            )
        )
    return Implementation(tuple(outcomes))
