"""The profile as chart axes: one per dimension, with its level, target and the words for a gap.

One type for every chart of the profile: the PDF's dot chart and the Word
table of the Kurzfassung (report) and the result view's radar (ui) all draw
from :func:`profile_axes`, so they cannot disagree on a level or a label.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import level_label
from .questionnaire import Questionnaire
from .scoring import Profile


@dataclass(frozen=True)
class Axis:
    """One dimension of a profile chart."""

    label: str  # the dimension's name in the chart's language
    level: int | None  # None: not assessable or not answered
    target: int
    provisional: bool = False
    missing: str = ""  # what to write instead of a level ("noch nicht beantwortet", "nicht bewertbar")


def profile_axes(profile: Profile, questionnaire: Questionnaire, lang: str = "de") -> list[Axis]:
    """The axes of ``profile`` in the questionnaire's order of dimensions."""
    axes = []
    for result in profile.dimensions:
        assessed = result.assessable and result.level is not None
        axes.append(
            Axis(
                label=questionnaire.dimension(result.dimension_id).name.get(lang),
                level=result.level if assessed else None,
                target=result.target,
                provisional=result.provisional,
                missing="" if assessed else level_label(result, questionnaire, lang),
            )
        )
    return axes
