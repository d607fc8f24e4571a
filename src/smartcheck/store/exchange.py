"""Exchange files: one assessment as JSON, its answers as CSV (the action plan CSV is
presentation: :mod:`smartcheck.report.plan_csv`).

Design record.

What does an import check before it stores anything?
    Every file is read and checked in full first: size, UTF-8, JSON syntax,
    the ``format`` and ``format_version`` fields, the schema
    (:class:`~smartcheck.core.assessment.AssessmentFile`), the questionnaire
    snapshot (its content hash and the questionnaire's own rules), and that
    every answer, target, weight and quick-win rating refers to something the
    snapshot has, with a value it allows. Only when all files pass are they
    stored, in one transaction: all of them or none.

What about an assessment that is already stored?
    It is refused with a message naming it; nothing is overwritten or doubled.

Why CSV with semicolons and a byte order mark?
    That is what a German Excel opens directly, umlauts included; formulas
    are neutralised. One writer for every CSV: :mod:`smartcheck.csv_file`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import __version__
from ..atomic import write_atomic
from ..core.assessment import (
    ASSESSMENT_FORMAT,
    ASSESSMENT_FORMAT_VERSION,
    NOT_APPLICABLE,
    UNKNOWN,
    Assessment,
    AssessmentFile,
    Status,
)
from ..core.catalog import format_validation_error, semantic_problems
from ..core.errors import UserError, quote, show, show_path
from ..core.labels import format_date
from ..core.limits import ReadRefused, decode_utf8, parse_json, read_limited
from ..core.measures import AdoptedMeasure
from ..core.questionnaire import content_hash, question_numbers
from ..core.values import LINE_MAX, MAX_LEVEL
from ..csv_file import write_csv, yes_cell
from .repository import Store

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_PROBLEMS = 15
EXPORTED_ONLY = " Importieren lassen sich Dateien, die SmartCheck beim Exportieren einer Einschätzung schreibt."
EXPORTED_ONLY_EN = " SmartCheck imports the files it writes when it exports an assessment."
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")  # used with fullmatch


# ------------------------------------------------------------------ JSON out
def export_json(assessment: Assessment, path: str | Path, measures: list[AdoptedMeasure] | None = None) -> Path:
    """``measures``: those adopted from this assessment's plan (format 2), written with their history."""
    document = AssessmentFile(app_version=__version__, assessment=assessment, measures=measures or [])
    return write_atomic(path, (document.model_dump_json(indent=2) + "\n").encode("utf-8"))


# ------------------------------------------------------------------- JSON in
def _read_json(path: Path) -> Any:
    name = show_path(path)
    try:
        raw = read_limited(path, MAX_IMPORT_BYTES)
    except ReadRefused as error:
        if error.problem.startswith("zu groß"):
            raise UserError(
                f"{error} – das ist keine SmartCheck-Einschätzung",
                english=f"{error.text('en')}: this is not a SmartCheck assessment",
            ) from None
        raise
    if not raw.strip():
        raise UserError(f"{name}: die Datei ist leer", english=f"{name}: the file is empty")
    text = decode_utf8(raw, name, " – ist das eine SmartCheck-Exportdatei?")
    return parse_json(text, name)


def _check_envelope(data: Any, name: str) -> None:
    if not isinstance(data, dict):
        raise UserError(
            f"{name}: Diese Datei ist keine SmartCheck-Einschätzung.{EXPORTED_ONLY}",
            english=f"{name}: This file is not a SmartCheck assessment.{EXPORTED_ONLY_EN}",
        )
    fmt = data.get("format")
    if fmt != ASSESSMENT_FORMAT:
        if fmt == "smartcheck.questionnaire":
            raise UserError(
                f"{name}: Diese Datei ist ein Fragebogen, keine Einschätzung.{EXPORTED_ONLY}",
                english=f"{name}: This file is a questionnaire, not an assessment.{EXPORTED_ONLY_EN}",
            )
        shown = "fehlt" if fmt is None else f"lautet {show(fmt)}"
        shown_en = "is missing" if fmt is None else f"is {show(fmt)}"
        raise UserError(
            f"{name}: Diese Datei ist keine SmartCheck-Einschätzung (ihre Kennung „format“ {shown}).{EXPORTED_ONLY}",
            english=f"{name}: This file is not a SmartCheck assessment (its mark “format” {shown_en})."
            f"{EXPORTED_ONLY_EN}",
        )
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > ASSESSMENT_FORMAT_VERSION:
        raise UserError(
            f"{name}: format_version: die Datei stammt von einer neueren SmartCheck-Version (Format {version}, "
            f"dieses Programm liest Format {ASSESSMENT_FORMAT_VERSION}). Bitte SmartCheck aktualisieren.",
            english=f"{name}: format_version: the file comes from a newer SmartCheck version (format {version}, "
            f"this program reads format {ASSESSMENT_FORMAT_VERSION}). Please update SmartCheck.",
        )


