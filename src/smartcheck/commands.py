"""The commands on the data folder: demo, list, export, import, report, merge,
delete, reopen, backups, restore.

``cli.py`` parses the arguments and calls :func:`run`. Commands that only read
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

from .core.assessment import Assessment, Status
from .core.errors import UserError
from .core.labels import describe, file_name, format_date, label
from .paths import data_dir, documents_dir
from .store import AssessmentSummary, Store

EXIT_OK = 0


def _folder(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))




def _target(store: Store, args: argparse.Namespace) -> Assessment:
    if getattr(args, "latest", False):
        found = store.latest(complete_only=True)
        if found is None:
            raise UserError(
                f"Im Datenordner {store.data_dir} ist keine abgeschlossene Einschätzung gespeichert "
                "('smartcheck list' zeigt alle, 'smartcheck demo' legt ein Beispiel an)."
            )
        return found
    return store.load(store.resolve(args.id))


# ------------------------------------------------------------------- demo
def cmd_demo(args: argparse.Namespace) -> int:
    from .store.demo import NAME, add_demo

    with Store.open(_folder(args)) as store:
        added = add_demo(store)
        if not added:
            print(f"Die Demo-Kommune {NAME} ist bereits angelegt; nichts geändert ({store.data_dir}).")
            return EXIT_OK
        print(f"Demo-Kommune {NAME} angelegt in {store.data_dir}:")
        for assessment_id in added:
            print(f"  {describe(store.load(assessment_id))}")
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
    header = ["ID", "Datum", "Kommune", "Status", "Antworten"] + [f"D{i}" for i in range(1, len(dims) + 1)]
    rows = []
    for s in summaries:
        name = s.municipality if len(s.municipality) <= 30 else s.municipality[:29] + "…"
        levels = [s.levels.get(d) for d in dims]
        rows.append(
            [s.id[:8], format_date(s.date), name, label(Status(s.status)), f"{s.answered}/{s.total}"]
            + ["–" if v is None else str(v) for v in levels]
        )
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in [header, *rows]]
    legend = ", ".join(f"D{i} {names.get(d, d)}" for i, d in enumerate(dims, 1))
    lines += ["", f"Stufen 0–4 je Dimension ({legend}); – = noch nicht bewertbar."]
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    with Store.open(_folder(args), readonly=True) as store:
        summaries = store.list_assessments()
        if args.json:
            # One assessment per line: readable, and the fast (C) encoder.
            items = [json.dumps(_summary_json(s), ensure_ascii=False) for s in summaries]
            print("[\n" + ",\n".join(items) + "\n]" if items else "[]")
        elif not summaries:
            print(
                f"Noch keine Einschätzungen gespeichert (Datenordner {store.data_dir}). "
                "'smartcheck demo' legt ein Beispiel an."
            )
        else:
            print(format_table(summaries, store.dimension_names()))
    return EXIT_OK


# --------------------------------------------------------- export, import
def cmd_export(args: argparse.Namespace) -> int:
    from .store import exchange

    with Store.open(_folder(args), readonly=True) as store:
        assessment = _target(store, args)
    if args.csv == "answers":
        out = exchange.export_csv_answers(assessment, args.out, args.lang)
    elif args.csv == "plan":
        out = exchange.export_csv_plan(assessment, args.out, args.lang)
    else:
        out = exchange.export_json(assessment, args.out)
    print(f"Exportiert: {out} ({describe(assessment)})")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .store.exchange import import_files

    with Store.open(_folder(args)) as store:
        added = import_files(store, args.files)
        print(f"{len(added)} Einschätzung(en) importiert:")
        for assessment_id in added:
            print(f"  {describe(store.load(assessment_id))}")
    return EXIT_OK


# ----------------------------------------------------------------- report
def report_file_name(assessment: Assessment) -> str:
    return file_name(assessment.municipality.name, assessment.date, ".pdf")


def cmd_report(args: argparse.Namespace) -> int:
    with Store.open(_folder(args), readonly=True) as store:
        assessment = _target(store, args)
        history = store.history(assessment)
    from .report import write_report

    out = Path(args.out) if args.out else documents_dir() / report_file_name(assessment)
    written = write_report(assessment, history, out, lang=args.lang)
    print(f"Bericht geschrieben: {written} ({describe(assessment)})")
    return EXIT_OK


# ------------------------------------------------------------------ merge
def _is_file(source: str) -> bool:
    return source.lower().endswith(".json") or Path(source).is_file()


def _merge_sources(store: Store | None, sources: list[str]) -> tuple[list[Assessment], list[str]]:
    from .store.exchange import read_assessment_file

    assessments, names = [], []
    for source in sources:
        if _is_file(source):
            assessments.append(read_assessment_file(source))
            names.append(source)
        else:
            assessments.append(store.load(store.resolve(source)))
            names.append(f"ID {assessments[-1].id[:8]} ({describe(assessments[-1])})")
    return assessments, names


def merge_summary(merged: Assessment, result, count: int) -> str:
    """What ``merge`` prints, after the line that says where the draft is."""
    from .core.merge import question_number

    q = merged.questionnaire
    lines = [
        f"{count} Einschätzungen von {merged.municipality.name} zusammengeführt: "
        f"{len(result.questions)} von {len(q.questions())} Fragen beantwortet (Median je Frage)."
    ]
    if not result.discussion:
        lines.append("Kein Diskussionsbedarf: alle Antworten liegen höchstens eine Stufe auseinander.")
        return "\n".join(lines)
    n = len(result.discussion)
    lines.append(f"Diskussionsbedarf bei {n} {'Frage' if n == 1 else 'Fragen'} (Antworten zwei oder mehr Stufen auseinander):")
    for qid in result.discussion:
        low, high = result.questions[qid].spread
        lines.append(f"  {question_number(q, qid)}  {q.question(qid).text.get('de')} ({low} bis {high})")
    lines.append("Im Konsens-Workshop den Wert festlegen und die Notiz von „Diskussionsbedarf“ auf „Vereinbart“ ändern.")
    return "\n".join(lines)


def cmd_merge(args: argparse.Namespace) -> int:
    from .core.merge import merge_assessments
    from .store import exchange

    if args.out:
        if all(_is_file(s) for s in args.sources):
            assessments, names = _merge_sources(None, args.sources)
        else:
            with Store.open(_folder(args), readonly=True) as store:
                assessments, names = _merge_sources(store, args.sources)
        merged, result = merge_assessments(assessments, names)
        out = exchange.export_json(merged, args.out)
        print(f"Zusammengeführter Entwurf geschrieben: {out} (ID {merged.id[:8]}; 'smartcheck import' übernimmt ihn)")
    else:
        with Store.open(_folder(args)) as store:
            assessments, names = _merge_sources(store, args.sources)
            merged, result = merge_assessments(assessments, names)
            store.create(merged)
        print(f"Neuer Entwurf gespeichert: ID {merged.id[:8]} ({merged.municipality.name}); "
              "in SmartCheck mit „Entwurf fortsetzen“ öffnen.")
    print(merge_summary(merged, result, len(assessments)))
    return EXIT_OK


# -------------------------------------------------------- backups, restore
def _when(value: datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


def format_backups(folder: Path) -> str:
    """The backup copies for people: date, reason, number of assessments, file; newest first."""
    from .store import list_backups

    found = list_backups(folder)
    if not found:
        return (f"Im Datenordner {folder} gibt es noch keine Sicherungen. SmartCheck legt beim ersten Start "
                "eines Tages eine an, sobald Einschätzungen gespeichert sind.")
    header = ["Datum", "Anlass", "Einschätzungen", "Datei"]
    rows = [[_when(b.created), b.reason_text, "beschädigt" if b.damaged else str(b.assessments), b.path.name]
            for b in found]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = [f"Sicherungen in {found[0].path.parent} (neueste zuerst):", ""]
    lines += ["  ".join([*(c.ljust(w) for c, w in zip(r[:3], widths)), r[3]]) for r in [header, *rows]]
    damaged = [f"{b.path.name} ist beschädigt: {b.problem}" for b in found if b.damaged]
    lines += ["", *damaged] + ([""] if damaged else [])
    lines += ["'smartcheck restore --latest' stellt die neueste brauchbare Sicherung wieder her, "
              "'smartcheck restore DATEI' eine bestimmte; die bisherige Datenbank wird aufbewahrt."]
    return "\n".join(lines)


def cmd_backups(args: argparse.Namespace) -> int:
    print(format_backups(_folder(args)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .store import restore_backup
    from .store.database import assessments_text
    from .store.restore import find_backup, latest_backup

    folder = _folder(args)
    backup = latest_backup(folder) if args.latest else find_backup(folder, args.file)
    done = restore_backup(folder, backup)
    print(f"Wiederhergestellt: die Sicherung vom {_when(done.backup.created)} "
          f"({assessments_text(done.backup.assessments)}) aus {done.backup.path}")
    print(f"Sie ist jetzt die Datenbank {done.database}.")
    if done.kept_aside:
        print(f"Die bisherige Datenbank wurde aufbewahrt als {done.kept_aside}.")
    else:
        print("Es gab vorher keine Datenbank in diesem Datenordner.")
    return EXIT_OK


# ------------------------------------------------------------------- delete, reopen
def _in(args: argparse.Namespace, german: str, english: str) -> str:
    """The CLI's own message in the language of ``--lang`` / the locale."""
    return english if getattr(args, "ui_lang", "de") == "en" else german


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    """``--yes``, or a "j"/"y" typed at the terminal; without a terminal the answer is no."""
    import sys

    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(f"{question} Ohne Rückfrage nur mit --yes.",
                        english=f"{question} Without a terminal, only with --yes.")
    answer = input(f"{question} {_in(args, '[j/N]', '[y/N]')} ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def _name(a: Assessment) -> str:
    return f"{a.municipality.name}, {format_date(a.date)}, ID {a.id[:8]}"


def cmd_delete(args: argparse.Namespace) -> int:
    with Store.open(_folder(args)) as store:
        assessment = store.load(store.resolve(args.id))
        if not _confirmed(args, _in(args, f"Einschätzung {describe(assessment)} löschen?",
                                    f"Delete the assessment {_name(assessment)}?")):
            print(_in(args, "Nichts gelöscht.", "Nothing deleted."))
            return EXIT_OK
        store.delete(assessment.id)
        print(_in(args, f"Gelöscht: {describe(assessment)}.", f"Deleted: {_name(assessment)}."))
        print(_in(args, "Vorher wurde eine Sicherung angelegt; 'smartcheck backups' zeigt sie, "
                        "'smartcheck restore DATEI' holt sie zurück.",
                  "A backup was made first; 'smartcheck backups' lists it, 'smartcheck restore FILE' "
                  "brings it back."))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from .core.session import Session

    with Store.open(_folder(args)) as store:
        assessment = store.load(store.resolve(args.id))
        if assessment.status != Status.COMPLETE:
            raise UserError(f"Die Einschätzung {describe(assessment)} ist ein Entwurf und schon bearbeitbar.",
                            english=f"The assessment {_name(assessment)} is a draft and can be edited already.")
        Session(assessment, saver=store).reopen()
        print(_in(args, f"Wieder zur Bearbeitung geöffnet: {describe(assessment)}.",
                  f"Open for editing again: {_name(assessment)}."))
        print(_in(args, "Sie erscheint als Entwurf; im Programm mit „Entwurf fortsetzen“ ändern und erneut "
                        "abschließen.",
                  "It is listed as a draft; change it in the app with “Continue draft” and complete it again."))
    return EXIT_OK


HANDLERS = {
    "delete": cmd_delete,
    "reopen": cmd_reopen,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "merge": cmd_merge,
    "demo": cmd_demo,
    "list": cmd_list,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
}


def run(args: argparse.Namespace) -> int:
    return HANDLERS[args.command](args)
