<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>App</name>
    <message>
        <source>Unerwarteter Fehler – das ist ein Fehler in SmartCheck, nicht in Ihren Daten. Ein Bericht steht in {path}; bitte schicken Sie ihn an den Support. Gespeicherte Einschätzungen sind nicht betroffen.</source>
        <translation>Unexpected error – this is a fault in SmartCheck, not in your data. A report is in {path}; please send it to support. Saved assessments are not affected.</translation>
    </message>
    <message>
        <source>SmartCheck wird beendet</source>
        <translation>SmartCheck is closing</translation>
    </message>
    <message>
        <source>SmartCheck kann nicht starten</source>
        <translation>SmartCheck cannot start</translation>
    </message>
    <message>
        <source>eine Einschätzung</source>
        <translation>one assessment</translation>
    </message>
    <message>
        <source>{count} Einschätzungen</source>
        <translation>{count} assessments</translation>
    </message>
    <message>
        <source>Die Datenbank war beschädigt und wurde als {file} beiseitegelegt. Soll die Sicherung vom {date} ({count}) wiederhergestellt werden?

Was nach dieser Sicherung eingegeben wurde, ist darin nicht enthalten und geht verloren; die beschädigte Datei bleibt im Datenordner.</source>
        <translation>The database was damaged and has been set aside as {file}. Restore the backup from {date} ({count})?

Whatever was entered after this backup is not in it and is lost; the damaged file stays in the data folder.</translation>
    </message>
    <message>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt; die beschädigte Datei liegt als {file} im Datenordner.</source>
        <translation>Backup restored; the damaged file is kept as {file} in the data folder.</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Zur &amp;Prüfung</source>
        <translation>Go to re&amp;view</translation>
    </message>
    <message>
        <source>Direkt zur Übersicht der offenen Punkte</source>
        <translation>Straight to the list of open items</translation>
    </message>
    <message>
        <source>Schließt das Fenster. Alles ist bereits gespeichert; beim nächsten Öffnen geht es an derselben Stelle weiter.</source>
        <translation>Closes the window. Everything is saved already; next time you continue at the same place.</translation>
    </message>
    <message>
        <source>{title} – {name}</source>
        <translation>{title} – {name}</translation>
    </message>
    <message>
        <source>Schritt {number} von {total}</source>
        <translation>Step {number} of {total}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Zwei Einschätzungen vergleichen</source>
        <translation>Compare two assessments</translation>
    </message>
    <message>
        <source>Zurück zur &amp;Übersicht</source>
        <translation>Back to &amp;overview</translation>
    </message>
    <message>
        <source>Zurück zur Übersicht</source>
        <translation>Back to overview</translation>
    </message>
    <message>
        <source>Frühere Einschätzung</source>
        <translation>Earlier assessment</translation>
    </message>
    <message>
        <source>Spätere Einschätzung</source>
        <translation>Later assessment</translation>
    </message>
    <message>
        <source>&amp;Frühere Einschätzung:</source>
        <translation>Ea&amp;rlier assessment:</translation>
    </message>
    <message>
        <source>&amp;Spätere Einschätzung:</source>
        <translation>&amp;Later assessment:</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Stufe vorher</source>
        <translation>Level before</translation>
    </message>
    <message>
        <source>Stufe nachher</source>
        <translation>Level after</translation>
    </message>
    <message>
        <source>Veränderung der Stufe</source>
        <translation>Change of level</translation>
    </message>
    <message>
        <source>Veränderung des Mittelwerts</source>
        <translation>Change of mean</translation>
    </message>
    <message>
        <source>Veränderung je Dimension</source>
        <translation>Change per dimension</translation>
    </message>
    <message>
        <source>(Entwurf)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Beide Seiten zeigen dieselbe Einschätzung.</source>
        <translation>Both sides show the same assessment.</translation>
    </message>
    <message>
        <source>Die beiden Einschätzungen nutzen verschiedene Fassungen des Fragebogens: {added} Fragen neu, {removed} entfallen, {reworded} umformuliert.</source>
        <translation>The two assessments use different versions of the questionnaire: {added} questions added, {removed} removed, {reworded} reworded.</translation>
    </message>
    <message>
        <source>Frage {number} ({before} → {after})</source>
        <translation>Question {number} ({before} → {after})</translation>
    </message>
    <message>
        <source>… und {count} weitere</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Gesunken ist eine Antwort: {items}.</source>
        <translation>One answer fell: {items}.</translation>
    </message>
    <message>
        <source>Gesunken sind {count} Antworten: {items}.</source>
        <translation>{count} answers fell: {items}.</translation>
    </message>
    <message>
        <source>Am meisten verbessert: {names}</source>
        <translation>Most improved: {names}</translation>
    </message>
