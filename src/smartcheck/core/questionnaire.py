"""The questionnaire: what is asked, how answers are scored, what is advised.

Design record, in question-and-answer form.

Why is every text a pair of German and English?
    German is the product language and English the second one. Both must be
    present for every text, so a questionnaire can never show an empty label
    in either language. :class:`Text` enforces that.

Why are options a list of exactly five?
    Each question offers five anchored options scored 0 to 4 by their position
    (domain.md B.2). The position *is* the score, so there is nothing to get out
    of step.

Why are "weiß nicht" and "trifft nicht zu" flags, not options?
    They are set apart from the scale and never scored; a question says whether
    it offers them (``allow_unknown``, ``allow_not_applicable``).

What are levels and cut-offs?
    Five levels 0 to 4 with a published lower bound each (``min_score``): a
    dimension's mean at or above the bound reaches the level. The first bound
    is 0 and the bounds rise strictly.

What does version 2.0 add? (all optional, so 1.0 snapshots still load)
    The municipality context decides which questions apply: ``applies_to``
    names the forms of administration a question is asked of, ``when`` ties a
    question to a gate question (``gate = true``) that must be answered at
    least ``min`` for it to apply. Items that do not apply are excluded, never
    scored 0 (see :mod:`.context` and :mod:`.scoring`). ``variants`` word a
    question differently where the owner differs (Amt vs. own Hauptamt).
    Recommendations declare ``requires`` (questions whose step comes first)
    and ``hours`` (staff hours). ``quick`` marks questions of the Schnellcheck
    (key and gate questions are always in it), ``fact`` questions of fact.
    The questionnaire carries a ``definition`` of Smart City and a ``glossary``.

Why are models frozen?
    A questionnaire is read once and then shared by the wizard, the scoring,
    the report and the store's snapshot; nobody may change it on the way.
"""

from __future__ import annotations

import hashlib
import json
from enum import Enum
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .values import MAX_LEVEL

FORMAT: Final = "smartcheck.questionnaire"
FORMAT_VERSION: Final = 1
OPTIONS = MAX_LEVEL + 1  # one anchored option per score 0..MAX_LEVEL
MAX_HOURS = 2000  # staff hours of one step: about a year's full-time work

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$", max_length=80)]
QuestionnaireId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$", max_length=80)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Text(Model):
    """A text in both product languages; neither may be empty."""

    de: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


class Effort(str, Enum):
    SMALL = "small"  # "gering" (questionnaire 2.0)
    QUICK_WIN = "quick_win"  # the 1.0 name of "small", kept so 1.0 snapshots load
    MEDIUM = "medium"
    LARGE = "large"


class Role(str, Enum):
    LEADERSHIP = "leadership"  # Verwaltungsspitze
    CENTRAL = "central"  # Hauptamt
    DEPARTMENT = "department"  # Fachbereich
    IT = "it"
    FINANCE = "finance"  # Kämmerei
    SMART_CITY_TEAM = "smart_city_team"
    COUNCIL = "council"  # Rat
    MAYOR = "mayor"  # Bürgermeister/in (often honorary in a Mitgliedsgemeinde)
    AMT = "amt"  # the Amt, Verbandsgemeinde ... that administers a Mitgliedsgemeinde


class Horizon(str, Enum):
    SHORT = "0-3"
    MEDIUM = "3-12"
    LONG = "12+"


class Recommendation(Model):
    """One concrete step, with who does it, how big it is and how to see it worked."""

    text: Text
    # Short nominal measure title for council papers and adopted measures
    # ("Vergabe-Tandem bilden und schulen"); questionnaire 1.0 has none.
    title: Text | None = None
    effort: Effort
    role: Role
    horizon: Horizon
    success: Text
    # Staff hours this step asks for (an estimate for the council), where known.
    hours: int | None = Field(default=None, ge=0, le=MAX_HOURS, strict=True)
    # Questions whose open step must come before this one in the plan.
    requires: list[Identifier] = Field(default_factory=list)


class Recommendations(Model):
    """Advice per answer band (domain.md B.7).

    ``low`` for scores 0-1 (how to start), ``middle`` for score 2 (how to make
    it binding), ``unknown`` for "weiß nicht" (who to ask), and optionally
    ``high`` for scores 3-4 (a hint for the next level).
    """

    low: Recommendation
    middle: Recommendation
    unknown: Recommendation
    high: Recommendation | None = None


AdministrationName = Literal["einheitsgemeinde", "mitgliedsgemeinde", "amt"]


class Condition(Model):
    """A question applies only when the gate question is scored at least ``min``."""

    question: Identifier
    min: int = Field(default=1, ge=1, le=MAX_LEVEL)


class Variant(Model):
    """Another wording of a question for some forms of administration."""

    administration: list[AdministrationName] = Field(min_length=1)
    text: Text
    help: Text | None = None
    options: list[Text] | None = Field(default=None, min_length=OPTIONS, max_length=OPTIONS)


