"""The fixed words of the PDF, in German and English, and how dates and numbers read.

Texts that come from the questionnaire (dimension names, level names, band
texts, recommendations) are not here: the report takes them from the
assessment's questionnaire snapshot.
"""

from __future__ import annotations

from datetime import datetime

from ..core.labels import local_time

TEXTS: dict[str, tuple[str, str]] = {
    # document and page frame
    "doc_title": ("Smart-City-Readiness-Check: Ergebnis und Handlungsplan",
                  "Smart City Readiness Check: results and action plan"),
    "doc_subject": ("Selbsteinschätzung und Handlungsplan der Kommune {name}",
                    "Self-assessment and action plan of {name}"),
    "page_x_of_y": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "header": ("Smart-City-Readiness-Check · {name}", "Smart City Readiness Check · {name}"),
    # cover
    "cover_kicker": ("Bericht für Rat und Ausschuss", "Report for the council and committees"),
    "assessment_of": ("Selbsteinschätzung vom {date}", "Self-assessment of {date}"),
    "draft_mark": ("ENTWURF – die Einschätzung ist noch nicht abgeschlossen.",
                   "DRAFT – the assessment is not finished yet."),
    "municipality": ("Kommune", "Municipality"),
    "ags": ("Gemeindeschlüssel", "Municipality key (AGS)"),
    "answered_by": ("Beantwortet von", "Answered by"),
    "nobody_named": ("keine Angaben", "not recorded"),
    "questionnaire": ("Fragebogen", "Questionnaire"),
    "version": ("Version {version}", "version {version}"),
    "cover_what": ("Worum es geht", "What this is about"),
    "cover_what_text": (
        "Die Verwaltung hat mit dem Smart-City-Readiness-Check selbst eingeschätzt, wie gut sie "
        "für Smart-City-Vorhaben aufgestellt ist. Für jede Dimension ergibt sich eine Stufe von "
        "0 bis 4; daraus folgt ein Handlungsplan mit Zuständigkeiten. Das Ergebnis ist eine "
        "Selbsteinschätzung, keine Bewertung von außen und keine Note. Es gibt bewusst keine "
        "Gesamtpunktzahl: Die schwächste Dimension zeigt, wo es zuerst hakt.",
        "Using the Smart City Readiness Check, the administration has assessed for itself how "
        "well it is prepared for smart city projects. Each dimension receives a level from 0 to "
        "4, and an action plan with responsibilities follows from it. The result is a "
        "self-assessment, not an external rating and not a grade. There is deliberately no "
        "overall score: the weakest dimension shows where things stall first."),
    "cover_contents": ("So ist der Bericht aufgebaut", "How this report is organised"),
    "guide_summary": ("Profil, Stand je Dimension, die fünf nächsten Schritte und die Veränderung – auf einer Seite.",
                      "Profile, status by dimension, the next five steps and the change – on one page."),
    "guide_dimensions": ("Je Dimension: Stufe, Datenbasis, Stärken, Lücken und Empfehlungen mit Beispielen.",
                         "For each dimension: level, data basis, strengths, gaps and recommendations with examples."),
    "guide_plan": ("Alle Maßnahmen mit Begründung, Zuständigkeit, Zeitraum, Aufwand und Erfolgskriterium; "
                   "eine freie Spalte für Beschlüsse.",
                   "All measures with reason, responsibility, horizon, effort and success criterion; a free "
                   "column for decisions."),
    "guide_quick_wins": ("Die Ideen für schnelle, sichtbare Erfolge, bewertet nach den Kriterien des Berichts.",
                         "The ideas for quick, visible successes, rated on the report's criteria."),
    "guide_progress": ("Die Entwicklung über alle Einschätzungen der Kommune.",
                       "The development over all assessments of the municipality."),
    "guide_method": ("Wie Punkte und Stufen berechnet werden und woher die Fragen stammen.",
                     "How scores and levels are computed and where the questions come from."),
    # section titles
    "sec_summary": ("Auf einen Blick", "At a glance"),
    "sec_dimensions": ("Ergebnisse je Dimension", "Results by dimension"),
    "sec_plan": ("Handlungsplan", "Action plan"),
    "sec_quick_wins": ("Quick-Win-Ideen", "Quick-win ideas"),
    "sec_progress": ("Entwicklung", "Progress"),
    "sec_method": ("Methode und Quellen", "Method and sources"),
    # summary
    "summary_intro": (
        "Stufen von 0 ({low}) bis 4 ({high}); Ziel-Stufe: wohin die Verwaltung in zwei bis drei Jahren will.",
        "Levels from 0 ({low}) to 4 ({high}); target level: where the administration wants to be in two to three years."),
    "weakest": ("Schwächste Dimension: {names}. Mittelwert aller Dimensionen: {mean} von 4.",
                "Weakest dimension: {names}. Mean of all dimensions: {mean} of 4."),
    "legend_current": ("aktuelle Stufe", "current level"),
    "legend_target": ("Ziel-Stufe", "target level"),
    "legend_range": ("Spanne, wenn vorläufig", "range if provisional"),
    "col_dimension": ("Dimension", "Dimension"),
    "col_level": ("Stufe", "Level"),
    "col_change": ("seit {date}", "since {date}"),
    "col_meaning": ("Was das für uns heißt", "What this means for us"),
    "levels_table": ("Stand je Dimension", "Status by dimension"),
    "next_steps": ("Die fünf nächsten Schritte", "The next five steps"),
    "col_plan_no": ("Plan-Nr.", "Plan no."),
    "col_level_target": ("Stufe / Ziel", "Level / target"),
    "target_short": ("Ziel: {n}", "target: {n}"),
    "no_steps": ("Aus den Antworten ergeben sich keine offenen Schritte.",
                 "The answers lead to no open steps."),
    "changes_title": ("Stufe seit der letzten Einschätzung am {date}",
                      "Level since the last assessment on {date}"),
    "changes_note": ("Punkte und einzelne Fragen: Abschnitt „Entwicklung“.",
                     "Scores and single questions: section “Progress”."),
    "not_comparable": ("nicht vergleichbar", "not comparable"),
    "first_assessment": ("Dies ist die erste Einschätzung der Kommune. Wiederholen Sie den Check "
                         "nach 6 bis 12 Monaten, dann zeigt dieser Bericht die Veränderung.",
                         "This is the municipality's first assessment. Repeat the check after 6 "
                         "to 12 months; this report will then show the change."),
    # levels and coverage
    "level": ("Stufe {n}", "Level {n}"),
    "level_named": ("Stufe {n} – {name}", "Level {n} – {name}"),
    "provisional": ("vorläufig", "provisional"),
    "provisional_range": ("vorläufig, Spanne {low}–{high}", "provisional, range {low}–{high}"),
    "not_assessable": ("nicht bewertbar", "not assessable"),
    "not_assessable_short": ("n. b.", "n/a"),
    "coverage": ("{answered} von {applicable} beantwortet", "{answered} of {applicable} answered"),
    "coverage_unknown": ("{n} × weiß nicht", "{n} × don't know"),
    "coverage_na": ("{n} × trifft nicht zu", "{n} × not applicable"),
    "coverage_open": ("{n} offen", "{n} open"),
    "mean": ("{mean} von 4 Punkten ({percent} %)", "{mean} of 4 points ({percent}%)"),
    "capped": ("Die Stufe ist durch die Schlüsselfrage „{question}“ begrenzt (ohne Begrenzung: Stufe {n}).",
               "The level is capped by the key question “{question}” (without the cap: level {n})."),
    # dimension sections
    "facts_level": ("Stufe", "Level"),
    "facts_target": ("Ziel-Stufe", "Target level"),
    "facts_score": ("Punkte", "Score"),
    "facts_coverage": ("Datenbasis", "Data basis"),
    "strengths": ("Stärken", "Strengths"),
    "gaps": ("Lücken", "Gaps"),
    "open_questions": ("Offene Fragen („weiß nicht“)", "Open questions (“don't know”)"),
    "none_yet": ("keine", "none"),
    "recommendations": ("Empfehlungen", "Recommendations"),
    "no_recommendations": ("Für diese Dimension ergeben sich keine Empfehlungen.",
                           "No recommendations follow for this dimension."),
    "rec_meta": ("Handlungsplan Nr. {number} · Wer: {role} · Wann: {horizon} · Aufwand: {effort}",
                 "Action plan no. {number} · Who: {role} · When: {horizon} · Effort: {effort}"),
    "rec_example": ("Beispiel aus der Praxis: {text}", "Practice example: {text}"),
    "band_low": ("Einstieg", "Getting started"),
    "band_middle": ("Verbindlich machen", "Make it binding"),
    "band_unknown": ("Klären", "Find out"),
    "band_high": ("Nächste Stufe", "Next level"),
    "key_question": ("Schlüsselfrage", "key question"),
    "source": ("Quelle: {text}", "Source: {text}"),
    # action plan
    "plan_intro": (
        "Alle Maßnahmen in der Reihenfolge ihrer Dringlichkeit: zuerst Schlüsselfragen mit 0 oder 1 "
        "Punkten, dann nach Abstand zur Ziel-Stufe mal Gewichtung, dann nach Punkten und Aufwand. "
        "Die letzte Spalte ist für die Sitzung frei.",
        "All measures in order of urgency: key questions with 0 or 1 points first, then by the gap "
        "to the target level times the weight, then by score and effort. The last column is left "
        "free for the meeting."),
    "col_no": ("Nr.", "No."),
    "col_measure": ("Maßnahme", "Measure"),
    "col_why": ("Warum (Frage → Antwort)", "Why (question → answer)"),
    "col_role": ("Zuständig", "Responsible"),
    "col_horizon": ("Zeitraum", "Horizon"),
    "col_effort": ("Aufwand", "Effort"),
    "col_success": ("Erfolgskriterium", "Success criterion"),
    "col_decision": ("Beschluss / Notiz", "Decision / note"),
    "col_who_when": ("Wer · Wann", "Who · When"),
    "no_measures": ("Aus den Antworten ergeben sich keine Maßnahmen.", "The answers lead to no measures."),
    # quick wins
    "qw_intro": (
        "Die erfassten Ideen, bewertet nach den Quick-Win-Kriterien aus Workshop 1 der "
        "Regionalkonferenz Wolfsburg: ● voll erfüllt (2), ◐ teilweise (1), ○ nicht erfüllt (0). "
        "Reihenfolge nach der Summe.",
        "The recorded ideas, rated on the quick-win criteria of workshop 1 of the Wolfsburg "
        "regional conference: ● fully met (2), ◐ partly (1), ○ not met (0). Ordered by the sum."),
    "col_criterion": ("Kriterium", "Criterion"),
    "col_sum": ("Summe", "Sum"),
    "sum_of": ("{total} von {maximum}", "{total} of {maximum}"),
    "no_ideas": ("Es wurden noch keine Quick-Win-Ideen erfasst.", "No quick-win ideas were recorded yet."),
    "idea_pool": ("Anregungen aus dem Ideen-Pool des Berichts", "Suggestions from the report's idea pool"),
    # progress
    "trend_intro": ("Stufe je Dimension über alle {n} abgeschlossenen Einschätzungen der Kommune. "
                    "Gestrichelt: die Ziel-Stufe der jeweiligen Einschätzung; offene Punkte: vorläufig.",
                    "Level per dimension over all {n} completed assessments of the municipality. "
                    "Dashed: the target level of each assessment; open markers: provisional."),
    "trend_table": ("Stufe (Punkte) je Einschätzung", "Level (score) per assessment"),
    "col_delta": ("Veränderung", "Change"),
    "questions_changed": ("Fragen mit veränderter Antwort seit {date}", "Questions answered differently since {date}"),
    "col_question": ("Frage", "Question"),
    "col_before": ("vorher", "before"),
    "col_now": ("jetzt", "now"),
    "questions_changed_note": ("Antworten in Punkten (0 bis 4); die Wortlaute der Antworten stehen im Fragebogen.",
                               "Answers in points (0 to 4); the wording of the answers is in the questionnaire."),
    "no_question_changes": ("Keine Antwort hat sich verändert.", "No answer has changed."),
    "q_added": ("Seit {date} neu im Fragebogen: {items}.", "New in the questionnaire since {date}: {items}."),
    "q_removed": ("Seit {date} nicht mehr im Fragebogen: {items}.", "No longer in the questionnaire since {date}: {items}."),
    "q_reworded": ("Umformuliert (mit Vorsicht vergleichen): {items}.", "Reworded (compare with care): {items}."),
    "older_hidden": ("Die Tabelle zeigt die letzten {n} Einschätzungen.", "The table shows the last {n} assessments."),
    "unanswered": ("nicht beantwortet", "not answered"),
    # method
    "col_level_name": ("Bezeichnung", "Name"),
    "col_cutoff": ("Punkte", "Score"),
    "cutoff_range": ("{low} bis unter {high}", "{low} to below {high}"),
    "cutoff_from": ("ab {low}", "from {low}"),
    "cutoffs_title": ("Stufen und Schwellen dieses Fragebogens", "Levels and cut-offs of this questionnaire"),
    "key_questions_title": ("Schlüsselfragen (begrenzen die Stufe)", "Key questions (they cap the level)"),
    "sources_title": ("Quellen", "Sources"),
    "questionnaire_line": ("Fragebogen: {title}, Version {version} (Prüfsumme {hash}). Die Auswertung "
                           "verwendet den Fragebogen, mit dem die Einschätzung beantwortet wurde.",
                           "Questionnaire: {title}, version {version} (checksum {hash}). The results use "
                           "the questionnaire the assessment was answered with."),
    "dimension_sources": ("Fundstellen je Dimension", "References by dimension"),
    "col_where": ("Fundstelle im Bericht", "Where in the report"),
    "col_description": ("Bedeutung", "Meaning"),
}


def t(key: str, lang: str = "de", **values: object) -> str:
    de, en = TEXTS[key]
    text = en if lang == "en" else de
    return text.format(**values) if values else text


def fmt_short_date(moment: datetime, lang: str = "de") -> str:
    """11/2026: the axis labels of the trend chart."""
    local = local_time(moment)
    return f"{local.month:02d}/{local.year}"


def fmt_num(value: float, lang: str = "de", digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text if lang == "en" else text.replace(".", ",")
