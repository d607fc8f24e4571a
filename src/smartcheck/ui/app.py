"""Start of the desktop application.

Order matters for a quick start: the QApplication, the translators and the
main window come first, the home page is filled from the light read of the
database (store/listing.py: sqlite3 alone, read-only) and the window is shown
at once; the store (which brings pydantic and the core models) is opened
right after, from the event loop, and fills the page again (the same rows).
What the user asks for in between waits for it (``MainWindow.show_first``). If the store cannot be opened (another SmartCheck holds it, or the
database is damaged) the user gets one clear message and the program exits
with status 1 -- except for a damaged database with a usable backup: then
the user is asked whether to restore the backup, to begin with an empty
database, or to quit (``dialogs.offer_restore``).

``SMARTCHECK_QUIT_AFTER`` (``shown``, ``filled`` or ``ready``) is a hidden switch
for benchmarks/bench_startup.py: quit once the window is shown, once the home
page shows the list (or the welcome), or once the store is open and the
window ready for input. With ``filled`` and ``ready`` the number of rows the
list shows is printed (``HOME_ROWS n``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from .. import paths

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from ..store import DamagedDatabase, Store
    from .main_window import MainWindow

translate = QCoreApplication.translate
QUIT_AFTER = "SMARTCHECK_QUIT_AFTER"


def show_start_error(title: str, text: str) -> None:
    """The one modal message at start-up; tests replace it."""
    from . import dialogs

    dialogs.error(None, title, text)


def install_crash_hook(folder: Path) -> None:
    """The last line of defence: an unexpected exception writes a crash report into
    the data folder, a dialog names the file, and the program ends with status 1.
    Not with SMARTCHECK_DEBUG=1 (tests): then the exception stays as it is."""
    from .. import crash

    if crash.debugging():
        return

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        path = crash.write_report(error.with_traceback(trace), "(Anwendung)", folder)
        text = translate(
            "App",
            "Unerwarteter Fehler – das ist ein Fehler in SmartCheck, nicht in Ihren Daten. "
            "Ein Bericht steht in {path}; bitte schicken Sie ihn an den Support. "
            "Gespeicherte Einschätzungen sind nicht betroffen.",
        )
        show_start_error(translate("App", "SmartCheck wird beendet"), text.format(path=path or "–"))
        QCoreApplication.exit(1)

    sys.excepthook = hook


def open_store(window: MainWindow) -> bool:
    """Open the data folder's store and hand it to the window; False after a message."""
    from ..core.errors import UserError
    from ..store import DamagedDatabase, Store
    from . import dialogs

    store: Store | None
    try:
        store = Store.open(window.data_dir)
    except DamagedDatabase as error:
        store = after_damage(window, error)
        if store is None:
            return False
    except UserError as error:  # StoreLocked is a UserError too
        show_start_error(
            translate("App", "SmartCheck kann nicht starten"), dialogs.message(error, window.settings.language)
        )
        return False
    window.attach_store(store)
    return True


def restore_question(error: DamagedDatabase, lang: str) -> str:
    """The question after a damaged database, naming the file set aside and the backup (both are there)."""
    backup, aside = error.backup, error.aside
    if backup is None or aside is None:
        raise ValueError("no backup to offer")
    when = backup.created.strftime("%Y-%m-%d %H:%M" if lang == "en" else "%d.%m.%Y, %H:%M")
    if backup.assessments == 1:
        count = translate("App", "eine Einschätzung")
    else:
        count = translate("App", "{count} Einschätzungen").format(count=backup.assessments)
    return translate(
        "App",
        "Die Datenbank war beschädigt und wurde als {file} beiseitegelegt. Soll die Sicherung "
        "vom {date} ({count}) wiederhergestellt werden?\n\nWas nach dieser Sicherung eingegeben wurde, ist "
        "darin nicht enthalten und geht verloren; die beschädigte Datei bleibt im Datenordner.",
    ).format(file=aside.name, date=when, count=count)


def after_damage(window: MainWindow, error: DamagedDatabase) -> Store | None:
    """Offer the newest usable backup; the opened store, or None after "Beenden" or a message."""
    from ..core.errors import UserError
    from ..store import Store, restore_backup
    from . import dialogs

    title = translate("App", "SmartCheck kann nicht starten")
    if error.backup is None or error.aside is None:  # nothing to offer, or the file is still in the way
        show_start_error(title, dialogs.message(error, window.settings.language))
        return None
    answer = dialogs.offer_restore(
        window, translate("App", "Datenbank beschädigt"), restore_question(error, window.settings.language)
    )
    if answer not in (dialogs.RESTORE, dialogs.START_EMPTY):
        return None
    try:
        if answer == dialogs.RESTORE:
            restore_backup(window.data_dir, error.backup)
        store = Store.open(window.data_dir)
    except UserError as failure:
        show_start_error(title, dialogs.message(failure, window.settings.language))
        return None
    if answer == dialogs.RESTORE:
        window.statusBar().showMessage(
            translate(
                "App", "Sicherung wiederhergestellt; die beschädigte Datei liegt als {file} im Datenordner."
            ).format(file=error.aside.name),
            15000,
        )
    return store


def run(data_dir: str | None = None) -> int:
    from .i18n import apply_text_size, install_language
    from .main_window import MainWindow, drop_source_cache
    from .settings import load_settings

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    folder = Path(paths.data_dir(data_dir))
    install_crash_hook(folder)
    settings = load_settings(folder)
    install_language(settings.language)
    apply_text_size(settings.text_size)
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)

    window = MainWindow(folder, settings)
    quit_after = os.environ.get(QUIT_AFTER, "")
    if quit_after != "shown":
        from ..store.listing import read_listing

        listing = read_listing(folder, settings.language)  # None: the page waits for the store
        if listing is not None:
            window.show_first(listing)
    window.show()
    if quit_after == "shown" or (quit_after == "filled" and window.has_home()):
        if quit_after == "filled":
            print("HOME_ROWS", window.home.model.rowCount(), flush=True)  # what the benchmark checks
        QTimer.singleShot(0, app.quit)
        return _finish(app, window, app.exec())

    def start() -> None:
        # The focus mark and the keyboard tooltips (about 30 ms of Qt style and key enums): after
        # the first drawing, before the store opens and anything can be typed or a dialog appears.
        from .focus_style import install as install_focus_style

        install_focus_style(app)
        if not open_store(window):
            app.exit(1)
            return
        drop_source_cache()
        if quit_after in ("filled", "ready"):
            print("HOME_ROWS", window.home.model.rowCount(), flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, start)
    return _finish(app, window, app.exec())


def _finish(app: QApplication, window: MainWindow, code: int) -> int:
    """Close the window and the store after the event loop has ended."""
    window.close()
    if window.store is not None:
        window.store.close()
    window.deleteLater()
    # Closing the last window posts a quit request; drop it, so a later event
    # loop in the same process (tests) does not end at once.
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    return code


def _icon() -> QIcon | None:
    try:
        folder = paths.assets_dir() / "icons"
    except FileNotFoundError:
        return None
    files = sorted(folder.glob("smartcheck-*.png"))
    if not files:
        return None
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for file in files:
        icon.addFile(str(file))
    return icon
