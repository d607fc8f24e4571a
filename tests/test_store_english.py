"""Every message a user can get from core and store has its English text (issue 14)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from smartcheck.core.catalog import QuestionnaireError, load
from smartcheck.core.errors import FALLBACK, UserError
from smartcheck.core.limits import parse_json, parse_toml
from smartcheck.paths import check_output
from smartcheck.store import Store
from smartcheck.store.regions import load_region, save_region
from smartcheck.store.restore import find_backup
from smartcheck.store.sheets import read_sheet

SRC = Path(__file__).parents[1] / "src" / "smartcheck"
RAISERS = {"UserError", "StoreLocked", "DamagedDatabase", "SheetError"}


def sources() -> list[Path]:
    return [
        *sorted((SRC / "core").glob("*.py")),
        *sorted((SRC / "store").glob("*.py")),
        SRC / "paths.py",
        SRC / "atomic.py",
    ]


def test_every_user_error_in_core_and_store_names_its_english_text():
    missing = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in RAISERS and not any(k.arg == "english" for k in node.keywords):
                    missing.append(f"{path.relative_to(SRC)}:{node.lineno} {name}")
    assert missing == []


def english_of(error: pytest.ExceptionInfo[UserError]) -> str:
    text = error.value.text("en")
    assert not text.startswith(FALLBACK), text
    return text


def test_store_messages_in_english(tmp_path, mini):
    with Store.open(tmp_path / "data") as store:
        with pytest.raises(UserError) as error:
            store.resolve("nichtda")
        assert english_of(error) == "No assessment with the ID 'nichtda' is stored ('smartcheck list' lists all)."
        with pytest.raises(UserError) as error:
            load_region(store, "Amt Nord")
        assert english_of(error) == "The region 'Amt Nord' is not stored (stored: none)"
        with pytest.raises(UserError) as error:
            save_region(store, " ", [])
        assert english_of(error).startswith("Name of the region: 1 to ")
    with pytest.raises(UserError) as error:
        find_backup(tmp_path / "data", "alt.db")
    assert "there is no such backup" in english_of(error) and "Nothing was changed." in english_of(error)
    with pytest.raises(UserError) as error:
        check_output(tmp_path / "data" / "x.pdf", tmp_path / "data")
    assert "lies in the data folder" in english_of(error)


def test_file_faults_in_english(tmp_path, mini):
    with pytest.raises(UserError) as error:
        parse_json("[" * 100, "tief.json")
    assert english_of(error) == "tief.json: JSON file not read: nested too deeply (more than 32 levels)"
    with pytest.raises(UserError) as error:
        parse_json('{"a": 1, "a": 2}', "doppelt.json")
    assert english_of(error) == "doppelt.json: not valid JSON: the key 'a' appears twice in the same object"
    with pytest.raises(UserError) as error:
        parse_toml("x = [", "kaputt.toml")
    assert english_of(error).startswith("kaputt.toml: not valid TOML: ")
    sheet = tmp_path / "bogen.csv"
    sheet.write_text("Frage-ID;Antwort\nunbekannt;2\n", encoding="utf-8")
    with pytest.raises(UserError) as error:
        read_sheet(sheet, mini)
    text = english_of(error)
    assert text.startswith(f"{sheet}: the answer sheet has 1 problem (the details in German):")
    assert "unbekannt" in text
    empty = tmp_path / "leer.toml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(QuestionnaireError) as error:
        load(empty)
    assert english_of(error) == f"{empty}: the file is empty"
    wrong = tmp_path / "falsch.toml"
    wrong.write_text('format = "smartcheck.questionnaire"\n', encoding="utf-8")
    with pytest.raises(QuestionnaireError) as error:
        load(wrong)
    assert english_of(error).startswith("The questionnaire cannot be used (")
