"""The English catalogue is complete, keeps placeholders and mnemonics, and is built."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from smartcheck import paths

UI = Path(__file__).resolve().parents[1] / "src" / "smartcheck" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def ts_files() -> list[Path]:
    return sorted((paths.assets_dir() / "i18n").glob("smartcheck_*.ts"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.find("translation")))
    return out


def source_strings() -> set[tuple[str, str]]:
    """Every translate("Context", "literal") in the program's Qt code."""
    found = set()
    for file in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = node.args[:2]
            if name == "translate" and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((context.value, text.value))
    return found


def mnemonic_count(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)\w", text))


def test_there_is_an_english_catalogue():
    assert [p.name for p in ts_files()] == ["smartcheck_en.ts"]


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_entry_is_translated_and_keeps_placeholders_and_mnemonics(ts):
    problems = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{where}: not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        if mnemonic_count(source) != mnemonic_count(text):
            problems.append(f"{where}: shortcut (&) missing or added in {text!r}")
    assert problems == []


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_catalogue_covers_every_string_of_the_program(ts):
    in_ts = {(context, source) for context, source, _ in messages(ts)}
    missing = sorted(source_strings() - in_ts)
    assert missing == [], "run scripts/build_translations.py and translate the new entries"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_built_qm_is_present_loads_and_matches_the_ts(ts, qapp):
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run scripts/build_translations.py"
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = [(c, s) for c, s, t in messages(ts) if translator.translate(c, s) != (t.text or "")]
    assert stale == [], "the .qm is older than the .ts: run scripts/build_translations.py"
