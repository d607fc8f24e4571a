"""The home page: welcome on an empty store, the demo's list with level badges, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartcheck.store import Store
from smartcheck.ui import dialogs
from smartcheck.ui.assessment_table import LevelRole
from smartcheck.ui.main_window import MainWindow
from smartcheck.ui.settings import Settings

# The offscreen platform warns whenever a window's size limits change; that is
# not a fault of the program.


def test_empty_store_shows_the_welcome_with_demo_and_new(window):
    home = window.home
    assert home.stack.currentWidget() is home.welcome
    assert home.demo_button.text() == "Demo-&Kommune ansehen"
    assert home.start_button.text() == "&Neue Einschätzung beginnen"
    assert home.start_button.isVisible() and home.demo_button.isVisible()


def test_demo_button_fills_the_list_with_badges_and_trend(qtbot, window, store):
    home = window.home
    qtbot.mouseClick(home.demo_button, Qt.MouseButton.LeftButton)
    assert home.stack.currentWidget() is home.overview
    model = home.model
    summaries = store.list_assessments()
    assert model.rowCount() == len(summaries) == 4
    assert [model.data(model.index(r, 1)) for r in range(4)] == ["Musterstadt"] * 4
    statuses = [model.data(model.index(r, 2)) for r in range(4)]
    assert sum(s == "abgeschlossen" for s in statuses) == 3
    assert sum(s.startswith("Entwurf") for s in statuses) == 1
    # who answered: several people's drafts are told apart
    people = [model.data(model.index(r, 3)) for r in range(4)]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Person / Rolle"
    assert people == [s.people or "–" for s in summaries] and any(p != "–" for p in people)
    # one badge column per dimension, headed by the dimension's name
    questionnaire = store.load(summaries[0].id).questionnaire
    names = [d.name.de for d in questionnaire.dimensions]
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(4, model.columnCount())
    ]
    assert headers == names
    for row, summary in enumerate(summaries):
        for col, dimension in enumerate(questionnaire.dimensions, start=4):
            index = model.index(row, col)
            if summary.status == "complete":
                level = summary.levels[dimension.id]
                assert index.data(LevelRole) == level
                assert index.data() == str(level)
                assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{dimension.name.de}: Stufe {level}")
            else:
                assert index.data() == "–"
    first = [s for s in summaries if s.status == "complete"][-1]
    last = [s for s in summaries if s.status == "complete"][0]
    assert "seit der ersten Einschätzung" in home.trend.text()
    some = questionnaire.dimensions[0]
    before, after = first.levels[some.id], last.levels[some.id]
    assert f"{some.name.de} {before} → {after}" in home.trend.text()


def test_enter_on_a_completed_row_opens_its_result(qtbot, window, store):
    window.home.add_demo()
    window.show_home()
    complete = next(i for i, s in enumerate(window.home.model.rows) if s.status == "complete")
    window.home.table.selectRow(complete)
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.result
    assert window.result.assessment.id == window.home.model.rows[complete].id


def test_export_then_import_round_trip(qtbot, window, store, tmp_path, monkeypatch):
    window.home.add_demo()
    home = window.home
    row = next(i for i, s in enumerate(home.model.rows) if s.status == "complete")
    home.table.selectRow(row)
    target = tmp_path / "out" / "export.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: target)
    messages = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: messages.append(text))
    qtbot.mouseClick(home.export_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and "smartcheck.assessment" in target.read_text(encoding="utf-8")
    assert str(target) in messages[-1]

    other = Store.open(tmp_path / "other")
    try:
        other_window = MainWindow(other.data_dir, Settings())
        qtbot.addWidget(other_window)
        other_window.attach_store(other)
        monkeypatch.setattr(dialogs, "open_files", lambda *a: [target])
        other_window.home.import_files()
        assert [s.municipality for s in other.list_assessments()] == ["Musterstadt"]
        assert other_window.home.stack.currentWidget() is other_window.home.overview
        assert "Eine Einschätzung übernommen." in messages[-1]
    finally:
        other_window.close()
        other.close()


def test_a_broken_import_file_gives_a_message_and_changes_nothing(window, store, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    errors = []
    monkeypatch.setattr(dialogs, "open_files", lambda *a: [bad])
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append((title, text)))
    window.home.import_files()
    assert errors and errors[0][0] == "Import nicht möglich"
    assert "bad.json" in errors[0][1]
    assert store.list_assessments() == []


def test_compare_button_compares_the_two_latest_completed(qtbot, window, store):
    window.home.add_demo()
    complete = [s for s in store.list_assessments() if s.status == "complete"]
    window.home.table.clearSelection()
    qtbot.mouseClick(window.home.compare_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.compare
    assert window.compare.before.currentData() == complete[1].id
    assert window.compare.after.currentData() == complete[0].id


def test_dimension_headings_stay_whole_when_narrow():
    from smartcheck.ui.assessment_table import wrap_header

    names = [
        "Organisationsstrukturen",
        "Breite Verankerung in der Verwaltung",
        "Regionale und interkommunale Kooperation",
        "Broad support across the administration",
    ]
    for name in names:
        for width in (16, 12, 9):
            lines = wrap_header(name, width).split("\n")
            assert "…" not in "".join(lines)
            joined = " ".join(lines).replace("- ", "")
            assert joined == name, (width, lines)  # every letter is there, broken only between syllables
            assert all(len(line) <= max(width, 10) for line in lines), (width, lines)
    assert wrap_header("Organisationsstrukturen", 16) == "Organisations-\nstrukturen"
    assert wrap_header("Breite Verankerung in der Verwaltung", 9).split("\n")[1] == "Veranke-"
    # a hyphen in the name is a place to break, and the words stay joined where they fit
    assert wrap_header("Regional and inter-municipal cooperation", 9).split("\n")[2:4] == ["inter-", "municipal"]
    assert "inter-municipal" in wrap_header("Regional and inter-municipal cooperation", 16)
