"""One question: its text, five options, the two answers set apart, help and note.

Keyboard: the options of a question form one exclusive ``QButtonGroup``, so Tab
enters the question once (at the chosen option, else the first), the arrow keys
move between its options and Space chooses; Tab goes on to the help button,
the note and the next question. A radio button's text cannot wrap, so each
option is a radio button without text beside a wrapping label; the label is
the button's buddy, a click on it chooses the option, and the label is framed
while its button has the focus. Every radio button carries an accessible name
such as "Frage 2.3, Antwort 2: <option text>".

The note is a plain-text box that grows with its text from two to six lines
and then scrolls, so a long note (a merged assessment writes
"Diskussionsbedarf: …" and a line per person) is shown in full, line breaks
included. Enter starts a new line; Tab leaves the box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.assessment import NOT_APPLICABLE, UNKNOWN
from ...core.questionnaire import Question
from ...core.session import Session
from ...core.values import MAX_LEVEL, NOTE_MAX, AnswerValue
from .common import Pending, escape, readable, wrapped

UNKNOWN_ID, NA_ID = 5, 6
FOCUS_STYLE = "QLabel { border: 2px solid palette(highlight); border-radius: 3px; padding: 1px; }"
PLAIN_STYLE = "QLabel { border: 2px solid transparent; padding: 1px; }"


class OptionLabel(QLabel):
    """The wrapping text of one option; a click chooses its radio button."""

    def __init__(self, text: str, button: QRadioButton):
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)
        self.setStyleSheet(PLAIN_STYLE)
        self.button = button
        button.installEventFilter(self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FocusIn:
            self.setStyleSheet(FOCUS_STYLE)
        elif event.type() == QEvent.Type.FocusOut:
            self.setStyleSheet(PLAIN_STYLE)
        return False


class NoteEdit(QPlainTextEdit):
    """A multi-line note that is as high as its text (MIN_LINES to MAX_LINES, then it scrolls).

    ``edited`` is emitted for the user's changes only, not for ``setText``.
    """

    MIN_LINES, MAX_LINES, MAX_LENGTH = 2, 6, NOTE_MAX
    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._loading = False
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._fit()

    def lines(self) -> int:
        """Visual lines of the text at the current width (wrapped lines count)."""
        return max(1, int(self.document().size().height()))

    def _changed(self) -> None:
        if self._loading:
            return
        text = self.toPlainText()
        if len(text) > self.MAX_LENGTH:
            cursor = self.textCursor()
            self.setText(text[: self.MAX_LENGTH])
            cursor.setPosition(min(cursor.position(), self.MAX_LENGTH))
            self.setTextCursor(cursor)
            text = self.toPlainText()
        self.edited.emit(text)

    def _fit(self) -> None:
        shown = min(max(self.lines(), self.MIN_LINES), self.MAX_LINES)
        margins = self.contentsMargins()
        # + 2: QPlainTextEdit keeps one pixel free below the text and rounds the margins down;
        # without it a full box shows a scroll bar for the last line.
        height = (
            shown * self.fontMetrics().lineSpacing()
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + 2
        )
        if self.height() != int(height) or self.minimumHeight() != int(height):
            self.setFixedHeight(int(height))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class QuestionWidget(QFrame):
    def __init__(self, session: Session, question: Question, number: str, lang: str, pending: Pending):
        super().__init__()
        self.session = session
        self.question = question
        self.number = number
        self.pending = pending
        self.lang = lang
        self.setObjectName(f"question:{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        scale = session.assessment.questionnaire.answer_scale
        layout = QVBoxLayout(self)

        heading = QCoreApplication.translate("QuestionWidget", "Frage {number}").format(number=number)
        if question.key:
            heading += " · " + QCoreApplication.translate("QuestionWidget", "Schlüsselfrage")
        title = wrapped(f"<b>{heading}</b><br>{escape(question.text.get(lang))}", rich=True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(title)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        options = QGridLayout()
        options.setColumnStretch(1, 1)
        options.setHorizontalSpacing(6)
        options.setVerticalSpacing(2)
        self.labels: dict[int, OptionLabel] = {}
        for position, option in enumerate(question.options):
            text = option.get(lang)
            name = QCoreApplication.translate("QuestionWidget", "Frage {number}, Antwort {position}: {text}")
            button = self._radio(position, name.format(number=number, position=position + 1, text=text))
            self.labels[position] = OptionLabel(text, button)
            options.addWidget(button, position, 0, Qt.AlignmentFlag.AlignTop)
            options.addWidget(self.labels[position], position, 1)
        layout.addLayout(options)

        apart = [(UNKNOWN_ID, scale.unknown.get(lang), question.allow_unknown)]
        apart.append((NA_ID, scale.not_applicable.get(lang), question.allow_not_applicable))
        if question.allow_unknown or question.allow_not_applicable:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(line)
            row = QHBoxLayout()
            for button_id, text, allowed in apart:
                if not allowed:
                    continue
                name = QCoreApplication.translate("QuestionWidget", "Frage {number}: {text}")
                button = self._radio(button_id, name.format(number=number, text=text))
                self.labels[button_id] = OptionLabel(text, button)
                row.addWidget(button)
                row.addWidget(self.labels[button_id])
                row.addSpacing(24)
            row.addStretch(1)
            layout.addLayout(row)
        self.group.idClicked.connect(self._chosen)

        tools = QHBoxLayout()
        self.help_button = QToolButton()
        self.help_button.setText(QCoreApplication.translate("QuestionWidget", "Hilfe zeigen"))
        self.help_button.setCheckable(True)
        self.help_button.setAccessibleName(
            QCoreApplication.translate("QuestionWidget", "Hilfe zu Frage {number}").format(number=number)
        )
        self.help_button.toggled.connect(self._toggle_help)
        self.note_label = QLabel(QCoreApplication.translate("QuestionWidget", "&Notiz:"))
        self.note = NoteEdit()
        self.note.setAccessibleName(
            QCoreApplication.translate("QuestionWidget", "Notiz zu Frage {number}").format(number=number)
        )
        self.note_label.setBuddy(self.note)
        # level with the box's first line of text
        self.note_label.setContentsMargins(0, self.note.frameWidth() + int(self.note.document().documentMargin()), 0, 0)
        self.note.edited.connect(self._note_edited)
        tools.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        tools.addSpacing(12)
        tools.addWidget(self.note_label, 0, Qt.AlignmentFlag.AlignTop)
        tools.addWidget(self.note, 1)
        layout.addLayout(tools)

        self.help: QLabel | None = None  # the help text, made when it is first shown
        self.load()

    def _radio(self, button_id: int, accessible_name: str) -> QRadioButton:
        button = QRadioButton()
        # As high as the first line of its label, so the indicator sits beside that line.
        button.setFixedHeight(button.fontMetrics().lineSpacing() + 6)
        button.setAccessibleName(accessible_name)
        button.setAccessibleDescription(self.question.text.get(self.lang))
        self.group.addButton(button, button_id)
        button.installEventFilter(self)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Keys 0–4 choose that option; Down and Right go on from "weiß nicht" to "trifft nicht zu"."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if watched not in self.group.buttons():
            return False
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_0 + MAX_LEVEL:
            if key - Qt.Key.Key_0 >= len(self.question.options):
                return False
            target = self.group.button(key - Qt.Key.Key_0)
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not target.isChecked():
                target.click()
            return True
        unknown = self.group.button(UNKNOWN_ID)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) and unknown is not None and watched is unknown:
            target = self.group.button(NA_ID)
            if target is None:
                return False
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if unknown.isChecked():
                target.click()
            return True
        return False

    # ---------------------------------------------------------------- state
    def load(self) -> None:
        """Show the stored answer (no saving)."""
        answer = self.session.assessment.answers.get(self.question.id)
        if answer is None:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
        else:
            value = answer.value
            button_id = value if isinstance(value, int) else UNKNOWN_ID if value == UNKNOWN else NA_ID
            self.group.button(button_id).setChecked(True)
        self.note.setText(answer.note if answer else "")
        self._update_note_state()

    def value(self) -> AnswerValue | None:
        checked = self.group.checkedId()
        if checked < 0:
            return None
        return UNKNOWN if checked == UNKNOWN_ID else NOT_APPLICABLE if checked == NA_ID else checked

    def focus_answer(self) -> None:
        button = self.group.checkedButton() or self.group.buttons()[0]
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self, button_id: int) -> None:
        self.pending.flush()
        self.session.answer(self.question.id, self.value())
        self._update_note_state()

    def _note_edited(self, text: str) -> None:
        qid = self.question.id
        self.pending.schedule("note:" + qid, lambda: self.session.note(qid, text))

    def _update_note_state(self) -> None:
        answered = self.value() is not None
        self.note.setEnabled(answered)
        self.note_label.setEnabled(answered)
        self.note.setPlaceholderText(
            "" if answered else QCoreApplication.translate("QuestionWidget", "erst eine Antwort wählen")
        )

    def _make_help(self) -> QLabel:
        """The help text (and example) below the note; a Tab stop after "Hilfe verbergen" while shown."""
        question, lang = self.question, self.lang
        text = question.help.get(lang)
        if question.example is not None:
            example = QCoreApplication.translate("QuestionWidget", "Beispiel: {text}")
            text += "\n\n" + example.format(text=question.example.get(lang))
        help_ = readable(
            wrapped(text),
            QCoreApplication.translate("QuestionWidget", "Hilfe zu Frage {number}").format(number=self.number),
        )
        help_.setObjectName("help")
        help_.setFrameShape(QFrame.Shape.StyledPanel)
        help_.setMargin(6)
        help_.hide()
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.addWidget(help_)
        QWidget.setTabOrder(self.help_button, help_)  # read before the note
        QWidget.setTabOrder(help_, self.note)
        return help_

    def _toggle_help(self, on: bool) -> None:
        if self.help is None:
            self.help = self._make_help()
        self.help.setVisible(on)
        self.help_button.setText(
            QCoreApplication.translate("QuestionWidget", "Hilfe verbergen")
            if on
            else QCoreApplication.translate("QuestionWidget", "Hilfe zeigen")
        )
