"""The wizard's pages for the profile, the method and one dimension.

The targets, quick-win and review pages have modules of their own.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..core import labels
from ..core.assessment import Municipality, MunicipalityType, Respondent, SizeClass
from ..core.session import METHOD, PROFILE, Session
from .question_widget import QuestionWidget
from .wizard_common import Pending, SessionPage, escape, question_number, readable, wrapped


class ProfilePage(SessionPage):
    """The municipality and the respondent's role; Next needs a name (and a valid AGS)."""

    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, PROFILE, lang, pending)
        self.setTitle(QCoreApplication.translate("ProfilePage", "Ihre Kommune"))
        self.body.addWidget(readable(
            wrapped(
                QCoreApplication.translate(
                    "ProfilePage",
                    "Für wen gilt diese Einschätzung? Nur der Name ist nötig; alles wird sofort gespeichert.",
                )
            ), QCoreApplication.translate("ProfilePage", "Ihre Kommune")
        ))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.ags = QLineEdit()
        self.ags.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.ags))
        self.ags.setPlaceholderText(QCoreApplication.translate("ProfilePage", "z. B. 03241001"))
        self.type = QComboBox()
        for value in MunicipalityType:
            self.type.addItem(labels.label(value, lang), value)
        self.size = QComboBox()
        for value in SizeClass:
            self.size.addItem(labels.label(value, lang), value)
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(QCoreApplication.translate("ProfilePage", "z. B. Hauptamt, Digitalisierung"))
        rows = [
            (QCoreApplication.translate("ProfilePage", "&Name der Kommune:"), self.name),
            (QCoreApplication.translate("ProfilePage", "A&GS (8 Ziffern, freiwillig):"), self.ags),
            (QCoreApplication.translate("ProfilePage", "&Art der Kommune:"), self.type),
            (QCoreApplication.translate("ProfilePage", "&Einwohnerzahl:"), self.size),
            (QCoreApplication.translate("ProfilePage", "Ihre &Rolle oder Ihr Fachbereich:"), self.role),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        self.body.addLayout(form)
        self.problem = wrapped()
        self.problem.setObjectName("problem")
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.load()
        self.name.textEdited.connect(self._municipality_edited)
        self.ags.textEdited.connect(self._municipality_edited)
        self.type.currentIndexChanged.connect(self._municipality_chosen)
        self.size.currentIndexChanged.connect(self._municipality_chosen)
        self.role.textEdited.connect(self._role_edited)

    def load(self) -> None:
        a = self.session.assessment
        m = a.municipality
        self.name.setText(m.name)
        self.ags.setText(m.ags or "")
        self.type.setCurrentIndex(self.type.findData(m.type))
        self.size.setCurrentIndex(self.size.findData(m.size_class))
        self.role.setText(a.respondents[0].role if a.respondents else "")
        self._show_problem()

    def municipality(self) -> Municipality | None:
        """The municipality the fields describe, or None while they are not valid."""
        try:
            return Municipality(
                name=self.name.text(),
                ags=self.ags.text() or None,
                type=self.type.currentData(),
                size_class=self.size.currentData(),
            )
        except ValidationError:
            return None

    def focus_start(self, question_id: str | None = None) -> None:
        self.name.setFocus()
        self.name.selectAll()  # a placeholder name ("Meine Kommune") is replaced by typing

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.municipality() is not None and self.session.is_complete(PROFILE)

    def _show_problem(self) -> None:
        problem = ""
        if not self.name.text().strip():
            problem = QCoreApplication.translate("ProfilePage", "Bitte geben Sie den Namen der Kommune ein.")
        elif self.ags.text() and len(self.ags.text()) != 8:
            problem = QCoreApplication.translate("ProfilePage", "Der AGS hat genau 8 Ziffern – oder bleibt leer.")
        self.problem.setText(problem)

    def _municipality_edited(self) -> None:
        self._show_problem()
        self.completeChanged.emit()
        self.pending.schedule("municipality", self._save_municipality)

    def _municipality_chosen(self) -> None:
        self.pending.flush()
        self._save_municipality()

    def _save_municipality(self) -> None:
        municipality = self.municipality()
        if municipality is not None and municipality != self.session.assessment.municipality:
            self.session.set_municipality(municipality)
            wizard = self.wizard()
            if hasattr(wizard, "update_title"):
                wizard.update_title()

    def _role_edited(self) -> None:
        self.pending.schedule("role", self._save_role)

    def _save_role(self) -> None:
        others = list(self.session.assessment.respondents[1:])
        role = self.role.text().strip()
        first = self.session.assessment.respondents[:1]
        name = first[0].name if first else ""
        self.session.set_respondents(([Respondent(role=role, name=name)] if role else []) + others)


class MethodPage(SessionPage):
    """The method in three sentences, and the level names."""

    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, METHOD, lang, pending)
        q = session.assessment.questionnaire
        self.setTitle(QCoreApplication.translate("MethodPage", "So funktioniert die Einschätzung"))
        sentences = [
            QCoreApplication.translate(
                "MethodPage",
                "Zu jeder Dimension wählen Sie bei jeder Frage die Antwort, die überwiegend zutrifft; "
                "„weiß nicht“ und „trifft nicht zu“ zählen nicht in die Bewertung, werden aber als "
                "Abdeckung gezeigt.",
            ),
            QCoreApplication.translate(
                "MethodPage",
                "Aus den Antworten ergibt sich je Dimension eine Stufe von 0 bis 4 nach festen Grenzwerten; "
                "Schlüsselfragen können die Stufe begrenzen, und eine Gesamtnote gibt es bewusst nicht.",
            ),
            QCoreApplication.translate(
                "MethodPage",
                "Sie legen je Dimension eine Zielstufe fest; aus dem Abstand dazu entsteht ein Plan mit "
                "den nächsten Schritten – jede Antwort wird sofort auf diesem Rechner gespeichert.",
            ),
        ]
        heading = QCoreApplication.translate("MethodPage", "Die Methode in drei Sätzen")
        items = "".join(f"<li>{escape(sentence)}</li>" for sentence in sentences)
        self.body.addWidget(readable(wrapped(f"<b>{heading}</b><ol>{items}</ol>", rich=True), heading))
        levels = QCoreApplication.translate("MethodPage", "Die Stufen")
        items = "".join(f"<li>{lv.value} – {escape(lv.name.get(lang))}</li>" for lv in q.levels)
        self.body.addWidget(readable(wrapped(f"<b>{levels}</b><ul>{items}</ul>", rich=True), levels))
        about = QCoreApplication.translate("MethodPage", "Über diesen Fragebogen")
        intro = "".join(f"<p>{escape(part)}</p>" for part in q.intro.get(lang).split("\n\n") if part.strip())
        self.body.addWidget(readable(wrapped(f"<b>{about}: {escape(q.title.get(lang))}</b>{intro}", rich=True), about))
        self.body.addStretch(1)


