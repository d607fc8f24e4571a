"""Finding German interface words in text meant to be English (UI walks and the command line)."""

from __future__ import annotations

import re

# Words of the German interface that must have been translated.
GERMAN_WORDS = (
    "Weiter",
    "Zurück",
    "Abbrechen",
    "Abschließen",
    "Einschätzung",
    "Einschätzungen",
    "Ergebnis",
    "Frage",
    "Fragen",
    "Schritt",
    "beantwortet",
    "Hilfe",
    "Notiz",
    "Stufe",
    "Ziel",
    "Entwurf",
    "Übersicht",
    "Vergleichen",
    "Zusammenführen",
    "Einstellungen",
    "Datei",
    "Beenden",
    "Kommune",
    "Gewichtung",
    "Schlüsselfrage",
    "Antwort",
    "Punkten",
    "weiß nicht",
    "trifft nicht zu",
    "Prüfung",
)
GERMAN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in GERMAN_WORDS) + r")\b")
# The questionnaire names a German original in quotes after its English name:
# 'Digital help (“Digitale Hilfe”)'. That is content, not interface.
ORIGINAL_NAME = re.compile(r"\(“[^”]*”\)")


def german_in(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if GERMAN.search(ORIGINAL_NAME.sub("", t))})
