"""Progress: compare two assessments of one municipality.

Dimensions are matched by id and questions by their stable id. When the two
assessments were answered with different questionnaire versions, the questions
that were added, removed or reworded are listed instead of being compared
silently; a reworded question is still compared, but marked.

Between versions with a committed mapping (the newer questionnaire's
``previous`` table, e.g. 2.0 → 1.0) the mapping decides: a question of both
versions that the table does not list as unchanged counts as changed, even
when only its options or its conditions were revised.
"""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import Assessment
from .questionnaire import content_hash
from .scoring import DimensionResult, Profile, score


@dataclass(frozen=True)
class DimensionChange:
    dimension_id: str
    before: DimensionResult | None
    after: DimensionResult | None

    @property
    def mean_delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean

    @property
    def level_delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        if self.before.level is None or self.after.level is None:
            return None
        return self.after.level - self.before.level


@dataclass(frozen=True)
class QuestionChange:
    question_id: str
    before: int | str | None
    after: int | str | None

    @property
    def delta(self) -> int | None:
        if isinstance(self.before, int) and isinstance(self.after, int):
            return self.after - self.before
        return None


@dataclass(frozen=True)
class Comparison:
    before_id: str
    after_id: str
    dimensions: tuple[DimensionChange, ...]
    questions: tuple[QuestionChange, ...]
    added_questions: tuple[str, ...]
    removed_questions: tuple[str, ...]
    reworded_questions: tuple[str, ...]
    same_questionnaire: bool

    def dimension(self, dimension_id: str) -> DimensionChange:
        for change in self.dimensions:
            if change.dimension_id == dimension_id:
                return change
        raise KeyError(dimension_id)

    @property
    def most_improved(self) -> tuple[DimensionChange, ...]:
        """The dimension(s) with the largest rise of the mean (none if nothing rose)."""
        rising = [c for c in self.dimensions if (c.mean_delta or 0) > 0]
        if not rising:
            return ()
        best = max(c.mean_delta or 0 for c in rising)
        return tuple(c for c in rising if c.mean_delta == best)

    @property
    def new_concerns(self) -> tuple[DimensionChange, ...]:
        """Dimensions whose level fell, or that newly fell below their target."""
        out = []
        for c in self.dimensions:
            if c.before is None or c.after is None or c.after.level is None:
                continue
            fell = (c.level_delta or 0) < 0
            newly_below = c.before.level is not None and (
                c.before.level >= c.before.target and c.after.level < c.after.target
            )
            if fell or newly_below:
                out.append(c)
        return tuple(out)

    @property
    def declined_questions(self) -> tuple[QuestionChange, ...]:
        return tuple(q for q in self.questions if (q.delta or 0) < 0)


def compare(
    before: Assessment,
    after: Assessment,
    before_profile: Profile | None = None,
    after_profile: Profile | None = None,
) -> Comparison:
    before_profile = before_profile or score(before)
    after_profile = after_profile or score(after)
    qa, qb = before.questionnaire, after.questionnaire
    same = before.snapshot.content_hash == after.snapshot.content_hash or content_hash(qa) == content_hash(qb)

    dim_ids = [d.id for d in qb.dimensions] + [d.id for d in qa.dimensions if d.id not in {x.id for x in qb.dimensions}]
    before_dims = {d.dimension_id: d for d in before_profile.dimensions}
    after_dims = {d.dimension_id: d for d in after_profile.dimensions}
    dims = tuple(DimensionChange(i, before_dims.get(i), after_dims.get(i)) for i in dim_ids)

    old = {q.id: q for q in qa.questions()}
    new = {q.id: q for q in qb.questions()}
    added = tuple(i for i in new if i not in old)
    removed = tuple(i for i in old if i not in new)
    mapping = next(
        (m for m in (qb.previous, qa.previous) if m is not None and m.version in (qa.version, qb.version)), None
    )
    if mapping is not None and qa.version != qb.version:
        reworded = tuple(i for i in new if i in old and i not in mapping.unchanged)
    else:
        reworded = tuple(
            i for i in new if i in old and (new[i].text != old[i].text or new[i].options != old[i].options)
        )
    changes = tuple(
        QuestionChange(
            i,
            before.answers[i].value if i in before.answers else None,
            after.answers[i].value if i in after.answers else None,
        )
        for i in new
        if i in old
    )
    return Comparison(
        before_id=before.id,
        after_id=after.id,
        dimensions=dims,
        questions=changes,
        added_questions=added,
        removed_questions=removed,
        reworded_questions=reworded,
        same_questionnaire=same,
    )
