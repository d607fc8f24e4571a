"""What the report shows, computed once from the core's results.

The renderer reads only the assessment, its questionnaire snapshot and the
earlier assessments handed in; it never opens the shipped questionnaire, the
store or a widget. A report of 2024 therefore renders the same in 2026.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from ..core.assessment import Assessment
from ..core.labels import format_date
from ..core.planning import ActionPlan, RankedIdea, plan, rank_quick_wins
from ..core.progress import Comparison, compare
from ..core.questionnaire import Questionnaire
from ..core.scoring import DimensionResult, Profile, score
from .styles import Styles
from .texts import fmt_num, t

ABBREVIATIONS = {"bzw", "etc", "ggf", "usw", "vgl", "inkl", "evtl", "sog", "z", "B", "d", "h", "u", "a", "ca", "Nr",
                 "Abs", "e", "g", "i", "eg", "ie"}


def split_first_sentence(text: str) -> tuple[str, str]:
    """("Do this.", "Then that.") so the first sentence of a long recommendation can stand out.

    A full stop, question or exclamation mark ends the sentence only when a
    capital letter follows and the word before it is no abbreviation ("z. B.", "bzw.").
    """
    for i, ch in enumerate(text):
        if ch not in ".?!" or i < 20 or i + 2 >= len(text) or text[i + 1] != " ":
            continue
        word = text[:i].split()[-1].lstrip("(„\"")
        if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS or not text[i + 2].isupper():
            continue
        return text[: i + 1], text[i + 2:]
    return text, ""


@dataclass
class ReportContext:
    assessment: Assessment
    history: list[Assessment]
    lang: str
    styles: Styles
    profile: Profile = field(init=False)
    plan: ActionPlan = field(init=False)
    ideas: tuple[RankedIdea, ...] = field(init=False)
    series: list[Assessment] = field(init=False)  # earlier ones, then this one
    profiles: dict[str, Profile] = field(init=False)
    comparison: Comparison | None = field(init=False)

    def __post_init__(self) -> None:
        self.profile = score(self.assessment)
        self.plan = plan(self.assessment, self.profile)
        self.ideas = rank_quick_wins(self.assessment)
        date = self.assessment.date
        earlier = {
            h.id: h
            for h in self.history
            if h.id != self.assessment.id and h.date < date
        }
        self.series = sorted(earlier.values(), key=lambda a: a.date) + [self.assessment]
        self.profiles = {a.id: score(a) for a in self.series[:-1]}
        self.profiles[self.assessment.id] = self.profile
        self.comparison = None
        if self.previous is not None:
            self.comparison = compare(
                self.previous, self.assessment, self.profiles[self.previous.id], self.profile
            )

    # ------------------------------------------------------------------ basics
    @property
    def questionnaire(self) -> Questionnaire:
        return self.assessment.questionnaire

    @property
    def previous(self) -> Assessment | None:
        return self.series[-2] if len(self.series) > 1 else None

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

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def x(self, key: str, **values: object) -> str:
        """A fixed text with escaped values, ready for a Paragraph."""
        return escape(t(key, self.lang, **{k: str(v) for k, v in values.items()}))

    def date_of(self, assessment: Assessment) -> str:
        return format_date(assessment.date, self.lang)

    def num(self, value: float, digits: int = 1) -> str:
        return fmt_num(value, self.lang, digits)

    def signed(self, value: float, digits: int = 1) -> str:
        """+0,6 / −0,6 / ±0,0 (with a real minus sign)."""
        if round(value, digits) == 0:
            return "±" + self.num(0.0, digits)
        sign = "+" if value > 0 else "−"
        return sign + self.num(abs(value), digits)

    def text(self, value) -> str:
        """A questionnaire text in the report's language."""
        return value.get(self.lang)

    # ------------------------------------------------------------------ levels
    def dimension_name(self, dimension_id: str) -> str:
        return self.text(self.questionnaire.dimension(dimension_id).name)

    def level_name(self, level: int, questionnaire: Questionnaire | None = None) -> str:
        return (questionnaire or self.questionnaire).level_name(level, self.lang)

    def level_label(self, result: DimensionResult, named: bool = True, prefix: bool = True) -> str:
        """"Stufe 2 – Im Aufbau (vorläufig, Spanne 1–3)", "2 – Im Aufbau" or "nicht bewertbar"."""
        if not result.assessable or result.level is None:
            return self.t("not_assessable")
        if not named:
            label = self.t("level", n=result.level)
        elif prefix:
            label = self.t("level_named", n=result.level, name=self.level_name(result.level))
        else:
            label = f"{result.level} – {self.level_name(result.level)}"
        if result.provisional:
            if result.level_low is not None and result.level_high is not None and result.level_low != result.level_high:
                label += f" ({self.t('provisional_range', low=result.level_low, high=result.level_high)})"
            else:
                label += f" ({self.t('provisional')})"
        return label

    def short_level(self, result: DimensionResult | None) -> str:
        """"2", "2 (vorl.)" or "n. b." for narrow cells."""
        if result is None or not result.assessable or result.level is None:
            return self.t("not_assessable_short")
        return f"{result.level}*" if result.provisional else str(result.level)

    def coverage(self, result: DimensionResult) -> str:
        parts = [self.t("coverage", answered=result.answered, applicable=result.applicable)]
        if result.unknown:
            parts.append(self.t("coverage_unknown", n=result.unknown))
        if result.not_applicable:
            parts.append(self.t("coverage_na", n=result.not_applicable))
        if result.unanswered:
            parts.append(self.t("coverage_open", n=result.unanswered))
        return ", ".join(parts)

    def mean(self, result: DimensionResult) -> str:
        if result.mean is None:
            return "–"
        return self.t("mean", mean=self.num(result.mean), percent=round(result.percent))

    def band_text(self, result: DimensionResult) -> str:
        if not result.assessable or result.level is None:
            return self.t("not_assessable")
        return self.text(self.questionnaire.dimension(result.dimension_id).levels[result.level])

    def short_answer(self, value, questionnaire: Questionnaire | None = None) -> str:
        """"3", "weiß nicht", "trifft nicht zu" or "–" for narrow cells."""
        questionnaire = questionnaire or self.questionnaire
        if value is None:
            return "–"
        if value == "unknown":
            return self.text(questionnaire.answer_scale.unknown)
        if value == "na":
            return self.text(questionnaire.answer_scale.not_applicable)
        return str(value)

    def answer_text(self, question_id: str, value, questionnaire: Questionnaire | None = None) -> str:
        """"3 – Benannt, mit Zeitanteil", "Weiß nicht" or "nicht beantwortet"."""
        questionnaire = questionnaire or self.questionnaire
        if value is None:
            return self.t("unanswered")
        if value == "unknown":
            return self.text(questionnaire.answer_scale.unknown)
        if value == "na":
            return self.text(questionnaire.answer_scale.not_applicable)
        question = questionnaire.question(question_id)
        return f"{value} – {self.text(question.options[int(value)])}"
