"""The demo municipalities: "Musterstadt" (fictional, about 12,000 inhabitants,
own administration) and "Kleinhausen" (fictional Mitgliedsgemeinde of an Amt,
about 3,000 inhabitants, one completed assessment).

Musterstadt: three completed assessments a year apart (2024, 2025, 2026) and one draft.
The answers are derived per dimension from the small table ``LEVELS`` of
intended levels per year, so the demo fits whatever questions the
questionnaire has: for each dimension the scores are spread around the middle
of the intended level's band and checked against the scoring. Everything is
deterministic (the only randomness has a fixed seed per year and dimension).

The story: the organisation, storytelling and quick wins grow step by step;
cooperation with the neighbours stays where it was; the continuation
(Verstetigung) lags behind and becomes the main concern by 2026.
"""

from __future__ import annotations

import math
import random
import uuid
from datetime import UTC, datetime

from ..core.assessment import (
    UNKNOWN,
    Administration,
    Answer,
    Assessment,
    Municipality,
    MunicipalityType,
    QuickWinIdea,
    Respondent,
    SizeClass,
    Status,
    new_assessment,
)
from ..core.catalog import load
from ..core.context import applicability
from ..core.pages import REVIEW
from ..core.questionnaire import Dimension, Questionnaire
from ..core.scoring import score_dimension
from ..core.values import MAX_LEVEL
from ..paths import default_questionnaire_path
from .repository import Store

NAME = "Musterstadt"
YEARS = (2024, 2025, 2026)
# Intended level per dimension in 2024, 2025, 2026, and in the draft of autumn 2026.
LEVELS = {
    "organisation": (1, 2, 3, 3),
    "support": (1, 1, 2, 2),
    "continuity": (1, 1, 1, 2),
    "cooperation": (2, 2, 2, 2),
    "storytelling": (0, 2, 3, 3),
    "quick_wins": (1, 2, 3, 3),
    "prioritisation": (1, 1, 2, 3),
}
FALLBACK = ((1, 2, 3, 3), (1, 1, 2, 2), (0, 1, 1, 2), (2, 2, 2, 2), (1, 2, 2, 3))
TARGETS = {"continuity": 3, "cooperation": 3, "storytelling": 3, "quick_wins": 3}
IMPORTANCE = (
    {"organisation": 3, "quick_wins": 3},
    {"organisation": 3, "support": 3},
    {"continuity": 3, "cooperation": 3},
)
DATES = (  # (created, completed) in local office hours, stored as UTC
    ("2024-03-05T08:30:00", "2024-03-14T11:45:00"),
    ("2025-03-11T08:30:00", "2025-03-20T12:10:00"),
    ("2026-03-10T08:30:00", "2026-03-19T10:55:00"),
)
DRAFT_DATES = ("2026-10-06T08:30:00", "2026-10-13T15:20:00")

