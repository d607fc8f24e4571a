"""The small test questionnaire and assessments on it, for the scoring, planning and session tests."""

from __future__ import annotations

from smartcheck.core.assessment import Answer, Assessment, Municipality, new_assessment
from smartcheck.core.catalog import load
from tests.conftest import DATA

MINI = load(DATA / "mini.toml")


def assess(answers: dict, **fields) -> Assessment:
    """An assessment of MINI with these answers (a value or an Answer per question id)."""
    a = new_assessment(MINI, Municipality(name="Teststadt"), **fields)
    a.answers = {qid: v if isinstance(v, Answer) else Answer(value=v) for qid, v in answers.items()}
    return a
