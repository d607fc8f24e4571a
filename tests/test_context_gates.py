"""Method 2.0: context, gates and prerequisites (issue 11), on the shipped questionnaire."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck.core.assessment import Administration, Answer, Municipality, new_assessment
from smartcheck.core.catalog import QuestionnaireError, load, parse
from smartcheck.core.context import (
    EXCLUDED_BY_CONTEXT,
    SKIPPED_BY_GATE,
    applicability,
    available_owners,
    owner,
    wording,
)
from smartcheck.core.planning import plan
from smartcheck.core.questionnaire import Role, content_hash
from smartcheck.core.scoring import score, score_dimension
from smartcheck.core.session import Session
from smartcheck.paths import default_questionnaire_path, questionnaire_dir

Q = load(default_questionnaire_path())
IDS = [q.id for q in Q.questions()]
OWN = Municipality(name="Stadt", administration=Administration.OWN, population=12_000)
MEMBER = Municipality(name="Dorf", administration=Administration.MEMBER, population=2_800)

values = st.one_of(st.integers(0, 4), st.just("unknown"))
answer_sets = st.dictionaries(st.sampled_from(IDS), values, min_size=5)


@settings(max_examples=60, deadline=None)
@given(answer_sets, st.sampled_from([OWN, MEMBER]))
def test_skipping_by_a_gate_never_lowers_a_score(raw, municipality):
    """Skipped items would otherwise count as 0: leaving them out never lowers a mean or a level."""
    answers = {qid: Answer(value=v) for qid, v in raw.items()}
    skip = applicability(Q, municipality, answers)
    context_only = {k: v for k, v in skip.items() if v == EXCLUDED_BY_CONTEXT}
    as_zero = {**answers, **{k: Answer(value=0) for k, v in skip.items() if v == SKIPPED_BY_GATE}}
    for d in Q.dimensions:
        skipped = score_dimension(Q, d, answers, 3, skip)
        counted = score_dimension(Q, d, as_zero, 3, context_only)
        if counted.mean is not None and skipped.mean is not None:
            assert skipped.mean >= counted.mean - 1e-9, d.id
        if counted.level is not None and skipped.level is not None:
            assert skipped.level >= counted.level, d.id


def test_a_closed_gate_skips_its_dependents_and_an_open_or_unknown_one_does_not():
    def reasons(gate_value):
        answers = {"quick_wins.started": Answer(value=gate_value)}
        return applicability(Q, OWN, answers)

    dependents = {q.id for q in Q.questions() if q.when and q.when.question == "quick_wins.started"}
    assert {k for k, v in reasons(0).items() if v == SKIPPED_BY_GATE} >= dependents
    assert not dependents & set(reasons(4))
    assert not dependents & set(reasons("unknown"))  # "weiß nicht" hides nothing


def test_the_form_of_administration_excludes_what_the_amt_does():
    excluded = {k for k, v in applicability(Q, MEMBER, {}).items() if v == EXCLUDED_BY_CONTEXT}
    assert {
        "continuity.procurement",
        "continuity.transfer_clause",
        "continuity.recruiting",
        "continuity.make_or_buy",
        "cooperation.standards",
        "organisation.form",
    } <= excluded
    assert applicability(Q, OWN, {}) == {}


def test_wording_follows_the_owner():
    question = Q.question("support.departments")
    text, _, options = wording(question, Administration.MEMBER)
    assert "Amt" in text.de and "Amt" in options[2].de
    assert wording(question, Administration.OWN)[0] == question.text


def test_owners_exist_in_the_context():
    assert owner(Role.SMART_CITY_TEAM, OWN, lead=False) == Role.CENTRAL
    assert owner(Role.SMART_CITY_TEAM, OWN, lead=True) == Role.SMART_CITY_TEAM
    assert owner(Role.SMART_CITY_TEAM, MEMBER, lead=False) == Role.MAYOR
    assert owner(Role.CENTRAL, MEMBER, lead=False) == Role.AMT
    assert owner(Role.LEADERSHIP, MEMBER, lead=False) == Role.MAYOR
    for role in Role:
        assert owner(role, MEMBER, lead=False) in available_owners(MEMBER, lead=False)
        assert owner(role, OWN, lead=False) in available_owners(OWN, lead=False) | {Role.MAYOR, Role.AMT}


def test_with_all_answers_zero_the_plan_starts_with_the_lead_and_has_real_owners():
    for municipality in (OWN, MEMBER):
        a = new_assessment(Q, municipality, answers={qid: Answer(value=0) for qid in IDS})
        steps = plan(a).next_steps
        assert steps[0].question_id == "organisation.lead"
        assert all(m.recommendation.role in available_owners(municipality, lead=False) for m in steps)
        ids = [m.question_id for m in plan(a).measures]
        # lead -> mandate -> idea pool
        assert ids.index("organisation.lead") < ids.index("organisation.mandate") < ids.index("quick_wins.idea_list")


def test_schnellcheck_asks_only_key_and_gate_questions_and_completes_into_the_full_check():
    a = new_assessment(Q, OWN, mode="quick")
    session = Session(a)
    asked = [q for d in Q.dimensions for q in session.questions(d.id)]
    assert asked and all(q.key or q.gate or q.quick for q in asked)
    assert len(asked) <= 20
    for q in asked:
        session.answer(q.id, 2 if q.gate else 1)
    quick = score(a)
    assert all(d.provisional for d in quick.dimensions if d.assessable)
    assert len(plan(a).next_steps) >= 3
    session.set_mode("full")
    assert set(session.open_questions()).isdisjoint(a.answers)  # nothing is asked twice
    assert len(session.open_questions()) > 20


def test_the_catalogue_refuses_a_gate_that_is_no_gate_and_a_cycle_of_prerequisites(mini_path):
    import tomllib

    data = tomllib.loads(mini_path.read_text(encoding="utf-8"))
    questions = data["dimensions"][0]["questions"]
    questions[1]["when"] = {"question": questions[0]["id"], "min": 1}
    questions[0]["recommendations"]["low"]["requires"] = [questions[1]["id"]]
    questions[1]["recommendations"]["low"]["requires"] = [questions[0]["id"]]
    try:
        parse(data, "mini.toml")
    except QuestionnaireError as error:
        text = str(error)
    else:
        raise AssertionError("accepted")
    assert "keine vorher gestellte Torfrage" in text and "Kreis in den Voraussetzungen" in text


# The fingerprint of questionnaire 1.0 as stored in snapshots before version 2.0 existed.
HASH_1_0 = "6a8082610ca49af3352fe5cd7979c23f4e6c78ae6210a74c6f21cfe14f67cea6"


def test_a_version_one_snapshot_keeps_its_fingerprint():
    old = load(questionnaire_dir() / "smart-city-readiness-1.0.toml")
    # the fingerprint leaves out the fields of 2.0 while they hold their defaults
    assert "gate" in old.model_dump(mode="json")["dimensions"][0]["questions"][0]
    assert content_hash(old) == HASH_1_0
    assert content_hash(Q) != HASH_1_0


def test_comparing_a_version_one_assessment_with_a_version_two_one_uses_the_committed_mapping():
    from smartcheck.core.progress import compare

    old_q = load(questionnaire_dir() / "smart-city-readiness-1.0.toml")
    before = new_assessment(old_q, OWN, answers={q.id: Answer(value=1) for q in old_q.questions()})
    after = new_assessment(Q, OWN, answers={q.id: Answer(value=2) for q in Q.questions()})
    change = compare(before, after)
    assert not change.same_questionnaire
    assert {"continuity.measures", "prioritisation.strategy", "cooperation.local_partners"} <= set(
        change.added_questions
    )
    assert "support.departments" in change.reworded_questions  # options fixed
    assert "cooperation.exchange" not in change.reworded_questions  # only "Wie zuvor" and full stops
    # the table lists only questions whose text is the same in both versions
    old = {q.id: q for q in old_q.questions()}
    for qid in Q.previous.unchanged:
        assert Q.question(qid).text == old[qid].text, qid
    assert score(before).dimensions  # a 1.0 assessment still scores from its own snapshot
