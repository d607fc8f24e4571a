"""Making the PDF without freezing the window.

The store connection stays in the main thread: the assessment and its
history are loaded here and handed, as plain objects, to a worker thread
that only renders and writes the file. reportlab is imported in the worker,
on first use, so it never slows the start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from ..core.errors import UserError
from ..core.labels import file_name
from ..paths import check_output
from . import dialogs

translate = QCoreApplication.translate


def report_file_name(assessment) -> str:
    return file_name(assessment.municipality.name, assessment.date, ".pdf")


class PdfJob(QThread):
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, assessment, history: list, out: Path, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.assessment, self.history, self.out, self.lang = assessment, history, Path(out), lang

    def run(self) -> None:
        try:
            from ..report import write_report

            self.out.parent.mkdir(parents=True, exist_ok=True)
            path = write_report(self.assessment, self.history, self.out, lang=self.lang)
        except Exception as error:  # noqa: BLE001 - every failure becomes a message, not a crash
            self.failed.emit(f"{self.out}: {error}")
        else:
            self.succeeded.emit(str(path))


class PdfMaker(QObject):
    """Starts PDF jobs and tells the user when one is done or failed."""

    started = Signal(str)  # assessment id
    finished = Signal(str)  # path of the PDF
    failed = Signal(str)  # message

    def __init__(self, store, window: QWidget, folder_of, lang_of):
        super().__init__(window)
        self.store, self.window = store, window
        self._folder_of, self._lang_of = folder_of, lang_of  # callables: current settings
        self._jobs: list[PdfJob] = []

    def busy(self) -> bool:
        return any(job.isRunning() for job in self._jobs)

    def create(self, assessment_id: str) -> PdfJob | None:
        assessment = self.store.load(assessment_id)
        history = self.store.history(assessment)
        out = Path(self._folder_of()) / report_file_name(assessment)
        try:  # never into the data folder (the PDF folder setting may point there)
            check_output(out, self.store.data_dir)
        except UserError as error:
            self._failed(str(error))
            return None
        job = PdfJob(assessment, history, out, self._lang_of(), self)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._cleanup)
        self._jobs.append(job)
        job.start()
        self.started.emit(assessment_id)
        return job

    @Slot()
    def _cleanup(self) -> None:
        for job in [j for j in self._jobs if j.isFinished()]:
            self._jobs.remove(job)
            job.deleteLater()

    @Slot(str)
    def _succeeded(self, path: str) -> None:
        self.finished.emit(path)
        pdf = Path(path)
        choice = dialogs.choose(
            self.window, translate("Pdf", "PDF erstellt"),
            translate("Pdf", "Der Bericht wurde gespeichert:\n{path}").format(path=pdf),
            [translate("Pdf", "PDF ö&ffnen"), translate("Pdf", "&Ordner öffnen")])
        if choice == 0:
            dialogs.open_path(pdf)
        elif choice == 1:
            dialogs.open_path(pdf.parent)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        dialogs.error(self.window, translate("Pdf", "PDF nicht erstellt"),
                      translate("Pdf", "Der Bericht konnte nicht geschrieben werden. Ist die Datei noch in "
                                       "einem anderen Programm geöffnet?\n\n{message}").format(message=message))

    def wait_all(self, msecs: int = 30000) -> None:
        for job in list(self._jobs):
            job.wait(msecs)
