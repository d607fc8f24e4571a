"""The assessment wizard, driven through its real buttons, checked against the real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from smartcheck import paths
from smartcheck.core.assessment import Municipality, MunicipalityType, Status, new_assessment
from smartcheck.core.catalog import load
from smartcheck.core.scoring import score
from smartcheck.core.session import Session
from smartcheck.store import Store
from smartcheck.ui.wizard import AssessmentWizard

LEFT = Qt.MouseButton.LeftButton
NEXT, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton
FINISH, CANCEL = QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton
TO_REVIEW = QWizard.WizardButton.CustomButton1
# The offscreen platform cannot resize a window's frame when QWizard changes its minimum size.


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store") as opened:
        yield opened


def draft(store, questionnaire, name="Musterstadt") -> Session:
    assessment = new_assessment(questionnaire, Municipality(name=name))
    store.create(assessment)
    return Session(assessment, store)


def click(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def page_id(wizard) -> str:
    return wizard.currentPage().page_id


def choose(qtbot, wizard, question_id, value, by_label=False) -> None:
    """Click an answer: on its radio button, or on the text beside it."""
    widget = wizard.currentPage().questions[question_id]
    button_id = {"unknown": 5, "na": 6}.get(value, value)
    target = widget.labels[button_id] if by_label else widget.group.button(button_id)
    qtbot.mouseClick(target, LEFT)
    assert widget.group.checkedId() == button_id


def test_full_assessment_through_the_buttons_is_stored_and_scored(qtbot, make_wizard, store):
    q = load(paths.questionnaire_dir() / "smart-city-readiness-1.0.toml")  # all 44 questions, no gates
    session = draft(store, q, name="Platzhalter")
    wizard = make_wizard(session)

    assert page_id(wizard) == "profile"
    assert wizard.currentPage().subTitle() == "Schritt 1 von 12"
    profile = wizard.currentPage()
    profile.name.selectAll()
    qtbot.keyClicks(profile.name, "Neustadt an der Weide")
    qtbot.keyClicks(profile.ags, "03241001")
    profile.type.setFocus()
    qtbot.keyClick(profile.type, Qt.Key.Key_Down)  # Gemeinde -> Stadt
    qtbot.keyClicks(profile.role, "Hauptamt")
    click(qtbot, wizard, NEXT)
    assert page_id(wizard) == "method"
    click(qtbot, wizard, NEXT)

    expected = {}
    for d_index, dimension in enumerate(q.dimensions):
        assert page_id(wizard) == f"dimension:{dimension.id}"
        assert wizard.currentPage().subTitle() == f"Schritt {d_index + 3} von 12"
        for q_index, question in enumerate(dimension.questions):
            value = (d_index + q_index) % 5
            if d_index == 0 and q_index == 0:
                value = "unknown"  # a key question not known: the dimension is provisional
            choose(qtbot, wizard, question.id, value, by_label=q_index % 2 == 1)
            expected[question.id] = value
        click(qtbot, wizard, NEXT)
    first = q.dimensions[0].questions[1]
    # A note after the answer: go back one dimension page at the end, see below.

    assert page_id(wizard) == "targets"
    targets = wizard.currentPage()
    combo = targets.targets[q.dimensions[0].id]
    assert combo.currentData() == q.dimensions[0].target_suggestion
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    weight = targets.weights[q.dimensions[1].id]
    weight.setFocus()
    qtbot.keyClick(weight, Qt.Key.Key_Down)
    click(qtbot, wizard, NEXT)

    assert page_id(wizard) == "quick_wins"
    ideas = wizard.currentPage()
    box = ideas.boxes[0]
    qtbot.keyClicks(box.title_field, "Maengelmelder-App")
    criterion = q.quick_win_criteria[0].id
    box.ratings[criterion].setFocus()
    qtbot.keyClick(box.ratings[criterion], Qt.Key.Key_Down)
    qtbot.keyClick(box.ratings[criterion], Qt.Key.Key_Down)
    click(qtbot, wizard, NEXT)

    assert page_id(wizard) == "review"
    review = wizard.currentPage()
    assert "44 von 44" not in review.summary.text()  # one "weiß nicht"
    assert review.summary.text() == "Beantwortet (mit einer Stufe 0 bis 4): 43 von 44 Fragen."
    texts = [review.open_points.item(i).text() for i in range(review.open_points.count())]
    assert any("Frage 1.1 (weiß nicht)" in t for t in texts)

    # Back to the first dimension to add a note, then forward again: nothing is lost.
    for _ in range(len(q.dimensions) + 2):
        click(qtbot, wizard, BACK)
    assert page_id(wizard) == f"dimension:{q.dimensions[0].id}"
    note = wizard.currentPage().questions[first.id].note
    assert note.isEnabled()
    qtbot.keyClicks(note, "laut Hauptamt")
    for _ in range(len(q.dimensions) + 2):
        click(qtbot, wizard, NEXT)
    assert page_id(wizard) == "review"

    with qtbot.waitSignal(wizard.assessmentFinished) as finished:
        click(qtbot, wizard, FINISH)
    assert finished.args == [session.assessment.id]
    assert not wizard.isVisible()

    stored = store.load(session.assessment.id)
    assert stored.status == Status.COMPLETE
    assert stored.municipality == Municipality(
        name="Neustadt an der Weide", ags="03241001", type=MunicipalityType.STADT
    )
    assert [r.role for r in stored.respondents] == ["Hauptamt"]
    assert {qid: a.value for qid, a in stored.answers.items()} == expected
    assert stored.answers[first.id].note == "laut Hauptamt"
    assert stored.targets[q.dimensions[0].id] == q.dimensions[0].target_suggestion + 1
    assert stored.importance[q.dimensions[1].id] == 3
    assert [(i.title, i.ratings[criterion]) for i in stored.quick_wins] == [("Maengelmelder-App", 2)]

    profile = score(stored)
    first_dim = profile[q.dimensions[0].id]
    assert first_dim.provisional and first_dim.answered == len(q.dimensions[0].questions) - 1
    second = q.dimensions[1]
    values = [(1 + i) % 5 for i in range(len(second.questions))]
    assert profile[second.id].mean == pytest.approx(sum(values) / len(values))
    assert profile[second.id].target == second.target_suggestion


def test_resume_after_closing_opens_the_same_question(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    choose(qtbot, wizard, "org.lead", 2, by_label=True)
    choose(qtbot, wizard, "org.mandate", "na")
    click(qtbot, wizard, NEXT)
    choose(qtbot, wizard, "talk.plan", 3)
    click(qtbot, wizard, CANCEL)
    assert not wizard.isVisible()

    resumed = Session(store.load(session.assessment.id), store)
    again = make_wizard(resumed)
    assert page_id(again) == "dimension:talk"
    assert again.currentPage().subTitle() == "Schritt 4 von 7"
    plan = again.currentPage().questions["talk.plan"]
    assert plan.group.checkedId() == 3
    assert again.focusWidget() is plan.group.button(3)
    assert again.currentPage().questions["talk.story"].group.checkedId() == -1

    click(qtbot, again, BACK)  # the history before the resumed page is there
    org = again.currentPage()
    assert page_id(again) == "dimension:org"
    assert org.questions["org.lead"].group.checkedId() == 2
    assert org.questions["org.mandate"].group.checkedId() == 6


def test_resume_on_a_page_without_answers(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    for _ in range(4):
        click(qtbot, wizard, NEXT)
    assert page_id(wizard) == "targets"
    wizard.close()
    again = make_wizard(Session(store.load(session.assessment.id), store))
    assert page_id(again) == "targets"
    assert again.focusWidget() is again.currentPage().targets["org"]


def test_back_keeps_answers_and_typed_text(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    qtbot.keyClicks(wizard.currentPage().role, "Bauamt")
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    choose(qtbot, wizard, "org.lead", 4)
    qtbot.keyClicks(wizard.currentPage().questions["org.lead"].note, "seit 2023")
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, BACK)
    lead = wizard.currentPage().questions["org.lead"]
    assert lead.group.checkedId() == 4 and lead.note.text() == "seit 2023"
    click(qtbot, wizard, BACK)
    click(qtbot, wizard, BACK)
    assert wizard.currentPage().role.text() == "Bauamt"
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    assert wizard.currentPage().questions["org.lead"].group.checkedId() == 4
    stored = store.load(session.assessment.id)
    assert stored.answers["org.lead"].value == 4 and stored.answers["org.lead"].note == "seit 2023"
    assert stored.respondents[0].role == "Bauamt"


def test_typed_note_is_saved_after_a_short_pause(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    note = wizard.currentPage().questions["org.roles"].note
    assert not note.isEnabled()  # a note needs an answer first
    choose(qtbot, wizard, "org.roles", 1)
    assert store.load(session.assessment.id).answers["org.roles"].value == 1  # at once
    qtbot.keyClicks(note, "Organigramm pruefen")
    qtbot.waitUntil(lambda: store.load(session.assessment.id).answers["org.roles"].note == "Organigramm pruefen")


def test_a_three_line_note_is_shown_in_full_and_saved_with_its_line_breaks(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    choose(qtbot, wizard, "org.lead", 2)
    note = wizard.currentPage().questions["org.lead"].note
    note.setFocus()
    for number, line in enumerate(("Organigramm pruefen", "Hauptamt fragen", "Termin im Maerz")):
        if number:
            qtbot.keyClick(note, Qt.Key.Key_Return)  # Enter starts a new line
        qtbot.keyClicks(note, line)
    three = "Organigramm pruefen\nHauptamt fragen\nTermin im Maerz"
    assert note.text() == three
    qtbot.waitUntil(lambda: note.lines() == 3 and note.verticalScrollBar().maximum() == 0)
    assert note.height() >= 3 * note.fontMetrics().lineSpacing()  # all three lines shown, nothing to scroll
    qtbot.keyClick(note, Qt.Key.Key_Tab)  # Tab leaves the note instead of typing a tab
    assert not note.hasFocus() and "\t" not in note.text()
    qtbot.waitUntil(lambda: store.load(session.assessment.id).answers["org.lead"].note == three)

    # opened again, the note shows all three lines; a much longer note is capped and scrolls
    wizard.close()
    again = make_wizard(Session(store.load(session.assessment.id), store))
    again.jump_to("dimension:org")
    shown = again.currentPage().questions["org.lead"].note
    assert shown.text() == three
    qtbot.waitUntil(lambda: shown.verticalScrollBar().maximum() == 0 and shown.lines() == 3)
    three_high = shown.height()
    shown.setText("\n".join(f"Zeile {n}" for n in range(1, 11)))
    qtbot.waitUntil(lambda: shown.verticalScrollBar().maximum() > 0)
    assert three_high < shown.height() < 10 * shown.fontMetrics().lineSpacing()


def test_german_buttons_and_the_cancel_tooltip(qtbot, make_wizard, store, mini):
    wizard = make_wizard(draft(store, mini))
    assert wizard.button(NEXT).text().replace("&", "") == "Weiter >"
    assert wizard.button(CANCEL).text().replace("&", "") == "Abbrechen"
    assert "gespeichert" in wizard.button(CANCEL).toolTip()
    assert not wizard.button(QWizard.WizardButton.HelpButton).isVisible()
    click(qtbot, wizard, NEXT)
    assert wizard.button(BACK).text().replace("&", "") == "< Zurück"
    for _ in range(5):
        click(qtbot, wizard, NEXT)
    assert page_id(wizard) == "review"
    assert wizard.button(FINISH).text().replace("&", "") == "Abschließen"
    assert wizard.testOption(QWizard.WizardOption.IndependentPages)
    assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle


def test_next_needs_a_name_and_a_valid_ags(qtbot, make_wizard, store, mini):
    wizard = make_wizard(draft(store, mini))
    profile = wizard.currentPage()
    next_button = wizard.button(NEXT)
    profile.name.selectAll()
    qtbot.keyClick(profile.name, Qt.Key.Key_Delete)
    assert not next_button.isEnabled()
    assert "Namen der Kommune" in profile.problem.text()
    qtbot.keyClicks(profile.name, "Kleindorf")
    assert next_button.isEnabled()
    qtbot.keyClicks(profile.ags, "0324")
    assert not next_button.isEnabled()
    assert "8 Ziffern" in profile.problem.text()
    qtbot.keyClicks(profile.ags, "1001x")  # the letter is refused
    assert profile.ags.text() == "03241001" and next_button.isEnabled()


def test_review_jumps_back_to_an_open_question_and_finish_needs_an_answer(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    for _ in range(6):
        click(qtbot, wizard, NEXT)
    review = wizard.currentPage()
    assert page_id(wizard) == "review"
    assert not wizard.button(FINISH).isEnabled()
    assert "mindestens eine bewertete Antwort" in review.finish_note.text()
    texts = [review.open_points.item(i).text() for i in range(review.open_points.count())]
    row = next(i for i, t in enumerate(texts) if "Frage 2.2 (unbeantwortet)" in t)
    review.open_points.setFocus()
    review.open_points.setCurrentRow(row)
    qtbot.keyClick(review.open_points, Qt.Key.Key_Return)
    assert page_id(wizard) == "dimension:talk"
    plan = wizard.currentPage().questions["talk.plan"]
    assert wizard.focusWidget() is plan.group.button(0)

    choose(qtbot, wizard, "talk.plan", 2)
    click(qtbot, wizard, TO_REVIEW)
    assert page_id(wizard) == "review"
    texts = [review.open_points.item(i).text() for i in range(review.open_points.count())]
    assert not any("Frage 2.2" in t for t in texts)
    assert wizard.button(FINISH).isEnabled()
    click(qtbot, wizard, BACK)  # the jump kept Back's history in page order
    assert page_id(wizard) == "quick_wins"


def test_quick_win_ideas_are_added_rated_and_removed(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    for _ in range(5):
        click(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    assert page.page_id == "quick_wins"
    assert any("Mängelmelder" in label.text() for label in page.findChildren(QLabel))  # the example
    first = page.boxes[0]
    assert first.title_field.hasFocus() and first.title_label.text() == "&Titel:"
    qtbot.keyClicks(first.title_field, "Buergerbus")
    qtbot.mouseClick(page.add, LEFT)
    second = page.boxes[1]
    assert second.title_field.hasFocus() and second.title() == "Idee 2"
    qtbot.keyClicks(second.title_field, "WLAN am Rathaus")
    second.ratings["visibility"].setFocus()
    qtbot.keyClick(second.ratings["visibility"], Qt.Key.Key_Down)
    qtbot.keyClick(second.ratings["visibility"], Qt.Key.Key_Down)
    assert second.total.text() == "Punkte: 2 von 4"
    qtbot.mouseClick(page.add, LEFT)  # a third box, left without a title: not stored
    qtbot.mouseClick(first.remove, LEFT)
    assert [box.title() for box in page.boxes] == ["Idee 1", "Idee 2"]
    click(qtbot, wizard, NEXT)
    stored = store.load(session.assessment.id)
    assert [(i.title, i.ratings) for i in stored.quick_wins] == [("WLAN am Rathaus", {"reach": 0, "visibility": 2})]


def test_quick_win_description_is_multi_line_grows_and_tab_moves_on(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    for _ in range(5):
        click(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    box = page.boxes[0]
    qtbot.keyClicks(box.title_field, "Buergerbus")
    qtbot.keyClick(box.title_field, Qt.Key.Key_Tab)
    assert box.description_field.hasFocus()
    empty_height = box.description_field.height()
    text = "Ein Kleinbus faehrt nach Bedarf zwischen den Ortsteilen. " * 4
    qtbot.keyClicks(box.description_field, text)
    qtbot.keyClick(box.description_field, Qt.Key.Key_Return)
    qtbot.keyClicks(box.description_field, "Zweite Zeile")
    assert box.description_field.lines() > 2  # wrapped: nothing is cut off in one line
    assert box.description_field.height() > empty_height
    qtbot.keyClick(box.description_field, Qt.Key.Key_Tab)  # Tab leaves the box, it types no tab
    first_rating = next(iter(box.ratings.values()))
    assert first_rating.hasFocus()
    assert "\t" not in box.description_field.text()
    click(qtbot, wizard, NEXT)
    stored = store.load(session.assessment.id)
    assert [i.description for i in stored.quick_wins] == [text + "\nZweite Zeile"]


def test_english_questionnaire_texts(qtbot, make_wizard, store, mini):
    wizard = make_wizard(draft(store, mini), lang="en")
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    assert page.title() == "Organisation"
    lead = page.questions["org.lead"]
    assert [lead.labels[i].text() for i in (0, 5)] == ["Nobody", "Don't know"]
    assert lead.group.button(0).accessibleName().endswith("Nobody")


def test_a_completed_assessment_is_not_edited_by_the_wizard(qtbot, store, mini):
    session = draft(store, mini)
    session.answer("org.lead", 2)
    session.finish()
    with pytest.raises(ValueError, match="reopen"):
        AssessmentWizard(session)


def test_a_mitgliedsgemeinde_sees_only_what_applies_and_the_rest_is_named(qtbot, make_wizard, store):
    from smartcheck.core.assessment import Administration

    q = load(paths.default_questionnaire_path())
    session = draft(store, q, name="Kleindorf")
    session.set_municipality(
        session.assessment.municipality.model_copy(update={"administration": Administration.MEMBER, "population": 2800})
    )
    wizard = make_wizard(session)
    profile = wizard.currentPage()
    assert profile.administration.currentData() == Administration.MEMBER
    assert profile.population.text() == "2800"
    profile.population.clear()
    qtbot.keyClicks(profile.population, "3100")
    assert profile.size_class.currentData() == "under_5k"  # the size class follows the number
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    while page_id(wizard) != "dimension:continuity":
        click(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    assert page.questions["continuity.procurement"].isHidden()  # the Amt does procurement
    assert "Entfällt für Ihre Gemeinde" in page.left_out.text()
    choose(qtbot, wizard, "continuity.measures", 0)  # gate: no projects yet
    assert page.questions["continuity.plan"].isHidden() and not page.questions["continuity.data"].isHidden()
    choose(qtbot, wizard, "continuity.measures", 3)
    assert not page.questions["continuity.plan"].isHidden()
    departments = wizard.page(session.index("dimension:support")).questions["support.departments"]
    assert "Amt" in departments.question.text.de  # worded for a Mitgliedsgemeinde


def test_the_method_page_shows_the_definition_and_the_glossary(qtbot, make_wizard, store):
    q = load(paths.default_questionnaire_path())
    wizard = make_wizard(draft(store, q, name="Kleindorf"))
    click(qtbot, wizard, NEXT)
    page = wizard.currentPage()
    assert page_id(wizard) == "method"
    assert "Vorhaben-Steckbrief" in page.glossary.text() and "Digitalrunde" in page.glossary.text()


def test_wizard_title_follows_a_rename(qtbot, make_wizard, store, mini):
    from smartcheck.core.assessment import Municipality, new_assessment
    from smartcheck.core.session import Session

    assessment = new_assessment(mini, Municipality(name="Meine Kommune"))
    store.create(assessment)
    wizard = make_wizard(Session(assessment, store))
    assert wizard.windowTitle().endswith("– Meine Kommune")
    page = wizard.currentPage()
    page.name.setText("Neustadt")
    page._municipality_edited()
    wizard.pending.flush()
    assert wizard.windowTitle().endswith("– Neustadt")


def test_review_counts_not_applicable_as_the_result_does(qtbot, make_wizard, store, mini):
    from smartcheck.core.assessment import Municipality, new_assessment
    from smartcheck.core.scoring import score
    from smartcheck.core.session import Session

    assessment = new_assessment(mini, Municipality(name="Musterstadt"))
    store.create(assessment)
    session = Session(assessment, store)
    first = mini.dimensions[0]
    session.answer("org.mandate", "na")
    session.answer("org.lead", 2)
    wizard = make_wizard(session)
    wizard.jump_to("review")
    result = score(session.assessment)[first.id]
    shown = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    assert f"{first.name.de}: {result.answered} von {result.applicable} beantwortet" in shown
    assert result.applicable == len(first.questions) - 1


def test_a_page_builds_its_questions_when_shown_and_drops_them_when_left(qtbot, make_wizard, store, mini):
    from PySide6.QtCore import QCoreApplication, QEvent

    from smartcheck.ui.wizard.question import QuestionWidget

    def shown_questions() -> set[str]:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return {w.question.id for w in wizard.findChildren(QuestionWidget)}

    wizard = make_wizard(draft(store, mini))
    assert shown_questions() == set()  # the profile page is shown: no question built yet
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    assert shown_questions() == {q.id for q in mini.dimensions[0].questions}
    choose(qtbot, wizard, "org.lead", 2)
    click(qtbot, wizard, NEXT)
    assert shown_questions() == {q.id for q in mini.dimensions[1].questions}
    click(qtbot, wizard, BACK)  # built again from the session, with the answer given
    assert shown_questions() == {q.id for q in mini.dimensions[0].questions}
    assert wizard.currentPage().questions["org.lead"].group.checkedId() == 2


def test_fields_stop_at_the_limits_the_model_stores(qtbot, make_wizard, store, mini):
    from smartcheck.core.values import LINE_MAX, NAME_MAX, NOTE_MAX

    session = draft(store, mini)
    wizard = make_wizard(session)
    profile = wizard.currentPage()
    profile.name.setText("N" * (NAME_MAX + 20))
    profile._municipality_edited()
    wizard.pending.flush()
    assert store.load(session.assessment.id).municipality.name == "N" * NAME_MAX  # the longest name is stored
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    choose(qtbot, wizard, "org.lead", 2)
    note = wizard.currentPage().questions["org.lead"].note
    note.insertPlainText("x" * (NOTE_MAX + 50))  # as if pasted
    assert len(note.text()) == NOTE_MAX
    wizard.pending.flush()
    assert store.load(session.assessment.id).answers["org.lead"].note == "x" * NOTE_MAX
    wizard.jump_to("quick_wins")
    title = wizard.currentPage().boxes[0].title_field
    title.setText("T" * (LINE_MAX + 5))
    assert title.text() == "T" * LINE_MAX
