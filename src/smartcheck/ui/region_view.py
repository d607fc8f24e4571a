"""The „Region“ page: profile files of several municipalities side by side.

Files are added with the same checks as ``smartcheck region`` (all of a
selection or none, a message naming the bad file). The comparison is the
core's :func:`~smartcheck.core.region.build_region`; the page shows its
table (shaded by level, the number always written), the median, each
municipality's distance, the suggestions and what was not compared. A
region is kept in the store under its name, and its paper comes from the
same report module as on the command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.labels import format_date
from ..core.region import Region, build_region
from . import dialogs
from .widgets import FitTable, title_label

translate = QCoreApplication.translate
SHADES = ("#ffffff", "#e0e0e0", "#b8b8b8", "#808080", "#484848")


def _num(value: float | None, lang: str, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = (f"{value:+.1f}" if signed else f"{value:.1f}").removesuffix(".0").replace("-", "\u2212")
    return text if lang == "en" else text.replace(".", ",")


class RegionView(QWidget):
    backRequested = Signal()

    def __init__(self, store, lang: str = "de", folder_of=None, pdf_folder_of=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang = store, lang
        self._folder_of = folder_of or Path.home
        self._pdf_folder_of = pdf_folder_of or Path.home
        self.files: list = []  # (source, ProfileFile)
        self.region: Region | None = None

        title = title_label(translate("Region", "Region: Kommunen nebeneinander"))
        self.back_button = QPushButton(translate("Region", "Zurück zur &Übersicht"))
        self.back_button.clicked.connect(self.backRequested)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.back_button)

        self.stored = QComboBox()
        self.stored.setAccessibleName(translate("Region", "Gespeicherte Region"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Region", "z. B. Amt Beispiel 2026"))
        self.own = QComboBox()
        self.own.setAccessibleName(translate("Region", "Eigene Kommune"))
        form = QFormLayout()
        for text, field in (
            (translate("Region", "&Gespeicherte Region:"), self.stored),
            (translate("Region", "&Name der Region:"), self.name),
            (translate("Region", "&Eigene Kommune:"), self.own),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.add_button = QPushButton(translate("Region", "Profile &hinzufügen …"))
        self.clear_button = QPushButton(translate("Region", "&Leeren"))
        self.save_button = QPushButton(translate("Region", "Region &speichern"))
        self.pdf_button = QPushButton(translate("Region", "&PDF erstellen …"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.clear_button, self.save_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.hint = QLabel(
            translate(
                "Region", "Fügen Sie Profildateien hinzu, die Kommunen mit „Profil weitergeben …“ erstellt haben."
            )
        )
        self.hint.setWordWrap(True)
        self.table = FitTable([""], translate("Region", "Stufen der Kommunen je Erfolgsfaktor"))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(form)
        body.addLayout(buttons)
        for widget in (self.hint, self.legend, self.table, self.suggestions, self.notes):
            body.addWidget(widget)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll)

        self.add_button.clicked.connect(self.add_files)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.make_pdf)
        self.stored.activated.connect(self._open_stored)
        self.own.currentIndexChanged.connect(lambda *_: self._show())
        self.refresh_stored()
        self._show()

    # ---------------------------------------------------------------- data
    def refresh_stored(self) -> None:
        from ..store.regions import region_names

        self.stored.blockSignals(True)
        self.stored.clear()
        self.stored.addItem(translate("Region", "(neue Region)"), None)
        for name in region_names(self.store):
            self.stored.addItem(name, name)
        self.stored.blockSignals(False)

    def _open_stored(self) -> None:
        from ..store.regions import load_region

        name = self.stored.currentData()
        if name is None:
            self.clear()
            return
        try:
            stored = load_region(self.store, name)
        except UserError as error:
            dialogs.error(self, translate("Region", "Region nicht lesbar"), str(error))
            return
        self.files = list(stored.profiles)
        self.name.setText(stored.name)
        self._fill_own(stored.own)
        self._show()

    def add_paths(self, paths: list[Path]) -> bool:
        from ..store.profile_files import read_profiles

        try:
            added = read_profiles(list(paths))
        except UserError as error:
            dialogs.error(self, translate("Region", "Profil nicht lesbar"), str(error))
            return False
        self.files += added
        self._fill_own(self.own.currentData())
        self._show()
        return True

    def add_files(self) -> None:
        paths = dialogs.open_files(
            self,
            translate("Region", "Profile hinzufügen"),
            self._folder_of(),
            translate("Region", "SmartCheck-Profile (*.json)"),
        )
        if paths:
            self.add_paths(paths)

    def clear(self) -> None:
        self.files = []
        self.name.clear()
        self._fill_own(None)
        self._show()

    def _fill_own(self, own: str | None) -> None:
        names = sorted({p.municipality.name for _, p in self.files if p.municipality.name})
        self.own.blockSignals(True)
        self.own.clear()
        self.own.addItem(translate("Region", "(keine)"), None)
        for name in names:
            self.own.addItem(name, name)
        if own is None:  # by default: the municipality whose assessments are in this data folder
            latest = self.store.latest(complete_only=True)
            own = latest.municipality.name if latest else None
        index = self.own.findData(own) if own else 0
        self.own.setCurrentIndex(max(0, index))
        self.own.blockSignals(False)

    def save(self) -> None:
        from ..store.regions import save_region

        name = self.name.text().strip()
        if not name or not self.files:
            dialogs.error(
                self,
                translate("Region", "Region nicht gespeichert"),
                translate("Region", "Bitte geben Sie der Region einen Namen und fügen Sie Profile hinzu."),
            )
            return
        try:
            save_region(self.store, name, self.files, self.own.currentData())
        except UserError as error:
            dialogs.error(self, translate("Region", "Region nicht gespeichert"), str(error))
            return
        self.refresh_stored()
        self.stored.setCurrentIndex(max(0, self.stored.findData(name)))

    def make_pdf(self) -> Path | None:
        from ..core.labels import file_name
        from ..report.region_pdf import write_region

        if not self.region or not self.region.members:
            return None
        name = self.name.text().strip()
        suggested = self._pdf_folder_of() / file_name(
            name or "Region", self.region.members[0].profile.date, "-Region.pdf"
        )
        path = dialogs.save_file(
            self, translate("Region", "Regionspapier speichern"), suggested, translate("Region", "PDF (*.pdf)")
        )
        if path is None:
            return None
        try:
            written = write_region(self.region, name, path, lang=self.lang)
        except UserError as error:
            dialogs.error(self, translate("Region", "PDF nicht erstellt"), str(error))
            return None
        dialogs.inform(
            self,
            translate("Region", "PDF erstellt"),
            translate("Region", "Das Regionspapier wurde gespeichert:\n{path}").format(path=written),
        )
        return written

    # ---------------------------------------------------------------- view
    def _show(self) -> None:
        region = self.region = build_region(self.files, own=self.own.currentData(), lang=self.lang)
        has = bool(region.members)
        self.hint.setVisible(not has)
        self.table.setVisible(has)
        self.legend.setVisible(has)
        self.save_button.setEnabled(bool(self.files))
        self.pdf_button.setEnabled(has)
        if not has:
            self.suggestions.clear()
            self.notes.setText("\n".join(region.duplicates))
            return
        headers = [translate("Region", "Kommune")] + [str(i) for i in range(1, len(region.dimensions) + 1)]
        headers += [translate("Region", "Abstand zum Median"), translate("Region", "Stand")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = [
            [translate("Region", "Median der Region")]
            + [_num(region.medians.get(d), self.lang) for d, _ in region.dimensions]
            + ["", ""]
        ]
        for m in region.members:
            rows.append(
                [m.label + (translate("Region", " (eigene Kommune)") if m.own else "")]
                + [self._cell(region, m, d) for d, _ in region.dimensions]
                + [_num(region.distance(m), self.lang), format_date(m.profile.date, self.lang)]
            )
        self.table.set_rows(rows, centered=tuple(range(1, len(headers))))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, m in enumerate(region.members, start=1):
            for c, (dim_id, _) in enumerate(region.dimensions, start=1):
                level = region.level(m, dim_id)
                if level is not None:
                    item = self._item(r, c)
                    item.setBackground(QBrush(QColor(SHADES[level])))
                    item.setForeground(QBrush(QColor("#ffffff" if level >= 3 else "#000000")))
            if m.own:
                for c in range(len(headers)):
                    self._item(r, c).setFont(bold)
        for c in range(len(headers)):
            self._item(0, c).setFont(bold)
        for i, (_, name) in enumerate(region.dimensions, start=1):
            header = self.table.horizontalHeaderItem(i)
            if header is not None:
                header.setToolTip(name)
        self.table.stretch(0)
        self.legend.setText(
            translate("Region", "Stufen 0–4 je Erfolgsfaktor, in Klammern der Abstand zum Median: ")
            + ", ".join(f"{i} {name}" for i, (_, name) in enumerate(region.dimensions, 1))
        )
        self.suggestions.setText(
            "<b>"
            + translate("Region", "Voneinander lernen")
            + "</b><br>"
            + "<br>".join("• " + _escape(s) for s in region.suggestions())
        )
        notes = []
        for other in region.other_versions:
            notes.append(
                translate("Region", "Nicht direkt verglichen ({questionnaire}): {names}; geändert: {changed}").format(
                    questionnaire=other.questionnaire,
                    names=", ".join(other.members),
                    changed=", ".join(other.changed) or translate("Region", "keine Frage"),
                )
            )
        self.notes.setText("\n".join(notes + region.duplicates))

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """The table's item at ``row``, ``column`` (every cell gets one when the table is filled)."""
        item = self.table.item(row, column)
        if item is None:
            raise LookupError(f"region table: no item at {row}, {column}")
        return item

    def _cell(self, region: Region, member, dim_id: str) -> str:
        level = region.level(member, dim_id)
        if level is None:
            return "–"
        diff = region.difference(member, dim_id)
        return f"{level} ({_num(diff, self.lang, signed=True)})" if diff else str(level)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
