"""Sharing a profile and comparing a region, run as a user runs them."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartcheck.cli import main
from smartcheck.core.assessment import Administration, SizeClass
from smartcheck.core.profile_share import build_profile
from smartcheck.core.region import build_region
from smartcheck.report.region_pdf import render_region
from smartcheck.store import Store
from smartcheck.store.profile_files import read_profile, write_profile
from tests.helpers.store_data import SECRET_NOTE, variant

PERSON = "Erika Mustermann-Geheim"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def three(tmp_path, capsys):
    """Musterstadt (demo), Kleindorf and Großheim in one data folder."""
    folder = tmp_path / "daten"
    assert run(capsys, "--data-dir", folder, "demo")[0] == 0
    with Store.open(folder) as store:
        base = store.latest()
        base.respondents[0].name = PERSON
        kleindorf = variant(
            base, "Kleindorf", -1, storytelling=4, size_class=SizeClass.UNDER_5K, administration=Administration.MEMBER
        )
        grossheim = variant(base, "Großheim", 1, storytelling=2)
        earlier = base.completed_at - timedelta(days=1)  # Musterstadt stays this folder's latest
        kleindorf.completed_at = grossheim.completed_at = earlier
        kleindorf.updated_at = grossheim.updated_at = earlier
        store.create_many([kleindorf, grossheim])
    return folder, base, kleindorf, grossheim


def walk(value, path="$"):
    """Every (path, key or string) in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield path, key
            yield from walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def _dicts(value):
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _dicts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dicts(item)


def test_share_region_round_trip_with_three_municipalities(three, tmp_path, capsys):
    folder, base, kleindorf, grossheim = three
    files = []
    for a in (base, kleindorf, grossheim):
        out = tmp_path / f"{a.municipality.name}.json"
        code, said, err = run(capsys, "--data-dir", folder, "share", a.id[:8], "--out", out)
        assert code == 0, err
        assert "keine Antworten" in said
        files.append(out)
    pdf = tmp_path / "region.pdf"
    code, out, err = run(
        capsys, "--data-dir", folder, "region", *files, "--out", pdf, "--own", "Musterstadt", "--name", "Amt Beispiel"
    )
    assert code == 0, err
    assert "» Musterstadt" in out
    assert "Bei Storytelling und Kommunikation steht Kleindorf auf Stufe 4 – fragen Sie dort nach" in out, out
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for name in (
        "Musterstadt (eigene Kommune)",
        "Kleindorf",
        "Großheim",
        "Median der Region",
        "Voneinander lernen",
        "Mitgliedsgemeinde",
    ):
        assert name in text
    # without --own: the municipality of this data folder is the own one
    code, plain, _ = run(capsys, "--data-dir", folder, "region", *files)
    assert code == 0 and "» Musterstadt" in plain and "» Kleindorf" not in plain
    # the named region is kept in the store and shows the same again, without the files
    for f in files:
        f.unlink()
    code, again, err = run(capsys, "--data-dir", folder, "region", "--name", "amt beispiel")
    assert code == 0, err
    assert again.splitlines()[1:7] == out.splitlines()[2:8]


def test_shared_file_holds_no_answer_note_or_person(three, tmp_path, capsys):
    folder, base, *_ = three
    for anonym in ((), ("--anonym",)):
        out = tmp_path / f"p{len(anonym)}.json"
        assert run(capsys, "--data-dir", folder, "share", base.id, "--out", out, *anonym)[0] == 0
        data = json.loads(out.read_text("utf-8"))
        found = list(walk(data))
        strings = [s for _, s in found]
        assert not any(SECRET_NOTE in s or PERSON in s or "Geheim" in s for s in strings)
        forbidden = {
            "answers",
            "answer",
            "note",
            "notes",
            "respondents",
            "quick_wins",
            "population",
            "ags",
            "cursor",
            "person",
            "role",
            "name_of_person",
        }
        keys = [k for d in _dicts(data) for k in d]
        assert not [k for k in keys if k in forbidden]
        assert set(data) == {
            "format",
            "format_version",
            "exported_at",
            "app_version",
            "anonymous",
            "date",
            "municipality",
            "questionnaire",
            "dimensions",
        }
        assert set(data["municipality"]) == {"name", "type", "size_class", "administration"}
        assert base.id not in strings
        question_ids = {q.id for q in base.questionnaire.questions()}
        assert not question_ids & set(strings)
        assert data["format"] == "smartcheck.profile" and data["format_version"] == 1
        assert (data["municipality"]["name"] is None) == bool(anonym)
        assert "Musterstadt" not in json.dumps(data) or not anonym


