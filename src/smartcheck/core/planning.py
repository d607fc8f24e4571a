"""Planning: from answers and profile to a ranked action plan (domain.md B.7).

Which recommendation an answer calls up:
    score 0-1 -> ``low`` (how to start), score 2 -> ``middle`` (how to make it
    binding), "weiß nicht" -> ``unknown`` (who to ask), score 3-4 -> ``high``
    where the question has one. Unanswered and "trifft nicht zu" call up none.

The ranking is deterministic; earlier keys win:
    1. key questions scored 0 or 1 first, hints for items at 3-4 last;
    2. then the dimension's gap to its target level times its importance
       weight (1-3), larger first;
    3. then the lower item score first ("weiß nicht" ranks like a 2);
    4. then the smaller effort (gering, mittel, groß);
    5. then the order of the questionnaire.

Prerequisites (questionnaire 2.0): a recommendation may declare the
questions whose step comes first (``requires``, e.g. lead → mandate → idea
pool → first quick win). After sorting, a step whose prerequisite has an open
step in the plan moves to just after it; apart from that the order above
stands. Items that do not apply (context, closed gate) call up no step, and in
a Schnellcheck only its own questions do.

Owners: every step is given to an owner that exists in this municipality
(:func:`.context.owner`): without a Smart-City lead the team's tasks go to the
Hauptamt or, in a Mitgliedsgemeinde, to the Bürgermeister/in; there the Amt
does what the Hauptamt, the Fachbereiche, IT and the Kämmerei would do.

Quick-win ideas are rated 0-2 on each of the questionnaire's quick-win
criteria; their rank is the sum (higher first), then how many criteria are
fully met, then the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import UNKNOWN, Assessment, QuickWinIdea
from .context import applicability, has_lead, owner
from .questionnaire import Effort, Question, Questionnaire, Recommendation
from .scoring import Profile, score

TOP_STEPS = 5
EFFORT_ORDER = {Effort.SMALL: 0, Effort.QUICK_WIN: 0, Effort.MEDIUM: 1, Effort.LARGE: 2}


@dataclass(frozen=True)
class Measure:
    question_id: str
    dimension_id: str
    band: str  # "low" | "middle" | "unknown" | "high"
    answer: int | str
    key: bool
    gap: int
    weight: int
    recommendation: Recommendation
    rank_key: tuple[int, int, int, int, int, int]

    @property
    def recommendation_id(self) -> str:
        """Stable id of the recommendation: ``<question id>:<band>`` (origin of an adopted measure)."""
        return f"{self.question_id}:{self.band}"

    def why(self, questionnaire: Questionnaire, lang: str = "de") -> str:
        """Which answer led to this measure, in words for the reader."""
        question = questionnaire.question(self.question_id)
        if self.answer == UNKNOWN:
            answer = questionnaire.answer_scale.unknown.get(lang)
        else:
            answer = f"{self.answer} – {question.options[int(self.answer)].get(lang)}"
        return f"{question.text.get(lang)} → {answer}"


@dataclass(frozen=True)
class ActionPlan:
    measures: tuple[Measure, ...]

    @property
    def next_steps(self) -> tuple[Measure, ...]:
        """The top five: what to do first."""
        return tuple(m for m in self.measures if m.band != "high")[:TOP_STEPS]

    def for_dimension(self, dimension_id: str) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if m.dimension_id == dimension_id)


def band_of(value: int | str) -> str | None:
    if value == UNKNOWN:
        return "unknown"
    if not isinstance(value, int):
        return None
    return "low" if value <= 1 else "middle" if value == 2 else "high"


def _recommendation(question: Question, band: str) -> Recommendation | None:
    found: Recommendation | None = getattr(question.recommendations, band)
    return found


def respect_prerequisites(measures: list[Measure]) -> list[Measure]:
    """Stable reorder: no step before an open step of a question it requires."""
    pending = list(measures)
    placed: list[Measure] = []
    while pending:
        open_ids = {m.question_id for m in pending if m.band != "high"}  # a hint at 3-4 is no open step
        for i, m in enumerate(pending):
            if not any(r in open_ids and r != m.question_id for r in m.recommendation.requires):
                placed.append(pending.pop(i))
                break
        else:  # a cycle (the catalogue refuses those): keep the order
            placed += pending
            break
    return placed


def plan(assessment: Assessment, profile: Profile | None = None) -> ActionPlan:
    profile = profile or score(assessment)
    questionnaire = assessment.questionnaire
    skip = applicability(questionnaire, assessment.municipality, assessment.answers)
    lead = has_lead(questionnaire, assessment.answers)
    measures = []
    order = 0
    for dimension in questionnaire.dimensions:
        result = profile[dimension.id]
        weight = assessment.weight(dimension.id)
        for question in dimension.questions:
            order += 1
            if question.id in skip or (assessment.quick and not question.in_quick_check):
                continue
            answer = assessment.answers.get(question.id)
            band = band_of(answer.value) if answer else None
            recommendation = _recommendation(question, band) if band else None
            if answer is None or band is None or recommendation is None:
                continue
            resolved = owner(recommendation.role, assessment.municipality, lead)
            if resolved != recommendation.role:
                recommendation = recommendation.model_copy(update={"role": resolved})
            value = answer.value
            key_low = question.key and isinstance(value, int) and value <= 1
            sort_score = value if isinstance(value, int) else 2  # "weiß nicht" ranks like a 2
            rank_key = (
                0 if key_low else 1,
                1 if band == "high" else 0,
                -(result.gap * weight),
                sort_score,
                EFFORT_ORDER[recommendation.effort],
                order,
            )
            measures.append(
                Measure(
                    question_id=question.id,
                    dimension_id=dimension.id,
                    band=band,
                    answer=value,
                    key=question.key,
                    gap=result.gap,
                    weight=weight,
                    recommendation=recommendation,
                    rank_key=rank_key,
                )
            )
    ranked = sorted(measures, key=lambda m: m.rank_key)
    return ActionPlan(tuple(respect_prerequisites(ranked)))


@dataclass(frozen=True)
class RankedIdea:
    idea: QuickWinIdea
    total: int
    maximum: int
    full: int  # criteria fully met


def rank_quick_wins(assessment: Assessment) -> tuple[RankedIdea, ...]:
    criteria = [c.id for c in assessment.questionnaire.quick_win_criteria]
    ranked = []
    for idea in assessment.quick_wins:
        ratings = [idea.ratings.get(c, 0) for c in criteria]
        ranked.append(RankedIdea(idea, sum(ratings), 2 * len(criteria), ratings.count(2)))
    return tuple(sorted(ranked, key=lambda r: (-r.total, -r.full, r.idea.title.casefold())))
