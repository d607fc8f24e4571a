"""Small widgets the views share: page titles, tables that fit their rows, combo boxes that let the page scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, two: QColor) -> float:
    """The WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def hint_colour(palette: QPalette, minimum: float = 4.5) -> QColor:
    """A muted text colour for hints that still has ``minimum`` contrast against the window (WCAG AA)."""
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    for share in (0.45, 0.35, 0.25, 0.15, 0.0):  # how far the text goes towards the background
        colour = QColor.fromRgbF(
            text.redF() + (back.redF() - text.redF()) * share,
            text.greenF() + (back.greenF() - text.greenF()) * share,
            text.blueF() + (back.blueF() - text.blueF()) * share,
        )
        if contrast(colour, back) >= minimum:
            return colour
    return text


def hint_label(text: str) -> QLabel:
    """A muted, wrapped hint (object name "hint"), coloured by its palette.

    A palette, not a style sheet: a style sheet on the main window sends every widget
    beneath it, the whole wizard too, through Qt's style-sheet machinery (about 6 MB more).
    """
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, hint_colour(palette))
    label.setPalette(palette)
    return label


def title_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A page heading: 1.4 times the text size, bold; follows the text-size setting."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class FitTable(QTableWidget):
    """A read-only table that shows all its rows (no inner scrolling) and wraps text.

    Row heights follow the column widths, so long texts wrap instead of
    being cut off; the page around it scrolls.
    """

    def __init__(self, headers: list[str], accessible_name: str, parent: QWidget | None = None):
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

    def set_rows(self, rows: list[list[str]], centered: tuple[int, ...] = ()) -> None:
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in centered:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        self.fit_rows()

    def stretch(self, column: int, fixed: dict[int, int] | None = None) -> None:
        """Column ``column`` takes the free width, ``fixed`` columns get a width, the rest fit."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col, width in (fixed or {}).items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit.start()


class NoWheelComboBox(QComboBox):
    """A combo box that ignores the mouse wheel unless it has the focus (the page scrolls)."""

    def __init__(self):
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
