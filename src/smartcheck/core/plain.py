"""What a listing row needs, in plain Python: no pydantic, so the home page draws before it is imported.

A leaf module (standard library only). ``core.values``, ``core.assessment`` and
``core.labels`` import these names from here and keep offering them; the home
page and the store's light read (``store/listing.py``) import them from here,
as importing pydantic and building the models takes most of a start.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Protocol

# The domain's limits that a listing row checks (core.values offers them with the others).
MAX_LEVEL = 4  # answers and readiness levels run 0..4 (domain.md)
FIRST_YEAR, LAST_YEAR = 1900, 2200  # every date in this range renders in every time zone


class Status(str, Enum):
    DRAFT = "draft"
    COMPLETE = "complete"


def in_language(pair: tuple[str, str], lang: str = "de", **values: object) -> str:
    """The German or the English text of a ``(de, en)`` pair, with ``values`` filled in."""
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**values) if values else text


def text_key(text: str) -> str:
    """A text as it is compared: case-folded, each run of white space one space."""
    return " ".join(text.split()).casefold()


class Named(Protocol):
    """What the municipality rule reads: core.assessment.Municipality, or anything with these two."""

    @property
    def name(self) -> str: ...

    @property
    def ags(self) -> str | None: ...


def municipality_key(name: str) -> str:
    """A municipality's name as it is compared (the store's key of a municipality)."""
    return text_key(name)


def same_municipality(a: Named | str, b: Named | str) -> bool:
    """Are these the same municipality? The one rule for the store, the merge and the views.

    By the AGS when both carry one (two towns may share a name: Neustadt), else
    by :func:`municipality_key` of the names. A bare name (a listing row) is a
    municipality without AGS.
    """
    if not isinstance(a, str) and not isinstance(b, str) and a.ags and b.ags:
        return a.ags == b.ags
    name_a = a if isinstance(a, str) else a.name
    name_b = b if isinstance(b, str) else b.name
    return municipality_key(name_a) == municipality_key(name_b)


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def month_year(moment: date, lang: str = "de") -> str:
    """ "März 2026" / "March 2026" (a datetime in local time)."""
    if isinstance(moment, datetime):
        moment = local_time(moment)
    return f"{MONTH_NAMES['en' if lang == 'en' else 'de'][moment.month - 1]} {moment.year}"


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
