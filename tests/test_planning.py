"""The action plan: which advice, in which order; quick-win ranking."""

from __future__ import annotations

import random

from hypothesis import given, settings

from smartcheck.core.assessment import Answer, QuickWinIdea
from smartcheck.core.planning import plan, rank_quick_wins
from tests.helpers.scoring import MINI, assess
from tests.strategies import answer_sets


def ids(p):
    return [m.question_id for m in p.measures]


def test_bands_pick_the_matching_recommendation():
    p = plan(assess({"org.lead": 1, "org.mandate": 2, "org.roles": "unknown", "talk.story": 4}))
    by_id = {m.question_id: m for m in p.measures}
    assert by_id["org.lead"].recommendation.text.de == "Benennen Sie eine verantwortliche Person."
    assert by_id["org.mandate"].recommendation.text.de == "Ergänzen Sie den Beschluss um ein Budget."
    assert by_id["org.roles"].recommendation.text.de == "Fragen Sie das Hauptamt."
    # talk.story has no "high" recommendation: a 4 calls up nothing
    assert "talk.story" not in by_id
    assert "talk.plan" not in by_id  # unanswered


def test_key_items_at_0_or_1_come_first_then_gap_times_importance():
    answers = {"org.lead": 3, "org.mandate": 0, "org.roles": 2, "talk.story": 1, "talk.plan": 0}
    p = plan(assess(answers))
    assert ids(p)[0] == "talk.story"  # key question scored 1
    # org: mean 5/3 -> level 2, target 3, gap 1; talk: level 0 (cap 2), target 2, gap 2
    assert ids(p)[1:] == ["talk.plan", "org.mandate", "org.roles"]
    # importance 3 for org makes its gap count 3 > 2
    p = plan(assess(answers, importance={"org": 3}))
    assert ids(p)[1:] == ["org.mandate", "org.roles", "talk.plan"]


def test_high_hints_come_last_and_are_not_next_steps():
    p = plan(assess({"org.mandate": 4, "org.lead": 0, "talk.plan": 0}))
    assert ids(p)[-1] == "org.mandate"
    assert p.measures[-1].band == "high"
    assert "org.mandate" not in [m.question_id for m in p.next_steps]


def test_next_steps_are_the_top_five():
    p = plan(assess({q.id: 0 for q in MINI.questions()}))
    assert len(p.next_steps) == 5
    assert p.next_steps == p.measures[:5]


def test_why_names_question_and_answer():
    p = plan(assess({"org.lead": 0, "talk.story": "unknown"}))
    why = {m.question_id: m.why(MINI) for m in p.measures}
    assert why["org.lead"] == "Gibt es eine verantwortliche Person? → 0 – Niemand"
    assert why["talk.story"].endswith("→ Weiß nicht")
    assert plan(assess({"org.lead": 0})).measures[0].why(MINI, "en").startswith("Is there a responsible person?")


@settings(max_examples=100, deadline=None)
@given(answers=answer_sets(MINI))
def test_ranking_is_the_same_for_the_same_input(answers):
    first = ids(plan(assess(answers)))
    shuffled = list(answers.items())
    random.Random(7).shuffle(shuffled)
    assert ids(plan(assess(dict(shuffled)))) == first
    assert ids(plan(assess(answers))) == first


def test_quick_wins_ranked_by_criteria():
    ideas = [
        QuickWinIdea(title="Mängelmelder", ratings={"reach": 2, "visibility": 2}),
        QuickWinIdea(title="Bürger-App", ratings={"reach": 1, "visibility": 2}),
        QuickWinIdea(title="Aushang", ratings={}),
        QuickWinIdea(title="Amtsblatt digital", ratings={"reach": 2, "visibility": 1}),
    ]
    ranked = rank_quick_wins(assess({}, quick_wins=ideas))
    assert [r.idea.title for r in ranked] == ["Mängelmelder", "Amtsblatt digital", "Bürger-App", "Aushang"]
    assert (ranked[0].total, ranked[0].maximum, ranked[0].full) == (4, 4, 2)


def test_answer_notes_do_not_change_the_plan():
    a = plan(assess({"org.lead": 0}))
    b = plan(assess({"org.lead": Answer(value=0, note="Stelle ist ausgeschrieben")}))
    assert ids(a) == ids(b)
