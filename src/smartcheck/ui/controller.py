"""The store work behind the home and result pages.

The pages only show what they are given and say by signal what the user asked
for; this object holds the store and does the work: what the home list shows,
the demo, import and export, what the result page shows, and a new assessment.
After a change of the stored assessments it emits ``changed`` with the id to
select, and the main window shows the home page again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from . import dialogs
from .assessment_table import Column

if TYPE_CHECKING:
    from ..core.assessment import Assessment
    from ..core.findings import Findings
    from ..core.questionnaire import Questionnaire
    from ..store import Store
    from ..store.listing import Listing
    from ..store.summary import AssessmentSummary

translate = QCoreApplication.translate


@dataclass
class HomeListing:
    """What the home page shows: the rows (newest first), one column per dimension, the level names."""

    rows: list[AssessmentSummary] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    level_names: list[str] = field(default_factory=list)
    measures_line: str = ""  # "5 Maßnahmen: 2 erledigt, …"


def first_listing(listing: Listing) -> HomeListing:
    """The home page's content from the light read at start (store/listing.py); the measures line
    comes with the store."""
    return HomeListing(listing.rows, [Column(did, name) for did, name in listing.columns], listing.level_names)


@dataclass
class ResultContent:
    """What the result page shows: the findings and the Umsetzungsstand lines."""

    findings: Findings
    implementation: list[str]


class Controller(QObject):
    changed = Signal(object)  # the stored assessments changed: the id to select, or None

    def __init__(self, store: Store, lang: str, pdf_folder: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang, self.pdf_folder = store, lang, pdf_folder
        self._questionnaires: dict[tuple[str, str], Questionnaire] = {}

    # ------------------------------------------------------------ home
    def _questionnaire_of(self, summary: AssessmentSummary) -> Questionnaire:
        key = (summary.questionnaire_id, summary.questionnaire_version)
        if key not in self._questionnaires:
            self._questionnaires[key] = self.store.load(summary.id).questionnaire
        return self._questionnaires[key]

    def listing(self) -> HomeListing:
        summaries = self.store.list_assessments()
        if not summaries:
            return HomeListing()
        columns: list[Column] = []
        level_names: list[str] = []
        seen: set[tuple[str, str]] = set()
        for summary in summaries:
            key = (summary.questionnaire_id, summary.questionnaire_version)
            if key in seen:
                continue
            seen.add(key)
            questionnaire = self._questionnaire_of(summary)
            level_names = level_names or [lv.name.get(self.lang) for lv in questionnaire.levels]
            known = {c.dimension_id for c in columns}
            columns += [Column(d.id, d.name.get(self.lang)) for d in questionnaire.dimensions if d.id not in known]
        return HomeListing(summaries, columns, level_names, self.measures_line())

    def measures_line(self) -> str:
        from datetime import date

        from ..core.measures import summary_from_counts
        from ..store.measures import status_counts

        return summary_from_counts(status_counts(self.store, date.today()), self.lang)

    def add_demo(self) -> None:
        from ..core.assessment import Status
        from ..store.demo import add_demo

        ids = add_demo(self.store)
        complete = [s for s in self.store.list_assessments() if s.id in ids and s.status == Status.COMPLETE]
        self.changed.emit(complete[0].id if complete else None)

    def import_files(self, parent: QWidget | None) -> None:
        from ..core.errors import UserError
        from ..store.exchange import import_files

        files = dialogs.open_files(
            parent,
            translate("Home", "Einschätzungen importieren"),
            Path.home(),
            translate("Home", "SmartCheck-Dateien (*.json)"),
        )
        if not files:
            return
        try:
            ids = import_files(self.store, list(files))
        except UserError as error:
            dialogs.error(parent, translate("Home", "Import nicht möglich"), dialogs.message(error, self.lang))
            return
        self.changed.emit(ids[0] if ids else None)
        dialogs.inform(
            parent,
            translate("Home", "Import"),
            translate("Home", "Eine Einschätzung übernommen.")
            if len(ids) == 1
            else translate("Home", "{count} Einschätzungen übernommen.").format(count=len(ids)),
        )

    def export(self, assessment_id: str, parent: QWidget | None) -> None:
        from ..core.errors import UserError
        from ..core.labels import file_name
        from ..paths import check_output
        from ..store.exchange import export_json
        from ..store.measures import list_measures

        summary = self.store.summary(assessment_id)
        name = file_name(summary.municipality, summary.date, ".json")
        path = dialogs.save_file(
            parent,
            translate("Home", "Einschätzung exportieren"),
            self.pdf_folder() / name,
            translate("Home", "SmartCheck-Dateien (*.json)"),
        )
        if path is None:
            return
        try:
            check_output(path, self.store.data_dir)
            path.parent.mkdir(parents=True, exist_ok=True)
            # format 2: the measures adopted from its plan
            export_json(
                self.store.load(assessment_id), path, measures=list_measures(self.store, assessment_id=assessment_id)
            )
        except (UserError, OSError) as error:
            dialogs.error(parent, translate("Home", "Export nicht möglich"), dialogs.message(error, self.lang))
            return
        dialogs.inform(
            parent, translate("Home", "Export"), translate("Home", "Gespeichert unter {path}").format(path=path)
        )

    # ------------------------------------------------------------ result
    def result(self, assessment_id: str) -> ResultContent:
        from ..core.findings import Findings

        assessment = self.store.load(assessment_id)
        history = self.store.history(assessment)
        return ResultContent(Findings(assessment, history), self.implementation_lines(assessment, history))

    def implementation_lines(self, assessment: Assessment, history: list[Assessment]) -> list[str]:
        """The result page's Umsetzungsstand: '• Maßnahme 3 erledigt → Frage 2.1 von 1 auf 3: <question>'.

        The question's text (in the interface's language) says what moved; the measure's own title, the
        municipality's words, stands on the Maßnahmen page."""
        from ..core.implementation import implementation
        from ..store.measures import list_measures

        measures = list_measures(self.store, municipality=assessment.municipality.name)
        if not measures:
            return []
        found = implementation(measures, assessment, history)
        questions = {q.id: q for q in assessment.questionnaire.questions()}
        lines = []
        for outcome in (*found.done_with_effect, *found.done_without_effect, *found.overdue, *found.open):
            question = questions.get(outcome.measure.origin.question_id)
            lines.append(f"• {outcome.line(self.lang)}" + (f": {question.text.get(self.lang)}" if question else ""))
        return lines

    # ------------------------------------------------------------ a new assessment
    def start_assessment(self, questionnaire: Questionnaire) -> Assessment:
        """Store a new assessment: a repeat of the latest completed one (core.history), or a first one."""
        from ..core.history import repeat_assessment

        assessment = repeat_assessment(questionnaire, self.store.latest(), translate("Main", "Meine Kommune"))
        self.store.create(assessment)
        return assessment
