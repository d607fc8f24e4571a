"""Alt+letter is unique in every window and every menu, in German and in English.

The walk visits the main window's pages (welcome, list, result, comparison)
with its menu bar, every wizard page with the wizard's buttons, and the
settings dialog; a mnemonic counts where its control is visible. The same
label repeated for the same control in each question ("&Notiz:" beside every
question's note) is allowed: Alt+N then goes from one note to the next.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from smartcheck.ui.i18n import install_language
from smartcheck.ui.settings import Settings
from tests.helpers.ui import main_window

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(window: QWidget, extra: list[str] = ()) -> list[tuple[str, str]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if mnemonic(text):
            found.append((mnemonic(text), text))
    found += [(mnemonic(t), t) for t in extra if mnemonic(t)]
    return found


def assert_unique(where: str, found: list[tuple[str, str]]) -> None:
    counts = Counter(key for key, _ in set(found))
    clashes = {key: sorted({t for k, t in found if k == key}) for key, n in counts.items() if n > 1}
    assert not clashes, f"{where}: {clashes}"


@pytest.fixture
def restore_german():
    yield
    install_language("de")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_window_and_menu_has_unique_mnemonics(qtbot, tmp_path, lang, restore_german, monkeypatch):
    install_language(lang)
    store = Store.open(tmp_path / "data")
    checked = 0
    with main_window(qtbot, store, Settings(language=lang)) as window:
        menus = [action.text() for action in window.menuBar().actions()]
        for action in window.menuBar().actions():
            assert_unique(
                f"{lang} menu {action.text()}",
                [(mnemonic(a.text()), a.text()) for a in action.menu().actions() if mnemonic(a.text())],
            )
            checked += 1
        assert_unique(f"{lang} welcome", mnemonics(window, menus))
        add_demo(store)
        window.show_home()
        assert_unique(f"{lang} list", mnemonics(window, menus))
        complete = [s for s in store.list_assessments() if s.status == "complete"]
        window.show_result(complete[-1].id)
        assert_unique(f"{lang} result", mnemonics(window, menus))
        window.show_compare(complete[0].id, complete[-1].id)
        assert_unique(f"{lang} compare", mnemonics(window, menus))
        checked += 4

        dialog = window.open_settings()
        qtbot.waitExposed(dialog)
        assert_unique(f"{lang} settings", mnemonics(dialog))
        dialog.reject()

        monkeypatch.setattr(dialogs, "choose", lambda *args: 1)
        window.new_assessment()
        wizard = window.wizard
        for page in [p.id for p in wizard.session.pages]:
            wizard.jump_to(page)
            assert_unique(f"{lang} wizard {page}", mnemonics(wizard))
            checked += 1
    store.close()
    assert checked > 15
