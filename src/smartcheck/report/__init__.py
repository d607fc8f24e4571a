"""The report: the Kurzfassung für den Rat and the full report (PDF, reportlab), and the
Kurzfassung as a Word file (python-docx).

Fed by the core's results only; never imports the store or the UI.
"""

from __future__ import annotations

from pathlib import Path

from ..core.assessment import Assessment
from ..core.errors import UserError
from ..core.findings import CouncilChoice
from ..core.measures import AdoptedMeasure

__all__ = ["FORMATS", "KINDS", "DEFAULT_KIND", "render_report", "write_report"]

KINDS = ("council", "full", "progress", "story")
DEFAULT_KIND = "full"  # the Kurzfassung first, then the annex: one file to print and staple
# The formats each kind is written in. ``progress`` (report/progress_report.py) and ``story``
# (report/story_pdf.py) have their own entry points; render_report builds council and full.
FORMATS = {"council": ("pdf", "docx"), "full": ("pdf",), "progress": ("pdf",), "story": ("pdf", "txt")}


def format_problem(kind: str, fmt: str, lang: str = "de") -> str | None:
    """Why ``fmt`` can't be written for ``kind``, in words for the user; None if it can."""
    if fmt in FORMATS.get(kind, ()):
        return None
    takers = [k for k, formats in FORMATS.items() if fmt in formats]
    if lang == "en":
        return (
            f"--format {fmt} is only for {' and '.join('--kind ' + k for k in takers)}; "
            f"--kind {kind} is written as {', '.join(FORMATS.get(kind, ()))}"
        )
    return (
        f"--format {fmt} gibt es nur für {' und '.join('--kind ' + k for k in takers)}; "
        f"--kind {kind} gibt es als {', '.join(FORMATS.get(kind, ()))}"
    )


def render_report(
    assessment: Assessment,
    history: list[Assessment],
    lang: str = "de",
    invariant: bool = False,
    kind: str = DEFAULT_KIND,
    fmt: str = "pdf",
    choice: CouncilChoice | None = None,
    measures: list[AdoptedMeasure] | None = None,
) -> bytes:
    """The document as bytes. ``history``: completed assessments of the same municipality
    (may include ``assessment``); those dated before it give the changes and the trend.
    ``invariant``: byte-identical PDF output for the same input (fixed dates and IDs).
    ``measures``: the municipality's adopted measures; those adopted before ``assessment``
    give the Umsetzungsstand (a sentence in the Kurzfassung, a section in the annex)."""
    if kind not in ("council", "full"):
        raise UserError(f"unbekannte Berichtsart '{kind}' (möglich: council, full)")
    problem = format_problem(kind, fmt)
    if problem:
        raise UserError(problem, english=format_problem(kind, fmt, "en"))
    if fmt == "docx":
        from .docx_council import render_docx

        return render_docx(assessment, history, lang=lang, choice=choice, measures=measures)
    from .pdf import PdfReport

    return PdfReport(
        assessment, history, lang=lang, invariant=invariant, kind=kind, choice=choice, measures=measures
    ).generate()


def write_report(
    assessment: Assessment,
    history: list[Assessment],
    out: Path,
    lang: str = "de",
    invariant: bool = False,
    kind: str = DEFAULT_KIND,
    fmt: str = "pdf",
    choice: CouncilChoice | None = None,
    measures: list[AdoptedMeasure] | None = None,
) -> Path:
    """Render and write atomically: a temporary file beside the target, then os.replace,
    retried a few times because antivirus or OneDrive may hold the target for a moment."""
    from ..atomic import write_atomic

    data = render_report(
        assessment, history, lang=lang, invariant=invariant, kind=kind, fmt=fmt, choice=choice, measures=measures
    )
    return write_atomic(out, data)
