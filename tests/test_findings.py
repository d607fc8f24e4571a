"""The findings object and its one wording of numbers, changes, levels and file names."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck.core.catalog import load
from smartcheck.core.findings import (
    HOURS_BY_EFFORT,
    Findings,
    add_months,
    earlier,
    level_label,
    number,
    signed,
)
from smartcheck.core.questionnaire import Effort
from smartcheck.paths import default_questionnaire_path
from smartcheck.report.styles import typographic
from smartcheck.store.demo import demo_assessments


@pytest.mark.parametrize(
    "value, digits, de, en",
    [
        (1.0, 1, "+1,0", "+1.0"),
        (-0.6, 1, "−0,6", "−0.6"),
        (0.0, 1, "±0,0", "±0.0"),
        (0.04, 1, "±0,0", "±0.0"),
        (2, 0, "+2", "+2"),
        (-1, 0, "−1", "−1"),
        (0, 0, "±0", "±0"),
        (None, 0, "–", "–"),
    ],
)
def test_signed_changes_use_a_real_minus_and_one_form_of_zero(value, digits, de, en):
    assert signed(value, "de", digits) == de and signed(value, "en", digits) == en


def test_numbers_have_a_german_decimal_comma():
    assert number(2.25, "de") == "2,2" or number(2.25, "de") == "2,3"
    assert number(2.5, "de") == "2,5" and number(2.5, "en") == "2.5" and number(-1.5, "de") == "−1,5"


def test_earlier_keeps_completed_assessments_before_this_one_only():
    *done, draft = demo_assessments(load(default_questionnaire_path()))
    assert earlier(done + [draft], done[-1]) == done[:-1]
    assert earlier(done + [draft, draft], draft) == done  # the draft itself never counts
    findings = Findings(draft, done + [draft])
    assert findings.previous is done[-1] and findings.completed_count == len(done)


def test_levels_say_not_answered_apart_from_not_assessable():
    *done, draft = demo_assessments(load(default_questionnaire_path()))
    q = draft.questionnaire
    labels = {level_label(r, q) for r in Findings(draft, done).profile.dimensions}
    assert "noch nicht beantwortet" in labels
    assert any(label.startswith("Stufe ") for label in labels)


def test_hours_and_dates_of_the_proposal():
    *done, _draft = demo_assessments(load(default_questionnaire_path()))
    findings = Findings(done[-1], done)
    for p in findings.proposal():
        rec = p.measure.recommendation
        assert p.hours == (rec.hours if rec.hours is not None else HOURS_BY_EFFORT[rec.effort])
        assert p.due > findings.day
    assert HOURS_BY_EFFORT == {Effort.QUICK_WIN: 8, Effort.MEDIUM: 40, Effort.LARGE: 120}
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    custom = findings.proposal([3, 1], owners={3: "Herr Ober"}, dues={1: date(2027, 1, 5)})
    assert [p.number for p in custom] == [3, 1] and custom[0].owner == "Herr Ober"
    assert custom[1].due == date(2027, 1, 5)


def test_non_breaking_spaces_where_a_line_must_not_break():
    text = typographic("z. B. so, d. h. gut, n. b., Stufe 2 → 3, Nr. 4, 40 Std. und 45 %")
    for glued in (
        "z.\u00a0B.",
        "d.\u00a0h.",
        "n.\u00a0b.",
        "Stufe\u00a02",
        "→\u00a03",
        "\u00a0→",
        "Nr.\u00a04",
        "40\u00a0Std.",
        "45\u00a0%",
    ):
        assert glued in text
