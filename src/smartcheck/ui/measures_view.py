"""The "Maßnahmen" page: every adopted measure, filtered, changed by keyboard, exported.

The home page's summary line and the result page's Umsetzungsstand are in
``measures_summary.py``, adopting a plan in ``adopt_plan.py``.
The table is a model over plain values (no widget per cell), so opening the
page with hundreds of measures costs about what it costs with five.

Keyboard: the filters and the status controls have mnemonics; in the table
the keys 1 to 5 set the status of the selected measure (1 geplant,
2 begonnen, 3 erledigt, 4 zurückgestellt, 5 verworfen).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.findings import report_file_name
from ..core.labels import file_name
from ..core.measures import STATUS_ORDER, AdoptedMeasure, MeasureStatus, status_label, summary_from_counts
from . import dialogs
from .widgets import hint_label, title_label

translate = QCoreApplication.translate
DUE_ALL, DUE_OVERDUE, DUE_30, DUE_90 = range(4)
SHOWN_CHARS = 90
BATCH = 60


def _day(value: date | None, lang: str) -> str:
    if value is None:
        return "–"
    return value.isoformat() if lang == "en" else value.strftime("%d.%m.%Y")


class MeasuresModel(QAbstractTableModel):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.rows: list[AdoptedMeasure] = []
        self.numbers: list[int] = []
        self.load: Callable[[list[int]], list[AdoptedMeasure]] = lambda numbers: []
        self.today = date.today()
        self.headers = [
            translate("Measures", "Nr."),
            translate("Measures", "Maßnahme"),
            translate("Measures", "Zuständig"),
            translate("Measures", "Fällig"),
            translate("Measures", "Status"),
            translate("Measures", "Letzte Notiz"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, numbers: list[int], load, today: date) -> None:
        """``numbers``: all measures that pass the filters; ``load(numbers)`` reads measures from the store."""
        self.beginResetModel()
        self.numbers, self.load, self.today = numbers, load, today
        self.rows = load(numbers[:BATCH]) if numbers else []
        self.endResetModel()

    # Measures are read and handed to the view in batches as it scrolls (Qt's fetchMore), so a page
    # of hundreds of measures opens as quickly as one of a few.
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and len(self.rows) < len(self.numbers)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt's name
        more = self.load(self.numbers[len(self.rows) : len(self.rows) + BATCH])
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows += more
        self.endInsertRows()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def text(self, m: AdoptedMeasure, column: int) -> str:
        if column == 0:
            return str(m.number)
        if column == 1:
            return m.title
        if column == 2:
            return m.owner.text() or "–"
        if column == 3:
            return _day(m.due, self.lang)
        if column == 4:
            status = status_label(m.status, self.lang)
            return status + translate("Measures", " – überfällig") if m.overdue(self.today) else status
        return m.history[-1].note

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(m, index.column())
            # The cell elides anyway; measuring 90 characters instead of 300 keeps painting a full page quick.
            return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(m, index.column())
        if role == Qt.ItemDataRole.FontRole and index.column() in (3, 4) and m.overdue(self.today):
            return self._bold
        return None


class MeasuresView(QWidget):
    backRequested = Signal()
    changed = Signal()

    def __init__(self, store, lang: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.counts: dict[str, int] = {}
        self.title = title_label(translate("Measures", "&Maßnahmen"))
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("Measures", "Stand der Maßnahmen"))
        self.back_button = QPushButton(translate("Measures", "Zurück zur &Übersicht"))
        self.csv_button = QPushButton(translate("Measures", "Als &CSV exportieren …"))
        self.pdf_button = QPushButton(translate("Measures", "&Umsetzungsbericht (PDF) …"))
        self.back_button.clicked.connect(self.backRequested)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)

        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("Measures", "alle"), None)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status, lang), status)
        self.owner_filter = QLineEdit()
        self.owner_filter.setPlaceholderText(translate("Measures", "Name oder Rolle"))
        self.due_filter = QComboBox()
        for text in (
            translate("Measures", "alle"),
            translate("Measures", "überfällig"),
            translate("Measures", "in 30 Tagen fällig"),
            translate("Measures", "in 90 Tagen fällig"),
        ):
            self.due_filter.addItem(text)
        for widget, name in (
            (self.status_filter, translate("Measures", "Nach Status filtern")),
            (self.owner_filter, translate("Measures", "Nach Zuständigen filtern")),
            (self.due_filter, translate("Measures", "Nach Fälligkeit filtern")),
        ):
            widget.setAccessibleName(name)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.owner_filter.textChanged.connect(self.apply_filter)
        self.due_filter.currentIndexChanged.connect(self.apply_filter)

        self.model = MeasuresModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Measures", "Übernommene Maßnahmen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((0, 4), (2, 16), (3, 9), (4, 18)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * em)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 18 * em)
        self.table.installEventFilter(self)
        self.title.setBuddy(self.table)

        self.new_status = QComboBox()
        for status in STATUS_ORDER:
            self.new_status.addItem(status_label(status, lang), status)
        self.new_status.setAccessibleName(translate("Measures", "Neuer Status"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("Measures", "Notiz zur Änderung (optional)"))
        self.note.setAccessibleName(translate("Measures", "Notiz zur Änderung"))
        self.set_button = QPushButton(translate("Measures", "Status &setzen"))
        self.set_button.setAccessibleName(translate("Measures", "Status der gewählten Maßnahme setzen"))
        self.set_button.clicked.connect(lambda: self.set_status(MeasureStatus(self.new_status.currentData())))
        self.note.returnPressed.connect(self.set_button.click)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.csv_button, self.pdf_button, self.back_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for text, widget in (
            (translate("Measures", "S&tatus:"), self.status_filter),
            (translate("Measures", "&Zuständig:"), self.owner_filter),
            (translate("Measures", "&Fällig:"), self.due_filter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch()
        change = QHBoxLayout()
        label = QLabel(translate("Measures", "&Neuer Status:"))
        label.setBuddy(self.new_status)
        change.addWidget(label)
        change.addWidget(self.new_status)
        change.addWidget(self.note, 1)
        change.addWidget(self.set_button)
        hint = hint_label(
            translate(
                "Measures",
                "In der Tabelle setzen die Tasten 1 bis 5 den Status: 1 geplant, "
                "2 begonnen, 3 erledigt, 4 zurückgestellt, 5 verworfen.",
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(change)
        layout.addWidget(hint)

    # ------------------------------------------------------------ content
    def refresh(self, select_number: int | None = None) -> None:
        from ..store.measures import status_counts

        self.today = date.today()
        self.counts = status_counts(self.store, self.today)
        self.summary.setText(summary_from_counts(self.counts, self.lang))
        self.apply_filter(select_number=select_number)

    def filtered(self) -> list[int]:
        """The numbers of the measures that pass the filters (from the store's columns)."""
        from ..store.measures import measure_numbers

        today = getattr(self, "today", date.today())
        due = self.due_filter.currentIndex()
        horizon = {DUE_30: 30, DUE_90: 90}.get(due)
        status = self.status_filter.currentData()  # Qt hands a str-based enum back as str
        return measure_numbers(
            self.store,
            status=None if status is None else MeasureStatus(status),
            overdue_on=today if due == DUE_OVERDUE else None,
            due_by=today + timedelta(days=horizon) if horizon is not None else None,
            owner=self.owner_filter.text().strip(),
        )

    def visible(self) -> list[AdoptedMeasure]:
        """Every measure that passes the filters (for the CSV export)."""
        from ..store.measures import measures_by_number

        return measures_by_number(self.store, self.filtered())

    def apply_filter(self, *_args, select_number: int | None = None) -> None:
        from ..store.measures import measures_by_number

        chosen = self.current()
        current = select_number or (chosen.number if chosen else None)
        numbers = self.filtered()
        self.model.set_rows(
            numbers, lambda chunk: measures_by_number(self.store, chunk), getattr(self, "today", date.today())
        )
        row = numbers.index(current) if current in numbers else 0
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if numbers:
            self.table.selectRow(row)
        for widget in (self.new_status, self.note, self.set_button):
            widget.setEnabled(bool(numbers))

    def current(self) -> AdoptedMeasure | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    # ------------------------------------------------------------ actions
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == event.Type.KeyPress and not event.modifiers():
            key = event.key() - Qt.Key.Key_1
            if 0 <= key < len(STATUS_ORDER):
                self.set_status(STATUS_ORDER[key])
                return True
        return super().eventFilter(watched, event)

    def set_status(self, status) -> None:
        from ..core.errors import UserError
        from ..store.measures import set_status

        m = self.current()
        if m is None or status is None:
            return
        try:
            set_status(self.store, m.number, status, note=self.note.text().strip())
        except UserError as error:
            dialogs.error(self, translate("Measures", "Status nicht geändert"), str(error))
            return
        self.note.clear()
        self.refresh(m.number)
        self.table.setFocus()
        self.changed.emit()

    def _folder(self):
        from .settings import load_settings

        return load_settings(self.store.data_dir).pdf_folder

    def export_csv(self) -> None:
        from ..core.errors import UserError
        from ..store.measure_files import export_csv_measures

        rows = self.visible()
        name = file_name(rows[0].municipality if rows else "Kommune", _now(), "-Massnahmen.csv")
        path = dialogs.save_file(
            self,
            translate("Measures", "Maßnahmen exportieren"),
            self._folder() / name,
            translate("Measures", "CSV-Dateien (*.csv)"),
        )
        if path is None:
            return
        try:
            export_csv_measures(rows, path, date.today(), self.lang)
        except (UserError, OSError) as error:
            dialogs.error(self, translate("Measures", "Export nicht möglich"), str(error))
            return
        dialogs.inform(
            self, translate("Measures", "Export"), translate("Measures", "Gespeichert unter {path}").format(path=path)
        )

    def export_pdf(self) -> None:
        from ..core.errors import UserError
        from ..report.progress_report import write_progress_report
        from ..store.measures import list_measures

        latest = self.store.latest()
        if latest is None:
            dialogs.error(
                self,
                translate("Measures", "Kein Bericht möglich"),
                translate("Measures", "Es gibt noch keine abgeschlossene Einschätzung."),
            )
            return
        name = report_file_name(latest, "progress", self.lang)
        path = dialogs.save_file(
            self,
            translate("Measures", "Umsetzungsbericht speichern"),
            self._folder() / name,
            translate("Measures", "PDF-Dateien (*.pdf)"),
        )
        if path is None:
            return
        try:
            write_progress_report(
                latest,
                self.store.history(latest),
                list_measures(self.store, municipality=latest.municipality.name),
                path,
                lang=self.lang,
            )
        except (UserError, OSError) as error:
            dialogs.error(self, translate("Measures", "Bericht nicht möglich"), str(error))
            return
        dialogs.inform(
            self,
            translate("Measures", "Umsetzungsbericht"),
            translate("Measures", "Gespeichert unter {path}").format(path=path),
        )


def _now():
    from datetime import datetime

    return datetime.now()
