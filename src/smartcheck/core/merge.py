"""Several respondents: merge their answer sets into one (domain.md B.5).

Per question, the merged score is the true median of the scores given. With
an even count the median lies between the two middle scores; as an answer
must be one of the scale's values, the middle score nearer to the mean of all
scores is taken, and on a tie the lower one (so neither direction is favoured
by rule, and a tie is resolved cautiously). The spread (min-max) is kept, and
a question whose scores lie two or more levels apart is flagged
"Diskussionsbedarf". A question of fact (``fact``, e.g. "is there a council
decision?") is flagged as soon as the people disagree at all: a fact is
looked up, not voted on. "Weiß nicht" and "trifft nicht zu" are not scores:
when nobody gave a score, the most frequent of them is taken ("weiß nicht" on
a tie); when some did, the number of "weiß nicht" answers is kept and shown
in the note. Notes are kept, joined line by line.

:func:`merge_assessments` makes one new draft from the assessments the
people filled in independently. It needs no new field in the model: a
flagged question's note starts with "Diskussionsbedarf", names the spread and
each person's answer, and so keeps the individual answers beside the median
until the consensus workshop settles the value (and rewrites the note, e.g.
to "Vereinbart: ...").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import fmean

from .assessment import NOT_APPLICABLE, UNKNOWN, Answer, Assessment, QuickWinIdea, Respondent, Status, same_municipality
from .errors import UserError
from .labels import describe
from .pages import REVIEW
from .values import NOTE_MAX, AnswerValue, text_key

DISCUSSION_SPREAD = 2


@dataclass(frozen=True)
class MergedQuestion:
    question_id: str
    answer: Answer
    scores: tuple[int, ...]
    unknown: int
    not_applicable: int
    fact: bool = False

    @property
    def disagree_on_fact(self) -> bool:
        """A question of fact on which the people gave different answers."""
        return self.fact and (len(set(self.scores)) > 1 or (bool(self.scores) and self.unknown > 0))

    @property
    def spread(self) -> tuple[int, int] | None:
        return (min(self.scores), max(self.scores)) if self.scores else None

    @property
    def needs_discussion(self) -> bool:
        wide = bool(self.scores) and max(self.scores) - min(self.scores) >= DISCUSSION_SPREAD
        return wide or self.disagree_on_fact


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


def true_median(scores: tuple[int, ...] | list[int]) -> int:
    """The median; for an even count the middle score nearer the mean, the lower on a tie."""
    ordered = sorted(scores)
    n = len(ordered)
    if n % 2:
        return ordered[n // 2]
    low, high = ordered[n // 2 - 1], ordered[n // 2]
    mean = fmean(ordered)
    return high if abs(high - mean) < abs(low - mean) - 1e-9 else low


def merge(answer_sets: list[dict[str, Answer]], facts: set[str] | frozenset[str] = frozenset()) -> MergeResult:
    ids: list[str] = []
    for answers in answer_sets:
        ids += [qid for qid in answers if qid not in ids]
    merged = {}
    for qid in ids:
        given = [answers[qid] for answers in answer_sets if qid in answers]
        scores = tuple(a.value for a in given if isinstance(a.value, int))
        others = Counter(a.value for a in given if not isinstance(a.value, int))
        value: AnswerValue
        if scores:
            value = true_median(scores)
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
            answer=Answer(value=value, note="\n".join(notes)[:NOTE_MAX]),
            scores=scores,
            unknown=others[UNKNOWN],
            not_applicable=others[NOT_APPLICABLE],
            fact=qid in facts,
        )
    return MergeResult(merged)


# ------------------------------------------------------------ assessments
DISCUSSION_MARK = "Diskussionsbedarf"
_VALUE_WORDS: dict[str, str] = {UNKNOWN: "weiß nicht", NOT_APPLICABLE: "trifft nicht zu"}


def _check_mergeable(assessments: list[Assessment], names: list[str]) -> None:
    if len(assessments) < 2:
        raise UserError(
            "Zum Zusammenführen braucht es mindestens zwei Einschätzungen.",
            english="Merging needs at least two assessments.",
        )
    seen: dict[str, str] = {}
    for a, name in zip(assessments, names, strict=True):
        if a.id in seen:
            raise UserError(
                f"{name} ist doppelt angegeben (dieselbe Einschätzung wie {seen[a.id]}).",
                english=f"{name} is given twice (the same assessment as {seen[a.id]}).",
            )
        seen[a.id] = name
    first, first_name = assessments[0], names[0]
    for a, name in zip(assessments[1:], names[1:], strict=True):
        if a.snapshot.content_hash != first.snapshot.content_hash:

            def which(x: Assessment) -> str:
                q = x.questionnaire
                return f"Fragebogen '{q.id}' Version {q.version}, Prüfsumme {x.snapshot.content_hash[:8]}"

            raise UserError(
                f"{name} wurde mit einem anderen Fragebogen beantwortet als {first_name} "
                f"({which(a)} statt {which(first)}). Zusammenführen lassen sich nur Einschätzungen "
                "mit demselben Fragebogen.",
                english=f"{name} was answered with a different questionnaire than {first_name} "
                f"({a.questionnaire.id} {a.questionnaire.version} instead of {first.questionnaire.id} "
                f"{first.questionnaire.version}). Only assessments with the same questionnaire can be merged.",
            )
        m, n = a.municipality, first.municipality
        if not same_municipality(m, n):
            raise UserError(
                f"{name} gehört zu '{m.name}', {first_name} zu '{n.name}'. Zusammenführen lassen sich "
                "nur Einschätzungen derselben Kommune.",
                english=f"{name} belongs to '{m.name}', {first_name} to '{n.name}'. Only assessments of the "
                "same municipality can be merged.",
            )


def _person(a: Assessment, index: int) -> str:
    """One person's answer set is named by its role(s); a larger group by its position."""
    roles = list(dict.fromkeys(r.role for r in a.respondents))
    return "/".join(roles) if 0 < len(roles) <= 2 else f"Einschätzung {index}"


