"""Start-up on a damaged database: the desktop application offers the newest usable backup."""

from __future__ import annotations

import gc
import random

import pytest
from PySide6.QtWidgets import QApplication

from smartcheck.store import Store
from smartcheck.ui import app as app_module
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import apply_text_size, install_language
from smartcheck.ui.main_window import MainWindow
from smartcheck.ui.settings import Settings
from tests.helpers.store_data import make

NAMES = ["Altdorf", "Bergheim", "Chorweiler"]


@pytest.fixture
def damaged(tmp_path, mini):
    """A data folder whose database is garbage, with a backup holding three assessments."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        for i, name in enumerate(NAMES):
            store.create(make(mini, name=name, complete=True, day=i + 1))
        backup = store.backup("manuell")
        store.create(make(mini, name="Nach der Sicherung", complete=True, day=9))
    backup.rename(backup.with_name("smartcheck-2026-02-11_17-45-30-250-manuell.db"))
    (folder / "smartcheck.db").write_bytes(random.Random(5).randbytes(20000))
    return folder


@pytest.fixture
def asked(monkeypatch):
    """Replaces the question; ``asked.answer`` is what the "user" clicks."""

    class Asked(list):
        answer = dialogs.RESTORE

    calls = Asked()

    def offer(parent, title, text):
        calls.append((title, text))
        return calls.answer

    monkeypatch.setattr(dialogs, "offer_restore", offer)
    monkeypatch.setattr(app_module, "show_start_error", lambda title, text: pytest.fail(text))
    yield calls
    install_language("de")
    apply_text_size(100)
    gc.collect()


@pytest.fixture
def make_window(qtbot, damaged):
    made = []

    def make(settings: Settings | None = None) -> MainWindow:
        made.append(MainWindow(damaged, settings or Settings()))
        qtbot.addWidget(made[-1])
        made[-1].show()
        return made[-1]

    yield make
    for window in made:
        if window.store is not None:
            window.store.close()
        window.close()


@pytest.fixture
def window(make_window):
    return make_window()


def test_restore_answer_shows_the_backup_on_the_home_page(window, asked):
    assert app_module.open_store(window) is True
    assert len(asked) == 1
    title, text = asked[0]
    aside = next(window.data_dir.glob("smartcheck.db.defekt-*"))
    assert title == "Datenbank beschädigt"
    assert text == (
        f"Die Datenbank war beschädigt und wurde als {aside.name} beiseitegelegt. Soll die Sicherung "
        "vom 11.02.2026, 17:45 (3 Einschätzungen) wiederhergestellt werden?\n\nWas nach dieser "
        "Sicherung eingegeben wurde, ist darin nicht enthalten und geht verloren; die beschädigte "
        "Datei bleibt im Datenordner."
    )
    home = window.home
    assert home.stack.currentWidget() is home.overview
    assert sorted(s.municipality for s in home.model.rows) == NAMES
    assert aside.name in window.statusBar().currentMessage()
    assert aside.stat().st_size == 20000  # the damaged file is kept


def test_start_empty_answer_continues_with_an_empty_database(window, asked):
    asked.answer = dialogs.START_EMPTY
    assert app_module.open_store(window) is True
    assert window.home.stack.currentWidget() is window.home.welcome
    assert window.store.list_assessments() == []
    assert len(list(window.data_dir.glob("smartcheck.db.defekt-*"))) == 1
    assert len(list((window.data_dir / "backups").glob("*.db"))) == 1  # the backup is still there


def test_english_question(make_window, asked):
    install_language("en")
    window = make_window(Settings(language="en"))
    assert app_module.open_store(window) is True
    title, text = asked[0]
    assert title == "Database damaged"
    assert "(3 assessments)" in text and "2026-02-11 17:45" in text


def test_run_restores_and_keeps_the_restored_data(damaged, asked, monkeypatch):
    monkeypatch.setenv(app_module.QUIT_AFTER, "ready")
    assert app_module.run(str(damaged)) == 0
    assert len(asked) == 1
    with Store.open(damaged) as store:
        assert sorted(s.municipality for s in store.list_assessments()) == NAMES


def test_run_quit_answer_exits_1_and_changes_nothing_more(damaged, asked):
    asked.answer = dialogs.QUIT
    assert app_module.run(str(damaged)) == 1
    assert len(asked) == 1
    assert not (damaged / "smartcheck.db").exists()  # no new empty database was made
    assert len(list(damaged.glob("smartcheck.db.defekt-*"))) == 1
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_without_a_backup_the_message_is_shown_as_before(tmp_path, monkeypatch, asked):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "smartcheck.db").write_bytes(b"Dies ist keine Datenbank." * 400)
    messages = []
    monkeypatch.setattr(app_module, "show_start_error", lambda title, text: messages.append((title, text)))
    assert app_module.run(str(folder)) == 1
    assert asked == []
    assert len(messages) == 1 and "keine Sicherungskopie" in messages[0][1]


def test_the_dialog_offers_three_answers_restore_first(qapp):
    box, buttons = dialogs.restore_box(None, "Datenbank beschädigt", "Frage")
    try:
        assert [buttons[a].text() for a in (dialogs.RESTORE, dialogs.START_EMPTY, dialogs.QUIT)] == [
            "&Sicherung wiederherstellen",
            "&Leer beginnen",
            "&Beenden",
        ]
        assert box.defaultButton() is buttons[dialogs.RESTORE]
        assert box.escapeButton() is buttons[dialogs.QUIT]
    finally:
        box.deleteLater()
