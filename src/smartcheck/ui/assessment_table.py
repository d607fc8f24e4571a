"""The table of stored assessments on the home page, with level badges.

A model over the store's light ``AssessmentSummary`` rows (no assessment is
loaded to show the list, so it stays quick with a thousand rows) and a
delegate that draws each dimension's level as a small numbered badge. The
badge's text and tooltip say the same in words for screen readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.plain import Status, format_date  # plain Python: the home page draws before pydantic is imported

if TYPE_CHECKING:
    from typing import TypeAlias

    from PySide6.QtCore import QObject, QPersistentModelIndex

    from ..store.rows import AssessmentSummary

    Index: TypeAlias = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate
LEVEL_COLORS = ("#e0e0e0", "#f6cfa8", "#f5e38f", "#bfe3ad", "#7cc47f")
LevelRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    dimension_id: str
    name: str


VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜ")
# consonants that begin a syllable together: the break goes before them ("Organisations-strukturen", "Ver-stetigung")
ONSETS = (
    "sch",
    "spr",
    "str",
    "ch",
    "ck",
    "ph",
    "th",
    "st",
    "sp",
    "tr",
    "pr",
    "br",
    "kr",
    "gr",
    "fr",
    "dr",
    "pl",
    "kl",
    "bl",
    "fl",
    "gl",
)
PREFIXES = ("ver", "vor", "zer")  # "Ver-ankerung", not "Ve-rankerung"


def syllable_breaks(word: str) -> list[int]:
    """Where a German (or English) word may be hyphenated, roughly: between two vowels, before the
    last consonant or before a consonant group that begins syllables; never leaving fewer than
    three letters before the break or four after it. A rule of thumb for column headings, not a dictionary."""
    vowels = [i for i, ch in enumerate(word) if ch in VOWELS]
    points = []
    for a, b in pairwise(vowels):
        cluster = word[a + 1 : b].lower()
        if not cluster or not cluster.isalpha():
            continue
        onset = next((o for o in ONSETS if cluster.endswith(o) and len(o) <= len(cluster)), cluster[-1])
        points.append(b - len(onset))
    if word[:3].lower() in PREFIXES and len(word) > 3 and word[3] in VOWELS:
        points = [3] + [p for p in points if p > 3]
    return [p for p in points if p >= 3 and len(word) - p >= 4]


def _hyphenate(word: str, width: int) -> list[str]:
    """``word`` in pieces of at most ``width`` characters where its syllables allow (a piece ends with "-")."""
    pieces = []
    while len(word) > width:
        points = syllable_breaks(word)
        fitting = [p for p in points if p + 1 <= width]
        cut = max(fitting) if fitting else min(points, default=0)
        if not cut:
            break
        pieces.append(word[:cut] + "-")
        word = word[cut:]
    return pieces + [word]


def wrap_header(name: str, width: int = 16) -> str:
    """A dimension's name in lines of about ``width`` characters for its column heading: whole,
    never cut off; long words are hyphenated between syllables."""
    parts = [part for w in name.split() for part in re.findall(r"[^-]+-?|-", w)]  # "inter-", "municipal"
    lines, line = [], ""
    for word in [piece for part in parts for piece in _hyphenate(part, width)]:
        glue = "" if line.endswith("-") else " "  # after a hyphen the word goes on without a space
        if line and len(line) + len(glue) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line}{glue}{word}" if line else word
    lines.append(line)
    return "\n".join(lines)


class AssessmentTableModel(QAbstractTableModel):
    FIXED = 4  # date, municipality, status, who answered

    def __init__(self, lang: str = "de", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[AssessmentSummary] = []
        self.columns: list[Column] = []
        self.level_names: list[str] = []
        self.header_width = 16  # characters per line of a dimension's header (narrower when room is short)

    def set_header_width(self, width: int) -> None:
        if width != self.header_width and self.columns:
            self.header_width = width
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.FIXED, self.FIXED + len(self.columns) - 1)

    def set_rows(self, rows: list[AssessmentSummary], columns: list[Column], level_names: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.columns, self.level_names = list(rows), list(columns), list(level_names)
        self.endResetModel()

    def summary(self, row: int) -> AssessmentSummary:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.FIXED + len(self.columns)

    def _status(self, summary: AssessmentSummary) -> str:
        if summary.status == Status.COMPLETE:
            return translate("Home", "abgeschlossen")
        return translate("Home", "Entwurf, {answered} von {total}").format(
            answered=summary.answered, total=summary.total
        )

    def _level_text(self, column: Column, level: int | None) -> str:
        if level is None:
            return translate("Home", "{dimension}: nicht bewertbar").format(dimension=column.name)
        name = self.level_names[level] if level < len(self.level_names) else ""
        return translate("Home", "{dimension}: Stufe {level} – {name}").format(
            dimension=column.name, level=level, name=name
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self.rows[index.row()]
        col = index.column()
        if col >= self.FIXED and col < self.FIXED + len(self.columns):
            column = self.columns[col - self.FIXED]
            level = summary.levels.get(column.dimension_id)
            if summary.status != Status.COMPLETE:
                level = None
            if role == LevelRole:
                return level
            if role == Qt.ItemDataRole.DisplayRole:
                return "–" if level is None else str(level)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._level_text(column, level)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == 0:
            return format_date(summary.date, self.lang)
        if col == 1:
            return summary.municipality
        if col == 3:
            return summary.people or ("–" if role == Qt.ItemDataRole.DisplayRole else translate("Home", "keine Angabe"))
        return self._status(summary)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        fixed = [
            translate("Home", "Datum"),
            translate("Home", "Kommune"),
            translate("Home", "Status"),
            translate("Home", "Person / Rolle"),
        ]
        if role == Qt.ItemDataRole.DisplayRole:
            if section < self.FIXED:
                return fixed[section]
            return wrap_header(self.columns[section - self.FIXED].name, self.header_width)
        if role == Qt.ItemDataRole.ToolTipRole and self.FIXED <= section < self.FIXED + len(self.columns):
            return self.columns[section - self.FIXED].name
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Draws a level as a small coloured square with its number."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        level = index.data(LevelRole)
        side = min(option.rect.height() - 6, max(22, option.fontMetrics.height() + 6))
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(option.rect).center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = option.palette.color(QPalette.ColorRole.Text)
        if level is None:
            painter.setPen(QPen(text_color, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(QPen(QColor("#555555"), 1))
            painter.setBrush(QColor(LEVEL_COLORS[max(0, min(4, level))]))
            text_color = QColor("black")
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(text_color)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        side = option.fontMetrics.height() + 12  # the same for every badge: no need to ask the model
        return QSize(side + 8, side)
