"""Opening SmartCheck's main window in a test, and closing it cleanly."""

from __future__ import annotations

import gc
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from smartcheck.ui.main_window import MainWindow
from smartcheck.ui.settings import Settings


@contextmanager
def main_window(qtbot, store, settings: Settings | None = None, active: bool = False):
    """The main window on ``store``, shown (and made the active window if asked)."""
    window = MainWindow(store.data_dir, settings or Settings())
    qtbot.addWidget(window)
    window.attach_store(store)
    window.show()
    if active:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    else:
        qtbot.waitExposed(window)
    try:
        yield window
    finally:
        if window.wizard is not None:
            window.wizard.close()
        if window.pdf is not None:
            window.pdf.wait_all()
        window.close()
        gc.collect()
