"""The commands on the data folder: demo, list, export, import, sheet, report,
merge, delete, reopen, backups, restore.

``cli.py`` parses the arguments and calls these through its dispatch table. Commands that only read
(list, export, report, and merge with ``--out``) open the store read-only, so
they also work while the desktop application is open; demo, import and merge
into the data folder take the writer's lock.

``list --json`` prints a list of objects with these keys (dates as ISO 8601,
UTC): ``id``, ``municipality``, ``status`` ("draft" | "complete"), ``date``
(completion, for drafts the last change), ``created_at``, ``updated_at``,
``completed_at`` (null for drafts), ``questionnaire_id``,
``questionnaire_version``, ``levels`` (dimension id -> level 0-4, null when
not assessable), ``answered`` (questions with any answer), ``total``.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_text import fail, language, named, say, tr
from .command_io import EXIT_OK, data_folder, echo, named_assessment, output_file
from .core.assessment import Assessment, Status
from .core.errors import UserError, json_safe
from .core.labels import describe, format_date, label
from .core.values import MAX_LEVEL
from .paths import documents_dir
from .store import AssessmentSummary, Store

if TYPE_CHECKING:
    from .store.backups import Backup


# ------------------------------------------------------------------- demo
def cmd_demo(args: argparse.Namespace) -> int:
    from .store.demo import NAME, SMALL_NAME, add_demo

    with Store.open(data_folder(args)) as store:
        added = add_demo(store, with_small=True)
        if not added:
            say(
                "Die Demo-Kommunen {demo} und {small} sind bereits angelegt; nichts geändert ({folder}).",
                demo=NAME,
                small=SMALL_NAME,
                folder=store.data_dir,
            )
            return EXIT_OK
        say(
            "Demo-Kommunen {demo} und {small} angelegt in {folder}:", demo=NAME, small=SMALL_NAME, folder=store.data_dir
        )
        for assessment_id in added:
            echo(f"  {named(store.load(assessment_id))}")
    return EXIT_OK


# ------------------------------------------------------------------- list
def _summary_json(s: AssessmentSummary) -> dict:
    def iso(value: datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    return {
        "id": s.id,
        "municipality": s.municipality,
        "status": s.status,
        "date": iso(s.date),
        "created_at": iso(s.created_at),
        "updated_at": iso(s.updated_at),
        "completed_at": iso(s.completed_at),
        "questionnaire_id": s.questionnaire_id,
        "questionnaire_version": s.questionnaire_version,
        "levels": s.levels,
        "answered": s.answered,
        "total": s.total,
    }


def format_table(summaries: list[AssessmentSummary], names: dict[str, str]) -> str:
    """The listing for people: one line per assessment, levels per dimension."""
    dims: list[str] = []
    for s in summaries:
        dims += [d for d in s.levels if d not in dims]
    header = [tr(word) for word in ("ID", "Datum", "Kommune", "Status", "Antworten")]
    header += [f"D{i}" for i in range(1, len(dims) + 1)]
    rows = []
    for s in summaries:
        name = s.municipality if len(s.municipality) <= 30 else s.municipality[:29] + "…"
        levels = [s.levels.get(d) for d in dims]
        rows.append(
            [
                s.id[:8],
                format_date(s.date, language()),
                name,
                label(Status(s.status), language()),
                f"{s.answered}/{s.total}",
            ]
            + ["–" if v is None else str(v) for v in levels]
        )
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]]
    legend = ", ".join(f"D{i} {names.get(d, d)}" for i, d in enumerate(dims, 1))
    lines += ["", tr("Stufen 0–{top} je Dimension ({legend}); – = noch nicht bewertbar.", top=MAX_LEVEL, legend=legend)]
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    with Store.open(data_folder(args), readonly=True) as store:
        summaries = store.list_assessments()
        if args.json:
            # One assessment per line: readable, and the fast (C) encoder.
            items = [json.dumps(_summary_json(s), ensure_ascii=False) for s in summaries]
            print(json_safe("[\n" + ",\n".join(items) + "\n]" if items else "[]"))
        elif not summaries:
            say(
                "Noch keine Einschätzungen gespeichert (Datenordner {folder}). 'smartcheck demo' legt ein Beispiel an.",
                folder=store.data_dir,
            )
        else:
            echo(format_table(summaries, store.dimension_names(language())))
    return EXIT_OK


# --------------------------------------------------------- export, import
def cmd_export(args: argparse.Namespace) -> int:
    from .report.plan_csv import export_csv_plan
    from .store import exchange
    from .store.measures import list_measures

    target = output_file(args, args.out)
    with Store.open(data_folder(args), readonly=True) as store:
        assessment = named_assessment(store, args)
        measures = list_measures(store, assessment_id=assessment.id)
    if args.csv == "answers":
        out = exchange.export_csv_answers(assessment, target, args.lang)
    elif args.csv == "plan":
        out = export_csv_plan(assessment, target, args.lang)
    else:
        out = exchange.export_json(assessment, target, measures=measures)
    say("Exportiert: {out} ({what})", out=out, what=named(assessment))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .store.exchange import import_files

    sheets = [f for f in args.files if str(f).lower().endswith((".csv", ".xlsx"))]
    if sheets:
        return _import_sheets(args, sheets, [f for f in args.files if f not in sheets])
    with Store.open(data_folder(args)) as store:
        added = import_files(store, args.files)
        _imported([store.load(assessment_id) for assessment_id in added])
    return EXIT_OK


def _imported(assessments: list[Assessment]) -> None:
    count = len(assessments)
    say("{count} Einschätzung importiert:" if count == 1 else "{count} Einschätzungen importiert:", count=count)
    for a in assessments:
        echo(f"  {named(a)}")


def _import_sheets(args: argparse.Namespace, sheets: list[str], others: list[str]) -> int:
    """Filled answer sheets: each one person's assessment (read all first, then store all or none)."""
    from .core.catalog import load
    from .paths import default_questionnaire_path
    from .store.sheets import assessment_from_sheet

    if others:
        raise fail("Antwortbögen (.csv, .xlsx) und JSON-Dateien bitte getrennt importieren.")
    if args.einwohner is not None and args.einwohner < 1:
        raise fail("--einwohner: {value} ist keine Einwohnerzahl", value=args.einwohner)
    questionnaire = load(default_questionnaire_path())
    made = [
        assessment_from_sheet(path, questionnaire, args.kommune, args.einwohner, args.verwaltungsform, args.person)
        for path in sheets
    ]
    with Store.open(data_folder(args)) as store:
        store.create_many(made)
        _imported(made)
    return EXIT_OK


