"""Start-up order: the home page is drawn from the light read, then the store is opened; what the user
asks for in between waits for the store (ui/app.py, MainWindow.show_first)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.store.listing import read_listing
from smartcheck.ui import app as app_module
from smartcheck.ui import dialogs
from smartcheck.ui.main_window import MainWindow
from smartcheck.ui.settings import Settings


@pytest.fixture
def demo(tmp_path):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        add_demo(store)
    return folder


@pytest.fixture
def first(qtbot, demo):
    """The main window as ui/app.py shows it: the home page from the light read, no store yet."""
    window = MainWindow(demo, Settings())
    qtbot.addWidget(window)
    listing = read_listing(demo)
    assert listing is not None
    window.show_first(listing)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.wizard is not None:
        window.wizard.close()
    window.close()
    if window.store is not None:
        window.store.close()
    gc.collect()


def texts(window):
    model = window.home.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_first_drawing_shows_the_rows_the_store_shows(first):
    assert first.store is None
    home = first.home
    assert first.stack.currentWidget() is home and home.stack.currentWidget() is home.overview
    drawn = texts(first)
    headers = [home.model.headerData(c, Qt.Orientation.Horizontal) for c in range(home.model.columnCount())]
    assert len(drawn) == 4 and [r[1] for r in drawn] == ["Musterstadt"] * 4
    assert "seit der ersten Einschätzung" in home.trend.text()
    assert app_module.open_store(first) is True
    assert first.home is home  # the same page, filled again from the store: nothing visibly changes
    assert texts(first) == drawn
    assert [home.model.headerData(c, Qt.Orientation.Horizontal) for c in range(home.model.columnCount())] == headers
    assert [s.id for s in home.model.rows] == [s.id for s in first.store.list_assessments()]
    assert home.measures_summary.accessibleDescription()  # the measures line comes with the store


def test_a_row_opened_before_the_store_is_open_opens_once_it_is(qtbot, first):
    home = first.home
    complete = next(i for i, s in enumerate(home.model.rows) if s.status == "complete")
    home.table.selectRow(complete)
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key.Key_Return)  # before the store: it waits, nothing breaks
    assert first.stack.currentWidget() is home
    assert first._result is None
    menu_new = first.menuBar().actions()[0].menu().actions()[0]
    assert not menu_new.isEnabled()  # the menu's store actions wait for the store too
    assert app_module.open_store(first) is True
    assert first.stack.currentWidget() is first.result
    assert first.result.assessment.id == home.model.rows[complete].id
    assert first.menuBar().actions()[0].menu().actions()[0].isEnabled()


def test_new_assessment_asked_before_the_store_starts_after_it(qtbot, first, monkeypatch):
    monkeypatch.setattr(dialogs, "choose", lambda *args: 1)  # a draft exists: an own new assessment
    qtbot.mouseClick(first.home.new_button, Qt.MouseButton.LeftButton)
    assert first.wizard is None
    assert app_module.open_store(first) is True
    assert first.wizard is not None
    assert len(first.store.list_assessments()) == 5  # the new draft, stored once


def test_what_waits_is_dropped_when_the_store_shows_other_rows(qtbot, first, demo):
    home = first.home
    complete = next(i for i, s in enumerate(home.model.rows) if s.status == "complete")
    home.table.selectRow(complete)
    home.resultRequested.emit(home.model.rows[complete].id)
    with Store.open(demo) as store:  # (as after a restored backup) the store holds other rows than drawn
        store.delete(home.model.rows[complete].id)
    assert app_module.open_store(first) is True
    assert first.stack.currentWidget() is first.home
    assert len(first.home.model.rows) == 3


def test_run_draws_the_list_before_it_opens_the_store(demo, monkeypatch, restore_language, capsys):
    seen = []
    opened = app_module.open_store

    def open_store(window):
        seen.append((window.store, window.home.model.rowCount(), window.isVisible()))
        return opened(window)

    monkeypatch.setattr(app_module, "open_store", open_store)
    monkeypatch.setenv(app_module.QUIT_AFTER, "ready")
    assert app_module.run(str(demo)) == 0
    assert seen == [(None, 4, True)]
    assert "HOME_ROWS 4" in capsys.readouterr().out
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_filled_quits_with_the_drawn_list_without_opening_the_store(demo, monkeypatch, restore_language, capsys):
    monkeypatch.setattr(app_module, "open_store", lambda window: pytest.fail("the store was opened"))
    monkeypatch.setenv(app_module.QUIT_AFTER, "filled")
    assert app_module.run(str(demo)) == 0
    assert "HOME_ROWS 4" in capsys.readouterr().out


def test_an_empty_data_folder_shows_the_welcome_and_the_store_creates_it(tmp_path, monkeypatch, restore_language):
    folder = tmp_path / "new"
    seen = []
    opened = app_module.open_store

    def open_store(window):
        seen.append((folder.exists(), window.home.showing_welcome()))
        return opened(window)

    monkeypatch.setattr(app_module, "open_store", open_store)
    monkeypatch.setenv(app_module.QUIT_AFTER, "ready")
    assert app_module.run(str(folder)) == 0
    assert seen == [(False, True)]  # the light read creates nothing; the welcome is drawn first
    assert (folder / "smartcheck.db").is_file()


def run_app(data, home, quit_after: str, then: str) -> list[str]:
    """Start SmartCheck in a child process on ``data`` until ``quit_after``; run the code
    ``then`` after it; the words it printed."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = f"import sys\nfrom smartcheck.ui.app import run\ncode = run(sys.argv[1])\n{then}\nsys.exit(code)\n"
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).parents[1] / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        app_module.QUIT_AFTER: quit_after,
        "HOME": str(home),
    }
    done = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_list_is_drawn_before_pydantic_is_imported(demo, tmp_path):
    """The point of the light read: the window shows the list before the models' import (most of a start)."""
    printed = run_app(demo, tmp_path, "filled", "print('PYDANTIC', 'pydantic' in sys.modules)")
    assert printed == ["HOME_ROWS", "4", "PYDANTIC", "False"]


def test_only_the_last_request_before_the_store_runs(qtbot, first, monkeypatch):
    monkeypatch.setattr(dialogs, "choose", lambda *args: 1)
    for _ in range(3):  # impatient clicks: one new assessment, not three
        qtbot.mouseClick(first.home.new_button, Qt.MouseButton.LeftButton)
    assert app_module.open_store(first) is True
    assert first.wizard is not None
    assert len(first.store.list_assessments()) == 5


def test_the_focus_mark_and_keyboard_tips_are_there_once_the_store_is_open(demo, tmp_path):
    """Installed right after the first drawing (not before it), and before anything can be typed."""
    check = (
        "from PySide6.QtWidgets import QApplication\n"
        "from smartcheck.ui.focus_style import FocusStyle, KeyboardTips\n"
        "app = QApplication.instance()\n"
        "print('STYLE', isinstance(app.style(), FocusStyle), 'TIPS', app.findChild(KeyboardTips) is not None)"
    )
    assert run_app(demo, tmp_path, "ready", check)[-4:] == ["STYLE", "True", "TIPS", "True"]
