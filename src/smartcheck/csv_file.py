"""Writing a table as a CSV file a German Excel opens directly (base layer, beside ``atomic``).

Semicolons, UTF-8 with a byte order mark (umlauts intact), Windows line
ends. Text that starts like a formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return) gets a leading apostrophe, so a colleague's note cannot run
as a formula. Shared by every CSV export (answers, plan, measures), in store
or report, which may not import each other.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from .atomic import write_atomic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A cell's value, with an apostrophe before text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """Write ``header`` and ``rows`` atomically; returns the path written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return write_atomic(path, buffer.getvalue().encode("utf-8-sig"))


def yes_cell(flag: bool, lang: str = "de") -> str:
    """A yes/no column: "ja" / "yes" where it holds, empty where not."""
    if not flag:
        return ""
    return "yes" if lang == "en" else "ja"