RESPONDENTS = (
    [("Bürgermeisterin", "Claudia Beispiel"), ("Hauptamtsleitung", "Thomas Muster")],
    [
        ("Bürgermeisterin", "Claudia Beispiel"),
        ("Hauptamtsleitung", "Thomas Muster"),
        ("Smart-City-Koordination", "Aylin Demir"),
        ("IT-Koordination", "Jonas Weber"),
    ],
    [
        ("Bürgermeisterin", "Claudia Beispiel"),
        ("Smart-City-Koordination", "Aylin Demir"),
        ("IT-Koordination", "Jonas Weber"),
        ("Kämmerei", "Sabine Hoffmann"),
        ("Bauamt", "Markus Klein"),
    ],
)
# Ratings 0-2 by the position of the questionnaire's quick-win criteria.
IDEAS = {
    "termine": (
        "Online-Terminvergabe im Bürgerbüro",
        "Termine für Pass und Ausweis rund um die Uhr buchen.",
        (2, 2, 1, 2, 1, 2, 2, 1, 1),
    ),
    "maengel": (
        "Digitaler Mängelmelder",
        "Schlaglöcher und defekte Laternen per App oder Webformular melden.",
        (2, 1, 2, 1, 1, 2, 2, 2, 1),
    ),
    "wlan": (
        "Freies WLAN am Marktplatz",
        "Öffentliches WLAN rund um Rathaus und Wochenmarkt.",
        (1, 0, 1, 0, 1, 2, 2, 1, 2),
    ),
    "baeume": (
        "Sensoren für den Gießbedarf der Stadtbäume",
        "Bodenfeuchte-Sensoren an 30 Jungbäumen; Gießpaten sehen den Bedarf online.",
        (1, 1, 2, 2, 1, 1, 2, 2, 2),
    ),
    "senioren": (
        "Smartphone-Sprechstunde für Ältere",
        "Monatliche Sprechstunde in der Stadtbücherei mit Ehrenamtlichen.",
        (2, 1, 2, 1, 2, 2, 2, 2, 1),
    ),
}
YEAR_IDEAS = (("termine", "maengel", "wlan"), ("maengel", "wlan", "baeume"), ("baeume", "senioren", "maengel"))
LEAD_NOTES = (
    "Zuständigkeit liegt bisher nebenbei beim Hauptamtsleiter.",
    "Seit Juli 2024 Smart-City-Koordinatorin mit halber Stelle.",
    "Koordinatorin jetzt mit voller Stelle; Team aus drei Fachbereichen.",
)
UNKNOWN_NOTE = "Bis zur nächsten Runde beim Fachbereich nachfragen."
STAGNATION_NOTE = "Austausch mit den Nachbargemeinden weiterhin nur informell."


