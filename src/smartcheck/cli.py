"""The ``smartcheck`` command: starts the app or runs a headless command.

Exit status: 0 success, 1 an error the user can act on (one clear message on
stderr, no traceback), 2 wrong usage. PySide6 is imported only to start the
app, so every other command runs without a display.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .core.errors import UserError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartcheck",
        description="SmartCheck: Smart-City-Readiness-Check für kleine Kommunen (offline). "
        "Ohne BEFEHL startet das Programm.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen")
    parser.add_argument(
        "--version", action="version", version=f"SmartCheck {__version__}", help="Versionsnummer zeigen"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="Datenordner (sonst SMARTCHECK_DATA_DIR, ein Ordner 'SmartCheck-Daten' neben dem "
        "Programm oder der Benutzerordner)",
    )
    parser.add_argument(
        "--lang", dest="ui_lang", choices=("de", "en"),
        help="Sprache der Meldungen (sonst nach LANG: en_* gibt Englisch, sonst Deutsch)",
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", title="Befehle")

    sub.add_parser("demo", help="Demo-Kommune 'Musterstadt' mit drei Einschätzungen anlegen")

    p = sub.add_parser("list", help="gespeicherte Einschätzungen auflisten")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")

    p = sub.add_parser("report", help="PDF-Handlungsplan erstellen")
    _add_target(p)
    p.add_argument("--out", metavar="FILE.pdf", help="Zieldatei (Standard: Dokumente/SmartCheck)")
    p.add_argument("--lang", choices=("de", "en"), default="de", help="Sprache des Berichts")

    p = sub.add_parser("export", help="eine Einschätzung als JSON oder CSV exportieren")
    _add_target(p)
    p.add_argument("--out", metavar="FILE", required=True, help="Zieldatei")
    p.add_argument(
        "--csv",
        choices=("answers", "plan"),
        help="statt JSON eine CSV-Datei (Semikolon, UTF-8 mit BOM): Antworten oder Handlungsplan",
    )
    p.add_argument("--lang", choices=("de", "en"), default="de", help="Sprache der CSV-Texte")

    p = sub.add_parser("import", help="Einschätzungen aus JSON-Dateien übernehmen")
    p.add_argument("files", nargs="+", metavar="FILE.json")

    p = sub.add_parser(
        "merge",
        help="Einschätzungen mehrerer Personen zu einem Entwurf zusammenführen (Median, Diskussionsbedarf)",
    )
    p.add_argument(
        "sources", nargs="+", metavar="ID|FILE.json",
        help="IDs gespeicherter Einschätzungen (auch der Anfang genügt) und/oder exportierte JSON-Dateien",
    )
    p.add_argument(
        "--out", metavar="FILE.json", help="den Entwurf in diese Datei schreiben statt im Datenordner speichern"
    )

    p = sub.add_parser("delete", help="eine Einschätzung löschen (nach Rückfrage; vorher wird gesichert)")
    p.add_argument("id", metavar="ID", help="ID der Einschätzung (auch der Anfang genügt)")
    p.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen")

    p = sub.add_parser("reopen", help="eine abgeschlossene Einschätzung wieder zur Bearbeitung öffnen")
    p.add_argument("id", metavar="ID", help="ID der Einschätzung (auch der Anfang genügt)")

    sub.add_parser("backups", help="Sicherungskopien der Datenbank auflisten (neueste zuerst)")

    p = sub.add_parser(
        "restore", help="eine Sicherungskopie wiederherstellen (die bisherige Datenbank wird aufbewahrt)"
    )
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("file", nargs="?", metavar="DATEI", help="die Sicherung (Pfad oder Dateiname aus 'smartcheck backups')")
    group.add_argument("--latest", action="store_true", help="die neueste brauchbare Sicherung")

    p = sub.add_parser("questionnaire", help="Fragebögen prüfen")
    qsub = p.add_subparsers(dest="action", metavar="AKTION", required=True)
    v = qsub.add_parser("validate", help="Fragebogen-Dateien (TOML) prüfen")
    v.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("schema", help="JSON Schema eines Dateiformats ausgeben")
    p.add_argument("kind", choices=("assessment", "questionnaire"))
    return parser


def _add_target(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("id", nargs="?", metavar="ID", help="ID der Einschätzung (auch der Anfang genügt)")
    group.add_argument("--latest", action="store_true", help="die neueste abgeschlossene Einschätzung")


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
                print(problem, file=sys.stderr)
        else:
            n = len(questionnaire.questions())
            print(f"{name}: in Ordnung ({len(questionnaire.dimensions)} Dimensionen, {n} Fragen)")
    return EXIT_ERROR if failed else EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.kind == "questionnaire":
        from .core.questionnaire import Questionnaire as model
    else:
        from .core.assessment import AssessmentFile as model
    print(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_store(args: argparse.Namespace) -> int:
    """demo, list, export, import, report, merge, backups, restore: the commands on the data folder."""
    from . import commands

    return commands.run(args)


def run_app(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run
    except ImportError as error:  # PySide6 missing or its libraries not loadable
        raise UserError(f"Die Oberfläche kann nicht starten: {error}") from None
    return run(data_dir=args.data_dir)


HANDLERS = {
    "questionnaire": cmd_validate,
    "schema": cmd_schema,
    "demo": cmd_store,
    "list": cmd_store,
    "export": cmd_store,
    "import": cmd_store,
    "report": cmd_store,
    "merge": cmd_store,
    "backups": cmd_store,
    "delete": cmd_store,
    "reopen": cmd_store,
    "restore": cmd_store,
    None: run_app,
}


def message_language(chosen: str | None = None) -> str:
    """``--lang``, else the locale (LC_ALL, LC_MESSAGES, LANG: "en_*" is English), else German."""
    import os

    if chosen in ("de", "en"):
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else "de"
    return "de"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.ui_lang = message_language(args.ui_lang)
    try:
        return HANDLERS[args.command](args)
    except UserError as error:
        print(f"smartcheck: {error.text(args.ui_lang)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("smartcheck: " + ("cancelled" if args.ui_lang == "en" else "abgebrochen"), file=sys.stderr)
        return 130


def main_gui() -> int:
    return main([])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