</context>
<context>
    <name>Council</name>
    <message>
        <source>Kurzfassung für den Rat vorbereiten</source>
        <translation>Prepare the summary for the council</translation>
    </message>
    <message>
        <source>Wählen Sie die Maßnahmen, die der Rat beschließen soll (höchstens acht), und tragen Sie, wo bekannt, die verantwortliche Person und das Datum ein.</source>
        <translation>Choose the measures the council is to adopt (at most eight) and, where known, enter the person responsible and the date.</translation>
    </message>
    <message>
        <source>&amp;Gremium:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>&amp;Sitzung am:</source>
        <translation>&amp;Meeting on:</translation>
    </message>
    <message>
        <source>&amp;Datum der Vorlage:</source>
        <translation>&amp;Date of the paper:</translation>
    </message>
    <message>
        <source>&amp;Vorlagen-Nr.:</source>
        <translation>Paper &amp;no.:</translation>
    </message>
    <message>
        <source>leer lassen: Feld zum Ausfüllen</source>
        <translation>leave empty: a field to fill in by hand</translation>
    </message>
    <message>
        <source>Maßnahmen für den Beschlussvorschlag</source>
        <translation>Measures for the proposed resolution</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Verantwortlich für Maßnahme {n}</source>
        <translation>Responsible for measure {n}</translation>
    </message>
    <message>
        <source>Erledigt bis, Maßnahme {n}</source>
        <translation>Done by, measure {n}</translation>
    </message>
    <message>
        <source>Gewählte Maßnahmen als &amp;beschlossen übernehmen</source>
        <translation>Track the chosen measures as &amp;adopted</translation>
    </message>
    <message>
        <source>Wenn der Bericht geschrieben ist, werden die gewählten Maßnahmen mit Zuständigkeit und Datum auf der Seite „Maßnahmen“ verfolgt. Schon übernommene kommen nicht doppelt hinzu.</source>
        <translation>Once the report is written, the chosen measures are tracked with owner and date on the page “Measures”. Measures already adopted are not added twice.</translation>
    </message>
    <message>
        <source>{n} Maßnahmen gewählt (höchstens {max}).</source>
        <translation>{n} measures chosen (at most {max}).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Sicherung wiederherstellen</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <source>&amp;Leer beginnen</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message>
        <source>Entfällt für Ihre Gemeinde (nicht bewertet): Fragen {numbers}.</source>
        <translation>Left out for your municipality (not scored): questions {numbers}.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Dieser Hilfetext fehlt in der Installation ({name}).</source>
        <translation>This help text is missing from the installation ({name}).</translation>
    </message>
    <message>
        <source>SmartCheck-Hilfe</source>
        <translation>SmartCheck help</translation>
    </message>
    <message>
        <source>Hilfethemen</source>
        <translation>Help topics</translation>
    </message>
    <message>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>&amp;Themen:</source>
        <translation>&amp;Topics:</translation>
    </message>
    <message>
        <source>Die Kurzanleitung ist auf Deutsch; die Methode steht auch auf Englisch.</source>
        <translation>The user guide is in German; the method is in English too.</translation>
    </message>
    <message>
        <source>Kurzanleitung</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Glossar</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>abgeschlossen</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Entwurf, {answered} von {total}</source>
        <translation>Draft, {answered} of {total}</translation>
    </message>
    <message>
        <source>{dimension}: nicht bewertbar</source>
        <translation>{dimension}: not assessable</translation>
    </message>
    <message>
        <source>{dimension}: Stufe {level} – {name}</source>
        <translation>{dimension}: level {level} – {name}</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person / Rolle</source>
        <translation>Person / role</translation>
    </message>
    <message>
        <source>Willkommen bei SmartCheck</source>
        <translation>Welcome to SmartCheck</translation>
    </message>
    <message>
        <source>Demo-Kommune ansehen</source>
        <translation>See the demo municipality</translation>
    </message>
    <message>
        <source>Demo-&amp;Kommune ansehen</source>
        <translation>See the &amp;demo municipality</translation>
    </message>
    <message>
        <source>&amp;Neue Einschätzung beginnen</source>
        <translation>&amp;Start a new assessment</translation>
    </message>
    <message>
        <source>Neue Einschätzung beginnen</source>
        <translation>Start a new assessment</translation>
    </message>
    <message>
        <source>&amp;Einschätzungen</source>
        <translation>&amp;Assessments</translation>
    </message>
    <message>
        <source>Gespeicherte Einschätzungen</source>
        <translation>Stored assessments</translation>
    </message>
    <message>
        <source>Entwicklung seit der ersten Einschätzung</source>
        <translation>Progress since the first assessment</translation>
    </message>
    <message>
        <source>&amp;Neue Einschätzung</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Neue Einschätzung</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Entwurf &amp;fortsetzen</source>
        <translation>&amp;Continue draft</translation>
    </message>
    <message>
        <source>Entwurf fortsetzen</source>
        <translation>Continue draft</translation>
    </message>
    <message>
        <source>Ergebnis &amp;anzeigen</source>
        <translation>Show &amp;result</translation>
    </message>
    <message>
        <source>Ergebnis anzeigen</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>&amp;Vergleichen</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>Zwei Einschätzungen vergleichen</source>
        <translation>Compare two assessments</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation>Mer&amp;ge</translation>
    </message>
    <message>
        <source>Einschätzungen mehrerer Personen zusammenführen</source>
        <translation>Merge several people&apos;s assessments</translation>
    </message>
    <message>
        <source>Die markierten Einschätzungen mehrerer Personen zu einem neuen Entwurf zusammenführen: Median je Frage, Fragen mit weit auseinanderliegenden Antworten werden als Diskussionsbedarf markiert.</source>
        <translation>Merge the selected assessments of several people into a new draft: the median per question; questions whose answers lie far apart are marked as needing discussion.</translation>
    </message>
    <message>
        <source>&amp;PDF erstellen</source>
        <translation>&amp;PDF report</translation>
    </message>
    <message>
        <source>PDF-Bericht erstellen</source>
        <translation>Create PDF report</translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>Einschätzungen importieren</source>
        <translation>Import assessments</translation>
    </message>
    <message>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <source>Einschätzung exportieren</source>
        <translation>Export assessment</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Markierte Einschätzungen löschen</source>
        <translation>Delete the marked assessments</translation>
    </message>
    <message>
        <source>Zum Vergleichen zwei Zeilen markieren, zum Zusammenführen der Antworten mehrerer Personen zwei oder mehr: mit der Maus bei gedrückter Strg-Taste, mit der Tastatur Umschalt+Pfeiltaste. Eingabetaste öffnet die gewählte Einschätzung.</source>
        <translation>To compare, mark two rows; to merge the answers of several people, two or more: with the mouse holding Ctrl, with the keyboard Shift+arrow key. Enter opens the selected assessment.</translation>
    </message>
    <message>
        <source>Eine Einschätzung übernommen.</source>
        <translation>One assessment imported.</translation>
    </message>
    <message>
        <source>{count} Einschätzungen übernommen.</source>
        <translation>{count} assessments imported.</translation>
    </message>
    <message>
        <source>{name}: Die Entwicklung erscheint hier ab der zweiten abgeschlossenen Einschätzung.</source>
        <translation>{name}: progress appears here from the second completed assessment on.</translation>
    </message>
    <message>
        <source>SmartCheck führt Ihr Team in etwa 30 bis 40 Minuten durch den Fragebogen zur Smart-City-Readiness. Am Ende stehen ein Profil mit Stufen von 0 bis 4 je Dimension und ein Handlungsplan zum Ausdrucken. Alle Daten bleiben auf diesem Rechner.

Sie können sich zuerst die Demo-Kommune „Musterstadt“ mit drei Einschätzungen ansehen oder gleich mit Ihrer eigenen Kommune beginnen.</source>
        <translation>SmartCheck leads your team through the smart city readiness questionnaire in about 30 to 40 minutes. At the end you get a profile with levels from 0 to 4 per dimension and an action plan to print. All data stays on this computer.

