"""Comparing assessments over time, and merging several respondents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck.core.assessment import Answer, Municipality, new_assessment
from smartcheck.core.catalog import load
from smartcheck.core.merge import merge
from smartcheck.core.progress import compare
from tests.conftest import DATA
from tests.helpers.scoring import MINI, assess
from tests.strategies import answer_sets


def test_deltas_most_improved_and_new_concerns():
    before = assess({"org.lead": 1, "org.mandate": 1, "org.roles": 1, "talk.story": 3, "talk.plan": 3})
    after = assess({"org.lead": 3, "org.mandate": 3, "org.roles": 2, "talk.story": 2, "talk.plan": 1})
    c = compare(before, after)
    org, talk = c.dimension("org"), c.dimension("talk")
    assert org.level_delta == 2 and round(org.mean_delta, 2) == 1.67
    assert talk.level_delta == -1
    assert [d.dimension_id for d in c.most_improved] == ["org"]
    assert [d.dimension_id for d in c.new_concerns] == ["talk"]
    assert {q.question_id for q in c.declined_questions} == {"talk.story", "talk.plan"}
    assert c.same_questionnaire and not c.added_questions and not c.reworded_questions


def test_across_versions_questions_are_matched_by_id_and_changes_reported(tmp_path):
    text = tmp_path / "v2.toml"
    source = (DATA / "mini.toml").read_text(encoding="utf-8")
    source = source.replace('version = "1.0"', 'version = "2.0"')
    source = source.replace(
        "Sind Rollen schriftlich festgelegt?", "Sind Rollen und Entscheidungswege schriftlich festgelegt?"
    )
    # drop talk.plan, add talk.channel
    source = source.replace('id = "talk.plan"', 'id = "talk.channel"')
    text.write_text(source, encoding="utf-8")
    v2 = load(text)
    before = assess({"org.roles": 1, "talk.plan": 2, "org.lead": 2})
    after = new_assessment(v2, Municipality(name="Teststadt"))
    after.answers = {"org.roles": Answer(value=3), "talk.channel": Answer(value=1), "org.lead": Answer(value=2)}
    c = compare(before, after)
    assert not c.same_questionnaire
    assert c.added_questions == ("talk.channel",)
    assert c.removed_questions == ("talk.plan",)
    assert c.reworded_questions == ("org.roles",)
    by_id = {q.question_id: q for q in c.questions}
    assert by_id["org.roles"].delta == 2 and by_id["org.lead"].delta == 0
    assert "talk.plan" not in by_id


def test_merge_median_spread_and_discussion():
    sets = [
        {"org.lead": Answer(value=0), "org.roles": Answer(value="unknown"), "talk.plan": Answer(value=2, note="A")},
        {"org.lead": Answer(value=3), "org.roles": Answer(value="unknown"), "talk.plan": Answer(value=2, note="B")},
        {"org.lead": Answer(value=1), "org.roles": Answer(value="na"), "talk.plan": Answer(value=3, note="A")},
    ]
    result = merge(sets)
    assert result.answers["org.lead"].value == 1
    assert result.questions["org.lead"].spread == (0, 3)
    assert result.discussion == ("org.lead",)
    assert result.answers["org.roles"].value == "unknown"  # no score given: the most frequent non-score
    assert result.answers["talk.plan"].value == 2
    assert result.answers["talk.plan"].note == "A\nB"


def test_merge_even_count_takes_a_scale_value():
    result = merge([{"org.lead": Answer(value=1)}, {"org.lead": Answer(value=2)}])
    assert result.answers["org.lead"].value == 1
    assert result.discussion == ()


@settings(max_examples=100, deadline=None)
@given(answers=answer_sets(MINI), copies=st.integers(1, 5))
def test_merge_of_identical_sets_equals_the_set(answers, copies):
    result = merge([dict(answers) for _ in range(copies)])
    assert result.answers == answers
    assert result.discussion == ()


def test_true_median_resolves_an_even_count_towards_the_mean_and_cautiously_on_a_tie():
    from smartcheck.core.merge import true_median

    assert true_median([1, 2, 4]) == 2
    assert true_median([1, 1, 3, 4]) == 3  # middle 1 and 3, mean 2.25: 3 is nearer
    assert true_median([0, 1, 3, 3]) == 1  # middle 1 and 3, mean 1.75: 1 is nearer
    assert true_median([1, 2]) == 1  # a tie: the lower one
    assert true_median([2, 2, 3, 3]) == 2


def test_unknown_answers_are_counted_and_questions_of_fact_are_flagged_on_any_disagreement():
    from smartcheck.core.merge import merge

    sets = [
        {"a": Answer(value=2), "f": Answer(value=3)},
        {"a": Answer(value="unknown"), "f": Answer(value=2)},
        {"a": Answer(value="unknown"), "f": Answer(value=3)},
    ]
    result = merge(sets, facts={"f"})
    assert result.questions["a"].unknown == 2 and result.answers["a"].value == 2
    assert result.questions["f"].needs_discussion  # one level apart, but a question of fact
    assert not merge(sets).questions["f"].needs_discussion  # as an opinion, one level is no disagreement
