"""Broken assessment files: for each case, how to spoil a good export and the words of the refusal.

``BAD[case] = (spoil, expected)``: ``spoil(document)`` gets the good file's JSON as a dict and
returns the bytes of the bad file; the import's message must contain ``expected``.
"""

from __future__ import annotations

import json

from smartcheck.core.questionnaire import Questionnaire, content_hash
from smartcheck.store.exchange import MAX_IMPORT_BYTES


def _rehash(doc: dict) -> None:
    q = Questionnaire.model_validate(doc["assessment"]["snapshot"]["questionnaire"])
    doc["assessment"]["snapshot"]["content_hash"] = content_hash(q)


def _edit(change):
    def make_bytes(doc: dict) -> bytes:
        change(doc)
        return json.dumps(doc).encode("utf-8")

    return make_bytes


def _dup_question(doc):
    questions = doc["assessment"]["snapshot"]["questionnaire"]["dimensions"][0]["questions"]
    questions[1]["id"] = questions[0]["id"]
    _rehash(doc)


def _reword(doc):
    doc["assessment"]["snapshot"]["questionnaire"]["dimensions"][0]["questions"][0]["text"]["de"] = "Anders?"


def _no_na(doc):
    dims = doc["assessment"]["snapshot"]["questionnaire"]["dimensions"]
    qid = next(q["id"] for d in dims for q in d["questions"] if not q.get("allow_not_applicable"))
    doc["assessment"]["answers"][qid] = {"value": "na", "note": ""}


def _first(mapping: dict) -> str:
    return next(iter(mapping))


def _value_7(doc):
    answers = doc["assessment"]["answers"]
    answers[_first(answers)]["value"] = 7


def _rating_5(doc):
    ratings = doc["assessment"]["quick_wins"][0]["ratings"]
    ratings[_first(ratings)] = 5


BAD = {
    "empty": (lambda d: b"", "leer"),
    "not utf-8": (lambda d: "Gemeinde Ölsen".encode("latin-1"), "UTF-8"),
    "broken json": (lambda d: json.dumps(d).encode()[:500], "kein gültiges JSON"),
    "array": (lambda d: b"[1, 2, 3]", "keine SmartCheck-Einschätzung"),
    "questionnaire": (lambda d: json.dumps(d["assessment"]["snapshot"]["questionnaire"]).encode(), "Fragebogen"),
    "no format": (_edit(lambda d: d.pop("format")), "keine SmartCheck-Einschätzung (ihre Kennung „format“ fehlt)"),
    "foreign format": (_edit(lambda d: d.update(format="excel.sheet")), "'excel.sheet'"),
    "newer version": (_edit(lambda d: d.update(format_version=3)), "neueren SmartCheck-Version"),
    "version as text": (_edit(lambda d: d.update(format_version="1")), "format_version"),
    "no assessment": (_edit(lambda d: d.pop("assessment")), "assessment: Pflichtangabe fehlt"),
    "value 7": (_edit(_value_7), ".value: erwartet 0 bis 4, 'unknown' (weiß nicht) oder 'na'"),
    "unknown question": (
        _edit(lambda d: d["assessment"]["answers"].update({"zz.nope": {"value": 1}})),
        "unbekannte Frage",
    ),
    "na not allowed": (_edit(_no_na), "'trifft nicht zu' ist bei dieser Frage nicht vorgesehen"),
    "hash altered": (_edit(lambda d: d["assessment"]["snapshot"].update(content_hash="0" * 64)), "content_hash"),
    "questionnaire altered": (_edit(_reword), "passt nicht zum mitgelieferten Fragebogen"),
    "duplicate question ids": (_edit(_dup_question), "kommt mehrfach vor"),
    "unknown dimension": (_edit(lambda d: d["assessment"]["targets"].update(nope=2)), "unbekannte Dimension"),
    "unknown criterion": (_edit(lambda d: d["assessment"]["quick_wins"][0]["ratings"].update(nope=1)), "Kriterium"),
    "rating 5": (_edit(_rating_5), "muss höchstens 2 sein"),
    "bad id": (_edit(lambda d: d["assessment"].update(id="../../etc")), "ungültige ID"),
    "complete undated": (_edit(lambda d: d["assessment"].update(completed_at=None)), "Abschlussdatum"),
    "extra field": (_edit(lambda d: d["assessment"].update(password="x")), "unbekannter Eintrag"),
    "too big": (lambda d: b" " * (MAX_IMPORT_BYTES + 1), "zu groß"),
    "deep nesting": (lambda d: b"[" * 100000 + b"]" * 100000, "JSON"),
}
