"""What the report shows, computed once from the core's results.

The renderer reads only the assessment, its questionnaire snapshot and the
earlier assessments handed in; it never opens the shipped questionnaire, the
store or a widget. A report of 2024 therefore renders the same in 2026.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from ..core.assessment import NOT_APPLICABLE, UNKNOWN, Assessment
from ..core.findings import CouncilChoice, Findings, level_label, number, signed, split_first_sentence, word
from ..core.labels import format_date
from ..core.measures import AdoptedMeasure
from ..core.planning import ActionPlan, RankedIdea
from ..core.progress import Comparison
from ..core.questionnaire import Questionnaire, Text
from ..core.scoring import DimensionResult, Profile
from .styles import Styles
from .texts import t

__all__ = ["ReportContext", "split_first_sentence"]


@dataclass
class ReportContext:
    """The core's :class:`~smartcheck.core.findings.Findings` with the report's language and styles."""

    assessment: Assessment
    history: list[Assessment]
    lang: str
    styles: Styles
    choice: CouncilChoice | None = None
    measures: list[AdoptedMeasure] | None = None  # adopted measures, for the Umsetzungsstand
    findings: Findings = field(init=False)

    def __post_init__(self) -> None:
        self.findings = Findings(self.assessment, list(self.history))

    # ------------------------------------------------------------------ basics
    @property
    def profile(self) -> Profile:
        return self.findings.profile

    @property
    def plan(self) -> ActionPlan:
        return self.findings.plan

    @property
    def ideas(self) -> tuple[RankedIdea, ...]:
        return self.findings.ideas

    @property
    def series(self) -> list[Assessment]:
        return self.findings.series

    @property
    def profiles(self) -> dict[str, Profile]:
        return self.findings.profiles

    @property
    def comparison(self) -> Comparison | None:
        return self.findings.comparison

    @property
    def questionnaire(self) -> Questionnaire:
        return self.assessment.questionnaire

    @property
    def previous(self) -> Assessment | None:
        return self.findings.previous

    @property
    def draft(self) -> bool:
        return self.findings.is_draft

    @property
    def name(self) -> str:
        return self.assessment.municipality.name

    @property
    def date(self) -> str:
        return format_date(self.assessment.date, self.lang)

    def rich(self, text: str) -> str:
        """Escaped text with its first sentence in bold."""
        first, rest = split_first_sentence(text)
        return f"<b>{escape(first)}</b>" + (f" {escape(rest)}" if rest else "")

    def titled(self, title: Text | None, text: str) -> str:
        """A measure: its title in bold, then the advice; without a title (questionnaire 1.0) the
        advice with its first sentence in bold."""
        if title is None:
            return self.rich(text)
        return f"<b>{escape(self.text(title))}</b><br/>{escape(text)}"

    def phrase(self, key: str, **values: object) -> str:
        """A fixed text of the report (:mod:`.texts`) in the report's language, as plain text."""
        return t(key, self.lang, **values)

    def markup(self, key: str, **values: object) -> str:
        """A fixed text with escaped values, ready for a Paragraph."""
        return escape(t(key, self.lang, **{k: str(v) for k, v in values.items()}))

    def date_of(self, assessment: Assessment) -> str:
        return format_date(assessment.date, self.lang)

    def num(self, value: float, digits: int = 1) -> str:
        return number(value, self.lang, digits)

    def signed(self, value: float, digits: int = 1) -> str:
        """+0,6 / −0,6 / ±0,0 (with a real minus sign)."""
        return signed(value, self.lang, digits)

    def source(self, text: str, prefix: bool = True) -> str:
        """One form of source reference: "Quelle: KTS-Bericht, Workshop 3 …" (escaped); without the
        prefix where a column head already says it."""
        bare = re.sub(r"^(Bericht|Report)\s*[,:]\s*", "", text)
        return self.markup("source", text=bare) if prefix else escape(bare)

    def text(self, value: Text) -> str:
        """A questionnaire text in the report's language."""
        return value.get(self.lang)

    # ------------------------------------------------------------------ levels
    def dimension_name(self, dimension_id: str) -> str:
        return self.text(self.questionnaire.dimension(dimension_id).name)

    def level_name(self, level: int, questionnaire: Questionnaire | None = None) -> str:
        return (questionnaire or self.questionnaire).level_name(level, self.lang)

    def level_label(self, result: DimensionResult, named: bool = True, prefix: bool = True) -> str:
        """ "Stufe 2 – Im Aufbau (vorläufig, Spanne 1–3)", "2 – Im Aufbau", "noch nicht beantwortet"
        or "nicht bewertbar"."""
        return level_label(result, self.questionnaire, self.lang, named=named, prefix=prefix)

    def short_level(self, result: DimensionResult | None) -> str:
        """ "2", "2 (vorl.)" or "n. b." for narrow cells."""
        if result is None or not result.assessable or result.level is None:
            return self.phrase("not_assessable_short")
        return f"{result.level}*" if result.provisional else str(result.level)

    def coverage(self, result: DimensionResult) -> str:
        parts = [self.phrase("coverage", answered=result.answered, applicable=result.applicable)]
        if result.unknown:
            parts.append(self.phrase("coverage_unknown", n=result.unknown))
        if result.not_applicable:
            parts.append(self.phrase("coverage_na", n=result.not_applicable))
        if result.unanswered:
            parts.append(self.phrase("coverage_open", n=result.unanswered))
        if result.excluded:  # questionnaire 2.0: never scored 0, named as left out
            parts.append(self.phrase("coverage_excluded", n=result.excluded))
        if result.skipped:
            parts.append(self.phrase("coverage_skipped", n=result.skipped))
        return ", ".join(parts)

    def mean(self, result: DimensionResult) -> str:
        if result.mean is None or result.percent is None:
            return "–"
        return self.phrase("mean", mean=self.num(result.mean), percent=round(result.percent))

    def band_text(self, result: DimensionResult) -> str:
        if not result.assessable or result.level is None:
            return word("not_assessable", self.lang)
        return self.text(self.questionnaire.dimension(result.dimension_id).levels[result.level])

    def _outside_scale(self, value: int | str, questionnaire: Questionnaire) -> str | None:
        """The scale's words for "weiß nicht" and "trifft nicht zu"; None for a level."""
        if value == UNKNOWN:
            return self.text(questionnaire.answer_scale.unknown)
        if value == NOT_APPLICABLE:
            return self.text(questionnaire.answer_scale.not_applicable)
        return None

    def short_answer(self, value: int | str | None, questionnaire: Questionnaire | None = None) -> str:
        """ "3", "weiß nicht", "trifft nicht zu" or "–" for narrow cells."""
        if value is None:
            return "–"
        outside = self._outside_scale(value, questionnaire or self.questionnaire)
        return str(value) if outside is None else outside

    def answer_text(self, question_id: str, value: int | str | None, questionnaire: Questionnaire | None = None) -> str:
        """ "3 – Benannt, mit Zeitanteil", "Weiß nicht" or "nicht beantwortet"."""
        questionnaire = questionnaire or self.questionnaire
        if value is None:
            return self.phrase("unanswered")
        outside = self._outside_scale(value, questionnaire)
        if outside is not None:
            return outside
        question = questionnaire.question(question_id)
        return f"{value} – {self.text(question.options[int(value)])}"
