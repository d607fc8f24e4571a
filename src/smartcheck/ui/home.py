"""The home page: the stored assessments, the trend, and what to do next.

With an empty store it shows a short welcome that offers the demo
municipality or a new assessment. Opening the wizard, a result or a
comparison is the main window's job, and the store work (the list, the demo,
import and export) the controller's (ui/controller.py): this page shows the
listing it is given (``show_listing``) and asks for everything else by signal.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

# plain Python only: the page is drawn at start before pydantic and the models are imported (ui/app.py)
from ..core.plain import Status, format_date, same_municipality
from .assessment_table import AssessmentTableModel, BadgeDelegate
from .widgets import hint_label, title_label

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QResizeEvent

    from ..store.summary import AssessmentSummary
    from .controller import HomeListing

translate = QCoreApplication.translate
HEADER_WIDTHS = (16, 14, 13, 12, 11, 10, 9)  # characters per line of a dimension heading, widest first


def _completed(rows: list[AssessmentSummary]) -> list[AssessmentSummary]:
    """core.history.completed, without importing the models."""
    return [s for s in rows if s.status == Status.COMPLETE]


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


class HomePage(QWidget):
    newRequested = Signal()
    continueRequested = Signal(str)
    resultRequested = Signal(str)
    compareRequested = Signal(str, str)
    mergeRequested = Signal(list)  # ids, in the order of the list
    pdfRequested = Signal(str)
    deleteRequested = Signal(list)  # ids
    demoRequested = Signal()
    importRequested = Signal()
    exportRequested = Signal(str)  # id
    measuresRequested = Signal()

    def __init__(self, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.stack = QStackedWidget()
        self.welcome = self._build_welcome()
        self.overview = self._build_overview()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # ------------------------------------------------------------ building
    def _build_welcome(self) -> QWidget:
        page = QWidget()
        title = title_label(translate("Home", "Willkommen bei SmartCheck"))
        text = QLabel(
            translate(
                "Home",
                "SmartCheck führt Ihr Team in etwa 30 bis 40 Minuten durch den Fragebogen zur "
                "Smart-City-Readiness. Am Ende stehen ein Profil mit Stufen von 0 bis 4 je Dimension "
                "und ein Handlungsplan zum Ausdrucken. Alle Daten bleiben auf diesem Rechner.\n\n"
                "Sie können sich zuerst die Demo-Kommune „Musterstadt“ mit drei Einschätzungen "
                "ansehen oder gleich mit Ihrer eigenen Kommune beginnen.",
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(640)
        self.demo_button = _button(
            translate("Home", "Demo-&Kommune ansehen"), translate("Home", "Demo-Kommune ansehen")
        )
        self.start_button = _button(
            translate("Home", "&Neue Einschätzung beginnen"), translate("Home", "Neue Einschätzung beginnen")
        )
        # Not a "default" button: in the main window it would only look like one, the same as a focused button.
        self.demo_button.clicked.connect(self.add_demo)
        self.start_button.clicked.connect(self.newRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(text)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch()
        return page

    def _build_overview(self) -> QWidget:
        page = QWidget()
        title = title_label(translate("Home", "&Einschätzungen"))
        self.model = AssessmentTableModel(self.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Home", "Gespeicherte Einschätzungen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height for all: no measuring per row
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.badges = BadgeDelegate(self.table)
        self.table.activated.connect(self._activated)
        title.setBuddy(self.table)

        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.trend.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.trend.setAccessibleName(translate("Home", "Entwicklung seit der ersten Einschätzung"))

        self.new_button = _button(translate("Home", "&Neue Einschätzung"), translate("Home", "Neue Einschätzung"))
        self.continue_button = _button(
            translate("Home", "Entwurf &fortsetzen"), translate("Home", "Entwurf fortsetzen")
        )
        self.open_button = _button(translate("Home", "Ergebnis &anzeigen"), translate("Home", "Ergebnis anzeigen"))
        self.compare_button = _button(
            translate("Home", "&Vergleichen"), translate("Home", "Zwei Einschätzungen vergleichen")
        )
        self.merge_button = _button(
            translate("Home", "&Zusammenführen"), translate("Home", "Einschätzungen mehrerer Personen zusammenführen")
        )
        self.merge_button.setToolTip(
            translate(
                "Home",
                "Die markierten Einschätzungen mehrerer Personen zu einem neuen Entwurf zusammenführen: "
                "Median je Frage, Fragen mit weit auseinanderliegenden Antworten werden als "
                "Diskussionsbedarf markiert.",
            )
        )
        self.pdf_button = _button(translate("Home", "&PDF erstellen"), translate("Home", "PDF-Bericht erstellen"))
        self.import_button = _button(
            translate("Home", "&Importieren …"), translate("Home", "Einschätzungen importieren")
        )
        self.export_button = _button(translate("Home", "E&xportieren …"), translate("Home", "Einschätzung exportieren"))
        self.delete_button = _button(
            translate("Home", "&Löschen …"), translate("Home", "Markierte Einschätzungen löschen")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.new_button.clicked.connect(self.newRequested)
        self.continue_button.clicked.connect(self._continue)
        self.open_button.clicked.connect(self._open)
        self.compare_button.clicked.connect(self._compare)
        self.merge_button.clicked.connect(self._merge)
        self.pdf_button.clicked.connect(self._pdf)
        self.import_button.clicked.connect(self.import_files)
        self.export_button.clicked.connect(self.export_selected)
        # Import and export sit beside the title, so the row of actions fits 1200 pixels at 150 % text.
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.delete_button)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.continue_button,
            self.open_button,
            self.compare_button,
            self.merge_button,
            self.pdf_button,
        ):
            actions.addWidget(button)
        actions.addStretch()

        hint = hint_label(
            translate(
                "Home",
                "Zum Vergleichen zwei Zeilen markieren, zum Zusammenführen der Antworten "
                "mehrerer Personen zwei oder mehr: mit der Maus bei gedrückter Strg-Taste, "
                "mit der Tastatur Umschalt+Pfeiltaste. "
                "Eingabetaste öffnet die gewählte Einschätzung.",
            )
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.trend)
        from .measures_summary import MeasuresSummary

        self.measures_summary = MeasuresSummary(self.lang)
        self.measures_summary.openRequested.connect(self.measuresRequested)
        layout.addWidget(self.measures_summary)
        # Tab follows the reading order: import, export, delete beside the title, the row of actions, the table.
        chain = [
            self.import_button,
            self.export_button,
            self.delete_button,
            self.new_button,
            self.continue_button,
            self.open_button,
            self.compare_button,
            self.merge_button,
            self.pdf_button,
            self.table,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        return page

    # ------------------------------------------------------------ content
    def show_listing(self, listing: HomeListing, select_id: str | None = None) -> None:
        """Show the stored assessments (the welcome when there are none), ``select_id``'s row marked."""
        summaries, columns = listing.rows, listing.columns
        if not summaries:
            self.stack.setCurrentWidget(self.welcome)
            self.model.set_rows([], [], [])
            return
        self.stack.setCurrentWidget(self.overview)
        self.model.set_rows(summaries, columns, listing.level_names)
        if listing.measures_line:  # none yet in the first drawing at start (ui/controller.first_listing)
            self.measures_summary.show_line(listing.measures_line)
        for i in range(len(columns)):
            self.table.setItemDelegateForColumn(AssessmentTableModel.FIXED + i, self.badges)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(100)  # widths from the newest rows: quick with a thousand
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # who answered: at most a short column (the full list is the cell's tooltip), so the levels stay in view
        em = self.table.fontMetrics().horizontalAdvance("M")
        header.setSectionResizeMode(AssessmentTableModel.FIXED - 1, QHeaderView.ResizeMode.Interactive)
        people = AssessmentTableModel.FIXED - 1
        header.resizeSection(
            people,
            max(
                header.sectionSizeHint(people),  # the heading is never cut
                min(self.table.sizeHintForColumn(people) + 8, 9 * em),
            ),
        )
        self._fit_columns()
        row = next((i for i, s in enumerate(summaries) if s.id == select_id), 0)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions, Qt.ConnectionType.UniqueConnection)
        self._update_actions()

    def _fit_columns(self) -> None:
        """Narrower dimension headers (more lines) when the levels would not fit without scrolling sideways."""
        header, model, table = self.table.horizontalHeader(), self.model, self.table
        room = table.viewport().width() if table.isVisible() else self.width() - 40
        levels = range(model.FIXED, model.columnCount())
        cells = {c: table.sizeHintForColumn(c) for c in levels}  # the badges: the same for every width
        fixed = sum(header.sectionSize(c) for c in range(model.FIXED))
        shown, chosen = model.header_width, HEADER_WIDTHS[-1]
        model.blockSignals(True)  # trying the widths: the header asks the model, nothing is laid out again
        try:
            for width in HEADER_WIDTHS:
                model.header_width = width
                if fixed + sum(max(header.sectionSizeHint(c), cells[c]) for c in levels) <= room:
                    chosen = width
                    break
        finally:
            model.header_width = shown
            model.blockSignals(False)
        model.set_header_width(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.model.columns:
            self._fit_columns()

    def selected(self) -> list[AssessmentSummary]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.summary(r) for r in rows]

    def _update_actions(self, *_args: object) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        complete = _completed(self.model.rows)
        self.continue_button.setEnabled(any(s.status != Status.COMPLETE for s in self.model.rows))
        self.open_button.setEnabled(bool(one and one.status == Status.COMPLETE))
        self.pdf_button.setEnabled(bool(one and one.status == Status.COMPLETE))
        self.export_button.setEnabled(one is not None)
        self.delete_button.setEnabled(bool(chosen))
        self.compare_button.setEnabled(len(complete) >= 2)
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.trend.setText(self.trend_text(one or (chosen[0] if chosen else self.model.rows[0])))

    def trend_text(self, summary: AssessmentSummary) -> str:
        """Levels of the municipality's first completed assessment against its latest."""
        done = [s for s in _completed(self.model.rows) if same_municipality(s.municipality, summary.municipality)]
        done.sort(key=lambda s: s.date)
        if len(done) < 2:
            return translate(
                "Home", "{name}: Die Entwicklung erscheint hier ab der zweiten abgeschlossenen Einschätzung."
            ).format(name=summary.municipality)
        first, last = done[0], done[-1]
        parts = []
        for column in self.model.columns:
            before, after = first.levels.get(column.dimension_id), last.levels.get(column.dimension_id)
            if before is None or after is None:
                continue
            delta = after - before
            sign = f"+{delta}" if delta > 0 else ("±0" if delta == 0 else str(delta))
            parts.append(f"{column.name} {before} → {after} ({sign})")
        head = translate(
            "Home", "Entwicklung in {name} seit der ersten Einschätzung am {date} ({count} Einschätzungen):"
        ).format(name=summary.municipality, date=format_date(first.completed_at, self.lang), count=len(done))
        return head + "\n" + " · ".join(parts)

    # ------------------------------------------------------------ actions
    def _activated(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary.status == Status.COMPLETE:
            self.resultRequested.emit(summary.id)
        else:
            self.continueRequested.emit(summary.id)

    def _continue(self) -> None:
        chosen = [s for s in self.selected() if s.status != Status.COMPLETE]
        drafts = chosen or [s for s in self.model.rows if s.status != Status.COMPLETE]
        if drafts:
            self.continueRequested.emit(drafts[0].id)

    def _open(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].status == Status.COMPLETE:
            self.resultRequested.emit(chosen[0].id)

    def _compare(self) -> None:
        from ..core.history import pair_to_compare

        pair = pair_to_compare(self.model.rows, self.selected())  # which two: core/history.py
        if pair is not None:
            self.compareRequested.emit(pair[0].id, pair[1].id)

    def _merge(self) -> None:
        chosen = self.selected()
        if len(chosen) >= 2:
            self.mergeRequested.emit([s.id for s in chosen])

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.deleteRequested.emit([s.id for s in chosen])

    def _pdf(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.pdfRequested.emit(chosen[0].id)

    def add_demo(self) -> None:
        self.demoRequested.emit()

    def import_files(self) -> None:
        self.importRequested.emit()

    def export_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.exportRequested.emit(chosen[0].id)

    # ------------------------------------------------------------ for the main window
    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def focus_first(self) -> None:
        """The keyboard focus on the list, or on "Neue Einschätzung beginnen" in the welcome."""
        target = self.start_button if self.showing_welcome() else self.table
        target.setFocus(Qt.FocusReason.OtherFocusReason)
