"""The assessment wizard: a thin Qt view of :class:`smartcheck.core.session.Session`.

Pages are numbered by their position in ``session.pages``; each page asks the
session whether it is complete and which page follows. The wizard opens a
resumed draft at the page and question of the last change by walking forward
from the start, so Back works from there as usual. Nothing needs saving when
the window closes: every answer went to the store when it was given (typed
text after a short pause, flushed on every page change and on closing).

QWizard settings that matter: ``IndependentPages`` (Back keeps what was
entered), ``ModernStyle`` (the same look on every platform), Next gated only
through ``isComplete()``, "Abbrechen" kept (it closes; all is saved).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from ...core.assessment import Status
from ...core.session import DIMENSION_PREFIX, METHOD, PROFILE, QUICK_WINS, REVIEW, TARGETS, Session
from .. import screen
from .common import Pending, SessionPage
from .measures_review_page import MEASURES, MeasuresReviewPage
from .pages import DimensionPage, MethodPage, ProfilePage
from .quick_win_page import QuickWinPage
from .review_page import ReviewPage
from .targets_page import TargetsPage

PAGE_TYPES = {
    PROFILE: ProfilePage,
    METHOD: MethodPage,
    TARGETS: TargetsPage,
    QUICK_WINS: QuickWinPage,
    MEASURES: MeasuresReviewPage,
}


class AssessmentWizard(QWizard):
    assessmentFinished = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, lang: str = "de"):
        if session.assessment.status != Status.DRAFT:
            raise ValueError("the wizard edits drafts only: call session.reopen() first")
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.pending = Pending(self)
        self._moving = False
        self._shown: SessionPage | None = None  # the page last arrived at (its controls are built)
        self._question: str | None = None  # the question focused on arriving there
        self._opened = False
        self.setObjectName("assessment_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        to_review = self.button(QWizard.WizardButton.CustomButton1)
        to_review.setText(QCoreApplication.translate("AssessmentWizard", "Zur &Prüfung"))
        to_review.setToolTip(QCoreApplication.translate("AssessmentWizard", "Direkt zur Übersicht der offenen Punkte"))
        self.customButtonClicked.connect(lambda _which: self.jump_to(REVIEW))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            QCoreApplication.translate(
                "AssessmentWizard",
                "Schließt das Fenster. Alles ist bereits gespeichert; beim nächsten Öffnen geht es an "
                "derselben Stelle weiter.",
            )
        )
        self.update_title()
        for page in session.pages:
            self.setPage(session.index(page.id), self._make_page(page.id))
        self.review_page.jumpRequested.connect(self.jump_to)
        self._review_seen = session.resume_page() == REVIEW
        self.currentIdChanged.connect(self._page_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.CustomButton1,
        ):
            # Tab onto one of them must not make it the default: Return stays "Weiter".
            button = self.button(which)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.activated.connect(self._quit)
        help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_shortcut.activated.connect(self.open_help)
        screen.fit(self, QSize(900, 700), centre_on=parent)
        screen.keep_inside_when_shown(self)
        self._resume()

    def update_title(self) -> None:
        """The questionnaire and the municipality's current name (it follows a rename on the first page)."""
        a = self.session.assessment
        self.setWindowTitle(
            QCoreApplication.translate("AssessmentWizard", "{title} – {name}").format(
                title=a.questionnaire.title.get(self.lang), name=a.municipality.name
            )
        )

    def _make_page(self, page_id: str) -> SessionPage:
        if page_id.startswith(DIMENSION_PREFIX):
            return DimensionPage(self.session, page_id, self.lang, self.pending)
        if page_id == REVIEW:
            self.review_page = ReviewPage(self.session, self.lang, self.pending)
            return self.review_page
        return PAGE_TYPES[page_id](self.session, self.lang, self.pending)

    # ------------------------------------------------------------ navigation
    def session_page(self) -> SessionPage | None:
        page = self.currentPage()
        return page if isinstance(page, SessionPage) else None

    def _resume(self) -> None:
        target = self.session.index(self.session.resume_page())
        question = self.session.resume_question()
        self._moving = True
        try:
            self.restart()
            self._walk_to(target)
        finally:
            self._moving = False
        self._arrive(question)

    def _walk_to(self, target: int) -> None:
        while self.currentId() > target:
            before = self.currentId()
            self.back()
            if self.currentId() == before:  # the first page shown: no history before it
                break
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # a page is not complete: stop there
                break

    def jump_to(self, page_id: str, question_id: str = "") -> None:
        """Go to a page (and focus a question), keeping Back's history."""
        self.pending.flush()
        self._moving = True
        try:
            self._walk_to(self.session.index(page_id))
        finally:
            self._moving = False
        self._arrive(question_id or None)

    def _page_changed(self, _page_number: int) -> None:
        self.pending.flush()
        left = self._shown
        if left is not None and left is not self.currentPage():
            self._shown = None
            left.release()  # a page left is rebuilt from the session when shown again
        self.update_title()
        if not self._moving:
            self._arrive(None)

    def _arrive(self, question_id: str | None) -> None:
        page = self.session_page()
        if page is None:
            return
        self.session.visit(page.page_id)
        page.ensure_built()
        self._shown = page
        if page.page_id == REVIEW:
            self._review_seen = True
        self.button(QWizard.WizardButton.CustomButton1).setVisible(
            self._review_seen and page.page_id not in (PROFILE, REVIEW)
        )
        page.shown()
        self._question = question_id
        page.focus_start(question_id)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        page = self.session_page()
        if not self._opened and page is not None:
            # The page got its final height only now: scroll its start into view again.
            self._opened = True
            page.focus_start(self._question)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tab from the wizard's buttons into a page does not pass through its
        # scroll area, which would otherwise scroll the focused control into view.
        page = self.session_page()
        if new is not None and page is not None and page.content().isAncestorOf(new):
            page.scroll_area.ensureWidgetVisible(new, 8, 8)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Return in a question goes on to the next unanswered question; Weiter only when none is left."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            page = self.currentPage()
            advance = getattr(page, "advance", None)
            if advance is not None and advance(QApplication.focusWidget()):
                event.accept()
                return
        super().keyPressEvent(event)

    def open_help(self):
        """F1: the user guide at the part about the wizard, the method and the glossary."""
        from ..help_window import open_help

        page = self.session_page()
        return open_help(
            self, page.page_id if page is not None else PROFILE, self.session.assessment.questionnaire, self.lang
        )

    def _quit(self) -> None:
        """Ctrl+Q: close the wizard (all is saved) and the program with it."""
        parent = self.parentWidget()
        self.reject()
        if parent is not None:
            parent.close()

    # --------------------------------------------------------------- closing
    def accept(self) -> None:
        self.pending.flush()
        if not self.session.can_finish():
            return
        self.session.finish()
        self.assessmentFinished.emit(self.session.assessment.id)
        super().accept()

    def done(self, result: int) -> None:
        self.pending.flush()
        if self.session.assessment.status == Status.DRAFT:
            # Keeps the page shown for the next start (answers are saved already).
            self.session.saver.save_assessment(self.session.assessment)
        super().done(result)
