"""The command line's contract: exit codes, messages, schemas."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartcheck import __version__
from smartcheck.cli import main


def run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "smartcheck", *args], capture_output=True, text=True, timeout=120, **kwargs
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"SmartCheck {__version__}"


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["questionnaire", "frobnicate"])
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["assessment", "questionnaire"])
def test_schema_is_json_schema(kind, capsys):
    assert main(["schema", kind]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object"
    assert "format" in schema["properties"] and "format_version" in schema["properties"]


def test_validate_error_has_no_traceback_in_a_real_process(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe\x00")
    result = run("questionnaire", "validate", str(bad))
    assert result.returncode == 1
    assert "kein gültiges UTF-8" in result.stderr
    assert "Traceback" not in result.stderr
