"""core.history: which two assessments "Vergleichen" shows, and how a repeat begins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from smartcheck.core.history import pair_to_compare, repeat_assessment


@dataclass(frozen=True)
class Row:
    id: str
    municipality: str
    status: str
    year: int

    @property
    def date(self) -> datetime:
        return datetime(self.year, 6, 1, tzinfo=UTC)


A1, A2, A3 = (Row(f"a{y}", "Astadt", "complete", y) for y in (2022, 2023, 2024))
B1 = Row("b1", "Bdorf", "complete", 2025)
DRAFT = Row("d", "Astadt", "draft", 2026)
ROWS = [DRAFT, B1, A3, A2, A1]  # newest first, as listed


def test_two_marked_completed_ones_are_compared_older_first():
    assert pair_to_compare(ROWS, [A3, A1]) == (A1, A3)


def test_one_marked_is_compared_with_the_one_before_it_of_the_same_municipality():
    assert pair_to_compare(ROWS, [A2]) == (A1, A2)
    assert pair_to_compare(ROWS, [A1]) == (A2, A3)  # the first: the two latest of its municipality
    assert pair_to_compare(ROWS, [A3, DRAFT]) == (A2, A3)  # a draft is never compared
    spelled = Row("c", " astadt ", "complete", 2025)  # the same municipality, spelled otherwise
    assert pair_to_compare([spelled, *ROWS], [spelled]) == (A3, spelled)


def test_nothing_marked_compares_the_two_latest_and_one_completed_is_no_pair():
    assert pair_to_compare(ROWS, []) == (A3, B1)
    assert pair_to_compare([A1, DRAFT], []) is None
    assert pair_to_compare([B1, A1], [B1]) == (A1, B1)  # no other of its municipality: the first two listed


def test_a_repeat_keeps_municipality_targets_and_weights_but_not_the_people(mini):
    questionnaire = mini
    first = repeat_assessment(questionnaire, None, "Meine Kommune")
    assert first.municipality.name == "Meine Kommune" and first.targets == {}
    dims = [d.id for d in questionnaire.dimensions]
    first.targets = {dims[0]: 3, "gone": 2}
    first.importance = {dims[1]: 3}
    first.respondents = []
    again = repeat_assessment(questionnaire, first, "unused")
    assert again.id != first.id and again.municipality == first.municipality
    assert again.targets == {dims[0]: 3} and again.importance == {dims[1]: 3}
    assert again.answers == {} and again.respondents == []
