"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# An unexpected exception is raised, never turned into a crash report: no bug hides
# behind the last line of defence (tests/test_crash.py tests that handler with it unset).
os.environ["SMARTCHECK_DEBUG"] = "1"

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's real data folder."""
    monkeypatch.setenv("SMARTCHECK_DATA_DIR", str(tmp_path / "data"))
    # The offscreen platform's one screen is 800×800; windows are fitted to an office laptop's instead.
    monkeypatch.setenv("SMARTCHECK_SCREEN", "1366x768")
    # The command line speaks English under an English locale; the tests expect German unless they say so.
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def restore_language(qapp):
    """Tests that start the whole app (ui.app.run) leave German at 100 % behind."""
    import gc

    from smartcheck.ui.i18n import apply_text_size, install_language

    yield
    install_language("de")
    apply_text_size(100)
    gc.collect()


@pytest.fixture
def mini_path() -> Path:
    return DATA / "mini.toml"


@pytest.fixture
def mini():
    from smartcheck.core.catalog import load

    return load(DATA / "mini.toml")


# ---------------------------------------------------------------- the wizard (tests/test_ui_wizard*.py)
@pytest.fixture
def german_qt(qapp):
    """Qt's own German strings ("Weiter", "Abbrechen"), installed as the application does."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    assert translator.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def make_wizard(qtbot, german_qt):
    """make_wizard(session) -> a shown AssessmentWizard; deleted (and gc'd) after the test."""
    import gc

    from smartcheck.ui.wizard import AssessmentWizard

    def make(session, lang="de"):
        wizard = AssessmentWizard(session, lang=lang)
        qtbot.addWidget(wizard)
        with qtbot.waitActive(wizard):
            wizard.show()
            wizard.activateWindow()
        return wizard

    yield make
    gc.collect()


# An empty store, and the main window on it (the home and output-guard tests share them).
@pytest.fixture
def store(tmp_path):
    from smartcheck.store import Store

    store = Store.open(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, store):
    from tests.helpers.ui import main_window

    with main_window(qtbot, store) as window:
        yield window
