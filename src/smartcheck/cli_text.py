"""The command line's own sentences in English, and the language they are printed in.

The German sentence is the key, as in Qt's translation files: a command writes
``say("Exportiert: {out} ({what})", out=..., what=...)`` and the English
interface (``smartcheck --lang en`` or an English locale, chosen once by
``cli.main`` through :func:`use`) prints the English entry of :data:`ENGLISH`
instead. A German sentence without an English entry is a bug; a test reads
every ``say``/``tr``/``fail`` call in the door and checks that it has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .core.errors import UserError, terminal_safe

if TYPE_CHECKING:
    from .core.assessment import Assessment

_language = ["de"]

ENGLISH: dict[str, str] = {
    # the arguments (smartcheck --help, smartcheck BEFEHL --help)
    "SmartCheck: Smart-City-Readiness-Check für kleine Kommunen (offline). Ohne BEFEHL startet das Programm.": "SmartCheck: smart city readiness check for small municipalities (offline). Without COMMAND the "
    "application starts.",
    "diese Hilfe zeigen": "show this help",
    "Versionsnummer zeigen": "show the version number",
    "Datenordner (sonst SMARTCHECK_DATA_DIR, ein Ordner 'SmartCheck-Daten' neben dem Programm oder der "
    "Benutzerordner)": "data folder (else SMARTCHECK_DATA_DIR, a folder 'SmartCheck-Daten' beside the program, or the user's "
    "folder)",
    "Sprache der Meldungen (sonst nach LANG: en_* gibt Englisch, sonst Deutsch)": "language of the messages (else by LANG: en_* gives English, anything else German)",
    "BEFEHL": "COMMAND",
    "Befehle": "commands",
    "Demo-Kommunen 'Musterstadt' (drei Einschätzungen) und 'Kleinhausen' (Mitgliedsgemeinde) anlegen": "add the demo municipalities 'Musterstadt' (three assessments) and 'Kleinhausen' (member municipality)",
    "gespeicherte Einschätzungen auflisten": "list the stored assessments",
    "als JSON ausgeben": "print as JSON",
    "Kurzfassung für den Rat oder vollständigen Bericht erstellen": "write the council summary or the full report",
    "council: Kurzfassung für den Rat (höchstens 4 Seiten); full: Kurzfassung und Anlage in einer Datei "
    "(Standard); progress: Umsetzungsbericht der Maßnahmen; story: eine Seite für Bürgerinnen und Bürger": "council: summary for the council (at most 4 pages); full: summary and annex in one file (default); "
    "progress: progress report of the measures; story: one page for citizens",
    "pdf (Standard); docx: Word (nur --kind council); txt: Text/Markdown (nur --kind story)": "pdf (default); docx: Word (--kind council only); txt: text/Markdown (--kind story only)",
    "Zieldatei (Standard: Dokumente/SmartCheck)": "output file (default: Documents/SmartCheck)",
    "Sprache des Berichts": "language of the report",
    "Kontakt für Bürgerinnen und Bürger (--kind story)": "contact for citizens (--kind story)",
    "ein Profil (Stufen, Ziele, Kontext; keine Antworten) für Nachbarn oder das Amt": "a profile (levels, targets, context; no answers) for neighbours or the joint administration",
    "Zieldatei (.json)": "output file (.json)",
    "ohne den Namen der Kommune": "without the municipality's name",
    "Profile mehrerer Kommunen nebeneinander (optional als PDF)": "profiles of several municipalities side by side (optionally as PDF)",
    "Profildateien aus 'smartcheck share'": "profile files from 'smartcheck share'",
    "das Regionspapier als PDF schreiben": "write the region paper as PDF",
    "Name der Region; mit Dateien: so speichern, ohne: gespeicherte laden": "name of the region; with files: store them under it, without: load the stored one",
    "KOMMUNE": "MUNICIPALITY",
    "die eigene Kommune hervorheben": "highlight your own municipality",
    "Sprache": "language",
    "eine Einschätzung als JSON oder CSV exportieren": "export an assessment as JSON or CSV",
    "Zieldatei": "output file",
    "statt JSON eine CSV-Datei (Semikolon, UTF-8 mit BOM): Antworten oder Handlungsplan": "a CSV file instead of JSON (semicolons, UTF-8 with BOM): answers or action plan",
    "Sprache der CSV-Texte": "language of the CSV texts",
    "Einschätzungen aus JSON-Dateien oder ausgefüllten Antwortbögen übernehmen": "take in assessments from JSON files or filled-in answer sheets",
    "Antwortbogen: Name der Kommune (sonst der Dateiname)": "answer sheet: name of the municipality (else the file name)",
    "Antwortbogen: Einwohnerzahl": "answer sheet: number of inhabitants",
    "Antwortbogen: eigene Verwaltung, Mitgliedsgemeinde eines Amtes oder das Amt": "answer sheet: own administration, member municipality of a joint administration, or the joint "
    "administration",
    "Antwortbogen: wer geantwortet hat (Rolle)": "answer sheet: who answered (role)",
    "Leeren Antwortbogen (CSV oder XLSX) für Personen ohne das Programm schreiben": "write an empty answer sheet (CSV or XLSX) for people without the program",
    "Zieldatei (Standard: SmartCheck-Antwortbogen.csv)": "output file (default: SmartCheck-Antwortbogen.csv)",
    "Einschätzungen mehrerer Personen zu einem Entwurf zusammenführen (Median, Diskussionsbedarf)": "merge several people's assessments into one draft (median, questions needing discussion)",
    "IDs gespeicherter Einschätzungen (auch der Anfang genügt) und/oder exportierte JSON-Dateien": "IDs of stored assessments (the beginning is enough) and/or exported JSON files",
    "den Entwurf in diese Datei schreiben statt im Datenordner speichern": "write the draft into this file instead of storing it in the data folder",
    "eine Einschätzung löschen (nach Rückfrage; vorher wird gesichert)": "delete an assessment (after asking; a backup is made first)",
    "ID der Einschätzung (auch der Anfang genügt)": "ID of the assessment (the beginning is enough)",
    "ohne Rückfrage löschen": "delete without asking",
    "eine abgeschlossene Einschätzung wieder zur Bearbeitung öffnen": "open a completed assessment for editing again",
    "Sicherungskopien der Datenbank auflisten (neueste zuerst)": "list the database's backups (newest first)",
    "eine Sicherungskopie wiederherstellen (die bisherige Datenbank wird aufbewahrt)": "restore a backup (the database until then is kept)",
    "DATEI": "FILE",
    "die Sicherung (Pfad oder Dateiname aus 'smartcheck backups')": "the backup (path, or file name from 'smartcheck backups')",
    "die neueste brauchbare Sicherung": "the newest usable backup",
    "Fragebögen prüfen": "check questionnaires",
    "AKTION": "ACTION",
    "Fragebogen-Dateien (TOML) prüfen": "check questionnaire files (TOML)",
    "JSON Schema eines Dateiformats ausgeben": "print the JSON Schema of a file format",
    "die neueste abgeschlossene Einschätzung": "the newest completed assessment",
    "übernommene Maßnahmen und ihr Stand (mit 'set N --status S' ändern)": "adopted measures and where they stand (change with 'set N --status S')",
    "nur Maßnahmen mit diesem Status (geplant, begonnen, erledigt, zurückgestellt, verworfen)": "only measures with this status (planned, started, done, deferred, dropped)",
    "Status einer Maßnahme ändern (mit Datum und Notiz im Verlauf)": "change a measure's status (with date and note in its history)",
    "Nummer der Maßnahme (aus 'smartcheck measures')": "number of the measure (from 'smartcheck measures')",
    "neuer Status: geplant, begonnen, erledigt, zurückgestellt oder verworfen": "new status: planned, started, done, deferred or dropped",
    "Notiz zur Änderung": "note on the change",
    "Name der zuständigen Person": "name of the person responsible",
    "JJJJ-MM-TT": "YYYY-MM-DD",
    "neues Fälligkeitsdatum": "new due date",
    # cli
    "{file}: in Ordnung ({dimensions} Dimensionen, {questions} Fragen)": "{file}: fine ({dimensions} dimensions, {questions} questions)",
    "Die Oberfläche kann nicht starten: {error}": "The application cannot start: {error}",
    "abgebrochen": "cancelled",
    "Ein Bericht steht in {path}": "A report is in {path}",
    "Es konnte kein Bericht geschrieben werden": "No report could be written",
    "Unerwarteter Fehler – das ist ein Fehler in SmartCheck, nicht in Ihren Daten. {where}; bitte schicken Sie ihn "
    "an den Support. Gespeicherte Einschätzungen sind nicht betroffen.": "Unexpected error – this is a fault in SmartCheck, not in your data. {where}; please send it to support. "
    "Stored assessments are not affected.",
    # demo, list
    "Die Demo-Kommunen {demo} und {small} sind bereits angelegt; nichts geändert ({folder}).": "The demo municipalities {demo} and {small} exist already; nothing changed ({folder}).",
    "Demo-Kommunen {demo} und {small} angelegt in {folder}:": "Demo municipalities {demo} and {small} added in {folder}:",
    "Im Datenordner {folder} ist keine abgeschlossene Einschätzung gespeichert "
    "('smartcheck list' zeigt alle, 'smartcheck demo' legt ein Beispiel an).": "The data folder {folder} holds no completed assessment "
    "('smartcheck list' shows all, 'smartcheck demo' adds an example).",
    "Noch keine Einschätzungen gespeichert (Datenordner {folder}). 'smartcheck demo' legt ein Beispiel an.": "No assessments stored yet (data folder {folder}). 'smartcheck demo' adds an example.",
    "ID": "ID",
    "Datum": "Date",
    "Kommune": "Municipality",
    "Status": "Status",
    "Antworten": "Answers",
    "Stufen 0–{top} je Dimension ({legend}); – = noch nicht bewertbar.": "Levels 0–{top} per dimension ({legend}); – = not assessable yet.",
    # export, import, sheet, report
    "Exportiert: {out} ({what})": "Exported: {out} ({what})",
    "{count} Einschätzung importiert:": "{count} assessment imported:",
    "{count} Einschätzungen importiert:": "{count} assessments imported:",
    "Antwortbögen (.csv, .xlsx) und JSON-Dateien bitte getrennt importieren.": "Please import answer sheets (.csv, .xlsx) and JSON files separately.",
    "--einwohner: {value} ist keine Einwohnerzahl": "--einwohner: {value} is not a number of inhabitants",
    "{out}: der Antwortbogen wird als .csv oder .xlsx geschrieben": "{out}: the answer sheet is written as .csv or .xlsx",
    "Antwortbogen geschrieben: {out}": "Answer sheet written: {out}",
    "Bericht geschrieben: {out} ({what})": "Report written: {out} ({what})",
    "Umsetzungsbericht geschrieben: {out} ({what})": "Progress report written: {out} ({what})",
    # merge
    "{count} Einschätzungen von {name} zusammengeführt: {answered} von {total} Fragen beantwortet (Median je Frage).": "{count} assessments of {name} merged: {answered} of {total} questions answered (median per question).",
    "Kein Diskussionsbedarf: alle Antworten liegen höchstens eine Stufe auseinander.": "No question needs discussion: all answers are at most one level apart.",
    "Diskussionsbedarf bei 1 Frage (Antworten zwei oder mehr Stufen auseinander):": "One question needs discussion (answers two or more levels apart):",
    "Diskussionsbedarf bei {count} Fragen (Antworten zwei oder mehr Stufen auseinander):": "{count} questions need discussion (answers two or more levels apart):",
    "{low} bis {high}": "{low} to {high}",
    "Im Konsens-Workshop den Wert festlegen und die Notiz von „Diskussionsbedarf“ auf „Vereinbart“ ändern.": "Settle the value in the consensus workshop and replace “Diskussionsbedarf” in the note with “Agreed”.",
    "Zusammengeführter Entwurf geschrieben: {out} (ID {id}; 'smartcheck import' übernimmt ihn)": "Merged draft written: {out} (ID {id}; 'smartcheck import' takes it in)",
    "Neuer Entwurf gespeichert: ID {id} ({name}); in SmartCheck mit „Entwurf fortsetzen“ öffnen.": "New draft stored: ID {id} ({name}); open it in SmartCheck with “Continue draft”.",
    # backups, restore
    "Im Datenordner {folder} gibt es noch keine Sicherungen. SmartCheck legt beim ersten Start eines Tages "
    "eine an, sobald Einschätzungen gespeichert sind.": "The data folder {folder} has no backups yet. SmartCheck makes one at the first start of a day "
    "once assessments are stored.",
    "Anlass": "Reason",
    "Einschätzungen": "Assessments",
    "Datei": "File",
    "beschädigt": "damaged",
    "Sicherungen in {folder} (neueste zuerst):": "Backups in {folder} (newest first):",
    "{file} ist beschädigt: {problem}": "{file} is damaged: {problem}",
    "'smartcheck restore --latest' stellt die neueste brauchbare Sicherung wieder her, "
    "'smartcheck restore DATEI' eine bestimmte; die bisherige Datenbank wird aufbewahrt.": "'smartcheck restore --latest' restores the newest usable backup, 'smartcheck restore FILE' "
    "a given one; the database until then is kept.",
    "Tagessicherung beim Start": "daily backup at start",
    "vor dem Löschen einer Einschätzung": "before deleting an assessment",
    "von Hand angelegt": "made by hand",
    "vor dem Datenbank-Update auf Version {version}": "before the database update to version {version}",
    "Wiederhergestellt: die Sicherung vom {when} ({count}) aus {file}": "Restored: the backup of {when} ({count}) from {file}",
    "1 Einschätzung": "1 assessment",
    "{count} Einschätzungen": "{count} assessments",
    "Sie ist jetzt die Datenbank {database}.": "It is now the database {database}.",
    "Die bisherige Datenbank wurde aufbewahrt als {kept}.": "The database until then was kept as {kept}.",
    "Es gab vorher keine Datenbank in diesem Datenordner.": "There was no database in this data folder before.",
    # delete, reopen
    "Einschätzung {what} löschen?": "Delete the assessment {what}?",
    "{question} Ohne Rückfrage nur mit --yes.": "{question} Without a terminal, only with --yes.",
    "[j/N]": "[y/N]",
    "Nichts gelöscht.": "Nothing deleted.",
    "Gelöscht: {what}.": "Deleted: {what}.",
    "Vorher wurde eine Sicherung angelegt; 'smartcheck backups' zeigt sie, 'smartcheck restore DATEI' holt sie "
    "zurück.": "A backup was made first; 'smartcheck backups' lists it, 'smartcheck restore FILE' brings it back.",
    "Die Einschätzung {what} ist ein Entwurf und schon bearbeitbar.": "The assessment {what} is a draft and can be edited already.",
    "Wieder zur Bearbeitung geöffnet: {what}.": "Open for editing again: {what}.",
    "Sie erscheint als Entwurf; im Programm mit „Entwurf fortsetzen“ ändern und erneut abschließen.": "It is listed as a draft; change it in the app with “Continue draft” and complete it again.",
    # measures
    "--status: unbekannter Status '{text}' (erlaubt: {choices})": "--status: unknown status '{text}' (allowed: {choices})",
    "Maßnahme '{text}': bitte die Nummer angeben, die 'smartcheck measures' zeigt.": "Measure '{text}': please give the number that 'smartcheck measures' shows.",
    "Maßnahme {number}: die Nummern beginnen bei 1 ('smartcheck measures' zeigt alle).": "Measure {number}: the numbers start at 1 ('smartcheck measures' shows all).",
    "{option}: '{text}' ist kein Datum im Format JJJJ-MM-TT (z. B. 2026-09-30).": "{option}: '{text}' is not a date in the form YYYY-MM-DD (e.g. 2026-09-30).",
    "Nr.": "No.",
    "Fällig": "Due",
    "Zuständig": "Owner",
    "Maßnahme": "Measure",
    "{status} (überfällig)": "{status} (overdue)",
    "Keine Maßnahmen mit diesem Status.": "No measures with this status.",
    "Noch keine Maßnahmen übernommen. In SmartCheck auf der Ergebnisseite „Plan übernehmen …“ wählen.": "No measures adopted yet. In SmartCheck, choose “Adopt plan …” on the result page.",
    "zuständig: {owner}": "owner: {owner}",
    "fällig am {due}": "due on {due}",
    "Maßnahme {number} „{title}“: jetzt {status}{more}.": "Measure {number} “{title}”: now {status}{more}.",
    # share, region, story
    "{what}: ein Entwurf wird nicht weitergegeben; bitte erst abschließen": "{what}: a draft is not shared; please complete it first",
    "anonym (ohne Namen der Kommune)": "anonymous, without the municipality's name",
    "Profil geschrieben: {out} ({who}; {count} Erfolgsfaktoren, keine Antworten, keine Notizen, "
    "keine Namen von Personen)": "Profile written: {out} ({who}; {count} success factors, no answers, no notes, no names of people)",
    "Keine Profile zum Vergleichen.": "No profiles to compare.",
    "Abstand": "Distance",
    "{count} Kommunen, Fragebogen {questionnaire}; Stufen 0–{top}, Abstand = mittlere Abweichung vom Median": "{count} municipalities, questionnaire {questionnaire}; levels 0–{top}, distance = mean deviation "
    "from the median",
    "; » = eigene Kommune": "; » = own municipality",
    "keine Frage geändert": "no question changed",
    "Nicht direkt verglichen ({questionnaire}): {members}; geänderte Erfolgsfaktoren: {changed}": "Not compared directly ({questionnaire}): {members}; changed success factors: {changed}",
    "region: Profildateien angeben oder mit --name eine gespeicherte Region öffnen": "region: give profile files, or open a stored region with --name",
    "Region „{name}“ gespeichert ({count} Profile).": "Region “{name}” stored ({count} profiles).",
    "Regionspapier geschrieben: {out}": "Region paper written: {out}",
    "Seite für Bürgerinnen und Bürger geschrieben: {out} ({what})": "Page for citizens written: {out} ({what})",
}


def use(lang: str) -> None:
    """Print the command line's sentences in ``lang`` ("de" or "en") from now on."""
    _language[0] = "en" if lang == "en" else "de"


def language() -> str:
    return _language[0]


def tr(german: str, **values: object) -> str:
    """``german`` (a template with ``{name}`` fields) in the chosen language, filled with ``values``."""
    template = ENGLISH[german] if _language[0] == "en" else german
    return template.format(**values)


def say(german: str = "", **values: object) -> None:
    """Print a line for the user in the chosen language; user text in it cannot steer the terminal."""
    print(terminal_safe(tr(german, **values) if german else ""))


def fail(german: str, **values: object) -> UserError:
    """A :class:`UserError` that carries both languages (``raise fail(...)``)."""
    return UserError(german.format(**values), english=ENGLISH[german].format(**values))


def named(assessment: Assessment) -> str:
    """How a message names an assessment: municipality, state and date, short id."""
    from .core.assessment import Status
    from .core.labels import describe, format_date

    if _language[0] != "en":
        return describe(assessment)
    when = "completed" if assessment.status == Status.COMPLETE else "draft of"
    return f"{assessment.municipality.name}, {when} {format_date(assessment.date, 'en')}, ID {assessment.id[:8]}"
