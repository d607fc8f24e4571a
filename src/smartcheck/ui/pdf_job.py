"""Making the report without freezing the window.

"PDF erstellen" asks which document (Kurzfassung für den Rat, Vollständiger
Bericht = Kurzfassung and annex in one file, or the Kurzfassung as a Word file),
which measures to propose with owners and dates (:mod:`.council_dialog`), and
where to save it; the suggested name carries the kind and the language
(``…-Kurzfassung-de.pdf``), so a German and an English file never overwrite
each other. The store connection stays in the main thread: the assessment and
its history are loaded here and handed, as plain objects, to a worker thread
that only renders and writes the file. reportlab is imported in the worker,
on first use, so it never slows the start.

Printing: Qt's print dialog chooses the printer and the copies; PySide6-Essentials
has no PDF rasteriser (QtPdf is in the Addons), so the written PDF is then handed
to the operating system's print service (``lp`` on Linux and macOS, the shell's
"print" verb on Windows).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from ..core.errors import UserError
from ..core.findings import CouncilChoice, Findings, report_file_name
from ..paths import check_output
from . import council_dialog, dialogs

translate = QCoreApplication.translate

# (kind, format) in the order the dialog offers them
CHOICES = (("council", "pdf"), ("full", "pdf"), ("council", "docx"))


def choice_labels() -> list[str]:
    return [
        translate("Pdf", "&Kurzfassung für den Rat"),
        translate("Pdf", "&Vollständiger Bericht"),
        translate("Pdf", "&Word-Datei (Kurzfassung)"),
    ]


def ask_print(parent: QWidget | None) -> tuple[str, int] | None:
    """Qt's print dialog: the chosen printer's name and the number of copies, or None."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer.printerName(), max(1, printer.copyCount())


def hand_to_printer(path: Path, printer: str, copies: int) -> bool:
    """Give the PDF to the system's print service; False when there is none."""
    if sys.platform == "win32":
        for _ in range(copies):
            os.startfile(str(path), "print")  # noqa: S606 - the desktop's own print verb
        return True
    lp = shutil.which("lp")
    if lp is None:
        return False
    args = [lp, "-n", str(copies)] + (["-d", printer] if printer else []) + [str(path)]
    return subprocess.run(args, capture_output=True, timeout=60, check=False).returncode == 0


class PdfJob(QThread):
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        assessment,
        history: list,
        out: Path,
        lang: str,
        parent: QObject | None = None,
        kind: str = "full",
        fmt: str = "pdf",
        choice: CouncilChoice | None = None,
        measures: list | None = None,
    ):
        super().__init__(parent)
        self.assessment, self.history, self.out, self.lang = assessment, history, Path(out), lang
        self.kind, self.fmt, self.choice, self.measures = kind, fmt, choice, measures
        self.to_adopt: list = []  # measures to store (main thread) once the file is written

    def run(self) -> None:
        try:
            from ..report import write_report

            self.out.parent.mkdir(parents=True, exist_ok=True)
            path = write_report(
                self.assessment,
                self.history,
                self.out,
                lang=self.lang,
                kind=self.kind,
                fmt=self.fmt,
                choice=self.choice,
                measures=self.measures,
            )
        except Exception as error:  # noqa: BLE001 - every failure becomes a message, not a crash
            self.failed.emit(f"{self.out}: {error}")
        else:
            self.succeeded.emit(str(path))


