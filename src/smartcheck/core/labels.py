"""Display names of the fixed vocabularies, in German and English."""

from __future__ import annotations

import re
from datetime import datetime

from .assessment import Administration, Assessment, MunicipalityType, SizeClass, Status
from .plain import MONTHS_EN as MONTHS_EN  # plain: the home page
from .plain import format_date as format_date
from .plain import in_language
from .plain import local_time as local_time
from .questionnaire import Effort, Horizon, Role

_LABELS: dict[object, tuple[str, str]] = {
    # "Aufwand: gering" (not "Quick Win": quick wins are the ideas rated on the report's criteria)
    Effort.SMALL: ("gering", "low"),
    Effort.QUICK_WIN: ("gering", "low"),  # the 1.0 name of the same value
    Effort.MEDIUM: ("mittel", "medium"),
    Effort.LARGE: ("hoch", "high"),
    Role.LEADERSHIP: ("Verwaltungsspitze", "Head of administration"),
    Role.CENTRAL: ("Hauptamt", "Central administration"),
    Role.DEPARTMENT: ("Fachbereich", "Department"),
    Role.IT: ("IT", "IT"),
    Role.FINANCE: ("Kämmerei", "Finance"),
    Role.SMART_CITY_TEAM: ("Smart-City-Team", "Smart city team"),
    Role.COUNCIL: ("Rat", "Council"),
    Role.MAYOR: ("Bürgermeister/in", "Mayor"),
    Role.AMT: ("Amt (Amtsverwaltung)", "Amt (joint administration)"),
    Horizon.SHORT: ("0–3 Monate", "0–3 months"),
    Horizon.MEDIUM: ("3–12 Monate", "3–12 months"),
    Horizon.LONG: ("über 12 Monate", "over 12 months"),
    MunicipalityType.GEMEINDE: ("Gemeinde", "Municipality"),
    MunicipalityType.STADT: ("Stadt", "Town"),
    MunicipalityType.AMT: ("Amt / Verbandsgemeinde", "Joint administration"),
    MunicipalityType.LANDKREIS: ("Landkreis", "District"),
    MunicipalityType.OTHER: ("Sonstige", "Other"),
    SizeClass.UNDER_5K: ("unter 5.000 Einwohner", "under 5,000 inhabitants"),
    SizeClass.FROM_5K: ("5.000 bis 20.000 Einwohner", "5,000 to 20,000 inhabitants"),
    SizeClass.FROM_20K: ("20.000 bis 50.000 Einwohner", "20,000 to 50,000 inhabitants"),
    SizeClass.OVER_50K: ("über 50.000 Einwohner", "over 50,000 inhabitants"),
    Administration.OWN: ("Einheitsgemeinde / Stadt mit eigener Verwaltung", "Municipality with its own administration"),
    Administration.MEMBER: (
        "Mitgliedsgemeinde (Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft)",
        "Member municipality of a joint administration",
    ),
    Administration.AMT: ("Amt / Verbandsgemeinde als Ganzes", "Joint administration as a whole"),
    Status.DRAFT: ("Entwurf", "Draft"),
    Status.COMPLETE: ("abgeschlossen", "complete"),
}

# 0 is "nicht erfüllt": "trifft nicht zu" means the excluded not-applicable answer
QUICK_WIN_RATINGS = (("nicht erfüllt", "not met"), ("teilweise", "partly"), ("voll", "fully"))


def label(value: object, lang: str = "de") -> str:
    return in_language(_LABELS[value], lang)


def rating_label(rating: int, lang: str = "de") -> str:
    return in_language(QUICK_WIN_RATINGS[rating], lang)


def describe(assessment: Assessment) -> str:
    """How an assessment is named in a message: municipality, state and date, short id."""
    when = "abgeschlossen am" if assessment.status == Status.COMPLETE else "Entwurf vom"
    return f"{assessment.municipality.name}, {when} {format_date(assessment.date)}, ID {assessment.id[:8]}"


def file_name(municipality: str, date: datetime, suffix: str) -> str:
    """``SmartCheck-<Kommune>-<YYYY-MM-DD><suffix>``, safe on every file system."""
    name = re.sub(r"[^\w-]+", "-", municipality, flags=re.UNICODE).strip("-_") or "Kommune"
    return f"SmartCheck-{name[:60]}-{local_time(date):%Y-%m-%d}{suffix}"
