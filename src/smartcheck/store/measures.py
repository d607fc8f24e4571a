"""Adopted measures in the SQLite file: adopt, list, change status (with history).

Design record.

Why a JSON body and a few columns?
    A measure is read whole (with its history) and changed whole; the columns
    (municipality, origin, status, due date) serve listing and filtering. Each
    write is one transaction of the store (``Store._write``): a status change
    is on the disk with its history entry, or not at all.

Which number does a measure get?
    The table's integer key, given at the first store and never reused for
    another measure: ``smartcheck measures set 3`` means the same measure
    tomorrow. An imported measure gets the next free number.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from pydantic import TypeAdapter, ValidationError

from ..core.assessment import municipality_key
from ..core.errors import UserError
from ..core.measures import AdoptedMeasure, MeasureStatus, Owner
from .repository import Store

_COLUMNS = "number, body"


def _row(measure: AdoptedMeasure) -> dict[str, object]:
    return {
        "id": measure.id,
        "municipality_key": municipality_key(measure.municipality),
        "assessment_id": measure.origin.assessment_id,
        "recommendation_id": measure.origin.recommendation_id,
        "status": measure.status.value,
        "due": measure.due.isoformat() if measure.due else None,
        "body": measure.model_dump_json(exclude={"number"}),
    }


def _with_number(number: int, body: str) -> str:
    """The stored body (which leaves the number out) with the number put in front."""
    return f'{{"number":{int(number)},{body[1:]}'


def _from_row(number: int, body: str) -> AdoptedMeasure:
    return AdoptedMeasure.model_validate_json(_with_number(number, body))


_MANY = TypeAdapter(list[AdoptedMeasure])


# Parsed measures by their stored text: the page, the home line and the reports read all measures
# again after every change; only changed rows are parsed again. Callers treat measures as values
# (a change is a new measure: ``with_status``, ``model_copy``), never change one in place.
_PARSED: dict[tuple[int, str], AdoptedMeasure] = {}
_PARSED_LIMIT = 20_000


def _from_rows(rows: list[tuple[int, str]]) -> list[AdoptedMeasure]:
    """The measures of many rows; new ones are validated in one call (a third of the time of one each)."""
    new = [row for row in dict.fromkeys(rows) if row not in _PARSED]
    if new:
        if len(_PARSED) + len(new) > _PARSED_LIMIT:
            _PARSED.clear()
        text = "[" + ",".join(_with_number(n, body) for n, body in new) + "]"
        _PARSED.update(zip(new, _MANY.validate_json(text), strict=True))
    return [_PARSED[row] for row in rows]


def status_counts(store: Store, today: date) -> dict[str, int]:
    """Per status value, overdue ones as ``"overdue"`` (as core.measures.counts), from the columns alone."""
    rows = store._read(
        "SELECT CASE WHEN status IN (?, ?) AND due < ? THEN 'overdue' ELSE status END, COUNT(*) "
        "FROM measures GROUP BY 1",
        (MeasureStatus.PLANNED.value, MeasureStatus.STARTED.value, today.isoformat()),
    )
    return dict(rows)


def insert(conn: sqlite3.Connection, measures: list[AdoptedMeasure]) -> list[int]:
    """Inside a transaction: store new measures; the same recommendation of the same
    assessment, or the same measure id, is not stored twice. Returns the numbers given."""
    numbers = []
    for m in measures:
        twice = conn.execute(
            "SELECT 1 FROM measures WHERE id = ? OR (assessment_id = ? AND recommendation_id = ?)",
            (m.id, m.origin.assessment_id, m.origin.recommendation_id),
        ).fetchone()
        if twice:
            continue
        cursor = conn.execute(
            "INSERT INTO measures (id, municipality_key, assessment_id, recommendation_id, status, due, body) "
            "VALUES (:id, :municipality_key, :assessment_id, :recommendation_id, :status, :due, :body)",
            _row(m),
        )
        assert cursor.lastrowid is not None  # an INSERT has a row id
        numbers.append(cursor.lastrowid)
    return numbers


def add_measures(store: Store, measures: list[AdoptedMeasure]) -> list[int]:
    """Adopt measures in one transaction; returns the numbers of those newly stored."""
    with store._write() as conn:
        return insert(conn, measures)


def list_measures(
    store: Store, status: MeasureStatus | None = None, municipality: str | None = None, assessment_id: str | None = None
) -> list[AdoptedMeasure]:
    """Stored measures by number, optionally of one status, municipality or origin assessment."""
    where, params = [], []
    if status is not None:
        where.append("status = ?")
        params.append(status.value)
    if municipality is not None:
        where.append("municipality_key = ?")
        params.append(municipality_key(municipality))
    if assessment_id is not None:
        where.append("assessment_id = ?")
        params.append(assessment_id)
    sql = f"SELECT {_COLUMNS} FROM measures"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return _from_rows([tuple(r) for r in store._read(sql + " ORDER BY number", tuple(params))])


def get_measure(store: Store, number: int) -> AdoptedMeasure:
    rows = store._read(f"SELECT {_COLUMNS} FROM measures WHERE number = ?", (number,))
    if not rows:
        raise UserError(
            f"Keine Maßnahme mit der Nummer {number} gespeichert ('smartcheck measures' zeigt alle).",
            english=f"No measure with the number {number} is stored ('smartcheck measures' lists all).",
        )
    return _from_row(*rows[0])


def set_status(
    store: Store,
    number: int,
    status: MeasureStatus,
    note: str = "",
    owner: str | None = None,
    due: date | None = None,
    day: date | None = None,
) -> AdoptedMeasure:
    """Record a status change (with date and note) and optionally a new owner name or due date;
    one transaction. Returns the measure as stored."""
    day = day or date.today()
    try:
        return _set_status(store, number, status, note, owner, due, day)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise UserError(
            f"Maßnahme {number}: ungültige Angabe ({problems}); nichts geändert.",
            english=f"Measure {number}: invalid entry ({problems}); nothing was changed.",
        ) from None


def _set_status(
    store: Store, number: int, status: MeasureStatus, note: str, owner: str | None, due: date | None, day: date
) -> AdoptedMeasure:
    with store._write() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM measures WHERE number = ?", (number,)).fetchall()
        if not rows:
            raise UserError(
                f"Keine Maßnahme mit der Nummer {number} gespeichert ('smartcheck measures' zeigt alle).",
                english=f"No measure with the number {number} is stored ('smartcheck measures' lists all).",
            )
        measure = _from_row(*rows[0]).with_status(status, day, note)
        update: dict[str, object] = {}
        if owner is not None:
            update["owner"] = Owner(role=measure.owner.role, name=owner)
        if due is not None:
            update["due"] = due
        if update:
            measure = measure.model_copy(update=update)
        measure = AdoptedMeasure.model_validate(measure.model_dump())  # checks the lengths of note and owner
        row = _row(measure)
        conn.execute(
            "UPDATE measures SET status = :status, due = :due, body = :body WHERE number = :number",
            {**row, "number": number},
        )
    return measure


def count_measures(store: Store) -> int:
    return int(store._read("SELECT COUNT(*) FROM measures")[0][0])


def measure_numbers(
    store: Store,
    status: MeasureStatus | None = None,
    overdue_on: date | None = None,
    due_by: date | None = None,
    owner: str = "",
) -> list[int]:
    """The numbers of the measures that pass the filters, in order; read from the columns (the owner from
    the body), so a page can show the first rows without reading every measure.

    ``overdue_on``: only measures overdue on that day (core.measures.AdoptedMeasure.overdue);
    ``due_by``: only planned or begun measures due on or before that day; ``owner``: a piece of the
    owner's name or role, any case."""
    running = (MeasureStatus.PLANNED.value, MeasureStatus.STARTED.value)
    where, params = [], []
    if status is not None:
        where.append("status = ?")
        params.append(status.value)
    if overdue_on is not None:
        where.append("status IN (?, ?) AND due < ?")
        params += [*running, overdue_on.isoformat()]
    if due_by is not None:
        where.append("status IN (?, ?) AND due <= ?")
        params += [*running, due_by.isoformat()]
    columns = "number, json_extract(body, '$.owner.name'), json_extract(body, '$.owner.role')" if owner else "number"
    sql = f"SELECT {columns} FROM measures" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY number"
    rows = store._read(sql, tuple(params))
    if not owner:
        return [r[0] for r in rows]
    wanted = owner.strip().casefold()
    return [r[0] for r in rows if wanted in f"{r[1] or ''} ({r[2] or ''})".casefold()]


def measures_by_number(store: Store, numbers: list[int]) -> list[AdoptedMeasure]:
    """The measures with these numbers, in the order given (unknown numbers are left out)."""
    found: dict[int, AdoptedMeasure] = {}
    for start in range(0, len(numbers), 500):  # SQLite's limit of parameters
        chunk = numbers[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = store._read(f"SELECT {_COLUMNS} FROM measures WHERE number IN ({marks})", tuple(chunk))
        found.update((m.number, m) for m in _from_rows([tuple(r) for r in rows]))
    return [found[n] for n in numbers if n in found]
