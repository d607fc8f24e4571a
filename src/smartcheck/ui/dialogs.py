"""Every modal dialog and every hand-over to the desktop, in one place.

The views call these functions through the module (``dialogs.inform(...)``),
so a test replaces one function with ``monkeypatch.setattr`` and never blocks
on a dialog's ``exec()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def message(error: BaseException, lang: str) -> str:
    """An error's text in the interface language (``UserError.text``), else as it is."""
    text = getattr(error, "text", None)
    return text(lang) if callable(text) else str(error)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def message_dialog(parent: QWidget | None, title: str, text: str, lead: str = "") -> QDialog:
    """A message too long for a message box: ``lead`` on top, ``text`` in a box that scrolls, then OK.

    It fits the screen at any text size (the OK button always shows); the text
    box takes the keyboard focus, so the arrow and page keys scroll it and a
    screen reader reads it; Return or Esc closes the dialog.
    """
    from . import screen

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    if lead:
        head = QLabel(lead)
        head.setWordWrap(True)
        layout.addWidget(head)
    body = QPlainTextEdit(text)
    body.setReadOnly(True)
    body.setObjectName("message")
    body.setAccessibleName(title)
    body.setTabChangesFocus(True)
    layout.addWidget(body, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
    metrics = body.fontMetrics()
    lines = sum(max(1, len(line) // 70 + 1) for line in text.split("\n"))
    width = 72 * metrics.horizontalAdvance("n") + 48
    height = (lines + 2) * metrics.lineSpacing() + buttons.sizeHint().height() + 60
    room = screen.available(parent)
    screen.fit(dialog, QSize(width, min(height, room.height() * 4 // 5)), centre_on=parent)
    screen.keep_inside_when_shown(dialog)
    body.setFocus()
    return dialog


def inform_long(parent: QWidget | None, title: str, text: str) -> None:
    message_dialog(parent, title, text).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Offer a few actions as buttons; returns the index chosen, None for "Schließen"."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
    if buttons:  # Return takes the first action, the one the text leads with; Esc closes
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


RESTORE, START_EMPTY, QUIT = "restore", "empty", "quit"


def restore_box(parent: QWidget | None, title: str, text: str) -> tuple[QMessageBox, dict]:
    """The question after a damaged database, not yet shown: the box and its buttons by answer."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {
        RESTORE: box.addButton(translate("Dialogs", "&Sicherung wiederherstellen"), QMessageBox.ButtonRole.AcceptRole),
        START_EMPTY: box.addButton(translate("Dialogs", "&Leer beginnen"), QMessageBox.ButtonRole.DestructiveRole),
        QUIT: box.addButton(translate("Dialogs", "&Beenden"), QMessageBox.ButtonRole.RejectRole),
    }
    box.setDefaultButton(buttons[RESTORE])
    box.setEscapeButton(buttons[QUIT])
    return box, buttons


def offer_restore(parent: QWidget | None, title: str, text: str) -> str:
    """Ask whether to restore a backup: RESTORE, START_EMPTY or QUIT (also for Esc)."""
    box, buttons = restore_box(parent, title, text)
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in buttons.items() if button is clicked), QUIT)


def file_dialog(
    parent: QWidget | None, title: str, folder: Path, name_filter: str = "", mode: str = "open"
) -> QFileDialog:
    """A file dialog, not yet shown, roomy at large text and inside the screen ("open", "save", "folder")."""
    from . import screen

    dialog = QFileDialog(parent, title, str(folder), name_filter)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(Path(folder).name)
        dialog.setDirectory(str(Path(folder).parent))
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    em = dialog.fontMetrics().horizontalAdvance("M")
    screen.fit(dialog, QSize(70 * em, 42 * dialog.fontMetrics().lineSpacing()), centre_on=parent)
    screen.keep_inside_when_shown(dialog)
    return dialog


def _chosen(dialog: QFileDialog) -> list[Path]:
    return [Path(f) for f in dialog.selectedFiles()] if dialog.exec() else []


def open_files(parent: QWidget | None, title: str, folder: Path, name_filter: str) -> list[Path]:
    return _chosen(file_dialog(parent, title, folder, name_filter))


def save_file(parent: QWidget | None, title: str, suggested: Path, name_filter: str) -> Path | None:
    files = _chosen(file_dialog(parent, title, suggested, name_filter, mode="save"))
    return files[0] if files else None


def choose_folder(parent: QWidget | None, title: str, folder: Path) -> Path | None:
    files = _chosen(file_dialog(parent, title, folder, mode="folder"))
    return files[0] if files else None


def open_path(path: Path) -> bool:
    """Open a file or folder with the desktop's program for it (a local file URL)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
