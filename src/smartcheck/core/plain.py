"""What a listing row needs, in plain Python: no pydantic, so the home page draws before it is imported.

A leaf module (standard library only). ``core.values``, ``core.assessment`` and
``core.labels`` import these names from here and keep offering them; the home
page and the store's light read (``store/listing.py``) import them from here,
as importing pydantic and building the models takes most of a start.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

# The domain's limits that a listing row checks (core.values offers them with the others).
MAX_LEVEL = 4  # answers and readiness levels run 0..4 (domain.md)
FIRST_YEAR, LAST_YEAR = 1900, 2200  # every date in this range renders in every time zone


class Status(str, Enum):
    DRAFT = "draft"
    COMPLETE = "complete"


def text_key(text: str) -> str:
    """A text as it is compared: case-folded, each run of white space one space."""
    return " ".join(text.split()).casefold()


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_time(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


def format_date(moment: datetime | None, lang: str = "de") -> str:
    """27.11.2026 in German, 27 Nov 2026 in English (local time of the machine).

    Month names come from a fixed list, not from strftime, whose output follows
    the process locale (Qt sets it at start).
    """
    if moment is None:
        return ""
    local = local_time(moment)
    if lang == "en":
        return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year}"
    return f"{local.day:02d}.{local.month:02d}.{local.year}"