# ------------------------------------------------------------------ sheet
def cmd_sheet(args: argparse.Namespace) -> int:
    from .core.catalog import load
    from .paths import default_questionnaire_path
    from .store.sheets import write_sheet

    out = output_file(args, args.out or "SmartCheck-Antwortbogen.csv")
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise fail("{out}: der Antwortbogen wird als .csv oder .xlsx geschrieben", out=out)
    written = write_sheet(load(default_questionnaire_path()), out, lang=args.lang)
    say("Antwortbogen geschrieben: {out}", out=written)
    return EXIT_OK


# ----------------------------------------------------------------- report
def cmd_report(args: argparse.Namespace) -> int:
    from .core.findings import report_file_name
    from .report import format_problem, write_report
    from .store.measures import list_measures

    kind, fmt = getattr(args, "kind", "full"), getattr(args, "fmt", "pdf")
    problem = format_problem(kind, fmt)
    if problem:  # refuse before opening anything
        raise UserError(problem, english=format_problem(kind, fmt, "en"))
    if args.out:
        output_file(args, args.out)
    if kind == "story":  # the citizens' one-pager (share_commands.py)
        from .share_commands import cmd_story

        return cmd_story(args)
    if kind == "progress":  # the Umsetzungsbericht (measure_commands.py)
        from .measure_commands import cmd_progress_report

        return cmd_progress_report(args, named_assessment)
    with Store.open(data_folder(args), readonly=True) as store:
        assessment = named_assessment(store, args)
        history = store.history(assessment)
        measures = list_measures(store, municipality=assessment.municipality.name)
    out = output_file(
        args, args.out if args.out else documents_dir() / report_file_name(assessment, kind, args.lang, "." + fmt)
    )
    written = write_report(assessment, history, out, lang=args.lang, kind=kind, fmt=fmt, measures=measures)
    say("Bericht geschrieben: {out} ({what})", out=written, what=named(assessment))
    return EXIT_OK