def demo_id(part: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://smartcheck.invalid/demo/musterstadt/{part}"))


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _intended(dimension: Dimension, position: int, index: int) -> int:
    return LEVELS.get(dimension.id, FALLBACK[position % len(FALLBACK)])[index]


def _scores(q: Questionnaire, dimension: Dimension, level: int, open_ids: set[str], seed: str) -> dict[str, int]:
    """Scores for the answered questions whose mean lies inside ``level``'s band."""
    rng = random.Random(seed)
    low = q.levels[level].min_score
    high = q.levels[level + 1].min_score if level < MAX_LEVEL else float(MAX_LEVEL)
    ids = [x.id for x in dimension.questions if x.id not in open_ids]
    n = len(ids)
    margin = (high - low) * 0.2
    total = round(rng.uniform(low + margin, high - margin) * n)
    total = min(max(total, math.ceil(low * n - 1e-9)), math.ceil(high * n - 1e-9) - 1, MAX_LEVEL * n)
    base, extra = divmod(total, n)
    values = [base + (1 if i < extra else 0) for i in range(n)]
    rng.shuffle(values)
    for _ in range(n // 2):  # some spread, the sum stays the same
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j and values[i] < MAX_LEVEL and values[j] > 0:
            values[i] += 1
            values[j] -= 1
    scores = dict(zip(ids, values, strict=True))
    # A key question scored low caps the level: keep keys at the level or above.
    keys = [x.id for x in dimension.questions if x.key and x.id in scores]
    for key in keys:
        if scores[key] < level:
            donor = max((i for i in ids if i not in keys), key=lambda i: scores[i], default=None)
            if donor is not None and scores[donor] > scores[key]:
                scores[key], scores[donor] = scores[donor], scores[key]
    return scores


MUSTERSTADT = Municipality(
    name=NAME,
    type=MunicipalityType.STADT,
    size_class=SizeClass.FROM_5K,
    administration=Administration.OWN,
    population=12_400,
)


def _open_gates(q: Questionnaire, dimension: Dimension, scores: dict[str, int]) -> None:
    """Musterstadt has measures, partners, a quick win and a strategy: its gates stand open."""
    for gate in (x for x in dimension.questions if x.gate and x.id in scores):
        needed = max((x.when.min for x in q.questions() if x.when and x.when.question == gate.id), default=0)
        scores[gate.id] = max(scores[gate.id], needed)


def _answers(q: Questionnaire, index: int, dimensions: list[Dimension]) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for position, dimension in enumerate(q.dimensions):
        if dimension.id not in {d.id for d in dimensions}:
            continue
        level = _intended(dimension, position, index)
        # "weiß nicht" on one non-key question: in 2024 in three dimensions, then fewer.
        open_ids: set[str] = set()
        if position % (2 + index) == 1 and len(dimension.questions) >= 4:
            candidates = [x.id for x in dimension.questions if not x.key and x.allow_unknown]
            if candidates:
                open_ids.add(candidates[-1])
        for attempt in range(100):  # deterministic: the first seed whose opened gates keep the level
            seed = f"musterstadt-{index}-{dimension.id}" + (f"-{attempt}" if attempt else "")
            scores = _scores(q, dimension, level, open_ids, seed)
            _open_gates(q, dimension, scores)
            for question in dimension.questions:
                if question.id in open_ids:
                    answers[question.id] = Answer(value=UNKNOWN, note=UNKNOWN_NOTE)
                else:
                    answers[question.id] = Answer(value=scores[question.id])
            skip = applicability(q, MUSTERSTADT, answers)
            result = score_dimension(q, dimension, answers, dimension.target_suggestion, skip)
            if result.level == level and not result.provisional:
                break
        else:
            raise RuntimeError(f"demo: {dimension.id} ergibt Stufe {result.level} statt {level}")
    return answers


def _with_notes(q: Questionnaire, answers: dict[str, Answer], index: int) -> dict[str, Answer]:
    first = q.dimensions[0].questions[0].id
    if first in answers and index < len(LEAD_NOTES):
        answers[first] = Answer(value=answers[first].value, note=LEAD_NOTES[index])
    if index == 2:
        for d in q.dimensions:
            if d.id == "cooperation" and d.questions[0].id in answers:
                qid = d.questions[0].id
                answers[qid] = Answer(value=answers[qid].value, note=STAGNATION_NOTE)
    return answers


def _ideas(q: Questionnaire, index: int) -> list[QuickWinIdea]:
    criteria = [c.id for c in q.quick_win_criteria]
    ideas = []
    for key in YEAR_IDEAS[index]:
        title, description, ratings = IDEAS[key]
        ideas.append(
            QuickWinIdea(
                title=title,
                description=description,
                ratings={c: ratings[i % len(ratings)] for i, c in enumerate(criteria)},
            )
        )
    return ideas


def _assessment(q: Questionnaire, index: int, draft: bool) -> Assessment:
    dims = list(q.dimensions[: max(1, len(q.dimensions) // 2)]) if draft else list(q.dimensions)
    answers = _with_notes(q, _answers(q, 3 if draft else index, dims), index)
    people = RESPONDENTS[index]
    created, completed = DRAFT_DATES if draft else DATES[index]
    known = {d.id for d in q.dimensions}
    a = new_assessment(
        q,
        MUSTERSTADT.model_copy(),
        id=demo_id("entwurf-2026-herbst" if draft else str(YEARS[index])),
        respondents=[Respondent(role=role, name=name) for role, name in people],
        answers=answers,
        targets={d: t for d, t in TARGETS.items() if d in known},
        importance={d: w for d, w in IMPORTANCE[index].items() if d in known},
        quick_wins=_ideas(q, index),
        status=Status.DRAFT if draft else Status.COMPLETE,
        created_at=_utc(created),
        updated_at=_utc(completed),
        completed_at=None if draft else _utc(completed),
    )
    if draft:
        following = q.dimensions[len(dims)] if len(dims) < len(q.dimensions) else dims[-1]
        a.cursor = f"dimension:{following.id}"
    else:
        a.cursor = REVIEW
    return a


def demo_assessments(questionnaire: Questionnaire | None = None) -> list[Assessment]:
    """Musterstadt's three completed assessments (oldest first) and the draft."""
    q = questionnaire or load(default_questionnaire_path())
    return [_assessment(q, i, draft=False) for i in range(len(YEARS))] + [_assessment(q, 2, draft=True)]


# ------------------------------------------------------------------ Kleinhausen
SMALL_NAME = "Kleinhausen"
KLEINHAUSEN = Municipality(
    name=SMALL_NAME,
    type=MunicipalityType.GEMEINDE,
    size_class=SizeClass.UNDER_5K,
    administration=Administration.MEMBER,
    population=2_950,
)
# A Mitgliedsgemeinde at the start: the honorary mayor looks after it, the Amt
# helps now and then, no measures, partners, quick win or strategy yet.
SMALL_ANSWERS = {
    "organisation.lead": (1, "Der ehrenamtliche Bürgermeister kümmert sich nebenbei."),
    "organisation.mandate": (0, ""),
    "organisation.roles": (0, ""),
    "organisation.coordination": (1, "Absprachen mit dem Amt bei Bedarf."),
    "organisation.agile": (1, ""),
    "support.departments": (1, "Eine Kollegin im Amt hilft gelegentlich."),
    "support.leadership": (2, ""),
    "support.talks": (UNKNOWN, "Beim Amt nachfragen."),
    "continuity.measures": (1, "Ideen: Mängelmelder, Vereinskalender."),
    "continuity.data": (0, ""),
    "cooperation.exchange": (1, ""),
    "cooperation.partners": (1, ""),
    "cooperation.networks": (0, ""),
    "cooperation.reuse": (1, ""),
    "cooperation.local_partners": (2, "Der Heimatverein würde eine Smartphone-Sprechstunde übernehmen."),
    "cooperation.support_offers": (1, ""),
    "storytelling.terms": (0, ""),
    "storytelling.participation": (1, ""),
    "storytelling.feedback": (0, ""),
    "storytelling.user_orientation": (1, ""),
    "storytelling.digital_skills": (1, ""),
    "quick_wins.idea_list": (1, ""),
    "quick_wins.started": (1, ""),
    "prioritisation.strategy": (0, ""),
}


def small_demo_assessment(questionnaire: Questionnaire | None = None) -> Assessment:
    """Kleinhausen's one completed assessment (answers for the questions it is asked)."""
    q = questionnaire or load(default_questionnaire_path())
    known = {x.id for x in q.questions()}
    answers = {qid: Answer(value=value, note=note) for qid, (value, note) in SMALL_ANSWERS.items() if qid in known}
    if not answers:  # another questionnaire: a plain start for every question
        answers = {x.id: Answer(value=1) for x in q.questions()}
    return new_assessment(
        q,
        KLEINHAUSEN.model_copy(),
        id=demo_id("kleinhausen-2025"),
        respondents=[
            Respondent(role="Bürgermeister (ehrenamtlich)", name="Peter Klein"),
            Respondent(role="Amt, Hauptamt", name="Maria Schulz"),
        ],
        answers=answers,
        quick_wins=_ideas(q, 2)[1:],
        status=Status.COMPLETE,
        created_at=_utc("2025-11-04T17:00:00"),
        updated_at=_utc("2025-11-04T18:40:00"),
        completed_at=_utc("2025-11-04T18:40:00"),
        cursor=REVIEW,
    )


def add_demo(store: Store, questionnaire: Questionnaire | None = None, with_small: bool = False) -> list[str]:
    """Add what is missing of the demo; returns the ids added (empty if all were there).

    ``with_small`` adds Kleinhausen beside Musterstadt (``smartcheck demo`` does).
    """
    q = questionnaire or load(default_questionnaire_path())
    musterstadt = demo_assessments(q)
    made = musterstadt + ([small_demo_assessment(q)] if with_small else [])
    missing = [a for a in made if not store.exists(a.id)]
    store.create_many(missing)
    from .demo_measures import add_demo_measures  # the 2025 plan, adopted and tracked

    add_demo_measures(store, musterstadt[1], musterstadt[2], demo_id)
    return [a.id for a in missing]
