"""The result view, the radar, the comparison and the PDF made in a worker thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from smartcheck.core.planning import plan
from smartcheck.core.progress import compare
from smartcheck.core.scoring import score
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
from smartcheck.ui import dialogs
from smartcheck.ui.radar import CURRENT, TARGET, Axis, render_image
from smartcheck.ui.settings import Settings
from tests.helpers.ui import main_window


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "data")
    add_demo(store)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def default_council_choice(monkeypatch):
    """The measures dialog answers with the defaults (its own test drives the widget)."""
    from smartcheck.core.findings import CouncilChoice
    from smartcheck.ui import council_dialog

    monkeypatch.setattr(council_dialog, "ask_council", lambda parent, findings, lang: CouncilChoice())


@pytest.fixture
def window(qtbot, store, tmp_path):
    with main_window(qtbot, store, Settings(pdf_dir=str(tmp_path / "pdfs"))) as window:
        yield window


def completed(store):
    return [s.id for s in store.list_assessments() if s.status == "complete"]  # newest first


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_result_shows_level_coverage_and_band_text_for_every_dimension(window, store):
    latest = store.load(completed(store)[0])
    window.show_result(latest.id)
    assert window.stack.currentWidget() is window.result
    profile = score(latest)
    rows = table_rows(window.result.table)
    questionnaire = latest.questionnaire
    assert len(rows) == len(questionnaire.dimensions)
    for row, dimension in zip(rows, questionnaire.dimensions, strict=True):
        result = profile[dimension.id]
        name, level, target, coverage, band = row
        assert name == dimension.name.de
        assert level.startswith(f"{result.level} – {questionnaire.level_name(result.level)}")
        assert target == str(result.target)
        assert coverage == f"{result.answered} von {result.applicable}"
        assert band == dimension.levels[result.level].de
    assert "Musterstadt" in window.result.title.text()


def test_result_lists_the_top_five_steps_quick_wins_and_changes(window, store):
    ids = completed(store)
    latest, previous = store.load(ids[0]), store.load(ids[1])
    window.show_result(latest.id)
    steps = plan(latest).next_steps
    assert len(steps) == 5
    html = window.result.steps.text()
    positions = [html.index(m.recommendation.text.de.replace("&", "&amp;")) for m in steps]
    assert positions == sorted(positions)  # in the plan's order
    assert html.count("<li>") == 5
    for idea in latest.quick_wins[:1]:
        assert idea.title in window.result.quick_wins.text()
    changes = window.result.changes.text()
    comparison = compare(previous, latest)
    assert "Verglichen mit der Einschätzung vom" in changes
    first = comparison.dimensions[0]
    assert f"{first.before.level} → {first.after.level}" in changes


def test_first_assessment_says_there_is_nothing_to_compare(window, store):
    window.show_result(completed(store)[-1])
    assert "erste abgeschlossene Einschätzung" in window.result.changes.text()
    assert not window.result.compare_button.isEnabled()


def test_radar_draws_current_level_solid_and_target_dashed(window, store):
    latest = store.load(completed(store)[0])
    window.show_result(latest.id)
    axes = window.result.radar.axes()
    profile = score(latest)
    assert [(a.level, a.target) for a in axes] == [
        (profile[d.id].level, profile[d.id].target) for d in latest.questionnaire.dimensions
    ]
    image = render_image(axes, QSize(480, 420))
    colors = {image.pixelColor(x, y).rgb() for x in range(0, 480, 2) for y in range(0, 420, 2)}
    assert QColor(CURRENT).rgb() in colors
    assert QColor(TARGET).rgb() in colors
    description = window.result.radar.accessibleDescription()
    assert f"{axes[0].label}: Stufe {axes[0].level}, Ziel {axes[0].target}" in description


def test_radar_without_values_still_draws_rings():
    image = render_image([Axis("A", None, 3), Axis("B", 2, 3)], QSize(300, 300))
    dark = sum(1 for x in range(300) for y in range(0, 300, 3) if image.pixelColor(x, y).lightness() < 200)
    assert dark > 50


def test_compare_view_shows_deltas_per_dimension(window, store):
    ids = completed(store)
    before, after = store.load(ids[-1]), store.load(ids[0])
    window.show_compare(before.id, after.id)
    assert window.stack.currentWidget() is window.compare
    comparison = compare(before, after)
    rows = table_rows(window.compare.table)
    assert len(rows) == len(comparison.dimensions)
    for row, change in zip(rows, comparison.dimensions, strict=True):
        delta = change.level_delta
        expected = "±0" if delta == 0 else f"{delta:+d}"
        assert row[1:4] == [str(change.before.level), str(change.after.level), expected]
    # choosing another pair updates the table
    window.compare.before.setCurrentIndex(window.compare.before.findData(ids[1]))
    middle = compare(store.load(ids[1]), after)
    assert table_rows(window.compare.table)[0][3] == (
        "±0" if middle.dimensions[0].level_delta == 0 else f"{middle.dimensions[0].level_delta:+d}"
    )


def test_pdf_button_asks_kind_and_place_writes_in_a_worker_and_offers_to_open_it(
    qtbot, window, store, tmp_path, monkeypatch
):
    opened, offered, suggested = [], [], []
    monkeypatch.setattr(dialogs, "open_path", lambda path: opened.append(path) or True)
    answers = iter([1, 0])  # "Vollständiger Bericht", then "Öffnen"

    def choose(parent, title, text, options):
        offered.append((title, text, options))
        return next(answers)

    def save_file(parent, title, proposed, name_filter):
        suggested.append(proposed)
        return tmp_path / "gewählt" / proposed.name

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "save_file", save_file)
    latest = completed(store)[0]
    window.show_result(latest)
    with qtbot.waitSignal(window.pdf.finished, timeout=30000) as blocker:
        qtbot.mouseClick(window.result.pdf_button, Qt.MouseButton.LeftButton)
        # the click returns at once; the window still answers while the PDF is made
        assert window.pdf.busy() or blocker.signal_triggered
        assert window.statusBar().currentMessage() in ("PDF wird erstellt …", "PDF erstellt.")
    assert offered[0][2] == ["&Kurzfassung für den Rat", "&Vollständiger Bericht", "&Word-Datei (Kurzfassung)"]
    assert suggested[0].parent == tmp_path / "pdfs"
    path = Path(blocker.args[0])
    assert path.is_file() and path.parent == tmp_path / "gewählt"
    assert path.name.startswith("SmartCheck-Musterstadt-") and path.name.endswith("-Bericht-de.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Musterstadt" in text and "Beschlussvorschlag" in text and "Anlage" in text
    assert offered[1][0] == "Bericht erstellt" and str(path) in offered[1][1]
    assert offered[1][2][-1] == "&Drucken …"
    assert opened == [path]


def test_word_file_and_no_viewer_message(qtbot, window, store, tmp_path, monkeypatch):
    errors = []
    answers = iter([2, 0])  # "Word-Datei", then "Öffnen" - but nothing opens .docx here
    monkeypatch.setattr(dialogs, "choose", lambda *args: next(answers))
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, proposed, f: tmp_path / proposed.name)
    monkeypatch.setattr(dialogs, "open_path", lambda path: False)
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append((title, text)))
    with qtbot.waitSignal(window.pdf.finished, timeout=30000) as blocker:
        window.pdf.create(completed(store)[0])
    path = Path(blocker.args[0])
    assert path.name.endswith("-Kurzfassung-de.docx") and path.read_bytes()[:2] == b"PK"
    assert errors and errors[0][0] == "Kein Programm zum Anzeigen" and str(path) in errors[0][1]


def test_council_paper_can_adopt_the_chosen_measures_once_it_is_written(qtbot, window, store, tmp_path, monkeypatch):
    from datetime import date

    from smartcheck.core.findings import CouncilChoice, Findings
    from smartcheck.core.measures import MeasureStatus
    from smartcheck.store.measures import list_measures
    from smartcheck.ui import council_dialog

    latest = completed(store)[0]
    assessment = store.load(latest)
    findings = Findings(assessment, store.history(assessment))
    choice = CouncilChoice(numbers=[1, 3], owners={1: "Frau Meier"}, dues={3: date(2027, 2, 1)}, adopt=True)
    monkeypatch.setattr(council_dialog, "ask_council", lambda parent, findings, lang: choice)
    offered = []

    def choose(parent, title, text, options):
        offered.append((title, text))
        return 0 if title == "Bericht erstellen" else None  # the Kurzfassung; then close the message

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, proposed, f: tmp_path / proposed.name)
    before = list_measures(store)
    with qtbot.waitSignal(window.pdf.finished, timeout=30000) as blocker:
        window.pdf.create(latest)
    assert Path(blocker.args[0]).is_file()
    new = list_measures(store, assessment_id=latest)
    assert len(list_measures(store)) == len(before) + 2
    wanted = [findings.plan.measures[0].recommendation_id, findings.plan.measures[2].recommendation_id]
    assert [m.origin.recommendation_id for m in new] == wanted
    assert new[0].owner.name == "Frau Meier" and new[1].owner.name == "" and new[1].owner.role
    assert new[1].due == date(2027, 2, 1)
    assert new[0].due == findings.proposal([1])[0].due  # the date the paper puts to the council
    assert all(m.status == MeasureStatus.PLANNED for m in new)
    assert "2 Maßnahme(n) als beschlossen übernommen" in offered[-1][1]

    # the same paper again: nothing doubled, and the message says so
    with qtbot.waitSignal(window.pdf.finished, timeout=30000):
        window.pdf.create(latest)
    assert len(list_measures(store)) == len(before) + 2
    assert "schon übernommen" in offered[-1][1]


def test_council_paper_without_the_tick_adopts_nothing(qtbot, window, store, tmp_path, monkeypatch):
    from smartcheck.store.measures import list_measures

    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, options: 0 if "erstellen" in title else None)
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, proposed, f: tmp_path / proposed.name)
    before = list_measures(store)
    with qtbot.waitSignal(window.pdf.finished, timeout=30000):
        window.pdf.create(completed(store)[0])
    assert list_measures(store) == before


def test_print_goes_through_the_print_dialog_to_the_system(qtbot, window, store, tmp_path, monkeypatch):
    from smartcheck.ui import pdf_job

    printed = []
    answers = iter([0, 2])  # "Kurzfassung", then "Drucken …"
    monkeypatch.setattr(dialogs, "choose", lambda *args: next(answers))
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, proposed, f: tmp_path / proposed.name)
    monkeypatch.setattr(pdf_job, "ask_print", lambda parent: ("Büro", 2))
    monkeypatch.setattr(
        pdf_job, "hand_to_printer", lambda path, printer, copies: printed.append((path, printer, copies)) or True
    )
    with qtbot.waitSignal(window.pdf.finished, timeout=30000) as blocker:
        window.pdf.create(completed(store)[0])
    assert printed == [(Path(blocker.args[0]), "Büro", 2)]
    assert Path(blocker.args[0]).name.endswith("-Kurzfassung-de.pdf")


def test_pdf_failure_gives_a_clear_message(qtbot, window, store, tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    window.settings = Settings(pdf_dir=str(blocked))
    errors = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append((title, text)))
    monkeypatch.setattr(dialogs, "choose", lambda *args: 1)
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, proposed, f: blocked / proposed.name)
    with qtbot.waitSignal(window.pdf.failed, timeout=30000):
        window.pdf.create(completed(store)[0])
    assert errors and errors[0][0] == "Bericht nicht erstellt"
    assert "blocked" in errors[0][1]


def test_council_dialog_picks_measures_owner_and_date(qtbot, store):
    from PySide6.QtCore import QDate

    from smartcheck.core.findings import Findings
    from smartcheck.report import render_report
    from smartcheck.ui.council_dialog import CouncilDialog

    latest = store.load(completed(store)[0])
    history = store.history(latest)
    findings = Findings(latest, history)
    dialog = CouncilDialog(findings, "de")
    qtbot.addWidget(dialog)
    default = findings.default_selection()
    assert dialog.numbers() == default
    first, dropped = default[0], default[-1]
    dialog.items[dropped].setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(dialog.owners[first], "Frau Meier")
    dialog.dues[first].setDate(QDate(2026, 12, 24))
    qtbot.keyClicks(dialog.committee, "Hauptausschuss")
    choice = dialog.choice()
    assert choice.numbers == default[:-1]
    assert choice.owners == {first: "Frau Meier"}
    assert choice.dues[first].isoformat() == "2026-12-24" and len(choice.dues) == 1
    assert not choice.adopt and not dialog.adopt.isChecked()  # adopting is a deliberate tick
    dialog.adopt.setChecked(True)
    assert dialog.choice().adopt
    text = " ".join(
        page.extract_text()
        for page in PdfReader(
            __import__("io").BytesIO(render_report(latest, history, kind="council", choice=choice))
        ).pages
    )
    assert "Frau Meier" in text and "24.12.2026" in text and "Hauptausschuss" in text
    assert f"Maßnahmen 1 bis {len(default) - 1}" in " ".join(text.split())
    for n in range(len(findings.plan.measures)):
        if n + 1 not in default:
            dialog.items[n + 1].setCheckState(Qt.CheckState.Checked)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # more than eight


def test_compare_view_names_the_answers_that_fell(window, store):
    from smartcheck.core.questionnaire import question_number

    ids = completed(store)
    pairs = [(b, a) for b in ids for a in ids if b != a]
    before_id, after_id = next((b, a) for b, a in pairs if compare(store.load(b), store.load(a)).declined_questions)
    before, after = store.load(before_id), store.load(after_id)
    window.show_compare(before_id, after_id)
    declined = compare(before, after).declined_questions
    text = window.compare.notes.text()
    assert "Antworten sind gesunken." not in text
    for change in declined[:10]:
        number = question_number(after.questionnaire, change.question_id)
        assert f"Frage {number} ({change.before} → {change.after})" in text
    if len(declined) > 1:
        assert f"Gesunken sind {len(declined)} Antworten: Frage " in text
