"""The command line in English: with ``--lang en`` or an English locale, every line it prints is English.

Each command the tests can run is run twice over the same kind of data folder:
once in English (the output must hold no German interface word, no umlaut and
no ß) and once with the German default (the output is German and differs).
The demo municipalities' names and the titles of adopted measures are the
municipality's own words and are left out of the check.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from smartcheck import cli, cli_text, commands, crash
from smartcheck.core.assessment import Status
from smartcheck.core.implementation import adopt
from smartcheck.store import Store
from smartcheck.store.backups import REASONS
from smartcheck.store.measures import add_measures, list_measures
from tests.conftest import DATA
from tests.helpers.german import GERMAN_WORDS

SRC = Path(cli.__file__).parent
DOOR = ["cli.py", "command_io.py", "commands.py", "measure_commands.py", "share_commands.py"]
# The command line's sentences also use small German words an English text never holds.
CLI_WORDS = GERMAN_WORDS + (
    "und",
    "oder",
    "nicht",
    "keine",
    "der",
    "die",
    "das",
    "ist",
    "mit",
    "von",
    "vom",
    "im",
    "bei",
    "bis",
    "Datenordner",
    "Sicherung",
    "Sicherungen",
    "Bericht",
    "geschrieben",
    "gespeichert",
    "angelegt",
    "Kommunen",
    "Fragebogen",
    "Stufen",
    "Abstand",
    "Datum",
    "Anlass",
    "Status geändert",
    "abgeschlossen",
    "Zuständig",
    "Fällig",
    "jetzt",
    "geplant",
    "begonnen",
    "erledigt",
)
GERMAN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in CLI_WORDS) + r")\b|[äöüÄÖÜß]")


def german(text: str, own_words: list[str]) -> list[str]:
    """The lines of ``text`` with German in them (the municipality's own words taken out)."""
    for words in own_words:
        text = text.replace(words, "")
    return [line for line in text.splitlines() if GERMAN.search(line)]


def sentences(results: list) -> list:
    """The results of the commands that print sentences (not the JSON data, which is the same in every language)."""
    return [result for result in results if "--json" not in result[0] and german(result[2], result[3])]


def session(tmp_path: Path) -> list[list[str]]:
    """Every command with its arguments, in an order that works on one data folder (``{dir}`` = tmp_path)."""
    return [
        ["list"],  # empty
        ["backups"],  # none yet
        ["export", "--latest", "--out", "{dir}/x.json"],  # error: nothing completed
        ["demo"],
        ["demo"],  # already there
        ["list"],
        ["export", "--latest", "--out", "{dir}/latest.json"],
        ["export", "--latest", "--csv", "answers", "--lang", "en", "--out", "{dir}/answers.csv"],
        ["import", "{dir}/latest.json"],
        ["sheet", "--lang", "en", "--out", "{dir}/sheet.csv"],
        ["import", "{dir}/sheet.csv", "{dir}/latest.json"],  # error: mixed
        ["import", "{dir}/sheet.csv", "--einwohner", "0"],  # error
        ["report", "--latest", "--kind", "council", "--lang", "en", "--out", "{dir}/council.pdf"],
        ["report", "--latest", "--kind", "story", "--lang", "en", "--out", "{dir}/story.pdf"],
        ["report", "--latest", "--kind", "progress", "--lang", "en", "--out", "{dir}/progress.pdf"],
        ["sheet", "--out", "{dir}/sheet.txt"],  # error: neither csv nor xlsx
        ["merge", "{first}", "{second}", "--out", "{dir}/merged.json"],
        ["merge", "{first}", "{second}"],
        ["share", "--latest", "--out", "{dir}/profile.json"],
        ["share", "--latest", "--anonym", "--out", "{dir}/anonymous.json"],
        ["share", "{draft}", "--out", "{dir}/draft.json"],  # error: a draft
        [
            "region",
            "{dir}/profile.json",
            "{dir}/anonymous.json",
            "--name",
            "Nord",
            "--lang",
            "en",
            "--out",
            "{dir}/region.pdf",
        ],
        ["region", "--name", "Nord"],
        ["region"],  # error
        ["adopt"],  # (not a command: adopts the latest plan through the store, see below)
        ["measures"],
        ["measures", "--json"],
        ["measures", "--status", "done"],
        ["measures", "set", "1", "--status", "started", "--owner", "Kim", "--due", "2031-05-01", "--note", "x"],
        ["measures", "set", "x", "--status", "done"],  # error
        ["measures", "set", "0", "--status", "done"],  # error
        ["measures", "set", "1", "--status", "finished"],  # error
        ["measures", "set", "1", "--status", "done", "--due", "soon"],  # error
        ["reopen", "{first}"],
        ["reopen", "{first}"],  # error: a draft now
        ["delete", "{second}"],  # error: no terminal, no --yes
        ["delete", "{second}", "--yes"],
        ["backups"],
        ["restore", "--latest"],
        ["questionnaire", "validate", str(DATA / "mini.toml")],
        ["crash"],  # (an unexpected exception in 'list', see below)
    ]


def run_all(tmp_path: Path, capsys, monkeypatch, lang: list[str]) -> list[tuple[list[str], int, str, list[str]]]:
    folder = tmp_path / "data"
    results = []
    places = {"dir": str(tmp_path)}
    for argv in session(tmp_path):
        if argv == ["adopt"]:
            with Store.open(folder) as store:
                add_measures(store, adopt(store.latest(complete_only=True)))
            continue
        if argv == ["crash"]:
            monkeypatch.setattr(crash, "debugging", lambda: False)
            monkeypatch.setattr(commands, "cmd_list", lambda args: 1 / 0)
            argv = ["list"]
        if argv[0] == "merge" and "first" not in places:
            with Store.open(folder, readonly=True) as store:
                summaries = store.list_assessments()
            complete = [s.id for s in summaries if s.status == Status.COMPLETE and s.municipality == "Musterstadt"]
            places.update(
                first=complete[0], second=complete[1], draft=next(s.id for s in summaries if s.status == Status.DRAFT)
            )
        filled = [part.format(**places) for part in argv]
        code = cli.main(["--data-dir", str(folder), *lang, *filled])
        out, err = capsys.readouterr()
        with Store.open(folder, readonly=True) as store:
            titles = [m.title for m in list_measures(store)]
        results.append((filled, code, out + err, ["Musterstadt", "Kleinhausen", *titles]))
    return results


def test_every_command_speaks_english_with_lang_en(tmp_path, capsys, monkeypatch):
    results = run_all(tmp_path, capsys, monkeypatch, ["--lang", "en"])
    assert [code for _, code, _, _ in results].count(0) >= 25  # the commands did run
    found = {" ".join(argv): german(text, own) for argv, _, text, own in sentences(results)}
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
    texts = "\n".join(text for _, _, text, _ in results)
    for english in (
        "Demo municipalities",
        "Exported:",
        "Report written:",
        "Backups in",
        "Restored:",
        "Deleted:",
        "Unexpected error",
        "need discussion",
        "Measure 1",
        "fine (",
    ):
        assert english in texts


def test_an_english_locale_gives_english_and_german_stays_the_default(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    english = run_all(tmp_path / "en", capsys, monkeypatch, [])
    monkeypatch.undo()
    monkeypatch.delenv("LANG", raising=False)
    default = run_all(tmp_path / "de", capsys, monkeypatch, [])
    assert not sentences(english)
    assert [code for _, code, _, _ in english] == [code for _, code, _, _ in default]
    assert len(sentences(default)) >= len(default) - 3  # JSON and the like may hold no German word
    json_runs = [
        (json.loads(e[2]), json.loads(d[2])) for e, d in zip(english, default, strict=True) if "--json" in e[0]
    ]
    assert json_runs and all([m["status"] for m in e] == [m["status"] for m in d] for e, d in json_runs)
    assert "Demo-Kommunen" in "".join(t for _, _, t, _ in default)


def said_texts() -> list[str]:
    """Every German sentence the door hands to say(), tr() or fail() as a literal."""
    found = []
    for name in [*DOOR, "cli_text.py"]:
        for node in ast.walk(ast.parse((SRC / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("say", "tr", "fail"):
                for arg in node.args[:1]:
                    if isinstance(arg, ast.Constant):
                        found.append(arg.value)
                    elif isinstance(arg, ast.IfExp):
                        found += [arg.body.value, arg.orelse.value]  # type: ignore[attr-defined]
            # [tr(word) for word in ("Datum", ...)]
            if isinstance(node, ast.ListComp) and getattr(getattr(node.elt, "func", None), "id", None) == "tr":
                for comp in node.generators:
                    if isinstance(comp.iter, ast.Tuple):
                        found += [e.value for e in comp.iter.elts if isinstance(e, ast.Constant)]
    return found


def test_every_sentence_has_its_english_text_and_none_is_left_over():
    said = said_texts()
    missing = [s for s in said if s not in cli_text.ENGLISH]
    assert not missing
    used = set(said) | set(REASONS.values())
    assert not [key for key in cli_text.ENGLISH if key not in used]


def test_no_german_literal_is_printed_around_the_mechanism():
    """print() and echo() get only computed text: the door's sentences all pass through the table."""
    for name in DOOR:
        for node in ast.walk(ast.parse((SRC / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("print", "echo"):
                for arg in node.args:
                    if isinstance(arg, (ast.Constant, ast.JoinedStr)):
                        text = ast.unparse(arg)
                        assert not GERMAN.search(text), f"{name}:{node.lineno}: {text}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_language_is_reset_after_each_command(tmp_path, capsys, lang):
    cli.main(["--data-dir", str(tmp_path), "--lang", lang, "backups"])
    capsys.readouterr()
    assert cli_text.language() == "de"


def help_text(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        cli.main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


HELP_PAGES = [[], *[[c] for c in cli.HANDLERS if c is not None], ["measures", "set"], ["questionnaire", "validate"]]


@pytest.mark.parametrize("command", HELP_PAGES, ids=lambda c: " ".join(c) or "smartcheck")
def test_help_of_every_command_in_english_and_german(capsys, monkeypatch, command):
    english = help_text(capsys, "--lang", "en", *command)
    assert not german(english, ["Musterstadt", "Kleinhausen", "SmartCheck-Daten", "SmartCheck-Antwortbogen"])
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert help_text(capsys, *command) == english
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    ours = [text for text in cli_text.ENGLISH.values() if len(text) > 20 and text in english]
    if ours:  # pages with texts of SmartCheck's (not only argparse's): German stays the default
        default = help_text(capsys, *command)
        assert default != english and not any(text in default for text in ours)


def test_a_commands_own_lang_is_the_documents_language_not_the_messages():
    assert cli.chosen_language(["--data-dir", "--lang", "report", "--lang", "en"]) is None
    assert cli.chosen_language(["--lang=en", "list"]) == "en"
    assert cli.chosen_language(["--data-dir", "x", "--lang", "en", "report", "--lang", "de"]) == "en"
