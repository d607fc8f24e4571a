"""The main window's actions for sharing: „Profil weitergeben …“, „Region“ and
„Für Bürgerinnen und Bürger …“ (menu entries; the main window calls
:func:`add_actions` and :func:`add_pages`).

Sharing and the one-pager act on the assessment on the result page, or else
on the latest completed one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from . import dialogs

translate = QCoreApplication.translate


def add_pages(window) -> None:
    from .region_view import RegionView

    window.region = RegionView(
        window.store,
        window.settings.language,
        folder_of=lambda: window.data_dir,
        pdf_folder_of=lambda: window.settings.pdf_folder,
    )
    window.stack.addWidget(window.region)
    window.region.backRequested.connect(window.show_home)


def add_actions(window, menu, has_store: bool) -> None:
    menu.addSeparator()
    for text, shortcut, slot in (
        (translate("Main", "Profil &weitergeben …"), None, lambda: share_profile(window)),
        (translate("Main", "&Region"), QKeySequence("Ctrl+R"), lambda: show_region(window)),
        (translate("Main", "Für Bür&gerinnen und Bürger …"), None, lambda: citizens_page(window)),
    ):
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        action.setEnabled(has_store)
        menu.addAction(action)


def current_assessment(window):
    """The assessment on the result page, else the latest completed one (None: there is none)."""
    if window.stack.currentWidget() is window.result and window.result.assessment is not None:
        return window.result.assessment
    found = window.store.latest(complete_only=True)
    if found is None:
        dialogs.inform(
            window,
            translate("Main", "Keine abgeschlossene Einschätzung"),
            translate(
                "Main", "Dafür braucht es eine abgeschlossene Einschätzung. Schließen Sie zuerst eine Einschätzung ab."
            ),
        )
    return found


def share_profile(window):
    from ..core.assessment import Status
    from .share_dialog import ShareDialog

    assessment = current_assessment(window)
    if assessment is None:
        return None
    if assessment.status != Status.COMPLETE:
        dialogs.inform(
            window,
            translate("Main", "Entwurf"),
            translate("Main", "Ein Entwurf wird nicht weitergegeben. Bitte schließen Sie die Einschätzung zuerst ab."),
        )
        return None
    dialog = ShareDialog(assessment, window.settings.pdf_folder, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def citizens_page(window):
    from .story_dialog import StoryDialog

    assessment = current_assessment(window)
    if assessment is None:
        return None
    dialog = StoryDialog(
        assessment,
        window.store.history(assessment),
        window.data_dir,
        window.settings.pdf_folder,
        window.settings.language,
        window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_region(window) -> None:
    window.region.refresh_stored()
    window.stack.setCurrentWidget(window.region)
    window.region.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
