"""Several respondents: merge their answer sets into one (domain.md B.5).

Per question, the merged score is the median of the scores given (the lower
median for an even count, so it is always one of the scale's values). The
spread (min-max) is kept, and a question whose scores lie two or more levels
apart is flagged "Diskussionsbedarf". "Weiß nicht" and "trifft nicht zu" are
not scores: when nobody gave a score, the most frequent of them is taken
("weiß nicht" on a tie). Notes are kept, joined line by line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median_low

from .assessment import NOT_APPLICABLE, UNKNOWN, Answer

DISCUSSION_SPREAD = 2


@dataclass(frozen=True)
class MergedQuestion:
    question_id: str
    answer: Answer
    scores: tuple[int, ...]
    unknown: int
    not_applicable: int

    @property
    def spread(self) -> tuple[int, int] | None:
        return (min(self.scores), max(self.scores)) if self.scores else None

    @property
    def needs_discussion(self) -> bool:
        return bool(self.scores) and max(self.scores) - min(self.scores) >= DISCUSSION_SPREAD


@dataclass(frozen=True)
class MergeResult:
    questions: dict[str, MergedQuestion]

    @property
    def answers(self) -> dict[str, Answer]:
        return {qid: m.answer for qid, m in self.questions.items()}

    @property
    def discussion(self) -> tuple[str, ...]:
        """Ids of the questions flagged "Diskussionsbedarf"."""
        return tuple(qid for qid, m in self.questions.items() if m.needs_discussion)


def merge(answer_sets: list[dict[str, Answer]]) -> MergeResult:
    ids: list[str] = []
    for answers in answer_sets:
        ids += [qid for qid in answers if qid not in ids]
    merged = {}
    for qid in ids:
        given = [answers[qid] for answers in answer_sets if qid in answers]
        scores = tuple(a.value for a in given if isinstance(a.value, int))
        others = Counter(a.value for a in given if not isinstance(a.value, int))
        if scores:
            value = median_low(scores)
        elif others[NOT_APPLICABLE] > others[UNKNOWN]:
            value = NOT_APPLICABLE
        else:
            value = UNKNOWN
        notes = []
        for a in given:
            if a.note and a.note not in notes:
                notes.append(a.note)
        merged[qid] = MergedQuestion(
            question_id=qid,
            answer=Answer(value=value, note="\n".join(notes)[:2000]),
            scores=scores,
            unknown=others[UNKNOWN],
            not_applicable=others[NOT_APPLICABLE],
        )
    return MergeResult(merged)
