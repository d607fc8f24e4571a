"""Exchange files: JSON round trip, every bad import refused whole, CSV for Excel."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from smartcheck.core.questionnaire import content_hash
from smartcheck.core.errors import UserError
from smartcheck.core.questionnaire import Questionnaire
from smartcheck.store import Store
from smartcheck import atomic as files_module
from smartcheck.store.exchange import (
    MAX_IMPORT_BYTES,
    export_csv_answers,
    export_json,
    import_files,
)
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
def _rehash(doc: dict) -> None:
    q = Questionnaire.model_validate(doc["assessment"]["snapshot"]["questionnaire"])
    doc["assessment"]["snapshot"]["content_hash"] = content_hash(q)


def _edit(change):
    def make_bytes(doc: dict) -> bytes:
        change(doc)
        return json.dumps(doc).encode("utf-8")

    return make_bytes


def _dup_question(doc):
    questions = doc["assessment"]["snapshot"]["questionnaire"]["dimensions"][0]["questions"]
    questions[1]["id"] = questions[0]["id"]
    _rehash(doc)


def _reword(doc):
    doc["assessment"]["snapshot"]["questionnaire"]["dimensions"][0]["questions"][0]["text"]["de"] = "Anders?"


def _no_na(doc):
    dims = doc["assessment"]["snapshot"]["questionnaire"]["dimensions"]
    qid = next(q["id"] for d in dims for q in d["questions"] if not q.get("allow_not_applicable"))
    doc["assessment"]["answers"][qid] = {"value": "na", "note": ""}


def _first(mapping: dict) -> str:
    return next(iter(mapping))


def _value_7(doc):
    answers = doc["assessment"]["answers"]
    answers[_first(answers)]["value"] = 7


def _rating_5(doc):
    ratings = doc["assessment"]["quick_wins"][0]["ratings"]
    ratings[_first(ratings)] = 5


BAD = {
    "empty": (lambda d: b"", "leer"),
    "not utf-8": (lambda d: "Gemeinde Ölsen".encode("latin-1"), "UTF-8"),
    "broken json": (lambda d: json.dumps(d).encode()[:500], "kein gültiges JSON"),
    "array": (lambda d: b"[1, 2, 3]", "keine SmartCheck-Einschätzung"),
    "questionnaire": (lambda d: json.dumps(d["assessment"]["snapshot"]["questionnaire"]).encode(), "Fragebogen"),
    "no format": (_edit(lambda d: d.pop("format")), "keine SmartCheck-Einschätzung (ihre Kennung „format“ fehlt)"),
    "foreign format": (_edit(lambda d: d.update(format="excel.sheet")), "'excel.sheet'"),
    "newer version": (_edit(lambda d: d.update(format_version=3)), "neueren SmartCheck-Version"),
    "version as text": (_edit(lambda d: d.update(format_version="1")), "format_version"),
    "no assessment": (_edit(lambda d: d.pop("assessment")), "assessment: Pflichtangabe fehlt"),
    "value 7": (_edit(_value_7), ".value: erwartet 0 bis 4, 'unknown' (weiß nicht) oder 'na'"),
    "unknown question": (_edit(lambda d: d["assessment"]["answers"].update({"zz.nope": {"value": 1}})), "unbekannte Frage"),
    "na not allowed": (_edit(_no_na), "'trifft nicht zu' ist bei dieser Frage nicht vorgesehen"),
    "hash altered": (_edit(lambda d: d["assessment"]["snapshot"].update(content_hash="0" * 64)), "content_hash"),
    "questionnaire altered": (_edit(_reword), "passt nicht zum mitgelieferten Fragebogen"),
    "duplicate question ids": (_edit(_dup_question), "kommt mehrfach vor"),
    "unknown dimension": (_edit(lambda d: d["assessment"]["targets"].update(nope=2)), "unbekannte Dimension"),
    "unknown criterion": (_edit(lambda d: d["assessment"]["quick_wins"][0]["ratings"].update(nope=1)), "Kriterium"),
    "rating 5": (_edit(_rating_5), "muss höchstens 2 sein"),
    "bad id": (_edit(lambda d: d["assessment"].update(id="../../etc")), "ungültige ID"),
    "complete undated": (_edit(lambda d: d["assessment"].update(completed_at=None)), "Abschlussdatum"),
    "extra field": (_edit(lambda d: d["assessment"].update(password="x")), "unbekannter Eintrag"),
    "too big": (lambda d: b" " * (MAX_IMPORT_BYTES + 1), "zu groß"),
    "deep nesting": (lambda d: b"[" * 100000 + b"]" * 100000, "JSON"),
}


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
    a.answers["talk.plan"] = a.answers["talk.plan"].model_copy(update={"note": "=HYPERLINK(\"x\")"})
    rows = _read_csv(export_csv_answers(a, tmp_path / "a.csv"))
    assert rows[0] == ["Dimension", "Nr.", "Frage-ID", "Frage", "Schlüsselfrage", "Antwort", "Antworttext", "Notiz"]
    assert [r[2] for r in rows[1:]] == [q.id for q in mini.questions()]
    lead = rows[1]
    assert lead[:2] == ["Organisation", "1.1"] and lead[4] == "ja" and lead[5] == "0"
    assert lead[6] == "Niemand" and lead[7] == "Notiz mit Umlauten: äöüß"
    assert rows[2][5] == "" and rows[2][6] == "Weiß nicht"
    assert rows[5][7] == "'=HYPERLINK(\"x\")"  # a note never runs as a formula
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
