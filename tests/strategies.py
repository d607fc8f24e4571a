"""Hypothesis strategies for answer sets of a questionnaire."""

from __future__ import annotations

from hypothesis import strategies as st

from smartcheck.core.assessment import Answer


def answer_values(question):
    choices = [st.integers(0, 4)]
    if question.allow_unknown:
        choices.append(st.just("unknown"))
    if question.allow_not_applicable:
        choices.append(st.just("na"))
    return st.one_of(*choices)


def answer_sets(questionnaire):
    """Dicts question id -> Answer; some questions are left unanswered."""
    questions = questionnaire.questions()
    return st.fixed_dictionaries(
        {},
        optional={q.id: answer_values(q).map(lambda v: Answer(value=v)) for q in questions},
    )
