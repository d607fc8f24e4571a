"""The findings of one assessment, computed once for every view of it.

Design record.

Why one object?
    The PDF (report.context), the app's result, compare and targets views and
    the council paper all show the same things: the profile, the plan, the
    quick wins, the previous assessment and the comparison with it. They also
    must phrase them the same way ("Stufe 2 – Im Aufbau", "+1,0", "−0,6",
    "±0,0", "noch nicht beantwortet"). :class:`Findings` computes the results
    once; the module functions below are the one wording of levels, signed
    changes, numbers and file names.

What is the "previous" assessment?
    The latest *completed* assessment of the same municipality dated before
    this one (:func:`earlier`). A draft is never counted as a completed
    assessment, not even its own.

When is there a weakest dimension or an average?
    Only when every dimension of the questionnaire is assessable; over a
    half-answered draft both would mislead, so both are ``None``.

How are the council's measures chosen (:meth:`Findings.proposal`)?
    From the action plan's ranking (recommendations for items already at 3-4
    left out), spread over the dimensions: round by round, each dimension's
    best remaining measure in rank order, so five measures do not all come
    from one dimension when the gaps are similar. Key questions scored 0 or 1
    always come first. Dimensions at their target join only after those below.

Hours and dates.
    A measure's staff hours are the recommendation's ``hours`` where the
    questionnaire sets them, else the fallback :data:`HOURS_BY_EFFORT`. Its
    date is the assessment date plus the horizon (:data:`MONTHS_BY_HORIZON`);
    the report back to the committee is due :data:`REPORT_BACK_MONTHS` after
    the assessment. Both can be overridden per measure (the app's choice).
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from .assessment import Assessment, Status
from .labels import file_name, label, local_time
from .plain import in_language
from .planning import ActionPlan, Measure, RankedIdea, plan, rank_quick_wins
from .progress import Comparison, compare
from .questionnaire import Effort, Horizon, Questionnaire, Recommendation, Role
from .scoring import DimensionResult, Profile, score

MINUS = "\u2212"
NBSP = "\u00a0"

# Fallback staff hours per effort class, used where a recommendation sets no ``hours``.
HOURS_BY_EFFORT = {Effort.QUICK_WIN: 8, Effort.MEDIUM: 40, Effort.LARGE: 120}
MONTHS_BY_HORIZON = {Horizon.SHORT: 3, Horizon.MEDIUM: 12, Horizon.LONG: 24}
REPORT_BACK_MONTHS = 6
PROPOSAL_DEFAULT = 6
PROPOSAL_MIN, PROPOSAL_MAX = 5, 8

_WORDS: dict[str, tuple[str, str]] = {
    "not_assessable": ("nicht bewertbar", "not assessable"),
    "not_answered": ("noch nicht beantwortet", "not answered yet"),
    "provisional": ("vorläufig", "provisional"),
    "provisional_range": ("vorläufig, Spanne {low}–{high}", "provisional, range {low}–{high}"),
    "level": ("Stufe {n}", "Level {n}"),
    "level_named": ("Stufe {n} – {name}", "Level {n} – {name}"),
    "hours": ("{n} Std.", "{n} h"),
    "effort": ("{effort}, ca. {hours}", "{effort}, about {hours}"),
    "council_owner": ("Verwaltungsspitze (Vorlage an den Rat)", "Head of administration (motion to the council)"),
}


def word(key: str, lang: str = "de", **values: object) -> str:
    return in_language(_WORDS[key], lang, **values)


# ------------------------------------------------------------------ numbers
def number(value: float | None, lang: str = "de", digits: int = 1) -> str:
    """2,5 in German, 2.5 in English; "–" for no value. Negative numbers with a real minus."""
    if value is None:
        return "–"
    text = f"{abs(value):.{digits}f}"
    if lang != "en":
        text = text.replace(".", ",")
    return (MINUS + text) if round(value, digits) < 0 else text


def signed(value: float | None, lang: str = "de", digits: int = 1) -> str:
    """+1,0 / −0,6 / ±0,0 (digits=1) and +1 / −1 / ±0 (digits=0); "–" for no value."""
    if value is None:
        return "–"
    if round(value, digits) == 0:
        return "±" + number(0.0, lang, digits)
    return ("+" if value > 0 else MINUS) + number(abs(value), lang, digits)


def hours_text(hours: int, lang: str = "de") -> str:
    return word("hours", lang, n=f"{hours:,}".replace(",", "." if lang != "en" else ",")).replace(" ", NBSP)


ABBREVIATIONS = {
    "bzw",
    "etc",
    "ggf",
    "usw",
    "vgl",
    "inkl",
    "evtl",
    "sog",
    "z",
    "B",
    "d",
    "h",
    "u",
    "a",
    "ca",
    "Nr",
    "Abs",
    "e",
    "g",
    "i",
    "eg",
    "ie",
}


def split_first_sentence(text: str) -> tuple[str, str]:
    """("Do this.", "Then that.") so the first sentence of a long recommendation can stand out.

    A full stop, question or exclamation mark ends the sentence only when a
    capital letter follows and the word before it is no abbreviation ("z. B.", "bzw.").
    """
    for i, ch in enumerate(text):
        if ch not in ".?!" or i < 20 or i + 2 >= len(text) or text[i + 1] != " ":
            continue
        word = text[:i].split()[-1].lstrip('(„"')
        if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS or not text[i + 2].isupper():
            continue
        return text[: i + 1], text[i + 2 :]
    return text, ""


def measure_title(recommendation: Recommendation, lang: str = "de") -> str:
    """How a measure is named to the council: its title, or (questionnaire 1.0) the advice's first sentence."""
    if recommendation.title is not None:
        return recommendation.title.get(lang)
    return split_first_sentence(recommendation.text.get(lang))[0]


