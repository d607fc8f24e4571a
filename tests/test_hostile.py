"""Hostile and unusual input through the real command line: refused with a message, never a
traceback, a hang or a change to stored data (tests/data/hostile/, made by make_corpus.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smartcheck.core.questionnaire import content_hash
from smartcheck.store import Store
from tests.data.hostile.make_corpus import big_files, json_cases, toml_cases
from tests.helpers.store_data import make

ROOT = Path(__file__).parent.parent
CORPUS = Path(__file__).parent / "data" / "hostile"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".json", ".toml"))
TIMEOUT = 5  # seconds; a command still running after that counts as a hang


def env(**extra) -> dict:
    values = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SMARTCHECK_DEBUG": "1", **extra}
    values.pop("SMARTCHECK_DATA_DIR", None)
    return values


def cli(*argv, **extra) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "smartcheck", *map(str, argv)],
        capture_output=True,
        cwd=ROOT,
        env=env(**extra),
        timeout=TIMEOUT * 4,
    )


def digest(folder: Path) -> dict[str, str]:
    """Every file of a data folder (the lock aside) and its hash."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "smartcheck.lock"
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, request) -> Path:
    """The corpus with the real content hash of mini.toml in place of the placeholder."""
    from smartcheck.core.catalog import load

    real = content_hash(load(ROOT / "tests" / "data" / "mini.toml")).encode()
    folder = tmp_path_factory.mktemp("corpus")
    for name in CASES:
        (folder / name).write_bytes((CORPUS / name).read_bytes().replace(b"HASH" * 16, real))
    return folder


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    from smartcheck.core.catalog import load

    folder = tmp_path_factory.mktemp("store") / "daten"
    mini = load(ROOT / "tests" / "data" / "mini.toml")
    from smartcheck.core.implementation import adopt
    from smartcheck.core.planning import plan
    from smartcheck.store.measures import add_measures

    with Store.open(folder) as store:
        assessment = make(mini, name="Bestandsdorf", complete=True)
        store.create(assessment)
        add_measures(store, adopt(assessment, [m.recommendation_id for m in plan(assessment).next_steps[:1]]))
        store.backup("manuell")
    return folder


