"""smartcheck delete ID / smartcheck reopen ID: with a confirmation, a backup before deleting."""

from __future__ import annotations

import io

import pytest

from smartcheck.cli import main
from smartcheck.store import Store
from smartcheck.store.backups import list_backups


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_dir(tmp_path, capsys):
    folder = tmp_path / "daten"
    assert run(capsys, "--data-dir", folder, "demo")[0] == 0
    return folder


def ids(folder, status=None) -> list[str]:
    with Store.open(folder, readonly=True) as store:
        return [s.id for s in store.list_assessments() if status is None or s.status == status]


def test_delete_with_yes_makes_a_backup_first_and_says_how_to_get_it_back(demo_dir, capsys):
    victim = ids(demo_dir, "complete")[0]
    count = len(ids(demo_dir))
    code, out, err = run(capsys, "--data-dir", demo_dir, "delete", victim[:8], "--yes")
    assert code == 0, err
    assert "Gelöscht: Musterstadt" in out and "smartcheck restore" in out
    assert victim not in ids(demo_dir)
    [backup] = [b for b in list_backups(demo_dir) if b.reason == "vor-loeschen"]
    assert backup.assessments == count  # the copy still holds the deleted one


def test_delete_asks_at_a_terminal_and_no_keeps_everything(demo_dir, capsys, monkeypatch):
    victim = ids(demo_dir, "complete")[0]
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    code, out, _ = run(capsys, "--data-dir", demo_dir, "delete", victim)
    assert code == 0 and "löschen? [j/N]" in out and "Nichts gelöscht." in out
    assert victim in ids(demo_dir)


def test_delete_without_a_terminal_and_without_yes_refuses(demo_dir, capsys, monkeypatch):
    victim = ids(demo_dir, "complete")[0]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "--data-dir", demo_dir, "delete", victim)
    assert code == 1 and "--yes" in err and "Traceback" not in err
    assert victim in ids(demo_dir)


def test_delete_of_an_unknown_id_is_a_clear_error(demo_dir, capsys):
    code, _, err = run(capsys, "--data-dir", demo_dir, "delete", "ffffffff", "--yes")
    assert code == 1 and "ffffffff" in err and "Traceback" not in err


def test_reopen_turns_a_completed_assessment_into_a_draft_with_its_answers(demo_dir, capsys):
    target = ids(demo_dir, "complete")[0]
    with Store.open(demo_dir, readonly=True) as store:
        answers = store.load(target).answers
    code, out, err = run(capsys, "--data-dir", demo_dir, "reopen", target[:8])
    assert code == 0, err
    assert "Wieder zur Bearbeitung geöffnet: Musterstadt" in out
    with Store.open(demo_dir, readonly=True) as store:
        again = store.load(target)
    assert again.status.value == "draft" and again.completed_at is None and again.answers == answers
    code, _, err = run(capsys, "--data-dir", demo_dir, "reopen", target[:8])
    assert code == 1 and "Entwurf" in err


def test_english_cli_by_option_and_by_locale(demo_dir, capsys, monkeypatch):
    target = ids(demo_dir, "complete")[0]
    code, out, err = run(capsys, "--lang", "en", "--data-dir", demo_dir, "reopen", target[:8])
    assert code == 0 and out.startswith("Open for editing again: Musterstadt"), err
    code, _, err = run(capsys, "--lang", "en", "--data-dir", demo_dir, "reopen", target[:8])
    assert code == 1 and "is a draft" in err and "Entwurf" not in err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, _ = run(capsys, "--data-dir", demo_dir, "delete", target, "--yes")
    assert code == 0 and out.startswith("Deleted: Musterstadt") and "A backup was made first" in out
    code, _, err = run(capsys, "--data-dir", demo_dir, "merge", "ffffffff", "eeeeeeee")
    assert code == 1 and "Traceback" not in err
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, _, err = run(capsys, "--data-dir", demo_dir, "delete", "ffffffff", "--yes")
    assert code == 1 and "ffffffff" in err
