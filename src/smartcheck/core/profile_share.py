"""A profile file: what a municipality hands to its neighbours or its Amt.

Design record.

What does a profile file hold?
    Per dimension the level, the target and the coverage (answered of
    applicable questions), with the dimension's name and a fingerprint of its
    questions; the municipality's context (Verwaltungsform, size class, type);
    the questionnaire's id, version and content hash; the assessment's date;
    and the municipality's name unless the file is made anonymous.

What does it never hold?
    Single answers, notes, quick-win ideas, respondents (names of people or
    their roles), the population figure, the AGS or the assessment's id. The
    model has no field for any of them, and ``extra="forbid"`` refuses a file
    that tries to add one.

Why a fingerprint per dimension?
    Profiles are compared directly only when they were answered on the same
    questionnaire version. For the others, the region names the dimensions
    whose questions differ; the fingerprint (sha256 over the dimension's
    questions and level texts) shows which ones without shipping the
    questionnaire itself.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .assessment import Administration, Assessment, MunicipalityType, SizeClass, now
from .questionnaire import Dimension, Text
from .scoring import Profile, score
from .values import MAX_LEVEL, NAME_MAX

PROFILE_FORMAT: Final = "smartcheck.profile"
PROFILE_FORMAT_VERSION: Final = 1
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Level = Annotated[int, Field(ge=0, le=MAX_LEVEL)]
Count = Annotated[int, Field(ge=0, le=10_000)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProfileDimension(Model):
    id: Annotated[str, StringConstraints(max_length=80, min_length=1)]
    name: Text
    level: Level | None = Field(description="0-4; null when not assessable")
    target: Level
    answered: Count = Field(description="questions with a score 0-4")
    applicable: Count = Field(description="questions that apply (total minus 'trifft nicht zu')")
    provisional: bool = False
    fingerprint: Hash = Field(description="sha256 over the dimension's questions and level texts")


class ProfileMunicipality(Model):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX)] | None = Field(
        default=None, description="null in an anonymous profile"
    )
    type: MunicipalityType = MunicipalityType.GEMEINDE
    size_class: SizeClass = SizeClass.FROM_5K
    administration: Administration = Administration.OWN


class ProfileQuestionnaire(Model):
    id: Annotated[str, StringConstraints(max_length=80, min_length=1)]
    version: Annotated[str, StringConstraints(max_length=40, min_length=1)]
    content_hash: Hash


class ProfileFile(Model):
    """The shared profile of one completed assessment (``smartcheck share``)."""

    format: Literal["smartcheck.profile"] = PROFILE_FORMAT
    format_version: Literal[1] = PROFILE_FORMAT_VERSION
    exported_at: datetime = Field(default_factory=now)
    app_version: Annotated[str, StringConstraints(max_length=40)] = ""
    anonymous: bool = False
    date: datetime = Field(description="when the assessment was completed")
    municipality: ProfileMunicipality
    questionnaire: ProfileQuestionnaire
    dimensions: list[ProfileDimension] = Field(min_length=1, max_length=50)

    def dimension(self, dimension_id: str) -> ProfileDimension | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)


def dimension_fingerprint(dimension: Dimension) -> str:
    """sha256 over what decides a dimension's level: its questions and level texts."""
    body = {
        "questions": [q.model_dump(mode="json", include={"id", "text", "options", "key"}) for q in dimension.questions],
        "levels": [t.model_dump(mode="json") for t in dimension.levels],
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_profile(
    assessment: Assessment, anonymous: bool = False, app_version: str = "", profile: Profile | None = None
) -> ProfileFile:
    """The profile file of ``assessment``; only levels, targets, coverage and context."""
    profile = profile or score(assessment)
    q = assessment.questionnaire
    m = assessment.municipality
    return ProfileFile(
        app_version=app_version,
        anonymous=anonymous,
        date=assessment.date,
        municipality=ProfileMunicipality(
            name=None if anonymous else m.name, type=m.type, size_class=m.size_class, administration=m.administration
        ),
        questionnaire=ProfileQuestionnaire(id=q.id, version=q.version, content_hash=assessment.snapshot.content_hash),
        dimensions=[
            ProfileDimension(
                id=d.id,
                name=d.name,
                level=r.level if r.assessable else None,
                target=r.target,
                answered=r.answered,
                applicable=r.applicable,
                provisional=r.provisional,
                fingerprint=dimension_fingerprint(d),
            )
            for d, r in zip(q.dimensions, profile.dimensions, strict=True)
        ],
    )


def profile_json(document: ProfileFile) -> str:
    """The file's text, exactly as written and as shown before saving."""
    return document.model_dump_json(indent=2) + "\n"
