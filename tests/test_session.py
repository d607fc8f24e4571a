"""The wizard's flow, tested without widgets."""

from __future__ import annotations

import pytest

from smartcheck.core.assessment import Municipality, QuickWinIdea, Status
from smartcheck.core.session import Session
from tests.helpers.scoring import assess


class RecordingSaver:
    def __init__(self):
        self.calls = []

    def save_answer(self, assessment, question_id):
        self.calls.append(("answer", question_id, assessment.answers.get(question_id)))

    def save_assessment(self, assessment):
        self.calls.append(("assessment", assessment.cursor, None))


@pytest.fixture
def session():
    return Session(assess({}), RecordingSaver())


def test_pages_and_steps(session):
    ids = [p.id for p in session.pages]
    assert ids == ["profile", "method", "dimension:org", "dimension:talk", "targets", "quick_wins", "review"]
    assert session.step("dimension:org") == (3, 7)
    assert session.next_page("method") == "dimension:org"
    assert session.previous_page("dimension:org") == "method"
    assert session.next_page("review") is None


def test_profile_needs_a_name(session):
    session.set_municipality(Municipality(name="Teststadt"))
    assert session.is_complete("profile")
    with pytest.raises(ValueError):
        Municipality(name="   ")
    assert session.next_page("profile") == "method"


def test_every_answer_is_saved_at_once_and_moves_the_cursor(session):
    session.answer("talk.plan", 2)
    session.note("talk.plan", "Entwurf liegt beim Bürgermeister")
    assert session.saver.calls[-1][0] == "answer"
    assert session.saver.calls[-1][2].value == 2
    assert session.saver.calls[-1][2].note == "Entwurf liegt beim Bürgermeister"
    assert session.assessment.cursor == "dimension:talk#talk.plan"
    assert session.resume_page() == "dimension:talk"
    assert session.resume_question() == "talk.plan"
    # a changed answer keeps its note
    session.answer("talk.plan", 3)
    assert session.assessment.answers["talk.plan"].note == "Entwurf liegt beim Bürgermeister"
    session.answer("talk.plan", None)
    assert "talk.plan" not in session.assessment.answers


def test_not_offered_answers_are_refused(session):
    with pytest.raises(ValueError):
        session.answer("org.lead", "na")  # org.lead does not offer "trifft nicht zu"
    session.answer("org.mandate", "na")
    assert session.assessment.answers["org.mandate"].value == "na"


def test_review_lists_open_and_provisional(session):
    session.answer("org.lead", "unknown")
    session.answer("org.mandate", 3)
    items = {i.dimension_id: i for i in session.review()}
    assert items["org"].unknown == ("org.lead",)
    assert items["org"].unanswered == ("org.roles",)
    assert items["org"].provisional
    assert items["talk"].unanswered == ("talk.story", "talk.plan")
    assert not items["talk"].assessable
    assert items["talk"].page_id == "dimension:talk"


def test_finish_and_explicit_reopen(session):
    assert not session.can_finish()
    session.answer("org.lead", 2)
    session.set_target("org", 4)
    session.set_importance("org", 3)
    session.set_quick_wins([QuickWinIdea(title="Mängelmelder", ratings={"reach": 2})])
    session.finish()
    assert session.assessment.status == Status.COMPLETE
    assert session.assessment.completed_at is not None
    with pytest.raises(PermissionError):
        session.answer("org.lead", 3)
    assert session.assessment.answers["org.lead"].value == 2
    session.reopen()
    session.answer("org.lead", 3)
    assert session.assessment.status == Status.DRAFT
    assert session.assessment.targets == {"org": 4}
    assert session.assessment.importance == {"org": 3}


def test_visit_remembers_the_page_without_losing_the_question(session):
    session.answer("org.roles", 1)
    changed = session.assessment.updated_at
    session.visit("dimension:org")
    assert session.assessment.cursor == "dimension:org#org.roles"
    session.visit("targets")
    assert session.resume_page() == "targets"
    assert session.saver.calls[-1] == ("assessment", "targets", None)
    assert session.assessment.updated_at == changed  # browsing does not change the draft's date
