"""The commands that look beyond one municipality: share, region, and the citizens' one-pager.

``share`` writes a profile file (levels, targets, coverage, context; never
answers, notes or names of people). ``region`` reads profile files with the
same limits as an import, prints them side by side and, with ``--out``,
writes the region paper; with ``--name`` the files are kept in the store as
a named region (and ``region --name X`` alone shows it again). ``report
--kind story`` writes the one-page story for citizens (PDF or, with
``--format txt``, Markdown on stdout or into ``--out``).
"""

from __future__ import annotations

import argparse

from . import __version__
from .cli_text import fail, language, named, say, tr
from .command_io import EXIT_OK, data_folder, echo, named_assessment, output_file
from .core.errors import terminal_safe
from .core.findings import report_file_name
from .core.region import Region, build_region
from .core.values import MAX_LEVEL
from .paths import documents_dir
from .store import Store


# ------------------------------------------------------------------ share
def cmd_share(args: argparse.Namespace) -> int:
    from .core.assessment import Status
    from .core.profile_share import build_profile
    from .store.profile_files import write_profile

    with Store.open(data_folder(args), readonly=True) as store:
        assessment = named_assessment(store, args)
    if assessment.status != Status.COMPLETE:
        raise fail("{what}: ein Entwurf wird nicht weitergegeben; bitte erst abschließen", what=named(assessment))
    document = build_profile(assessment, anonymous=args.anonym, app_version=__version__)
    out = write_profile(document, output_file(args, args.out))
    who = tr("anonym (ohne Namen der Kommune)") if args.anonym else assessment.municipality.name
    say(
        "Profil geschrieben: {out} ({who}; {count} Erfolgsfaktoren, keine Antworten, keine Notizen, "
        "keine Namen von Personen)",
        out=out,
        who=who,
        count=len(document.dimensions),
    )
    return EXIT_OK


# ----------------------------------------------------------------- region
def format_region(region: Region) -> str:
    """The region for the terminal: a table of levels, the median, distances, suggestions, notes."""
    if not region.members:
        lines = [tr("Keine Profile zum Vergleichen.")]
        return "\n".join(lines + region.duplicates)
    dims = region.dimensions
    header = [tr("Kommune")] + [f"D{i}" for i in range(1, len(dims) + 1)] + [tr("Abstand")]

    def num(v: float | None) -> str:
        return "–" if v is None else f"{v:.1f}".replace(".", ",").removesuffix(",0")

    rows = [["Median"] + [num(region.medians.get(d)) for d, _ in dims] + [""]]
    for m in region.members:
        rows.append(
            [("» " if m.own else "") + m.label]
            + ["–" if region.level(m, d) is None else str(region.level(m, d)) for d, _ in dims]
            + [num(region.distance(m))]
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        tr(
            "{count} Kommunen, Fragebogen {questionnaire}; Stufen 0–{top}, Abstand = mittlere Abweichung vom Median",
            count=len(region.members),
            questionnaire=region.questionnaire,
            top=MAX_LEVEL,
        )
        + (tr("; » = eigene Kommune") if any(m.own for m in region.members) else ""),
        "",
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]]
    lines += ["", ", ".join(f"D{i} {name}" for i, (_, name) in enumerate(dims, 1)), ""]
    lines += region.suggestions()
    for other in region.other_versions:
        changed = ", ".join(other.changed) or tr("keine Frage geändert")
        lines.append(
            tr(
                "Nicht direkt verglichen ({questionnaire}): {members}; geänderte Erfolgsfaktoren: {changed}",
                questionnaire=other.questionnaire,
                members=", ".join(other.members),
                changed=changed,
            )
        )
    lines += region.duplicates
    return "\n".join(lines)


def cmd_region(args: argparse.Namespace) -> int:
    from .store.profile_files import read_profiles
    from .store.regions import load_region, save_region

    if not args.files and not args.name:
        raise fail("region: Profildateien angeben oder mit --name eine gespeicherte Region öffnen")
    own = args.own
    if args.files:
        files = read_profiles(args.files)
        if args.name:
            with Store.open(data_folder(args)) as store:
                save_region(store, args.name, files, own)
            say("Region „{name}“ gespeichert ({count} Profile).", name=args.name.strip(), count=len(files))
    else:
        with Store.open(data_folder(args), readonly=True) as store:
            stored = load_region(store, args.name)
        files, own = stored.profiles, own or stored.own
    if own is None:  # the own municipality: the one whose assessments are in this data folder
        with Store.open(data_folder(args), readonly=True) as store:
            latest = store.latest(complete_only=True)
        own = latest.municipality.name if latest else None
    region = build_region(files, own=own, lang=args.lang)  # the paper's language
    echo(format_region(region if region.lang == language() else build_region(files, own=own, lang=language())))
    if args.out:
        from .report.region_pdf import write_region

        name = (args.name or "").strip()
        written = write_region(region, name, output_file(args, args.out), lang=args.lang)
        say("Regionspapier geschrieben: {out}", out=written)
    return EXIT_OK


# ------------------------------------------------------------------ story
def cmd_story(args: argparse.Namespace) -> int:
    from .core.story import build_story, story_text

    with Store.open(data_folder(args), readonly=True) as store:
        assessment = named_assessment(store, args)
        history = store.history(assessment)
    story = build_story(assessment, history, lang=args.lang, contact=args.contact)
    if args.fmt == "txt":
        text = story_text(story)
        if not args.out:
            print(terminal_safe(text), end="")
            return EXIT_OK
        from .atomic import write_atomic

        written = write_atomic(output_file(args, args.out), text.encode("utf-8"))
    else:
        from .report.story_pdf import write_story

        out = output_file(args, args.out or documents_dir() / report_file_name(assessment, "story", story.lang))
        written = write_story(story, out)
    say("Seite für Bürgerinnen und Bürger geschrieben: {out} ({what})", out=written, what=named(assessment))
    return EXIT_OK
