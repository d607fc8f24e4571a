"""Questionnaire 2.0 seen by three municipalities (issue 11): what each of them would check."""

from __future__ import annotations

import pytest

from smartcheck.core.catalog import load
from smartcheck.core.context import applicability, available_owners, has_lead
from smartcheck.core.planning import plan
from smartcheck.core.questionnaire import Role
from smartcheck.core.scoring import score
from smartcheck.paths import default_questionnaire_path
from tests.helpers.personas import MODEL_TOWN, PERSONAS, SMALL_TOWN, VILLAGE, answered

Q = load(default_questionnaire_path())


@pytest.fixture(params=PERSONAS, ids=lambda p: p.municipality.name)
def persona(request):
    return request.param


def test_no_item_that_does_not_apply_is_scored(persona):
    a = answered(persona, Q)
    skip = applicability(Q, a.municipality, a.answers)
    profile = score(a)
    # An answer stored for a skipped item (say, given before the gate was closed) changes nothing.
    polluted = a.model_copy(deep=True)
    polluted.answers = {
        **a.answers,
        **{qid: a.answers.get(qid) or type(next(iter(a.answers.values())))(value=0) for qid in skip},
    }
    assert score(polluted) == profile
    for result in profile.dimensions:
        dimension = Q.dimension(result.dimension_id)
        not_asked = [q.id for q in dimension.questions if q.id in skip]
        assert result.excluded + result.skipped == len(not_asked)
        assert result.answered + result.unknown == result.asked  # everything asked is answered


def test_first_step_is_one_they_can_take_with_their_people(persona):
    a = answered(persona, Q)
    first = plan(a).next_steps[0]
    owners = available_owners(a.municipality, has_lead(Q, a.answers))
    assert first.recommendation.role in owners
    assert first.recommendation.hours is not None and first.recommendation.hours <= 16


def test_no_owner_in_the_top_five_is_missing_from_their_context(persona):
    a = answered(persona, Q)
    owners = available_owners(a.municipality, has_lead(Q, a.answers))
    top = plan(a).next_steps
    assert len(top) == 5
    assert {m.recommendation.role for m in top} <= owners
    assert all(m.recommendation.hours is not None for m in top)


def test_schnellcheck_and_full_check_agree_within_one_level(persona):
    a = answered(persona, Q)
    full, quick = score(a), score(a, quick=True)
    compared = 0
    for f, k in zip(full.dimensions, quick.dimensions, strict=True):
        if f.level is not None and k.level is not None:
            assert abs(f.level - k.level) <= 1, (f.dimension_id, f.level, k.level)
            compared += 1
    assert compared == len(Q.dimensions)


def test_the_ranking_respects_prerequisites(persona):
    measures = plan(answered(persona, Q)).measures
    for i, m in enumerate(measures):
        later = {x.question_id for x in measures[i + 1 :] if x.band != "high"}
        assert not set(m.recommendation.requires) & later, (m.recommendation_id, m.recommendation.requires)


# ------------------------------------------------------------ what each one sees
def test_the_village_starts_at_the_start():
    a = answered(VILLAGE, Q)
    steps = plan(a).next_steps
    ids = [m.question_id for m in steps]
    assert ids[0] == "organisation.lead"
    assert ids.index("organisation.mandate") > 0
    assert steps[0].recommendation.role == Role.MAYOR  # no lead, honorary mayor, no own Hauptamt
    assert not {Role.SMART_CITY_TEAM, Role.CENTRAL, Role.DEPARTMENT, Role.IT} & {m.recommendation.role for m in steps}
    # the plan never asks for a step on something the village does not do itself
    skip = applicability(Q, a.municipality, a.answers)
    assert not {m.question_id for m in plan(a).measures} & set(skip)
    # a closed gate gives the dimension's level, with an explanation
    prio = score(a)["prioritisation"]
    assert prio.level == 0 and prio.level_from_gate and prio.closed_gate == "prioritisation.strategy"
    assert "erste Schritt" in Q.question(prio.closed_gate).gate_note.de
    # it is asked few questions: about half of the full check
    asked = len(Q.questions()) - len(skip)
    assert asked <= 26, asked


def test_the_small_town_with_two_measures_is_asked_about_them_but_not_about_a_strategy():
    a = answered(SMALL_TOWN, Q)
    skip = applicability(Q, a.municipality, a.answers)
    assert "continuity.plan" not in skip and "quick_wins.delivered" not in skip
    assert {"prioritisation.criteria", "cooperation.common_goal"} <= set(skip)
    assert Role.SMART_CITY_TEAM in available_owners(a.municipality, has_lead(Q, a.answers))


def test_the_model_town_is_asked_everything():
    a = answered(MODEL_TOWN, Q)
    assert applicability(Q, a.municipality, a.answers) == {}
    assert all(d.level is not None and d.level >= 2 for d in score(a).dimensions)
