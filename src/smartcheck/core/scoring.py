"""Scoring: from answers to a readiness profile (domain.md B.3 and B.4).

The rules, in the order they apply to one dimension:

1. The dimension score is the mean of the answered items (0-4); "weiß nicht"
   and "trifft nicht zu" are left out. It is also shown in percent (mean / 4).
2. The level follows the published cut-offs of the questionnaire.
3. Key-question cap: the level is at most (score of a key question + 1).
4. Coverage: "x von y beantwortet", counting scored answers against the items
   that apply (items marked "trifft nicht zu" leave the denominator).
5. Provisional ("vorläufig"): under 60 % answered, or a key item unknown or
   unanswered, or a Schnellcheck (only key, gate and Schnellcheck items). A provisional result also shows a range of levels: unknown
   items counted as 0 (pessimistic) up to counted as 4 (optimistic).
6. Not assessable ("nicht bewertbar"): more than 25 % of the items are marked
   "trifft nicht zu", or no item is scored at all.
7. Context and gates (questionnaire 2.0, :mod:`.context`): an item that does
   not apply to this municipality's form of administration is excluded, an
   item whose gate is answered "no" is skipped. Neither is scored, neither
   counts as open or as "trifft nicht zu"; the dimension is scored over the
   rest. The gate answer itself is scored once, so an absence ("noch keine
   Vorhaben") counts once instead of again in every dependent item. When the
   closed gate is all that is left to score, the dimension's level comes from
   the gate alone, and the gate's note explains it. Skipping never lowers a
   score: the skipped items would otherwise have counted as 0 or capped the
   level through a key question.

There is no single headline score. The profile offers the mean of the
dimension scores only beside the weakest dimension.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from .assessment import NOT_APPLICABLE, UNKNOWN, Answer, Assessment
from .context import EXCLUDED_BY_CONTEXT, SKIPPED_BY_GATE, applicability
from .questionnaire import Dimension, Questionnaire
from .values import MAX_LEVEL

PROVISIONAL_COVERAGE = 0.6
MAX_NOT_APPLICABLE = 0.25


@dataclass(frozen=True)
class DimensionResult:
    dimension_id: str
    total: int  # items in the dimension
    answered: int  # items with a score 0-4
    unknown: int  # "weiß nicht"
    not_applicable: int  # "trifft nicht zu"
    unanswered: int  # no entry yet
    mean: float | None  # 0-4, None when nothing is scored
    level: int | None  # after the key-question cap; None when not assessable
    uncapped_level: int | None
    capped_by: str | None  # id of the key question that capped the level
    provisional: bool
    assessable: bool
    pessimistic_mean: float | None  # unknown and unanswered counted as 0
    level_low: int | None  # range shown for provisional results
    level_high: int | None
    target: int
    excluded: int = 0  # items that do not apply to this form of administration
    skipped: int = 0  # items skipped because their gate is answered "no"
    closed_gate: str | None = None  # id of a gate answered "no" in this dimension
    level_from_gate: bool = False  # the closed gate is all that was scored

    @property
    def asked(self) -> int:
        """Items this municipality is asked (excluded and skipped ones left out)."""
        return self.total - self.excluded - self.skipped

    @property
    def percent(self) -> float | None:
        return None if self.mean is None else self.mean / MAX_LEVEL * 100

    @property
    def applicable(self) -> int:
        return self.asked - self.not_applicable

    @property
    def coverage(self) -> float:
        return self.answered / self.applicable if self.applicable else 0.0

    @property
    def gap(self) -> int:
        """How many levels the dimension is below its target (0 if reached)."""
        return max(0, self.target - (self.level or 0))


@dataclass(frozen=True)
class Profile:
    dimensions: tuple[DimensionResult, ...]

    def __getitem__(self, dimension_id: str) -> DimensionResult:
        for result in self.dimensions:
            if result.dimension_id == dimension_id:
                return result
        raise KeyError(dimension_id)

    @property
    def assessable(self) -> tuple[DimensionResult, ...]:
        return tuple(d for d in self.dimensions if d.assessable)

    @property
    def overall_mean(self) -> float | None:
        """Mean of the dimension scores; show it only beside the weakest dimension."""
        means = [d.mean for d in self.assessable if d.mean is not None]
        return fmean(means) if means else None

    @property
    def weakest(self) -> tuple[DimensionResult, ...]:
        """The dimension(s) with the lowest level, then the lowest mean."""
        candidates = self.assessable
        if not candidates:
            return ()
        low = min((d.level, d.mean) for d in candidates)
        return tuple(d for d in candidates if (d.level, d.mean) == low)


def _level_with_cap(
    questionnaire: Questionnaire, dimension: Dimension, mean: float, answers: dict[str, int]
) -> tuple[int, int, str | None]:
    uncapped = questionnaire.level_for(mean)
    level, capped_by = uncapped, None
    for question in dimension.questions:
        if question.key and question.id in answers and answers[question.id] + 1 < level:
            level, capped_by = answers[question.id] + 1, question.id
    return uncapped, level, capped_by


def score_dimension(
    questionnaire: Questionnaire,
    dimension: Dimension,
    answers: dict[str, Answer],
    target: int,
    skip: dict[str, str] | None = None,
    quick: bool = False,
) -> DimensionResult:
    """Score one dimension; ``skip`` maps the ids of items that do not apply to why."""
    skip = skip or {}
    asked_questions = [q for q in dimension.questions if q.id not in skip]
    values = {q.id: answers[q.id].value for q in asked_questions if q.id in answers}
    scored = {qid: v for qid, v in values.items() if isinstance(v, int)}
    total = len(dimension.questions)
    excluded = sum(1 for q in dimension.questions if skip.get(q.id) == EXCLUDED_BY_CONTEXT)
    skipped = sum(1 for q in dimension.questions if skip.get(q.id) == SKIPPED_BY_GATE)
    asked = total - excluded - skipped
    unknown = sum(1 for v in values.values() if v == UNKNOWN)
    not_applicable = sum(1 for v in values.values() if v == NOT_APPLICABLE)
    unanswered = asked - len(values)
    applicable = asked - not_applicable
    assessable = bool(scored) and not_applicable <= MAX_NOT_APPLICABLE * max(asked, 1)
    key_open = any(
        q.key and not isinstance(values.get(q.id), int) and values.get(q.id) != NOT_APPLICABLE for q in asked_questions
    )
    closed_gate = next(
        (
            q.id
            for q in asked_questions
            if q.gate
            and any(
                skip.get(d.id) == SKIPPED_BY_GATE and d.when and d.when.question == q.id for d in dimension.questions
            )
        ),
        None,
    )
    provisional = assessable and (len(scored) < PROVISIONAL_COVERAGE * applicable or key_open or quick)

    mean = fmean(scored.values()) if scored else None
    level = uncapped = capped_by = None
    pessimistic = low = high = None
    if assessable and mean is not None:
        uncapped, level, capped_by = _level_with_cap(questionnaire, dimension, mean, scored)
        open_ids = [q.id for q in asked_questions if q.id not in scored and values.get(q.id) != NOT_APPLICABLE]
        as_zero = {**scored, **dict.fromkeys(open_ids, 0)}
        as_four = {**scored, **dict.fromkeys(open_ids, MAX_LEVEL)}
        pessimistic = fmean(as_zero.values())
        low = _level_with_cap(questionnaire, dimension, pessimistic, as_zero)[1]
        high = _level_with_cap(questionnaire, dimension, fmean(as_four.values()), as_four)[1]
    return DimensionResult(
        dimension_id=dimension.id,
        total=total,
        answered=len(scored),
        unknown=unknown,
        not_applicable=not_applicable,
        unanswered=unanswered,
        mean=mean,
        level=level,
        uncapped_level=uncapped,
        capped_by=capped_by,
        provisional=provisional,
        assessable=assessable,
        pessimistic_mean=pessimistic,
        level_low=low,
        level_high=high,
        target=target,
        excluded=excluded,
        skipped=skipped,
        closed_gate=closed_gate,
        level_from_gate=closed_gate is not None and set(scored) == {closed_gate},
    )


def score(assessment: Assessment, quick: bool | None = None) -> Profile:
    """The profile; ``quick`` scores only the Schnellcheck's questions (default: the assessment's mode)."""
    questionnaire = assessment.questionnaire
    skip = applicability(questionnaire, assessment.municipality, assessment.answers)
    quick = assessment.quick if quick is None else quick
    if quick:
        skip.update({q.id: EXCLUDED_BY_CONTEXT for q in questionnaire.questions() if not q.in_quick_check})
    return Profile(
        tuple(
            score_dimension(questionnaire, d, assessment.answers, assessment.target(d.id), skip, quick)
            for d in questionnaire.dimensions
        )
    )
