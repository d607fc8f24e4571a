"""Hypothesis strategies: answer sets of a questionnaire, and nonsense for the readers' fuzz tests."""

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


# Nonsense of every shape a TOML or JSON file can hold, for the fuzz tests of the readers.
toml_values = st.recursive(
    st.one_of(st.integers(-5, 5), st.text(max_size=5), st.booleans(), st.floats(allow_nan=False, allow_infinity=False)),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=4), children, max_size=4)
    ),
    max_leaves=20,
)


def places(value, prefix=()):
    """Every place in a parsed document, as a tuple of keys and indexes (the root is ``()``)."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from places(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from places(v, prefix + (i,))
