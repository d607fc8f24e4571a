"""The main window: a stack of home, result and comparison, a menu, the wizard.

It is shown before the store is opened (``attach_store``), so the window is
up at once; the pages that need the store are built then. A change of
language or text size rebuilds the pages and the menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from .. import __version__, paths
from . import dialogs, screen, share_actions
from .settings import Settings, SettingsDialog

translate = QCoreApplication.translate
# Only what the platform style does not do already: page titles are set in
# widgets.title_label, focus frames come from the style itself. Hints are muted
# but keep a contrast of 4.5:1 to the window (palette(placeholder-text) had 3.5:1).
STYLE = "QLabel#hint {{ color: {hint}; }}"


def style(palette) -> str:
    from .widgets import hint_colour

    return STYLE.format(hint=hint_colour(palette).name())


def merge_message(merged, result, count: int, lang: str, shown: int = 10) -> str:
    """What the team reads after merging: the new draft and the questions to discuss."""
    from ..core.merge import question_number

    q = merged.questionnaire
    text = translate("Main", "{count} Einschätzungen zu einem neuen Entwurf für {name} zusammengeführt "
                             "(Median je Frage).").format(count=count, name=merged.municipality.name)
    if not result.discussion:
        return text + "\n\n" + translate(
            "Main", "Kein Diskussionsbedarf: Alle Antworten liegen höchstens eine Stufe auseinander.")
    lines = []
    for qid in result.discussion[:shown]:
        low, high = result.questions[qid].spread
        lines.append(translate("Main", "• Frage {number} ({low} bis {high}): {text}").format(
            number=question_number(q, qid), low=low, high=high, text=q.question(qid).text.get(lang)))
    more = len(result.discussion) - shown
    if more > 0:
        lines.append(translate("Main", "… und {count} weitere").format(count=more))
    return "\n\n".join([
        text,
        translate("Main", "Diskussionsbedarf bei einer Frage (Antworten zwei oder mehr Stufen auseinander):")
        if len(result.discussion) == 1 else
        translate("Main", "Diskussionsbedarf bei {count} Fragen (Antworten zwei oder mehr Stufen "
                          "auseinander):").format(count=len(result.discussion)),
        "\n".join(lines),
        translate("Main", "Legen Sie diese Werte im Konsens-Workshop fest. Die Seite „Prüfen und "
                          "abschließen“ listet sie; ist ein Wert vereinbart, ersetzen Sie in der Notiz "
                          "„Diskussionsbedarf“ durch „Vereinbart“."),
    ])


def draft_question(draft, lang: str) -> str:
    """What the team reads when a draft exists: whose it is, and what each answer does."""
    from ..core.labels import format_date

    return translate(
        "Main", "Für {name} gibt es einen Entwurf vom {date} ({answered} von {total} Fragen beantwortet).\n\n"
                "„Entwurf fortsetzen“: Sie arbeiten in diesem Entwurf weiter – richtig, wenn es Ihr eigener ist.\n"
                "„Eigene neue Einschätzung“: Sie beginnen eine eigene Einschätzung; der Entwurf bleibt, wie er ist. "
                "So antworten mehrere Personen getrennt, und ihre Antworten werden danach zusammengeführt.\n"
                "„Schließen“: nichts geschieht.").format(
        name=draft.municipality, date=format_date(draft.date, lang), answered=draft.answered, total=draft.total)


def drop_source_cache() -> None:
    """Free the source text PySide6 read of every module imported after it.

    PySide6's import hook reads each newly imported module's source (through
    ``linecache``) to look for ``from __feature__ import``; the text stays cached,
    about 9 MB for SmartCheck's modules and pydantic. Nothing needs it afterwards
    (a traceback reads the lines again), so it is dropped once the imports are done.
    """
    import linecache

    linecache.clearcache()


def _content(assessment) -> dict:
    """What a person changes in an assessment (not the times or the page last shown)."""
    return assessment.model_dump(exclude={"updated_at", "cursor"})


class MainWindow(QMainWindow):
    settingsChanged = Signal(object)  # Settings

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir, self.settings = Path(data_dir), settings
        self.store = None
        self.home = self.result = self.compare = self.pdf = self.wizard = self.region = None
        self.deleted: list[list] = []  # batches of deleted assessments, for undo until the window closes
        self._fresh = None  # (id, content) of a new assessment while its wizard is open
        self.setWindowTitle("SmartCheck")
        self.setStyleSheet(style(self.palette()))
        screen.restore(self, settings.window, QSize(1200, 800))
        screen.keep_inside_when_shown(self)
        self.stack = QStackedWidget()
        waiting = QLabel(translate("Main", "SmartCheck wird geöffnet …"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(waiting)
        self.setCentralWidget(self.stack)
        self._build_menu()

    # ------------------------------------------------------------ building
    def attach_store(self, store) -> None:
        from .compare_view import CompareView
        from .home import HomePage
        from .pdf_job import PdfMaker
        from .result_view import ResultView

        self.store = store
        lang = self.settings.language
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.home, self.result, self.compare = HomePage(store, lang), ResultView(lang), CompareView(store, lang)
        for page in (self.home, self.result, self.compare):
            self.stack.addWidget(page)
        if self.pdf is None:
            self.pdf = PdfMaker(store, self, lambda: self.settings.pdf_folder, lambda: self.settings.language)
            self.pdf.started.connect(lambda _id: self.statusBar().showMessage(translate("Main", "PDF wird erstellt …")))
            self.pdf.finished.connect(lambda _p: self.statusBar().showMessage(translate("Main", "PDF erstellt."), 5000))
            self.pdf.failed.connect(lambda _m: self.statusBar().clearMessage())
        self.home.newRequested.connect(self.new_assessment)
        self.home.continueRequested.connect(self.continue_assessment)
        self.home.resultRequested.connect(self.show_result)
        self.home.compareRequested.connect(self.show_compare)
        self.home.mergeRequested.connect(self.merge_assessments)
        self.home.pdfRequested.connect(self.pdf.create)
        self.result.backRequested.connect(self.show_home)
        self.result.pdfRequested.connect(self.pdf.create)
        self.result.compareRequested.connect(self.show_compare)
        self.home.deleteRequested.connect(self.delete_assessments)
        self.result.reopenRequested.connect(self.reopen_assessment)
        self.compare.backRequested.connect(self.show_home)
        share_actions.add_pages(self)  # the „Region“ page
        self._attach_measures(store, lang)
        self._build_menu()
        self.show_home()

    def _build_menu(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(translate("Main", "&Datei"))
        has_store = self.store is not None
        for text, shortcut, slot in (
            (translate("Main", "&Neue Einschätzung"), QKeySequence.StandardKey.New, self.new_assessment),
            (translate("Main", "&Übersicht"), QKeySequence("Ctrl+H"), self.show_home),
            (translate("Main", "&Importieren …"), QKeySequence("Ctrl+I"), lambda: self.home.import_files()),
            (translate("Main", "&Maßnahmen"), QKeySequence("Ctrl+M"), self.show_measures),
            (translate("Main", "&Einstellungen …"), QKeySequence("Ctrl+,"), self.open_settings),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            action.setEnabled(has_store or slot == self.open_settings)
            file_menu.addAction(action)
        share_actions.add_actions(self, file_menu, has_store)  # Profil weitergeben, Region, Bürgerseite
        file_menu.addSeparator()
        quit_action = QAction(translate("Main", "&Beenden"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(translate("Main", "&Bearbeiten"))
        self.undo_action = QAction(translate("Main", "&Rückgängig: Löschen"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_delete)
        self.undo_action.setEnabled(bool(self.deleted))
        edit_menu.addAction(self.undo_action)
        delete = QAction(translate("Main", "&Löschen …"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(lambda: self.stack.currentWidget() is self.home and self.home.delete_selected())
        delete.setEnabled(has_store)
        edit_menu.addAction(delete)
        help_menu = bar.addMenu(translate("Main", "&Hilfe"))
        guide = QAction(translate("Main", "&Hilfe anzeigen"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(lambda: self.open_help())
        help_menu.addAction(guide)
        about = QAction(translate("Main", "Ü&ber SmartCheck"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # ------------------------------------------------------------ navigation
    def show_home(self, select_id: str | None = None) -> None:
        self.home.refresh(select_id if isinstance(select_id, str) else None)
        self.stack.setCurrentWidget(self.home)
        self.focus_page()

    def show_result(self, assessment_id: str) -> None:
        assessment = self.store.load(assessment_id)
        self.result.show_assessment(assessment, self.store.history(assessment))
        from .measures_summary import implementation_lines

        self.result.show_implementation(implementation_lines(self.store, assessment, self.settings.language))
        self.stack.setCurrentWidget(self.result)
        self.focus_page()

    def show_compare(self, before_id: str, after_id: str) -> None:
        self.compare.show_pair(before_id, after_id)
        self.stack.setCurrentWidget(self.compare)
        self.focus_page()

    def _attach_measures(self, store, lang: str) -> None:
        """The Maßnahmen page, the home page's summary line and adopting a plan (ui/measures_view.py)."""
        from .adopt_plan import adopt_plan
        from .measures_view import MeasuresView

        self.measures = MeasuresView(store, lang)
        self.stack.addWidget(self.measures)
        self.measures.backRequested.connect(self.show_home)
        self.home.measures_summary.openRequested.connect(self.show_measures)
        self.result.adoptRequested.connect(
            lambda i: adopt_plan(self, store, self.store.load(i), lang) and self.show_measures())

    def show_measures(self) -> None:
        self.measures.refresh()
        self.stack.setCurrentWidget(self.measures)
        self.measures.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_page(self) -> None:
        """Put the keyboard focus on the first thing to do on the page shown."""
        page = self.stack.currentWidget()
        if page is self.home:
            on_list = self.home.stack.currentWidget() is self.home.overview
            target = self.home.table if on_list else self.home.start_button
        elif page is self.result:
            target = self.result.pdf_button
        elif page is self.compare:
            target = self.compare.before
        else:
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.focus_page()

    # ------------------------------------------------------------ wizard
    def new_assessment(self) -> None:
        from ..core import catalog
        from ..core.assessment import Municipality, new_assessment
        from ..core.errors import UserError

        draft = self.store.find_draft()
        if draft is not None:
            answer = dialogs.choose(self, translate("Main", "Entwurf vorhanden"), draft_question(
                draft, self.settings.language), [translate("Main", "Entwurf &fortsetzen"),
                                                 translate("Main", "&Eigene neue Einschätzung")])
            if answer is None:  # Schließen: nothing happens
                return
            if answer == 0:
                self.continue_assessment(draft.id)
                return
        try:
            questionnaire = catalog.load(paths.default_questionnaire_path())
        except (UserError, OSError) as error:
            dialogs.error(self, translate("Main", "Fragebogen nicht lesbar"), dialogs.message(error, self.settings.language))
            return
        latest = self.store.latest()
        if latest is not None:  # a repeat: same municipality, same targets and weights
            dims = {d.id for d in questionnaire.dimensions}
            assessment = new_assessment(
                questionnaire, latest.municipality.model_copy(),  # not the last person's role: someone else may answer
                targets={k: v for k, v in latest.targets.items() if k in dims},
                importance={k: v for k, v in latest.importance.items() if k in dims})
        else:
            assessment = new_assessment(questionnaire, Municipality(name=translate("Main", "Meine Kommune")))
        self.store.create(assessment)
        self.open_wizard(assessment)
        self._fresh = (assessment.id, _content(assessment))

    def merge_assessments(self, assessment_ids: list) -> None:
        """Several people's answers become one new draft, opened for the consensus workshop."""
        from ..core.errors import UserError
        from ..core.merge import merge_assessments

        lang = self.settings.language
        sources = [self.store.load(i) for i in assessment_ids]
        try:
            merged, result = merge_assessments(sources)
        except UserError as error:
            dialogs.error(self, translate("Main", "Zusammenführen nicht möglich"), dialogs.message(error, lang))
            return
        years = sorted({a.date.year for a in sources})
        if len(years) > 1 and not dialogs.confirm(self, translate("Main", "Verschiedene Jahre"), translate(
                "Main", "Die markierten Einschätzungen stammen aus verschiedenen Jahren ({years}). Zusammenführen "
                        "ist für die Antworten mehrerer Personen zur selben Zeit gedacht; für die Entwicklung "
                        "über die Jahre gibt es „Vergleichen“. Trotzdem zusammenführen?").format(
                years=", ".join(map(str, years)))):
            return
        try:
            self.store.create(merged)
        except UserError as error:
            dialogs.error(self, translate("Main", "Zusammenführen nicht möglich"), dialogs.message(error, lang))
            return
        self.home.refresh(merged.id)
        dialogs.inform_long(self, translate("Main", "Zusammengeführt"), merge_message(
            merged, result, len(assessment_ids), self.settings.language))
        self.open_wizard(merged)

    def continue_assessment(self, assessment_id: str) -> None:
        self.open_wizard(self.store.load(assessment_id))

    def open_wizard(self, assessment) -> None:
        from ..core.session import Session
        from .wizard import AssessmentWizard

        if self.wizard is not None:
            self.wizard.close()
        from .wizard.measures_review_page import open_measures

        drop_source_cache()
        session = Session(assessment, saver=self.store, open_measures=open_measures(self.store, assessment))
        self.wizard = AssessmentWizard(session, self, lang=self.settings.language)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.assessmentFinished.connect(self._wizard_done)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def _wizard_done(self, assessment_id: str) -> None:
        self.show_result(assessment_id)

    def _wizard_closed(self, *_args) -> None:
        self.wizard = None
        fresh, self._fresh = self._fresh, None
        if fresh is not None and self.store.exists(fresh[0]):
            stored = self.store.load(fresh[0])
            if stored.status.value == "draft" and _content(stored) == fresh[1]:
                self.store.discard_empty_draft(fresh[0])  # cancelled at once: no empty draft left behind
        if self.stack.currentWidget() is self.home:
            self.home.refresh()
            self.home.table.setFocus()

    # ------------------------------------------------------------ delete, undo, reopen
    def delete_assessments(self, assessment_ids: list) -> bool:
        """Delete after a question; a backup is made first and Ctrl+Z brings them back until closing."""
        from ..core.labels import format_date

        if not assessment_ids:
            return False
        loaded = [self.store.load(i) for i in assessment_ids]
        lang = self.settings.language
        names = "\n".join(f"• {a.municipality.name}, {format_date(a.date, lang)}" for a in loaded)
        if len(loaded) == 1:
            question = translate("Main", "Diese Einschätzung löschen?")
        else:
            question = translate("Main", "Diese {count} Einschätzungen löschen?").format(count=len(loaded))
        if not dialogs.confirm(self, translate("Main", "Löschen"), question + "\n\n" + names + "\n\n" + translate(
                "Main", "Vorher wird eine Sicherung angelegt. Bis SmartCheck geschlossen wird, holt "
                        "Bearbeiten › Rückgängig (Strg+Z) sie zurück.")):
            return False
        from ..core.errors import UserError

        done = []
        try:
            for assessment in loaded:
                self.store.delete(assessment.id)
                done.append(assessment)
        except UserError as error:
            dialogs.error(self, translate("Main", "Löschen nicht möglich"), dialogs.message(error, self.settings.language))
        if done:
            self.deleted.append(done)
            self.undo_action.setEnabled(True)
            self.statusBar().showMessage(translate(
                "Main", "Gelöscht: {names}. Rückgängig mit Strg+Z.").format(
                names=", ".join(a.municipality.name for a in done)), 15000)
        self.show_home()
        return bool(done)

    def undo_delete(self) -> None:
        from ..core.errors import UserError

        if not self.deleted:
            return
        batch = self.deleted.pop()
        try:
            self.store.create_many(batch)
        except UserError as error:
            self.deleted.append(batch)
            dialogs.error(self, translate("Main", "Rückgängig nicht möglich"), dialogs.message(error, self.settings.language))
            return
        self.undo_action.setEnabled(bool(self.deleted))
        self.statusBar().showMessage(translate("Main", "Wiederhergestellt: {names}.").format(
            names=", ".join(a.municipality.name for a in batch)), 8000)
        self.show_home(batch[0].id)

    def reopen_assessment(self, assessment_id: str) -> bool:
        """A completed assessment becomes a draft again (after a question) and opens in the wizard."""
        from ..core.session import Session

        assessment = self.store.load(assessment_id)
        if assessment.status.value != "complete":
            self.open_wizard(assessment)
            return True
        if not dialogs.confirm(self, translate("Main", "Korrigieren"), translate(
                "Main", "Die abgeschlossene Einschätzung für {name} wieder zur Bearbeitung öffnen? Sie wird "
                        "zum Entwurf, bis Sie sie erneut abschließen; Antworten und Notizen bleiben.").format(
                name=assessment.municipality.name)):
            return False
        Session(assessment, saver=self.store).reopen()
        self.show_home(assessment.id)
        self.open_wizard(assessment)
        return True

    # ------------------------------------------------------------ settings
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        from .i18n import apply_text_size, install_language

        changed = (settings.language, settings.text_size) != (self.settings.language, self.settings.text_size)
        self.settings = settings
        if changed:
            install_language(settings.language)
            apply_text_size(settings.text_size)
            self.setStyleSheet(style(self.palette()))
            if self.store is not None:
                self.attach_store(self.store)
            else:
                self._build_menu()
        self.settingsChanged.emit(settings)

    def help_context(self) -> str:
        """Which part of the user guide fits the page shown."""
        page = self.stack.currentWidget()
        if page is self.result:
            return "result"
        if page is self.compare:
            return "compare"
        if page is self.home and self.home.stack.currentWidget() is self.home.welcome:
            return "welcome"
        return "home"

    def open_help(self, context: str | None = None):
        from .help_window import open_help

        questionnaire = self.result.assessment.questionnaire if self.result and self.result.assessment else None
        return open_help(self, context or self.help_context(), questionnaire, self.settings.language)

    def show_about(self) -> None:
        dialogs.inform(self, translate("Main", "Über SmartCheck"), translate(
            "Main", "SmartCheck {version}\n\nOffline-Selbsteinschätzung der Smart-City-Readiness für kleine "
                    "Kommunen, nach den Erfolgsfaktoren der Regionalkonferenzen der Modellprojekte Smart "
                    "Cities 2022.\n\nAlle Daten bleiben auf diesem Rechner:\n{folder}").format(
            version=__version__, folder=self.data_dir))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.wizard is not None:
            self.wizard.close()
        if self.pdf is not None and self.pdf.busy():
            self.statusBar().showMessage(translate("Main", "PDF wird noch fertig geschrieben …"))
            self.pdf.wait_all()
        self.remember_place()
        super().closeEvent(event)

    def remember_place(self) -> None:
        """Keep the window's size and place for the next start (in settings.json)."""
        from dataclasses import replace

        from .settings import save_settings

        self.settings = replace(self.settings, window=screen.remembered(self))
        try:
            save_settings(self.data_dir, self.settings)
        except OSError:  # a read-only data folder: the place is not worth a message
            pass


