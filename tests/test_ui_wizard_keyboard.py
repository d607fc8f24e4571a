"""The wizard by keyboard and for screen readers, and at 150 % text size."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QWidget,
    QWizard,
)

from smartcheck import paths
from smartcheck.core.assessment import Municipality, new_assessment
from smartcheck.core.catalog import load
from smartcheck.core.session import Session
from smartcheck.store import Store
from smartcheck.ui.wizard.question import FOCUS_STYLE, PLAIN_STYLE

TAB = Qt.FocusPolicy.TabFocus


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store") as opened:
        yield opened


def draft(store, questionnaire) -> Session:
    assessment = new_assessment(questionnaire, Municipality(name="Musterstadt"))
    store.create(assessment)
    return Session(assessment, store)


def focused(qtbot) -> QWidget:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def press(qtbot, key, times=1) -> None:
    for _ in range(times):
        widget = focused(qtbot)
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClick(widget, key)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name.

    Inputs need an explicit name (on Linux, Qt reports a combo box's current
    text as its name; Windows uses the accessible name); buttons are named by
    their text.
    """
    if isinstance(widget, (QLineEdit, QComboBox, QRadioButton, QListWidget)):
        return widget.accessibleName()
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def focusable(page) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page) and w.isEnabled() and (w.focusPolicy() & TAB) == TAB
    ]


def tab_walk(qtbot, page) -> list[QWidget]:
    """The page's controls in the order Tab reaches them, from the wizard's buttons round to them again."""
    limit = 4 * len(focusable(page)) + 10
    page.focus_start()
    for _ in range(limit):  # out to the wizard's buttons ...
        if not page.isAncestorOf(focused(qtbot)):
            break
        press(qtbot, Qt.Key.Key_Tab)
    for _ in range(limit):  # ... and on into the page at its first control
        if page.isAncestorOf(focused(qtbot)):
            break
        press(qtbot, Qt.Key.Key_Tab)
    stops: list[QWidget] = []
    while page.isAncestorOf(focused(qtbot)) and len(stops) < limit:
        widget = focused(qtbot)
        assert widget not in stops, f"Tab goes round inside {page.page_id}"
        stops.append(widget)
        viewport = page.scroll_area.viewport()
        centre = widget.mapTo(viewport, widget.rect().center())
        assert viewport.rect().contains(centre), f"{accessible_name(widget)} is focused out of sight"
        press(qtbot, Qt.Key.Key_Tab)
    return stops


def sweep(qtbot, page) -> int:
    controls = focusable(page)
    for widget in controls:
        assert accessible_name(widget).strip(), f"{page.page_id}: {widget} has no accessible name"
    stops = tab_walk(qtbot, page)
    for widget in controls:
        group = widget.group() if isinstance(widget, QRadioButton) else None
        reached = widget in stops or (group is not None and any(b in stops for b in group.buttons()))
        assert reached, f"{page.page_id}: Tab never reaches {accessible_name(widget)}"
    content = page.content()
    heights = [w.mapTo(content, w.rect().center()).y() for w in stops]
    assert all(b >= a - 4 for a, b in pairwise(heights)), (page.page_id, heights)
    return len(stops)


def test_every_control_is_named_and_reached_by_tab_in_reading_order(qtbot, make_wizard, store):
    q = load(paths.default_questionnaire_path())
    wizard = make_wizard(draft(store, q))
    stops = {}
    while True:
        page = wizard.currentPage()
        if page.page_id.startswith("dimension:"):
            first = next(iter(page.questions.values()))
            first.focus_answer()
            press(qtbot, Qt.Key.Key_Space)  # answered: its note field joins the Tab order
            assert first.note.isEnabled()
            for widget in page.questions.values():
                for button in widget.group.buttons():
                    assert button.accessibleName().startswith(f"Frage {widget.number}")
                    assert button.accessibleDescription() == widget.question.text.de
        stops[page.page_id] = sweep(qtbot, page)
        if page.page_id == "review":
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert len(stops) == 12
    first_dimension = q.dimensions[0]
    # the intro text, then per question: the options (one stop), help, and the note where answered
    assert stops[f"dimension:{first_dimension.id}"] == 1 + 2 * len(first_dimension.questions) + 1
    assert stops["profile"] == 9  # the intro, then Verwaltungsform, Einwohnerzahl and Umfang (issue 11)


def test_a_dimension_page_answered_with_keys_only(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    press(qtbot, Qt.Key.Key_Return)  # the default button: Weiter
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.currentPage()
    assert page.page_id == "dimension:org"
    lead, mandate, roles = (page.questions[q] for q in ("org.lead", "org.mandate", "org.roles"))
    assert focused(qtbot) is lead.group.button(0)
    assert lead.labels[0].styleSheet() == FOCUS_STYLE  # the focus is visible on the option's text

    press(qtbot, Qt.Key.Key_Down, 2)
    assert lead.group.checkedId() == -1  # arrows move, Space chooses
    assert lead.labels[0].styleSheet() == PLAIN_STYLE and lead.labels[2].styleSheet() == FOCUS_STYLE
    press(qtbot, Qt.Key.Key_Space)
    assert store.load(session.assessment.id).answers["org.lead"].value == 2
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot) is lead.help_button
    press(qtbot, Qt.Key.Key_Space)
    assert lead.help.isVisible() and lead.help.text() == mini.question("org.lead").help.de
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot) is lead.help  # the help text shown is a Tab stop for keyboard and screen reader
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot) is lead.note
    qtbot.keyClicks(lead.note, "Hauptamt fragen")
    press(qtbot, Qt.Key.Key_Tab)

    assert focused(qtbot) is mandate.group.button(0)
    press(qtbot, Qt.Key.Key_Down, 5)  # past the five options to the answers set apart
    assert focused(qtbot) is mandate.group.button(5)
    press(qtbot, Qt.Key.Key_Right)
    assert focused(qtbot) is mandate.group.button(6)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab, 3)

    assert focused(qtbot) is roles.group.button(0)
    press(qtbot, Qt.Key.Key_Down, 4)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Up)  # an arrow from the chosen option chooses the next one
    assert roles.group.checkedId() == 3
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().page_id == "dimension:talk"

    stored = store.load(session.assessment.id)
    assert {qid: a.value for qid, a in stored.answers.items()} == {"org.lead": 2, "org.mandate": "na", "org.roles": 3}
    assert stored.answers["org.lead"].note == "Hauptamt fragen"


