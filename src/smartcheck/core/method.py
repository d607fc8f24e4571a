"""The method in plain words: the one text that the app, the PDF and docs/method.md show.

Each section is a heading and paragraphs, in German and English. The rules
stated here are the ones implemented in scoring.py, planning.py and merge.py;
tests/test_method.py checks that docs/method.md holds this text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]


METHOD: dict[str, tuple[Section, ...]] = {
    "de": (
        Section(
            "Antworten",
            (
                "Jede Frage bietet fünf Antworten, die einen beobachtbaren Zustand beschreiben. "
                "Sie zählen 0 bis 4 Punkte. Gewählt wird, was überwiegend zutrifft.",
                "„Weiß nicht“ und „Trifft nicht zu“ stehen neben der Skala. Sie zählen nicht als 0 "
                "und gehen nicht in den Mittelwert ein. „Weiß nicht“ löst einen Klärungsschritt aus: "
                "wer in der Verwaltung die Antwort kennt.",
            ),
        ),
        Section(
            "Punkte und Stufen",
            (
                "Der Wert einer Dimension ist der Mittelwert ihrer beantworteten Fragen (0 bis 4, "
                "auch in Prozent). Daraus folgt die Stufe nach festen Schwellen: unter 0,5 Stufe 0 "
                "„Nicht begonnen“; ab 0,5 Stufe 1 „Erste Schritte“; ab 1,5 Stufe 2 „Im Aufbau“; "
                "ab 2,5 Stufe 3 „Etabliert“; ab 3,5 Stufe 4 „Verstetigt & lernend“.",
                "Schlüsselfragen begrenzen die Stufe: Sie kann höchstens um eins über der Antwort "
                "einer Schlüsselfrage liegen. So verdeckt ein guter Durchschnitt kein fehlendes "
                "Fundament.",
                "Es gibt keine Gesamtnote und keinen Mittelwert über alle Dimensionen: Das Profil "
                "zeigt jede Dimension für sich, die schwächste wird genannt, sobald alle bewertbar sind.",
            ),
        ),
        Section(
            "Datenbasis und vorläufige Ergebnisse",
            (
                "Zu jeder Dimension steht, wie viele Fragen beantwortet sind („x von y beantwortet“). "
                "Sind weniger als 60 % beantwortet oder ist eine Schlüsselfrage offen oder mit "
                "„weiß nicht“ beantwortet, gilt das Ergebnis als vorläufig. Dann wird zusätzlich eine "
                "Spanne gezeigt: offene Fragen als 0 gezählt (vorsichtige Untergrenze) bis als 4 gezählt.",
                "Fragen mit „Trifft nicht zu“ zählen nicht mit. Trifft mehr als ein Viertel der Fragen "
                "einer Dimension nicht zu, ist sie „nicht bewertbar“.",
            ),
        ),
        Section(
            "Vom Ergebnis zum Handlungsplan",
            (
                "Jede Antwort ruft eine Empfehlung auf: bei 0 oder 1 „wie anfangen“, bei 2 „wie "
                "verbindlich machen“, bei „weiß nicht“ „wen fragen“. Jede Empfehlung nennt Aufwand, "
                "zuständige Rolle, Zeitraum und woran man den Erfolg erkennt.",
                "Die Reihenfolge ist fest: zuerst Schlüsselfragen mit 0 oder 1; dann der Abstand der "
                "Dimension zu ihrer Ziel-Stufe mal ihrer Wichtigkeit (1 bis 3); dann niedrigere "
                "Antworten; bei Gleichstand der kleinere Aufwand. Die ersten fünf sind die „Nächsten "
                "Schritte“. Die Wichtigkeit ändert nur die Reihenfolge, nie die Punkte.",
                "Quick-Win-Ideen werden auf den Kriterien des Wolfsburger Workshops mit 0 (nicht "
                "erfüllt), 1 (teilweise) oder 2 (voll) bewertet und nach ihrer Summe gereiht.",
            ),
        ),
        Section(
            "Mehrere Antwortende und Wiederholung",
            (
                "Antworten mehrere Personen, zählt je Frage der Median. Liegen Antworten zwei oder "
                "mehr Stufen auseinander, wird die Frage mit „Diskussionsbedarf“ markiert: Die "
                "Unterschiede sind selbst ein Befund über die Verankerung in der Verwaltung.",
                "Die Verwaltung wiederholt den Check nach 6 bis 12 Monaten. Der Vergleich zeigt die Veränderung "
                "je Dimension; geänderte Fragen einer neuen Fragebogenversion werden benannt, nicht "
                "stillschweigend verglichen.",
                "Das Ergebnis ist eine Orientierung für die eigene Arbeit, keine Zertifizierung.",
            ),
        ),
    ),
    "en": (
        Section(
            "Answers",
            (
                "Each question offers five answers that describe an observable state. They count "
                "0 to 4 points. Choose what mostly applies.",
                "“Don't know” and “Not applicable” stand beside the scale. They do not count as 0 "
                "and are left out of the mean. “Don't know” calls up a step to find out who in the "
                "administration knows the answer.",
            ),
        ),
        Section(
            "Scores and levels",
            (
                "A dimension's score is the mean of its answered questions (0 to 4, also in per "
                "cent). The level follows fixed cut-offs: below 0.5 level 0 “Not started”; from 0.5 "
                "level 1 “First steps”; from 1.5 level 2 “Developing”; from 2.5 level 3 "
                "“Established”; from 3.5 level 4 “Sustained & learning”.",
                "Key questions cap the level: it can be at most one above the answer to a key "
                "question. A good average cannot hide a missing foundation.",
                "There is no overall grade and no mean over all dimensions: the profile shows each "
                "dimension on its own; the weakest is named once all are assessable.",
            ),
        ),
        Section(
            "Coverage and provisional results",
            (
                "Each dimension shows how many questions were answered (“x of y answered”). With "
                "fewer than 60% answered, or a key question open or answered “don't know”, the "
                "result is provisional, and a range is shown as well: open questions counted as 0 "
                "(a cautious lower bound) up to counted as 4.",
                "Questions marked “not applicable” are not counted. If more than a quarter of a "
                "dimension's questions do not apply, it is “not assessable”.",
            ),
        ),
        Section(
            "From the result to the action plan",
            (
                "Each answer calls up a recommendation: for 0 or 1 “how to start”, for 2 “how to "
                "make it binding”, for “don't know” “whom to ask”. Each names the effort, the "
                "responsible role, the time frame and how to see that it worked.",
                "The order is fixed: first key questions at 0 or 1; then the dimension's gap to its "
                "target level times its importance (1 to 3); then lower answers; on a tie the "
                "smaller effort. The first five are the “next steps”. Importance changes only the "
                "order, never the scores.",
                "Quick-win ideas are rated on the criteria of the Wolfsburg workshop with 0 (not "
                "met), 1 (partly) or 2 (fully) and ranked by their sum.",
            ),
        ),
        Section(
            "Several respondents and repetition",
            (
                "When several people answer, the median counts for each question. Where answers lie "
                "two or more levels apart, the question is flagged “needs discussion”: the "
                "differences are themselves a finding about support inside the administration.",
                "The administration repeats the check after 6 to 12 months. The comparison shows the change per "
                "dimension; questions changed in a new questionnaire version are named, not "
                "compared silently.",
                "The result is an orientation for your own work, not a certification.",
            ),
        ),
    ),
}


def method(lang: str = "de") -> tuple[Section, ...]:
    return METHOD["en" if lang == "en" else "de"]


def as_markdown() -> str:
    """docs/method.md: both languages, German first."""
    lines = ["# Methodik / Method", "", "<!-- Generated from src/smartcheck/core/method.py. -->", ""]
    for lang, title in (("de", "Deutsch"), ("en", "English")):
        lines += [f"## {title}", ""]
        for section in method(lang):
            lines += [f"### {section.heading}", ""]
            for paragraph in section.paragraphs:
                lines += [paragraph, ""]
    return "\n".join(lines)
