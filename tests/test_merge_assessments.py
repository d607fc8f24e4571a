"""Several respondents: one new draft from the assessments they filled in (domain.md B.5)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck.core.assessment import (
    Answer,
    Municipality,
    QuickWinIdea,
    Respondent,
    Status,
    new_assessment,
)
from smartcheck.core.catalog import load
from smartcheck.core.errors import UserError
from smartcheck.core.merge import DISCUSSION_MARK, has_discussion, merge_assessments
from smartcheck.core.questionnaire import question_number
from tests.conftest import DATA
from tests.strategies import answer_sets

MINI = load(DATA / "mini.toml")


def person(role: str, answers: dict, *, day: int = 1, name: str = "Teststadt", **fields):
    a = new_assessment(
        MINI,
        Municipality(name=name),
        respondents=[Respondent(role=role)],
        updated_at=datetime(2026, 3, day, 9, tzinfo=UTC),
        **fields,
    )
    a.answers = {qid: v if isinstance(v, Answer) else Answer(value=v) for qid, v in answers.items()}
    return a


def test_answers_are_medians_and_a_wide_spread_is_flagged_with_each_persons_answer():
    people = [
        person("Bürgermeisterin", {"org.lead": 0, "org.roles": 2, "talk.plan": Answer(value=3, note="Plan liegt vor")}),
        person("Hauptamt", {"org.lead": 3, "org.roles": 2, "talk.plan": "unknown"}),
        person("IT", {"org.lead": 1, "org.roles": 3, "talk.plan": 1}),
        person("Kämmerei", {"org.lead": 3, "org.roles": 2}),
    ]
    merged, result = merge_assessments(people)
    assert merged.id not in {p.id for p in people}
    assert merged.status == Status.DRAFT and merged.completed_at is None
    assert {qid: a.value for qid, a in merged.answers.items()} == {"org.lead": 1, "org.roles": 2, "talk.plan": 1}
    assert result.discussion == ("org.lead", "talk.plan")
    lead = merged.answers["org.lead"].note.splitlines()
    assert lead[0] == "Diskussionsbedarf: Antworten von 0 bis 3 (4 Personen)"
    assert lead[1] == "Einzelantworten: Bürgermeisterin: 0 · Hauptamt: 3 · IT: 1 · Kämmerei: 3."
    plan = merged.answers["talk.plan"].note.splitlines()
    assert plan[0] == "Diskussionsbedarf: Antworten von 1 bis 3 (2 Personen, 1× weiß nicht)"
    assert plan[1] == "Einzelantworten: Bürgermeisterin: 3 · Hauptamt: weiß nicht · IT: 1."
    assert plan[2] == "Plan liegt vor"
    assert merged.answers["org.roles"].note == ""
    assert has_discussion(merged.answers["org.lead"]) and not has_discussion(merged.answers["org.roles"])
    assert merged.cursor == "review"  # the draft opens where the open points are listed


def test_profile_targets_importance_and_quick_wins_are_joined():
    a = person(
        "Hauptamt",
        {"org.lead": 2},
        day=1,
        targets={"org": 2, "talk": 3},
        importance={"org": 3},
        quick_wins=[QuickWinIdea(title="Mängelmelder", description="App", ratings={"reach": 2, "visibility": 0})],
    )
    b = person(
        "IT",
        {"org.lead": 2},
        day=5,
        targets={"org": 4},
        importance={"org": 1, "talk": 2},
        quick_wins=[
            QuickWinIdea(title=" mängelmelder ", description="Webformular", ratings={"reach": 0}),
            QuickWinIdea(title="WLAN am Markt"),
        ],
    )
    c = person("IT", {"org.lead": 2}, day=3, targets={"org": 3})
    b.municipality = Municipality(name="Teststadt", ags="01234567")
    merged, result = merge_assessments([a, b, c])
    assert merged.municipality.ags == "01234567"  # from the newest (b)
    assert [(r.role, r.name) for r in merged.respondents] == [("Hauptamt", ""), ("IT", "")]
    assert merged.targets == {"org": 3, "talk": 3}
    assert merged.importance == {"org": 1, "talk": 2}  # lower median of 3 and 1
    ideas = {i.title: i for i in merged.quick_wins}
    assert list(ideas) == ["Mängelmelder", "WLAN am Markt"]
    assert ideas["Mängelmelder"].description == "App\nWebformular"
    assert ideas["Mängelmelder"].ratings == {"reach": 0, "visibility": 0}
    assert result.discussion == () and merged.cursor is None


def test_different_questionnaires_are_refused_naming_both(tmp_path):
    text = (DATA / "mini.toml").read_text(encoding="utf-8").replace('version = "1.0"', 'version = "2.0"')
    (tmp_path / "v2.toml").write_text(text, encoding="utf-8")
    other = new_assessment(load(tmp_path / "v2.toml"), Municipality(name="Teststadt"))
    with pytest.raises(UserError) as error:
        merge_assessments([person("IT", {}), other], names=["a.json", "b.json"])
    message = str(error.value)
    assert "b.json" in message and "a.json" in message
    assert "Version 2.0" in message and "Version 1.0" in message and "demselben Fragebogen" in message


def test_other_municipality_one_assessment_and_duplicates_are_refused():
    a, b = person("IT", {}), person("IT", {}, name="Nachbardorf")
    with pytest.raises(UserError, match="derselben Kommune"):
        merge_assessments([a, b])
    with pytest.raises(UserError, match="mindestens zwei"):
        merge_assessments([a])
    with pytest.raises(UserError, match="doppelt"):
        merge_assessments([a, a])
    # the same name written differently is the same municipality
    c = person("Hauptamt", {}, name="  teststadt ")
    merged, _ = merge_assessments([a, c])
    assert merged.municipality.name == "Teststadt"


def test_question_number_counts_dimensions_and_questions():
    assert question_number(MINI, "org.lead") == "1.1"
    assert question_number(MINI, "talk.plan") == "2.2"
    assert DISCUSSION_MARK == "Diskussionsbedarf"


@settings(max_examples=60, deadline=None)
@given(answers=answer_sets(MINI), copies=st.integers(2, 5))
def test_merging_identical_assessments_keeps_the_answers(answers, copies):
    people = [person(f"Person {i}", dict(answers)) for i in range(copies)]
    merged, result = merge_assessments(people)
    assert merged.answers == answers
    assert result.discussion == ()