def test_the_corpus_is_what_the_generator_makes(tmp_path):
    (tmp_path / "x").mkdir()
    subprocess.run(
        [sys.executable, str(CORPUS / "make_corpus.py"), str(tmp_path / "x")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    made = sorted(p.name for p in (tmp_path / "x").iterdir())
    assert made == CASES == sorted([*json_cases(), *toml_cases()])
    for name in made:
        assert (tmp_path / "x" / name).read_bytes() == (CORPUS / name).read_bytes(), name


def _assert_refused(result: subprocess.CompletedProcess, path: Path) -> str:
    out = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, out
    assert path.name in out
    assert "Traceback" not in out
    assert not any(c in out for c in "\x00\x07\x1b\x9b"), "control characters reached the terminal"
    assert len(result.stderr) < 5000  # a bad value is quoted, not repeated
    return out


@pytest.mark.parametrize("name", [n for n in CASES if n.startswith("bad-")])
def test_hostile_file_is_refused_and_nothing_changes(name, corpus, data):
    path = corpus / name
    before = digest(data)
    if name.endswith(".json"):
        result = cli("--data-dir", data, "import", path)
    else:
        result = cli("questionnaire", "validate", path)
    _assert_refused(result, path)
    assert digest(data) == before


@pytest.mark.parametrize("name", [n for n in CASES if n.startswith("ok-")])
def test_acceptable_file_is_taken_and_lists_and_renders(name, corpus, tmp_path):
    path = corpus / name
    if name.endswith(".toml"):
        result = cli("questionnaire", "validate", path)
        assert result.returncode == 0, result.stderr
        assert b"in Ordnung" in result.stdout
        return
    folder = tmp_path / "daten"
    result = cli("--data-dir", folder, "import", path)
    assert result.returncode == 0, result.stderr
    listed = cli("--data-dir", folder, "list")
    assert listed.returncode == 0 and b"Teststadt" in listed.stdout or b"Gro" in listed.stdout
    pdf = tmp_path / "out" / "bericht.pdf"
    rendered = cli("--data-dir", folder, "report", "--latest", "--out", pdf)
    assert rendered.returncode == 0, rendered.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "name", ["bad-big.json", "bad-big.toml", "bad-dotted-400k.toml", "bad-many-keys.toml", "bad-many-keys.json"]
)
def test_big_hostile_files_made_at_test_time(name, tmp_path, data):
    path = big_files(tmp_path / "big")[name]
    before = digest(data)
    if name.endswith(".json"):
        result = cli("--data-dir", data, "import", path)
    else:
        result = cli("questionnaire", "validate", path)
    out = _assert_refused(result, path)
    assert any(word in out for word in ("zu groß", "zu tief", "zu viele")), out
    assert digest(data) == before


# ----------------------------------------------------- pipes, devices, folders
def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("command", [("import",), ("questionnaire", "validate"), ("restore",)])
def test_fifo_is_refused_at_once(command, tmp_path, data):
    fifo = _fifo(tmp_path)
    before = digest(data)
    result = subprocess.run(
        [sys.executable, "-m", "smartcheck", "--data-dir", str(data), *command, str(fifo)],
        capture_output=True,
        cwd=ROOT,
        env=env(),
        timeout=TIMEOUT,  # TimeoutExpired fails the test
    )
    out = _assert_refused(result, fifo)
    assert "keine gewöhnliche Datei" in out
    assert digest(data) == before


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", [("import",), ("questionnaire", "validate"), ("restore",)])
def test_dev_zero_is_refused_at_once(command, data):
    before = digest(data)
    result = subprocess.run(
        [sys.executable, "-m", "smartcheck", "--data-dir", str(data), *command, "/dev/zero"],
        capture_output=True,
        cwd=ROOT,
        env=env(),
        timeout=TIMEOUT,
    )
    _assert_refused(result, Path("/dev/zero"))
    assert digest(data) == before


# --------------------------------------------------------------- bad backups
def _backup_with(data: Path, tmp_path: Path, sql: str, *params) -> Path:
    source = sorted((data / "backups").glob("*.db"))[-1]
    bad = tmp_path / "sicherung.db"
    shutil.copy(source, bad)
    conn = sqlite3.connect(bad)
    conn.execute(sql, params)
    conn.commit()
    conn.close()
    return bad


@pytest.mark.parametrize(
    ("what", "sql", "params"),
    [
        ("answer 9", "UPDATE answers SET value = '9'", ()),
        ("answer true", "UPDATE answers SET value = 'true'", ()),
        ("malformed JSON", "UPDATE assessments SET details = '{kaputt'", ()),
        ("details not an object", "UPDATE assessments SET details = '[1]'", ()),
        ("garbage timestamp", "UPDATE assessments SET created_at = 'gestern'", ()),
        ("year 9999", "UPDATE assessments SET completed_at = '9999-12-31T23:59:59+00:00'", ()),
        ("levels garbage", "UPDATE assessments SET levels = '\"x\"'", ()),
        ("municipality control char", "UPDATE assessments SET municipality = ?", ('{"name": "A\\u001b[2J"}',)),
        ("snapshot garbage", "UPDATE snapshots SET body = '{}'", ()),
        ("dimension names garbage", "UPDATE snapshots SET dimensions = '[1, 2]'", ()),
        ("id with newline", "UPDATE assessments SET id = id || char(10)", ()),
        ("foreign table", "CREATE TABLE kunden (x)", ()),
        ("measure malformed JSON", "UPDATE measures SET body = '{kaputt'", ()),
        ("measure title control char", "UPDATE measures SET body = json_set(body, '$.title', ?)", ("A\x1b[2J",)),
        ("measure due year 9999", "UPDATE measures SET body = json_set(body, '$.due', '9999-01-01')", ()),
    ],
)
def test_bad_backup_is_refused_and_the_store_is_unchanged(what, sql, params, data, tmp_path):
    bad = _backup_with(data, tmp_path, sql, *params)
    before = digest(data)
    result = cli("--data-dir", data, "restore", bad)
    out = _assert_refused(result, bad)
    assert "nicht wiederhergestellt" in out
    if what not in ("foreign table",):
        assert "Tabelle" in out
    assert digest(data) == before


def test_restore_of_a_random_file_and_a_folder(data, tmp_path):
    junk = tmp_path / "zufall.db"
    junk.write_bytes(os.urandom(8192))
    before = digest(data)
    _assert_refused(cli("--data-dir", data, "restore", junk), junk)
    _assert_refused(cli("--data-dir", data, "restore", tmp_path), tmp_path)
    assert digest(data) == before
