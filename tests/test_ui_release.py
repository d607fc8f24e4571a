"""The wizard's pages and widgets are released when the wizard closes (weak references, no timers)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from smartcheck.store import Store
from smartcheck.ui import dialogs
from tests.helpers.ui import main_window


def released(refs) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [name for name, ref in refs if ref() is not None]


def test_closing_the_wizard_releases_its_pages_and_widgets(qtbot, tmp_path, monkeypatch):
    store = Store.open(tmp_path / "data")
    monkeypatch.setattr(dialogs, "choose", lambda *args: 1)
    with main_window(qtbot, store) as window:
        for run in range(2):  # the second wizard over a draft is released the same way
            window.new_assessment() if run == 0 else window.continue_assessment(store.list_assessments()[0].id)
            wizard = window.wizard
            qtbot.waitExposed(wizard)
            page = wizard.page(wizard.session.index("profile"))
            page.name.setText("Teststadt")
            page._municipality_edited()
            refs = [("wizard", weakref.ref(wizard)), ("session", weakref.ref(wizard.session))]
            for page_id in [p.id for p in wizard.session.pages]:
                wizard.jump_to(page_id)  # the page's controls are built when it is shown
                page = wizard.page(wizard.session.index(page_id))
                assert wizard.currentPage() is page
                refs.append((page_id, weakref.ref(page)))
                refs += [(f"{page_id}:{type(w).__name__}", weakref.ref(w)) for w in page.findChildren(QWidget)[:40]]
            assert len(refs) > 100
            wizard.reject()
            del wizard, page
            qtbot.waitUntil(lambda: window.wizard is None)
            assert released(refs) == []
    store.close()
