"""Scoring rules (domain.md B.3, B.4) as examples and as properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck.core.assessment import Answer
from smartcheck.core.scoring import score
from tests.helpers.scoring import MINI, assess
from tests.strategies import answer_sets


def test_mean_percent_level_and_coverage():
    r = score(assess({"org.lead": 2, "org.mandate": 3, "org.roles": 4}))["org"]
    assert r.mean == pytest.approx(3.0)
    assert r.percent == pytest.approx(75.0)
    assert r.level == 3
    assert (r.answered, r.total) == (3, 3)
    assert not r.provisional and r.assessable


@pytest.mark.parametrize(
    ("scores", "level"),
    [
        ((0, 0, 0), 0),
        ((0, 1, 0), 0),
        ((1, 1, 0), 1),
        ((1, 2, 1), 1),
        ((2, 2, 1), 2),
        ((3, 3, 1), 2),
        ((3, 3, 2), 3),
        ((4, 4, 3), 4),
    ],
)
def test_published_cut_offs(scores, level):
    # org.roles is not a key question; org.lead is key (cap = score + 1), so give it the highest score.
    lead, mandate, roles = sorted(scores, reverse=True)
    assert score(assess({"org.lead": lead, "org.mandate": mandate, "org.roles": roles}))["org"].level == level


def test_key_question_caps_the_level():
    r = score(assess({"org.lead": 0, "org.mandate": 4, "org.roles": 4}))["org"]
    assert r.uncapped_level == 3
    assert r.level == 1
    assert r.capped_by == "org.lead"


def test_unknown_is_left_out_and_marks_provisional_with_range():
    r = score(assess({"talk.story": "unknown", "talk.plan": 3}))["talk"]
    assert r.mean == 3.0
    assert r.answered == 1 and r.unknown == 1
    assert r.provisional  # key item unknown
    assert r.pessimistic_mean == pytest.approx(1.5)
    # counted as 0 the key question caps the level at 1; counted as 4 the mean is 3.5
    assert (r.level_low, r.level_high) == (1, 4)


def test_low_coverage_is_provisional():
    r = score(assess({"org.mandate": 2}))["org"]
    assert r.answered == 1 and r.unanswered == 2
    assert r.provisional
    assert r.coverage == pytest.approx(1 / 3)


def test_not_applicable_leaves_the_denominator_and_too_many_make_it_not_assessable():
    r = score(assess({"org.lead": 3, "org.mandate": "na", "org.roles": 3}))["org"]
    # 1 of 3 items (33 %) is more than 25 %: not assessable
    assert not r.assessable and r.level is None
    assert r.applicable == 2


def test_nothing_answered_is_not_assessable():
    r = score(assess({}))["talk"]
    assert not r.assessable and r.mean is None and r.level is None


def test_overall_mean_beside_weakest():
    p = score(assess({"org.lead": 4, "org.mandate": 4, "org.roles": 4, "talk.story": 1, "talk.plan": 1}))
    assert p.overall_mean == pytest.approx(2.5)
    assert [d.dimension_id for d in p.weakest] == ["talk"]


def test_target_defaults_to_suggestion_and_gap():
    p = score(assess({"talk.story": 0, "talk.plan": 0}))
    assert p["talk"].target == 2 and p["talk"].gap == 2
    p = score(assess({"talk.story": 0, "talk.plan": 0}, targets={"talk": 4}))
    assert p["talk"].gap == 4


# ------------------------------------------------------------------ properties
@settings(max_examples=200, deadline=None)
@given(answers=answer_sets(MINI), data=st.data())
def test_a_higher_answer_never_lowers_a_dimension(answers, data):
    scored = [qid for qid, a in answers.items() if isinstance(a.value, int) and a.value < 4]
    if not scored:
        return
    qid = data.draw(st.sampled_from(scored))
    higher = dict(answers)
    higher[qid] = Answer(value=data.draw(st.integers(answers[qid].value + 1, 4)))
    dim = MINI.dimension_of(qid).id
    before, after = score(assess(answers))[dim], score(assess(higher))[dim]
    assert after.mean >= before.mean
    if before.level is not None:
        assert after.level >= before.level


@settings(max_examples=200, deadline=None)
@given(answers=answer_sets(MINI), data=st.data())
def test_unknown_never_lowers_a_score(answers, data):
    qid = data.draw(st.sampled_from([q.id for q in MINI.questions()]))
    dim = MINI.dimension_of(qid).id
    as_unknown = {**answers, qid: Answer(value="unknown")}
    as_zero = {**answers, qid: Answer(value=0)}
    left_open = {k: v for k, v in answers.items() if k != qid}
    u, z, o = (score(assess(x))[dim] for x in (as_unknown, as_zero, left_open))
    assert (u.mean, u.level) == (o.mean, o.level)
    if u.mean is not None:
        assert u.mean >= z.mean
    if u.level is not None and z.level is not None:
        assert u.level >= z.level


@settings(max_examples=200, deadline=None)
@given(answers=answer_sets(MINI))
def test_key_question_cap_holds(answers):
    profile = score(assess(answers))
    for dim in MINI.dimensions:
        r = profile[dim.id]
        for q in dim.questions:
            a = answers.get(q.id)
            if q.key and r.level is not None and a is not None and isinstance(a.value, int):
                assert r.level <= a.value + 1
        if r.level is not None:
            assert r.level_low <= r.level <= r.level_high
            assert 0 <= r.level <= 4
