"""Screenshots of the application for docs/screenshots (offscreen, demo data).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py

Builds a temporary data folder with the demo municipality and grabs the
welcome page, home, a wizard dimension page, the wizard's review page, the
result, the comparison and the help window on a 1366 x 768 screen (the main
window filling it, the wizard at its own size), and home, result and a wizard
page again at 150 % text size. Look at the pictures after a change of the layout.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SMARTCHECK_SCREEN", "1366x768")  # the office laptop (smartcheck.ui.screen)

from PySide6.QtCore import QEventLoop, QSize, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from smartcheck.store import Store  # noqa: E402
from smartcheck.store.demo import add_demo  # noqa: E402
from smartcheck.ui.i18n import apply_text_size, install_language  # noqa: E402
from smartcheck.ui.main_window import MainWindow  # noqa: E402
from smartcheck.ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = QSize(1366, 768)


def settle(ms: int = 250) -> None:
    """Let layouts and deferred work finish (one event loop, not a processEvents spin)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(OUT.parents[1]))


def window_for(store: Store, text_size: int) -> MainWindow:
    apply_text_size(text_size)
    window = MainWindow(store.data_dir, Settings(text_size=text_size))
    window.resize(SIZE)  # as if maximised on the 1366 x 768 screen
    window.attach_store(store)
    window.show()
    return window


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language("de")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "data") as store:
        window = window_for(store, 100)
        grab(window, "welcome")
        add_demo(store)
        window.show_home()
        grab(window, "home")

        summaries = store.list_assessments()
        draft = next(s for s in summaries if s.status == "draft")
        complete = [s.id for s in summaries if s.status == "complete"]
        window.continue_assessment(draft.id)
        wizard = window.wizard
        questionnaire = wizard.session.assessment.questionnaire
        wizard.jump_to(f"dimension:{questionnaire.dimensions[1].id}")
        grab(wizard, "wizard-dimension")
        wizard.jump_to("review")
        grab(wizard, "wizard-review")
        wizard.jump_to("measures")  # the open measures of the 2025 plan, asked about first
        grab(wizard, "wizard-measures")
        wizard.close()
        settle()

        window.show_result(complete[0])
        grab(window, "result")
        window.show_compare(complete[-1], complete[0])
        grab(window, "compare")
        window.show_measures()
        grab(window, "measures")
        window.show_result(complete[0])
        helper = window.open_help("result")
        grab(helper, "help")
        helper.close()
        window.close()

        large = window_for(store, 150)
        large.show_home()
        grab(large, "home-150")
        large.show_result(complete[0])
        grab(large, "result-150")
        large.continue_assessment(draft.id)
        large.wizard.jump_to(f"dimension:{questionnaire.dimensions[1].id}")
        grab(large.wizard, "wizard-dimension-150")
        large.wizard.close()
        settle()
        large.close()
        apply_text_size(100)
        settle()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
