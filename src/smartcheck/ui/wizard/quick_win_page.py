"""Quick-win ideas: enter ideas and rate each on the report's quick-win criteria.

Each criterion is rated 0, 1 or 2 (nicht erfüllt / teilweise / voll). An idea
is saved as soon as it has a title; the examples of the questionnaire stand
above the ideas as inspiration.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import labels
from ...core.assessment import QuickWinIdea
from ...core.session import QUICK_WINS, Session
from ...core.values import LINE_MAX
from ..widgets import NoWheelComboBox
from .common import Pending, SessionPage, escape, wrapped
from .question import NoteEdit


class IdeaBox(QGroupBox):
    changed = Signal()
    typed = Signal()
    removeRequested = Signal(object)

    def __init__(self, session: Session, lang: str, idea: QuickWinIdea | None):
        super().__init__()
        criteria = session.assessment.questionnaire.quick_win_criteria
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_field = QLineEdit(idea.title if idea else "")
        self.title_field.setMaxLength(LINE_MAX)
        # Multi-line, as high as its text (2 to 6 lines); Tab moves on to the ratings.
        self.description_field = NoteEdit()
        self.description_field.setText(idea.description if idea else "")
        self.title_label = QLabel(QCoreApplication.translate("QuickWinPage", "&Titel:"))
        self.description_label = QLabel(QCoreApplication.translate("QuickWinPage", "&Beschreibung:"))
        for label, field in [(self.title_label, self.title_field), (self.description_label, self.description_field)]:
            label.setBuddy(field)
            form.addRow(label, field)
        self.title_field.textEdited.connect(self.typed)
        self.description_field.edited.connect(self.typed)
        layout.addLayout(form)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.ratings: dict[str, NoWheelComboBox] = {}
        self.criterion_names = [c.name.get(lang) for c in criteria]
        for row, criterion in enumerate(criteria):
            combo = NoWheelComboBox()
            for rating in (0, 1, 2):
                combo.addItem(f"{rating} – {labels.rating_label(rating, lang)}", rating)
            combo.setCurrentIndex(idea.ratings.get(criterion.id, 0) if idea else 0)
            combo.setToolTip(criterion.help.get(lang))
            label = wrapped(criterion.name.get(lang))
            label.setToolTip(criterion.help.get(lang))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._rating_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.ratings[criterion.id] = combo
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        self.total = QLabel()
        bottom.addWidget(self.total, 1)
        self.remove = QPushButton(QCoreApplication.translate("QuickWinPage", "Idee &entfernen"))
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        bottom.addWidget(self.remove)
        layout.addLayout(bottom)
        self._show_total()

    def set_number(self, number: int) -> None:
        self.setTitle(QCoreApplication.translate("QuickWinPage", "Idee {number}").format(number=number))
        what = QCoreApplication.translate("QuickWinPage", "Idee {number}").format(number=number)
        self.title_field.setAccessibleName(
            QCoreApplication.translate("QuickWinPage", "Titel von {what}").format(what=what)
        )
        self.description_field.setAccessibleName(
            QCoreApplication.translate("QuickWinPage", "Beschreibung von {what}").format(what=what)
        )
        self.remove.setAccessibleName(QCoreApplication.translate("QuickWinPage", "{what} entfernen").format(what=what))
        for name, combo in zip(self.criterion_names, self.ratings.values(), strict=True):
            combo.setAccessibleName(f"{what}: {name}")

    def focus_order(self) -> list[QWidget]:
        return [self.title_field, self.description_field, *self.ratings.values(), self.remove]

    def idea(self) -> QuickWinIdea | None:
        title = self.title_field.text().strip()
        if not title:
            return None
        ratings = {cid: combo.currentData() for cid, combo in self.ratings.items()}
        return QuickWinIdea(title=title, description=self.description_field.text(), ratings=ratings)

    def points(self) -> int:
        return sum(combo.currentData() for combo in self.ratings.values())

    def _rating_changed(self) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        if self.ratings:
            text = QCoreApplication.translate("QuickWinPage", "Punkte: {points} von {most}")
            self.total.setText(text.format(points=self.points(), most=2 * len(self.ratings)))


class QuickWinPage(SessionPage):
    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, QUICK_WINS, lang, pending)
        self.setTitle(QCoreApplication.translate("QuickWinPage", "Ideen für Quick Wins"))
        self.boxes: list[IdeaBox] = []

    def build(self) -> None:
        session, q, lang = self.session, self.session.assessment.questionnaire, self.lang
        intro = QCoreApplication.translate(
            "QuickWinPage",
            "Quick Wins sind kleine Vorhaben mit schnell sichtbarer Wirkung. Notieren Sie Ihre Ideen und "
            "bewerten Sie jede nach den Kriterien: 0 = nicht erfüllt, 1 = teilweise, 2 = voll.",
        )
        self.body.addWidget(wrapped(intro))
        if q.quick_win_examples:
            heading = QCoreApplication.translate("QuickWinPage", "Zur Anregung, aus anderen Kommunen:")
            titles = " · ".join(e.title.get(lang) for e in q.quick_win_examples)
            self.body.addWidget(wrapped(f"{heading} {titles}"))
            items = "".join(
                f"<li>{escape(e.title.get(lang))} <i>({escape(e.origin.get(lang))})</i></li>"
                for e in q.quick_win_examples
            )
            self.origins = wrapped(f"<ul>{items}</ul>", rich=True)
            self.origins.hide()
            self.show_origins = QToolButton()
            self.show_origins.setCheckable(True)
            self.show_origins.setText(QCoreApplication.translate("QuickWinPage", "Herkunft der Beispiele zeigen"))
            self.show_origins.toggled.connect(self.origins.setVisible)
            self.body.addWidget(self.show_origins)
            self.body.addWidget(self.origins)
        self.ideas_layout = QVBoxLayout()
        self.body.addLayout(self.ideas_layout)
        self.add = QPushButton(QCoreApplication.translate("QuickWinPage", "&Idee hinzufügen"))
        self.add.clicked.connect(self.add_idea)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add)
        add_row.addStretch(1)
        self.body.addLayout(add_row)
        self.body.addStretch(1)
        for idea in session.assessment.quick_wins:
            self._append(IdeaBox(session, lang, idea))
        if not self.boxes:
            self._append(IdeaBox(session, lang, None))

    def focus_start(self, question_id: str | None = None) -> None:
        """Work starts at the first idea's title (the examples' toggle is one Shift+Tab back)."""
        first = self.boxes[0].title_field if self.boxes else self.add
        first.setFocus()
        self.reveal(None, first)

    def add_idea(self) -> IdeaBox:
        box = IdeaBox(self.session, self.lang, None)
        self._append(box)
        box.title_field.setFocus()
        self.scroll_area.ensureWidgetVisible(box, 0, 0)
        return box

    def _append(self, box: IdeaBox) -> None:
        self.boxes.append(box)
        self.ideas_layout.addWidget(box)
        box.changed.connect(self._save_now)
        box.typed.connect(lambda: self.pending.schedule("quick_wins", self._save))
        box.removeRequested.connect(self._remove)
        self._renumber()

    def _remove(self, box: IdeaBox) -> None:
        index = self.boxes.index(box)
        self.boxes.remove(box)
        box.hide()
        box.setParent(None)
        box.deleteLater()
        self._renumber()
        self._save_now()
        if self.boxes:
            self.boxes[min(index, len(self.boxes) - 1)].title_field.setFocus()
        else:
            self.add.setFocus()

    def _renumber(self) -> None:
        """Number the ideas and keep the Tab order in reading order (new boxes join at the end)."""
        order: list[QWidget] = []
        for number, box in enumerate(self.boxes, 1):
            box.set_number(number)
            order += box.focus_order()
        order.append(self.add)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def ideas(self) -> list[QuickWinIdea]:
        return [idea for idea in (box.idea() for box in self.boxes) if idea is not None]

    def _save_now(self) -> None:
        self.pending.flush()
        self._save()

    def _save(self) -> None:
        ideas = self.ideas()
        if ideas != self.session.assessment.quick_wins:
            self.session.set_quick_wins(ideas)
