"""„Profil weitergeben …“: the profile file's whole content, shown before it is saved.

The municipality sees exactly what it hands over: the preview is the file's
text, byte for byte (the same function writes it). "Ohne Namen der Kommune"
switches to the anonymous profile and the preview follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .. import __version__
from ..core.labels import file_name
from ..core.profile_share import build_profile, profile_json
from . import dialogs

translate = QCoreApplication.translate


class ShareDialog(QDialog):
    def __init__(self, assessment, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.assessment, self.folder = assessment, Path(folder)
        self.saved: Path | None = None
        self.setWindowTitle(translate("Share", "Profil weitergeben"))
        intro = QLabel(
            translate(
                "Share",
                "Diese Datei können Sie an Nachbarkommunen oder an Ihr Amt geben. Sie enthält nur die "
                "Stufen, Ziele und den Anteil beantworteter Fragen je Erfolgsfaktor, Verwaltungsform, "
                "Größenklasse, Fragebogen und Datum – keine einzelnen Antworten, keine Notizen, keine Namen "
                "von Personen. Unten steht der vollständige Inhalt.",
            )
        )
        intro.setWordWrap(True)
        self.anonymous = QCheckBox(translate("Share", "&Ohne Namen der Kommune (anonym)"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("Share", "Inhalt der Profildatei"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMinimumSize(560, 380)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(translate("Share", "&Speichern …"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.anonymous.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (intro, self.anonymous, self.preview, buttons):
            layout.addWidget(widget)
        self._update()

    def document(self):
        return build_profile(self.assessment, anonymous=self.anonymous.isChecked(), app_version=__version__)

    def _update(self) -> None:
        self.text = profile_json(self.document())
        self.preview.setPlainText(self.text)

    def save(self) -> None:
        from ..atomic import write_atomic
        from ..core.errors import UserError

        name = file_name(
            "Profil-anonym" if self.anonymous.isChecked() else self.assessment.municipality.name,
            self.assessment.date,
            "-Profil.json",
        )
        path = dialogs.save_file(
            self,
            translate("Share", "Profil speichern"),
            self.folder / name,
            translate("Share", "SmartCheck-Profil (*.json)"),
        )
        if path is None:
            return
        try:
            self.saved = write_atomic(path, self.text.encode("utf-8"))
        except UserError as error:
            dialogs.error(self, translate("Share", "Profil nicht gespeichert"), str(error))
            return
        self.accept()
