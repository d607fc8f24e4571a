"""The Maßnahmen page, the home page's summary, adopting a plan, and the review page of a repeat."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from smartcheck.core.measures import MeasureStatus, summary_line
from smartcheck.core.planning import plan
from smartcheck.store import Store
from smartcheck.store.demo import add_demo, demo_id
from smartcheck.store.measures import list_measures, set_status
from smartcheck.ui import dialogs
from smartcheck.ui.adopt_plan import AdoptDialog
from smartcheck.ui.i18n import install_language
from tests.helpers.ui import main_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    install_language("de")
    monkeypatch.setattr(dialogs, "inform", lambda *a: None)
    store = Store.open(tmp_path / "data")
    add_demo(store)
    with main_window(qtbot, store) as window:
        yield window
    store.close()


def _statuses(store) -> dict[int, MeasureStatus]:
    return {m.number: m.status for m in list_measures(store)}


def test_repeat_assessment_starts_with_the_open_measures_and_skipping_leaves_them_open(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "choose", lambda *a: 1)  # not the demo's draft: a new assessment of my own
    before = _statuses(window.store)
    qtbot.mouseClick(window.home.new_button, LEFT)
    wizard = window.wizard
    page = wizard.currentPage()
    assert page.page_id == "measures"
    open_numbers = [
        n for n, s in before.items() if s in (MeasureStatus.PLANNED, MeasureStatus.STARTED, MeasureStatus.DEFERRED)
    ]
    assert sorted(page.status) == open_numbers and open_numbers
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage().page_id == "profile"
    wizard.close()
    assert _statuses(window.store) == before


def test_a_status_chosen_on_the_review_page_is_stored_with_its_note(qtbot, window, monkeypatch):
    monkeypatch.setattr(dialogs, "choose", lambda *a: 1)  # a new assessment of my own
    qtbot.mouseClick(window.home.new_button, LEFT)
    page = window.wizard.currentPage()
    number = sorted(page.status)[0]
    page.notes[number].setText("Im Rat berichtet")
    combo = page.status[number]
    combo.setCurrentIndex(combo.findData(MeasureStatus.DONE))
    stored = [m for m in list_measures(window.store) if m.number == number][0]
    assert stored.status == MeasureStatus.DONE
    assert stored.history[-1].note == "Im Rat berichtet" and stored.history[-1].date == date.today()


def test_home_shows_the_summary_line_and_opens_the_page(qtbot, window):
    window.show_home()
    line = summary_line(list_measures(window.store), date.today())
    assert line in window.home.measures_summary.text()
    window.home.measures_summary.linkActivated.emit("measures")
    assert window.stack.currentWidget() is window.measures


def test_view_filters_and_changes_status_by_keyboard(qtbot, window, tmp_path):
    window.show_measures()
    view = window.measures
    all_rows = len(view.model.rows)
    assert all_rows == len(list_measures(window.store)) == 6
    view.status_filter.setCurrentIndex(view.status_filter.findData(MeasureStatus.DONE))
    assert {m.status for m in view.model.rows} == {MeasureStatus.DONE}
    view.status_filter.setCurrentIndex(0)
    view.owner_filter.setText("demir")
    assert [m.owner.name for m in view.model.rows] == ["Aylin Demir"]
    view.owner_filter.clear()
    view.due_filter.setCurrentIndex(1)  # overdue
    assert view.model.rows and all(m.overdue(date.today()) for m in view.model.rows)
    assert "überfällig" in view.model.text(view.model.rows[0], 4)
    target = view.model.rows[0].number
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_3)  # 3 = erledigt
    assert _statuses(window.store)[target] == MeasureStatus.DONE
    assert all(m.number != target for m in view.model.rows)  # no longer overdue: filtered out


def test_csv_export_uses_the_export_conventions(qtbot, window, tmp_path, monkeypatch):
    set_status(window.store, 1, MeasureStatus.STARTED, note='=HYPERLINK("x")')
    out = tmp_path / "m.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: out)
    window.show_measures()
    window.measures.csv_button.click()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Nr.;Kommune;Maßnahme;Status")
    assert "'=HYPERLINK" in text and len(text.splitlines()) == 7


def test_plan_adopted_from_the_result_page(qtbot, tmp_path, monkeypatch):
    install_language("de")
    monkeypatch.setattr(dialogs, "inform", lambda *a: None)
    monkeypatch.setattr(AdoptDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with Store.open(tmp_path / "data") as store:
        from smartcheck.store.demo import demo_assessments

        a = demo_assessments()[2]
        store.create(a)
        with main_window(qtbot, store) as window:
            window.show_result(a.id)
            qtbot.mouseClick(window.result.adopt_button, LEFT)
            stored = list_measures(store)
            assert [m.origin.recommendation_id for m in stored] == [m.recommendation_id for m in plan(a).next_steps]
            assert window.stack.currentWidget() is window.measures
            assert window.measures.model.rowCount() == len(stored)


def test_result_of_the_repeat_shows_the_umsetzungsstand(qtbot, window):
    from smartcheck.core.implementation import implementation

    later = window.store.load(demo_id("2026"))
    found = implementation(list_measures(window.store), later, window.store.history(later))
    window.show_result(later.id)
    assert not window.result.implementation_box.isHidden()
    text = window.result.implementation.text()
    assert found.done_with_effect[0].line() in text and found.overdue[0].line() in text
    window.show_result(demo_id("2024"))  # nothing was adopted before 2024
    assert window.result.implementation_box.isHidden()


def test_export_from_home_carries_the_measures(qtbot, window, tmp_path, monkeypatch):
    import json

    out = tmp_path / "a.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: out)
    window.show_home()
    row = next(i for i, s in enumerate(window.home.model.rows) if s.id == demo_id("2025"))
    window.home.table.selectRow(row)
    window.home.export_selected()
    document = json.loads(out.read_text("utf-8"))
    assert document["format_version"] == 2
    assert len(document["measures"]) == len(list_measures(window.store)) == 6


def test_a_long_list_is_read_in_batches_and_a_late_row_can_be_selected(qtbot, window):
    from smartcheck.store.measures import add_measures
    from smartcheck.ui.measures_view import BATCH

    template = list_measures(window.store)[0]
    copies = [
        template.model_copy(
            update={
                "id": f"kopie-{i}",
                "number": 0,
                "origin": template.origin.model_copy(update={"assessment_id": f"alt-{i}"}),
            }
        )
        for i in range(2 * BATCH)
    ]
    add_measures(window.store, copies)
    total = len(list_measures(window.store))
    window.show_measures()
    model = window.measures.model
    assert model.rowCount() == BATCH and model.canFetchMore()
    window.measures.refresh(select_number=total)  # the last one: read up to it and select it
    assert model.rowCount() == total and window.measures.current().number == total
    assert window.measures.model.text(model.rows[-1], 0) == str(total)
