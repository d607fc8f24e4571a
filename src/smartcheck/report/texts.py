"""The fixed words of the PDF, in German and English, and how dates and numbers read.

Texts that come from the questionnaire (dimension names, level names, band
texts, recommendations) are not here: the report takes them from the
assessment's questionnaire snapshot.
"""

from __future__ import annotations

from datetime import datetime

from ..core.labels import local_time
from ..core.plain import in_language

TEXTS: dict[str, tuple[str, str]] = {
    # document and page frame
    "doc_title": (
        "Smart-City-Readiness-Check: Ergebnis und Handlungsplan",
        "Smart City Readiness Check: results and action plan",
    ),
    "doc_subject": (
        "Selbsteinschätzung und Handlungsplan der Kommune {name}",
        "Self-assessment and action plan of {name}",
    ),
    "page_x_of_y": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "header": ("Smart-City-Readiness-Check · {name}", "Smart City Readiness Check · {name}"),
    # council paper (Kurzfassung für den Rat)
    "council_title": ("Kurzfassung für den Rat", "Summary for the council"),
    "council_kicker": ("Beschlussvorlage · Kurzfassung für den Rat", "Council paper · summary for the council"),
    "field_committee": ("Gremium", "Committee"),
    "field_number": ("Vorlagen-Nr.", "Paper no."),
    "field_meeting": ("Sitzung am", "Meeting on"),
    "field_date": ("Datum", "Date"),
    "council_subject": (
        "Smart-City-Readiness-Check der Kommune {name}: Ergebnis und Maßnahmen",
        "Smart City Readiness Check of {name}: result and measures",
    ),
    "council_resolution": ("Beschlussvorschlag", "Proposed resolution"),
    "resolution_note": (
        "Der Rat nimmt das Ergebnis der Selbsteinschätzung der Verwaltung vom {date} zur Kenntnis.",
        "The council takes note of the result of the administration's self-assessment of {date}.",
    ),
    "resolution_charge": (
        "Er beauftragt die Verwaltung, die Maßnahmen {numbers} der folgenden Tabelle umzusetzen, "
        "und bittet sie, dem zuständigen Ausschuss bis zum {back} über den Stand zu berichten.",
        "It charges the administration with carrying out measures {numbers} of the table below "
        "and asks it to report on their progress to the responsible committee by {back}.",
    ),
    "resolution_none": (
        "Die Verwaltung berichtet dem zuständigen Ausschuss bis zum {back} erneut.",
        "The administration reports to the responsible committee again by {back}.",
    ),
    "range": ("{low} bis {high}", "{low} to {high}"),
    "council_facts": ("Sachverhalt", "Background"),
    "facts_did": (
        "Die Verwaltung hat am {date} mit dem Smart-City-Readiness-Check selbst eingeschätzt, wie gut "
        "sie für Smart-City-Vorhaben aufgestellt ist.",
        "On {date} the administration assessed, using the Smart City Readiness Check, how well it is "
        "prepared for smart city projects.",
    ),
    "facts_people": (
        "An der Einschätzung haben {n} Beschäftigte aus der Verwaltung mitgewirkt.",
        "{n} members of staff took part in the assessment.",
    ),
    "facts_people_none": (
        "Wer an der Einschätzung mitgewirkt hat, ist nicht erfasst.",
        "Who took part in the assessment was not recorded.",
    ),
    "facts_scale": (
        "Der Fragebogen umfasst {dims} Dimensionen mit {questions} Fragen; jede Dimension erhält eine "
        "Stufe von 0 ({low}) bis 4 ({high}), eine Gesamtnote gibt es bewusst nicht.",
        "The questionnaire covers {dims} dimensions with {questions} questions; each dimension "
        "receives a level from 0 ({low}) to 4 ({high}); there is deliberately no overall grade.",
    ),
    "facts_best": (
        "Am weitesten ist die Verwaltung bei: {names} (Stufe {level}).",
        "The administration is furthest along in: {names} (level {level}).",
    ),
    "facts_gap": (
        "In {n} von {total} Dimensionen liegt sie unter ihrer selbst gesetzten Ziel-Stufe, am "
        "deutlichsten bei: {names}.",
        "In {n} of {total} dimensions it is below the target level it set itself, most clearly in: {names}.",
    ),
    "facts_no_gap": (
        "Alle bewerteten Dimensionen erreichen die selbst gesetzte Ziel-Stufe.",
        "Every assessed dimension reaches the target level the administration set.",
    ),
    "facts_draft": (
        "Die Einschätzung ist noch nicht abgeschlossen ({n} noch nicht beantwortet); das Ergebnis ist vorläufig.",
        "The assessment is not finished yet ({n} not answered yet); the result is provisional.",
    ),
    "facts_unassessable": ("Nicht bewertbar sind: {names}.", "Not assessable: {names}."),
    "facts_change": (
        "Gegenüber der Einschätzung vom {date} ist die Stufe in {up} gestiegen und in {down} gesunken.",
        "Compared with the assessment of {date}, the level rose in {up} and fell in {down}.",
    ),
    "facts_change_up": (
        "Gegenüber der Einschätzung vom {date} ist die Stufe in {up} gestiegen und in keiner gesunken.",
        "Compared with the assessment of {date}, the level rose in {up} and fell in none.",
    ),
    "facts_change_same": (
        "Gegenüber der Einschätzung vom {date} hat sich keine Stufe verändert.",
        "Compared with the assessment of {date}, no level has changed.",
    ),
    "facts_first": (
        "Es ist die erste Einschätzung; eine Wiederholung nach 6 bis 12 Monaten zeigt die Entwicklung.",
        "This is the first assessment; repeating it after 6 to 12 months shows the development.",
    ),
    "facts_measures": (
        "Aus den Antworten ergeben sich {total} Maßnahmen; die Verwaltung schlägt die {n} "
        "dringlichsten vor, verteilt auf {dims}.",
        "The answers lead to {total} measures; the administration proposes the {n} most urgent, spread over {dims}.",
    ),
    "council_profile": ("Stand und Ziel je Dimension", "Status and target by dimension"),
    "chart_scale": ("Stufe", "Level"),
    "chart_current": ("Stufe", "level"),
    "chart_target": ("Ziel", "target"),
    "legend_provisional": ("vorläufige Stufe", "provisional level"),
    "profile_note": (
        "Stufen 0 bis 4; Ziel: die Stufe, die die Verwaltung in zwei bis drei Jahren erreichen will.",
        "Levels 0 to 4; target: the level the administration wants to reach in two to three years.",
    ),
    "profile_provisional": (
        "* vorläufig: weniger als 60 % beantwortet oder eine Schlüsselfrage offen.",
        "* provisional: under 60% answered or a key question open.",
    ),
    "council_measures": ("Vorgeschlagene Maßnahmen", "Proposed measures"),
    "col_owner": ("verantwortlich", "Responsible"),
    "col_due": ("bis", "by"),
    "col_hours": ("Aufwand", "Effort"),
    "col_cost": ("Kosten (€)", "Cost (€)"),
    "plan_ref": ("Anlage Nr. {n}", "annex no. {n}"),
    "measures_note": (
        "„bis“: Datum der Einschätzung plus Zeitraum der Empfehlung; Aufwand in Arbeitsstunden der "
        "Verwaltung. Den vollständigen Text jeder Maßnahme enthält die Anlage.",
        "“By”: date of the assessment plus the recommendation's horizon; effort in staff hours of "
        "the administration. The annex holds the full text of each measure.",
    ),
    "hours_estimated": (
        "* geschätzt nach Aufwandsklasse (gering 8, mittel 40, hoch 120 Stunden).",
        "* estimated by effort class (low 8, medium 40, high 120 hours).",
    ),
    "council_money": ("Finanzielle und personelle Auswirkungen", "Financial and staff implications"),
    "money_staff": (
        "Personal: zusammen etwa {hours} Arbeitszeit der Verwaltung für die {n} Maßnahmen, aus vorhandenem Personal.",
        "Staff: about {hours} of the administration's working time in total for the {n} measures, from existing staff.",
    ),
    "money_cost": (
        "Sachkosten: ____________ € im Haushaltsjahr ______, Produkt/Kostenstelle ____________ "
        "(von der Verwaltung einzutragen).",
        "Other costs: ____________ € in budget year ______, budget line ____________ (to be filled "
        "in by the administration).",
    ),
    "council_report_back": ("Bericht an den Ausschuss", "Report to the committee"),
    "report_back_text": (
        "Die Verwaltung berichtet dem zuständigen Ausschuss bis zum {date} über den Stand der "
        "Maßnahmen und wiederholt die Selbsteinschätzung nach 6 bis 12 Monaten.",
        "The administration reports on the measures to the responsible committee by {date} and "
        "repeats the self-assessment after 6 to 12 months.",
    ),
    "draft_header": ("ENTWURF", "DRAFT"),
    # cover
    "draft_mark": (
        "ENTWURF – die Einschätzung ist noch nicht abgeschlossen.",
        "DRAFT – the assessment is not finished yet.",
    ),
    "municipality": ("Kommune", "Municipality"),
    "ags": ("Gemeindeschlüssel", "Municipality key (AGS)"),
    "answered_by": ("Beantwortet von", "Answered by"),
    "nobody_named": ("keine Angaben", "not recorded"),
    "more_respondents": ("und {n} weitere (alle im JSON-/CSV-Export)", "and {n} more (all in the JSON/CSV export)"),
    "annex_title": ("Anlage: Ergebnisse und Handlungsplan", "Annex: results and action plan"),
    "annex_intro": (
        "Die Anlage zur Kurzfassung zeigt die Selbsteinschätzung der Kommune {name} vom {date} im "
        "Einzelnen: den Stand je Dimension mit Stärken und Lücken, den vollständigen Handlungsplan, "
        "die Quick-Win-Ideen, die Entwicklung und die Methode.",
        "This annex to the summary shows the self-assessment of {name} of {date} in detail: the "
        "status by dimension with strengths and gaps, the full action plan, the quick-win ideas, "
        "the progress and the method.",
    ),
    "questionnaire": ("Fragebogen", "Questionnaire"),
    "version": ("Version {version}", "version {version}"),
    # section titles
    "sec_dimensions": ("Ergebnisse je Dimension", "Results by dimension"),
    "sec_plan": ("Handlungsplan", "Action plan"),
    "sec_quick_wins": ("Quick-Win-Ideen", "Quick-win ideas"),
    "sec_progress": ("Entwicklung", "Progress"),
    "sec_method": ("Methode und Quellen", "Method and sources"),
    # summary
    "legend_current": ("aktuelle Stufe", "current level"),
    "legend_target": ("Ziel-Stufe", "target level"),
    "col_dimension": ("Dimension", "Dimension"),
    "col_level": ("Stufe", "Level"),
    "col_change": ("seit {date}", "since {date}"),
    "col_meaning": ("Was das für uns heißt", "What this means for us"),
    "levels_table": ("Stand je Dimension", "Status by dimension"),
    "col_level_target": ("Stufe / Ziel", "Level / target"),
    "target_short": ("Ziel: {n}", "target: {n}"),
    "first_assessment": (
        "Dies ist die erste Einschätzung der Kommune. Wiederholt die Verwaltung den "
        "Check nach 6 bis 12 Monaten, zeigt dieser Bericht die Veränderung.",
        "This is the municipality's first assessment. When the administration repeats "
        "the check after 6 to 12 months, this report will show the change.",
    ),
    # levels and coverage
    "not_assessable_short": ("n. b.", "n/a"),
    "coverage": ("{answered} von {applicable} beantwortet", "{answered} of {applicable} answered"),
    "coverage_unknown": ("{n} × weiß nicht", "{n} × don't know"),
    "coverage_na": ("{n} × trifft nicht zu", "{n} × not applicable"),
    "coverage_open": ("{n} offen", "{n} open"),
    "coverage_excluded": (
        "{n} entfallen für diese Verwaltungsform (nicht bewertet)",
        "{n} left out for this form of administration (not scored)",
    ),
    "coverage_skipped": (
        "{n} übersprungen, weil eine Torfrage mit „nein“ beantwortet ist (nicht bewertet)",
        "{n} skipped because a gate question is answered “no” (not scored)",
    ),
    "mean": ("{mean} von 4 Punkten ({percent} %)", "{mean} of 4 points ({percent}%)"),
    "capped": (
        "Die Stufe ist durch die Schlüsselfrage „{question}“ begrenzt (ohne Begrenzung: Stufe {n}).",
        "The level is capped by the key question “{question}” (without the cap: level {n}).",
    ),
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
    "no_recommendations": (
        "Für diese Dimension ergeben sich keine Empfehlungen.",
        "No recommendations follow for this dimension.",
    ),
    "band_low": ("Einstieg", "Getting started"),
    "band_middle": ("Verbindlich machen", "Make it binding"),
    "band_unknown": ("Klären", "Find out"),
    "band_high": ("Nächste Stufe", "Next level"),
    "key_question": ("Schlüsselfrage", "key question"),
    "source": ("Quelle: KTS-Bericht, {text}", "Source: KTS report, {text}"),
    # action plan
    "plan_intro": (
        "Alle Maßnahmen in der Reihenfolge ihrer Dringlichkeit: zuerst Schlüsselfragen mit 0 oder 1 "
        "Punkten, dann nach Abstand zur Ziel-Stufe mal Gewichtung, dann nach Punkten und Aufwand. "
        "Die letzte Spalte ist für Notizen und Beschlüsse in der Sitzung frei.",
        "All measures in order of urgency: key questions with 0 or 1 points first, then by the gap "
        "to the target level times the weight, then by score and effort. The last column is left "
        "free for the meeting.",
    ),
    "col_no": ("Nr.", "No."),
    "col_measure": ("Maßnahme", "Measure"),
    "col_success": ("Erfolgskriterium", "Success criterion"),
    "col_decision": ("Beschluss / Notiz", "Decision / note"),
    "col_who_when_effort": ("Wer · Zeitraum · Aufwand", "Who · horizon · effort"),
    "why": ("Anlass: {text}", "Reason: {text}"),
    "success": ("Erfolgskriterium: {text}", "Success criterion: {text}"),
    "effort_label": ("Aufwand: {effort}", "Effort: {effort}"),
    "rec_numbers": (
        "Die Maßnahmen zu dieser Dimension stehen im Handlungsplan unter Nr. {numbers}.",
        "The measures for this dimension are in the action plan under no. {numbers}.",
    ),
    "not_answered_yet": ("Diese Dimension ist noch nicht beantwortet.", "This dimension has not been answered yet."),
    "no_measures": ("Aus den Antworten ergeben sich keine Maßnahmen.", "The answers lead to no measures."),
    # quick wins
    "qw_intro": (
        "Die erfassten Ideen, bewertet nach den Quick-Win-Kriterien aus Workshop 1 der "
        "Regionalkonferenz Wolfsburg: ● voll erfüllt (2), ◐ teilweise (1), ○ nicht erfüllt (0). "
        "Reihenfolge nach der Summe.",
        "The recorded ideas, rated on the quick-win criteria of workshop 1 of the Wolfsburg "
        "regional conference: ● fully met (2), ◐ partly (1), ○ not met (0). Ordered by the sum.",
    ),
    "col_criterion": ("Kriterium", "Criterion"),
    "col_sum": ("Summe", "Sum"),
    "sum_of": ("{total} von {maximum}", "{total} of {maximum}"),
    "no_ideas": ("Es wurden noch keine Quick-Win-Ideen erfasst.", "No quick-win ideas were recorded yet."),
    "idea_pool": ("Anregungen aus dem Ideen-Pool des Berichts", "Suggestions from the report's idea pool"),
    # progress
    "trend_intro": (
        "Stufe je Dimension über alle {n} abgeschlossenen Einschätzungen der Kommune. "
        "Gestrichelt: die Ziel-Stufe der jeweiligen Einschätzung; offene Punkte: vorläufig.",
        "Level per dimension over all {n} completed assessments of the municipality. "
        "Dashed: the target level of each assessment; open markers: provisional.",
    ),
    "trend_draft": (
        "Der letzte Punkt ist dieser Entwurf; er zählt nicht als abgeschlossene Einschätzung.",
        "The last point is this draft; it does not count as a completed assessment.",
    ),
    "trend_table": ("Stufe (Punkte) je Einschätzung", "Level (score) per assessment"),
    "col_delta": ("Veränderung", "Change"),
    "questions_changed": ("Fragen mit veränderter Antwort seit {date}", "Questions answered differently since {date}"),
    "col_question": ("Frage", "Question"),
    "col_before": ("vorher", "before"),
    "col_now": ("jetzt", "now"),
    "questions_changed_note": (
        "Antworten in Punkten (0 bis 4); die Wortlaute der Antworten stehen im Fragebogen.",
        "Answers in points (0 to 4); the wording of the answers is in the questionnaire.",
    ),
    "no_question_changes": ("Keine Antwort hat sich verändert.", "No answer has changed."),
    "q_added": ("Seit {date} neu im Fragebogen: {items}.", "New in the questionnaire since {date}: {items}."),
    "q_removed": (
        "Seit {date} nicht mehr im Fragebogen: {items}.",
        "No longer in the questionnaire since {date}: {items}.",
    ),
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
    "definition_title": (
        "Was heißt Smart City für eine kleine Gemeinde?",
        "What does smart city mean for a small municipality?",
    ),
    "glossary_title": ("Begriffe", "Terms"),
    "col_term": ("Begriff", "Term"),
    "col_definition": ("Bedeutung", "Meaning"),
    "questionnaire_line": (
        "Fragebogen: {title}, Version {version} (Prüfsumme {hash}). Die Auswertung "
        "verwendet den Fragebogen, mit dem die Einschätzung beantwortet wurde.",
        "Questionnaire: {title}, version {version} (checksum {hash}). The results use "
        "the questionnaire the assessment was answered with.",
    ),
    "dimension_sources": ("Fundstellen je Dimension", "References by dimension"),
    "col_where": ("Fundstelle im Bericht", "Where in the report"),
    "col_description": ("Bedeutung", "Meaning"),
}


def t(key: str, lang: str = "de", **values: object) -> str:
    return in_language(TEXTS[key], lang, **values)


def fmt_short_date(moment: datetime, lang: str = "de") -> str:
    """11/2026: the axis labels of the trend chart."""
    local = local_time(moment)
    return f"{local.month:02d}/{local.year}"