def _semantic(data: dict[str, Any], document: AssessmentFile) -> list[str]:
    """What the schema cannot see: hash, ids and values against the snapshot."""
    a = document.assessment
    q = a.questionnaire
    problems = []
    if not ID_PATTERN.fullmatch(a.id):
        problems.append("assessment.id: ungültige ID (erlaubt: Buchstaben, Ziffern, '-' und '_', bis 100 Zeichen)")
    raw_q = data["assessment"]["snapshot"]["questionnaire"]
    problems += [f"assessment.snapshot.questionnaire.{p}" for p in semantic_problems(raw_q)]
    if content_hash(q) != a.snapshot.content_hash:
        problems.append(
            "assessment.snapshot.content_hash: passt nicht zum mitgelieferten Fragebogen "
            "(die Datei wurde verändert oder ist beschädigt)"
        )
    questions = {x.id: x for x in q.questions()}
    for qid, answer in a.answers.items():
        where = f"assessment.answers.{quote(qid, 40)}"
        question = questions.get(qid)
        if question is None:
            problems.append(f"{where}: unbekannte Frage (nicht im Fragebogen '{q.id}' {q.version})")
        elif answer.value == UNKNOWN and not question.allow_unknown:
            problems.append(f"{where}: 'weiß nicht' ist bei dieser Frage nicht vorgesehen")
        elif answer.value == NOT_APPLICABLE and not question.allow_not_applicable:
            problems.append(f"{where}: 'trifft nicht zu' ist bei dieser Frage nicht vorgesehen")
    dimensions = {d.id for d in q.dimensions}
    for field in ("targets", "importance"):
        for did in getattr(a, field):
            if did not in dimensions:
                problems.append(f"assessment.{field}.{quote(did, 40)}: unbekannte Dimension")
    criteria = {c.id for c in q.quick_win_criteria}
    for i, idea in enumerate(a.quick_wins):
        for cid in idea.ratings:
            if cid not in criteria:
                problems.append(f"assessment.quick_wins[{i}].ratings.{quote(cid, 40)}: unbekanntes Quick-Win-Kriterium")
    if a.status == Status.COMPLETE and a.completed_at is None:
        problems.append("assessment.completed_at: eine abgeschlossene Einschätzung braucht ein Abschlussdatum")
    if a.cursor is not None and len(a.cursor) > LINE_MAX:
        problems.append("assessment.cursor: zu lang")
    return problems


_UNION_TAG = re.compile(r"^(constrained-\w+|literal\[.*\]|none|int|str|float|bool)$")


def _schema_problems(error: ValidationError) -> list[str]:
    """Schema faults as ``place: message``; a union's branches become one line."""
    merged: dict[str, list[str]] = {}
    inputs: dict[str, object] = {}
    for line, detail in zip(format_validation_error(error), error.errors(), strict=True):
        place, _, message = line.partition(": ")
        place = ".".join(p for p in place.split(".") if not _UNION_TAG.match(p))
        merged.setdefault(place, []).append(message)
        inputs[place] = detail.get("input")
    out = []
    for place, messages in merged.items():
        if place == "assessment.id":
            out.append(
                f"{place}: ungültige ID (erlaubt: Buchstaben, Ziffern, '-' und '_', bis 100 Zeichen), "
                f"steht dort: {show(inputs[place])}"
            )
        elif place == "assessment.municipality.ags":
            out.append(
                f"{place}: erwartet den Amtlichen Gemeindeschlüssel aus 8 Ziffern 0–9, "
                f"steht dort: {show(inputs[place])}"
            )
        elif place == "assessment.snapshot.content_hash":
            out.append(f"{place}: erwartet 64 Hexadezimalzeichen (SHA-256), steht dort: {show(inputs[place])}")
        elif place.startswith("assessment.answers.") and place.endswith(".value"):
            out.append(
                f"{place}: erwartet 0 bis {MAX_LEVEL}, '{UNKNOWN}' (weiß nicht) oder '{NOT_APPLICABLE}' (trifft nicht zu), "
                f"steht dort: {show(inputs[place])}"
            )
        else:
            out.append(f"{place}: {' / '.join(dict.fromkeys(messages))}")
    return out


