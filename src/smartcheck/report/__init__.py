"""The PDF report: a council-ready handout of one assessment (reportlab).

Fed by the core's results only; never imports the store or the UI.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from ..core.assessment import Assessment
from ..core.errors import UserError

__all__ = ["render_report", "write_report"]

REPLACE_ATTEMPTS = 5


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
    out = Path(out)
    data = render_report(assessment, history, lang=lang, invariant=invariant)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as error:
        raise UserError(f"{out}: PDF kann nicht geschrieben werden ({error.strerror or error})") from None
    try:
        if os.name == "posix":
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is an ordinary document
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(REPLACE_ATTEMPTS):
            try:
                os.replace(tmp, out)
                break
            except PermissionError as error:
                if attempt == REPLACE_ATTEMPTS - 1:
                    raise UserError(
                        f"{out}: PDF kann nicht geschrieben werden – ist die Datei noch in einem "
                        f"anderen Programm geöffnet? ({error.strerror or error})"
                    ) from None
                time.sleep(0.2 * (attempt + 1))
    except OSError as error:
        raise UserError(f"{out}: PDF kann nicht geschrieben werden ({error.strerror or error})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out
