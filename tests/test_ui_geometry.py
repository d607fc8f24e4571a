"""Every window and dialog fits an office laptop's screen, at 100 % and 150 % text size.

The screens: 1366×768 (the common laptop) and 1280×680 (1280×720 with a
40-pixel taskbar). ``SMARTCHECK_SCREEN`` stands in for the screen's available
geometry on the offscreen platform. A window fits when its minimum size fits
the room and its frame lies inside the room.
"""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPlainTextEdit

from smartcheck.core.merge import merge_assessments
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import apply_text_size, install_language
from smartcheck.ui.main_window import merge_message
from smartcheck.ui.settings import Settings, load_settings
from tests.helpers.ui import main_window

SCREENS = [(1366, 768), (1280, 680)]


@pytest.fixture(
    params=[(w, h, size) for w, h in SCREENS for size in (100, 150)], ids=lambda p: f"{p[0]}x{p[1]}-{p[2]}%"
)
def room(request, monkeypatch):
    width, height, size = request.param
    monkeypatch.setenv("SMARTCHECK_SCREEN", f"{width}x{height}")
    install_language("de")
    apply_text_size(size)
    yield QRect(0, 0, width, height), size
    apply_text_size(100)
    gc.collect()


@pytest.fixture
def demo_store(tmp_path):
    store = Store.open(tmp_path / "data")
    add_demo(store)
    yield store
    store.close()


def fits(widget, area: QRect) -> None:
    QApplication.processEvents()
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    name = type(widget).__name__
    assert minimum.width() <= area.width() and minimum.height() <= area.height(), (name, minimum)
    assert area.contains(widget.frameGeometry()), (name, widget.frameGeometry(), area)


def test_main_window_and_its_pages_fit(qtbot, demo_store, room):
    area, size = room
    with main_window(qtbot, demo_store, Settings(text_size=size)) as window:
        fits(window, area)
        assert window.width() <= area.width() and window.height() <= area.height()
        complete = [s for s in demo_store.list_assessments() if s.status == "complete"]
        window.show_result(complete[0].id)
        fits(window, area)
        window.show_compare(complete[1].id, complete[0].id)
        fits(window, area)
        window.show_home()
        fits(window, area)
        # the progress line and the status bar lie inside the window
        trend = window.home.trend
        bottom = trend.mapTo(window, trend.rect().bottomLeft()).y()
        assert trend.isVisible() and bottom <= window.height()


def test_wizard_fits_on_every_page(qtbot, demo_store, room, monkeypatch):
    area, size = room
    monkeypatch.setattr(dialogs, "choose", lambda *args: 1)
    with main_window(qtbot, demo_store, Settings(text_size=size)) as window:
        window.new_assessment()
        wizard = window.wizard
        qtbot.waitExposed(wizard)
        for page_id in [p.id for p in wizard.session.pages]:
            wizard.jump_to(page_id)
            fits(wizard, area)


def test_settings_dialog_fits(qtbot, demo_store, room):
    area, size = room
    with main_window(qtbot, demo_store, Settings(text_size=size)) as window:
        dialog = window.open_settings()
        qtbot.waitExposed(dialog)
        fits(dialog, area)
        dialog.reject()


def test_long_merge_message_scrolls_and_shows_its_ok_button(qtbot, demo_store, room):
    area, size = room
    complete = [demo_store.load(s.id) for s in demo_store.list_assessments() if s.status == "complete"]
    merged, result = merge_assessments(complete[:2])
    text = merge_message(merged, result, 2, "de", shown=40)
    with main_window(qtbot, demo_store, Settings(text_size=size)) as window:
        dialog = dialogs.message_dialog(window, "Zusammengeführt", text)
        dialog.show()
        qtbot.waitExposed(dialog)
        fits(dialog, area)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isVisible() and dialog.rect().contains(ok.geometry().translated(ok.parentWidget().pos()))
        body = dialog.findChild(QPlainTextEdit)
        assert body.hasFocus() and body.toPlainText() == text
        dialog.accept()


@pytest.mark.parametrize("make", ["restore", "confirm"])
def test_message_boxes_fit(qtbot, demo_store, room, make):
    area, _size = room
    with main_window(qtbot, demo_store) as window:
        if make == "restore":
            box, _buttons = dialogs.restore_box(window, "Datenbank beschädigt", "Die Datenbank war beschädigt. " * 8)
        else:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                "Entwurf vorhanden",
                "Für Musterstadt gibt es " * 10,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                window,
            )
        box.show()
        qtbot.waitExposed(box)
        fits(box, area)
        box.close()


def test_place_is_remembered_and_restored_inside_the_screen(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTCHECK_SCREEN", "1366x768")
    store = Store.open(tmp_path / "data")
    with main_window(qtbot, store) as window:
        window.resize(900, 600)
        window.move(100, 50)
    saved = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert saved["window"][2:] == [900, 600]
    settings = load_settings(tmp_path / "data")
    with main_window(qtbot, store, settings) as window:
        assert (window.width(), window.height()) == (900, 600)
        assert window.frameGeometry().topLeft().x() == saved["window"][0]
    # a place on a screen no longer there (a second monitor) comes back inside the screen
    monkeypatch.setenv("SMARTCHECK_SCREEN", "1280x680")
    with main_window(qtbot, store, Settings(window=(2500, 900, 1600, 1000))) as window:
        assert QRect(0, 0, 1280, 680).contains(window.frameGeometry())
        assert window.width() <= 1280 and window.height() <= 680
    store.close()


def test_home_table_needs_no_sideways_scrolling_at_150_percent(qtbot, demo_store):
    apply_text_size(150)
    try:
        with main_window(qtbot, demo_store, Settings(text_size=150)) as window:
            window.resize(1366, 768)
            table = window.home.table
            qtbot.waitUntil(table.isVisible)
            qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=3000)
            model = window.home.model
            assert model.header_width < 16  # the dimension headers took more lines to make room
            last = model.columnCount() - 1
            assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    finally:
        apply_text_size(100)


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_file_dialogs_are_roomy_and_fit(qtbot, tmp_path, room, mode):
    area, size = room
    target = tmp_path / "SmartCheck-Musterstadt-2026-03-19.json" if mode == "save" else tmp_path
    dialog = dialogs.file_dialog(None, "Einschätzungen importieren", target, "SmartCheck-Dateien (*.json)", mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fits(dialog, area)
    em = dialog.fontMetrics().horizontalAdvance("M")
    assert dialog.width() >= min(60 * em, area.width() - 40)  # room for long German file names
    if mode == "save":
        assert dialog.selectedFiles()[0].endswith("SmartCheck-Musterstadt-2026-03-19.json")
    dialog.reject()
