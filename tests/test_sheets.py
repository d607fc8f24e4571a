"""Answer sheets (issue 11): blank sheet out, filled sheet in, in CSV and XLSX."""

from __future__ import annotations

import json

import pytest

from smartcheck.cli import main
from smartcheck.core.catalog import load
from smartcheck.paths import default_questionnaire_path
from smartcheck.store.exchange import export_csv_answers
from smartcheck.store.sheets import SheetError, assessment_from_sheet, read_sheet, write_sheet
from tests.helpers.personas import VILLAGE, answered

Q = load(default_questionnaire_path())


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def fill_csv(path, values: dict[str, str]):
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    qid_col, answer_col = header.index("Frage-ID"), header.index("Antwort")
    out = [lines[0]]
    import csv
    import io

    for row in csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=";"):
        if row[qid_col] in values:
            row[answer_col] = values[row[qid_col]]
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="").writerow(row)
        out.append(buffer.getvalue())
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_blank_sheet_has_the_columns_of_the_answers_export(tmp_path, capsys):
    code, out, err = run(capsys, "sheet", "--out", tmp_path / "bogen.csv")
    assert code == 0, err
    text = (tmp_path / "bogen.csv").read_bytes().decode("utf-8-sig").splitlines()
    exported = export_csv_answers(answered(VILLAGE, Q), tmp_path / "x.csv").read_bytes().decode("utf-8-sig")
    assert text[0] == exported.splitlines()[0]
    assert len(text) == len(Q.questions()) + 1


def test_exported_answers_import_back_to_the_same_answers(tmp_path):
    a = answered(VILLAGE, Q)
    a.answers["organisation.lead"] = a.answers["organisation.lead"].model_copy(update={"note": "laut Amt; nebenbei"})
    path = export_csv_answers(a, tmp_path / "antworten.csv")
    assert read_sheet(path, Q) == a.answers


def test_a_filled_csv_becomes_one_respondents_assessment(tmp_path, capsys):
    sheet = tmp_path / "bogen.csv"
    run(capsys, "sheet", "--out", sheet)
    values = dict.fromkeys((q.id for q in Q.questions()), "1")
    values.update(
        {
            "organisation.lead": "Jemand kümmert sich aus eigenem Antrieb, ohne Auftrag und ohne Zeitanteil.",
            "support.talks": "weiß nicht",
            "continuity.measures": "0",
            "cooperation.partners": "0",
            "quick_wins.started": "0",
            "prioritisation.strategy": "0",
        }
    )
    fill_csv(sheet, values)
    folder = tmp_path / "daten"
    code, out, err = run(
        capsys,
        "--data-dir",
        folder,
        "import",
        sheet,
        "--kommune",
        "Kleindorf",
        "--einwohner",
        "2800",
        "--verwaltungsform",
        "mitgliedsgemeinde",
        "--person",
        "Bürgermeister",
    )
    assert code == 0, err
    listed = json.loads(run(capsys, "--data-dir", folder, "list", "--json")[1])
    assert [(e["municipality"], e["status"]) for e in listed] == [("Kleindorf", "complete")]
    from smartcheck.store import Store

    with Store.open(folder, readonly=True) as store:
        stored = store.load(listed[0]["id"])
    assert stored.municipality.population == 2800 and stored.municipality.administration.value == "mitgliedsgemeinde"
    assert stored.answers["organisation.lead"].value == 1 and stored.answers["support.talks"].value == "unknown"
    assert stored.respondents[0].role == "Bürgermeister"


def test_a_partly_filled_sheet_is_a_draft(tmp_path):
    sheet = write_sheet(Q, tmp_path / "bogen.csv")
    fill_csv(sheet, {"organisation.lead": "2"})
    a = assessment_from_sheet(sheet, Q, "Teilstadt")
    assert a.status.value == "draft" and list(a.answers) == ["organisation.lead"]


def test_errors_name_the_file_the_line_and_the_column(tmp_path, capsys):
    sheet = write_sheet(Q, tmp_path / "bogen.csv")
    fill_csv(sheet, {"organisation.mandate": "fünf", "support.leadership": "7"})
    folder = tmp_path / "daten"
    code, out, err = run(capsys, "--data-dir", folder, "import", sheet)
    assert code == 1 and out == "" and "Traceback" not in err
    assert f"{sheet}: Zeile 3, Spalte F (Antwort)" in err  # organisation.mandate is the second question
    assert "„fünf“ ist keine Antwort" in err and "„7“" in err
    assert (
        not (folder / "smartcheck.db").exists()
        or json.loads(run(capsys, "--data-dir", folder, "list", "--json")[1]) == []
    )
    with pytest.raises(SheetError, match="Spalte „Frage-ID“ fehlt"):
        bad = tmp_path / "leer.csv"
        bad.write_text("A;B\n1;2\n", encoding="utf-8")
        read_sheet(bad, Q)


def test_xlsx_sheet_has_a_drop_down_per_answer_cell_and_reads_back(tmp_path, capsys):
    from openpyxl import load_workbook

    path = tmp_path / "bogen.xlsx"
    assert run(capsys, "sheet", "--out", path)[0] == 0
    book = load_workbook(path)
    sheet = book.active
    assert sheet["C1"].value == "Frage-ID" and sheet["F1"].value == "Antwort"
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1 and f"F2:F{len(Q.questions()) + 1}" in str(validations[0].sqref)
    assert "Weiß nicht" in validations[0].formula1
    sheet["F2"] = 3
    sheet["F3"] = "Weiß nicht"
    sheet["F4"] = "xyz"
    book.save(path)
    with pytest.raises(SheetError) as error:
        read_sheet(path, Q)
    assert f"{path}: Zeile 4, Spalte F (Antwort)" in str(error.value)
    book = load_workbook(path)
    book.active["F4"] = None
    book.save(path)
    answers = read_sheet(path, Q)
    assert answers["organisation.lead"].value == 3 and answers["organisation.mandate"].value == "unknown"


def test_a_sheet_not_saved_as_utf8_names_the_line_and_how_to_save_it(tmp_path):
    from smartcheck.core.errors import UserError

    path = tmp_path / "bogen.csv"
    write_sheet(Q, path)
    raw = path.read_bytes().split(b"\n")
    raw[2] = raw[2] + "Müller".encode("cp1252")  # Excel's "CSV (Trennzeichen-getrennt)": Windows-1252
    path.write_bytes(b"\n".join(raw))
    with pytest.raises(UserError) as error:
        read_sheet(path, Q)
    assert str(error.value) == f"{path}: Zeile 3: kein gültiges UTF-8 (bitte als CSV UTF-8 speichern)"
    assert error.value.english == f"{path}: line 3: not valid UTF-8 (please save as CSV UTF-8)"
