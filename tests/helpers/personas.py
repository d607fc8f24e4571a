"""Three municipalities the questionnaire 2.0 must fit (issue 11), as answer sets.

Answers are given question by question in the questionnaire's order, only to the
questions the municipality is asked at that moment (context and gates), the way
the wizard asks them: a gate answered "no" means its dependents are never seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smartcheck.core.assessment import Administration, Answer, Assessment, Municipality, Status, new_assessment
from smartcheck.core.context import not_applicable_reason
from smartcheck.core.questionnaire import Questionnaire


@dataclass(frozen=True)
class Persona:
    name: str
    municipality: Municipality
    base: dict[str, int]  # dimension id -> usual score
    answers: dict[str, int | str] = field(default_factory=dict)  # question id -> score or "unknown"


VILLAGE = Persona(
    "Amt-run village of 2,800 with nothing yet",
    Municipality(name="Kleindorf", administration=Administration.MEMBER, population=2_800),
    base={
        "organisation": 0,
        "support": 1,
        "continuity": 0,
        "cooperation": 1,
        "storytelling": 0,
        "quick_wins": 0,
        "prioritisation": 0,
    },
    answers={
        "organisation.lead": 0,
        "organisation.mandate": 0,
        "continuity.measures": 0,
        "cooperation.partners": 0,
        "quick_wins.started": 0,
        "prioritisation.strategy": 0,
        "support.leadership": 1,
        "support.talks": "unknown",
    },
)
SMALL_TOWN = Persona(
    "small town of 12,000 with a part-time lead and two measures",
    Municipality(name="Mittelstadt", administration=Administration.OWN, population=12_000),
    base={
        "organisation": 2,
        "support": 1,
        "continuity": 1,
        "cooperation": 1,
        "storytelling": 1,
        "quick_wins": 2,
        "prioritisation": 1,
    },
    answers={
        "organisation.lead": 2,
        "organisation.mandate": 2,
        "continuity.measures": 3,
        "cooperation.partners": 1,
        "quick_wins.started": 3,
        "quick_wins.delivered": 2,
        "prioritisation.strategy": 1,
        "continuity.procurement": 1,
    },
)
MODEL_TOWN = Persona(
    "town of 40,000 like a Modellprojekt",
    Municipality(name="Modellstadt", administration=Administration.OWN, population=40_000),
    base={
        "organisation": 3,
        "support": 3,
        "continuity": 2,
        "cooperation": 3,
        "storytelling": 3,
        "quick_wins": 3,
        "prioritisation": 3,
    },
    answers={
        "organisation.lead": 4,
        "organisation.mandate": 4,
        "continuity.measures": 4,
        "cooperation.partners": 4,
        "quick_wins.started": 4,
        "prioritisation.strategy": 3,
        "continuity.plan": 2,
        "continuity.procurement": 2,
    },
)
PERSONAS = (VILLAGE, SMALL_TOWN, MODEL_TOWN)


def answered(persona: Persona, questionnaire: Questionnaire) -> Assessment:
    """The persona's completed assessment: every question it is asked, answered."""
    answers: dict[str, Answer] = {}
    for dimension in questionnaire.dimensions:
        for question in dimension.questions:
            if not_applicable_reason(question, persona.municipality, answers):
                continue
            value = persona.answers.get(question.id, persona.base[dimension.id])
            answers[question.id] = Answer(value=value)
    return new_assessment(questionnaire, persona.municipality.model_copy(), answers=answers, status=Status.COMPLETE)
