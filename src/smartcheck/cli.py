"""The ``smartcheck`` command: starts the app or runs a headless command.

Exit status: 0 success, 1 an error the user can act on (one clear message on
stderr, no traceback), 2 wrong usage. PySide6 is imported only to start the
app, so every other command runs without a display.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable

from . import __version__
from .cli_text import fail, say, tr, use
from .command_io import EXIT_ERROR, EXIT_OK
from .core.errors import UserError, show_path, terminal_safe


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartcheck",
        description=tr(
            "SmartCheck: Smart-City-Readiness-Check für kleine Kommunen (offline). Ohne BEFEHL startet das Programm."
        ),
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=tr("diese Hilfe zeigen"))
    parser.add_argument(
        "--version", action="version", version=f"SmartCheck {__version__}", help=tr("Versionsnummer zeigen")
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=tr(
            "Datenordner (sonst SMARTCHECK_DATA_DIR, ein Ordner 'SmartCheck-Daten' neben dem "
            "Programm oder der Benutzerordner)"
        ),
    )
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        choices=("de", "en"),
        help=tr("Sprache der Meldungen (sonst nach LANG: en_* gibt Englisch, sonst Deutsch)"),
    )
    sub = parser.add_subparsers(dest="command", metavar=tr("BEFEHL"), title=tr("Befehle"))

    sub.add_parser(
        "demo",
        help=tr("Demo-Kommunen 'Musterstadt' (drei Einschätzungen) und 'Kleinhausen' (Mitgliedsgemeinde) anlegen"),
    )

    p = sub.add_parser("list", help=tr("gespeicherte Einschätzungen auflisten"))
    p.add_argument("--json", action="store_true", help=tr("als JSON ausgeben"))

    p = sub.add_parser("report", help=tr("Kurzfassung für den Rat oder vollständigen Bericht erstellen"))
    _add_target(p)
    p.add_argument(
        "--kind",
        choices=("council", "full", "progress", "story"),
        default="full",
        help=tr(
            "council: Kurzfassung für den Rat (höchstens 4 Seiten); full: Kurzfassung und Anlage "
            "in einer Datei (Standard); progress: Umsetzungsbericht der Maßnahmen; "
            "story: eine Seite für Bürgerinnen und Bürger"
        ),
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=("pdf", "docx", "txt"),
        default="pdf",
        help=tr("pdf (Standard); docx: Word (nur --kind council); txt: Text/Markdown (nur --kind story)"),
    )
    p.add_argument("--out", metavar="FILE", help=tr("Zieldatei (Standard: Dokumente/SmartCheck)"))
    p.add_argument("--lang", choices=("de", "en"), default="de", help=tr("Sprache des Berichts"))
    p.add_argument(
        "--contact", metavar="TEXT", default="", help=tr("Kontakt für Bürgerinnen und Bürger (--kind story)")
    )

    p = sub.add_parser(
        "share", help=tr("ein Profil (Stufen, Ziele, Kontext; keine Antworten) für Nachbarn oder das Amt")
    )
    _add_target(p)
    p.add_argument("--out", metavar="FILE", required=True, help=tr("Zieldatei (.json)"))
    p.add_argument("--anonym", action="store_true", help=tr("ohne den Namen der Kommune"))

    p = sub.add_parser("region", help=tr("Profile mehrerer Kommunen nebeneinander (optional als PDF)"))
    p.add_argument("files", nargs="*", metavar="FILE", help=tr("Profildateien aus 'smartcheck share'"))
    p.add_argument("--out", metavar="FILE.pdf", help=tr("das Regionspapier als PDF schreiben"))
    p.add_argument(
        "--name", metavar="NAME", help=tr("Name der Region; mit Dateien: so speichern, ohne: gespeicherte laden")
    )
    p.add_argument("--own", metavar=tr("KOMMUNE"), help=tr("die eigene Kommune hervorheben"))
    p.add_argument("--lang", choices=("de", "en"), default="de", help=tr("Sprache"))

    p = sub.add_parser("export", help=tr("eine Einschätzung als JSON oder CSV exportieren"))
    _add_target(p)
    p.add_argument("--out", metavar="FILE", required=True, help=tr("Zieldatei"))
    p.add_argument(
        "--csv",
        choices=("answers", "plan"),
        help=tr("statt JSON eine CSV-Datei (Semikolon, UTF-8 mit BOM): Antworten oder Handlungsplan"),
    )
    p.add_argument("--lang", choices=("de", "en"), default="de", help=tr("Sprache der CSV-Texte"))

    p = sub.add_parser("import", help=tr("Einschätzungen aus JSON-Dateien oder ausgefüllten Antwortbögen übernehmen"))
    p.add_argument("files", nargs="+", metavar="FILE.json|FILE.csv|FILE.xlsx")
    p.add_argument("--kommune", help=tr("Antwortbogen: Name der Kommune (sonst der Dateiname)"))
    p.add_argument("--einwohner", type=int, help=tr("Antwortbogen: Einwohnerzahl"))
    p.add_argument(
        "--verwaltungsform",
        choices=["einheitsgemeinde", "mitgliedsgemeinde", "amt"],
        help=tr("Antwortbogen: eigene Verwaltung, Mitgliedsgemeinde eines Amtes oder das Amt"),
    )
    p.add_argument("--person", help=tr("Antwortbogen: wer geantwortet hat (Rolle)"))

    p = sub.add_parser("sheet", help=tr("Leeren Antwortbogen (CSV oder XLSX) für Personen ohne das Programm schreiben"))
    p.add_argument("--out", metavar="FILE.csv|FILE.xlsx", help=tr("Zieldatei (Standard: SmartCheck-Antwortbogen.csv)"))
    p.add_argument("--lang", choices=["de", "en"], default="de")

    p = sub.add_parser(
        "merge",
        help=tr("Einschätzungen mehrerer Personen zu einem Entwurf zusammenführen (Median, Diskussionsbedarf)"),
    )
    p.add_argument(
        "sources",
        nargs="+",
        metavar="ID|FILE.json",
        help=tr("IDs gespeicherter Einschätzungen (auch der Anfang genügt) und/oder exportierte JSON-Dateien"),
    )
    p.add_argument(
        "--out", metavar="FILE.json", help=tr("den Entwurf in diese Datei schreiben statt im Datenordner speichern")
    )

    from .measure_commands import add_parser as add_measures_parser

    add_measures_parser(sub)
    p = sub.add_parser("delete", help=tr("eine Einschätzung löschen (nach Rückfrage; vorher wird gesichert)"))
    p.add_argument("id", metavar="ID", help=tr("ID der Einschätzung (auch der Anfang genügt)"))
    p.add_argument("--yes", action="store_true", help=tr("ohne Rückfrage löschen"))

    p = sub.add_parser("reopen", help=tr("eine abgeschlossene Einschätzung wieder zur Bearbeitung öffnen"))
    p.add_argument("id", metavar="ID", help=tr("ID der Einschätzung (auch der Anfang genügt)"))

    sub.add_parser("backups", help=tr("Sicherungskopien der Datenbank auflisten (neueste zuerst)"))

    p = sub.add_parser(
        "restore", help=tr("eine Sicherungskopie wiederherstellen (die bisherige Datenbank wird aufbewahrt)")
    )
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "file", nargs="?", metavar=tr("DATEI"), help=tr("die Sicherung (Pfad oder Dateiname aus 'smartcheck backups')")
    )
    group.add_argument("--latest", action="store_true", help=tr("die neueste brauchbare Sicherung"))

    p = sub.add_parser("questionnaire", help=tr("Fragebögen prüfen"))
    qsub = p.add_subparsers(dest="action", metavar=tr("AKTION"), required=True)
    v = qsub.add_parser("validate", help=tr("Fragebogen-Dateien (TOML) prüfen"))
    v.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("schema", help=tr("JSON Schema eines Dateiformats ausgeben"))
    p.add_argument("kind", choices=("assessment", "questionnaire", "profile"))
    return parser


def _add_target(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("id", nargs="?", metavar="ID", help=tr("ID der Einschätzung (auch der Anfang genügt)"))
    group.add_argument("--latest", action="store_true", help=tr("die neueste abgeschlossene Einschätzung"))


# -------------------------------------------------------------------- commands
def cmd_validate(args: argparse.Namespace) -> int:
    from .core.catalog import QuestionnaireError, load

    failed = False
    for name in args.files:
        try:
            questionnaire = load(name)
        except QuestionnaireError as error:
            failed = True
            for problem in error.problems:
                print(terminal_safe(problem), file=sys.stderr)
        else:
            n = len(questionnaire.questions())
            say(
                "{file}: in Ordnung ({dimensions} Dimensionen, {questions} Fragen)",
                file=name,
                dimensions=len(questionnaire.dimensions),
                questions=n,
            )
    return EXIT_ERROR if failed else EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from pydantic import BaseModel

    model: type[BaseModel]
    if args.kind == "questionnaire":
        from .core.questionnaire import Questionnaire

        model = Questionnaire
    elif args.kind == "profile":
        from .core.profile_share import ProfileFile

        model = ProfileFile
    else:
        from .core.assessment import AssessmentFile

        model = AssessmentFile
    print(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run
    except ImportError as error:  # PySide6 missing or its libraries not loadable
        raise fail("Die Oberfläche kann nicht starten: {error}", error=error) from None
    return run(data_dir=args.data_dir)


Handler = Callable[[argparse.Namespace], int]

# The one dispatch table: command -> "module:function". A module is imported only when one of its
# commands runs, so --help, schema and validate load neither the store nor Qt.
HANDLERS: dict[str | None, str] = {
    None: "cli:run_app",
    "questionnaire": "cli:cmd_validate",
    "schema": "cli:cmd_schema",
    "demo": "commands:cmd_demo",
    "list": "commands:cmd_list",
    "export": "commands:cmd_export",
    "import": "commands:cmd_import",
    "sheet": "commands:cmd_sheet",
    "report": "commands:cmd_report",
    "merge": "commands:cmd_merge",
    "delete": "commands:cmd_delete",
    "reopen": "commands:cmd_reopen",
    "backups": "commands:cmd_backups",
    "restore": "commands:cmd_restore",
    "share": "share_commands:cmd_share",
    "region": "share_commands:cmd_region",
    "measures": "measure_commands:cmd_measures",
}


def handler(command: str | None) -> Handler:
    """The function that runs ``command`` (looked up when called, so a test may replace it)."""
    module, name = HANDLERS[command].split(":")
    found: Handler = getattr(importlib.import_module(f".{module}", __package__), name)
    return found


def message_language(chosen: str | None = None) -> str:
    """``--lang``, else the locale (LC_ALL, LC_MESSAGES, LANG: "en_*" is English), else German."""
    if chosen in ("de", "en"):
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


def chosen_language(argv: list[str]) -> str | None:
    """The global ``--lang`` (before the command; a command's own ``--lang`` is its document's language)."""
    words = iter(argv)
    for word in words:
        if word == "--lang":
            return next(words, None)
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return None  # the command
    return None


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    use(message_language(chosen_language(words)))  # before the parser: its help is in that language too
    try:
        args = build_parser().parse_args(words)
        args.ui_lang = message_language(args.ui_lang)
        use(args.ui_lang)
        return _run(args, words)
    finally:
        use("de")


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    """Run the command; every failure ends as one line on stderr and an exit status."""
    try:
        return handler(args.command)(args)
    except UserError as error:
        print(f"smartcheck: {terminal_safe(error.text(args.ui_lang))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("smartcheck: " + tr("abgebrochen"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of the output went away (| head): nothing more to say
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_ERROR
    except OSError as error:
        if error.filename is None:
            return _crashed(error, args, argv)
        # The file system said no (a name too long, a folder that vanished ...): the user can act on that.
        print(f"smartcheck: {show_path(error.filename)}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:
        return _crashed(error, args, argv)


def _crashed(error: Exception, args: argparse.Namespace, argv: list[str]) -> int:
    """The last line of defence: a crash report and one line, or the exception itself when debugging."""
    from . import crash
    from .paths import data_dir

    if crash.debugging():
        raise error
    command = " ".join(filter(None, [args.command, getattr(args, "action", None)]))
    path = crash.write_report(
        error, crash.command_text(command, argv), crash.folder_or_none(lambda: data_dir(args.data_dir))
    )
    where = tr("Ein Bericht steht in {path}", path=path) if path else tr("Es konnte kein Bericht geschrieben werden")
    text = tr(
        "Unerwarteter Fehler – das ist ein Fehler in SmartCheck, nicht in Ihren Daten. {where}; bitte schicken "
        "Sie ihn an den Support. Gespeicherte Einschätzungen sind nicht betroffen.",
        where=where,
    )
    print(f"smartcheck: {terminal_safe(text)}", file=sys.stderr)
    return EXIT_ERROR


def main_gui() -> int:
    return main([])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
