"""Before the Kurzfassung is made: which measures to propose, who is responsible, by when.

Every measure of the action plan is listed in rank order; the default choice
(the ranking spread over the dimensions, :meth:`Findings.default_selection`)
is ticked. A name typed as "verantwortlich" replaces the role in the paper; the
date starts at the assessment date plus the measure's horizon. Gremium,
Sitzung, Datum and Vorlagen-Nr. may be filled here or left as lines to fill by
hand. At most eight measures fit the paper. "Gewählte Maßnahmen als beschlossen
übernehmen" (off by default) stores the chosen ones as measures once the paper
is written (:mod:`.pdf_job`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.findings import PROPOSAL_MAX, CouncilChoice, Findings, measure_title

translate = QCoreApplication.translate


class CouncilDialog(QDialog):
    def __init__(self, findings: Findings, lang: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Council", "Kurzfassung für den Rat vorbereiten"))
        self.findings, self.lang = findings, lang
        chosen = set(findings.default_selection())
        defaults = {p.number: p for p in findings.proposal(list(range(1, len(findings.plan.measures) + 1)), lang=lang)}
        intro = QLabel(
            translate(
                "Council",
                "Wählen Sie die Maßnahmen, die der Rat beschließen soll (höchstens "
                "acht), und tragen Sie, wo bekannt, die verantwortliche Person und "
                "das Datum ein.",
            )
        )
        intro.setWordWrap(True)

        self.committee, self.meeting, self.paper_date, self.paper_number = (QLineEdit() for _ in range(4))
        form = QFormLayout()
        for text, field in (
            (translate("Council", "&Gremium:"), self.committee),
            (translate("Council", "&Sitzung am:"), self.meeting),
            (translate("Council", "&Datum der Vorlage:"), self.paper_date),
            (translate("Council", "&Vorlagen-Nr.:"), self.paper_number),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setPlaceholderText(translate("Council", "leer lassen: Feld zum Ausfüllen"))
            form.addRow(label, field)

        measures = findings.plan.measures
        self.table = QTableWidget(len(measures), 3)
        self.table.setAccessibleName(translate("Council", "Maßnahmen für den Beschlussvorschlag"))
        self.table.setHorizontalHeaderLabels(
            [translate("Council", "Maßnahme"), translate("Council", "verantwortlich"), translate("Council", "bis")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.owners: dict[int, QLineEdit] = {}
        self.dues: dict[int, QDateEdit] = {}
        self.items: dict[int, QTableWidgetItem] = {}
        for row, measure in enumerate(measures):
            number = row + 1
            proposed = defaults[number]
            title = measure_title(measure.recommendation, lang)
            item = QTableWidgetItem(f"{number}. {title}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if number in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(measure.recommendation.text.get(lang))
            self.table.setItem(row, 0, item)
            self.items[number] = item
            owner = QLineEdit()
            owner.setPlaceholderText(proposed.owner)
            owner.setAccessibleName(translate("Council", "Verantwortlich für Maßnahme {n}").format(n=number))
            self.table.setCellWidget(row, 1, owner)
            self.owners[number] = owner
            due = QDateEdit(QDate(proposed.due.year, proposed.due.month, proposed.due.day))
            due.setCalendarPopup(True)
            due.setDisplayFormat("dd.MM.yyyy")
            due.setAccessibleName(translate("Council", "Erledigt bis, Maßnahme {n}").format(n=number))
            self.table.setCellWidget(row, 2, due)
            self.dues[number] = due
        em = self.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(0, 38 * em)
        self.table.setColumnWidth(1, 13 * em)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.table.itemChanged.connect(self._update)

        self.count = QLabel()
        self.adopt = QCheckBox(translate("Council", "Gewählte Maßnahmen als &beschlossen übernehmen"))
        self.adopt.setToolTip(
            translate(
                "Council",
                "Wenn der Bericht geschrieben ist, werden die gewählten "
                "Maßnahmen mit Zuständigkeit und Datum auf der Seite "
                "„Maßnahmen“ verfolgt. Schon übernommene kommen nicht doppelt "
                "hinzu.",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.adopt)
        layout.addWidget(self.buttons)
        self.resize(66 * self.fontMetrics().horizontalAdvance("M"), 36 * self.fontMetrics().height())
        self._update()

    def numbers(self) -> list[int]:
        return [n for n, item in self.items.items() if item.checkState() == Qt.CheckState.Checked]

    def _update(self, *_args) -> None:
        n = len(self.numbers())
        self.count.setText(
            translate("Council", "{n} Maßnahmen gewählt (höchstens {max}).").format(n=n, max=PROPOSAL_MAX)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(0 < n <= PROPOSAL_MAX)

    def choice(self) -> CouncilChoice:
        numbers = self.numbers()
        defaults = {p.number: p.due for p in self.findings.proposal(numbers, lang=self.lang)}
        dues = {}
        for n in numbers:
            q = self.dues[n].date()
            picked = date(q.year(), q.month(), q.day())
            if picked != defaults[n]:
                dues[n] = picked
        return CouncilChoice(
            numbers=numbers,
            owners={n: self.owners[n].text().strip() for n in numbers if self.owners[n].text().strip()},
            dues=dues,
            committee=self.committee.text().strip(),
            meeting=self.meeting.text().strip(),
            paper_date=self.paper_date.text().strip(),
            paper_number=self.paper_number.text().strip(),
            adopt=self.adopt.isChecked(),
        )


def ask_council(parent: QWidget | None, findings: Findings, lang: str) -> CouncilChoice | None:
    """The dialog, modal; None when cancelled. Tests replace this function."""
    dialog = CouncilDialog(findings, lang, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