# ------------------------------------------------------------------ levels
def answered_nothing(result: DimensionResult) -> bool:
    """True when no question of the dimension has an entry yet (a draft's open dimension)."""
    return result.unanswered == result.total


def level_label(
    result: DimensionResult, questionnaire: Questionnaire, lang: str = "de", *, named: bool = True, prefix: bool = True
) -> str:
    """ "Stufe 2 – Im Aufbau (vorläufig, Spanne 1–3)", "2 – Im Aufbau", "Stufe 2",
    "noch nicht beantwortet" or "nicht bewertbar"."""
    if not result.assessable or result.level is None:
        return word("not_answered" if answered_nothing(result) else "not_assessable", lang)
    if not named:
        text = word("level", lang, n=result.level)
    elif prefix:
        text = word("level_named", lang, n=result.level, name=questionnaire.level_name(result.level, lang))
    else:
        text = f"{result.level} – {questionnaire.level_name(result.level, lang)}"
    if result.provisional:
        if result.level_low is not None and result.level_high is not None and result.level_low != result.level_high:
            text += f" ({word('provisional_range', lang, low=result.level_low, high=result.level_high)})"
        else:
            text += f" ({word('provisional', lang)})"
    return text


def role_text(role: Role, lang: str = "de") -> str:
    """Who does it: the administration puts a matter to the council, so "Rat" reads as the
    Verwaltungsspitze with a motion to the council."""
    return word("council_owner", lang) if role == Role.COUNCIL else label(role, lang)


# ------------------------------------------------------------------ history and files
def earlier(history: list[Assessment], assessment: Assessment) -> list[Assessment]:
    """The completed assessments of ``history`` dated before ``assessment``, oldest first, each once."""
    found = {
        h.id: h for h in history if h.id != assessment.id and h.status == Status.COMPLETE and h.date < assessment.date
    }
    return sorted(found.values(), key=lambda a: a.date)


KIND_NAMES = {
    "council": ("Kurzfassung", "Summary"),
    "full": ("Bericht", "Report"),
    "progress": ("Umsetzungsbericht", "Progress-report"),
    "story": ("Buerger", "Citizens"),
}


def report_file_name(assessment: Assessment, kind: str = "full", lang: str = "de", suffix: str = ".pdf") -> str:
    """``SmartCheck-<Kommune>-<YYYY-MM-DD>-<Art>-<de|en><suffix>``: kind and language in the name,
    so a German and an English file, or a Kurzfassung and a full report, never overwrite each other."""
    kind_name = in_language(KIND_NAMES.get(kind, (kind, kind)), lang)
    return file_name(assessment.municipality.name, assessment.date, f"-{kind_name}-{lang}{suffix}")


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ------------------------------------------------------------------ the council's proposal
@dataclass(frozen=True)
class ProposedMeasure:
    """One measure of the Beschlussvorschlag, with what the app lets the user set."""

    number: int  # position in the full action plan (1-based)
    measure: Measure
    owner: str  # role label, or the name entered
    due: date
    hours: int
    hours_estimated: bool  # True: from HOURS_BY_EFFORT, the questionnaire sets none


