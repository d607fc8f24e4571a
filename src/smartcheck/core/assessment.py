"""An assessment: one municipality's answers to one questionnaire at one time.

Design record.

What is an answer?
    A score 0 to 4, or ``"unknown"`` ("weiß nicht"), or ``"na"`` ("trifft nicht
    zu"), with an optional note. A question without an entry is unanswered.

Why does an assessment carry a snapshot of its questionnaire?
    A report of 2024 must render the same after the shipped questionnaire has
    changed in 2026. The snapshot holds the whole questionnaire and its content
    hash; the store keeps each snapshot once per hash.

What do targets and importance mean?
    The target level (0-4) per dimension is what the team wants to reach in
    two to three years. The importance weight (1-3) per dimension only ranks
    recommendations; it never changes a score (domain.md B.3.5).

Why is the model not frozen?
    The wizard fills it answer by answer; each change is saved at once by the
    store. The scoring and the planning only read it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import Enum
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .measures import AdoptedMeasure
from .plain import Status as Status  # plain Python: the home page draws without pydantic
from .plain import municipality_key as municipality_key
from .plain import same_municipality as same_municipality
from .questionnaire import Questionnaire, content_hash
from .values import (
    ID_PATTERN,
    LINE_MAX,
    AnswerValue,
    Line,
    Moment,
    Name,
    OptionalName,
    Score,
    Short,
)

# The two answers beside the scale (values.AnswerValue spells them as its Literal).
UNKNOWN: Final = "unknown"
NOT_APPLICABLE: Final = "na"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class MunicipalityType(str, Enum):
    GEMEINDE = "gemeinde"
    STADT = "stadt"
    AMT = "amt"  # Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft
    LANDKREIS = "landkreis"
    OTHER = "other"


class SizeClass(str, Enum):
    UNDER_5K = "under_5k"
    FROM_5K = "5k_20k"
    FROM_20K = "20k_50k"
    OVER_50K = "over_50k"


class Administration(str, Enum):
    """Who does the administrative work for the municipality (questionnaire 2.0 context)."""

    OWN = "einheitsgemeinde"  # Einheitsgemeinde or Stadt with its own administration
    MEMBER = "mitgliedsgemeinde"  # member of an Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft
    AMT = "amt"  # the Amt (or Verbandsgemeinde ...) itself as the assessed unit


class Municipality(Model):
    name: Name
    # Amtlicher Gemeindeschlüssel: 8 digits (2 for a Land ... 8 for a Gemeinde).
    ags: Annotated[str, StringConstraints(pattern=r"^[0-9]{8}$")] | None = None
    type: MunicipalityType = MunicipalityType.GEMEINDE
    size_class: SizeClass = SizeClass.FROM_5K
    administration: Administration = Administration.OWN
    population: Annotated[int, Field(strict=True, ge=1, le=10_000_000)] | None = None


class Answer(Model):
    value: AnswerValue
    note: Short = ""

    @property
    def score(self) -> int | None:
        return self.value if isinstance(self.value, int) else None


class Respondent(Model):
    role: Name
    name: OptionalName = ""


class QuickWinIdea(Model):
    title: Annotated[Line, StringConstraints(min_length=1)]
    description: Short = ""
    # criterion id -> 0 (trifft nicht zu), 1 (teilweise), 2 (voll)
    ratings: dict[str, Annotated[int, Field(strict=True, ge=0, le=2)]] = Field(default_factory=dict)


Mode = Literal["full", "quick"]  # the whole check, or the Schnellcheck


class Snapshot(Model):
    """The questionnaire an assessment was answered with, and its content hash."""

    content_hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    questionnaire: Questionnaire


class Assessment(Model):
    id: Annotated[str, StringConstraints(pattern=ID_PATTERN)] = Field(default_factory=lambda: str(uuid.uuid4()))
    municipality: Municipality
    snapshot: Snapshot
    respondents: list[Respondent] = Field(default_factory=list)
    answers: dict[str, Answer] = Field(default_factory=dict)
    targets: dict[str, Score] = Field(default_factory=dict)
    importance: dict[str, Annotated[int, Field(strict=True, ge=1, le=3)]] = Field(default_factory=dict)
    quick_wins: list[QuickWinIdea] = Field(default_factory=list)
    status: Status = Status.DRAFT
    created_at: Moment = Field(default_factory=now)
    updated_at: Moment = Field(default_factory=now)
    completed_at: Moment | None = None
    # Where the wizard was, so a draft resumes at the same question.
    cursor: Annotated[str, StringConstraints(max_length=LINE_MAX)] | None = None
    # "quick": the Schnellcheck (key and gate questions only); "full" the whole check.
    mode: Mode = "full"

    @property
    def quick(self) -> bool:
        return self.mode == "quick"

    @property
    def questionnaire(self) -> Questionnaire:
        return self.snapshot.questionnaire

    @property
    def date(self) -> datetime:
        """The date a reader knows it by: completion, for a draft the last change."""
        return self.completed_at or self.updated_at

    def target(self, dimension_id: str) -> int:
        if dimension_id in self.targets:
            return self.targets[dimension_id]
        return self.questionnaire.dimension(dimension_id).target_suggestion

    def weight(self, dimension_id: str) -> int:
        return self.importance.get(dimension_id, 2)


ASSESSMENT_FORMAT: Final = "smartcheck.assessment"
ASSESSMENT_FORMAT_VERSION: Final = 2  # 2: optional ``measures``; version 1 files are read as before


class AssessmentFile(Model):
    """The exchange file of one assessment (``smartcheck export`` / ``import``)."""

    format: Literal["smartcheck.assessment"] = ASSESSMENT_FORMAT
    format_version: Literal[1, 2] = ASSESSMENT_FORMAT_VERSION
    exported_at: Moment = Field(default_factory=now)
    app_version: Annotated[str, StringConstraints(max_length=50)] = ""
    assessment: Assessment
    # Format 2: the measures adopted from this assessment's plan, with their status history.
    measures: list[AdoptedMeasure] = Field(
        default_factory=list,
        description="Format 2, optional: the measures adopted from this assessment's plan, each with its "
        "origin (assessment, question, recommendation id '<question id>:<band>'), owner, dates, planned hours "
        "and euros, success criterion and status history (date, status, note; oldest first). Status values: "
        "geplant, begonnen, erledigt, zurückgestellt, verworfen. 'number' is the local number and is given "
        "anew on import.",
    )


def new_assessment(questionnaire: Questionnaire, municipality: Municipality, **fields: Any) -> Assessment:
    snapshot = Snapshot(content_hash=content_hash(questionnaire), questionnaire=questionnaire)
    return Assessment(municipality=municipality, snapshot=snapshot, **fields)
