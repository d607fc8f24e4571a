"""The PDF report: a council-ready handout of one assessment (reportlab).

Fed by the core's results only; never imports the store or the UI.
"""

from __future__ import annotations

from pathlib import Path

from ..core.assessment import Assessment

__all__ = ["render_report", "write_report"]


def render_report(assessment: Assessment, history: list[Assessment], lang: str = "de",
                  invariant: bool = False) -> bytes:
    """The PDF as bytes. ``history``: completed assessments of the same municipality
    (may include ``assessment``); those dated before it give the changes and the trend.
    ``invariant``: byte-identical output for the same input (fixed dates and IDs)."""
    from .pdf import PdfReport

    return PdfReport(assessment, history, lang=lang, invariant=invariant).generate()


def write_report(assessment: Assessment, history: list[Assessment], out: Path, lang: str = "de",
                 invariant: bool = False) -> Path:
    """Render and write atomically: a temporary file beside the target, then os.replace,
    retried a few times because antivirus or OneDrive may hold the target for a moment."""
    from ..atomic import write_atomic

    return write_atomic(out, render_report(assessment, history, lang=lang, invariant=invariant))
