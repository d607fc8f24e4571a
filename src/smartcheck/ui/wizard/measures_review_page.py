"""The first page of a repeat assessment: what became of the measures still open?

Shown only when measures adopted from an earlier assessment of the same
municipality are open (geplant, begonnen, zurückgestellt). Each has a status
choice that starts at "unverändert" and a note; skipping the page (Weiter)
changes nothing, and the Maßnahmen page does the same later. A chosen status
is stored at once, with the note typed so far; a note typed afterwards is
stored after a short pause, like every typed text in the wizard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ...core.assessment import Status
from ...core.measures import OPEN, STATUS_ORDER, AdoptedMeasure, MeasureStatus, status_label
from ...core.session import MEASURES, Session
from ...core.values import NOTE_MAX
from .common import Pending, SessionPage, wrapped

__all__ = ["MEASURES", "MeasuresReviewPage", "open_measures"]
translate = QCoreApplication.translate


def open_measures(store, assessment) -> tuple[AdoptedMeasure, ...]:
    """The open measures of ``assessment``'s municipality adopted from other (earlier) assessments."""
    from ...store.measures import list_measures

    if assessment.status != Status.DRAFT:
        return ()
    return tuple(
        m
        for m in list_measures(store, municipality=assessment.municipality.name)
        if m.status in OPEN and m.origin.assessment_id != assessment.id
    )


class MeasuresReviewPage(SessionPage):
    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, MEASURES, lang, pending)
        self.setTitle(translate("MeasuresReview", "Stand der Maßnahmen"))
        self.status: dict[int, QComboBox] = {}
        self.notes: dict[int, QLineEdit] = {}
        self.saved: dict[int, tuple] = {}

    def build(self) -> None:
        lang = self.lang
        self.body.addWidget(
            wrapped(
                translate(
                    "MeasuresReview",
                    "Bei der letzten Einschätzung wurden Maßnahmen beschlossen. Wie ist ihr Stand? Wählen Sie je "
                    "Maßnahme den Status; „unverändert“ lässt ihn, wie er ist. Sie können diese Seite auch "
                    "überspringen und den Stand später auf der Seite „Maßnahmen“ eintragen.",
                )
            )
        )
        for m in self.session.open_measures:
            box = QGroupBox(translate("MeasuresReview", "Maßnahme {number}").format(number=m.number))
            inner = QVBoxLayout(box)
            title = wrapped(m.title)
            title.setProperty("user_data", True)  # the municipality's words, not the interface's
            inner.addWidget(title)
            due = m.due.strftime("%d.%m.%Y") if m.due else "–"
            facts = translate("MeasuresReview", "Bisher: {status} · zuständig: {owner} · fällig: {due}").format(
                status=status_label(m.status, lang), owner=m.owner.text() or "–", due=due
            )
            inner.addWidget(QLabel(facts))
            combo = QComboBox()
            combo.addItem(
                translate("MeasuresReview", "unverändert ({status})").format(status=status_label(m.status, lang)), None
            )
            for status in STATUS_ORDER:
                combo.addItem(status_label(status, lang), status)
            combo.setAccessibleName(translate("MeasuresReview", "Status von Maßnahme {number}").format(number=m.number))
            note = QLineEdit()
            note.setMaxLength(NOTE_MAX)
            note.setPlaceholderText(translate("MeasuresReview", "Notiz (optional)"))
            note.setAccessibleName(translate("MeasuresReview", "Notiz zu Maßnahme {number}").format(number=m.number))
            combo.currentIndexChanged.connect(lambda _i, n=m.number: self._save(n))
            note.textEdited.connect(lambda _t, n=m.number: self.pending.schedule(f"measure:{n}", lambda: self._save(n)))
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(note, 1)
            inner.addLayout(row)
            self.status[m.number], self.notes[m.number] = combo, note
            self.body.addWidget(box)
        self.body.addStretch()

    def _save(self, number: int) -> None:
        """Store the chosen status with the note (nothing while "unverändert" is chosen)."""
        from ...core.errors import UserError
        from ...store.measures import set_status
        from ...store.repository import Store

        status = self.status[number].currentData()  # Qt hands a str-based enum back as str
        status = None if status is None else MeasureStatus(status)
        note = self.notes[number].text().strip()
        if status is None or self.saved.get(number) == (status, note) or not isinstance(self.session.saver, Store):
            return
        try:
            set_status(self.session.saver, number, status, note=note, day=date.today())
        except UserError as error:
            from .. import dialogs

            dialogs.error(self, translate("MeasuresReview", "Status nicht gespeichert"), str(error))
            return
        self.saved[number] = (status, note)