@dataclass
class Findings:
    """Profile, plan, quick wins, previous assessment and comparison of one assessment."""

    assessment: Assessment
    history: list[Assessment] = field(default_factory=list)
    profile: Profile = field(init=False)
    plan: ActionPlan = field(init=False)
    ideas: tuple[RankedIdea, ...] = field(init=False)
    series: list[Assessment] = field(init=False)  # earlier completed ones, then this one
    profiles: dict[str, Profile] = field(init=False)
    comparison: Comparison | None = field(init=False)

    def __post_init__(self) -> None:
        self.profile = score(self.assessment)
        self.plan = plan(self.assessment, self.profile)
        self.ideas = rank_quick_wins(self.assessment)
        self.series = earlier(self.history, self.assessment) + [self.assessment]
        self.profiles = {a.id: score(a) for a in self.series[:-1]}
        self.profiles[self.assessment.id] = self.profile
        self.comparison = None
        if self.previous is not None:
            self.comparison = compare(self.previous, self.assessment, self.profiles[self.previous.id], self.profile)

    @property
    def questionnaire(self) -> Questionnaire:
        return self.assessment.questionnaire

    @property
    def previous(self) -> Assessment | None:
        return self.series[-2] if len(self.series) > 1 else None

    @property
    def is_draft(self) -> bool:
        return self.assessment.status != Status.COMPLETE

    @property
    def completed_count(self) -> int:
        """Completed assessments in the series (a draft is not one)."""
        return sum(1 for a in self.series if a.status == Status.COMPLETE)

    @property
    def complete_profile(self) -> bool:
        return all(r.assessable for r in self.profile.dimensions)

    @property
    def weakest(self) -> tuple[DimensionResult, ...]:
        """The weakest dimension(s), only when every dimension is assessable."""
        return self.profile.weakest if self.complete_profile else ()

    @property
    def average(self) -> float | None:
        """The mean of the dimension scores, only when every dimension is assessable."""
        return self.profile.overall_mean if self.complete_profile else None

    def plan_number(self, measure: Measure) -> int:
        return self.plan.measures.index(measure) + 1

    def numbers_for(self, dimension_id: str) -> list[int]:
        return [n for n, m in enumerate(self.plan.measures, start=1) if m.dimension_id == dimension_id]

    # ------------------------------------------------------------ the council paper
    @property
    def day(self) -> date:
        return local_time(self.assessment.date).date()

    @property
    def report_back(self) -> date:
        return add_months(self.day, REPORT_BACK_MONTHS)

    def default_selection(self, count: int = PROPOSAL_DEFAULT) -> list[int]:
        """Plan numbers of the proposed measures: ranked, spread over the dimensions."""
        candidates = [(n, m) for n, m in enumerate(self.plan.measures, start=1) if m.band != "high"]
        chosen: list[int] = []
        taken: Counter[str] = Counter()
        while candidates and len(chosen) < count:
            best = min(
                candidates,
                key=lambda nm: (nm[1].rank_key[0], taken[nm[1].dimension_id] + (1 if nm[1].gap == 0 else 0), nm[0]),
            )
            candidates.remove(best)
            chosen.append(best[0])
            taken[best[1].dimension_id] += 1
        return sorted(chosen)

    def proposal(
        self,
        numbers: list[int] | None = None,
        owners: dict[int, str] | None = None,
        dues: dict[int, date] | None = None,
        lang: str = "de",
    ) -> list[ProposedMeasure]:
        """The measures put to the council; ``owners`` and ``dues`` by plan number override the defaults."""
        numbers = self.default_selection() if numbers is None else numbers
        owners, dues = owners or {}, dues or {}
        out = []
        for n in numbers:
            if not 1 <= n <= len(self.plan.measures):
                continue
            m = self.plan.measures[n - 1]
            rec = m.recommendation
            role = role_text(rec.role, lang)
            hours = rec.hours if rec.hours is not None else HOURS_BY_EFFORT[rec.effort]
            out.append(
                ProposedMeasure(
                    number=n,
                    measure=m,
                    owner=(owners.get(n) or "").strip() or role,
                    due=dues.get(n) or add_months(self.day, MONTHS_BY_HORIZON[rec.horizon]),
                    hours=hours,
                    hours_estimated=rec.hours is None,
                )
            )
        return out

    def effort_text(self, measure: Measure, lang: str = "de") -> str:
        """ "gering, ca. 8 Std." – the effort class with the staff hours."""
        rec = measure.recommendation
        hours = rec.hours if rec.hours is not None else HOURS_BY_EFFORT[rec.effort]
        return word("effort", lang, effort=label(rec.effort, lang), hours=hours_text(hours, lang))


def as_date(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


@dataclass
class CouncilChoice:
    """What the user sets for the Kurzfassung before rendering; empty means the defaults.

    ``numbers``: plan numbers of the proposed measures (None: :meth:`Findings.default_selection`);
    ``owners``, ``dues``, ``costs``: by plan number; the header fields stay blank lines to fill
    by hand when empty. ``adopt``: when the paper is written, the proposed measures become
    stored measures (:func:`smartcheck.core.implementation.adopt_proposal`).
    """

    numbers: list[int] | None = None
    owners: dict[int, str] = field(default_factory=dict)
    dues: dict[int, date] = field(default_factory=dict)
    costs: dict[int, str] = field(default_factory=dict)
    committee: str = ""
    meeting: str = ""
    paper_date: str = ""
    paper_number: str = ""
    adopt: bool = False