def test_schema_profile_is_printed(capsys):
    code, out, _ = run(capsys, "schema", "profile")
    assert code == 0
    schema = json.loads(out)
    assert set(schema["properties"]) >= {"format", "format_version", "municipality", "questionnaire", "dimensions"}


def test_mixed_versions_are_named_not_compared(three):
    _, base, kleindorf, grossheim = three
    p1, p2, p3 = (build_profile(a) for a in (base, kleindorf, grossheim))
    changed_dims = [
        d.model_copy(update={"fingerprint": "0" * 64}) if d.id == "cooperation" else d for d in p3.dimensions
    ]
    newer = p3.model_copy(
        update={"questionnaire": p3.questionnaire.model_copy(update={"version": "9.0"}), "dimensions": changed_dims}
    )
    region = build_region([("a.json", p1), ("b.json", p2), ("c.json", newer)])
    assert [m.label for m in region.members] == ["Musterstadt", "Kleindorf"]
    assert region.other_versions[0].members == ("Großheim",)
    assert region.other_versions[0].changed == ("Regionale und interkommunale Kooperation",)
    assert all("Großheim" not in s for s in region.suggestions())
    edited = p3.model_copy(update={"questionnaire": p3.questionnaire.model_copy(update={"content_hash": "1" * 64})})
    region = build_region([("a.json", p1), ("c.json", edited)])
    assert [m.label for m in region.members] == ["Musterstadt"]
    assert region.other_versions[0].questionnaire == f"smart-city-readiness {p3.questionnaire.version} (anderer Inhalt)"


def test_duplicates_are_detected(three):
    _, base, kleindorf, _ = three
    p1, p2 = build_profile(base), build_profile(kleindorf)
    region = build_region([("a.json", p1), ("b.json", p2), ("kopie.json", p1)])
    assert len(region.members) == 2
    assert region.duplicates and region.duplicates[0].startswith("kopie.json: dieselbe Kommune")
    anonymous = build_profile(base, anonymous=True)
    assert len(build_region([("x", anonymous), ("y", anonymous)]).members) == 1


def test_bad_profile_files_get_a_message_naming_the_file(tmp_path, capsys):
    cases = {
        "leer.json": b"",
        "kaputt.json": b'{"format": "smartcheck.profile",',
        "latin1.json": '{"format": "Großheim"}'.encode("latin-1"),
        "tief.json": b"[" * 5000 + b"]" * 5000,
        "falsch.json": b'{"format": "smartcheck.assessment"}',
        "schema.json": b'{"format": "smartcheck.profile", "format_version": 1, "answers": {}}',
    }
    for name, body in cases.items():
        path = tmp_path / name
        path.write_bytes(body)
        code, _, err = run(capsys, "region", path)
        assert code == 1
        assert err.startswith(f"smartcheck: {path}") and "Traceback" not in err
    code, _, err = run(capsys, "region", tmp_path)
    assert code == 1 and "Ordner" in err
    big = tmp_path / "gross.json"
    big.write_bytes(b" " * (2 * 1024 * 1024))
    assert "zu groß" in run(capsys, "region", big)[2]


def test_two_hundred_profiles_render_a_region_pdf(three, tmp_path):
    _, base, *_ = three
    profiles = []
    for i in range(200):
        a = variant(base, f"Gemeinde {i:03d}", (i % 5) - 2)
        path = write_profile(build_profile(a), tmp_path / f"{i}.json")
        profiles.append((path.name, read_profile(path)))
    region = build_region(profiles, own="Gemeinde 007")
    pdf = render_region(region, "Landkreis Beispiel")
    reader = PdfReader(__import__("io").BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 5
    assert "Gemeinde 199" in text and "Gemeinde 007 (eigene Kommune)" in text
    assert "Landkreis Beispiel: 200 Kommunen im Vergleich" in text


def test_profile_file_round_trips(three, tmp_path):
    _, base, *_ = three
    path = write_profile(build_profile(base), Path(tmp_path) / "p.json")
    assert read_profile(path) == build_profile(base).model_copy(update={"exported_at": read_profile(path).exported_at})


def test_a_draft_is_not_shared(three, tmp_path, capsys):
    folder = three[0]
    with Store.open(folder, readonly=True) as store:
        draft = next(s for s in store.list_assessments() if s.status == "draft")
    code, _, err = run(capsys, "--data-dir", folder, "share", draft.id, "--out", tmp_path / "x.json")
    assert code == 1 and "Entwurf" in err and not (tmp_path / "x.json").exists()
