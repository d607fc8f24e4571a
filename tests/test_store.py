"""The Store: what is saved is what comes back; listing, history, drafts, locks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

from smartcheck.core.assessment import Municipality, Respondent, Status
from smartcheck.core.errors import UserError
from smartcheck.core.scoring import score
from smartcheck.core.session import Session
from smartcheck.store import AssessmentSummary, Store, StoreLocked
from tests.helpers.store_data import make


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as s:
        yield s


def test_created_assessment_loads_back_equal(store, mini):
    a = make(mini, complete=True)
    store.create(a)
    loaded = store.load(a.id)
    assert loaded == a
    assert loaded.answers["org.lead"].note == "Notiz mit Umlauten: äöüß"
    assert loaded.answers["org.mandate"].value == "unknown"


def test_every_answer_is_saved_the_moment_it_is_given(tmp_path, mini):
    a = make(mini, answers={})
    with Store.open(tmp_path / "d") as store:
        store.create(a)
        session = Session(a, store)
        session.answer("org.lead", 2, "erste Notiz")
        session.answer("talk.story", "unknown")
        session.answer("org.roles", 3)
    # a new process would see exactly this: open the folder again
    with Store.open(tmp_path / "d") as store:
        loaded = store.load(a.id)
        summary = store.list_assessments()[0]
    assert {k: v.value for k, v in loaded.answers.items()} == {"org.lead": 2, "talk.story": "unknown", "org.roles": 3}
    assert loaded.answers["org.lead"].note == "erste Notiz"
    assert loaded.cursor == "dimension:org#org.roles"
    assert summary.answered == 3 and summary.total == 5
    assert summary.levels == {"org": 3, "talk": None}


def test_a_cleared_answer_is_removed(store, mini):
    a = make(mini, answers={})
    store.create(a)
    session = Session(a, store)
    session.answer("org.lead", 3)
    session.answer("org.lead", None)
    assert store.load(a.id).answers == {}
    assert store.list_assessments()[0].answered == 0


def test_a_draft_resumes_where_it_was_left(store, mini):
    a = make(mini, answers={})
    store.create(a)
    Session(a, store).answer("talk.plan", 1)
    resumed = Session(store.load(store.find_draft("testdorf").id), store)
    assert resumed.resume_page() == "dimension:talk"
    assert resumed.resume_question() == "talk.plan"


def test_completed_assessment_is_not_changed_silently(store, mini):
    a = make(mini, complete=True)
    store.create(a)
    store.save_assessment(a)  # unchanged: fine
    a.respondents = [Respondent(role="Rat")]
    with pytest.raises(UserError, match="abgeschlossen.*wieder"):
        store.save_assessment(a)
    with pytest.raises(UserError, match="abgeschlossen"):
        store.save_answer(a, "org.lead")
    assert store.load(a.id).respondents[0].role == "Hauptamt"


def test_reopening_is_the_explicit_step_that_allows_changes(store, mini):
    a = make(mini, complete=True)
    store.create(a)
    session = Session(a, store)
    session.reopen()
    session.answer("org.lead", 0)
    assert store.load(a.id).status == Status.DRAFT
    session.finish()
    loaded = store.load(a.id)
    assert loaded.status == Status.COMPLETE and loaded.answers["org.lead"].value == 0
    assert store.list_assessments()[0].levels == {d.dimension_id: d.level for d in score(loaded).dimensions}


def test_create_refuses_an_id_that_is_stored(store, mini):
    a = make(mini)
    store.create(a)
    with pytest.raises(UserError, match="bereits gespeichert"):
        store.create(a)
    assert len(store.list_assessments()) == 1


def test_listing_is_newest_first_with_summaries(store, mini):
    old = make(mini, name="Altdorf", complete=True, year=2024)
    new = make(mini, name="Neustadt", complete=True, year=2026)
    draft = make(mini, name="Altdorf", answers={}, updated_at=datetime(2026, 5, 1, tzinfo=UTC))
    for a in (old, draft, new):
        store.create(a)
    listed = store.list_assessments()
    assert [s.id for s in listed] == [draft.id, new.id, old.id]
    first = listed[1]
    assert isinstance(first, AssessmentSummary)
    assert (first.municipality, first.status, first.questionnaire_id, first.questionnaire_version) == (
        "Neustadt",
        "complete",
        "mini",
        "1.0",
    )
    assert first.completed_at == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert first.levels == {d.dimension_id: d.level for d in score(new).dimensions}
    assert listed[0].answered == 0 and listed[0].levels == {"org": None, "talk": None}


def test_history_latest_find_draft(store, mini):
    a24 = make(mini, name="Musterdorf", complete=True, year=2024)
    a25 = make(mini, name="Musterdorf", complete=True, year=2025)
    other = make(mini, name="Anderswo", complete=True, year=2026)
    draft = make(mini, name="musterdorf ", answers={}, year=2027)
    for a in (a25, other, draft, a24):
        store.create(a)
    assert [h.id for h in store.history(a25)] == [a24.id, a25.id]
    assert [h.id for h in store.history(draft)] == [a24.id, a25.id]
    assert store.latest().id == other.id
    assert store.latest(complete_only=False).id == draft.id
    assert store.find_draft().id == draft.id
    assert store.find_draft("MUSTERDORF").id == draft.id
    assert store.find_draft("Anderswo") is None


def test_resolve_by_unique_prefix(store, mini):
    a = make(mini, id="abc-111")
    b = make(mini, id="abd-222")
    store.create(a)
    store.create(b)
    assert store.resolve("abc") == "abc-111"
    assert store.resolve("abd-222") == "abd-222"
    with pytest.raises(UserError, match="nicht eindeutig"):
        store.resolve("ab")
    with pytest.raises(UserError, match="Keine Einschätzung"):
        store.resolve("zzz")


def test_delete_keeps_a_backup_first(store, mini):
    a = make(mini)
    store.create(a)
    store.delete(a.id)
    assert store.list_assessments() == []
    backups = sorted((store.data_dir / "backups").glob("*vor-loeschen*.db"))
    assert len(backups) == 1
    with Store.open(backups[0].parent.parent, readonly=True) as reader:
        assert reader.list_assessments() == []
    import sqlite3

    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT id FROM assessments").fetchall() == [(a.id,)]
    copy.close()


def test_snapshot_is_stored_once_per_content_hash(store, mini):
    for i in range(3):
        store.create(make(mini, name=f"Ort {i}"))
    rows = store._conn.execute("SELECT count(*) FROM snapshots").fetchone()[0]
    assert rows == 1


def test_municipality_profile_is_kept_per_assessment(store, mini):
    a = make(mini)
    a.municipality = Municipality(name="Testdorf", ags="01234567", type="amt", size_class="under_5k")
    store.create(a)
    assert store.load(a.id).municipality == a.municipality


def test_second_writer_is_refused_and_reader_still_reads(tmp_path, mini):
    with Store.open(tmp_path) as first:
        first.create(make(mini))
        with pytest.raises(StoreLocked, match="bereits geöffnet"):
            Store.open(tmp_path)
        with Store.open(tmp_path, readonly=True) as reader:
            assert len(reader.list_assessments()) == 1
            with pytest.raises(UserError, match="nur zum Lesen"):
                reader.create(make(mini))
    with Store.open(tmp_path) as again:
        assert len(again.list_assessments()) == 1


def test_stale_lock_file_does_not_block(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "smartcheck.lock").write_text("pid 999999 seit 01.01.2020 08:00\n")
    with Store.open(tmp_path) as store:
        assert store.list_assessments() == []


def test_lock_of_a_killed_process_is_released(tmp_path):
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from smartcheck.store import Store
            store = Store.open({str(tmp_path)!r})
            print("ready", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked) as info:
            Store.open(tmp_path)
        assert f"pid {child.pid}" in str(info.value)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    with Store.open(tmp_path) as store:
        assert store.integrity_check() == "ok"


def test_reader_of_a_missing_folder_sees_nothing_and_creates_nothing(tmp_path):
    with Store.open(tmp_path / "nowhere", readonly=True) as store:
        assert store.list_assessments() == []
        assert store.latest() is None
    assert not (tmp_path / "nowhere").exists()
