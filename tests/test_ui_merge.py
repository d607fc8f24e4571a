"""Merging several people's answers in the desktop app, and the workshop's open points."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWizard

from smartcheck.core.assessment import Answer, Municipality, Respondent, new_assessment
from smartcheck.core.merge import merge_assessments, true_median
from smartcheck.core.questionnaire import question_number
from smartcheck.core.session import Session
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import install_language
from tests.helpers.ui import main_window

LEFT = Qt.MouseButton.LeftButton
SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def window(qtbot, tmp_path):
    install_language("de")
    store = Store.open(tmp_path / "data")
    with main_window(qtbot, store) as window:
        yield window
    store.close()


def select_rows(home, rows) -> None:
    home.table.clearSelection()
    for row in rows:
        home.table.selectionModel().select(home.model.index(row, 0), SELECT)


def test_merge_two_selected_assessments_creates_a_draft_and_opens_the_wizard(qtbot, window, monkeypatch):
    add_demo(window.store)
    window.show_home()
    home = window.home
    assert home.merge_button.text() == "&Zusammenführen"
    assert home.merge_button.accessibleName() == "Einschätzungen mehrerer Personen zusammenführen"
    assert not home.merge_button.isEnabled()  # one row is selected
    complete = [i for i, s in enumerate(home.model.rows) if s.status == "complete"][:2]
    select_rows(home, complete)
    assert home.merge_button.isEnabled()
    chosen = [home.model.rows[i].id for i in complete]
    messages = []
    monkeypatch.setattr(dialogs, "inform_long", lambda parent, title, text: messages.append((title, text)))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)  # the demo's years differ
    before = {s.id for s in window.store.list_assessments()}

    qtbot.mouseClick(home.merge_button, LEFT)

    [new_id] = {s.id for s in window.store.list_assessments()} - before
    merged = window.store.load(new_id)
    sources = [window.store.load(i) for i in chosen]
    assert merged.status.value == "draft"
    for qid, answer in merged.answers.items():
        scores = [a.answers[qid].value for a in sources if isinstance(a.answers[qid].value, int)]
        if scores:
            assert answer.value == true_median(scores), qid
    flagged = [qid for qid, a in merged.answers.items() if a.note.startswith("Diskussionsbedarf")]
    assert flagged  # the demo's years lie apart
    title, text = messages[-1]
    assert title == "Zusammengeführt"
    assert "2 Einschätzungen zu einem neuen Entwurf für Musterstadt zusammengeführt" in text
    assert f"Diskussionsbedarf bei {len(flagged)} Fragen" in text
    numbers = {question_number(merged.questionnaire, qid) for qid in flagged}
    shown = re.findall(r"• Frage (\d+\.\d+) \(\d bis \d\): ", text)
    assert len(shown) == min(10, len(flagged)) and set(shown) <= numbers

    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.session.assessment.id == new_id
    assert wizard.currentPage().page_id == "review"  # the workshop starts with the open points
    review = wizard.currentPage()
    texts = [review.open_points.item(i).text() for i in range(review.open_points.count())]
    assert texts[0].startswith(f"Diskussionsbedarf: {len(flagged)} Frage(n)")
    assert sum("(Diskussionsbedarf)" in t for t in texts) == len(flagged)


def test_merging_different_municipalities_says_why_and_stores_nothing(qtbot, window, monkeypatch):
    add_demo(window.store)
    other = window.store.load(window.store.list_assessments()[1].id)
    neighbour = new_assessment(other.questionnaire, Municipality(name="Nachbardorf"), answers=dict(other.answers))
    window.store.create(neighbour)
    window.show_home()
    home = window.home
    rows = [i for i, s in enumerate(home.model.rows) if s.municipality == "Nachbardorf"]
    rows.append(next(i for i, s in enumerate(home.model.rows) if s.municipality == "Musterstadt"))
    select_rows(home, rows)
    errors = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append((title, text)))
    before = [s.id for s in window.store.list_assessments()]
    qtbot.mouseClick(home.merge_button, LEFT)
    assert errors and errors[0][0] == "Zusammenführen nicht möglich"
    assert "derselben Kommune" in errors[0][1]
    assert [s.id for s in window.store.list_assessments()] == before
    assert window.wizard is None


def test_review_lists_discussion_points_first_and_they_go_once_the_note_says_agreed(qtbot, make_wizard, tmp_path, mini):
    people = []
    for role, lead in (("Hauptamt", 0), ("IT", 3), ("Kämmerei", 1)):
        a = new_assessment(mini, Municipality(name="Teststadt"), respondents=[Respondent(role=role)])
        a.answers = {"org.lead": Answer(value=lead), "org.roles": Answer(value=2)}
        people.append(a)
    merged, _ = merge_assessments(people)
    with Store.open(tmp_path / "store") as store:
        store.create(merged)
        wizard = make_wizard(Session(merged, store))
        review = wizard.currentPage()
        assert review.page_id == "review"
        texts = [review.open_points.item(i).text() for i in range(review.open_points.count())]
        assert texts[0].startswith("Diskussionsbedarf: 1 Frage(n)")
        assert review.open_points.item(0).font().bold()
        assert texts[1].startswith("Frage 1.1 (Diskussionsbedarf): ")
        # Enter on the point goes to the question, where the note shows the spread
        review.open_points.setFocus()
        review.open_points.setCurrentRow(1)
        qtbot.keyClick(review.open_points, Qt.Key.Key_Return)
        assert wizard.currentPage().page_id == "dimension:org"
        widget = wizard.currentPage().questions["org.lead"]
        assert widget.note.text().startswith("Diskussionsbedarf: Antworten von 0 bis 3 (3 Personen)")
        # the workshop agrees on 2 and says so in the note
        wizard.session.answer("org.lead", 2, note="Vereinbart: 2 (Workshop)")
        wizard.jump_to("review")
        texts = [review.open_points.item(i).text() for i in range(review.open_points.count())]
        assert not any("Diskussionsbedarf" in t for t in texts)
        assert store.load(merged.id).answers["org.lead"].value == 2
        wizard.button(QWizard.WizardButton.CancelButton).click()
