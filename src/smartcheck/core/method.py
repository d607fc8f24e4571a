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
            "Ihre Gemeinde, Torfragen und Schnellcheck",
            (
                "Zu Beginn steht, wie die Gemeinde verwaltet wird (eigene Verwaltung, Mitgliedsgemeinde "
                "eines Amtes, einer Verbandsgemeinde, Samtgemeinde oder Verwaltungsgemeinschaft, oder das "
                "Amt selbst), wie viele Menschen dort leben und wer für wen antwortet. Fragen zu Aufgaben, "
                "die das Amt für eine Mitgliedsgemeinde erledigt (etwa Vergabe, Personal, Standards), "
                "werden ihr nicht gestellt. Wo die Zuständigen andere sind, ist die Frage anders "
                "formuliert (Amt statt eigenes Hauptamt).",
                "Torfragen fragen zuerst, ob es schon Vorhaben, einen Quick Win, Partner und eine "
                "Strategie gibt. Lautet die Antwort „nein“, entfallen die Fragen, die davon abhängen. "
                "Was nicht zutrifft oder entfällt, wird nicht bewertet, nicht als 0 gezählt und als "
                "„entfällt“ ausgewiesen. Die Torfrage selbst zählt einmal: Ein Fehlen wird einmal "
                "gezählt, nicht in jeder abhängigen Frage wieder. Ist die Torfrage das Einzige, was in "
                "einer Dimension bewertet ist, ergibt sich die Stufe aus ihr, mit Erklärung und erstem "
                "Schritt. Das Auslassen senkt nie einen Wert: Die ausgelassenen Fragen hätten sonst als "
                "0 gezählt.",
                "Der Schnellcheck stellt nur die Schlüssel- und Torfragen (etwa 15 Minuten). Er ergibt "
                "ein vorläufiges Profil und die ersten Schritte und lässt sich später zum vollständigen "
                "Check ergänzen, ohne etwas doppelt zu beantworten.",
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
                "Empfehlungen nennen ihre Voraussetzungen: Kein Schritt steht vor einem offenen Schritt, "
                "den er voraussetzt (zuerst eine zuständige Person, dann der Auftrag des Rates, dann die "
                "Ideenliste, dann der erste Quick Win). Jede Empfehlung nennt die geschätzten "
                "Arbeitsstunden. Jeder Schritt geht an jemanden, den es in der Gemeinde gibt: Ohne "
                "zuständige Person gehen die Aufgaben des Smart-City-Teams an das Hauptamt, in einer "
                "Mitgliedsgemeinde an die Bürgermeisterin oder den Bürgermeister; dort übernimmt das Amt, "
                "was sonst Hauptamt, Fachbereiche, IT und Kämmerei tun.",
                "Quick-Win-Ideen werden auf den Kriterien des Wolfsburger Workshops mit 0 (nicht "
                "erfüllt), 1 (teilweise) oder 2 (voll) bewertet und nach ihrer Summe gereiht.",
            ),
        ),
        Section(
            "Mehrere Antwortende und Wiederholung",
            (
                "Antworten mehrere Personen, zählt je Frage der Median. Bei einer geraden Zahl von "
                "Antworten liegt er zwischen den beiden mittleren Werten; es zählt der, der näher am "
                "Mittelwert aller Antworten liegt, bei Gleichstand der niedrigere. Liegen Antworten zwei "
                "oder mehr Stufen auseinander, wird die Frage mit „Diskussionsbedarf“ markiert: Die "
                "Unterschiede sind selbst ein Befund über die Verankerung in der Verwaltung.",
                "Wie viele Personen „weiß nicht“ geantwortet haben, bleibt sichtbar. Tatsachenfragen "
                "(etwa „Gibt es einen Ratsbeschluss?“) werden markiert, sobald die Angaben voneinander "
                "abweichen: Eine Tatsache wird nachgesehen, nicht abgestimmt.",
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
            "Your municipality, gate questions and the quick check",
            (
                "At the start you state how the municipality is administered (its own administration, a "
                "member of an Amt, Verbandsgemeinde, Samtgemeinde or Verwaltungsgemeinschaft, or the Amt "
                "itself), how many people live there and who answers for whom. Questions on tasks the Amt "
                "does for a member municipality (such as procurement, staff, standards) are not asked of "
                "it. Where the people in charge differ, the question is worded differently (the Amt "
                "instead of an own central administration).",
                "Gate questions ask first whether there are projects yet, a quick win, partners and a "
                "strategy. If the answer is “no”, the questions that depend on it are left out. What does "
                "not apply or is left out is not scored, not counted as 0 and shown as “left out”. The "
                "gate question itself counts once: an absence is counted once, not again in every "
                "dependent question. If the gate question is all that is scored in a dimension, the level "
                "follows from it, with an explanation and a first step. Leaving out never lowers a score: "
                "the questions left out would otherwise have counted as 0.",
                "The quick check asks only the key and gate questions (about 15 minutes). It gives a "
                "provisional profile and the first steps and can be completed into the full check later "
                "without answering anything twice.",
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
                "Recommendations name their prerequisites: no step comes before an open step it "
                "depends on (first a responsible person, then the council's mandate, then the list of "
                "ideas, then the first quick win). Every recommendation states its estimated staff hours. "
                "Every step goes to someone who exists in the municipality: without a responsible person "
                "the smart city team's tasks go to the central administration, in a member municipality to "
                "the mayor; there the Amt does what the central administration, departments, IT and "
                "finance would do.",
                "Quick-win ideas are rated on the criteria of the Wolfsburg workshop with 0 (not "
                "met), 1 (partly) or 2 (fully) and ranked by their sum.",
            ),
        ),
        Section(
            "Several respondents and repetition",
            (
                "When several people answer, the median counts for each question. With an even number of "
                "answers it lies between the two middle values; the one nearer the mean of all answers "
                "counts, on a tie the lower one. Where answers lie two or more levels apart, the question "
                "is flagged “needs discussion”: the differences are themselves a finding about support "
                "inside the administration.",
                "How many people answered “don't know” stays visible. Questions of fact (such as “Is there "
                "a council decision?”) are flagged as soon as the answers differ: a fact is looked up, not "
                "voted on.",
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
