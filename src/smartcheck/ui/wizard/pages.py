"""The wizard's pages for the profile, the method and one dimension.

The targets, quick-win and review pages have modules of their own.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...core import labels
from ...core.assessment import Administration, Municipality, MunicipalityType, Respondent, SizeClass
from ...core.context import size_class_for, wording
from ...core.session import METHOD, PROFILE, Session
from ...core.values import MAX_LEVEL, NAME_MAX
from .common import Pending, SessionPage, escape, question_number, readable, wrapped
from .question import QuestionWidget


class ProfilePage(SessionPage):
    """The municipality and the respondent's role; Next needs a name (and a valid AGS)."""

    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, PROFILE, lang, pending)
        self.setTitle(QCoreApplication.translate("ProfilePage", "Ihre Kommune"))
        self.ensure_built()  # isComplete() reads the fields, also while the wizard walks past the page

    def build(self) -> None:
        lang = self.lang
        self.body.addWidget(
            readable(
                wrapped(
                    QCoreApplication.translate(
                        "ProfilePage",
                        "Für wen gilt diese Einschätzung? Nur der Name ist nötig; alles wird sofort gespeichert.",
                    )
                ),
                QCoreApplication.translate("ProfilePage", "Ihre Kommune"),
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.ags = QLineEdit()
        self.ags.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.ags))
        self.ags.setPlaceholderText(QCoreApplication.translate("ProfilePage", "z. B. 03241001"))
        self.type = QComboBox()
        for kind in MunicipalityType:
            self.type.addItem(labels.label(kind, lang), kind)
        self.size_class = QComboBox()
        for size in SizeClass:
            self.size_class.addItem(labels.label(size, lang), size)
        self.administration = QComboBox()
        for administration in Administration:
            self.administration.addItem(labels.label(administration, lang), administration)
        self.population = QLineEdit()
        self.population.setValidator(QRegularExpressionValidator(QRegularExpression(r"[1-9]\d{0,6}"), self.population))
        self.population.setPlaceholderText(QCoreApplication.translate("ProfilePage", "z. B. 2800"))
        self.mode = QComboBox()
        self.mode.addItem(
            QCoreApplication.translate("ProfilePage", "Vollständiger Check (etwa 30 bis 45 Minuten)"), "full"
        )
        self.mode.addItem(
            QCoreApplication.translate("ProfilePage", "Schnellcheck: nur Schlüssel- und Torfragen (etwa 15 Minuten)"),
            "quick",
        )
        self.role = QLineEdit()
        self.role.setMaxLength(NAME_MAX)
        self.role.setPlaceholderText(QCoreApplication.translate("ProfilePage", "z. B. Hauptamt, Digitalisierung"))
        rows: list[tuple[str, QWidget]] = [
            (QCoreApplication.translate("ProfilePage", "&Name der Kommune:"), self.name),
            (QCoreApplication.translate("ProfilePage", "A&GS (8 Ziffern, freiwillig):"), self.ags),
            (QCoreApplication.translate("ProfilePage", "&Art der Kommune:"), self.type),
            (QCoreApplication.translate("ProfilePage", "&Einwohnerzahl:"), self.size_class),
            (QCoreApplication.translate("ProfilePage", "&Verwaltungsform:"), self.administration),
            (QCoreApplication.translate("ProfilePage", "E&inwohnerzahl genau (freiwillig):"), self.population),
            (
                QCoreApplication.translate("ProfilePage", "Ihre &Rolle oder Ihr Fachbereich (für wen Sie antworten):"),
                self.role,
            ),
            (QCoreApplication.translate("ProfilePage", "&Umfang:"), self.mode),
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
        self.size_class.currentIndexChanged.connect(self._municipality_chosen)
        self.administration.currentIndexChanged.connect(self._municipality_chosen)
        self.population.textEdited.connect(self._population_edited)
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.role.textEdited.connect(self._role_edited)

    def load(self) -> None:
        a = self.session.assessment
        m = a.municipality
        self.name.setText(m.name)
        self.ags.setText(m.ags or "")
        self.type.setCurrentIndex(self.type.findData(m.type))
        self.size_class.setCurrentIndex(self.size_class.findData(m.size_class))
        self.administration.setCurrentIndex(self.administration.findData(m.administration))
        self.population.setText(str(m.population) if m.population else "")
        self.mode.setCurrentIndex(self.mode.findData(a.mode))
        self.role.setText(a.respondents[0].role if a.respondents else "")
        self._show_problem()

    def municipality(self) -> Municipality | None:
        """The municipality the fields describe, or None while they are not valid."""
        try:
            return Municipality(
                name=self.name.text(),
                ags=self.ags.text() or None,
                type=self.type.currentData(),
                size_class=self.size_class.currentData(),
                administration=self.administration.currentData(),
                population=int(self.population.text()) if self.population.text() else None,
            )
        except ValidationError:
            return None

    def focus_start(self, question_id: str | None = None) -> None:
        self.name.setFocus()
        self.name.selectAll()  # a placeholder name ("Meine Kommune") is replaced by typing
        self.reveal(None, self.name)

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

    def _population_edited(self) -> None:
        if self.population.text():  # the size class follows the exact number
            self.size_class.blockSignals(True)
            self.size_class.setCurrentIndex(self.size_class.findData(size_class_for(int(self.population.text()))))
            self.size_class.blockSignals(False)
        self._municipality_edited()

    def _mode_chosen(self) -> None:
        mode = self.mode.currentData()
        if mode != self.session.assessment.mode:
            self.session.set_mode(mode)

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
        self.setTitle(QCoreApplication.translate("MethodPage", "So funktioniert die Einschätzung"))

    def build(self) -> None:
        q, lang = self.session.assessment.questionnaire, self.lang
        sentences = [
            QCoreApplication.translate(
                "MethodPage",
                "Zu jeder Dimension wählen Sie bei jeder Frage die Antwort, die überwiegend zutrifft; "
                "„weiß nicht“ und „trifft nicht zu“ zählen nicht in die Bewertung, werden aber als "
                "Abdeckung gezeigt.",
            ),
            QCoreApplication.translate(
                "MethodPage",
                "Aus den Antworten ergibt sich je Dimension eine Stufe von 0 bis {most} nach festen Grenzwerten; "
                "Schlüsselfragen können die Stufe begrenzen, und eine Gesamtnote gibt es bewusst nicht.",
            ).format(most=MAX_LEVEL),
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
        if q.definition is not None:  # questionnaire 2.0: what Smart City means here, and the glossary
            heading = QCoreApplication.translate("MethodPage", "Was heißt Smart City für eine kleine Gemeinde?")
            self.body.addWidget(
                readable(wrapped(f"<b>{heading}</b><p>{escape(q.definition.get(lang))}</p>", rich=True), heading)
            )
        if q.glossary:
            heading = QCoreApplication.translate("MethodPage", "Begriffe")
            items = "".join(
                f"<li><b>{escape(g.term.get(lang))}</b>: {escape(g.definition.get(lang))}</li>" for g in q.glossary
            )
            self.glossary = readable(wrapped(f"<b>{heading}</b><ul>{items}</ul>", rich=True), heading)
            self.body.addWidget(self.glossary)
        self.body.addStretch(1)


class DimensionPage(SessionPage):
    """All questions of one dimension, in a scroll area; built when shown, dropped when left."""

    releasable = True

    def __init__(self, session: Session, page_id: str, lang: str, pending: Pending):
        super().__init__(session, page_id, lang, pending)
        dimension_id = session.pages[session.index(page_id)].dimension_id
        assert dimension_id is not None  # a dimension page names its dimension
        self.dimension = session.assessment.questionnaire.dimension(dimension_id)
        self.setTitle(self.dimension.name.get(lang))
        self._questions: dict[str, QuestionWidget] = {}
        self.left_out: QLabel | None = None

    @property
    def questions(self) -> dict[str, QuestionWidget]:
        """The page's question widgets by question id (built if the page has not been shown)."""
        self.ensure_built()
        return self._questions

    def build(self) -> None:
        session, lang, dimension = self.session, self.lang, self.dimension
        intro = (
            dimension.description.get(lang)
            + "\n\n"
            + session.assessment.questionnaire.answer_scale.instruction.get(lang)
        )
        self.body.addWidget(readable(wrapped(intro), dimension.name.get(lang)))
        administration = session.assessment.municipality.administration
        for question in dimension.questions:
            text, help_, options = wording(question, administration)
            if text != question.text:  # worded for this form of administration (Amt vs. Hauptamt)
                question = question.model_copy(update={"text": text, "help": help_, "options": options})
            widget = QuestionWidget(session, question, question_number(session, question.id), lang, self.pending)
            widget.group.idClicked.connect(lambda _id: self.refresh())
            self._questions[question.id] = widget
            self.body.addWidget(widget)
        # Questions that do not apply are hidden and named here, never scored.
        self.left_out = wrapped()
        self.left_out.setObjectName("left_out")
        self.body.addWidget(self.left_out)
        self.body.addStretch(1)
        self.refresh()

    def forget(self) -> None:
        self._questions = {}
        self.left_out = None

    def refresh(self) -> None:
        """Show the questions that apply now (context, gates, Schnellcheck) and name the others."""
        if not self.built or self.left_out is None:
            return
        skip = self.session.skipped()
        for qid, widget in self._questions.items():
            widget.setVisible(qid not in skip)
        gone = [question_number(self.session, qid) for qid in self._questions if qid in skip]
        text = ""
        if gone:
            text = QCoreApplication.translate(
                "DimensionPage", "Entfällt für Ihre Gemeinde (nicht bewertet): Fragen {numbers}."
            ).format(numbers=", ".join(gone))
        self.left_out.setText(text)
        self.left_out.setVisible(bool(gone))

    def shown(self) -> None:
        self.refresh()

    def focus_start(self, question_id: str | None = None) -> None:
        """Focus ``question_id``, else the first open question shown, else the first shown; scroll it into view."""
        visible = [w for w in self.questions.values() if not w.isHidden()] or list(self.questions.values())
        widget = self.questions.get(question_id or "")
        if widget is None or widget.isHidden():
            widget = next((w for w in visible if w.value() is None), visible[0])
        widget.focus_answer()
        self.reveal(widget, widget.group.checkedButton() or widget.group.buttons()[0])

    def advance(self, focus: QWidget | None) -> bool:
        """Return in a question: on to the next unanswered question of the page (True), else False (Weiter)."""
        widgets = list(self.questions.values())
        here = next((i for i, w in enumerate(widgets) if focus is not None and w.isAncestorOf(focus)), None)
        if here is None:
            return False
        order = widgets[here + 1 :] + widgets[: here + 1]
        following = next((w for w in order if w.value() is None), None)
        if following is None:
            return False
        following.focus_answer()
        self.reveal(following, following.group.buttons()[0])
        return True