@pytest.fixture
def text_150(qapp):
    old = QFont(qapp.font())
    bigger = QFont(old)
    bigger.setPointSizeF(old.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(old)


def test_no_text_is_clipped_at_150_percent(qtbot, make_wizard, store, text_150):
    q = load(paths.default_questionnaire_path())
    session = draft(store, q)
    wizard = make_wizard(session)
    checked, pages = 0, []
    while True:
        page = wizard.currentPage()
        pages.append(page.page_id)
        for button in page.findChildren(QAbstractButton):
            if button.text():
                button.setChecked(button.isCheckable())  # help and examples open: check them too
        qtbot.wait(20)
        content, viewport = page.content(), page.scroll_area.viewport()
        assert content.width() <= viewport.width(), page.page_id
        for label in page.findChildren(QLabel):
            if not label.isVisibleTo(page) or not label.text():
                continue
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), (page.page_id, label.text()[:40])
            else:
                assert label.width() >= label.sizeHint().width(), (page.page_id, label.text()[:40])
            checked += 1
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QComboBox)) and widget.isVisibleTo(page):
                assert widget.width() >= widget.minimumSizeHint().width(), (page.page_id, accessible_name(widget))
                right = widget.mapTo(content, QPoint(widget.width(), 0)).x()
                assert right <= content.width(), (page.page_id, accessible_name(widget))
        if page.page_id == "review":
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert len(pages) == 12 and checked > 44 * 6


def test_return_on_an_answer_never_leaves_open_questions_behind(qtbot, make_wizard, store, mini):
    session = draft(store, mini)
    wizard = make_wizard(session)
    press(qtbot, Qt.Key.Key_Return, 2)  # profile, method
    page = wizard.currentPage()
    lead, mandate, roles = (page.questions[q] for q in ("org.lead", "org.mandate", "org.roles"))
    press(qtbot, Qt.Key.Key_2)  # a number key chooses that option
    assert lead.group.checkedId() == 2 and focused(qtbot) is lead.group.button(2)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is page and focused(qtbot) is mandate.group.button(0)
    # skip ahead by hand: Return goes back to the question left open, never on to the next page
    roles.focus_answer()
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is page and focused(qtbot) is mandate.group.button(0)
    press(qtbot, Qt.Key.Key_Return)  # Return on an open question stays with it
    assert wizard.currentPage() is page and focused(qtbot) is mandate.group.button(0)
    press(qtbot, Qt.Key.Key_Down, 5)
    assert focused(qtbot) is mandate.group.button(5)  # "weiß nicht"
    press(qtbot, Qt.Key.Key_Down)
    assert focused(qtbot) is mandate.group.button(6)  # Down goes on to "trifft nicht zu"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)  # all answered: Weiter
    assert wizard.currentPage().page_id == "dimension:talk"
    stored = store.load(session.assessment.id).answers
    assert {q: stored[q].value for q in ("org.lead", "org.mandate", "org.roles")} == {
        "org.lead": 2,
        "org.mandate": "na",
        "org.roles": 4,
    }


def test_tab_onto_back_does_not_make_it_the_default_button(qtbot, make_wizard, store, mini):
    wizard = make_wizard(draft(store, mini))
    press(qtbot, Qt.Key.Key_Return)  # to the method page, where Back is enabled
    back = wizard.button(QWizard.WizardButton.BackButton)
    back.setFocus(Qt.FocusReason.TabFocusReason)
    assert not back.isDefault() and wizard.button(QWizard.WizardButton.NextButton).isDefault()
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Return)
    assert wizard.currentPage().page_id == "dimension:org"


def test_ctrl_q_in_the_wizard_closes_it_and_the_main_window(qtbot, store, mini, german_qt):
    from tests.helpers.ui import main_window

    with main_window(qtbot, store) as window:
        window.open_wizard(draft(store, mini).assessment)
        wizard = window.wizard
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(lambda: wizard.isActiveWindow())
        from PySide6.QtTest import QTest

        QTest.keySequence(wizard, "Ctrl+Q")
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.wizard is None


def test_resuming_shows_the_question_of_the_last_change_with_its_heading(qtbot, make_wizard, store):
    q = load(paths.default_questionnaire_path())
    session = draft(store, q)
    dimension = max(q.dimensions, key=lambda d: len(d.questions))
    last = dimension.questions[len(dimension.questions) // 2]
    for question in dimension.questions[: len(dimension.questions) // 2 + 1]:
        session.answer(question.id, 1)
    wizard = make_wizard(Session(store.load(session.assessment.id), store))
    page = wizard.currentPage()
    assert page.page_id == f"dimension:{dimension.id}"
    widget = page.questions[last.id]
    assert focused(qtbot) is widget.group.button(1)
    viewport = page.scroll_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    bottom = widget.group.button(1).mapTo(viewport, QPoint(0, widget.group.button(1).height())).y()
    assert top >= 0 and bottom <= viewport.height(), (top, bottom, viewport.height())  # heading and answer in view
