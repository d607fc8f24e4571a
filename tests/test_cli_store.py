"""The commands on the data folder, run as a user runs them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

import pytest

from smartcheck import commands
from smartcheck.cli import main
from smartcheck.core.scoring import score
from smartcheck.store import Store
from smartcheck.store.exchange import read_assessment_file
from tests.helpers.bad_files import BAD

ROOT = Path(__file__).parent.parent


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path, capsys) -> Path:
    folder = tmp_path / "daten"
    code, out, err = run(capsys, "--data-dir", folder, "demo")
    assert code == 0, err
    assert "Musterstadt" in out
    return folder


def test_demo_then_list_json_shows_three_completed_and_the_draft(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(e["municipality"], e["status"], e["date"][:4]) for e in listed] == [
        ("Musterstadt", "draft", "2026"),
        ("Musterstadt", "complete", "2026"),
        ("Kleinhausen", "complete", "2025"),
        ("Musterstadt", "complete", "2025"),
        ("Musterstadt", "complete", "2024"),
    ]
    keys = {
        "id",
        "municipality",
        "status",
        "date",
        "created_at",
        "updated_at",
        "completed_at",
        "questionnaire_id",
        "questionnaire_version",
        "levels",
        "answered",
        "total",
    }
    assert all(set(e) == keys for e in listed)
    complete = listed[1]
    assert complete["questionnaire_id"] == "smart-city-readiness"
    small = listed[2]  # the Mitgliedsgemeinde is asked fewer questions, all of them answered
    assert small["answered"] == small["total"] < complete["total"]
    assert complete["answered"] == complete["total"] > 30
    assert len(complete["levels"]) == 7 and all(isinstance(v, int) for v in complete["levels"].values())
    assert listed[0]["answered"] < listed[0]["total"]


def test_demo_twice_does_not_duplicate(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "demo")
    assert code == 0 and "bereits angelegt" in out
    code, out, _ = run(capsys, "--data-dir", demo_dir, "list", "--json")
    assert len(json.loads(out)) == 5


def test_list_for_people_has_german_headers_and_a_legend(demo_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "list")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:5] == ["ID", "Datum", "Kommune", "Status", "Antworten"]
    assert "D7" in lines[0]
    assert "19.03.2026" in out and "14.03.2024" in out
    assert sum("abgeschlossen" in line for line in lines) == 4 and sum("Entwurf" in line for line in lines) == 1
    assert "D1 Organisationsstrukturen" in out


def test_list_of_an_empty_folder_says_what_to_do(tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", tmp_path / "leer", "list")
    assert code == 0 and "smartcheck demo" in out
    code, out, _ = run(capsys, "--data-dir", tmp_path / "leer", "list", "--json")
    assert json.loads(out) == []


def test_export_import_export_keeps_answers_and_profile(demo_dir, tmp_path, capsys):
    other = tmp_path / "neuer-pc"
    listed = json.loads(run(capsys, "--data-dir", demo_dir, "list", "--json")[1])
    first_files = []
    for entry in listed:
        path = tmp_path / "ex1" / f"{entry['id']}.json"
        code, out, err = run(capsys, "--data-dir", demo_dir, "export", entry["id"][:8], "--out", path)
        assert code == 0, err
        first_files.append(path)
    code, out, err = run(capsys, "--data-dir", other, "import", *first_files)
    assert code == 0, err
    assert "5 Einschätzungen importiert" in out
    for entry, first in zip(listed, first_files, strict=True):
        again = tmp_path / "ex2" / first.name
        assert run(capsys, "--data-dir", other, "export", entry["id"], "--out", again)[0] == 0
        a, b = read_assessment_file(first), read_assessment_file(again)
        assert a.answers == b.answers
        assert score(a) == score(b)
        assert a == b
    assert (
        run(capsys, "--data-dir", other, "list", "--json")[1]
        == run(capsys, "--data-dir", demo_dir, "list", "--json")[1]
    )


def test_export_latest_and_csv(demo_dir, tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", demo_dir, "export", "--latest", "--out", tmp_path / "l.json")
    assert code == 0 and "abgeschlossen am 19.03.2026" in out
    assert read_assessment_file(tmp_path / "l.json").completed_at.year == 2026
    for kind, header in (("answers", "Frage-ID"), ("plan", "Maßnahme")):
        path = tmp_path / f"{kind}.csv"
        assert run(capsys, "--data-dir", demo_dir, "export", "--latest", "--csv", kind, "--out", path)[0] == 0
        text = path.read_bytes().decode("utf-8-sig")
        assert header in text.splitlines()[0] and ";" in text


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_import_exits_1_with_one_message_and_changes_nothing(demo_dir, tmp_path, capsys, case):
    good = tmp_path / "good.json"
    run(capsys, "--data-dir", demo_dir, "export", "--latest", "--out", good)
    bad = tmp_path / "bad.json"
    bad.write_bytes(BAD[case][0](json.loads(good.read_text("utf-8"))))
    db = demo_dir / "smartcheck.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, out, err = run(capsys, "--data-dir", demo_dir, "import", bad)
    assert code == 1
    assert err.startswith("smartcheck: ") and str(bad) in err and "Traceback" not in err
    assert out == ""
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_bad_import_in_a_real_process_shows_no_traceback(demo_dir, tmp_path):
    bad = tmp_path / "fremd.json"
    bad.write_text('{"format": "fremd", "daten": [1, 2]}', "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "smartcheck", "--data-dir", str(demo_dir), "import", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "keine SmartCheck-Einschätzung" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 2


def test_unknown_id_and_empty_folder_are_clear_errors(demo_dir, tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", demo_dir, "export", "zzzz", "--out", tmp_path / "x.json")
    assert code == 1 and "Keine Einschätzung mit der ID 'zzzz'" in err
    code, _, err = run(capsys, "--data-dir", tmp_path / "leer", "report", "--latest")
    assert code == 1 and "keine abgeschlossene Einschätzung" in err
    assert not (tmp_path / "x.json").exists()


def test_second_writer_is_told_that_smartcheck_is_open(demo_dir, tmp_path, capsys):
    with Store.open(demo_dir):
        code, _, err = run(capsys, "--data-dir", demo_dir, "demo")
        assert code == 1 and "bereits geöffnet" in err
        code, out, _ = run(capsys, "--data-dir", demo_dir, "list", "--json")  # reading works
        assert code == 0 and len(json.loads(out)) == 5


def test_report_writes_the_pdf_with_the_default_name(demo_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(commands, "documents_dir", lambda: tmp_path / "Dokumente" / "SmartCheck")
    code, out, err = run(capsys, "--data-dir", demo_dir, "report", "--latest")
    assert code == 0, err
    pdf = tmp_path / "Dokumente" / "SmartCheck" / "SmartCheck-Musterstadt-2026-03-19-Bericht-de.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in out
    english = tmp_path / "r-en.pdf"
    listed = json.loads(run(capsys, "--data-dir", demo_dir, "list", "--json")[1])
    code, out, err = run(
        capsys, "--data-dir", demo_dir, "report", listed[3]["id"][:6], "--out", english, "--lang", "en"
    )
    assert code == 0, err
    assert english.read_bytes().startswith(b"%PDF")


def test_report_file_name_is_safe():
    from smartcheck.core.catalog import load
    from tests.helpers.store_data import make

    a = make(load(ROOT / "tests" / "data" / "mini.toml"), name='Bad Ölsen / "Nord": Amt?', complete=True, year=2024)
    from smartcheck.core.findings import report_file_name

    assert report_file_name(a) == "SmartCheck-Bad-Ölsen-Nord-Amt-2024-03-01-Bericht-de.pdf"
    assert report_file_name(a, "council", "en", ".docx") == "SmartCheck-Bad-Ölsen-Nord-Amt-2024-03-01-Summary-en.docx"


def test_every_report_kind_names_its_kind_and_language_in_the_file_name(tmp_path):
    """German and English files of one kind, and two kinds, never overwrite each other."""
    from smartcheck.core.catalog import load
    from smartcheck.core.findings import KIND_NAMES, report_file_name
    from tests.helpers.store_data import make

    a = make(load(ROOT / "tests" / "data" / "mini.toml"), name="Musterstadt", complete=True, year=2024)
    names = {report_file_name(a, kind, lang) for kind in KIND_NAMES for lang in ("de", "en")}
    assert len(names) == 2 * len(KIND_NAMES)
    assert "SmartCheck-Musterstadt-2024-03-01-Umsetzungsbericht-de.pdf" in names
    assert "SmartCheck-Musterstadt-2024-03-01-Citizens-en.pdf" in names
    # what the command writes without --out, in the documents folder
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    docs = tmp_path / "docs"
    docs.mkdir()
    for lang in ("de", "en"):
        with patch("smartcheck.measure_commands.documents_dir", return_value=docs):
            assert main(["--data-dir", str(data), "report", "--latest", "--kind", "progress", "--lang", lang]) == 0
    written = sorted(p.name for p in docs.iterdir())
    assert len(written) == 2, written
    assert written[0].startswith("SmartCheck-Musterstadt-") and written[0].endswith("-Progress-report-en.pdf")
    assert written[1].startswith("SmartCheck-Musterstadt-") and written[1].endswith("-Umsetzungsbericht-de.pdf")
