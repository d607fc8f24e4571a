"""The defences of issue 10: output guard, odd data folders, journals, foreign databases,
crash reports, terminal safety, strict values, bounded parsing."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from smartcheck.cli import main
from smartcheck.core.assessment import Answer, Municipality, QuickWinIdea, Respondent
from smartcheck.core.errors import UserError, quote, terminal_safe
from smartcheck.core.limits import MAX_DEPTH, MAX_DIGITS, parse_json, parse_toml, prescan
from smartcheck.paths import check_output, inside
from smartcheck.store import Store
from tests.helpers.store_data import make

ROOT = Path(__file__).parent.parent


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "smartcheck.lock"
    }


@pytest.fixture
def data(tmp_path, mini) -> Path:
    folder = tmp_path / "daten"
    with Store.open(folder) as store:
        store.create(make(mini, name="Bestandsdorf", complete=True))
        store.backup("manuell")
    return folder


# ------------------------------------------------------------ output guard
def test_out_onto_each_file_of_the_data_folder_is_refused(data, tmp_path, capsys):
    (tmp_path / "link").symlink_to(data)
    targets = [p for p in data.rglob("*") if p.is_file()]
    targets += [
        data,
        data / "neu.json",
        data / "backups" / "neu.pdf",
        tmp_path / "link" / "smartcheck.db",
        tmp_path / "link" / "neu.json",
    ]
    assert any(p.name == "smartcheck.db" for p in targets) and any(p.parent.name == "backups" for p in targets)
    before = digest(data)
    for target in targets:
        for argv in (
            ["export", "--latest", "--out", target],
            ["export", "--latest", "--csv", "plan", "--out", target],
            ["report", "--latest", "--out", target],
            ["merge", "--latest" if False else "Bestandsdorf", "--out", target],
        ):
            if argv[0] == "merge":
                summary = None
                with Store.open(data, readonly=True) as store:
                    summary = store.list_assessments()[0].id
                argv = ["merge", summary, summary, "--out", target]
            code, out, err = run(capsys, "--data-dir", data, *argv)
            assert code == 1, (argv, out)
            assert "liegt im Datenordner" in err and target.name in err
    assert digest(data) == before
    assert not (data / "neu.json").exists()


def test_guard_follows_symlinks_and_allows_outside(tmp_path):
    folder = tmp_path / "daten"
    folder.mkdir()
    outside = tmp_path / "export"
    outside.mkdir()
    (outside / "sneaky.json").symlink_to(folder / "smartcheck.db")
    assert inside(outside / "sneaky.json", folder)
    with pytest.raises(UserError, match="liegt im Datenordner"):
        check_output(outside / "sneaky.json", folder)
    assert check_output(outside / "ok.json", folder) == outside / "ok.json"
    assert not inside(tmp_path / "daten-2" / "x.json", folder)  # a sibling with the same prefix


def test_restore_never_writes_over_a_backup(data, capsys):
    backup = sorted((data / "backups").glob("*.db"))[-1]
    db = data / "smartcheck.db"
    db.unlink()
    db.symlink_to(backup)  # the database's place points at a backup copy
    before = digest(data)
    code, _, err = run(capsys, "--data-dir", data, "restore", backup)
    assert code == 1 and "Sicherung" in err
    assert digest(data) == before


# ---------------------------------------------------------- odd data folders
COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["backups"],
    ["demo"],
    ["import", "x.json"],
    ["export", "--latest", "--out", "X"],
    ["report", "--latest", "--out", "X"],
    ["merge", "abc", "--out", "X"],
    ["merge", "abc"],
    ["restore", "--latest"],
]


@pytest.mark.parametrize("kind", ["file", "too long", "cannot be created"])
def test_odd_data_folder_gives_exit_1_for_every_command(kind, tmp_path, capsys):
    if kind == "file":
        folder = tmp_path / "daten.txt"
        folder.write_text("kein Ordner")
    elif kind == "too long":
        folder = tmp_path / ("x" * 5000)
    else:
        (tmp_path / "datei").write_text("x")
        folder = tmp_path / "datei" / "daten"
    for argv in COMMANDS:
        argv = [str(tmp_path / "out.json") if a == "X" else a for a in argv]
        code, out, err = run(capsys, "--data-dir", folder, *argv)
        assert code == 1, (kind, argv, out)
        assert err.startswith("smartcheck: ") and "Datenordner" in err, (argv, err)
        assert len(err) < 600
    if kind == "file":
        assert folder.read_text() == "kein Ordner"


# ------------------------------------------------------------- hot journal
def _interrupted_save(folder: Path) -> None:
    """A writer that dies in the middle of a big transaction (pages already in the file)."""
    script = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        'c.execute("UPDATE answers SET note = hex(randomblob(400))")\n'
        "c.execute(\"INSERT INTO municipalities(key, name) SELECT 'k' || question_id || hex(randomblob(900)), 'x' FROM answers\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(folder / "smartcheck.db")], check=True, timeout=30)


def test_readers_roll_back_a_leftover_journal_and_never_say_damaged(data, capsys):
    _interrupted_save(data)
    assert (data / "smartcheck.db-journal").exists()
    code, out, err = run(capsys, "--data-dir", data, "list")
    assert code == 0, err
    assert "Bestandsdorf" in out and "beschädigt" not in out + err
    code, out, err = run(capsys, "--data-dir", data, "export", "--latest", "--out", data.parent / "x.json")
    assert code == 0, err


def test_reader_that_cannot_roll_back_says_so_plainly(data, capsys, monkeypatch):
    from smartcheck.store import database

    _interrupted_save(data)
    monkeypatch.setattr(database, "_roll_back_journal", lambda db: True)  # as in a read-only folder
    code, out, err = run(capsys, "--data-dir", data, "list")
    assert code == 1 and "unterbrochen" in err and "beschädigt" not in err.replace("nicht beschädigt", "")
    assert (data / "smartcheck.db-journal").exists()
    monkeypatch.undo()
    code, out, err = run(capsys, "--data-dir", data, "list")  # the next opener cleans up
    assert code == 0 and "Bestandsdorf" in out


# --------------------------------------------------------- foreign databases
@pytest.mark.parametrize("kind", ["other tables", "version 1 without tables", "version 0 not empty"])
def test_foreign_sqlite_file_is_refused_and_left_untouched(kind, tmp_path, capsys):
    folder = tmp_path / "daten"
    folder.mkdir()
    conn = sqlite3.connect(folder / "smartcheck.db")
    if kind == "other tables":
        conn.execute("CREATE TABLE kunden (name TEXT)")
        conn.execute("INSERT INTO kunden VALUES ('Meier')")
    elif kind == "version 1 without tables":
        conn.execute("PRAGMA user_version = 1")
    else:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (randomblob(20000))")
        conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    before = (folder / "smartcheck.db").read_bytes()
    for argv in (["list"], ["demo"]):
        code, _, err = run(capsys, "--data-dir", folder, *argv)
        assert code == 1 and "keine SmartCheck-Datenbank" in err, err
    assert (folder / "smartcheck.db").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) in (["smartcheck.db"], ["smartcheck.db", "smartcheck.lock"])


# -------------------------------------------------------------- crash report
CRASH = """
import sys
from smartcheck import cli, commands
def boom(args):
    raise RuntimeError("Geheime Gemeinde Xyz")