class PdfMaker(QObject):
    """Asks what to make and where, starts the job, and tells the user when it is done or failed."""

    started = Signal(str)  # assessment id
    finished = Signal(str)  # path of the file
    failed = Signal(str)  # message
    adopted = Signal(int)  # how many measures the council paper added

    def __init__(self, store, window: QWidget, folder_of, lang_of):
        super().__init__(window)
        self.store, self.window = store, window
        self._folder_of, self._lang_of = folder_of, lang_of  # callables: current settings
        self._jobs: list[PdfJob] = []

    def busy(self) -> bool:
        return any(job.isRunning() for job in self._jobs)

    def create(self, assessment_id: str) -> PdfJob | None:
        """Ask for the kind and the file, then render in a worker. None when the user cancels."""
        picked = dialogs.choose(
            self.window,
            translate("Pdf", "Bericht erstellen"),
            translate(
                "Pdf",
                "Welche Fassung soll erstellt werden? Der vollständige Bericht "
                "enthält die Kurzfassung als ersten Teil.",
            ),
            choice_labels(),
        )
        if picked is None:
            return None
        kind, fmt = CHOICES[picked]
        assessment = self.store.load(assessment_id)
        history = self.store.history(assessment)
        lang = self._lang_of()
        choice = council_dialog.ask_council(self.window, Findings(assessment, history), lang)
        if choice is None:
            return None
        suggested = Path(self._folder_of()) / report_file_name(assessment, kind, lang, "." + fmt)
        try:  # the reports folder (Dokumente/SmartCheck) may not exist yet: the dialog opens in it
            suggested.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # the dialog then starts elsewhere; the user picks a folder
        name_filter = (
            translate("Pdf", "Word-Dateien (*.docx)") if fmt == "docx" else translate("Pdf", "PDF-Dateien (*.pdf)")
        )
        out = dialogs.save_file(self.window, translate("Pdf", "Bericht speichern"), suggested, name_filter)
        if out is None:
            return None
        if out.suffix.lower() != "." + fmt:
            out = out.with_name(out.name + "." + fmt)
        try:  # never into the data folder (the chosen or the default folder may point there)
            out = check_output(out, self.store.data_dir)
        except UserError as error:
            self._failed(str(error))
            return None
        return self.start(assessment, history, out, kind, fmt, lang, choice)

    def start(
        self,
        assessment,
        history: list,
        out: Path,
        kind: str = "full",
        fmt: str = "pdf",
        lang: str | None = None,
        choice: CouncilChoice | None = None,
    ) -> PdfJob | None:
        from ..store.measures import list_measures

        lang = lang or self._lang_of()
        measures = list_measures(self.store, municipality=assessment.municipality.name)
        job = PdfJob(assessment, history, out, lang, self, kind=kind, fmt=fmt, choice=choice, measures=measures)
        if choice is not None and choice.adopt:
            from ..core.implementation import adopt_proposal

            try:
                job.to_adopt = adopt_proposal(Findings(assessment, history), choice, start=date.today(), lang=lang)
            except ValueError as error:  # e.g. a name too long for a measure: nothing written, nothing stored
                job.deleteLater()
                self._failed(str(error))
                return None
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._cleanup)
        self._jobs.append(job)
        job.start()
        self.started.emit(assessment.id)
        return job

    def _adopt(self, job: PdfJob) -> str:
        """Store the measures the paper proposed (none twice), now that the file is written; what to tell."""
        from ..store.measures import add_measures

        try:
            numbers = add_measures(self.store, job.to_adopt)
        except UserError as error:
            dialogs.error(self.window, translate("Measures", "Plan nicht übernommen"), str(error))
            return ""
        self.adopted.emit(len(numbers))
        if not numbers:
            return translate("Pdf", "Die gewählten Maßnahmen waren schon übernommen.")
        return translate(
            "Pdf", "{n} Maßnahme(n) als beschlossen übernommen; die Seite „Maßnahmen“ zeigt ihren Stand."
        ).format(n=len(numbers))

    @Slot()
    def _cleanup(self) -> None:
        for job in [j for j in self._jobs if j.isFinished()]:
            self._jobs.remove(job)
            job.deleteLater()

    @Slot(str)
    def _succeeded(self, path: str) -> None:
        job = self.sender()
        adopted = self._adopt(job) if isinstance(job, PdfJob) and job.to_adopt else ""
        self.finished.emit(path)
        done = Path(path)
        options = [translate("Pdf", "Ö&ffnen"), translate("Pdf", "&Ordner öffnen")]
        if done.suffix.lower() == ".pdf":
            options.append(translate("Pdf", "&Drucken …"))
        message = translate("Pdf", "Der Bericht wurde gespeichert:\n{path}").format(path=done)
        if adopted:
            message += "\n\n" + adopted
        choice = dialogs.choose(self.window, translate("Pdf", "Bericht erstellt"), message, options)
        if choice == 0 and not dialogs.open_path(done):
            kind = (
                translate("Pdf", "Word-Dateien") if done.suffix.lower() == ".docx" else translate("Pdf", "PDF-Dateien")
            )
            dialogs.error(
                self.window,
                translate("Pdf", "Kein Programm zum Anzeigen"),
                translate(
                    "Pdf", "Auf diesem Rechner ist kein Programm für {kind} eingerichtet. Die Datei liegt hier:\n{path}"
                ).format(kind=kind, path=done),
            )
        elif choice == 1:
            dialogs.open_path(done.parent)
        elif choice == 2:
            self.print_file(done)

    def print_file(self, path: Path) -> None:
        chosen = ask_print(self.window)
        if chosen is None:
            return
        if not hand_to_printer(path, *chosen):
            dialogs.error(
                self.window,
                translate("Pdf", "Nicht gedruckt"),
                translate(
                    "Pdf",
                    "Der Druckdienst des Systems hat die Datei nicht angenommen. "
                    "Öffnen Sie die PDF-Datei und drucken Sie sie von dort:\n{path}",
                ).format(path=path),
            )

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        dialogs.error(
            self.window,
            translate("Pdf", "Bericht nicht erstellt"),
            translate(
                "Pdf",
                "Der Bericht konnte nicht geschrieben werden. Ist die Datei noch in "
                "einem anderen Programm geöffnet?\n\n{message}",
            ).format(message=message),
        )

    def wait_all(self, msecs: int = 30000) -> None:
        for job in list(self._jobs):
            job.wait(msecs)