def _discussion_note(merged: MergedQuestion, assessments: list[Assessment]) -> str:
    assert merged.spread is not None  # a question is flagged for its scores
    low, high = merged.spread
    count = len(merged.scores)
    what = " (Tatsachenfrage: bitte nachsehen, nicht abstimmen)" if merged.disagree_on_fact else ""
    head = f"{DISCUSSION_MARK}{what}: Antworten von {low} bis {high} ({count} {'Person' if count == 1 else 'Personen'}"
    for word, n in ((_VALUE_WORDS[UNKNOWN], merged.unknown), (_VALUE_WORDS[NOT_APPLICABLE], merged.not_applicable)):
        if n:
            head += f", {n}× {word}"
    head += ")"
    given = []
    for i, a in enumerate(assessments, 1):
        answer = a.answers.get(merged.question_id)
        if answer is not None:
            given.append(f"{_person(a, i)}: {_VALUE_WORDS.get(str(answer.value), str(answer.value))}")
    # A period ends the line: the wizard's one-line note field shows line breaks as spaces.
    lines = [head, "Einzelantworten: " + " · ".join(given) + "."]
    if merged.answer.note:
        lines.append(merged.answer.note)
    return "\n".join(lines)[:NOTE_MAX]


def _median_map(maps: list[dict[str, int]]) -> dict[str, int]:
    keys = list(dict.fromkeys(k for m in maps for k in m))
    return {k: true_median([m[k] for m in maps if k in m]) for k in keys}


def _respondents(assessments: list[Assessment]) -> list[Respondent]:
    union: dict[tuple[str, str], Respondent] = {}
    for a in assessments:
        for r in a.respondents:
            union.setdefault((text_key(r.role), text_key(r.name)), r.model_copy())
    return list(union.values())


def _quick_wins(assessments: list[Assessment]) -> list[QuickWinIdea]:
    groups: dict[str, list[QuickWinIdea]] = {}
    for a in assessments:
        for idea in a.quick_wins:
            groups.setdefault(text_key(idea.title), []).append(idea)
    ideas = []
    for same in groups.values():
        descriptions = list(dict.fromkeys(i.description for i in same if i.description))
        ideas.append(
            QuickWinIdea(
                title=same[0].title,
                description="\n".join(descriptions)[:NOTE_MAX],
                ratings=_median_map([i.ratings for i in same]),
            )
        )
    return ideas


def merge_assessments(assessments: list[Assessment], names: list[str] | None = None) -> tuple[Assessment, MergeResult]:
    """A new draft from the independent answers of several people (domain.md B.5).

    All must be of the same municipality and answered with the same
    questionnaire (same snapshot hash). ``names`` say how each one is called
    in an error message (e.g. its file); by default municipality, date and id.
    Answers are the merged medians; a question flagged "Diskussionsbedarf"
    gets a note that starts with :data:`DISCUSSION_MARK`, the spread and each
    person's answer, then their notes. Respondents and quick-win ideas are
    joined, targets, importance and quick-win ratings are medians, the
    municipality is the newest one's. The draft opens at the review page
    when there is something to discuss.
    """
    names = list(names) if names is not None else [describe(a) for a in assessments]
    _check_mergeable(assessments, names)
    facts = {q.id for q in assessments[0].questionnaire.questions() if q.fact}
    result = merge([a.answers for a in assessments], facts)
    order = {q.id: i for i, q in enumerate(assessments[0].questionnaire.questions())}
    result = MergeResult(dict(sorted(result.questions.items(), key=lambda item: order.get(item[0], len(order)))))
    answers = {}
    for qid, merged in result.questions.items():
        if merged.needs_discussion:
            answers[qid] = Answer(value=merged.answer.value, note=_discussion_note(merged, assessments))
        elif merged.scores and merged.unknown:
            count = f"{merged.unknown} von {len(merged.scores) + merged.unknown + merged.not_applicable}"
            note = "\n".join(x for x in (f"Weiß nicht: {count} Personen.", merged.answer.note) if x)
            answers[qid] = Answer(value=merged.answer.value, note=note[:NOTE_MAX])
        else:
            answers[qid] = merged.answer
    newest = max(assessments, key=lambda a: a.date)
    merged_assessment = Assessment(
        municipality=newest.municipality.model_copy(),
        snapshot=assessments[0].snapshot,
        respondents=_respondents(assessments),
        answers=answers,
        targets=_median_map([a.targets for a in assessments]),
        importance=_median_map([a.importance for a in assessments]),
        quick_wins=_quick_wins(assessments),
        status=Status.DRAFT,
        cursor=REVIEW if result.discussion else None,
    )
    return merged_assessment, result


def has_discussion(answer: Answer | None) -> bool:
    """Is this answer still marked "Diskussionsbedarf" (not yet settled)?"""
    return answer is not None and answer.note.startswith(DISCUSSION_MARK)