commands.cmd_list = boom
sys.exit(cli.main(sys.argv[1:]))
"""


def _crash(tmp_path: Path, folder: Path, debug: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SMARTCHECK_DEBUG", "SMARTCHECK_DATA_DIR")}
    env.update(PYTHONPATH=str(ROOT / "src"), TMPDIR=str(tmp_path / "tmp"))
    if debug is not None:
        env["SMARTCHECK_DEBUG"] = debug
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", CRASH, "--data-dir", str(folder), "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=30,
    )


def test_unexpected_exception_writes_a_crash_report_and_one_line(tmp_path):
    folder = tmp_path / "daten"
    folder.mkdir()
    result = _crash(tmp_path, folder, None)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    reports = list(folder.glob("absturz-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in result.stderr
    text = reports[0].read_text("utf-8")
    assert "RuntimeError" in text and "Version:" in text and "Befehl: list --data-dir" in text
    assert "boom" in text  # the frame
    assert "Geheime Gemeinde" not in text and str(folder) not in text  # no user data


def test_crash_report_falls_back_to_the_temp_folder(tmp_path):
    folder = tmp_path / "fehlt"  # does not exist: the report goes to the temporary folder
    result = _crash(tmp_path, folder, None)
    assert result.returncode == 1
    reports = list((tmp_path / "tmp").glob("absturz-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in result.stderr


def test_with_debug_the_exception_is_raised(tmp_path):
    result = _crash(tmp_path, tmp_path, "1")
    assert result.returncode != 0 and "Traceback" in result.stderr and "Geheime Gemeinde" in result.stderr
    assert not list(tmp_path.glob("absturz-*.txt"))


def test_the_suite_runs_in_debug_mode():
    assert os.environ.get("SMARTCHECK_DEBUG") == "1"


# --------------------------------------------------------- terminal safety
def test_stored_control_characters_are_escaped_in_the_listing(data, capsys):
    conn = sqlite3.connect(data / "smartcheck.db")
    conn.execute("UPDATE assessments SET municipality_name = ?", ("\x1b[2J\x1b]0;x\x07Böse\x9b",))
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "--data-dir", data, "list")
    assert code == 0, err
    assert "\\x1b[2J" in out and "Böse" in out
    assert not any(c in out for c in "\x1b\x07\x9b")
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json")
    assert json.loads(out)[0]["municipality"] == "\x1b[2J\x1b]0;x\x07Böse\x9b"
    assert not any(c in out for c in "\x1b\x07\x9b")


def test_terminal_safe_and_quote():
    assert terminal_safe("a\x1bb\tc\nd\x00\u202e") == "a\\x1bb\tc\nd\\x00\\u202e"
    long = quote("x" * 4_000_000)
    assert len(long) < 120 and "4000000 Zeichen" in long


# ------------------------------------------------------------ strict values
@pytest.mark.parametrize("value", [True, False, "3", 3.0, 5, -1, None])
def test_answers_are_strict_integers(value):
    with pytest.raises(ValidationError):
        Answer(value=value)
    assert Answer(value=3).value == 3 and Answer(value="unknown").value == "unknown"


@pytest.mark.parametrize(
    "name", ["\u200b", "\u200b\u200c\u2060", " ", "A\x00B", "A\x1b[2J", "Zeile\nzwei", "A\x85B", "A\u202eB"]
)
def test_names_need_visible_characters_and_no_control_characters(name):
    with pytest.raises(ValidationError):
        Municipality(name=name)
    with pytest.raises(ValidationError):
        Respondent(role=name)
    with pytest.raises(ValidationError):
        QuickWinIdea(title=name)


def test_notes_keep_tab_and_newline_but_no_other_control_characters():
    assert Answer(value=1, note="a\tb\nc").note == "a\tb\nc"
    with pytest.raises(ValidationError):
        Answer(value=1, note="a\x1b[2Jb")


@pytest.mark.parametrize("year", [1, 1899, 2201, 9999])
def test_dates_outside_1900_to_2200_are_refused(mini, year):
    with pytest.raises(ValidationError):
        make(mini, complete=True).model_copy(update={}).model_validate(
            {**make(mini).model_dump(), "created_at": datetime(year, 6, 1, tzinfo=UTC)}
        )


@pytest.mark.parametrize("zone", ["Europe/Berlin", "Pacific/Kiritimati", "America/Adak", "UTC"])
def test_edge_dates_render_in_every_time_zone(mini, zone, monkeypatch):
    import time

    from smartcheck.core.labels import describe, format_date

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        for moment in (datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 12, 31, 23, 59, tzinfo=UTC)):
            a = make(mini, complete=True)
            a = a.model_validate({**a.model_dump(), "completed_at": moment, "created_at": moment, "updated_at": moment})
            assert format_date(a.date) and describe(a)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_id_with_trailing_newline_is_refused(mini):
    a = make(mini)
    with pytest.raises(ValidationError):
        a.model_validate({**a.model_dump(), "id": a.id + "\n"})


# ---------------------------------------------------------- bounded parsing
def test_prescan_limits():
    assert prescan("[" * (MAX_DEPTH + 1), toml=False)
    assert prescan("[" * MAX_DEPTH + "]" * MAX_DEPTH, toml=False) is None
    assert prescan("a" + ".a" * (MAX_DEPTH + 1) + " = 1", toml=True)
    assert prescan("x = " + "9" * (MAX_DIGITS + 1), toml=True)
    assert prescan('x = "' + "[" * 1000 + "9" * 5000 + '"', toml=True) is None  # inside a string
    assert prescan("# " + "[" * 1000, toml=True) is None  # a comment


def test_parse_json_refuses_duplicates_long_numbers_and_nan():
    with pytest.raises(UserError, match="zweimal"):
        parse_json('{"a": 1, "a": 2}', "f.json")
    with pytest.raises(UserError, match="Ziffern"):
        parse_json('{"a": ' + "1" * 40 + "}", "f.json")
    with pytest.raises(UserError, match="NaN"):
        parse_json('{"a": NaN}', "f.json")
    assert parse_json('{"a": [1, {"b": "x"}]}', "f.json") == {"a": [1, {"b": "x"}]}


def test_parse_toml_refuses_deep_and_long():
    with pytest.raises(UserError, match="verschachtelt"):
        parse_toml("x = " + "[" * 100 + "]" * 100, "q.toml")
    assert parse_toml('a.b.c = 1\nd = "[[[["\n', "q.toml") == {"a": {"b": {"c": 1}}, "d": "[[[["}


def test_shipped_questionnaire_and_an_export_keep_to_the_limits(tmp_path, mini):
    from smartcheck.core.catalog import load
    from smartcheck.paths import default_questionnaire_path
    from smartcheck.store.exchange import export_json

    shipped = load(default_questionnaire_path())
    path = export_json(make(shipped, complete=True), tmp_path / "a.json")
    assert prescan(path.read_text("utf-8"), toml=False) is None
    assert prescan(default_questionnaire_path().read_text("utf-8"), toml=True) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["merge", "L"],
        ["merge", "L", "--out", "OUT"],
        ["import", "L.json"],
        ["restore", "L"],
        ["export", "L", "--out", "OUT"],
        ["report", "L", "--out", "OUT"],
        ["questionnaire", "validate", "L"],
    ],
)
def test_arguments_of_5000_characters_are_refused_briefly(argv, data, tmp_path, capsys):
    argv = [tmp_path / "o.json" if a == "OUT" else a.replace("L", "x" * 5000) for a in argv]
    before = digest(data)
    code, out, err = run(capsys, "--data-dir", data, *argv)
    assert code == 1 and len(err) < 1000, err
    assert digest(data) == before


def test_app_crash_hook_writes_a_report_and_names_it(tmp_path, monkeypatch, qapp):
    from smartcheck.ui import app

    shown = []
    monkeypatch.delenv("SMARTCHECK_DEBUG")
    monkeypatch.setattr(app, "show_start_error", lambda title, text: shown.append((title, text)))
    exits = []

    class Application:  # the hook ends the event loop; here only its exit code is recorded
        exit = staticmethod(exits.append)

    monkeypatch.setattr(app, "QCoreApplication", Application)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    app.install_crash_hook(tmp_path)
    entered = "".join(["Name der ", "Kommune"])  # what a user typed, not a literal in a source line
    try:
        raise ValueError(entered)
    except ValueError as error:
        sys.excepthook(ValueError, error, error.__traceback__)
    reports = list(tmp_path.glob("absturz-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in shown[0][1]
    assert exits == [1]
    assert "ValueError" in reports[0].read_text("utf-8") and "Name der Kommune" not in reports[0].read_text("utf-8")


def test_app_crash_hook_is_not_installed_in_debug_mode(tmp_path, monkeypatch):
    from smartcheck.ui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = sys.excepthook
    app.install_crash_hook(tmp_path)
    assert sys.excepthook is before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_output_onto_a_pipe_or_device_is_refused(data, tmp_path, capsys):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        if not target.exists():
            continue
        code, _, err = run(capsys, "--data-dir", data, "export", "--latest", "--out", target)
        assert code == 1 and "keine gewöhnliche Datei" in err
    assert fifo.exists() and not fifo.is_file()
    assert Path("/dev/null").is_char_device()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_settings_file_that_is_a_pipe_gives_the_defaults_at_once(tmp_path):
    os.mkfifo(tmp_path / "settings.json")
    script = "import sys; from smartcheck.ui.settings import load_settings; print(load_settings(sys.argv[1]))"
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=10,
    )
    assert result.returncode == 0 and "Settings(" in result.stdout


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_something_else_at_the_database_place_is_refused(kind, tmp_path, capsys):
    folder = tmp_path / "daten"
    folder.mkdir()
    if kind == "folder":
        (folder / "smartcheck.db").mkdir()
    else:
        os.mkfifo(folder / "smartcheck.db")
    for argv in (["list"], ["demo"], ["export", "--latest", "--out", tmp_path / "x.json"]):
        code, _, err = run(capsys, "--data-dir", folder, *argv)
        assert code == 1 and "keine gewöhnliche Datei" in err, err
