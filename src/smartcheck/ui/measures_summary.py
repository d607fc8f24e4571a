"""The home page's short line on the measures' state, with a link to the Maßnahmen page.

The line is counted in the store by the controller (ui/controller.py), as are the
result page's Umsetzungsstand lines (``Controller.implementation_lines``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

translate = QCoreApplication.translate


class MeasuresSummary(QLabel):
    """The home page's line: '5 Maßnahmen: 2 erledigt, 2 begonnen, 1 überfällig' and a link to the page."""

    openRequested = Signal()

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.linkActivated.connect(lambda _link: self.openRequested.emit())
        self.setAccessibleName(translate("Measures", "Stand der Maßnahmen"))

    def show_line(self, line: str) -> None:
        """``line`` from core.measures.summary_from_counts (the controller counts them in the store)."""
        from html import escape

        link = translate("Measures", "Maßnahmen ansehen")
        self.setText(f"{escape(line)} · <a href='measures'>{escape(link)}</a>")
        self.setAccessibleDescription(line)
