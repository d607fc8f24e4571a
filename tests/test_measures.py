"""Adopted measures: the model, the store, the exchange file, the command line, the demo."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from smartcheck.cli import main
from smartcheck.core.implementation import adopt, implementation
from smartcheck.core.measures import MeasureStatus, parse_status, summary_line
from smartcheck.core.planning import plan
from smartcheck.store import Store, restore_backup
from smartcheck.store.demo import add_demo, demo_id
from smartcheck.store.exchange import export_json, import_files
from smartcheck.store.measures import add_measures, get_measure, list_measures, set_status
from tests.helpers.store_data import make


def _adopted(store, mini, complete=True):
    a = make(mini, complete=True)
    store.create(a)
    measures = adopt(a)
    numbers = add_measures(store, measures)
    return a, measures, numbers


# ------------------------------------------------------------------ core
def test_summary_line_counts_overdue_apart_with_real_plurals(tmp_path, mini):
    a = make(mini, complete=True)
    m = adopt(a, start=date(2025, 1, 1))
    assert len(m) >= 3
    first = m[0].with_status(MeasureStatus.DONE, date(2025, 2, 1))
    second = m[1].with_status(MeasureStatus.STARTED, date(2025, 2, 1)).model_copy(update={"due": date(2030, 1, 1)})
    third = m[2].model_copy(update={"due": date(2025, 3, 1)})
    assert summary_line([first, second, third], date(2025, 6, 1)) == "3 Maßnahmen: 1 erledigt, 1 begonnen, 1 überfällig"
    assert summary_line([first], date(2025, 6, 1)) == "1 Maßnahme: 1 erledigt"
    assert summary_line([first, second], date(2025, 6, 1), "en") == "2 measures: 1 done, 1 started"
    assert summary_line([], date(2025, 6, 1)) == "Noch keine Maßnahmen übernommen"


def test_adopt_takes_the_chosen_recommendations_with_their_origin(mini):
    a = make(mini, complete=True)
    steps = plan(a).measures
    chosen = [steps[1].recommendation_id, steps[0].recommendation_id]
    measures = adopt(a, chosen, start=date(2025, 4, 1))
    assert [m.origin.recommendation_id for m in measures] == [steps[0].recommendation_id, steps[1].recommendation_id]
    first = measures[0]
    assert first.origin.assessment_id == a.id and first.origin.question_id == steps[0].question_id
    assert first.status == MeasureStatus.PLANNED and first.start == date(2025, 4, 1) and first.due > first.start
    assert first.success and first.owner.role and first.municipality == a.municipality.name
    with pytest.raises(ValueError, match="nicht im Handlungsplan"):
        adopt(a, ["gibt.es:nicht"])


def test_parse_status_accepts_german_ascii_and_english_and_names_the_choices():
    assert parse_status("Erledigt") == MeasureStatus.DONE
    assert parse_status("zurueckgestellt") == MeasureStatus.DEFERRED
    assert parse_status("started") == MeasureStatus.STARTED
    with pytest.raises(ValueError, match="fertig.*geplant, begonnen, erledigt, zurückgestellt, verworfen"):
        parse_status("fertig")


# ----------------------------------------------------------------- store
def test_adopting_a_plan_stores_its_measures_once(tmp_path, mini):
    with Store.open(tmp_path / "d") as store:
        a, measures, numbers = _adopted(store, mini)
        assert numbers == list(range(1, len(measures) + 1))
        assert add_measures(store, adopt(a)) == []  # the same recommendations are not adopted twice
    with Store.open(tmp_path / "d", readonly=True) as store:
        stored = list_measures(store)
        assert [m.title for m in stored] == [m.title for m in measures]
        assert [m.number for m in stored] == numbers
        assert stored[0].origin == measures[0].origin


def test_status_change_keeps_the_history_and_filters(tmp_path, mini):
    with Store.open(tmp_path / "d") as store:
        _adopted(store, mini)
        set_status(store, 2, MeasureStatus.STARTED, "Auftakt", day=date(2025, 5, 1))
        changed = set_status(
            store, 2, MeasureStatus.DONE, "fertig", owner="Eva Ernst", due=date(2025, 9, 30), day=date(2025, 8, 1)
        )
        assert [(c.status, c.note) for c in changed.history[1:]] == [
            (MeasureStatus.STARTED, "Auftakt"),
            (MeasureStatus.DONE, "fertig"),
        ]
        again = get_measure(store, 2)
        assert again == changed and again.owner.name == "Eva Ernst" and again.due == date(2025, 9, 30)
        assert [m.number for m in list_measures(store, status=MeasureStatus.DONE)] == [2]
        with pytest.raises(Exception, match="Keine Maßnahme mit der Nummer 99"):
            set_status(store, 99, MeasureStatus.DONE)
        with pytest.raises(Exception, match="Maßnahme 2: ungültige Angabe"):
            set_status(store, 2, MeasureStatus.DONE, note="x" * 3000)
        assert get_measure(store, 2) == changed  # nothing changed by the refused note


def test_history_survives_export_and_import(tmp_path, mini):
    with Store.open(tmp_path / "d") as store:
        a, _, _ = _adopted(store, mini)
        set_status(store, 1, MeasureStatus.DONE, "im Rat berichtet", day=date(2025, 6, 1))
        original = list_measures(store, assessment_id=a.id)
        path = export_json(a, tmp_path / "a.json", measures=original)
    document = json.loads(path.read_text("utf-8"))
    assert document["format_version"] == 2 and len(document["measures"]) == len(original)
    with Store.open(tmp_path / "other") as other:
        assert import_files(other, [path]) == [a.id]
        imported = list_measures(other)
    assert [m.history for m in imported] == [m.history for m in original]
    assert imported[0].status == MeasureStatus.DONE and imported[0].history[-1].note == "im Rat berichtet"


def test_version_1_file_without_measures_still_imports(tmp_path, mini):
    a = make(mini, complete=True)
    path = export_json(a, tmp_path / "a.json")
    document = json.loads(path.read_text("utf-8"))
    document["format_version"] = 1
    document.pop("measures")
    path.write_text(json.dumps(document), "utf-8")
    with Store.open(tmp_path / "d") as store:
        assert import_files(store, [path]) == [a.id]
        assert list_measures(store) == []


def test_a_bad_measure_in_a_file_imports_nothing(tmp_path, mini):
    with Store.open(tmp_path / "d") as store:
        a, _, _ = _adopted(store, mini)
        path = export_json(a, tmp_path / "a.json", measures=list_measures(store))
    document = json.loads(path.read_text("utf-8"))
    document["measures"][0]["origin"]["question_id"] = "gibt.es.nicht"
    path.write_text(json.dumps(document), "utf-8")
    with Store.open(tmp_path / "other") as other:
        with pytest.raises(Exception, match=r"a.json: measures\[0\].origin.question_id: unbekannte Frage"):
            import_files(other, [path])
        assert other.list_assessments() == [] and list_measures(other) == []


def test_history_survives_a_restore(tmp_path, mini):
    folder = tmp_path / "d"
    with Store.open(folder) as store:
        _adopted(store, mini)
        set_status(store, 1, MeasureStatus.STARTED, "begonnen", day=date(2025, 5, 1))
        backup = store.backup("test")
        set_status(store, 1, MeasureStatus.DROPPED, "doch nicht", day=date(2025, 6, 1))
    restore_backup(folder, backup)
    with Store.open(folder) as store:
        m = get_measure(store, 1)
    assert m.status == MeasureStatus.STARTED and m.history[-1].note == "begonnen"


# ------------------------------------------------------------------- CLI
def test_cli_lists_filters_and_sets(tmp_path, mini, capsys):
    folder = tmp_path / "d"
    with Store.open(folder) as store:
        _adopted(store, mini)
    args = ["--data-dir", str(folder), "measures"]
    assert (
        main(
            [
                *args,
                "set",
                "1",
                "--status",
                "begonnen",
                "--note",
                "läuft",
                "--owner",
                "Eva Ernst",
                "--due",
                "2030-01-31",
            ]
        )
        == 0
    )
    assert "Maßnahme 1" in capsys.readouterr().out
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "begonnen" in out and "Eva Ernst" in out and "31.01.2030" in out and "Maßnahmen:" in out
    assert main([*args, "--json", "--status", "begonnen"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["number"] for i in items] == [1]
    assert items[0]["history"][-1] == {"date": date.today().isoformat(), "status": "begonnen", "note": "läuft"}
    assert items[0]["owner"]["name"] == "Eva Ernst" and items[0]["overdue"] is False


@pytest.mark.parametrize(
    "argv, message",
    [
        (["set", "42", "--status", "erledigt"], "Keine Maßnahme mit der Nummer 42"),
        (["set", "1", "--status", "fertig"], "--status: unbekannter Status 'fertig'"),
        (["set", "eins", "--status", "erledigt"], "Maßnahme 'eins'"),
        (["set", "1", "--status", "erledigt", "--due", "31.12.2026"], "--due: '31.12.2026' ist kein Datum"),
        (["--status", "fertig"], "unbekannter Status 'fertig'"),
    ],
)
def test_cli_errors_name_what_was_wrong_and_change_nothing(tmp_path, mini, capsys, argv, message):
    folder = tmp_path / "d"
    with Store.open(folder) as store:
        _adopted(store, mini)
        before = list_measures(store)
    assert main(["--data-dir", str(folder), "measures", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    with Store.open(folder, readonly=True) as store:
        assert list_measures(store) == before


# ------------------------------------------------------------- demo, report
def test_demo_tells_the_story_of_the_2025_plan(tmp_path):
    with Store.open(tmp_path / "d") as store:
        add_demo(store)
        add_demo(store)  # twice: nothing doubled
        measures = list_measures(store)
        later = store.load(demo_id("2026"))
        found = implementation(measures, later, store.history(later))
    assert {m.origin.assessment_id for m in measures} == {demo_id("2025")}
    assert len({m.status for m in measures}) >= 4
    assert found.done_with_effect and found.done_without_effect and found.overdue
    line = found.done_with_effect[0].line()
    assert line.startswith(f"Maßnahme {found.done_with_effect[0].measure.number} erledigt → Frage ")
    assert " von " in line and " auf " in line


def test_progress_report_names_done_measures_and_their_question_changes(tmp_path, capsys):
    from pypdf import PdfReader

    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    out = tmp_path / "u.pdf"
    assert main(["--data-dir", str(folder), "report", "--latest", "--kind", "progress", "--out", str(out)]) == 0
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    with Store.open(folder, readonly=True) as store:
        later = store.load(demo_id("2026"))
        found = implementation(list_measures(store), later, store.history(later))
    assert "Umsetzungsbericht" in text and "Stufen damals und heute" in text and "Wie es weitergeht" in text
    for outcome in found.done_with_effect:
        assert outcome.line() in text
    assert found.overdue[0].line() in text


def test_full_report_of_2026_shows_the_umsetzungsstand_in_annex_and_kurzfassung(tmp_path):
    from pypdf import PdfReader

    from smartcheck.core.findings import Findings
    from smartcheck.report.implementation_state import review

    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    out = tmp_path / "full.pdf"
    assert main(["--data-dir", str(folder), "report", "--latest", "--out", str(out)]) == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    with Store.open(folder, readonly=True) as store:
        later = store.load(demo_id("2026"))
        history = store.history(later)
        measures = list_measures(store)
    found = review(Findings(later, history), measures)
    done = len(found.done_with_effect) + len(found.done_without_effect)
    # the Kurzfassung's Sachverhalt (first pages) says how many of the April 2025 measures are done
    kurz = re.sub(r"(\w)- ([a-zäöüß])", r"\1\2", " ".join(pages[:4]))  # joined where the line was hyphenated
    assert (
        f"Von den {len(found.outcomes)} im April 2025 beschlossenen Maßnahmen sind {done} erledigt "
        f"({len(found.done_with_effect)} davon mit besserer Einstufung ihrer Frage); "
        f"{len(found.overdue)} ist überfällig, {len(found.open)} noch in Arbeit."
    ) in kurz
    # the annex has the section before the progress section, with each group's lines
    section = next(i for i, text in enumerate(pages) if "Umsetzungsstand der Maßnahmen" in text)
    progress = next(i for i, text in enumerate(pages) if "Entwicklung Stufe je Dimension über alle" in text)
    assert 3 < section < progress
    annex = " ".join(pages[section : section + 2])
    for outcome in (*found.done_with_effect, *found.done_without_effect, *found.overdue, *found.open):
        assert outcome.line() in annex
    assert (
        found.done_with_effect[0]
        .line()
        .startswith(f"Maßnahme {found.done_with_effect[0].measure.number} erledigt → Frage ")
    )
    assert "Erledigt, aber (noch) ohne Wirkung auf die Frage" in annex and "Überfällig" in annex
    # the Word version of the Kurzfassung says the same
    import docx

    word = tmp_path / "k.docx"
    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "report",
                "--latest",
                "--kind",
                "council",
                "--format",
                "docx",
                "--out",
                str(word),
            ]
        )
        == 0
    )
    paragraphs = " ".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert f"Von den {len(found.outcomes)} im April 2025 beschlossenen Maßnahmen sind {done} erledigt" in paragraphs


def test_report_without_earlier_measures_has_no_umsetzungsstand(tmp_path):
    from pypdf import PdfReader

    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    out = tmp_path / "full-2025.pdf"
    # the 2025 assessment: its own plan's measures were adopted after it, none before
    assert main(["--data-dir", str(folder), "report", demo_id("2025"), "--out", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Umsetzungsstand der Maßnahmen" not in text and "beschlossenen Maßnahmen" not in text


def test_kurzfassung_sentence_in_english_and_for_one_measure(tmp_path):
    from smartcheck.core.findings import Findings
    from smartcheck.report.implementation_state import sentence

    with Store.open(tmp_path / "d") as store:
        add_demo(store)
        later = store.load(demo_id("2026"))
        findings = Findings(later, store.history(later))
        measures = list_measures(store)
    assert sentence(findings, None) is None and sentence(findings, []) is None
    one = [m for m in measures if m.status == MeasureStatus.DONE][:1]
    assert sentence(findings, one) == (
        "Von der 1 im April 2025 beschlossenen Maßnahme ist 1 erledigt "
        f"({int(implementation(one, later, findings.series[:-1]).outcomes[0].moved)}"
        " davon mit besserer Einstufung ihrer Frage); 0 sind überfällig, "
        "0 noch in Arbeit."
    )
    assert sentence(findings, measures, "en").startswith(f"Of the {len(measures)} measures adopted in April 2025, ")


def test_store_counts_agree_with_the_core(tmp_path):
    from smartcheck.core.measures import counts
    from smartcheck.store.measures import status_counts

    with Store.open(tmp_path / "d") as store:
        add_demo(store)
        for day in (date(2025, 5, 1), date(2026, 1, 1), date.today(), date(2030, 1, 1)):
            assert status_counts(store, day) == counts(list_measures(store), day)


def test_a_database_of_schema_1_gains_the_measures_table_and_keeps_its_assessments(tmp_path, mini):
    import sqlite3

    from smartcheck.store import database

    folder = tmp_path / "d"
    folder.mkdir()
    a = make(mini, complete=True)
    with Store.open(tmp_path / "new") as store:
        store.create(a)
    old = sqlite3.connect(folder / "smartcheck.db", isolation_level=None)
    database._v1(old)  # an older program's database: only the first schema
    old.execute("PRAGMA user_version = 1")
    new = sqlite3.connect(tmp_path / "new" / "smartcheck.db")
    for table in ("municipalities", "snapshots", "assessments", "answers"):
        rows = new.execute(f"SELECT * FROM {table}").fetchall()
        old.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    new.close()
    old.close()
    with Store.open(folder) as store:
        assert store.load(a.id) == a
        assert add_measures(store, adopt(a)) and list_measures(store)
    assert list((folder / "backups").glob("*vor-schema-2*.db"))  # a copy before the migration


def test_filtered_numbers_agree_with_the_core(tmp_path):
    from datetime import timedelta

    from smartcheck.store.measures import measure_numbers, measures_by_number

    with Store.open(tmp_path / "d") as store:
        add_demo(store)
        every = list_measures(store)
        day = date(2026, 1, 1)
        assert measure_numbers(store, overdue_on=day) == [m.number for m in every if m.overdue(day)]
        soon = day + timedelta(days=90)
        assert measure_numbers(store, due_by=soon) == [
            m.number for m in every if m.status.value in ("geplant", "begonnen") and m.due and m.due <= soon
        ]
        assert measure_numbers(store, status=MeasureStatus.DONE) == [
            m.number for m in every if m.status == MeasureStatus.DONE
        ]
        assert measure_numbers(store, owner="DEMIR") == [m.number for m in every if m.owner.name == "Aylin Demir"]
        assert measures_by_number(store, [3, 1, 99]) == [every[2], every[0]]
