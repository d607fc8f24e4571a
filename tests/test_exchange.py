"""Exchange files: JSON round trip, every bad import refused whole, CSV for Excel."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from smartcheck import atomic as files_module
from smartcheck.core.errors import UserError
from smartcheck.core.questionnaire import content_hash
from smartcheck.store import Store
from smartcheck.store.exchange import (
    export_csv_answers,
    export_json,
    import_files,
)
from tests.helpers.bad_files import BAD
from tests.helpers.store_data import make


@pytest.fixture
def store(tmp_path, mini):
    with Store.open(tmp_path / "data") as s:
        s.create(make(mini, name="Schon gespeichert"))
        yield s


@pytest.fixture
def exported(tmp_path, mini) -> Path:
    path = tmp_path / "export.json"
    export_json(make(mini, name="Exportdorf", complete=True), path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_round_trip_keeps_everything(tmp_path, mini):
    a = make(mini, name="Ölsen", complete=True)
    path = export_json(a, tmp_path / "sub" / "a.json")
    document = json.loads(path.read_text("utf-8"))
    assert (document["format"], document["format_version"]) == ("smartcheck.assessment", 2)
    assert document["assessment"]["snapshot"]["content_hash"] == content_hash(mini)
    with Store.open(tmp_path / "other") as other:
        assert import_files(other, [path]) == [a.id]
        assert other.load(a.id) == a
    assert [p.name for p in path.parent.iterdir()] == ["a.json"]  # no temporary file left


# ------------------------------------------------------ malformed imports
@pytest.mark.parametrize("case", BAD)
def test_bad_file_is_refused_whole_and_store_unchanged(tmp_path, store, exported, case):
    produce, expected = BAD[case]
    bad = tmp_path / f"{case.replace(' ', '_')}.json"
    bad.write_bytes(produce(json.loads(exported.read_text("utf-8"))))
    db = store.data_dir / "smartcheck.db"
    before = _digest(db)
    with pytest.raises(UserError) as info:
        import_files(store, [exported, bad])  # a good file beside it is not taken either
    message = str(info.value)
    assert expected in message
    assert str(bad) in message
    assert "Es wurde nichts importiert" in message
    assert [s.municipality for s in store.list_assessments()] == ["Schon gespeichert"]
    assert _digest(db) == before


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_missing_file_or_folder_is_named(tmp_path, store, kind):
    path = tmp_path / "nowhere.json"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(UserError, match="nicht gefunden" if kind == "missing" else "Ordner"):
        import_files(store, [path])


def test_same_assessment_is_not_imported_twice(tmp_path, store, exported):
    with pytest.raises(UserError, match="Dieselbe Einschätzung"):
        import_files(store, [exported, exported])
    assert len(store.list_assessments()) == 1
    (added,) = import_files(store, [exported])
    before = _digest(store.data_dir / "smartcheck.db")
    with pytest.raises(UserError, match="bereits gespeichert") as info:
        import_files(store, [exported])
    assert "Exportdorf" in str(info.value)
    assert ": Diese Einschätzung („Exportdorf“ vom " in str(info.value)
    assert added[:8] not in str(info.value)  # no internal id
    changed = json.loads(exported.read_text("utf-8"))
    changed["assessment"]["respondents"] = []
    other = tmp_path / "changed.json"
    other.write_text(json.dumps(changed), "utf-8")
    with pytest.raises(UserError, match="anderem Inhalt; sie wurde nicht überschrieben"):
        import_files(store, [other])
    assert _digest(store.data_dir / "smartcheck.db") == before
    assert store.load(added).respondents  # the stored one is untouched


def test_file_with_bom_and_draft_imports(tmp_path, store, mini):
    draft = make(mini, name="Entwurfsdorf", answers={})
    path = tmp_path / "draft.json"
    export_json(draft, path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert import_files(store, [path]) == [draft.id]
    assert store.find_draft("Entwurfsdorf").id == draft.id


# ------------------------------------------------------------------- CSV
def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to show umlauts
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_answers_one_row_per_question(tmp_path, mini):
    a = make(mini, name="Ölsen")
    a.answers["talk.plan"] = a.answers["talk.plan"].model_copy(update={"note": '=HYPERLINK("x")'})
    rows = _read_csv(export_csv_answers(a, tmp_path / "a.csv"))
    assert rows[0] == ["Dimension", "Nr.", "Frage-ID", "Frage", "Schlüsselfrage", "Antwort", "Antworttext", "Notiz"]
    assert [r[2] for r in rows[1:]] == [q.id for q in mini.questions()]
    lead = rows[1]
    assert lead[:2] == ["Organisation", "1.1"] and lead[4] == "ja" and lead[5] == "0"
    assert lead[6] == "Niemand" and lead[7] == "Notiz mit Umlauten: äöüß"
    assert rows[2][5] == "" and rows[2][6] == "Weiß nicht"
    assert rows[5][7] == '\'=HYPERLINK("x")'  # a note never runs as a formula
    english = _read_csv(export_csv_answers(a, tmp_path / "en.csv", lang="en"))
    assert english[0][3] == "Question" and english[2][6] == "Don't know"


# --------------------------------------------------------- atomic writing
def test_replace_is_retried_when_the_target_is_held(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("alt")
    real_replace = os.replace
    calls = []

    def held_twice(src, dst):
        calls.append(dst)
        if len(calls) <= 2:
            raise PermissionError(13, "in use")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", held_twice)
    monkeypatch.setattr(files_module.time, "sleep", lambda s: None)
    files_module.write_atomic(target, b"neu")
    assert target.read_bytes() == b"neu" and len(calls) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_target_held_for_good_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("alt")

    def always_held(src, dst):
        raise PermissionError(13, "in use")

    monkeypatch.setattr(os, "replace", always_held)
    monkeypatch.setattr(files_module.time, "sleep", lambda s: None)
    with pytest.raises(UserError, match="kann nicht geschrieben werden"):
        files_module.write_atomic(target, b"neu")
    assert target.read_text() == "alt"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
