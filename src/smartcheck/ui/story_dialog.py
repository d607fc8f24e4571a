"""„Für Bürgerinnen und Bürger“: the one-page story, with a contact, as PDF or text.

The contact is kept in ``buergerseite.json`` in the data folder, so it is
there again next time (and travels with a portable data folder).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.findings import report_file_name
from ..core.story import build_story, story_text
from . import dialogs

translate = QCoreApplication.translate
CONTACT_FILE = "buergerseite.json"


def load_contact(data_dir: Path) -> str:
    try:
        value = json.loads((Path(data_dir) / CONTACT_FILE).read_text(encoding="utf-8")).get("contact", "")
    except (OSError, ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""


def save_contact(data_dir: Path, contact: str) -> None:
    from ..atomic import write_atomic

    write_atomic(Path(data_dir) / CONTACT_FILE, json.dumps({"contact": contact}, ensure_ascii=False).encode("utf-8"))


class StoryDialog(QDialog):
    def __init__(
        self,
        assessment,
        history: list,
        data_dir: Path,
        pdf_folder: Path,
        lang: str = "de",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.assessment, self.history = assessment, history
        self.data_dir, self.pdf_folder = Path(data_dir), Path(pdf_folder)
        self.saved: Path | None = None
        self.setWindowTitle(translate("Story", "Für Bürgerinnen und Bürger"))
        intro = QLabel(
            translate(
                "Story",
                "Eine Seite in einfacher Sprache für Amtsblatt, Website oder Aushang: wo die Kommune steht, "
                "was erreicht ist, die nächsten drei Schritte und wie man mitmachen kann.",
            )
        )
        intro.setWordWrap(True)
        self.contact = QLineEdit(load_contact(self.data_dir))
        self.contact.setPlaceholderText(translate("Story", "z. B. Rathaus, Zimmer 12, Tel. 01234 5678, E-Mail"))
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if lang == "en" else 0)
        form = QFormLayout()
        contact_label = QLabel(translate("Story", "&Kontakt für Bürgerinnen und Bürger:"))
        contact_label.setBuddy(self.contact)
        language_label = QLabel(translate("Story", "&Sprache:"))
        language_label.setBuddy(self.language)
        form.addRow(contact_label, self.contact)
        form.addRow(language_label, self.language)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("Story", "Vorschau des Textes"))
        self.preview.setMinimumSize(560, 360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(
            translate("Story", "&PDF speichern …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = buttons.addButton(
            translate("Story", "Text &kopieren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        self.copy_button.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        self.contact.textChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._update()

    def story(self):
        return build_story(self.assessment, self.history, lang=self.language.currentData(), contact=self.contact.text())

    def _update(self) -> None:
        self.preview.setPlainText(story_text(self.story()))

    def _remember(self) -> None:
        try:
            save_contact(self.data_dir, " ".join(self.contact.text().split()))
        except Exception:  # noqa: BLE001 - remembering the contact is a convenience, never a failure
            pass

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(story_text(self.story()))
        self._remember()

    def save_pdf(self) -> None:
        from ..core.errors import UserError
        from ..report.story_pdf import write_story

        suggested = self.pdf_folder / report_file_name(self.assessment, "story", self.story().lang)
        path = dialogs.save_file(
            self,
            translate("Story", "Seite für Bürgerinnen und Bürger speichern"),
            suggested,
            translate("Story", "PDF (*.pdf)"),
        )
        if path is None:
            return
        self._remember()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.saved = write_story(self.story(), path)
        except (UserError, OSError) as error:
            dialogs.error(self, translate("Story", "PDF nicht gespeichert"), str(error))
            return
        dialogs.inform(
            self,
            translate("Story", "PDF gespeichert"),
            translate("Story", "Die Seite wurde gespeichert:\n{path}").format(path=self.saved),
        )
