"""The words of the Kurzfassung für den Rat, shared by the PDF and the Word version.

Third person throughout ("Die Verwaltung hat …"): the administration puts the
matter to the council; the council decides. Numbers, dates and levels are
phrased by :mod:`smartcheck.core.findings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.axes import Axis, profile_axes
from ..core.findings import (
    CouncilChoice,
    Findings,
    answered_nothing,
    hours_text,
    measure_title,
)
from ..core.labels import format_date
from ..core.measures import AdoptedMeasure
from ..core.values import MAX_LEVEL
from . import implementation_state
from .styles import shorten
from .texts import t


@dataclass(frozen=True)
class MeasureRow:
    no: int
    plan_number: int
    title: str
    dimension: str
    owner: str
    due: str
    hours: str
    cost: str
    success: str


def _day(d: date, lang: str) -> str:
    from datetime import datetime

    return format_date(datetime(d.year, d.month, d.day), lang)


class CouncilText:
    def __init__(
        self,
        findings: Findings,
        lang: str = "de",
        choice: CouncilChoice | None = None,
        measures: list[AdoptedMeasure] | None = None,
    ) -> None:
        self.f, self.lang = findings, lang
        self.measures = measures  # adopted before: one sentence on their Umsetzungsstand
        self.choice = choice or CouncilChoice()
        self.proposed = findings.proposal(self.choice.numbers, self.choice.owners, self.choice.dues, lang)
        self.q = findings.questionnaire

    def phrase(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def count(self, n: int) -> str:
        """ "einer Dimension" / "5 Dimensionen" (one dimension / 5 dimensions)."""
        if self.lang == "en":
            return "one dimension" if n == 1 else f"{n} dimensions"
        return "einer Dimension" if n == 1 else f"{n} Dimensionen"

    def dim(self, dimension_id: str) -> str:
        return self.q.dimension(dimension_id).name.get(self.lang)

    @property
    def name(self) -> str:
        return self.f.assessment.municipality.name

    @property
    def date(self) -> str:
        return format_date(self.f.assessment.date, self.lang)

    # ------------------------------------------------------------ header
    def header_fields(self) -> list[tuple[str, str]]:
        c = self.choice
        return [
            (self.phrase("field_committee"), c.committee),
            (self.phrase("field_number"), c.paper_number),
            (self.phrase("field_meeting"), c.meeting),
            (self.phrase("field_date"), c.paper_date),
        ]

    def subject(self) -> str:
        return self.phrase("council_subject", name=self.name)

    # ------------------------------------------------------------ resolution
    def resolution(self) -> list[str]:
        n = len(self.proposed)
        back = _day(self.f.report_back, self.lang)
        first = self.phrase("resolution_note", date=self.date)
        if not n:
            return [first, self.phrase("resolution_none", back=back)]
        numbers = "1" if n == 1 else self.phrase("range", low=1, high=n)
        return [first, self.phrase("resolution_charge", numbers=numbers, back=back)]

    # ------------------------------------------------------------ facts (5-8 sentences)
    def facts(self) -> list[str]:
        f, profile = self.f, self.f.profile
        dims = profile.dimensions
        sentences = [self.phrase("facts_did", date=self.date)]
        people = len(f.assessment.respondents)
        sentences.append(self.phrase("facts_people", n=people) if people else self.phrase("facts_people_none"))
        sentences.append(
            self.phrase(
                "facts_scale",
                dims=len(dims),
                questions=len(self.q.questions()),
                low=self.q.level_name(0, self.lang),
                high=self.q.level_name(MAX_LEVEL, self.lang),
            )
        )
        assessed = [(r, r.level) for r in dims if r.assessable and r.level is not None]
        if assessed:
            top = max(level for _, level in assessed)
            best = [self.dim(r.dimension_id) for r, level in assessed if level == top]
            sentences.append(self.phrase("facts_best", names=", ".join(best), level=top))
            below = [(r, level) for r, level in assessed if level < r.target]
            if below:
                widest = max(r.target - level for r, level in below)
                names = [self.dim(r.dimension_id) for r, level in below if r.target - level == widest]
                sentences.append(self.phrase("facts_gap", n=len(below), total=len(dims), names=", ".join(names)))
            else:
                sentences.append(self.phrase("facts_no_gap"))
        open_dims = [r for r in dims if answered_nothing(r)]
        unassessable = [r for r in dims if not r.assessable and not answered_nothing(r)]
        if f.is_draft:
            sentences.append(self.phrase("facts_draft", n=self.count(len(open_dims)).replace("einer", "eine")))
        elif unassessable:
            sentences.append(
                self.phrase("facts_unassessable", names=", ".join(self.dim(r.dimension_id) for r in unassessable))
            )
        if f.comparison is not None and f.previous is not None:
            up = sum(1 for c in f.comparison.dimensions if (c.level_delta or 0) > 0)
            down = sum(1 for c in f.comparison.dimensions if (c.level_delta or 0) < 0)
            key = "facts_change" if down else "facts_change_up" if up else "facts_change_same"
            sentences.append(
                self.phrase(key, date=format_date(f.previous.date, self.lang), up=self.count(up), down=self.count(down))
            )
        else:
            sentences.append(self.phrase("facts_first"))
        done = implementation_state.sentence(f, self.measures, self.lang)
        if done:
            sentences.append(done)
        spread = len({p.measure.dimension_id for p in self.proposed})
        sentences.append(
            self.phrase("facts_measures", total=len(f.plan.measures), n=len(self.proposed), dims=self.count(spread))
        )
        return sentences[: 9 if done else 8]

    # ------------------------------------------------------------ chart
    def profile_rows(self) -> list[Axis]:
        return profile_axes(self.f.profile, self.q, self.lang)

    def profile_note(self) -> str:
        note = self.phrase("profile_note")
        if any(r.provisional for r in self.f.profile.dimensions):
            note += " " + self.phrase("profile_provisional")
        return note

    # ------------------------------------------------------------ measures
    def measure_rows(self) -> list[MeasureRow]:
        rows = []
        for no, p in enumerate(self.proposed, start=1):
            rec = p.measure.recommendation
            title = measure_title(rec, self.lang)
            hours = hours_text(p.hours, self.lang) + ("*" if p.hours_estimated else "")
            rows.append(
                MeasureRow(
                    no,
                    p.number,
                    shorten(title, self.lang, 500),
                    self.dim(p.measure.dimension_id),
                    shorten(p.owner, self.lang, 120),
                    _day(p.due, self.lang),
                    hours,
                    shorten(self.choice.costs.get(p.number, ""), self.lang, 40),
                    shorten(rec.success.get(self.lang), self.lang, 600),
                )
            )
        return rows

    def measures_note(self) -> str:
        note = self.phrase("measures_note")
        if any(p.hours_estimated for p in self.proposed):
            note += " " + self.phrase("hours_estimated")
        return note

    @property
    def total_hours(self) -> int:
        return sum(p.hours for p in self.proposed)

    def money(self) -> list[str]:
        return [
            self.phrase("money_staff", hours=hours_text(self.total_hours, self.lang), n=len(self.proposed)),
            self.phrase("money_cost"),
        ]

    def report_back(self) -> str:
        return self.phrase("report_back_text", date=_day(self.f.report_back, self.lang))
