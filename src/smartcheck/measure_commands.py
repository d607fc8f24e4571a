"""The commands on adopted measures: ``measures`` (list, ``set``) and ``report --kind progress``.

``measures --json`` prints a list of objects with these keys: ``number``,
``id``, ``municipality``, ``title``, ``status`` (geplant | begonnen |
erledigt | zurückgestellt | verworfen), ``overdue`` (bool, today),
``origin`` (``assessment_id``, ``question_id``, ``recommendation_id``,
``dimension_id``), ``owner`` (``role``, ``name``), ``start``, ``due`` (ISO
dates or null), ``hours``, ``euros`` (null when not planned), ``success``
and ``history`` (a list of ``date``, ``status``, ``note``, oldest first).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from .cli_text import fail, language, named, say, tr
from .command_io import EXIT_OK, data_folder, echo
from .core.errors import json_safe
from .core.measures import STATUS_ORDER, AdoptedMeasure, MeasureStatus, parse_status, status_label, summary_line
from .paths import check_output, documents_dir
from .store import Store

if TYPE_CHECKING:
    from .core.assessment import Assessment


def _status(text: str) -> MeasureStatus:
    try:
        return parse_status(text)
    except ValueError:
        choices = ", ".join(status_label(s, language()) for s in STATUS_ORDER)
        raise fail("--status: unbekannter Status '{text}' (erlaubt: {choices})", text=text, choices=choices) from None


def _number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise fail("Maßnahme '{text}': bitte die Nummer angeben, die 'smartcheck measures' zeigt.", text=text) from None
    if number < 1:
        raise fail("Maßnahme {number}: die Nummern beginnen bei 1 ('smartcheck measures' zeigt alle).", number=number)
    return number


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise fail(
            "{option}: '{text}' ist kein Datum im Format JJJJ-MM-TT (z. B. 2026-09-30).", option=option, text=text
        ) from None


def measure_json(m: AdoptedMeasure, today: date) -> dict:
    data = json.loads(m.model_dump_json())
    return {
        "number": m.number,
        **{k: v for k, v in data.items() if k != "number"},
        "status": m.status.value,
        "overdue": m.overdue(today),
    }


def format_measures(measures: list[AdoptedMeasure], today: date) -> str:
    """The listing for people: number, status, due date, owner, title."""
    header = [tr(word) for word in ("Nr.", "Status", "Fällig", "Zuständig", "Maßnahme")]
    several = len({m.municipality for m in measures}) > 1
    if several:
        header.insert(1, tr("Kommune"))
    rows = []
    for m in measures:
        status = status_label(m.status, language())
        if m.overdue(today):
            status = tr("{status} (überfällig)", status=status)
        title = m.title if len(m.title) <= 70 else m.title[:69] + "…"
        due = _day(m.due) if m.due else "–"
        row = [str(m.number), status, due, m.owner.text() or "–", title]
        if several:
            row.insert(1, m.municipality)
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = ["  ".join([*(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)), r[-1]]) for r in [header, *rows]]
    return "\n".join([*lines, "", summary_line(measures, today, language()) + "."])


def _day(day: date) -> str:
    return f"{day:%d.%m.%Y}" if language() != "en" else f"{day:%Y-%m-%d}"


def cmd_measures(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) == "set":
        return cmd_measures_set(args)
    from .store.measures import list_measures

    status = _status(args.filter_status) if args.filter_status else None
    today = date.today()
    with Store.open(data_folder(args), readonly=True) as store:
        measures = list_measures(store, status=status)
    if args.json:
        items = [json_safe(json.dumps(measure_json(m, today), ensure_ascii=False)) for m in measures]
        print("[\n" + ",\n".join(items) + "\n]" if items else "[]")
    elif not measures:
        say(
            "Keine Maßnahmen mit diesem Status."
            if status
            else "Noch keine Maßnahmen übernommen. In SmartCheck auf der Ergebnisseite „Plan übernehmen …“ wählen."
        )
    else:
        echo(format_measures(measures, today))
    return EXIT_OK


def cmd_measures_set(args: argparse.Namespace) -> int:
    from .store.measures import set_status

    number = _number(args.number)
    status = _status(args.new_status)
    due = _date(args.due, "--due") if args.due else None
    with Store.open(data_folder(args)) as store:
        measure = set_status(store, number, status, note=args.note or "", owner=args.owner, due=due)
    extra = []
    if args.owner is not None:
        extra.append(tr("zuständig: {owner}", owner=measure.owner.text()))
    if due is not None:
        extra.append(tr("fällig am {due}", due=_day(due)))
    more = f" ({', '.join(extra)})" if extra else ""
    say(
        "Maßnahme {number} „{title}“: jetzt {status}{more}.",
        number=number,
        title=measure.title,
        status=status_label(status, language()),
        more=more,
    )
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``measures`` command's arguments (called from cli.build_parser)."""
    p = sub.add_parser("measures", help=tr("übernommene Maßnahmen und ihr Stand (mit 'set N --status S' ändern)"))
    p.add_argument("--json", action="store_true", help=tr("als JSON ausgeben"))
    p.add_argument(
        "--status",
        dest="filter_status",
        metavar="S",
        help=tr("nur Maßnahmen mit diesem Status (geplant, begonnen, erledigt, zurückgestellt, verworfen)"),
    )
    msub = p.add_subparsers(dest="action", metavar=tr("AKTION"))
    s = msub.add_parser("set", help=tr("Status einer Maßnahme ändern (mit Datum und Notiz im Verlauf)"))
    s.add_argument("number", metavar="N", help=tr("Nummer der Maßnahme (aus 'smartcheck measures')"))
    s.add_argument(
        "--status",
        dest="new_status",
        metavar="S",
        required=True,
        help=tr("neuer Status: geplant, begonnen, erledigt, zurückgestellt oder verworfen"),
    )
    s.add_argument("--note", metavar="TEXT", help=tr("Notiz zur Änderung"))
    s.add_argument("--owner", metavar="NAME", help=tr("Name der zuständigen Person"))
    s.add_argument("--due", metavar=tr("JJJJ-MM-TT"), help=tr("neues Fälligkeitsdatum"))


# ----------------------------------------------------------- progress report
def cmd_progress_report(args: argparse.Namespace, target: Callable[[Store, argparse.Namespace], Assessment]) -> int:
    """``report (ID | --latest) --kind progress``; ``target(store, args)`` picks the assessment."""
    from .core.findings import report_file_name
    from .report.progress_report import write_progress_report
    from .store.measures import list_measures

    with Store.open(data_folder(args), readonly=True) as store:
        assessment = target(store, args)
        history = store.history(assessment)
        measures = list_measures(store, municipality=assessment.municipality.name)
    out = check_output(
        args.out if args.out else documents_dir() / report_file_name(assessment, "progress", args.lang),
        data_folder(args),
    )
    written = write_progress_report(assessment, history, measures, out, lang=args.lang)
    say("Umsetzungsbericht geschrieben: {out} ({what})", out=written, what=named(assessment))
    return EXIT_OK
