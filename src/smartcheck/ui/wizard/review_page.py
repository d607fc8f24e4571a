"""Review before finishing: coverage per dimension and every open point.

The list of open points (questions still marked "Diskussionsbedarf" after
merging several people's answers, unanswered questions, "weiß nicht",
provisional or not assessable dimensions) is one keyboard stop; Enter or the jump button
goes back to the chosen question. "Abschließen" is enabled as soon as the
session can finish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from ...core.merge import has_discussion
from ...core.scoring import score
from ...core.session import REVIEW, Session
from ...core.values import MAX_LEVEL
from .common import Pending, SessionPage, question_number, wrapped

TARGET_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(SessionPage):
    jumpRequested = Signal(str, str)  # page id, question id ("" for the page itself)

    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, REVIEW, lang, pending)
        self.setTitle(QCoreApplication.translate("ReviewPage", "Prüfen und abschließen"))
        self.setFinalPage(True)

    def build(self) -> None:
        self.summary = wrapped()
        self.summary.setObjectName("summary")
        self.body.addWidget(self.summary)
        self.coverage = wrapped(rich=True)
        self.coverage.setObjectName("coverage")
        self.body.addWidget(self.coverage)
        label = QLabel(QCoreApplication.translate("ReviewPage", "&Offene Punkte:"))
        self.open_points = QListWidget()
        self.open_points.setWordWrap(True)
        self.open_points.setAccessibleName(QCoreApplication.translate("ReviewPage", "Offene Punkte"))
        self.open_points.setMinimumHeight(160)
        label.setBuddy(self.open_points)
        self.body.addWidget(label)
        self.body.addWidget(self.open_points, 1)
        row = QHBoxLayout()
        self.jump = QPushButton(QCoreApplication.translate("ReviewPage", "Zur gewählten Stelle &gehen"))
        self.jump.clicked.connect(self._jump_to_current)
        row.addWidget(self.jump)
        row.addStretch(1)
        self.body.addLayout(row)
        self.finish_note = wrapped()
        self.finish_note.setObjectName("finish_note")
        self.body.addWidget(self.finish_note)
        self.open_points.itemActivated.connect(self._jump_to)
        self.open_points.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Enter in the list jumps; it must not also reach the wizard's default button.
        if (
            watched is self.open_points
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._jump_to_current()
            return True
        return False

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        s, lang = self.session, self.lang
        q = s.assessment.questionnaire
        profile = score(s.assessment)
        items = s.review(profile)
        # counted as in the result: "trifft nicht zu" leaves a question out, it is not an answer of the total
        answered = sum(profile[i.dimension_id].answered for i in items)
        total = sum(profile[i.dimension_id].applicable for i in items)
        self.summary.setText(
            QCoreApplication.translate(
                "ReviewPage", "Beantwortet (mit einer Stufe 0 bis {most}): {answered} von {total} Fragen."
            ).format(most=MAX_LEVEL, answered=answered, total=total)
        )
        rows = []
        self.open_points.clear()
        self._add_discussion()
        for item in items:
            name = q.dimension(item.dimension_id).name.get(lang)
            state = ""
            if not item.assessable:
                state = QCoreApplication.translate("ReviewPage", "nicht bewertbar")
            elif item.provisional:
                state = QCoreApplication.translate("ReviewPage", "vorläufig")
            line = QCoreApplication.translate("ReviewPage", "{name}: {answered} von {total} beantwortet").format(
                name=name, answered=profile[item.dimension_id].answered, total=profile[item.dimension_id].applicable
            )
            rows.append(f"<li>{line}{' – <b>' + state + '</b>' if state else ''}</li>")
            if state or item.unanswered or item.unknown:
                header = self._add(f"{name}: {state}" if state else name, item.page_id, "")
                font = header.font()
                font.setBold(True)
                header.setFont(font)
            for qid in item.unanswered:
                self._add_question(qid, QCoreApplication.translate("ReviewPage", "unbeantwortet"))
            for qid in item.unknown:
                self._add_question(qid, QCoreApplication.translate("ReviewPage", "weiß nicht"))
        self.coverage.setText("<ul>" + "".join(rows) + "</ul>")
        if self.open_points.count() == 0:
            done = QListWidgetItem(QCoreApplication.translate("ReviewPage", "Keine offenen Punkte."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.open_points.addItem(done)
        else:
            self.open_points.setCurrentRow(0)
        self.jump.setEnabled(self.open_points.currentItem() is not None)
        if s.can_finish():
            note = QCoreApplication.translate(
                "ReviewPage",
                "Mit „Abschließen“ wird die Einschätzung festgeschrieben. Offene Punkte erscheinen im "
                "Ergebnis als Abdeckung und als Schritte zum Herausfinden.",
            )
        else:
            note = QCoreApplication.translate(
                "ReviewPage", "Zum Abschließen braucht es den Namen der Kommune und mindestens eine bewertete Antwort."
            )
        self.finish_note.setText(note)
        self.completeChanged.emit()

    def _add_discussion(self) -> None:
        """Questions whose answers lay two or more levels apart, for the consensus workshop."""
        answers = self.session.assessment.answers
        flagged = [x.id for x in self.session.assessment.questionnaire.questions() if has_discussion(answers.get(x.id))]
        if not flagged:
            return
        header = self._add(
            QCoreApplication.translate(
                "ReviewPage",
                "Diskussionsbedarf: {count} Frage(n) – Wert gemeinsam festlegen, dann in der "
                "Notiz „Diskussionsbedarf“ durch „Vereinbart“ ersetzen",
            ).format(count=len(flagged)),
            self.session.page_of_question(flagged[0]),
            flagged[0],
        )
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        for qid in flagged:
            self._add_question(qid, QCoreApplication.translate("ReviewPage", "Diskussionsbedarf"))

    def _add_question(self, question_id: str, state: str) -> None:
        q = self.session.assessment.questionnaire
        text = QCoreApplication.translate("ReviewPage", "Frage {number} ({state}): {text}").format(
            number=question_number(self.session, question_id),
            state=state,
            text=q.question(question_id).text.get(self.lang),
        )
        self._add(text, self.session.page_of_question(question_id), question_id)

    def _add(self, text: str, page_id: str, question_id: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, (page_id, question_id))
        self.open_points.addItem(item)
        return item

    def _jump_to_current(self) -> None:
        item = self.open_points.currentItem()
        if item is not None:
            self._jump_to(item)

    def _jump_to(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.jumpRequested.emit(*target)