class DimensionPage(SessionPage):
    """All questions of one dimension, in a scroll area."""

    def __init__(self, session: Session, page_id: str, lang: str, pending: Pending):
        super().__init__(session, page_id, lang, pending)
        dimension = session.assessment.questionnaire.dimension(session.pages[session.index(page_id)].dimension_id)
        self.dimension = dimension
        self.setTitle(dimension.name.get(lang))
        intro = dimension.description.get(lang) + "\n\n" + session.assessment.questionnaire.answer_scale.instruction.get(lang)
        self.body.addWidget(readable(wrapped(intro), dimension.name.get(lang)))
        self.questions: dict[str, QuestionWidget] = {}
        for question in dimension.questions:
            widget = QuestionWidget(session, question, question_number(session, question.id), lang, pending)
            self.questions[question.id] = widget
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def focus_start(self, question_id: str | None = None) -> None:
        widget = self.questions.get(question_id) or next(iter(self.questions.values()))
        widget.focus_answer()
        self.reveal(widget, widget.group.checkedButton() or widget.group.buttons()[0])

    def advance(self, focus: QWidget | None) -> bool:
        """Return in a question: on to the next unanswered question of the page (True), else False (Weiter)."""
        widgets = list(self.questions.values())
        here = next((i for i, w in enumerate(widgets) if focus is not None and w.isAncestorOf(focus)), None)
        if here is None:
            return False
        order = widgets[here + 1:] + widgets[:here + 1]
        following = next((w for w in order if w.value() is None), None)
        if following is None:
            return False
        following.focus_answer()
        self.reveal(following, following.group.buttons()[0])
        return True