# ------------------------------------------------------------------ merge
def _is_file(source: str) -> bool:
    try:
        return source.lower().endswith(".json") or Path(source).is_file()
    except (OSError, ValueError):  # a name too long for a path, or with NUL: not a file
        return False


def _merge_sources(store: Store | None, sources: list[str]) -> tuple[list[Assessment], list[str]]:
    from .store.exchange import read_assessment_file

    assessments: list[Assessment] = []
    names: list[str] = []
    for source in sources:
        if _is_file(source):
            assessments.append(read_assessment_file(source))
            names.append(source)
        else:
            assert store is not None, "an ID needs the store (cmd_merge opens it unless all are files)"
            assessments.append(store.load(store.resolve(source)))
            names.append(f"ID {assessments[-1].id[:8]} ({describe(assessments[-1])})")
    return assessments, names


def merge_summary(merged: Assessment, result, count: int) -> str:
    """What ``merge`` prints, after the line that says where the draft is."""
    from .core.questionnaire import question_number

    q = merged.questionnaire
    lines = [
        tr(
            "{count} Einschätzungen von {name} zusammengeführt: {answered} von {total} Fragen beantwortet "
            "(Median je Frage).",
            count=count,
            name=merged.municipality.name,
            answered=len(result.questions),
            total=len(q.questions()),
        )
    ]
    if not result.discussion:
        lines.append(tr("Kein Diskussionsbedarf: alle Antworten liegen höchstens eine Stufe auseinander."))
        return "\n".join(lines)
    n = len(result.discussion)
    lines.append(
        tr("Diskussionsbedarf bei 1 Frage (Antworten zwei oder mehr Stufen auseinander):")
        if n == 1
        else tr("Diskussionsbedarf bei {count} Fragen (Antworten zwei oder mehr Stufen auseinander):", count=n)
    )
    for qid in result.discussion:
        low, high = result.questions[qid].spread
        spread = tr("{low} bis {high}", low=low, high=high)
        lines.append(f"  {question_number(q, qid)}  {q.question(qid).text.get(language())} ({spread})")
    lines.append(
        tr("Im Konsens-Workshop den Wert festlegen und die Notiz von „Diskussionsbedarf“ auf „Vereinbart“ ändern.")
    )
    return "\n".join(lines)


def cmd_merge(args: argparse.Namespace) -> int:
    from .core.merge import merge_assessments
    from .store import exchange

    if args.out:
        output_file(args, args.out)
        if all(_is_file(s) for s in args.sources):
            assessments, names = _merge_sources(None, args.sources)
        else:
            with Store.open(data_folder(args), readonly=True) as store:
                assessments, names = _merge_sources(store, args.sources)
        merged, result = merge_assessments(assessments, names)
        out = exchange.export_json(merged, output_file(args, args.out))
        say(
            "Zusammengeführter Entwurf geschrieben: {out} (ID {id}; 'smartcheck import' übernimmt ihn)",
            out=out,
            id=merged.id[:8],
        )
    else:
        with Store.open(data_folder(args)) as store:
            assessments, names = _merge_sources(store, args.sources)
            merged, result = merge_assessments(assessments, names)
            store.create(merged)
        say(
            "Neuer Entwurf gespeichert: ID {id} ({name}); in SmartCheck mit „Entwurf fortsetzen“ öffnen.",
            id=merged.id[:8],
            name=merged.municipality.name,
        )
    echo(merge_summary(merged, result, len(assessments)))
    return EXIT_OK


# -------------------------------------------------------- backups, restore
def _when(value: datetime) -> str:
    if language() == "en":
        return f"{format_date(value, 'en')} {value:%H:%M}"
    return value.strftime("%d.%m.%Y %H:%M")


def _assessments(count: int | None) -> str:
    return tr("1 Einschätzung") if count == 1 else tr("{count} Einschätzungen", count=count)


