"""The main window: a stack of home, result and comparison, a menu, the wizard.

It is shown before the store is opened (``attach_store``), so the window is
up at once, with the home page drawn from the light read of the database
(``show_first``, store/listing.py); the pages that need the store are built
once it is open, and what the user asked for meanwhile runs then. A change of
language or text size rebuilds the pages and the menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from .. import __version__, paths
from . import dialogs, screen, share_actions
from .settings import Settings, SettingsDialog

if TYPE_CHECKING:  # only for the annotations: each Qt class imported costs start-up time (its enums are built)
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from ..core.assessment import Assessment
    from ..core.merge import MergeResult
    from ..store import Store
    from ..store.listing import Listing
    from ..store.summary import AssessmentSummary
    from .compare_view import CompareView
    from .controller import Controller
    from .help_window import HelpWindow
    from .home import HomePage
    from .measures_view import MeasuresView
    from .pdf_job import PdfMaker
    from .region_view import RegionView
    from .result_view import ResultView
    from .wizard import AssessmentWizard

translate = QCoreApplication.translate


def merge_message(merged: Assessment, result: MergeResult, count: int, lang: str, shown: int = 10) -> str:
    """What the team reads after merging: the new draft and the questions to discuss."""
    from ..core.questionnaire import question_number

    q = merged.questionnaire
    text = translate(
        "Main", "{count} Einschätzungen zu einem neuen Entwurf für {name} zusammengeführt (Median je Frage)."
    ).format(count=count, name=merged.municipality.name)
    if not result.discussion:
        return (
            text
            + "\n\n"
            + translate("Main", "Kein Diskussionsbedarf: Alle Antworten liegen höchstens eine Stufe auseinander.")
        )
    lines = []
    for qid in result.discussion[:shown]:
        spread = result.questions[qid].spread
        if spread is None:  # a question to discuss has two answers or more: never None here
            continue
        low, high = spread
        lines.append(
            translate("Main", "• Frage {number} ({low} bis {high}): {text}").format(
                number=question_number(q, qid), low=low, high=high, text=q.question(qid).text.get(lang)
            )
        )
    more = len(result.discussion) - shown
    if more > 0:
        lines.append(translate("Main", "… und {count} weitere").format(count=more))
    return "\n\n".join(
        [
            text,
            translate("Main", "Diskussionsbedarf bei einer Frage (Antworten zwei oder mehr Stufen auseinander):")
            if len(result.discussion) == 1
            else translate(
                "Main", "Diskussionsbedarf bei {count} Fragen (Antworten zwei oder mehr Stufen auseinander):"
            ).format(count=len(result.discussion)),
            "\n".join(lines),
            translate(
                "Main",
                "Legen Sie diese Werte im Konsens-Workshop fest. Die Seite „Prüfen und "
                "abschließen“ listet sie; ist ein Wert vereinbart, ersetzen Sie in der Notiz "
                "„Diskussionsbedarf“ durch „Vereinbart“.",
            ),
        ]
    )


def draft_question(draft: AssessmentSummary, lang: str) -> str:
    """What the team reads when a draft exists: whose it is, and what each answer does."""
    from ..core.labels import format_date

    return translate(
        "Main",
        "Für {name} gibt es einen Entwurf vom {date} ({answered} von {total} Fragen beantwortet).\n\n"
        "„Entwurf fortsetzen“: Sie arbeiten in diesem Entwurf weiter – richtig, wenn es Ihr eigener ist.\n"
        "„Eigene neue Einschätzung“: Sie beginnen eine eigene Einschätzung; der Entwurf bleibt, wie er ist. "
        "So antworten mehrere Personen getrennt, und ihre Antworten werden danach zusammengeführt.\n"
        "„Schließen“: nichts geschieht.",
    ).format(name=draft.municipality, date=format_date(draft.date, lang), answered=draft.answered, total=draft.total)


def drop_source_cache() -> None:
    """Free the source text PySide6 read of every module imported after it.

    PySide6's import hook reads each newly imported module's source (through
    ``linecache``) to look for ``from __feature__ import``; the text stays cached,
    about 9 MB for SmartCheck's modules and pydantic. Nothing needs it afterwards
    (a traceback reads the lines again), so it is dropped once the imports are done.
    """
    import linecache

    linecache.clearcache()


def _content(assessment: Assessment) -> dict[str, Any]:
    """What a person changes in an assessment (not the times or the page last shown)."""
    return assessment.model_dump(exclude={"updated_at", "cursor"})


class MainWindow(QMainWindow):
    settingsChanged = Signal(object)  # Settings

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.settings = Path(data_dir), settings
        self.store: Store | None = None
        self._home: HomePage | None = None  # built by attach_store
        self.wizard: AssessmentWizard | None = None
        self._region: RegionView | None = None  # the „Region“ page, built when first shown
        # built when first shown (quick start): the result, comparison and Maßnahmen pages and the PDF maker
        self._result: ResultView | None = None
        self._compare: CompareView | None = None
        self._measures: MeasuresView | None = None
        self._pdf: PdfMaker | None = None
        self._control: Controller | None = None  # the store work behind the pages (ui/controller.py), made with them
        self.deleted: list[list] = []  # batches of deleted assessments, for undo until the window closes
        self._fresh: tuple[str, dict[str, Any]] | None = (
            None  # (id, content) of a new assessment while its wizard is open
        )
        self._drawn: list[str] | None = None  # the rows show_first drew before the store was open
        self._waiting: Callable[[], object] | None = None  # what was asked for last on that page meanwhile
        self.setWindowTitle("SmartCheck")
        screen.restore(self, settings.window, QSize(1200, 800))
        screen.keep_inside_when_shown(self)
        self.stack = QStackedWidget()
        waiting = QLabel(translate("Main", "SmartCheck wird geöffnet …"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(waiting)
        self.setCentralWidget(self.stack)
        self._build_menu()

    # ------------------------------------------------------------ building
    def show_first(self, listing: Listing) -> None:
        """Before the store is open: the home page from the light read at start (store/listing.py).

        What the user asks for on it last waits until ``attach_store``; it is done then if the store
        shows the same rows, else (a backup restored instead) dropped."""
        from .controller import first_listing

        self._build_home()
        self.home.show_listing(first_listing(listing))
        self._drawn = [s.id for s in listing.rows]
        self.stack.setCurrentWidget(self.home)

    def has_home(self) -> bool:
        return self._home is not None

    def attach_store(self, store: Store) -> None:
        """Build the home page on ``store`` (or keep the one ``show_first`` drew) and show it;
        the other pages are built when first shown."""
        from .controller import Controller

        self.store = store
        drawn, self._drawn = self._drawn, None
        chosen = [s.id for s in self.home.selected()] if drawn is not None else []
        if drawn is None:
            self._build_home()
        if self._control is not None:
            self._control.deleteLater()
        self._control = Controller(store, self.settings.language, lambda: self.settings.pdf_folder, self)
        self.control.changed.connect(self.refresh_home)
        self._build_menu()
        self.show_home(chosen[0] if len(chosen) == 1 else None)
        waiting, self._waiting = self._waiting, None
        if waiting is not None and drawn is not None and [s.id for s in self.home.model.rows] == drawn:
            waiting()

    def _build_home(self) -> None:
        """A new home page in place of every page (they are built again when first shown)."""
        from .home import HomePage

        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._result = self._compare = self._measures = self._region = None
        self._home = home = HomePage(self.settings.language)
        self.stack.addWidget(home)
        for signal, slot in (
            (home.newRequested, self.new_assessment),
            (home.continueRequested, self.continue_assessment),
            (home.resultRequested, self.show_result),
            (home.compareRequested, self.show_compare),
            (home.mergeRequested, self.merge_assessments),
            (home.pdfRequested, lambda i: self.pdf.create(i)),
            (home.deleteRequested, self.delete_assessments),
            (home.demoRequested, lambda: self.control.add_demo()),
            (home.importRequested, self.import_files),
            (home.exportRequested, lambda i: self.control.export(i, self.home)),
            (home.measuresRequested, self.show_measures),
        ):
            signal.connect(self._when_ready(slot))

    def _when_ready(self, slot: Callable[..., object]) -> Callable[..., None]:
        """``slot`` now, or, before the store is open, once it is (``show_first``; the last asked wins)."""

        def run(*args: object) -> None:
            if self.store is None:
                self._waiting = lambda: slot(*args)
            else:
                slot(*args)

        return run

    @property
    def home(self) -> HomePage:
        """The home page (built by attach_store)."""
        if self._home is None:
            raise RuntimeError("no store attached yet")
        return self._home

    @property
    def control(self) -> Controller:
        """The store work behind the pages (ui/controller.py; made by attach_store)."""
        if self._control is None:
            raise RuntimeError("no store attached yet")
        return self._control

    @property
    def result(self) -> ResultView:
        """The result page (built when first asked for)."""
        if self._result is None:
            from .result_view import ResultView

            self._result = page = ResultView(self.settings.language)
            self.stack.addWidget(page)
            page.backRequested.connect(self.show_home)
            page.pdfRequested.connect(lambda i: self.pdf.create(i))
            page.compareRequested.connect(self.show_compare)
            page.reopenRequested.connect(self.reopen_assessment)
            page.adoptRequested.connect(self._adopt_plan)
        return self._result

    def _adopt_plan(self, assessment_id: str) -> None:
        """The recommendations become measures (ui/adopt_plan.py); then the Maßnahmen page shows them."""
        from .adopt_plan import adopt_plan

        store = self._store()
        if adopt_plan(self, store, store.load(assessment_id), self.settings.language):
            self.show_measures()

    @property
    def compare(self) -> CompareView:
        """The comparison page (built when first asked for)."""
        if self._compare is None:
            from .compare_view import CompareView

            self._compare = page = CompareView(self._store(), self.settings.language)
            self.stack.addWidget(page)
            page.backRequested.connect(self.show_home)
        return self._compare

    @property
    def measures(self) -> MeasuresView:
        """The Maßnahmen page (ui/measures_view.py; built when first asked for)."""
        if self._measures is None:
            from .measures_view import MeasuresView

            self._measures = page = MeasuresView(self._store(), self.settings.language)
            self.stack.addWidget(page)
            page.backRequested.connect(self.show_home)
        return self._measures

    @property
    def region(self) -> RegionView:
        """The „Region“ page (ui/share_actions.add_pages builds it when first asked for)."""
        if self._region is None:
            share_actions.add_pages(self)
        assert self._region is not None
        return self._region

    @region.setter
    def region(self, page: RegionView) -> None:
        self._region = page

    @property
    def pdf(self) -> PdfMaker:
        """Writes the PDFs in a worker thread (built at the first PDF; it outlives a rebuild of the pages)."""
        if self._pdf is None:
            from .pdf_job import PdfMaker

            self._pdf = maker = PdfMaker(
                self._store(), self, lambda: self.settings.pdf_folder, lambda: self.settings.language
            )
            maker.started.connect(lambda _id: self.statusBar().showMessage(translate("Main", "PDF wird erstellt …")))
            maker.finished.connect(lambda _p: self.statusBar().showMessage(translate("Main", "PDF erstellt."), 5000))
            maker.failed.connect(lambda _m: self.statusBar().clearMessage())
        return self._pdf

    def _store(self) -> Store:
        if self.store is None:
            raise RuntimeError("no store attached yet")
        return self.store

    def _build_menu(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(translate("Main", "&Datei"))
        has_store = self.store is not None
        for text, shortcut, slot in (
            (translate("Main", "&Neue Einschätzung"), QKeySequence.StandardKey.New, self.new_assessment),
            (translate("Main", "&Übersicht"), QKeySequence("Ctrl+H"), self.show_home),
            (translate("Main", "&Importieren …"), QKeySequence("Ctrl+I"), self.import_files),
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
        delete.triggered.connect(self._delete_on_home)
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

    def _delete_on_home(self) -> None:
        if self._home is not None and self.stack.currentWidget() is self._home:
            self._home.delete_selected()

    # ------------------------------------------------------------ navigation
    def refresh_home(self, select_id: str | None = None) -> None:
        """Show the stored assessments on the home page again (whichever page is in front)."""
        self.home.show_listing(self.control.listing(), select_id if isinstance(select_id, str) else None)

    def show_home(self, select_id: str | None = None) -> None:
        self.refresh_home(select_id)
        self.stack.setCurrentWidget(self.home)
        self.focus_page()

    def import_files(self) -> None:
        self.control.import_files(self.home)

    def show_result(self, assessment_id: str) -> None:
        content = self.control.result(assessment_id)
        self.result.show_findings(content.findings)
        self.result.show_implementation(content.implementation)
        self.stack.setCurrentWidget(self.result)
        self.focus_page()

    def show_compare(self, before_id: str, after_id: str) -> None:
        self.compare.show_pair(before_id, after_id)
        self.stack.setCurrentWidget(self.compare)
        self.focus_page()

    def show_measures(self) -> None:
        self.measures.refresh()
        self.stack.setCurrentWidget(self.measures)
        self.measures.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_page(self) -> None:
        """Put the keyboard focus on the first thing to do on the page shown."""
        page = self.stack.currentWidget()
        if page is None:
            return
        if page is self._home:
            self.home.focus_first()
        elif page is self._result:
            self._result.focus_first()
        elif page is self._compare:
            self._compare.before.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.focus_page()

    # ------------------------------------------------------------ wizard
    def new_assessment(self) -> None:
        from ..core import catalog
        from ..core.errors import UserError

        draft = self._store().find_draft()
        if draft is not None:
            answer = dialogs.choose(
                self,
                translate("Main", "Entwurf vorhanden"),
                draft_question(draft, self.settings.language),
                [translate("Main", "Entwurf &fortsetzen"), translate("Main", "&Eigene neue Einschätzung")],
            )
            if answer is None:  # Schließen: nothing happens
                return
            if answer == 0:
                self.continue_assessment(draft.id)
                return
        try:
            questionnaire = catalog.load(paths.default_questionnaire_path())
        except (UserError, OSError) as error:
            dialogs.error(
                self, translate("Main", "Fragebogen nicht lesbar"), dialogs.message(error, self.settings.language)
            )
            return
        assessment = self.control.start_assessment(questionnaire)  # a repeat of the latest: core/history.py
        self.open_wizard(assessment)
        self._fresh = (assessment.id, _content(assessment))

    def merge_assessments(self, assessment_ids: list) -> None:
        """Several people's answers become one new draft, opened for the consensus workshop."""
        from ..core.errors import UserError
        from ..core.merge import merge_assessments

        lang = self.settings.language
        sources = [self._store().load(i) for i in assessment_ids]
        try:
            merged, result = merge_assessments(sources)
        except UserError as error:
            dialogs.error(self, translate("Main", "Zusammenführen nicht möglich"), dialogs.message(error, lang))
            return
        years = sorted({a.date.year for a in sources})
        if len(years) > 1 and not dialogs.confirm(
            self,
            translate("Main", "Verschiedene Jahre"),
            translate(
                "Main",
                "Die markierten Einschätzungen stammen aus verschiedenen Jahren ({years}). Zusammenführen "
                "ist für die Antworten mehrerer Personen zur selben Zeit gedacht; für die Entwicklung "
                "über die Jahre gibt es „Vergleichen“. Trotzdem zusammenführen?",
            ).format(years=", ".join(map(str, years))),
        ):
            return
        try:
            self._store().create(merged)
        except UserError as error:
            dialogs.error(self, translate("Main", "Zusammenführen nicht möglich"), dialogs.message(error, lang))
            return
        self.refresh_home(merged.id)
        dialogs.inform_long(
            self,
            translate("Main", "Zusammengeführt"),
            merge_message(merged, result, len(assessment_ids), self.settings.language),
        )
        self.open_wizard(merged)

    def continue_assessment(self, assessment_id: str) -> None:
        self.open_wizard(self._store().load(assessment_id))

    def open_wizard(self, assessment: Assessment) -> None:
        from ..core.session import Session
        from .wizard import AssessmentWizard

        if self.wizard is not None:
            self.wizard.close()
        from .wizard.measures_review_page import open_measures

        drop_source_cache()
        store = self._store()
        session = Session(assessment, saver=store, open_measures=open_measures(store, assessment))
        self.wizard = AssessmentWizard(session, self, lang=self.settings.language)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.assessmentFinished.connect(self._wizard_done)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def _wizard_done(self, assessment_id: str) -> None:
        self.show_result(assessment_id)

    def _wizard_closed(self, *_args: object) -> None:
        self.wizard = None
        from ..core.assessment import Status

        fresh, self._fresh = self._fresh, None
        if fresh is not None and self._store().exists(fresh[0]):
            stored = self._store().load(fresh[0])
            if stored.status == Status.DRAFT and _content(stored) == fresh[1]:
                self._store().discard_empty_draft(fresh[0])  # cancelled at once: no empty draft left behind
        if self._home is not None and self.stack.currentWidget() is self._home:
            self.refresh_home()
            self.home.focus_first()

    # ------------------------------------------------------------ delete, undo, reopen
    def delete_assessments(self, assessment_ids: list) -> bool:
        """Delete after a question; a backup is made first and Ctrl+Z brings them back until closing."""
        from ..core.labels import format_date

        if not assessment_ids:
            return False
        loaded = [self._store().load(i) for i in assessment_ids]
        lang = self.settings.language
        names = "\n".join(f"• {a.municipality.name}, {format_date(a.date, lang)}" for a in loaded)
        if len(loaded) == 1:
            question = translate("Main", "Diese Einschätzung löschen?")
        else:
            question = translate("Main", "Diese {count} Einschätzungen löschen?").format(count=len(loaded))
        if not dialogs.confirm(
            self,
            translate("Main", "Löschen"),
            question
            + "\n\n"
            + names
            + "\n\n"
            + translate(
                "Main",
                "Vorher wird eine Sicherung angelegt. Bis SmartCheck geschlossen wird, holt "
                "Bearbeiten › Rückgängig (Strg+Z) sie zurück.",
            ),
        ):
            return False
        from ..core.errors import UserError

        done = []
        try:
            for assessment in loaded:
                self._store().delete(assessment.id)
                done.append(assessment)
        except UserError as error:
            dialogs.error(
                self, translate("Main", "Löschen nicht möglich"), dialogs.message(error, self.settings.language)
            )
        if done:
            self.deleted.append(done)
            self.undo_action.setEnabled(True)
            self.statusBar().showMessage(
                translate("Main", "Gelöscht: {names}. Rückgängig mit Strg+Z.").format(
                    names=", ".join(a.municipality.name for a in done)
                ),
                15000,
            )
        self.show_home()
        return bool(done)

    def undo_delete(self) -> None:
        from ..core.errors import UserError

        if not self.deleted:
            return
        batch = self.deleted.pop()
        try:
            self._store().create_many(batch)
        except UserError as error:
            self.deleted.append(batch)
            dialogs.error(
                self, translate("Main", "Rückgängig nicht möglich"), dialogs.message(error, self.settings.language)
            )
            return
        self.undo_action.setEnabled(bool(self.deleted))
        self.statusBar().showMessage(
            translate("Main", "Wiederhergestellt: {names}.").format(
                names=", ".join(a.municipality.name for a in batch)
            ),
            8000,
        )
        self.show_home(batch[0].id)

    def reopen_assessment(self, assessment_id: str) -> bool:
        """A completed assessment becomes a draft again (after a question) and opens in the wizard."""
        from ..core.assessment import Status
        from ..core.session import Session

        assessment = self._store().load(assessment_id)
        if assessment.status != Status.COMPLETE:
            self.open_wizard(assessment)
            return True
        if not dialogs.confirm(
            self,
            translate("Main", "Korrigieren"),
            translate(
                "Main",
                "Die abgeschlossene Einschätzung für {name} wieder zur Bearbeitung öffnen? Sie wird "
                "zum Entwurf, bis Sie sie erneut abschließen; Antworten und Notizen bleiben.",
            ).format(name=assessment.municipality.name),
        ):
            return False
        Session(assessment, saver=self._store()).reopen()
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
            if self.store is not None:
                self.attach_store(self.store)
            else:
                self._drawn, self._waiting = None, None  # the store builds the page again, in the new language
                self._build_menu()
        self.settingsChanged.emit(settings)

    def help_context(self) -> str:
        """Which part of the user guide fits the page shown."""
        page = self.stack.currentWidget()
        if page is not None and page is self._result:
            return "result"
        if page is not None and page is self._compare:
            return "compare"
        if page is not None and page is self._home and self._home.showing_welcome():
            return "welcome"
        return "home"

    def open_help(self, context: str | None = None) -> HelpWindow:
        from .help_window import open_help

        shown = self._result.assessment if self._result is not None else None
        questionnaire = shown.questionnaire if shown is not None else None
        return open_help(self, context or self.help_context(), questionnaire, self.settings.language)

    def show_about(self) -> None:
        dialogs.inform(
            self,
            translate("Main", "Über SmartCheck"),
            translate(
                "Main",
                "SmartCheck {version}\n\nOffline-Selbsteinschätzung der Smart-City-Readiness für kleine "
                "Kommunen, nach den Erfolgsfaktoren der Regionalkonferenzen der Modellprojekte Smart "
                "Cities 2022.\n\nAlle Daten bleiben auf diesem Rechner:\n{folder}",
            ).format(version=__version__, folder=self.data_dir),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.wizard is not None:
            self.wizard.close()
        if self._pdf is not None and self._pdf.busy():
            self.statusBar().showMessage(translate("Main", "PDF wird noch fertig geschrieben …"))
            self._pdf.wait_all()
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