def read_assessment_file(path: str | Path) -> Assessment:
    """Read and check one exchange file; any fault raises one UserError."""
    path = Path(path)
    name = show_path(path)
    data = _read_json(path)
    _check_envelope(data, name)
    try:
        document = AssessmentFile.model_validate(data)
    except ValidationError as error:
        problems = _schema_problems(error)
    else:
        problems = _semantic(data, document)
    if problems:
        more = len(problems) - MAX_PROBLEMS
        lines = [f"{name}: {p}" for p in problems[:MAX_PROBLEMS]]
        if more > 0:
            lines.append(f"{name}: ... und {more} weitere Fehler")
        raise UserError(
            "\n".join(lines),
            english=f"{name}: the file is not a valid SmartCheck assessment "
            f"({len(problems)} {'problem' if len(problems) == 1 else 'problems'} in its content).",
        )
    return document.assessment


def _named(a: Assessment, lang: str = "de") -> str:
    """How an assessment is named to the user: „Musterstadt“ vom 03.05.2026 (no internal id)."""
    if lang == "en":
        return f"“{a.municipality.name}” of {format_date(a.date, 'en')}"
    return f"„{a.municipality.name}“ vom {format_date(a.date)}"


def import_files(store: Store, paths: list[str | Path]) -> list[str]:
    """Check every file, then store all of them in one transaction, or none."""
    from .measure_files import file_measures
    from .measures import insert as insert_measures

    problems: list[str] = []
    english: list[str] = []  # the same problems in English
    found: list[Assessment] = []
    seen: dict[str, str] = {}
    adopted: list[AdoptedMeasure] = []
    for path in paths:
        name = str(path)
        try:
            a = read_assessment_file(path)
            adopted += file_measures(path, a, _read_json(Path(path)))
        except UserError as error:
            problems.append(str(error))
            english.append(error.text("en"))
            continue
        if a.id in seen:
            problems.append(f"{name}: Dieselbe Einschätzung ({_named(a)}) steht schon in {seen[a.id]}.")
            english.append(f"{name}: The same assessment ({_named(a, 'en')}) is in {seen[a.id]} already.")
            continue
        seen[a.id] = name
        if store.exists(a.id):
            stored = store.load(a.id)
            same = stored.model_dump(exclude={"snapshot"}) == a.model_dump(exclude={"snapshot"})
            detail = "" if same else ", aber mit anderem Inhalt; sie wurde nicht überschrieben"
            problems.append(f"{name}: Diese Einschätzung ({_named(a)}) ist bereits gespeichert{detail}.")
            english.append(
                f"{name}: This assessment ({_named(a, 'en')}) is stored already"
                + ("." if same else ", with different content; it was not overwritten.")
            )
            continue
        found.append(a)
    if problems:
        problems.append("Es wurde nichts importiert.")
        raise UserError("\n".join(problems), english="\n".join(english + ["Nothing was imported."]))
    store.create_many(found, also=lambda conn: insert_measures(conn, adopted))
    return [a.id for a in found]


# ----------------------------------------------------------------------- CSV
ANSWER_HEADER = {
    "de": ["Dimension", "Nr.", "Frage-ID", "Frage", "Schlüsselfrage", "Antwort", "Antworttext", "Notiz"],
    "en": ["Dimension", "No.", "Question ID", "Question", "Key question", "Answer", "Answer text", "Note"],
}


def export_csv_answers(assessment: Assessment, path: str | Path, lang: str = "de") -> Path:
    """One row per question of the snapshot, answered or not."""
    q = assessment.questionnaire
    scale = q.answer_scale
    numbers = question_numbers(q)
    rows = []
    for dimension in q.dimensions:
        for question in dimension.questions:
            answer = assessment.answers.get(question.id)
            value: object = ""
            text = ""
            note = ""
            if answer is not None:
                note = answer.note
                if isinstance(answer.value, int):
                    value, text = answer.value, question.options[answer.value].get(lang)
                elif answer.value == UNKNOWN:
                    text = scale.unknown.get(lang)
                else:
                    text = scale.not_applicable.get(lang)
            rows.append(
                [
                    dimension.name.get(lang),
                    numbers[question.id],
                    question.id,
                    question.text.get(lang),
                    yes_cell(question.key, lang),
                    value,
                    text,
                    note,
                ]
            )
    return write_csv(path, ANSWER_HEADER["en" if lang == "en" else "de"], rows)
