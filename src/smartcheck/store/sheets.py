"""Answer sheets for people who do not use the program (CSV or XLSX).

``write_sheet`` writes a blank sheet with the columns of ``export --csv
answers`` (Dimension, Nr., Frage-ID, Frage, Schlüsselfrage, Antwort,
Antworttext, Notiz); in an XLSX file every Antwort cell has a drop-down.
``read_sheet`` reads a filled sheet back as one person's answers. The
Antwort column accepts 0 to 4, the text of an option, "weiß nicht",
"trifft nicht zu" or nothing; a cell left empty takes the Antworttext
column into account, so an exported answers CSV imports to the same answers.
Every fault names the file, the line and the column; nothing is stored
unless the whole sheet is read.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..atomic import write_atomic
from ..core.assessment import (
    NOT_APPLICABLE,
    UNKNOWN,
    Administration,
    Answer,
    Assessment,
    Municipality,
    Respondent,
    Status,
    new_assessment,
    now,
)
from ..core.errors import UserError
from ..core.limits import decode_utf8
from ..core.pages import REVIEW
from ..core.questionnaire import Question, Questionnaire, question_numbers
from ..core.values import MAX_LEVEL, NOTE_MAX, AnswerValue
from ..csv_file import write_csv
from .exchange import ANSWER_HEADER  # the same columns as the export

MAX_SHEET_BYTES = 5 * 1024 * 1024
MAX_SHEET_ROWS = 1000  # a questionnaire has about 60 questions; more rows are not an answer sheet
MAX_SHEET_COLUMNS = 30
UNKNOWN_WORDS = {"weiß nicht", "weiss nicht", "don't know", "dont know", "unknown", "?"}
NA_WORDS = {"trifft nicht zu", "trifft auf uns nicht zu", "does not apply", "does not apply to us", "n/a", "na"}
ID_COLUMNS = ("Frage-ID", "Question ID")
ANSWER_COLUMNS = ("Antwort", "Answer")
TEXT_COLUMNS = ("Antworttext", "Answer text")
NOTE_COLUMNS = ("Notiz", "Note")
SCORE_TEXTS = tuple(str(score) for score in range(MAX_LEVEL + 1))  # "0" ... "4"


class SheetError(UserError):
    pass


def _norm(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").split()).casefold().rstrip(".")


def _column_name(index: int) -> str:
    """1 -> A, 27 -> AA: the column as a spreadsheet shows it."""
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


# ------------------------------------------------------------------ writing
def _blank_rows(questionnaire: Questionnaire, lang: str) -> list[list[object]]:
    numbers = question_numbers(questionnaire)
    rows: list[list[object]] = []
    for dimension in questionnaire.dimensions:
        for question in dimension.questions:
            rows.append(
                [
                    dimension.name.get(lang),
                    numbers[question.id],
                    question.id,
                    question.text.get(lang),
                    ("ja" if lang == "de" else "yes") if question.key else "",
                    "",
                    "",
                    "",
                ]
            )
    return rows


def write_sheet(questionnaire: Questionnaire, path: str | Path, lang: str = "de") -> Path:
    """A blank answer sheet (CSV with ';', or XLSX with a drop-down per answer cell)."""
    path = Path(path)
    header = ANSWER_HEADER["en" if lang == "en" else "de"]
    rows = _blank_rows(questionnaire, lang)
    if path.suffix.lower() == ".xlsx":
        return write_atomic(path, _xlsx_bytes(questionnaire, header, rows, lang))
    return write_csv(path, header, rows)


def _xlsx_bytes(questionnaire: Questionnaire, header: list[str], rows: list[list[object]], lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Antworten" if lang == "de" else "Answers"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    scale = questionnaire.answer_scale
    choices = [*SCORE_TEXTS, scale.unknown.get(lang), scale.not_applicable.get(lang)]
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    validation.error = (
        f"0 bis {MAX_LEVEL}, „weiß nicht“ oder „trifft nicht zu“"
        if lang == "de"
        else f"0 to {MAX_LEVEL}, don't know or n/a"
    )
    validation.showErrorMessage = False  # an option's text typed in is accepted on import too
    sheet.add_data_validation(validation)
    answer_column = _column_name(header.index(ANSWER_HEADER["en" if lang == "en" else "de"][5]) + 1)
    validation.add(f"{answer_column}2:{answer_column}{len(rows) + 1}")
    for column, width in zip("ABCDEFGH", (28, 6, 30, 70, 8, 12, 30, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------ reading
def _read_bytes(path: Path) -> bytes:
    """A regular file of at most MAX_SHEET_BYTES, read with the same cap as every other input."""
    from ..core.limits import read_limited

    return read_limited(path, MAX_SHEET_BYTES)


def _csv_rows(path: Path) -> list[list[str]]:
    raw = _read_bytes(path)
    text = decode_utf8(raw, str(path), " (bitte als CSV UTF-8 speichern)", " (please save as CSV UTF-8)")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as error:
        raise SheetError(
            f"{path}: kein lesbares CSV ({error})", english=f"{path}: not a readable CSV file ({error})"
        ) from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    raw = _read_bytes(path)
    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise SheetError(
            f"{path}: keine lesbare XLSX-Datei ({type(error).__name__})",
            english=f"{path}: not a readable XLSX file ({type(error).__name__})",
        ) from None
    sheet = book.worksheets[0]
    rows = []
    # A small file can unpack to millions of cells (a zip bomb): read no more than a sheet can hold.
    for row in sheet.iter_rows(values_only=True, max_row=MAX_SHEET_ROWS, max_col=MAX_SHEET_COLUMNS):
        rows.append(
            ["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)) for v in row]
        )
    book.close()
    return rows


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    wanted = {_norm(n) for n in names}
    for i, cell in enumerate(header):
        if _norm(cell) in wanted:
            return i
    return None


def _value(question: Question, questionnaire: Questionnaire, cell: str, text_cell: str) -> AnswerValue | None | str:
    """The answer for a cell; a str starting with '!' is a fault to report."""
    scale = questionnaire.answer_scale
    raw = cell.strip()
    if not raw:
        raw = text_cell.strip()  # an exported CSV: "weiß nicht" stands in the Antworttext column
        if not raw or _norm(raw) not in UNKNOWN_WORDS | NA_WORDS | {
            _norm(scale.unknown.de),
            _norm(scale.unknown.en),
            _norm(scale.not_applicable.de),
            _norm(scale.not_applicable.en),
        }:
            return None
    if raw in SCORE_TEXTS:
        return int(raw)
    norm = _norm(raw)
    if norm in UNKNOWN_WORDS or norm in (_norm(scale.unknown.de), _norm(scale.unknown.en)):
        return UNKNOWN if question.allow_unknown else "!„weiß nicht“ ist bei dieser Frage nicht vorgesehen"
    if norm in NA_WORDS or norm in (_norm(scale.not_applicable.de), _norm(scale.not_applicable.en)):
        if question.allow_not_applicable:
            return NOT_APPLICABLE
        return "!„trifft nicht zu“ ist bei dieser Frage nicht vorgesehen (Fragen, die nicht zutreffen, entfallen von selbst)"
    for score, option in enumerate(question.options):
        if norm in (_norm(option.de), _norm(option.en)):
            return score
    return f"!„{raw[:60]}“ ist keine Antwort (erlaubt: 0 bis {MAX_LEVEL}, der Text einer Antwort, „weiß nicht“, „trifft nicht zu“ oder leer)"


def read_sheet(path: str | Path, questionnaire: Questionnaire) -> dict[str, Answer]:
    """One person's answers from a filled sheet; SheetError names file, line and column."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise SheetError(
            f"{path}: Antwortbogen als .csv oder .xlsx erwartet",
            english=f"{path}: an answer sheet must be a .csv or .xlsx file",
        )
    rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    if not rows:
        raise SheetError(f"{path}: die Datei ist leer", english=f"{path}: the file is empty")
    header = rows[0]
    id_col, answer_col = _find(header, ID_COLUMNS), _find(header, ANSWER_COLUMNS)
    text_col, note_col = _find(header, TEXT_COLUMNS), _find(header, NOTE_COLUMNS)
    for col, name in ((id_col, "Frage-ID"), (answer_col, "Antwort")):
        if col is None:
            shown = "; ".join(header)[:200]
            raise SheetError(
                f"{path}: Zeile 1: die Spalte „{name}“ fehlt (Kopfzeile: {shown})",
                english=f"{path}: line 1: the column “{name}” is missing (header: {shown})",
            )
    assert id_col is not None and answer_col is not None  # refused just above
    known = {q.id: q for q in questionnaire.questions()}
    answers: dict[str, Answer] = {}
    problems = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(col: int | None, row: list[str] = row) -> str:
            return row[col] if col is not None and col < len(row) else ""

        def where(col: int | None, line: int = line) -> str:
            if col is None:  # a column the sheet does not have: its cells read as empty
                return f"{path}: Zeile {line}"
            return f"{path}: Zeile {line}, Spalte {_column_name(col + 1)} ({header[col]})"

        qid = cell(id_col).strip()
        if qid not in known:
            problems.append(f"{where(id_col)}: unbekannte Frage-ID „{qid[:80]}“")
            continue
        if qid in seen:
            problems.append(f"{where(id_col)}: die Frage „{qid}“ steht schon in Zeile {seen[qid]}")
            continue
        seen[qid] = line
        value = _value(known[qid], questionnaire, cell(answer_col), cell(text_col))
        if isinstance(value, str) and value.startswith("!"):
            problems.append(f"{where(answer_col)}: {value[1:]}")
            continue
        note = cell(note_col).strip()[:NOTE_MAX]
        if value is None:
            if note:
                problems.append(f"{where(note_col)}: eine Notiz braucht eine Antwort")
            continue
        answers[qid] = Answer(value=value, note=note)
    if problems:
        shown = "\n".join(problems[:20])
        more = len(problems) - 20
        raise SheetError(
            shown + (f"\n… und {more} weitere" if more > 0 else ""),
            english=f"{path}: the answer sheet has {len(problems)} "
            f"{'problem' if len(problems) == 1 else 'problems'} (the details in German):\n"
            + shown
            + (f"\n… and {more} more" if more > 0 else ""),
        )
    return answers


def assessment_from_sheet(
    path: str | Path,
    questionnaire: Questionnaire,
    name: str | None = None,
    population: int | None = None,
    administration: str | None = None,
    person: str | None = None,
) -> Assessment:
    """One respondent's assessment: complete when every question that applies is answered."""
    from ..core.session import Session

    answers = read_sheet(path, questionnaire)
    try:
        municipality = Municipality(
            name=name or Path(path).stem,
            population=population,
            administration=Administration(administration or Administration.OWN.value),
        )
        respondents = [Respondent(role=person)] if person and person.strip() else []
    except ValueError as error:
        raise SheetError(
            f"{path}: Angaben zur Kommune ungültig ({error})",
            english=f"{path}: invalid details of the municipality ({error})",
        ) from None
    a = new_assessment(questionnaire, municipality, answers=answers, respondents=respondents)
    if not Session(a).open_questions() and any(isinstance(x.value, int) for x in answers.values()):
        a.status = Status.COMPLETE
        a.completed_at = now()
        a.cursor = REVIEW
    return a