You can first look at the demo municipality “Musterstadt” with three assessments, or start right away with your own municipality.</translation>
    </message>
    <message>
        <source>Entwicklung in {name} seit der ersten Einschätzung am {date} ({count} Einschätzungen):</source>
        <translation>Progress in {name} since the first assessment on {date} ({count} assessments):</translation>
    </message>
    <message>
        <source>SmartCheck-Dateien (*.json)</source>
        <translation>SmartCheck files (*.json)</translation>
    </message>
    <message>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Gespeichert unter {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>{count} Einschätzungen zu einem neuen Entwurf für {name} zusammengeführt (Median je Frage).</source>
        <translation>{count} assessments merged into a new draft for {name} (median per question).</translation>
    </message>
    <message>
        <source>Kein Diskussionsbedarf: Alle Antworten liegen höchstens eine Stufe auseinander.</source>
        <translation>Nothing to discuss: all answers lie at most one level apart.</translation>
    </message>
    <message>
        <source>• Frage {number} ({low} bis {high}): {text}</source>
        <translation>• Question {number} ({low} to {high}): {text}</translation>
    </message>
    <message>
        <source>… und {count} weitere</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Diskussionsbedarf bei einer Frage (Antworten zwei oder mehr Stufen auseinander):</source>
        <translation>One question needs discussion (answers two or more levels apart):</translation>
    </message>
    <message>
        <source>Diskussionsbedarf bei {count} Fragen (Antworten zwei oder mehr Stufen auseinander):</source>
        <translation>{count} questions need discussion (answers two or more levels apart):</translation>
    </message>
    <message>
        <source>Legen Sie diese Werte im Konsens-Workshop fest. Die Seite „Prüfen und abschließen“ listet sie; ist ein Wert vereinbart, ersetzen Sie in der Notiz „Diskussionsbedarf“ durch „Vereinbart“.</source>
        <translation>Settle these values in a consensus workshop. The page “Review and finish” lists them; once a value is agreed, replace “Diskussionsbedarf” in the note with “Agreed”.</translation>
    </message>
    <message>
        <source>Für {name} gibt es einen Entwurf vom {date} ({answered} von {total} Fragen beantwortet).

„Entwurf fortsetzen“: Sie arbeiten in diesem Entwurf weiter – richtig, wenn es Ihr eigener ist.
„Eigene neue Einschätzung“: Sie beginnen eine eigene Einschätzung; der Entwurf bleibt, wie er ist. So antworten mehrere Personen getrennt, und ihre Antworten werden danach zusammengeführt.
„Schließen“: nichts geschieht.</source>
        <translation>There is a draft for {name} from {date} ({answered} of {total} questions answered).

“Continue draft”: you go on working in this draft – right if it is your own.
“Start my own assessment”: you begin an assessment of your own; the draft stays as it is. This way several people answer separately, and their answers are merged afterwards.
“Close”: nothing happens.</translation>
    </message>
    <message>
        <source>SmartCheck wird geöffnet …</source>
        <translation>Opening SmartCheck …</translation>
    </message>
    <message>
        <source>PDF wird erstellt …</source>
        <translation>Creating the PDF …</translation>
    </message>
    <message>
        <source>PDF erstellt.</source>
        <translation>PDF created.</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Neue Einschätzung</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>&amp;Übersicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>&amp;Maßnahmen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig: Löschen</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hilfe anzeigen</source>
        <translation>Show &amp;help</translation>
    </message>
    <message>
        <source>Ü&amp;ber SmartCheck</source>
        <translation>&amp;About SmartCheck</translation>
    </message>
    <message>
        <source>Entwurf vorhanden</source>
        <translation>Draft exists</translation>
    </message>
    <message>
        <source>Entwurf &amp;fortsetzen</source>
        <translation>&amp;Continue draft</translation>
    </message>
    <message>
        <source>&amp;Eigene neue Einschätzung</source>
        <translation>Start my &amp;own assessment</translation>
    </message>
    <message>
        <source>Fragebogen nicht lesbar</source>
        <translation>Questionnaire not readable</translation>
    </message>
    <message>
        <source>Meine Kommune</source>
        <translation>My municipality</translation>
    </message>
    <message>
        <source>Zusammenführen nicht möglich</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>Verschiedene Jahre</source>
        <translation>Different years</translation>
    </message>
    <message>
        <source>Die markierten Einschätzungen stammen aus verschiedenen Jahren ({years}). Zusammenführen ist für die Antworten mehrerer Personen zur selben Zeit gedacht; für die Entwicklung über die Jahre gibt es „Vergleichen“. Trotzdem zusammenführen?</source>
        <translation>The marked assessments are from different years ({years}). Merging is meant for the answers of several people at the same time; for the progress over the years there is “Compare”. Merge anyway?</translation>
    </message>
    <message>
        <source>Zusammengeführt</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Diese Einschätzung löschen?</source>
        <translation>Delete this assessment?</translation>
    </message>
    <message>
        <source>Diese {count} Einschätzungen löschen?</source>
        <translation>Delete these {count} assessments?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Vorher wird eine Sicherung angelegt. Bis SmartCheck geschlossen wird, holt Bearbeiten › Rückgängig (Strg+Z) sie zurück.</source>
        <translation>A backup is made first. Until SmartCheck is closed, Edit › Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Löschen nicht möglich</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Gelöscht: {names}. Rückgängig mit Strg+Z.</source>
        <translation>Deleted: {names}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Wiederhergestellt: {names}.</source>
        <translation>Restored: {names}.</translation>
    </message>
    <message>
        <source>Korrigieren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Die abgeschlossene Einschätzung für {name} wieder zur Bearbeitung öffnen? Sie wird zum Entwurf, bis Sie sie erneut abschließen; Antworten und Notizen bleiben.</source>
        <translation>Open the completed assessment for {name} for editing again? It becomes a draft until you complete it again; answers and notes are kept.</translation>
    </message>
    <message>
        <source>Über SmartCheck</source>
        <translation>About SmartCheck</translation>
    </message>
    <message>
        <source>SmartCheck {version}

Offline-Selbsteinschätzung der Smart-City-Readiness für kleine Kommunen, nach den Erfolgsfaktoren der Regionalkonferenzen der Modellprojekte Smart Cities 2022.

Alle Daten bleiben auf diesem Rechner:
{folder}</source>
        <translation>SmartCheck {version}

Offline self-assessment of smart city readiness for small municipalities, based on the success factors of the 2022 regional conferences of the Smart Cities model projects.

All data stays on this computer:
{folder}</translation>
    </message>
    <message>
        <source>PDF wird noch fertig geschrieben …</source>
        <translation>Finishing the PDF …</translation>
    </message>
    <message>
        <source>Profil &amp;weitergeben …</source>
        <translation>Share &amp;profile …</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Für Bür&amp;gerinnen und Bürger …</source>
        <translation>For &amp;citizens …</translation>
    </message>
    <message>
        <source>Keine abgeschlossene Einschätzung</source>
        <translation>No completed assessment</translation>
    </message>
    <message>
        <source>Dafür braucht es eine abgeschlossene Einschätzung. Schließen Sie zuerst eine Einschätzung ab.</source>
        <translation>This needs a completed assessment. Please complete an assessment first.</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ein Entwurf wird nicht weitergegeben. Bitte schließen Sie die Einschätzung zuerst ab.</source>
        <translation>A draft is not shared. Please complete the assessment first.</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Letzte Notiz</source>
        <translation>Last note</translation>
    </message>
    <message>
        <source> – überfällig</source>
        <translation> – overdue</translation>
    </message>
    <message>
        <source>&amp;Maßnahmen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <source>Stand der Maßnahmen</source>
        <translation>State of the measures</translation>
    </message>
    <message>
        <source>Zurück zur &amp;Übersicht</source>
        <translation>Back to &amp;overview</translation>
    </message>
    <message>
        <source>Als &amp;CSV exportieren …</source>
        <translation>Export as &amp;CSV …</translation>
    </message>
    <message>
        <source>&amp;Umsetzungsbericht (PDF) …</source>
        <translation>&amp;Implementation report (PDF) …</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Name oder Rolle</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>in 30 Tagen fällig</source>
        <translation>due within 30 days</translation>
    </message>
    <message>
        <source>in 90 Tagen fällig</source>
        <translation>due within 90 days</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Nach Zuständigen filtern</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Nach Fälligkeit filtern</source>
        <translation>Filter by due date</translation>
    </message>
    <message>
        <source>Übernommene Maßnahmen</source>
        <translation>Adopted measures</translation>
    </message>
    <message>
        <source>Neuer Status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Notiz zur Änderung (optional)</source>
        <translation>Note on the change (optional)</translation>
    </message>
    <message>
        <source>Notiz zur Änderung</source>
        <translation>Note on the change</translation>
    </message>
    <message>
        <source>Status &amp;setzen</source>
        <translation>&amp;Set status</translation>
    </message>
    <message>
        <source>Status der gewählten Maßnahme setzen</source>
        <translation>Set the status of the selected measure</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Fällig:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Neuer Status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>In der Tabelle setzen die Tasten 1 bis 5 den Status: 1 geplant, 2 begonnen, 3 erledigt, 4 zurückgestellt, 5 verworfen.</source>
        <translation>In the table the keys 1 to 5 set the status: 1 planned, 2 started, 3 done, 4 deferred, 5 dropped.</translation>
    </message>
    <message>
        <source>Status nicht geändert</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Maßnahmen exportieren</source>
        <translation>Export measures</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Gespeichert unter {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Kein Bericht möglich</source>
        <translation>No report possible</translation>
    </message>
    <message>
        <source>Es gibt noch keine abgeschlossene Einschätzung.</source>
        <translation>There is no completed assessment yet.</translation>
    </message>
    <message>
        <source>Umsetzungsbericht speichern</source>
        <translation>Save the implementation report</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Bericht nicht möglich</source>
        <translation>Report not possible</translation>
    </message>
    <message>
        <source>Umsetzungsbericht</source>
        <translation>Implementation report</translation>
    </message>
    <message>
        <source>Maßnahmen ansehen</source>
        <translation>See the measures</translation>
    </message>
    <message>
        <source>Plan übernehmen</source>
        <translation>Adopt the plan</translation>
    </message>
    <message>
        <source>Welche Empfehlungen beschließt die Kommune als Maßnahmen? Die ersten fünf Schritte sind vorgewählt; bereits übernommene sind grau.</source>
        <translation>Which recommendations does the municipality adopt as measures? The first five steps are preselected; those adopted already are grey.</translation>
    </message>
    <message>
        <source>Empfehlungen des Handlungsplans</source>
        <translation>Recommendations of the action plan</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Plan nicht übernommen</source>
        <translation>Plan not adopted</translation>
    </message>
    <message>
        <source>Plan übernommen</source>
        <translation>Plan adopted</translation>
    </message>
    <message>
        <source>{count} Maßnahme(n) übernommen. Die Seite „Maßnahmen“ zeigt ihren Stand.</source>
        <translation>{count} measure(s) adopted. The page “Measures” shows their state.</translation>
    </message>
</context>
<context>
    <name>MeasuresReview</name>
    <message>
        <source>Stand der Maßnahmen</source>
        <translation>State of the measures</translation>
    </message>
    <message>
        <source>Bei der letzten Einschätzung wurden Maßnahmen beschlossen. Wie ist ihr Stand? Wählen Sie je Maßnahme den Status; „unverändert“ lässt ihn, wie er ist. Sie können diese Seite auch überspringen und den Stand später auf der Seite „Maßnahmen“ eintragen.</source>
        <translation>Measures were adopted at the last assessment. Where do they stand? Choose the status of each measure; “unchanged” leaves it as it is. You can also skip this page and enter the state later on the page “Measures”.</translation>
    </message>
    <message>
        <source>Maßnahme {number}</source>
        <translation>Measure {number}</translation>
    </message>
    <message>
        <source>Bisher: {status} · zuständig: {owner} · fällig: {due}</source>
        <translation>So far: {status} · responsible: {owner} · due: {due}</translation>
    </message>
    <message>
        <source>unverändert ({status})</source>
        <translation>unchanged ({status})</translation>
    </message>
    <message>
        <source>Status von Maßnahme {number}</source>
        <translation>Status of measure {number}</translation>
    </message>
    <message>
        <source>Notiz (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Notiz zu Maßnahme {number}</source>
        <translation>Note on measure {number}</translation>
    </message>
    <message>
        <source>Status nicht gespeichert</source>
        <translation>Status not saved</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>So funktioniert die Einschätzung</source>
        <translation>How the assessment works</translation>
    </message>
    <message>
        <source>Zu jeder Dimension wählen Sie bei jeder Frage die Antwort, die überwiegend zutrifft; „weiß nicht“ und „trifft nicht zu“ zählen nicht in die Bewertung, werden aber als Abdeckung gezeigt.</source>
        <translation>For every question of each dimension, choose the answer that mostly applies; “don&apos;t know” and “not applicable” do not count towards the rating but are shown as coverage.</translation>
    </message>
    <message>
        <source>Aus den Antworten ergibt sich je Dimension eine Stufe von 0 bis {most} nach festen Grenzwerten; Schlüsselfragen können die Stufe begrenzen, und eine Gesamtnote gibt es bewusst nicht.</source>
        <translation>The answers give each dimension a level from 0 to {most} by fixed cut-offs; key questions can cap the level, and there is deliberately no overall grade.</translation>
    </message>
    <message>
        <source>Sie legen je Dimension eine Zielstufe fest; aus dem Abstand dazu entsteht ein Plan mit den nächsten Schritten – jede Antwort wird sofort auf diesem Rechner gespeichert.</source>
        <translation>You set a target level per dimension; the gap to it yields a plan with the next steps – every answer is saved on this computer at once.</translation>
    </message>
    <message>
        <source>Die Methode in drei Sätzen</source>
        <translation>The method in three sentences</translation>
    </message>
    <message>
        <source>Die Stufen</source>
        <translation>The levels</translation>
    </message>
    <message>
        <source>Über diesen Fragebogen</source>
        <translation>About this questionnaire</translation>
    </message>
    <message>
        <source>Was heißt Smart City für eine kleine Gemeinde?</source>
        <translation>What does smart city mean for a small municipality?</translation>
    </message>
    <message>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>&amp;Kurzfassung für den Rat</source>
        <translation>&amp;Summary for the council</translation>
    </message>
    <message>
        <source>&amp;Vollständiger Bericht</source>
        <translation>&amp;Full report</translation>
    </message>
    <message>
        <source>&amp;Word-Datei (Kurzfassung)</source>
        <translation>&amp;Word file (summary)</translation>
    </message>
    <message>
        <source>Bericht erstellen</source>
        <translation>Create report</translation>
    </message>
    <message>
        <source>Welche Fassung soll erstellt werden? Der vollständige Bericht enthält die Kurzfassung als ersten Teil.</source>
        <translation>Which version should be created? The full report contains the summary as its first part.</translation>
    </message>
    <message>
        <source>Word-Dateien (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Die gewählten Maßnahmen waren schon übernommen.</source>
        <translation>The chosen measures had already been adopted.</translation>
    </message>
    <message>
        <source>{n} Maßnahme(n) als beschlossen übernommen; die Seite „Maßnahmen“ zeigt ihren Stand.</source>
        <translation>{n} measure(s) adopted; the page “Measures” shows their status.</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>Bericht erstellt</source>
        <translation>Report created</translation>
    </message>
    <message>
        <source>Der Bericht wurde gespeichert:
{path}</source>
        <translation>The report was saved:
{path}</translation>
    </message>
    <message>
        <source>Word-Dateien</source>
        <translation>Word files</translation>
    </message>
    <message>
        <source>PDF-Dateien</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <source>Kein Programm zum Anzeigen</source>
        <translation>No program to show it</translation>
    </message>
    <message>
        <source>Auf diesem Rechner ist kein Programm für {kind} eingerichtet. Die Datei liegt hier:
{path}</source>
        <translation>No program for {kind} is set up on this computer. The file is here:
{path}</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Der Druckdienst des Systems hat die Datei nicht angenommen. Öffnen Sie die PDF-Datei und drucken Sie sie von dort:
{path}</source>
        <translation>The system&apos;s print service did not accept the file. Open the PDF file and print it from there:
{path}</translation>
    </message>
    <message>
        <source>Bericht nicht erstellt</source>
        <translation>Report not created</translation>
    </message>
    <message>
        <source>&amp;Ordner öffnen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Der Bericht konnte nicht geschrieben werden. Ist die Datei noch in einem anderen Programm geöffnet?

{message}</source>
        <translation>The report could not be written. Is the file still open in another program?

{message}</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Ihre Kommune</source>
        <translation>Your municipality</translation>
    </message>
    <message>
        <source>Für wen gilt diese Einschätzung? Nur der Name ist nötig; alles wird sofort gespeichert.</source>
        <translation>Whom is this assessment for? Only the name is needed; everything is saved at once.</translation>
    </message>
    <message>
        <source>z. B. 03241001</source>
        <translation>e.g. 03241001</translation>
    </message>
    <message>
        <source>z. B. 2800</source>
        <translation>e.g. 2800</translation>
    </message>
    <message>
        <source>Vollständiger Check (etwa 30 bis 45 Minuten)</source>
        <translation>Full check (about 30 to 45 minutes)</translation>
    </message>
    <message>
        <source>Schnellcheck: nur Schlüssel- und Torfragen (etwa 15 Minuten)</source>
        <translation>Quick check: key and gate questions only (about 15 minutes)</translation>
    </message>
    <message>
        <source>z. B. Hauptamt, Digitalisierung</source>
        <translation>e.g. central administration, digitalisation</translation>
    </message>
    <message>
        <source>&amp;Name der Kommune:</source>
        <translation>Na&amp;me of the municipality:</translation>
    </message>
    <message>
        <source>A&amp;GS (8 Ziffern, freiwillig):</source>
        <translation>A&amp;GS (8 digits, optional):</translation>
    </message>
    <message>
        <source>&amp;Art der Kommune:</source>
        <translation>&amp;Type of municipality:</translation>
    </message>
    <message>
        <source>&amp;Einwohnerzahl:</source>
        <translation>&amp;Population:</translation>
    </message>
    <message>
        <source>&amp;Verwaltungsform:</source>
        <translation>&amp;Form of administration:</translation>
    </message>
    <message>
        <source>E&amp;inwohnerzahl genau (freiwillig):</source>
        <translation>E&amp;xact population (optional):</translation>
    </message>
    <message>
        <source>Ihre &amp;Rolle oder Ihr Fachbereich (für wen Sie antworten):</source>
        <translation>Your &amp;role or department (whom you answer for):</translation>
    </message>
    <message>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen der Kommune ein.</source>
        <translation>Please enter the name of the municipality.</translation>
    </message>
    <message>
        <source>Der AGS hat genau 8 Ziffern – oder bleibt leer.</source>
        <translation>The AGS has exactly 8 digits – or stays empty.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Frage {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>Schlüsselfrage</source>
        <translation>Key question</translation>
    </message>
    <message>
        <source>Frage {number}, Antwort {position}: {text}</source>
        <translation>Question {number}, answer {position}: {text}</translation>
    </message>
    <message>
        <source>Frage {number}: {text}</source>
        <translation>Question {number}: {text}</translation>
    </message>
    <message>
        <source>Hilfe zeigen</source>
        <translation>Show help</translation>
    </message>
    <message>
        <source>Hilfe zu Frage {number}</source>
        <translation>Help for question {number}</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Notiz zu Frage {number}</source>
        <translation>Note on question {number}</translation>
    </message>
    <message>
        <source>Beispiel: {text}</source>
        <translation>Example: {text}</translation>
    </message>
    <message>
        <source>erst eine Antwort wählen</source>
        <translation>choose an answer first</translation>
    </message>
    <message>
        <source>Hilfe verbergen</source>
        <translation>Hide help</translation>
    </message>
</context>
<context>
    <name>QuickWinPage</name>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Idee &amp;entfernen</source>
        <translation>&amp;Remove idea</translation>
    </message>
    <message>
        <source>Idee {number}</source>
        <translation>Idea {number}</translation>
    </message>
    <message>
        <source>Titel von {what}</source>
        <translation>Title of {what}</translation>
    </message>
    <message>
        <source>Beschreibung von {what}</source>
        <translation>Description of {what}</translation>
    </message>
    <message>
        <source>{what} entfernen</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <source>Punkte: {points} von {most}</source>
        <translation>Points: {points} of {most}</translation>
    </message>
    <message>
        <source>Ideen für Quick Wins</source>
        <translation>Quick-win ideas</translation>
    </message>
    <message>
        <source>Quick Wins sind kleine Vorhaben mit schnell sichtbarer Wirkung. Notieren Sie Ihre Ideen und bewerten Sie jede nach den Kriterien: 0 = nicht erfüllt, 1 = teilweise, 2 = voll.</source>
        <translation>Quick wins are small projects with a quickly visible effect. Note your ideas and rate each one on the criteria: 0 = not met, 1 = partly, 2 = fully.</translation>
    </message>
    <message>
        <source>Zur Anregung, aus anderen Kommunen:</source>
        <translation>For inspiration, from other municipalities:</translation>
    </message>
    <message>
        <source>Herkunft der Beispiele zeigen</source>
        <translation>Show where the examples come from</translation>
    </message>
    <message>
        <source>&amp;Idee hinzufügen</source>
        <translation>&amp;Add idea</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Erreichte Stufe</source>
        <translation>Level reached</translation>
    </message>
    <message>
        <source>Zielstufe</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>nicht bewertbar</source>
        <translation>not assessable</translation>
    </message>
    <message>
        <source>{name}: Stufe {level}, Ziel {target}</source>
        <translation>{name}: level {level}, target {target}</translation>
    </message>
    <message>
        <source>Netzdiagramm der Stufen</source>
        <translation>Radar chart of the levels</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Region: Kommunen nebeneinander</source>
        <translation>Region: municipalities side by side</translation>
    </message>
    <message>
        <source>Zurück zur &amp;Übersicht</source>
        <translation>Back to &amp;overview</translation>
    </message>
    <message>
        <source>Gespeicherte Region</source>
        <translation>Stored region</translation>
    </message>
    <message>
        <source>z. B. Amt Beispiel 2026</source>
        <translation>e.g. Amt Beispiel 2026</translation>
    </message>
    <message>
        <source>Eigene Kommune</source>
        <translation>Own municipality</translation>
    </message>
    <message>
        <source>&amp;Gespeicherte Region:</source>
        <translation>S&amp;tored region:</translation>
    </message>
    <message>
        <source>&amp;Name der Region:</source>
        <translation>&amp;Name of the region:</translation>
    </message>
    <message>
        <source>&amp;Eigene Kommune:</source>
        <translation>&amp;Own municipality:</translation>
    </message>
    <message>
        <source>Profile &amp;hinzufügen …</source>
        <translation>&amp;Add profiles …</translation>
    </message>
    <message>
        <source>&amp;Leeren</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Region &amp;speichern</source>
        <translation>&amp;Save region</translation>
    </message>
    <message>
        <source>&amp;PDF erstellen …</source>
        <translation>Create &amp;PDF …</translation>
    </message>
    <message>
        <source>Fügen Sie Profildateien hinzu, die Kommunen mit „Profil weitergeben …“ erstellt haben.</source>
        <translation>Add profile files that municipalities made with “Share profile …”.</translation>
    </message>
    <message>
        <source>Stufen der Kommunen je Erfolgsfaktor</source>
        <translation>Levels of the municipalities per success factor</translation>
    </message>
    <message>
        <source>(neue Region)</source>
        <translation>(new region)</translation>
    </message>
    <message>
        <source>Region nicht lesbar</source>
        <translation>Region not readable</translation>
    </message>
    <message>
        <source>Profil nicht lesbar</source>
        <translation>Profile not readable</translation>
    </message>
    <message>
        <source>Profile hinzufügen</source>
        <translation>Add profiles</translation>
    </message>
    <message>
        <source>SmartCheck-Profile (*.json)</source>
        <translation>SmartCheck profiles (*.json)</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Region nicht gespeichert</source>
        <translation>Region not saved</translation>
    </message>
    <message>
        <source>Bitte geben Sie der Region einen Namen und fügen Sie Profile hinzu.</source>
        <translation>Please give the region a name and add profiles.</translation>
    </message>
    <message>
        <source>Regionspapier speichern</source>
        <translation>Save region paper</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF nicht erstellt</source>
        <translation>PDF not created</translation>
    </message>
    <message>
        <source>PDF erstellt</source>
        <translation>PDF created</translation>
    </message>
    <message>
        <source>Das Regionspapier wurde gespeichert:
{path}</source>
        <translation>The region paper was saved:
{path}</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Abstand zum Median</source>
        <translation>Distance from median</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Median der Region</source>
        <translation>Region&apos;s median</translation>
    </message>
    <message>
        <source> (eigene Kommune)</source>
        <translation> (own municipality)</translation>
    </message>
    <message>
        <source>Stufen 0–4 je Erfolgsfaktor, in Klammern der Abstand zum Median: </source>
        <translation>Levels 0–4 per success factor, in brackets the distance from the median: </translation>
    </message>
    <message>
        <source>Voneinander lernen</source>
        <translation>Learning from each other</translation>
    </message>
    <message>
        <source>Nicht direkt verglichen ({questionnaire}): {names}; geändert: {changed}</source>
        <translation>Not compared directly ({questionnaire}): {names}; changed: {changed}</translation>
    </message>
    <message>
        <source>keine Frage</source>
        <translation>no question</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>{answered} von {total}</source>
        <translation>{answered} of {total}</translation>
    </message>
    <message>
        <source>Zu wenige bewertete Antworten für eine Stufe.</source>
        <translation>Too few rated answers for a level.</translation>
    </message>
    <message>
        <source>Zurück zur &amp;Übersicht</source>
        <translation>Back to &amp;overview</translation>
    </message>
    <message>
        <source>Zurück zur Übersicht</source>
        <translation>Back to overview</translation>
    </message>
    <message>
        <source>&amp;PDF erstellen</source>
        <translation>&amp;PDF report</translation>
    </message>
    <message>
        <source>PDF-Bericht erstellen</source>
        <translation>Create PDF report</translation>
    </message>
    <message>
        <source>Mit der &amp;vorigen vergleichen</source>
        <translation>Compare with pre&amp;vious</translation>
    </message>
    <message>
        <source>Mit der vorigen Einschätzung vergleichen</source>
        <translation>Compare with the previous assessment</translation>
    </message>
    <message>
        <source>&amp;Korrigieren …</source>
        <translation>&amp;Correct …</translation>
    </message>
    <message>
        <source>Einschätzung wieder zur Bearbeitung öffnen</source>
        <translation>Open the assessment for editing again</translation>
    </message>
    <message>
        <source>Pl&amp;an übernehmen …</source>
        <translation>A&amp;dopt plan …</translation>
    </message>
    <message>
        <source>Empfehlungen als Maßnahmen übernehmen</source>
        <translation>Adopt recommendations as measures</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Was die Stufe bedeutet</source>
        <translation>What the level means</translation>
    </message>
    <message>
        <source>Stufen je Dimension</source>
        <translation>Levels per dimension</translation>
    </message>
    <message>
        <source>Die nächsten fünf Schritte</source>
        <translation>The next five steps</translation>
    </message>
    <message>
        <source>Quick-Win-Ideen (Kurzliste)</source>
        <translation>Quick-win ideas (shortlist)</translation>
    </message>
    <message>
        <source>Veränderungen seit der vorigen Einschätzung</source>
        <translation>Changes since the previous assessment</translation>
    </message>
    <message>
        <source>Umsetzungsstand der Maßnahmen</source>
        <translation>Implementation of the measures</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Netzdiagramm der Stufen je Dimension</source>
        <translation>Radar chart of the levels per dimension</translation>
    </message>
    <message>
        <source>Ergebnis: {name}, {date}</source>
        <translation>Result: {name}, {date}</translation>
    </message>
    <message>
        <source>Schwächste Dimension: {names}.</source>
        <translation>Weakest dimension: {names}.</translation>
    </message>
    <message>
        <source>Noch nicht alle Dimensionen sind bewertbar; die schwächste wird erst danach genannt.</source>
        <translation>Not every dimension is assessable yet; the weakest is named once they are.</translation>
    </message>
    <message>
        <source>Noch keine Dimension ist bewertbar.</source>
        <translation>No dimension is assessable yet.</translation>
    </message>
    <message>
        <source>Keine offenen Schritte – alle Antworten liegen im oberen Bereich.</source>
        <translation>No open steps – all answers are in the upper range.</translation>
    </message>
    <message>
        <source>Aufwand: {effort} · Zuständig: {role} · Zeitraum: {horizon}</source>
        <translation>Effort: {effort} · Responsible: {role} · Time frame: {horizon}</translation>
    </message>
    <message>
        <source>Anlass: {why}</source>
        <translation>Because: {why}</translation>
    </message>
    <message>
        <source>Keine Quick-Win-Ideen erfasst.</source>
        <translation>No quick-win ideas recorded.</translation>
    </message>
    <message>
        <source>{title} – {total} von {maximum} Punkten</source>
        <translation>{title} – {total} of {maximum} points</translation>
    </message>
    <message>
        <source>Dies ist die erste abgeschlossene Einschätzung dieser Kommune.</source>
        <translation>This is the first completed assessment of this municipality.</translation>
    </message>
    <message>
        <source>Verglichen mit der Einschätzung vom {date}:</source>
        <translation>Compared with the assessment of {date}:</translation>
    </message>
    <message>
        <source>Am meisten verbessert: {names}</source>
        <translation>Most improved: {names}</translation>
    </message>
    <message>
        <source>Neu unter dem Ziel oder gesunken: {names}</source>
        <translation>Now below target or lower than before: {names}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Prüfen und abschließen</source>
        <translation>Review and finish</translation>
    </message>
    <message>
        <source>&amp;Offene Punkte:</source>
        <translation>&amp;Open items:</translation>
    </message>
    <message>
        <source>Offene Punkte</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Zur gewählten Stelle &amp;gehen</source>
        <translation>&amp;Go to the selected item</translation>
    </message>
    <message>
        <source>Beantwortet (mit einer Stufe 0 bis {most}): {answered} von {total} Fragen.</source>
        <translation>Answered (with a level 0 to {most}): {answered} of {total} questions.</translation>
    </message>
    <message>
        <source>nicht bewertbar</source>
        <translation>not assessable</translation>
    </message>
    <message>
        <source>vorläufig</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>{name}: {answered} von {total} beantwortet</source>
        <translation>{name}: {answered} of {total} answered</translation>
    </message>
    <message>
        <source>unbeantwortet</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>Keine offenen Punkte.</source>
        <translation>No open items.</translation>
    </message>
    <message>
        <source>Mit „Abschließen“ wird die Einschätzung festgeschrieben. Offene Punkte erscheinen im Ergebnis als Abdeckung und als Schritte zum Herausfinden.</source>
        <translation>“Finish” completes the assessment. Open items appear in the result as coverage and as steps to find out.</translation>
    </message>
    <message>
        <source>Zum Abschließen braucht es den Namen der Kommune und mindestens eine bewertete Antwort.</source>
        <translation>To finish, the name of the municipality and at least one rated answer are needed.</translation>
    </message>
    <message>
        <source>Diskussionsbedarf: {count} Frage(n) – Wert gemeinsam festlegen, dann in der Notiz „Diskussionsbedarf“ durch „Vereinbart“ ersetzen</source>
        <translation>Needs discussion: {count} question(s) – agree on the value together, then replace “Diskussionsbedarf” in the note with “Agreed”</translation>
    </message>
    <message>
        <source>Diskussionsbedarf</source>
        <translation>needs discussion</translation>
    </message>
    <message>
        <source>Frage {number} ({state}): {text}</source>
        <translation>Question {number} ({state}): {text}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>{size} %</source>
        <translation>{size}%</translation>
    </message>
    <message>
        <source>Textgröße</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>&amp;Textgröße:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Datenordner</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Datenordner öffnen</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>&amp;Datenordner:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>Ordner für PDF-Berichte</source>
        <translation>Folder for PDF reports</translation>
    </message>
    <message>
        <source>&amp;Auswählen …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>Ordner für PDF-Berichte auswählen</source>
        <translation>Choose the folder for PDF reports</translation>
    </message>
    <message>
        <source>Ordner für &amp;PDF-Berichte:</source>
        <translation>&amp;Reports folder (PDF):</translation>
    </message>
    <message>
        <source>Sprache und Textgröße gelten sofort für das Hauptfenster.</source>
        <translation>Language and text size apply to the main window at once.</translation>
    </message>
    <message>
        <source>Ordner für PDF-Berichte wählen</source>
        <translation>Choose the folder for PDF reports</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Profil weitergeben</source>
        <translation>Share profile</translation>
    </message>
    <message>
        <source>Diese Datei können Sie an Nachbarkommunen oder an Ihr Amt geben. Sie enthält nur die Stufen, Ziele und den Anteil beantworteter Fragen je Erfolgsfaktor, Verwaltungsform, Größenklasse, Fragebogen und Datum – keine einzelnen Antworten, keine Notizen, keine Namen von Personen. Unten steht der vollständige Inhalt.</source>
        <translation>You can give this file to neighbouring municipalities or to your Amt. It holds only the levels, targets and share of answered questions per success factor, the form of administration, size class, questionnaire and date – no single answers, no notes, no names of people. Its whole content is shown below.</translation>
    </message>
    <message>
        <source>&amp;Ohne Namen der Kommune (anonym)</source>
        <translation>&amp;Without the municipality&apos;s name (anonymous)</translation>
    </message>
    <message>
        <source>Inhalt der Profildatei</source>
        <translation>Content of the profile file</translation>
    </message>
    <message>
        <source>&amp;Speichern …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <source>Profil speichern</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>SmartCheck-Profil (*.json)</source>
        <translation>SmartCheck profile (*.json)</translation>
    </message>
    <message>
        <source>Profil nicht gespeichert</source>
        <translation>Profile not saved</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Für Bürgerinnen und Bürger</source>
        <translation>For citizens</translation>
    </message>
    <message>
        <source>Eine Seite in einfacher Sprache für Amtsblatt, Website oder Aushang: wo die Kommune steht, was erreicht ist, die nächsten drei Schritte und wie man mitmachen kann.</source>
        <translation>One page in plain language for the local gazette, the website or a notice board: where the municipality stands, what has been achieved, the next three steps and how to take part.</translation>
    </message>
    <message>
        <source>z. B. Rathaus, Zimmer 12, Tel. 01234 5678, E-Mail</source>
        <translation>e.g. town hall, room 12, phone 01234 5678, e-mail</translation>
    </message>
    <message>
        <source>&amp;Kontakt für Bürgerinnen und Bürger:</source>
        <translation>&amp;Contact for citizens:</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Vorschau des Textes</source>
        <translation>Preview of the text</translation>
    </message>
    <message>
        <source>&amp;PDF speichern …</source>
        <translation>Save &amp;PDF …</translation>
    </message>
    <message>
        <source>Text &amp;kopieren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Seite für Bürgerinnen und Bürger speichern</source>
        <translation>Save the page for citizens</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF nicht gespeichert</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>PDF gespeichert</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>Die Seite wurde gespeichert:
{path}</source>
        <translation>The page was saved:
{path}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Ziele</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Welche Stufe wollen Sie in zwei bis drei Jahren erreichen? Vorgeschlagen ist die Zielstufe des Fragebogens. Das Gewicht (1 bis 3) dient nur für die Reihenfolge der Empfehlungen; an der Bewertung ändert es nichts.</source>
        <translation>Which level do you want to reach in two to three years? The questionnaire&apos;s target level is suggested. The weight (1 to 3) only orders the recommendations; it does not change the rating.</translation>
    </message>
    <message>
        <source>1 – weniger wichtig</source>
        <translation>1 – less important</translation>
    </message>
    <message>
        <source>2 – wichtig</source>
        <translation>2 – important</translation>
    </message>
    <message>
        <source>3 – sehr wichtig</source>
        <translation>3 – very important</translation>
    </message>
    <message>
        <source>Zielstufe für {name}</source>
        <translation>Target level for {name}</translation>
    </message>
    <message>
        <source>Gewicht für {name}</source>
        <translation>Weight for {name}</translation>
    </message>
    <message>
        <source>nur für die Reihenfolge der Empfehlungen</source>
        <translation>only for the order of the recommendations</translation>
    </message>
    <message>
        <source>Ziel&amp;stufe:</source>
        <translation>Target &amp;level:</translation>
    </message>
    <message>
        <source>&amp;Gewicht:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>Derzeit: {level}</source>
        <translation>Currently: {level}</translation>
    </message>
    <message>
        <source>Auf dieser Stufe: {text}</source>
        <translation>At this level: {text}</translation>
    </message>
</context>
</TS>
