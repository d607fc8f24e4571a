"""The Store: assessments in and out of the SQLite file.

Design record.

Why one row per answer?
    Autosave writes each answer the moment it is given. One row per answer
    makes that one small transaction (an upsert plus the summary columns),
    whatever the size of the questionnaire.

Why summary columns (levels, answered, total, dates)?
    The home screen lists every assessment; it reads those columns and never
    parses an assessment. They are written in the same transaction as the
    data they summarise, so they cannot drift apart.

Why are snapshots stored once per content hash?
    Forty assessments answered with the same questionnaire share one copy.

Can a completed assessment change?
    Only after the explicit reopening step (``Session.reopen`` saves status
    draft). Saving an answer to, or changing, a completed assessment is
    refused with a message; saving it unchanged is a no-op.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..core.assessment import Assessment, Snapshot, Status, municipality_key, same_municipality
from ..core.errors import UserError, quote
from ..core.questionnaire import Questionnaire
from .backups import make_backup
from .database import DB_NAME, damaged, open_database
from .lock import Lock
from .messages import explain, os_message
from .rows import (
    SUMMARY_SQL,
    decode_value,
    encode_value,
    summary_columns,
    summary_from_row,
)
from .rows import (
    AssessmentSummary as AssessmentSummary,
)
from .summary import NEWEST_FIRST, snapshot_dimensions

# What a stored row that does not fit the models raises while it is loaded
# (ValidationError and JSONDecodeError are ValueErrors).
ROW_FAULTS = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError)


def row_problem(table: str, key: str, error: BaseException) -> str:
    if isinstance(error, ValidationError):
        from ..core.catalog import format_validation_error

        detail = quote(format_validation_error(error)[0], 160)
    else:
        detail = quote(f"{type(error).__name__}: {error}")
    return f"Tabelle {table}, ID {quote(str(key), 40)}: der gespeicherte Eintrag ist ungültig ({detail})"


class Store:
    """The assessments of one data folder. Open with :meth:`open`."""

    def __init__(self, data_dir: Path, conn: sqlite3.Connection, lock: Lock | None, readonly: bool):
        self.data_dir = data_dir
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._questionnaires: dict[str, Questionnaire] = {}

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, data_dir: str | Path, readonly: bool = False) -> Store:
        data_dir = Path(data_dir)
        lock = None
        if not readonly:
            try:
                data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise os_message(error, data_dir) from None
            lock = Lock(data_dir)
            lock.acquire()
            try:  # a read-only folder fails here, not at the first answer
                tempfile.TemporaryFile(dir=data_dir).close()
            except OSError as error:
                lock.release()
                raise os_message(error, data_dir) from None
        try:
            conn = open_database(data_dir, readonly)
        except BaseException:
            if lock:
                lock.release()
            raise
        store = cls(data_dir, conn, lock, readonly)
        if not readonly:  # the writer's open loads every row once: a bad row is named now, not later
            try:
                problem = store.check_rows()
            except BaseException:
                store.close()
                raise
            if problem:
                store._live().close()
                store._conn = None
                try:
                    raise damaged(data_dir, store.path, problem, readonly=False)
                finally:
                    store.close()
        return store

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.data_dir / DB_NAME

    def _live(self) -> sqlite3.Connection:
        """The open connection; a store used after :meth:`close` says so."""
        if self._conn is None:
            raise UserError(
                f"{self.path}: der Speicher ist schon geschlossen", english=f"{self.path}: the store is closed already"
            )
        return self._conn

    def integrity_check(self) -> str:
        return "; ".join(str(r[0]) for r in self._live().execute("PRAGMA integrity_check").fetchall())

    def backup(self, reason: str = "manuell") -> Path:
        return make_backup(self._live(), self.data_dir, reason)

    # ------------------------------------------------------------- plumbing
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is stored, or none of it."""
        if self.readonly:
            raise UserError(f"{self.path}: nur zum Lesen geöffnet", english=f"{self.path}: opened for reading only")
        conn = self._live()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise explain(error, self.path) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise explain(error, self.path) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        conn = self._live()
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._live().execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise explain(error, self.path) from None

    def _questionnaire(self, content_hash: str, body: str | None = None) -> Questionnaire:
        cached = self._questionnaires.get(content_hash)
        if cached is None:
            if body is None:
                body = self._read("SELECT body FROM snapshots WHERE content_hash = ?", (content_hash,))[0][0]
            cached = Questionnaire.model_validate_json(body)
            self._questionnaires[content_hash] = cached
        return cached

    def _municipality_id(self, conn: sqlite3.Connection, name: str) -> int:
        key = municipality_key(name)
        conn.execute(
            "INSERT INTO municipalities(key, name) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name",
            (key, name),
        )
        found: int = conn.execute("SELECT id FROM municipalities WHERE key = ?", (key,)).fetchone()[0]
        return found

    def _snapshot(self, conn: sqlite3.Connection, a: Assessment) -> str:
        snap = a.snapshot
        q = snap.questionnaire
        dims = json.dumps([[d.id, d.name.de, d.name.en] for d in q.dimensions], ensure_ascii=False)
        conn.execute(
            "INSERT OR IGNORE INTO snapshots VALUES (?, ?, ?, ?, ?)",
            (snap.content_hash, q.id, q.version, dims, q.model_dump_json()),
        )
        self._questionnaires.setdefault(snap.content_hash, q)
        return snap.content_hash

    def _insert(self, conn: sqlite3.Connection, a: Assessment) -> None:
        columns = summary_columns(a)
        columns["id"] = a.id
        columns["municipality_id"] = self._municipality_id(conn, a.municipality.name)
        columns["snapshot_hash"] = self._snapshot(conn, a)
        names = ", ".join(columns)
        marks = ", ".join(f":{n}" for n in columns)
        conn.execute(f"INSERT INTO assessments ({names}) VALUES ({marks})", columns)
        conn.executemany(
            "INSERT INTO answers VALUES (?, ?, ?, ?)",
            [(a.id, qid, encode_value(ans.value), ans.note) for qid, ans in a.answers.items()],
        )

    def _status(self, conn: sqlite3.Connection, assessment_id: str) -> str | None:
        row = conn.execute("SELECT status FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
        return row[0] if row else None

    def _refuse_complete(self, a: Assessment) -> UserError:
        return UserError(
            f"Die Einschätzung '{a.municipality.name}' ({a.id[:8]}) ist abgeschlossen und wird nicht "
            "stillschweigend geändert. Bitte öffnen Sie sie zuerst wieder zur Bearbeitung.",
            english=f"The assessment '{a.municipality.name}' ({a.id[:8]}) is complete and is not changed "
            "silently. Please reopen it for editing first.",
        )

    # ------------------------------------------------------------- writing
    def create(self, assessment: Assessment) -> None:
        self.create_many([assessment])

    def create_many(
        self, assessments: list[Assessment], also: Callable[[sqlite3.Connection], object] | None = None
    ) -> None:
        """Insert new assessments in one transaction (all or none); ``also(conn)`` writes more in it."""
        with self._write() as conn:
            for a in assessments:
                if self._status(conn, a.id) is not None:
                    raise UserError(
                        f"Die Einschätzung {a.id} ist bereits gespeichert.",
                        english=f"The assessment {a.id} is stored already.",
                    )
                self._insert(conn, a)
            if also is not None:
                also(conn)

    def save_answer(self, assessment: Assessment, question_id: str) -> None:
        """Autosave one answer (or its removal) in one small transaction."""
        a = assessment
        with self._write() as conn:
            status = self._status(conn, a.id)
            if status is None:
                self._insert(conn, a)
                return
            if status == Status.COMPLETE.value:
                raise self._refuse_complete(a)
            answer = a.answers.get(question_id)
            if answer is None:
                conn.execute("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?", (a.id, question_id))
            else:
                conn.execute(
                    "INSERT INTO answers VALUES (?, ?, ?, ?) ON CONFLICT(assessment_id, question_id) "
                    "DO UPDATE SET value = excluded.value, note = excluded.note",
                    (a.id, question_id, encode_value(answer.value), answer.note),
                )
            columns = summary_columns(a)
            conn.execute(
                "UPDATE assessments SET updated_at = :updated_at, listed_at = :listed_at, cursor = :cursor, "
                "levels = :levels, answered = :answered WHERE id = :id",
                {**columns, "id": a.id},
            )

    def save_assessment(self, assessment: Assessment) -> None:
        """Save everything but the answers' rows, and the summary columns."""
        a = assessment
        with self._write() as conn:
            row = conn.execute(
                "SELECT status, municipality, details, completed_at FROM assessments WHERE id = ?", (a.id,)
            ).fetchone()
            if row is None:
                self._insert(conn, a)
                return
            columns = summary_columns(a)
            if row[0] == Status.COMPLETE.value and a.status == Status.COMPLETE:
                if (row[1], row[2], row[3]) == (columns["municipality"], columns["details"], columns["completed_at"]):
                    return
                raise self._refuse_complete(a)
            columns["municipality_id"] = self._municipality_id(conn, a.municipality.name)
            columns["snapshot_hash"] = self._snapshot(conn, a)
            sets = ", ".join(f"{n} = :{n}" for n in columns)
            conn.execute(f"UPDATE assessments SET {sets} WHERE id = :id", {**columns, "id": a.id})

    def delete(self, assessment_id: str) -> None:
        """Delete one assessment; a backup copy is made first."""
        if self.readonly:
            raise UserError(f"{self.path}: nur zum Lesen geöffnet", english=f"{self.path}: opened for reading only")
        self.resolve(assessment_id)
        self.backup("vor-loeschen")
        with self._write() as conn:
            conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))

    def discard_empty_draft(self, assessment_id: str) -> bool:
        """Remove a draft without answers (a new assessment cancelled at once); no backup needed."""
        with self._write() as conn:
            removed = conn.execute(
                "DELETE FROM assessments WHERE id = ? AND status = ? AND NOT EXISTS "
                "(SELECT 1 FROM answers WHERE assessment_id = ?)",
                (assessment_id, Status.DRAFT.value, assessment_id),
            ).rowcount
        return removed > 0

    # ------------------------------------------------------------- reading
    def exists(self, assessment_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM assessments WHERE id = ?", (assessment_id,)))

    def load(self, assessment_id: str) -> Assessment:
        try:
            return self._load(assessment_id)
        except ROW_FAULTS as error:
            raise self._bad_row("assessments", assessment_id, error) from None

    def _bad_row(self, table: str, key: str, error: BaseException) -> UserError:
        """A stored row that does not load through the models: named by table and id."""
        return UserError(
            f"{self.path}: {row_problem(table, key, error)}. "
            "'smartcheck backups' zeigt die Sicherungen, 'smartcheck restore' stellt eine wieder her.",
            english=f"{self.path}: {row_problem(table, key, error)}. "
            "'smartcheck backups' lists the backups, 'smartcheck restore' restores one.",
        )

    def check_rows(self) -> str | None:
        """None if every stored questionnaire and assessment loads through the models,
        else the first one that does not, named by table and id."""
        for h, body in self._read("SELECT content_hash, body FROM snapshots ORDER BY content_hash"):
            try:
                self._questionnaires[h] = Questionnaire.model_validate_json(body)
            except ROW_FAULTS as error:
                return row_problem("snapshots", h, error)
        for h, dims in self._read("SELECT content_hash, dimensions FROM snapshots ORDER BY content_hash"):
            try:
                [(str(did), str(de), str(en)) for did, de, en in json.loads(dims)]
            except ROW_FAULTS as error:
                return row_problem("snapshots", h, error)
        for (assessment_id,) in self._read("SELECT id FROM assessments ORDER BY id"):
            try:
                self._load(assessment_id)
                summary_from_row(self._read(SUMMARY_SQL + " WHERE a.id = ?", (assessment_id,))[0])
            except ROW_FAULTS as error:
                return row_problem("assessments", assessment_id, error)
        return self._check_other_rows()

    def _check_other_rows(self) -> str | None:
        """Adopted measures and the profiles of named regions, where the schema has them."""
        from ..core.measures import AdoptedMeasure
        from ..core.profile_share import ProfileFile

        tables = {name for (name,) in self._read("SELECT name FROM sqlite_master WHERE type = 'table'")}
        checks = (
            ("measures", "SELECT id, body FROM measures ORDER BY number", AdoptedMeasure),
            (
                "region_profiles",
                "SELECT region_id || '/' || position, body FROM region_profiles ORDER BY region_id, position",
                ProfileFile,
            ),
        )
        for table, sql, model in checks:
            if table not in tables:
                continue
            for key, body in self._read(sql):
                try:
                    model.model_validate_json(body)
                except ROW_FAULTS as error:
                    return row_problem(table, str(key), error)
        return None

    def _load(self, assessment_id: str) -> Assessment:
        rows = self._read(
            "SELECT snapshot_hash, status, created_at, updated_at, completed_at, cursor, municipality, details "
            "FROM assessments WHERE id = ?",
            (assessment_id,),
        )
        if not rows:
            raise UserError(
                f"Keine Einschätzung mit der ID '{quote(assessment_id)}' gespeichert.",
                english=f"No assessment with the ID '{quote(assessment_id)}' is stored.",
            )
        h, status, created, updated, completed, cursor, municipality, details = rows[0]
        questionnaire = self._questionnaire(h)
        answers = {
            qid: {"value": decode_value(value), "note": note}
            for qid, value, note in self._read(
                "SELECT question_id, value, note FROM answers WHERE assessment_id = ?", (assessment_id,)
            )
        }
        data = {
            "id": assessment_id,
            "municipality": json.loads(municipality),
            "answers": answers,
            "status": status,
            "created_at": created,
            "updated_at": updated,
            "completed_at": completed,
            "cursor": cursor,
            # The questionnaire is shared (it is frozen), not validated again.
            "snapshot": Snapshot.model_construct(content_hash=h, questionnaire=questionnaire),
        }
        extra = json.loads(details)
        if not isinstance(extra, dict) or set(extra) & set(data):
            raise ValueError("details: erwartet ein Objekt ohne die Spalten der Tabelle")
        return Assessment.model_validate({**data, **extra})

    def list_assessments(self) -> list[AssessmentSummary]:
        """All assessments, newest first, from the summary columns alone."""
        return [self._summary(r) for r in self._read(SUMMARY_SQL + NEWEST_FIRST)]

    def _summary(self, row: tuple[Any, ...]) -> AssessmentSummary:
        try:
            return summary_from_row(row)
        except ROW_FAULTS as error:
            raise self._bad_row("assessments", str(row[0]), error) from None

    def summary(self, assessment_id: str) -> AssessmentSummary:
        rows = self._read(SUMMARY_SQL + " WHERE a.id = ?", (assessment_id,))
        if not rows:
            raise UserError(
                f"Keine Einschätzung mit der ID '{quote(assessment_id)}' gespeichert.",
                english=f"No assessment with the ID '{quote(assessment_id)}' is stored.",
            )
        return self._summary(rows[0])

    def dimension_names(self, lang: str = "de") -> dict[str, str]:
        """Dimension id -> name over all stored questionnaires (newest wins)."""
        names: dict[str, str] = {}
        for h, dims in self._read("SELECT content_hash, dimensions FROM snapshots ORDER BY rowid"):
            try:
                names.update(snapshot_dimensions(dims, lang))
            except ROW_FAULTS as error:
                raise self._bad_row("snapshots", h, error) from None
        return names

    def latest(self, complete_only: bool = True) -> Assessment | None:
        where = "WHERE status = ?" if complete_only else ""
        rows = self._read(
            f"SELECT id FROM assessments {where} ORDER BY listed_at DESC, id LIMIT 1",
            (Status.COMPLETE.value,) if complete_only else (),
        )
        return self.load(rows[0][0]) if rows else None

    def history(self, assessment: Assessment) -> list[Assessment]:
        """Completed assessments of the same municipality (core.assessment.same_municipality), oldest first.

        The database keys municipalities by name; two of one name with different AGS are told apart here.
        """
        rows = self._read(
            "SELECT a.id FROM assessments a JOIN municipalities m ON m.id = a.municipality_id "
            "WHERE m.key = ? AND a.status = ? ORDER BY a.completed_at, a.id",
            (municipality_key(assessment.municipality.name), Status.COMPLETE.value),
        )
        loaded = [self.load(r[0]) for r in rows]
        return [a for a in loaded if same_municipality(a.municipality, assessment.municipality)]

    def find_draft(self, municipality_name: str | None = None) -> AssessmentSummary | None:
        """The newest draft (of one municipality, if named)."""
        sql = SUMMARY_SQL + " JOIN municipalities m ON m.id = a.municipality_id WHERE a.status = ?"
        params: tuple[str, ...] = (Status.DRAFT.value,)
        if municipality_name is not None:
            sql += " AND m.key = ?"
            params += (municipality_key(municipality_name),)
        rows = self._read(sql + " ORDER BY a.updated_at DESC, a.id LIMIT 1", params)
        return self._summary(rows[0]) if rows else None

    def resolve(self, id_or_prefix: str) -> str:
        """The full id for an id or a unique beginning of one."""
        text = id_or_prefix.strip()
        if not text:
            raise UserError("Bitte eine ID angeben.", english="Please give an ID.")
        if self.exists(text):
            return text
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._read(
            "SELECT id FROM assessments WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6", (escaped + "%",)
        )
        if not rows:
            raise UserError(
                f"Keine Einschätzung mit der ID '{quote(id_or_prefix)}' gespeichert ('smartcheck list' zeigt alle).",
                english=f"No assessment with the ID '{quote(id_or_prefix)}' is stored ('smartcheck list' lists all).",
            )
        if len(rows) > 1:
            shown = ", ".join(r[0][:12] for r in rows[:5])
            raise UserError(
                f"Die ID '{quote(id_or_prefix)}' ist nicht eindeutig (passt zu {shown} ...); bitte mehr Zeichen angeben.",
                english=f"The ID '{quote(id_or_prefix)}' is not unique (matches {shown} ...); please give more characters.",
            )
        return str(rows[0][0])
