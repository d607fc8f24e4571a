"""``smartcheck merge``: several people's assessments become one draft, run as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck.cli import main
from smartcheck.core.assessment import Answer, Municipality, Respondent, new_assessment
from smartcheck.core.catalog import load
from smartcheck.store import Store
from smartcheck.store.exchange import export_json, read_assessment_file
from tests.conftest import DATA


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def person(questionnaire, role: str, values: dict, name: str = "Teststadt"):
    a = new_assessment(questionnaire, Municipality(name=name), respondents=[Respondent(role=role)])
    a.answers = {qid: Answer(value=v) for qid, v in values.items()}
    return a


@pytest.fixture
def mini():
    return load(DATA / "mini.toml")


@pytest.fixture
def folder(tmp_path, mini) -> Path:
    """A data folder with three people's answers (mini questionnaire)."""
    folder = tmp_path / "daten"
    with Store.open(folder) as store:
        for a in (
            person(mini, "Hauptamt", {"org.lead": 0, "org.roles": 2, "talk.story": 1}),
            person(mini, "IT", {"org.lead": 3, "org.roles": 2, "talk.story": 2}),
            person(mini, "Kämmerei", {"org.lead": 1, "org.roles": 3}),
        ):
            store.create(a)
    return folder


def stored(folder: Path) -> list[str]:
    with Store.open(folder, readonly=True) as store:
        return [s.id for s in store.list_assessments()]


def test_merge_by_id_prefix_stores_a_draft_and_lists_the_discussion(folder, capsys):
    ids = stored(folder)
    code, out, err = run(capsys, "--data-dir", folder, "merge", *(i[:8] for i in ids))
    assert code == 0, err
    after = stored(folder)
    assert len(after) == 4
    new_id = next(i for i in after if i not in ids)
    assert f"Neuer Entwurf gespeichert: ID {new_id[:8]} (Teststadt)" in out
    assert "3 Einschätzungen von Teststadt zusammengeführt: 3 von 5 Fragen beantwortet" in out
    assert "Diskussionsbedarf bei 1 Frage" in out
    assert "  1.1  " in out and "(0 bis 3)" in out
    with Store.open(folder, readonly=True) as store:
        merged = store.load(new_id)
    assert merged.status.value == "draft"
    assert {q: a.value for q, a in merged.answers.items()} == {"org.lead": 1, "org.roles": 2, "talk.story": 1}
    assert merged.answers["org.lead"].note.startswith("Diskussionsbedarf: Antworten von 0 bis 3 (3 Personen)")
    assert sorted(r.role for r in merged.respondents) == ["Hauptamt", "IT", "Kämmerei"]


def test_merge_files_and_ids_into_a_file_changes_nothing_stored(folder, tmp_path, mini, capsys):
    ids = stored(folder)
    extra = tmp_path / "bürgermeisterin.json"
    export_json(person(mini, "Bürgermeisterin", {"org.lead": 4, "talk.plan": 2}), extra)
    out_file = tmp_path / "workshop.json"
    code, out, err = run(capsys, "--data-dir", folder, "merge", ids[0], ids[1], extra, "--out", out_file)
    assert code == 0, err
    assert stored(folder) == ids
    assert f"Zusammengeführter Entwurf geschrieben: {out_file}" in out
    merged = read_assessment_file(out_file)  # a valid exchange file, importable
    assert merged.answers["talk.plan"].value == 2
    code, out, err = run(capsys, "--data-dir", folder, "import", out_file)
    assert code == 0, err
    assert len(stored(folder)) == 4


def test_no_discussion_is_said_plainly(tmp_path, mini, capsys):
    files = []
    for i, role in enumerate(("IT", "Hauptamt")):
        files.append(tmp_path / f"{i}.json")
        export_json(person(mini, role, {"org.lead": 2 + i}), files[-1])
    code, out, err = run(capsys, "--data-dir", tmp_path / "leer", "merge", *files)
    assert code == 0, err
    assert "Kein Diskussionsbedarf" in out
    assert len(stored(tmp_path / "leer")) == 1


@pytest.mark.parametrize("case", ["one", "unknown-id", "broken-file", "other-questionnaire", "other-town", "twice"])
def test_bad_input_gives_one_message_and_changes_nothing(case, folder, tmp_path, mini, capsys):
    ids = stored(folder)
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"format": "smartcheck.assessment", ', encoding="utf-8")
    v2 = tmp_path / "v2.toml"
    v2.write_text(
        (DATA / "mini.toml").read_text(encoding="utf-8").replace('version = "1.0"', 'version = "2.0"'), encoding="utf-8"
    )
    other_q = tmp_path / "v2.json"
    export_json(person(load(v2), "IT", {"org.lead": 1}), other_q)
    other_town = tmp_path / "nachbar.json"
    export_json(person(mini, "IT", {"org.lead": 1}, name="Nachbardorf"), other_town)
    args, expected = {
        "one": ([ids[0]], "mindestens zwei"),
        "unknown-id": ([ids[0], "zzzz"], "Keine Einschätzung mit der ID 'zzzz'"),
        "broken-file": ([ids[0], broken], "kaputt.json: Zeile 1"),
        "other-questionnaire": ([ids[0], other_q], "v2.json wurde mit einem anderen Fragebogen beantwortet"),
        "other-town": ([ids[0], other_town], "nachbar.json gehört zu 'Nachbardorf'"),
        "twice": ([ids[0], ids[0][:8]], "doppelt"),
    }[case]
    before = (folder / "smartcheck.db").read_bytes() if (folder / "smartcheck.db").exists() else None
    code, out, err = run(capsys, "--data-dir", folder, "merge", *args)
    assert code == 1
    assert expected in err and "Traceback" not in err
    assert err.startswith("smartcheck: ")
    assert out == ""
    assert stored(folder) == ids
    if before is not None:
        assert (folder / "smartcheck.db").read_bytes() == before


def test_help_names_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["merge", "--help"])
    out = capsys.readouterr().out
    assert "--out FILE.json" in out and "ID|FILE.json" in out
