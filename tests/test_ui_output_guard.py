"""The app's save dialogs never write into the data folder (issue 10)."""

from __future__ import annotations

import hashlib

from smartcheck.core.findings import CouncilChoice
from smartcheck.ui import council_dialog, dialogs
from smartcheck.ui.settings import Settings


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_dialog_onto_the_database_is_refused(window, store, monkeypatch):
    window.home.add_demo()
    home = window.home
    home.table.selectRow(next(i for i, s in enumerate(home.model.rows) if s.status == "complete"))
    db = store.data_dir / "smartcheck.db"
    before = _digest(db)
    errors = []
    monkeypatch.setattr(dialogs, "save_file", lambda *a: db)
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append((title, text)))
    home.export_selected()
    assert errors and errors[0][0] == "Export nicht möglich" and "liegt im Datenordner" in errors[0][1]
    assert _digest(db) == before


def test_pdf_into_the_data_folder_is_refused(qtbot, window, store, monkeypatch):
    window.home.add_demo()
    window.settings = Settings(pdf_dir=str(store.data_dir))  # the PDF folder set to the data folder
    errors = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: errors.append((title, text)))
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, labels: 0)
    monkeypatch.setattr(council_dialog, "ask_council", lambda parent, findings, lang: CouncilChoice())
    monkeypatch.setattr(dialogs, "save_file", lambda parent, title, proposed, name_filter: proposed)
    complete = next(s.id for s in store.list_assessments() if s.status == "complete")
    before = sorted(p.name for p in store.data_dir.iterdir())
    assert window.pdf.create(complete) is None
    assert errors and errors[0][0] == "Bericht nicht erstellt" and "liegt im Datenordner" in errors[0][1]
    assert sorted(p.name for p in store.data_dir.iterdir()) == before
    assert not list(store.data_dir.glob("*.pdf"))