class Question(Model):
    id: Identifier
    text: Text
    help: Text
    options: list[Text] = Field(min_length=OPTIONS, max_length=OPTIONS)
    key: bool = False
    allow_unknown: bool = True
    allow_not_applicable: bool = False
    source: Text
    example: Text | None = None
    related: list[Identifier] = Field(default_factory=list)
    recommendations: Recommendations
    # Questionnaire 2.0: context, gates, Schnellcheck, questions of fact.
    applies_to: list[AdministrationName] = Field(default_factory=list)  # empty: every form
    when: Condition | None = None
    gate: bool = False
    gate_note: Text | None = None  # shown when the gate is closed ("noch keine ...")
    variants: list[Variant] = Field(default_factory=list)
    quick: bool = False
    fact: bool = False

    @property
    def in_quick_check(self) -> bool:
        return self.key or self.gate or self.quick


class Level(Model):
    value: int = Field(ge=0, le=MAX_LEVEL, strict=True)
    name: Text
    min_score: float = Field(ge=0, le=MAX_LEVEL)
    description: Text


class Dimension(Model):
    id: Identifier
    name: Text
    description: Text
    source: Text
    target_suggestion: int = Field(default=3, ge=0, le=MAX_LEVEL, strict=True)
    levels: list[Text] = Field(min_length=OPTIONS, max_length=OPTIONS)
    questions: list[Question] = Field(min_length=1)


class AnswerScale(Model):
    """Generic labels of the scale and of the two answers set apart from it."""

    instruction: Text
    generic: list[Text] = Field(min_length=OPTIONS, max_length=OPTIONS)
    unknown: Text
    not_applicable: Text


class QuickWinCriterion(Model):
    id: Identifier
    name: Text
    help: Text
    group: Text | None = None  # 2.0: the criteria are grouped (Wolfsburg workshop 1)


class QuickWinExample(Model):
    title: Text
    origin: Text


class VersionMapping(Model):
    """Which questions of the previous version are unchanged (committed with the questionnaire)."""

    version: NonEmpty
    unchanged: list[Identifier] = Field(default_factory=list)


class GlossaryEntry(Model):
    term: Text
    definition: Text


class Questionnaire(Model):
    format: Literal["smartcheck.questionnaire"] = FORMAT
    format_version: Literal[1] = FORMAT_VERSION
    id: QuestionnaireId
    version: NonEmpty
    title: Text
    intro: Text
    source: Text
    answer_scale: AnswerScale
    levels: list[Level] = Field(min_length=OPTIONS, max_length=OPTIONS)
    dimensions: list[Dimension] = Field(min_length=1)
    quick_win_criteria: list[QuickWinCriterion] = Field(default_factory=list)
    quick_win_examples: list[QuickWinExample] = Field(default_factory=list)
    definition: Text | None = None  # what Smart City means for a small town (2.0)
    glossary: list[GlossaryEntry] = Field(default_factory=list)
    previous: VersionMapping | None = None

    # ----------------------------------------------------------------- lookups
    def questions(self) -> list[Question]:
        return [q for d in self.dimensions for q in d.questions]

    def question(self, question_id: str) -> Question:
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def dimension(self, dimension_id: str) -> Dimension:
        for d in self.dimensions:
            if d.id == dimension_id:
                return d
        raise KeyError(dimension_id)

    def dimension_of(self, question_id: str) -> Dimension:
        for d in self.dimensions:
            if any(q.id == question_id for q in d.questions):
                return d
        raise KeyError(question_id)

    def level_for(self, score: float) -> int:
        """The level a mean score reaches by the published cut-offs."""
        reached = 0
        for level in sorted(self.levels, key=lambda lv: lv.value):
            if score >= level.min_score - 1e-9:
                reached = level.value
        return reached

    def level_name(self, value: int, lang: str = "de") -> str:
        return self.levels[value].name.get(lang)


def question_numbers(questionnaire: Questionnaire) -> dict[str, str]:
    """Question id -> "2.3": the dimension's and the question's position, counted from 1."""
    return {
        question.id: f"{d_index}.{q_index}"
        for d_index, dimension in enumerate(questionnaire.dimensions, 1)
        for q_index, question in enumerate(dimension.questions, 1)
    }


def question_number(questionnaire: Questionnaire, question_id: str) -> str:
    """ "2.3" for one question; KeyError for an id the questionnaire does not have."""
    return question_numbers(questionnaire)[question_id]


# Fields added after 1.0: left out of the fingerprint while they hold their
# default, so a 1.0 questionnaire keeps the fingerprint it was stored with.
_LATER_FIELDS: dict[str, object] = {
    "hours": None,
    "requires": [],
    "applies_to": [],
    "when": None,
    "gate": False,
    "gate_note": None,
    "variants": [],
    "quick": False,
    "fact": False,
    "definition": None,
    "glossary": [],
    "group": None,
    "previous": None,
    "title": None,
}


def _prune(value: object) -> object:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if not (k in _LATER_FIELDS and v == _LATER_FIELDS[k])}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def content_hash(questionnaire: Questionnaire) -> str:
    """A stable fingerprint of the content (sha256 over canonical JSON)."""
    canonical = json.dumps(
        _prune(questionnaire.model_dump(mode="json")), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
