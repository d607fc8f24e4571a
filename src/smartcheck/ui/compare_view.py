"""Two assessments side by side, with the change per dimension.

Any two stored assessments can be chosen; the comparison itself is the
core's ``progress.compare`` (dimensions matched by id, questions by their
stable id; added, removed and reworded questions are listed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.assessment import Status
from ..core.findings import signed
from ..core.labels import format_date
from ..core.progress import Comparison, compare
from .widgets import FitTable, title_label

translate = QCoreApplication.translate


class CompareView(QWidget):
    backRequested = Signal()

    def __init__(self, store, lang: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.comparison: Comparison | None = None
        title = title_label(translate("Compare", "Zwei Einschätzungen vergleichen"))
        self.back_button = QPushButton(translate("Compare", "Zurück zur &Übersicht"))
        self.back_button.setAccessibleName(translate("Compare", "Zurück zur Übersicht"))
        self.back_button.clicked.connect(self.backRequested)

        self.before = QComboBox()
        self.before.setAccessibleName(translate("Compare", "Frühere Einschätzung"))
        self.after = QComboBox()
        self.after.setAccessibleName(translate("Compare", "Spätere Einschätzung"))
        form = QFormLayout()
        before_label = QLabel(translate("Compare", "&Frühere Einschätzung:"))
        before_label.setBuddy(self.before)
        after_label = QLabel(translate("Compare", "&Spätere Einschätzung:"))
        after_label.setBuddy(self.after)
        form.addRow(before_label, self.before)
        form.addRow(after_label, self.after)
        self.before.currentIndexChanged.connect(self._update)
        self.after.currentIndexChanged.connect(self._update)

        self.table = FitTable(
            [
                translate("Compare", "Dimension"),
                translate("Compare", "Stufe vorher"),
                translate("Compare", "Stufe nachher"),
                translate("Compare", "Veränderung der Stufe"),
                translate("Compare", "Veränderung des Mittelwerts"),
            ],
            translate("Compare", "Veränderung je Dimension"),
        )
        self.table.stretch(0)
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def show_pair(self, before_id: str, after_id: str) -> None:
        """Fill the choices with every stored assessment and compare the two given."""
        summaries = self.store.list_assessments()
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
            for s in summaries:
                status = "" if s.status == Status.COMPLETE else " " + translate("Compare", "(Entwurf)")
                combo.addItem(f"{s.municipality}, {format_date(s.date, self.lang)}{status}", s.id)
            combo.blockSignals(False)
        self.before.setCurrentIndex(max(0, self.before.findData(before_id)))
        self.after.setCurrentIndex(max(0, self.after.findData(after_id)))
        self._update()

    def _update(self, *_args) -> None:
        before_id, after_id = self.before.currentData(), self.after.currentData()
        if not before_id or not after_id:
            return
        before, after = self.store.load(before_id), self.store.load(after_id)
        self.comparison = comparison = compare(before, after)
        names = {d.id: d.name.get(self.lang) for d in before.questionnaire.dimensions}
        names.update({d.id: d.name.get(self.lang) for d in after.questionnaire.dimensions})
        rows = []
        for change in comparison.dimensions:
            b = change.before.level if change.before else None
            a = change.after.level if change.after else None
            cells = [
                names.get(change.dimension_id, change.dimension_id),
                "–" if b is None else str(b),
                "–" if a is None else str(a),
                signed(change.level_delta, self.lang, 0),
                signed(change.mean_delta, self.lang, 1),
            ]
            rows.append(cells)
        self.table.set_rows(rows, centered=(1, 2, 3, 4))
        notes = []
        if before_id == after_id:
            notes.append(translate("Compare", "Beide Seiten zeigen dieselbe Einschätzung."))
        if not comparison.same_questionnaire:
            notes.append(
                translate(
                    "Compare",
                    "Die beiden Einschätzungen nutzen verschiedene Fassungen des Fragebogens: "
                    "{added} Fragen neu, {removed} entfallen, {reworded} umformuliert.",
                ).format(
                    added=len(comparison.added_questions),
                    removed=len(comparison.removed_questions),
                    reworded=len(comparison.reworded_questions),
                )
            )
        declined = comparison.declined_questions
        if declined:
            notes.append(declined_note(declined, after.questionnaire, before.questionnaire))
        if comparison.most_improved:
            notes.append(
                translate("Compare", "Am meisten verbessert: {names}").format(
                    names=", ".join(names.get(c.dimension_id, c.dimension_id) for c in comparison.most_improved)
                )
            )
        self.notes.setText("\n".join(notes))


def declined_note(declined, *questionnaires, shown: int = 10) -> str:
    """Which answers fell: "Gesunken sind 2 Antworten: Frage 1.2 (3 → 1), Frage 2.1 (2 → 0)."."""
    from ..core.questionnaire import question_number

    def numbered(question_id: str) -> str:
        for questionnaire in questionnaires:
            try:
                return question_number(questionnaire, question_id)
            except KeyError:
                continue
        return question_id

    items = [
        translate("Compare", "Frage {number} ({before} → {after})").format(
            number=numbered(c.question_id), before=c.before, after=c.after
        )
        for c in declined[:shown]
    ]
    if len(declined) > shown:
        items.append(translate("Compare", "… und {count} weitere").format(count=len(declined) - shown))
    if len(declined) == 1:
        return translate("Compare", "Gesunken ist eine Antwort: {items}.").format(items=items[0])
    return translate("Compare", "Gesunken sind {count} Antworten: {items}.").format(
        count=len(declined), items=", ".join(items)
    )
