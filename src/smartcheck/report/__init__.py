"""The report: the Kurzfassung für den Rat and the full report (PDF, reportlab), and the
Kurzfassung as a Word file (python-docx).

Fed by the core's results only; never imports the store or the UI.
"""

from __future__ import annotations

from pathlib import Path

from ..core.assessment import Assessment
from ..core.errors import UserError
from ..core.findings import CouncilChoice

__all__ = ["FORMATS", "KINDS", "DEFAULT_KIND", "render_report", "write_report"]

KINDS = ("council", "full")
DEFAULT_KIND = "full"  # the Kurzfassung first, then the annex: one file to print and staple
FORMATS = {"council": ("pdf", "docx"), "full": ("pdf",)}


def render_report(assessment: Assessment, history: list[Assessment], lang: str = "de",
                  invariant: bool = False, kind: str = DEFAULT_KIND, fmt: str = "pdf",
                  choice: CouncilChoice | None = None) -> bytes:
    """The document as bytes. ``history``: completed assessments of the same municipality
    (may include ``assessment``); those dated before it give the changes and the trend.
    ``invariant``: byte-identical PDF output for the same input (fixed dates and IDs)."""
    if kind not in FORMATS:
        raise UserError(f"unbekannte Berichtsart '{kind}' (möglich: {', '.join(FORMATS)})")
    if fmt not in FORMATS[kind]:
        raise UserError(f"--format {fmt} gibt es nur für die Kurzfassung (--kind council); "
                        f"der vollständige Bericht (--kind {kind}) ist nur als PDF erhältlich")
    if fmt == "docx":
        from .docx_council import render_docx

        return render_docx(assessment, history, lang=lang, choice=choice)
    from .pdf import PdfReport

    return PdfReport(assessment, history, lang=lang, invariant=invariant, kind=kind, choice=choice).generate()


def write_report(assessment: Assessment, history: list[Assessment], out: Path, lang: str = "de",
                 invariant: bool = False, kind: str = DEFAULT_KIND, fmt: str = "pdf",
                 choice: CouncilChoice | None = None) -> Path:
    """Render and write atomically: a temporary file beside the target, then os.replace,
    retried a few times because antivirus or OneDrive may hold the target for a moment."""
    from ..atomic import write_atomic

    data = render_report(assessment, history, lang=lang, invariant=invariant, kind=kind, fmt=fmt, choice=choice)
    return write_atomic(out, data)
