"""Reading and validating questionnaire files (TOML).

Every fault of a file is collected and reported as ``file: location: message``,
not only the first one, so an author can fix a file in one pass. The checks
that pydantic cannot do alone (unique ids, references, ordered cut-offs) run
on the raw data too, so they are reported together with the schema faults.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from .errors import UserError, quote, show, show_path
from .limits import ReadRefused, decode_utf8, parse_toml, read_limited
from .questionnaire import OPTIONS, Questionnaire
from .values import MAX_LEVEL

MAX_FILE_BYTES = 2 * 1024 * 1024


class QuestionnaireError(UserError):
    """A questionnaire file that cannot be used; ``problems`` holds every fault.

    The faults of the content are listed in German only (they name the place in
    the file, which reads the same in both languages); the English text says
    so in its first line. A fault of the file itself has its own English text.
    """

    def __init__(self, problems: list[str], english: list[str] | None = None):
        count = f"{len(problems)} {'problem' if len(problems) == 1 else 'problems'}"
        text = english or [f"The questionnaire cannot be used ({count}, the details in German):", *problems]
        super().__init__("\n".join(problems), english="\n".join(text))
        self.problems = problems


# ------------------------------------------------------------------ messages
_MESSAGES = {
    "missing": "Pflichtangabe fehlt",
    "extra_forbidden": "unbekannter Eintrag (Tippfehler?)",
    "string_type": "erwartet einen Text",
    "string_too_short": "darf nicht leer sein",
    "string_too_long": "ist zu lang",
    "string_pattern_mismatch": "ungültige Kennung: nur Kleinbuchstaben, Ziffern, '_' und '.'",
    "int_type": "erwartet eine ganze Zahl",
    "int_parsing": "erwartet eine ganze Zahl",
    "int_from_float": "erwartet eine ganze Zahl",
    "float_type": "erwartet eine Zahl",
    "float_parsing": "erwartet eine Zahl",
    "bool_type": "erwartet true oder false",
    "bool_parsing": "erwartet true oder false",
    "list_type": "erwartet eine Liste",
    "dict_type": "erwartet eine Tabelle",
    "model_type": "erwartet eine Tabelle",
    "model_attributes_type": "erwartet eine Tabelle",
    "greater_than_equal": "ist zu klein",
    "less_than_equal": "ist zu groß",
}


def _location(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            part = quote(str(part), 40)
            out += f".{part}" if out else part
    return out or "(Datei)"


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    loc = err["loc"]
    ctx = err.get("ctx") or {}
    field = loc[-1] if loc else ""
    if kind == "missing" and field in ("de", "en"):
        return "der deutsche Text fehlt" if field == "de" else "der englische Text fehlt"
    if kind in ("too_short", "too_long"):
        if field == "options":
            return f"braucht genau {OPTIONS} Antwortoptionen, hat {len(err['input'])}"
        if field == "levels":
            return f"braucht genau {OPTIONS} Einträge (Stufen 0 bis {MAX_LEVEL}), hat {len(err['input'])}"
        bound = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
        word = "mindestens" if kind == "too_short" else "höchstens"
        return f"braucht {word} {bound} Einträge, hat {len(err['input'])}"
    if kind == "literal_error":
        return f"erwartet {ctx.get('expected')}, steht dort: {show(err.get('input'))}"
    if kind == "enum":
        return f"erwartet einen der Werte {ctx.get('expected')}, steht dort: {show(err.get('input'))}"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        word = "mindestens" if kind == "greater_than_equal" else "höchstens"
        return f"muss {word} {bound} sein, steht dort: {show(err.get('input'))}"
    if kind == "value_error" and ctx.get("error") is not None:
        return str(ctx["error"])
    if kind in ("int_type", "int_parsing", "int_from_float") and "input" in err:
        return f"erwartet eine ganze Zahl, steht dort: {show(err['input'])}"
    return _MESSAGES.get(kind, err["msg"])


def format_validation_error(error: ValidationError) -> list[str]:
    return [f"{_location(e['loc'])}: {_message(e)}" for e in error.errors()]


# ------------------------------------------------------- semantic raw checks
def _items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]


def _duplicates(pairs: list[tuple[str, Any]], what: str) -> list[str]:
    counts = Counter(value for _, value in pairs if isinstance(value, str))
    problems, seen = [], set()
    for where, value in pairs:
        if isinstance(value, str) and counts[value] > 1:
            if value in seen:
                problems.append(f"{where}: {what} '{quote(value)}' kommt mehrfach vor")
            seen.add(value)
    return problems


def _context_problems(questions: list[tuple[str, dict[str, Any]]], known: set[str]) -> list[str]:
    """Gates must be earlier gate questions; prerequisites known and free of cycles."""
    problems: list[str] = []
    gates_before: set[str] = set()
    requires: dict[str, set[str]] = {}
    for where, q in questions:
        when = q.get("when")
        if isinstance(when, dict) and isinstance(when.get("question"), str) and when["question"] not in gates_before:
            problems.append(
                f"{where}.when.question: '{when['question']}' ist keine vorher gestellte Torfrage (gate = true)"
            )
        if q.get("gate") is True and isinstance(q.get("id"), str):
            gates_before.add(q["id"])
        recs = q.get("recommendations")
        for band, rec in recs.items() if isinstance(recs, dict) else []:
            refs = rec.get("requires", []) if isinstance(rec, dict) else []
            for k, ref in enumerate(refs if isinstance(refs, list) else []):
                if isinstance(ref, str) and ref not in known:
                    problems.append(f"{where}.recommendations.{band}.requires[{k}]: unbekannte Frage '{ref}'")
                elif isinstance(ref, str) and isinstance(q.get("id"), str):
                    requires.setdefault(q["id"], set()).add(ref)
    # a cycle would leave a step that can never come first
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(requires.get(node, ())):
            if state.get(nxt) == 1:
                problems.append("requires: Kreis in den Voraussetzungen: " + " → ".join([*path, node, nxt]))
            elif nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for node in sorted(requires):
        if node not in state:
            visit(node, [])
    return problems


def semantic_problems(data: Any) -> list[str]:
    """Faults that a schema alone does not see: ids, references, cut-offs."""
    if not isinstance(data, dict):
        return []
    problems: list[str] = []
    dims = _items(data, "dimensions")
    problems += _duplicates([(f"dimensions[{i}].id", d.get("id")) for i, d in dims], "Dimension")
    questions = [(f"dimensions[{i}].questions[{j}]", q) for i, d in dims for j, q in _items(d, "questions")]
    problems += _duplicates([(f"{w}.id", q.get("id")) for w, q in questions], "Frage-ID")
    known: set[str] = {q["id"] for _, q in questions if isinstance(q.get("id"), str)}
    for where, q in questions:
        related = q.get("related", [])
        for k, ref in enumerate(related if isinstance(related, list) else []):
            if ref == q.get("id"):
                problems.append(f"{where}.related[{k}]: verweist auf sich selbst")
            elif isinstance(ref, str) and ref not in known:
                problems.append(f"{where}.related[{k}]: verweist auf unbekannte Frage '{quote(ref)}'")
        options = q.get("options")
        if isinstance(options, list) and len(options) == OPTIONS:
            texts = [o.get("de") for o in options if isinstance(o, dict) and isinstance(o.get("de"), str)]
            if len(set(texts)) != len(texts):
                problems.append(f"{where}.options: zwei Antwortoptionen haben denselben Text")
    problems += _context_problems(questions, known)
    previous = data.get("previous")
    unchanged = previous.get("unchanged") if isinstance(previous, dict) else None
    for k, ref in enumerate(unchanged if isinstance(unchanged, list) else []):
        if isinstance(ref, str) and ref not in known:
            problems.append(f"previous.unchanged[{k}]: unbekannte Frage '{ref}'")
    criteria = _items(data, "quick_win_criteria")
    problems += _duplicates([(f"quick_win_criteria[{i}].id", c.get("id")) for i, c in criteria], "Kriterium")
    levels = _items(data, "levels")
    values = [lv.get("value") for _, lv in levels]
    if len(levels) == OPTIONS and values != list(range(OPTIONS)):
        problems.append(f"levels: die Stufen müssen in der Reihenfolge {', '.join(map(str, range(OPTIONS)))} stehen")
    given = [lv.get("min_score") for _, lv in levels]
    bounds: list[float] = [b for b in given if isinstance(b, (int, float))]
    if bounds and len(bounds) == len(given):
        if bounds[0] != 0:
            problems.append("levels[0].min_score: die unterste Stufe muss bei 0 beginnen")
        for k in range(1, len(bounds)):
            if bounds[k] <= bounds[k - 1]:
                problems.append(
                    f"levels[{k}].min_score: Schwellenwerte müssen aufsteigen ({bounds[k - 1]} dann {bounds[k]})"
                )
    return problems


# ------------------------------------------------------------------- loading
def parse(data: Any, source: str = "<daten>") -> Questionnaire:
    """Validate already-decoded data; raise QuestionnaireError with every fault."""
    problems = []
    if not isinstance(data, dict):
        raise QuestionnaireError(
            [f"{source}: (Datei): erwartet eine Tabelle auf oberster Ebene"],
            [f"{source}: expected a table at the top level"],
        )
    questionnaire = None
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as error:
        problems += format_validation_error(error)
    problems += semantic_problems(data)
    if problems:
        raise QuestionnaireError([f"{source}: {p}" for p in problems])
    assert questionnaire is not None
    return questionnaire


def load(path: str | Path) -> Questionnaire:
    """Read a questionnaire file; every fault raises one QuestionnaireError."""
    path = Path(path)
    name = show_path(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except ReadRefused as error:
        raise QuestionnaireError([f"{name}: (Datei): {error.problem}"], [error.text("en")]) from None
    if not raw.strip():
        raise QuestionnaireError([f"{name}: (Datei): die Datei ist leer"], [f"{name}: the file is empty"])
    try:
        text = decode_utf8(raw, name, " (bitte als UTF-8 speichern)")
        data = parse_toml(text, name)
    except UserError as error:
        raise QuestionnaireError([str(error)], [error.text("en")]) from None
    return parse(data, name)
