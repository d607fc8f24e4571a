"""Short forms of the measures' state for other pages: the home page's line and the result's Umsetzungsstand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..core.measures import summary_from_counts

translate = QCoreApplication.translate


class MeasuresSummary(QLabel):
    """The home page's line: '5 Maßnahmen: 2 erledigt, 2 begonnen, 1 überfällig' and a link to the page."""

    openRequested = Signal()

    def __init__(self, store, lang: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _link: self.openRequested.emit())
        self.setAccessibleName(translate("Measures", "Stand der Maßnahmen"))

    def refresh(self) -> None:
        from html import escape

        from ..store.measures import status_counts

        line = summary_from_counts(status_counts(self.store, date.today()), self.lang)
        link = translate("Measures", "Maßnahmen ansehen")
        self.setText(f"{escape(line)} · <a href='measures'>{escape(link)}</a>")
        self.setAccessibleDescription(line)


def implementation_lines(store, assessment, lang: str = "de") -> list[str]:
    """The result page's Umsetzungsstand: '• Maßnahme 3 erledigt → Frage 2.1 von 1 auf 3: <question>'.

    The question's text (in the interface's language) says what moved; the measure's own title, the
    municipality's words, stands on the Maßnahmen page."""
    from ..core.implementation import implementation
    from ..store.measures import list_measures

    measures = list_measures(store, municipality=assessment.municipality.name)
    if not measures:
        return []
    found = implementation(measures, assessment, store.history(assessment))
    questions = {q.id: q for q in assessment.questionnaire.questions()}
    lines = []
    for outcome in (*found.done_with_effect, *found.done_without_effect, *found.overdue, *found.open):
        question = questions.get(outcome.measure.origin.question_id)
        lines.append(f"• {outcome.line(lang)}" + (f": {question.text.get(lang)}" if question else ""))
    return lines
