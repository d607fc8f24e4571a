"""How long does the shipped questionnaire take? Count the words a respondent reads.

Run: python scripts/reading_time.py

For each persona (the same three as tests/test_personas.py, reduced to their
context and gate answers) the script walks the questionnaire as the wizard
asks it: only the questions that apply to the municipality's form of
administration and whose gate is open, in the wording variant for that form.
It counts the words of the introduction and the definition (read once), of
every question with its five options (read always) and of its help text
(read when opened). The time estimate is stated with its assumptions:
180 words a minute for careful reading of administrative German, plus
15 seconds per question to choose an answer. The figure "with help" assumes
every help text is read; "without help" assumes none is.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from smartcheck.core.assessment import Administration, Answer, Municipality  # noqa: E402
from smartcheck.core.catalog import load  # noqa: E402
from smartcheck.core.context import not_applicable_reason, wording  # noqa: E402

WORDS_PER_MINUTE = 180
SECONDS_PER_ANSWER = 15

# context and gate answers; every other question is simply asked if it applies
PERSONAS = {
    "Mitgliedsgemeinde, 2.800 Einw., noch nichts begonnen": (
        Municipality(name="Kleindorf", administration=Administration.MEMBER, population=2_800),
        {"continuity.measures": 0, "cooperation.partners": 0, "quick_wins.started": 0, "prioritisation.strategy": 0},
    ),
    "Kleinstadt, 12.000 Einw., Teilzeit-Zuständige, zwei Vorhaben": (
        Municipality(name="Mittelstadt", administration=Administration.OWN, population=12_000),
        {"continuity.measures": 3, "cooperation.partners": 1, "quick_wins.started": 3, "prioritisation.strategy": 1},
    ),
    "Stadt, 40.000 Einw., wie ein Modellprojekt": (
        Municipality(name="Modellstadt", administration=Administration.OWN, population=40_000),
        {"continuity.measures": 4, "cooperation.partners": 4, "quick_wins.started": 4, "prioritisation.strategy": 3},
    ),
}


def words(text: str) -> int:
    return len(re.findall(r"\w+(?:[-’']\w+)*", text))


def count(questionnaire_path: Path, municipality: Municipality, gates: dict[str, int], quick: bool = False) -> dict:
    q = load(questionnaire_path)
    answers = {qid: Answer(value=v) for qid, v in gates.items()}
    once = words(q.intro.de) + (words(q.definition.de) if q.definition else 0)
    asked = read = helps = 0
    for question in q.questions():
        if not_applicable_reason(question, municipality, answers):
            continue
        if quick and not question.in_quick_check:
            continue
        text, help_, options = wording(question, municipality.administration)
        asked += 1
        read += words(text.de) + sum(words(o.de) for o in options)
        helps += words(help_.de)
    answer_minutes = asked * SECONDS_PER_ANSWER / 60
    return {
        "questions": asked,
        "words": once + read,
        "help_words": helps,
        "minutes_without_help": (once + read) / WORDS_PER_MINUTE + answer_minutes,
        "minutes_with_help": (once + read + helps) / WORDS_PER_MINUTE + answer_minutes,
    }


def main() -> None:
    paths = [ROOT / "questionnaires" / "smart-city-readiness.toml"]
    old = ROOT / "questionnaires" / "smart-city-readiness-1.0.toml"
    print(f"Annahmen: {WORDS_PER_MINUTE} Wörter je Minute, {SECONDS_PER_ANSWER} s je Antwort.")
    if old.exists():
        r = count(old, Municipality(name="x"), {})
        print(
            f"Version 1.0 (alle Fragen): {r['questions']} Fragen, {r['words']} Wörter + {r['help_words']} Wörter Hilfe, "
            f"{r['minutes_without_help']:.0f} min ohne Hilfe, {r['minutes_with_help']:.0f} min mit Hilfe"
        )
    for path in paths:
        for name, (municipality, gates) in PERSONAS.items():
            for quick in (False, True):
                r = count(path, municipality, gates, quick)
                mode = "Schnellcheck" if quick else "vollständig"
                print(
                    f"{name} – {mode}: {r['questions']} Fragen, {r['words']} Wörter + {r['help_words']} Wörter Hilfe, "
                    f"{r['minutes_without_help']:.0f} min ohne Hilfe, {r['minutes_with_help']:.0f} min mit Hilfe"
                )


if __name__ == "__main__":
    main()
