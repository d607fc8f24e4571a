"""The demo municipality: built on the shipped questionnaire, believable, deterministic."""

from __future__ import annotations

import pytest

from smartcheck.core.assessment import Status
from smartcheck.core.catalog import load
from smartcheck.core.planning import rank_quick_wins
from smartcheck.core.progress import compare
from smartcheck.core.scoring import score
from smartcheck.paths import default_questionnaire_path
from smartcheck.store import Store
from smartcheck.store.demo import LEVELS, add_demo, demo_assessments


@pytest.fixture(scope="module")
def shipped():
    return load(default_questionnaire_path())


@pytest.fixture(scope="module")
def demo(shipped):
    return demo_assessments(shipped)


def test_three_completed_years_and_a_draft(demo):
    *done, draft = demo
    assert [a.completed_at.year for a in done] == [2024, 2025, 2026]
    assert all(a.status == Status.COMPLETE and a.municipality.name == "Musterstadt" for a in done)
    assert draft.status == Status.DRAFT and draft.completed_at is None
    assert 0 < len(draft.answers) < len(draft.questionnaire.questions())
    assert draft.cursor.startswith("dimension:")


def test_levels_follow_the_table_of_intended_levels(demo, shipped):
    assert set(LEVELS) == {d.id for d in shipped.dimensions}
    for year, a in enumerate(demo[:3]):
        profile = score(a)
        for d in profile.dimensions:
            assert d.level == LEVELS[d.dimension_id][year], (a.completed_at.year, d.dimension_id)
            assert not d.provisional and d.assessable


def test_progress_in_some_dimensions_and_stagnation_in_others(demo):
    first, _, last = demo[:3]
    change = compare(first, last)
    risen = {c.dimension_id for c in change.dimensions if (c.level_delta or 0) > 0}
    flat = {c.dimension_id for c in change.dimensions if c.level_delta == 0}
    assert {"organisation", "storytelling", "quick_wins"} <= risen
    assert {"cooperation", "continuity"} <= flat
    assert change.most_improved


def test_believable_details(demo, shipped):
    criteria = {c.id for c in shipped.quick_win_criteria}
    for a in demo[:3]:
        assert any(x.value == "unknown" for x in a.answers.values())  # some "weiß nicht"
        assert any(x.note for x in a.answers.values())
        assert len(a.respondents) >= 2 and all(r.role for r in a.respondents)
        assert a.targets and a.importance
        ranked = rank_quick_wins(a)
        assert len(ranked) == 3 and all(set(r.idea.ratings) == criteria for r in ranked)
        assert ranked[0].total >= ranked[-1].total
    assert len(demo[2].respondents) > len(demo[0].respondents)


def test_demo_is_deterministic(shipped, demo):
    again = demo_assessments(shipped)
    assert [a.model_dump() for a in again] == [a.model_dump() for a in demo]


def test_demo_fits_any_questionnaire(mini):
    for a in demo_assessments(mini)[:3]:
        assert all(d.level is not None for d in score(a).dimensions)


def test_adding_twice_adds_nothing_new(tmp_path, shipped):
    with Store.open(tmp_path) as store:
        first = add_demo(store, shipped, with_small=True)
        assert len(first) == 5  # Musterstadt's four and Kleinhausen's one
        assert add_demo(store, shipped, with_small=True) == []
        store.delete(first[1])
        assert add_demo(store, shipped, with_small=True) == [first[1]]  # only what is missing comes back
        assert len(store.list_assessments()) == 5
        history = store.history(store.load(first[0]))
        assert [h.completed_at.year for h in history] == [2024, 2025, 2026]


def test_kleinhausen_is_a_mitgliedsgemeinde_of_3000_with_one_completed_assessment(shipped):
    from smartcheck.core.assessment import Administration
    from smartcheck.core.context import applicability
    from smartcheck.core.session import Session
    from smartcheck.store.demo import small_demo_assessment

    a = small_demo_assessment(shipped)
    assert a.municipality.administration == Administration.MEMBER
    assert 2_500 <= a.municipality.population <= 3_500
    assert a.status == Status.COMPLETE and a.questionnaire.version == "2.0"
    assert Session(a).open_questions() == []  # every question it is asked is answered
    skip = applicability(shipped, a.municipality, a.answers)
    assert not set(skip) & set(a.answers)  # nothing answered that does not apply
    profile = score(a)
    assert profile["prioritisation"].level == 0 and profile["prioritisation"].level_from_gate
    assert profile["continuity"].excluded >= 5
