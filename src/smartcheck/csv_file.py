"""CSV files as a German Excel opens them: semicolons, UTF-8 with a byte order mark.

Text that starts like a formula (``=``, ``+``, ``-``, ``@``, tab, carriage
return) gets a leading apostrophe, so a colleague's note cannot run as a
formula. Base layer beside :mod:`smartcheck.atomic`: the store (answers,
measures) and the report (action plan) write their CSV files through it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from .atomic import write_atomic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """Write ``header`` and ``rows`` atomically; returns the path written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return write_atomic(path, buffer.getvalue().encode("utf-8-sig"))


def yes_cell(flag: bool, lang: str = "de") -> str:
    """A yes/no column: "ja" / "yes" where it holds, empty where not."""
    if not flag:
        return ""
    return "yes" if lang == "en" else "ja"
