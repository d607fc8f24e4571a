"""Rules for the values a user types or a file brings: one place for assessments and measures.

Strict integers (``true``, ``"3"`` and ``3.0`` are not an answer), names on one
line with a visible character, notes without control characters but tab and
line breaks, dates 1900-2200 (so every one renders in every time zone), ids
matched in full. Messages quote at most what ``core.errors.quote`` allows.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from .plain import FIRST_YEAR as FIRST_YEAR  # plain Python: the home page draws without pydantic
from .plain import LAST_YEAR as LAST_YEAR
from .plain import MAX_LEVEL as MAX_LEVEL
from .plain import text_key as text_key

# The domain's limits: one place each; models, widgets and text cutting read them from here.
NOTE_MAX = 2000  # a note, a description, a merged note
NAME_MAX = 200  # a municipality's, a person's or a profile's name
LINE_MAX = 300  # a one-line field: role, owner, success criterion

# Strict integers: true, "3" and 3.0 are not an answer, a level or a rating.
Score = Annotated[int, Field(strict=True, ge=0, le=MAX_LEVEL)]
AnswerValue = Score | Literal["unknown", "na"]
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"  # pydantic's regex: $ is the very end, no newline before it
# C0 and C1 control characters and the bidirectional overrides (which make text read
# differently from what it holds), and lone surrogates (not storable as UTF-8); notes keep tab, newline and carriage return (Windows line ends).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROL_IN_NOTE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _no_control(text: str, pattern: re.Pattern[str] = _CONTROL) -> str:
    found = pattern.search(text)
    if found:
        raise ValueError(f"enthält ein Steuerzeichen (U+{ord(found.group()):04X} an Stelle {found.start() + 1})")
    return text


def _single_line(text: str) -> str:
    return _no_control(text)


def _note(text: str) -> str:
    return _no_control(text, _CONTROL_IN_NOTE)


def _visible(text: str) -> str:
    """A name needs at least one letter, digit, punctuation mark or symbol (not only zero-width characters)."""
    if text and not any(unicodedata.category(c)[0] in "LNPS" for c in text):
        raise ValueError("enthält kein sichtbares Zeichen")
    return text


def _in_range(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    years = [moment.year]
    if moment.tzinfo is not None:
        years.append(moment.astimezone(UTC).year)
    if not all(FIRST_YEAR <= year <= LAST_YEAR for year in years):
        raise ValueError(f"Datum außerhalb {FIRST_YEAR}–{LAST_YEAR}: {moment.isoformat()[:40]}")
    if moment.tzinfo is not None and moment.utcoffset() is None:
        raise ValueError("Zeitzone ohne Abstand zu UTC")
    return moment


Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=NOTE_MAX), AfterValidator(_note)]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX),
    AfterValidator(_single_line),
    AfterValidator(_visible),
]
OptionalName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=NOTE_MAX),
    AfterValidator(_single_line),
    AfterValidator(_visible),
]
Moment = Annotated[datetime, AfterValidator(_in_range)]


def _day_in_range(day: date | None) -> date | None:
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"Datum außerhalb {FIRST_YEAR}–{LAST_YEAR}: {day.isoformat()}")
    return day


Day = Annotated[date, AfterValidator(_day_in_range)]
Line = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=LINE_MAX),
    AfterValidator(_single_line),
    AfterValidator(_visible),
]
