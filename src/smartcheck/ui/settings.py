"""Settings: language, text size and the PDF folder, kept in the data folder.

They live in ``settings.json`` beside the database, so a portable data folder
on a USB stick carries them along. A damaged or foreign file falls back to
the defaults instead of stopping the program.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from . import dialogs, screen
from .i18n import LANGUAGES, TEXT_SIZES

translate = QCoreApplication.translate
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    language: str = "de"
    text_size: int = 100
    pdf_dir: str = ""  # empty: Documents/SmartCheck
    window: tuple[int, int, int, int] | None = None  # the main window's place: x, y, width, height

    @property
    def pdf_folder(self) -> Path:
        return Path(self.pdf_dir).expanduser() if self.pdf_dir else paths.documents_dir()


def load_settings(data_dir: Path) -> Settings:
    from ..core.errors import UserError
    from ..core.limits import read_limited

    try:  # a regular file of at most 64 KB (never a pipe or a device in the data folder)
        raw = json.loads(read_limited(Path(data_dir) / FILE_NAME, 65536).decode("utf-8"))
    except (OSError, ValueError, RecursionError, UserError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    settings = Settings()
    if raw.get("language") in LANGUAGES:
        settings = replace(settings, language=raw["language"])
    if raw.get("text_size") in TEXT_SIZES:
        settings = replace(settings, text_size=raw["text_size"])
    if isinstance(raw.get("pdf_dir"), str):
        settings = replace(settings, pdf_dir=raw["pdf_dir"])
    window = raw.get("window")
    if isinstance(window, list) and len(window) == 4 and all(type(v) is int for v in window):
        settings = replace(settings, window=tuple(window))
    return settings


def save_settings(data_dir: Path, settings: Settings) -> None:
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (FILE_NAME + ".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, folder / FILE_NAME)


class SettingsDialog(QDialog):
    """Language, text size, data folder (shown, with a button to open it), PDF folder."""

    applied = Signal(object)  # Settings

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Settings", "Einstellungen"))
        self._settings = settings
        self._data_dir = Path(data_dir)
        form = QFormLayout()

        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(translate("Settings", "Sprache"))
        label = QLabel(translate("Settings", "&Sprache:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)

        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(translate("Settings", "{size} %").format(size=size), size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_size)))
        self.text_size.setAccessibleName(translate("Settings", "Textgröße"))
        label = QLabel(translate("Settings", "&Textgröße:"))
        label.setBuddy(self.text_size)
        form.addRow(label, self.text_size)

        self.data_folder = QLineEdit(str(self._data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(translate("Settings", "Datenordner"))
        self.open_data = QPushButton(translate("Settings", "Ö&ffnen"))
        self.open_data.setAccessibleName(translate("Settings", "Datenordner öffnen"))
        self.open_data.clicked.connect(lambda: dialogs.open_path(self._data_dir))
        label = QLabel(translate("Settings", "&Datenordner:"))
        label.setBuddy(self.data_folder)
        form.addRow(label, self._row(self.data_folder, self.open_data))

        self.pdf_folder = QLineEdit(str(settings.pdf_folder))
        self.pdf_folder.setAccessibleName(translate("Settings", "Ordner für PDF-Berichte"))
        self.choose_pdf = QPushButton(translate("Settings", "&Auswählen …"))
        self.choose_pdf.setAccessibleName(translate("Settings", "Ordner für PDF-Berichte auswählen"))
        self.choose_pdf.clicked.connect(self._choose_pdf_folder)
        label = QLabel(translate("Settings", "Ordner für &PDF-Berichte:"))
        label.setBuddy(self.pdf_folder)
        form.addRow(label, self._row(self.pdf_folder, self.choose_pdf))

        hint = QLabel(translate("Settings", "Sprache und Textgröße gelten sofort für das Hauptfenster."))
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        wanted = self.sizeHint().expandedTo(self.minimumSizeHint())
        screen.fit(self, QSize(wanted.width() + 200, wanted.height()), centre_on=parent)
        screen.keep_inside_when_shown(self)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return row

    def _choose_pdf_folder(self) -> None:
        title = translate("Settings", "Ordner für PDF-Berichte wählen")
        folder = dialogs.choose_folder(self, title, Path(self.pdf_folder.text() or paths.documents_dir()))
        if folder is not None:
            self.pdf_folder.setText(str(folder))

    def result_settings(self) -> Settings:
        pdf = self.pdf_folder.text().strip()
        if pdf and Path(pdf).expanduser() == paths.documents_dir():
            pdf = ""
        return replace(
            self._settings, language=self.language.currentData(), text_size=self.text_size.currentData(), pdf_dir=pdf
        )

    def accept(self) -> None:
        settings = self.result_settings()
        save_settings(self._data_dir, settings)
        super().accept()
        self.applied.emit(settings)