def _reason(backup: Backup) -> str:
    """Why a backup was made, in the chosen language (the store's German reasons are the keys)."""
    from .store.backups import REASONS

    version = backup.reason.removeprefix("vor-schema-")
    if version != backup.reason:
        return tr("vor dem Datenbank-Update auf Version {version}", version=version)
    return tr(REASONS[backup.reason]) if backup.reason in REASONS else backup.reason


def format_backups(folder: Path) -> str:
    """The backup copies for people: date, reason, number of assessments, file; newest first."""
    from .store import list_backups

    found = list_backups(folder)
    if not found:
        return tr(
            "Im Datenordner {folder} gibt es noch keine Sicherungen. SmartCheck legt beim ersten Start eines "
            "Tages eine an, sobald Einschätzungen gespeichert sind.",
            folder=folder,
        )
    header = [tr(word) for word in ("Datum", "Anlass", "Einschätzungen", "Datei")]
    rows = [
        [_when(b.created), _reason(b), tr("beschädigt") if b.damaged else str(b.assessments), b.path.name]
        for b in found
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = [tr("Sicherungen in {folder} (neueste zuerst):", folder=found[0].path.parent), ""]
    lines += ["  ".join([*(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)), r[3]]) for r in [header, *rows]]
    damaged = [tr("{file} ist beschädigt: {problem}", file=b.path.name, problem=b.problem) for b in found if b.damaged]
    lines += ["", *damaged] + ([""] if damaged else [])
    lines += [
        tr(
            "'smartcheck restore --latest' stellt die neueste brauchbare Sicherung wieder her, "
            "'smartcheck restore DATEI' eine bestimmte; die bisherige Datenbank wird aufbewahrt."
        )
    ]
    return "\n".join(lines)


def cmd_backups(args: argparse.Namespace) -> int:
    echo(format_backups(data_folder(args)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .store import restore_backup
    from .store.restore import find_backup, latest_backup

    folder = data_folder(args)
    backup = latest_backup(folder) if args.latest else find_backup(folder, args.file)
    done = restore_backup(folder, backup)
    say(
        "Wiederhergestellt: die Sicherung vom {when} ({count}) aus {file}",
        when=_when(done.backup.created),
        count=_assessments(done.backup.assessments),
        file=done.backup.path,
    )
    say("Sie ist jetzt die Datenbank {database}.", database=done.database)
    if done.kept_aside:
        say("Die bisherige Datenbank wurde aufbewahrt als {kept}.", kept=done.kept_aside)
    else:
        say("Es gab vorher keine Datenbank in diesem Datenordner.")
    return EXIT_OK


# ------------------------------------------------------------------- delete, reopen
def _confirmed(args: argparse.Namespace, question: str) -> bool:
    """``--yes``, or a "j"/"y" typed at the terminal; without a terminal the answer is no."""
    import sys

    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise fail("{question} Ohne Rückfrage nur mit --yes.", question=question)
    answer = input(f"{question} {tr('[j/N]')} ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def cmd_delete(args: argparse.Namespace) -> int:
    with Store.open(data_folder(args)) as store:
        assessment = store.load(store.resolve(args.id))
        if not _confirmed(args, tr("Einschätzung {what} löschen?", what=named(assessment))):
            say("Nichts gelöscht.")
            return EXIT_OK
        store.delete(assessment.id)
        say("Gelöscht: {what}.", what=named(assessment))
        say(
            "Vorher wurde eine Sicherung angelegt; 'smartcheck backups' zeigt sie, 'smartcheck restore DATEI' holt sie "
            "zurück."
        )
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from .core.session import Session

    with Store.open(data_folder(args)) as store:
        assessment = store.load(store.resolve(args.id))
        if assessment.status != Status.COMPLETE:
            raise fail("Die Einschätzung {what} ist ein Entwurf und schon bearbeitbar.", what=named(assessment))
        Session(assessment, saver=store).reopen()
        say("Wieder zur Bearbeitung geöffnet: {what}.", what=named(assessment))
        say("Sie erscheint als Entwurf; im Programm mit „Entwurf fortsetzen“ ändern und erneut abschließen.")
    return EXIT_OK
