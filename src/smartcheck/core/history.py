"""Which assessment follows which: the pair to compare and how a repeat begins.

Design record.

Which two assessments does "Vergleichen" show?
    Two completed ones, the older first. With exactly two completed ones marked,
    those two. With one marked, it and the completed assessment of the same
    municipality dated just before it; if it is the first, the two latest of its
    municipality. With none marked, the two latest completed assessments of any
    municipality (of the same one when the latest has a predecessor); failing
    that, the first two completed in the list.

How does a repeat assessment begin?
    A new assessment of the latest completed one's municipality, with its targets
    and importance weights for the dimensions the new questionnaire still has. The
    respondents are not carried over: someone else may answer this time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from .assessment import Assessment, Municipality, Status, new_assessment, same_municipality
from .questionnaire import Questionnaire


class Listed(Protocol):
    """What the pair rule reads of a listed assessment (a store summary)."""

    @property
    def status(self) -> str: ...

    @property
    def date(self) -> datetime: ...

    @property
    def municipality(self) -> str: ...


L = TypeVar("L", bound=Listed)


def completed(rows: Sequence[L]) -> list[L]:
    return [r for r in rows if r.status == Status.COMPLETE]


def pair_to_compare(rows: Sequence[L], chosen: Sequence[L]) -> tuple[L, L] | None:
    """(older, newer) completed assessments to compare, given the list and the marked rows."""
    pair = completed(chosen)
    if len(pair) != 2:
        current = pair[0] if pair else None
        pool = sorted(
            (r for r in completed(rows) if current is None or same_municipality(r.municipality, current.municipality)),
            key=lambda r: r.date,
        )
        if current is not None and current in pool and pool.index(current) > 0:
            pair = [pool[pool.index(current) - 1], current]
        else:
            pair = pool[-2:] if len(pool) >= 2 else completed(rows)[:2]
    if len(pair) != 2:
        return None
    older, newer = sorted(pair, key=lambda r: r.date)
    return older, newer


def repeat_assessment(questionnaire: Questionnaire, latest: Assessment | None, name: str) -> Assessment:
    """A new assessment: a repeat of ``latest`` (see above), or one of a municipality called ``name``."""
    if latest is None:
        return new_assessment(questionnaire, Municipality(name=name))
    dims = {d.id for d in questionnaire.dimensions}
    return new_assessment(
        questionnaire,
        latest.municipality.model_copy(),
        targets={k: v for k, v in latest.targets.items() if k in dims},
        importance={k: v for k, v in latest.importance.items() if k in dims},
    )
