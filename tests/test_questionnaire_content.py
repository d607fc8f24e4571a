"""The shipped questionnaire, tested as data (issue: counts, fields, both languages)."""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from smartcheck.core.catalog import load
from smartcheck.paths import default_questionnaire_path

ROOT = Path(__file__).parents[1]
Q = load(default_questionnaire_path())
QUESTIONS = Q.questions()
DIMENSIONS = {
    "organisation": "Organisationsstrukturen",
    "support": "Breite Verankerung in der Verwaltung",
    "continuity": "Verstetigung und Kompetenzen",
    "cooperation": "Regionale und interkommunale Kooperation",
    "storytelling": "Storytelling und Kommunikation",
    "quick_wins": "Quick Wins",
    "prioritisation": "Priorisierung von Maßnahmen",
}
CRITERIA = {
    "reach",
    "pending_wishes",
    "motivated_actors",
    "acute_challenge",
    "resources",
    "timeframe",
    "visibility",
    "scalability",
    "funding",
    # 2.0: the rest of the criteria the report lists for workshop 1 Wolfsburg
    "links",
    "fields_of_action",
    "forerunners",
    "strategic_decisions",
    "political_situation",
    "knowledge",
    "data_infrastructure",
    "simple_communication",
    "innovation",
}


def texts(model):
    """Every Text inside a model, with its place."""
    from pydantic import BaseModel

    from smartcheck.core.questionnaire import Text

    def walk(value, where):
        if isinstance(value, Text):
            yield where, value
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                yield from walk(getattr(value, name), f"{where}.{name}")
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                yield from walk(item, f"{where}[{i}]")

    yield from walk(model, "questionnaire")


def test_identity_and_validator():
    assert (Q.id, Q.version) == ("smart-city-readiness", "2.0")
    result = subprocess.run(
        [sys.executable, "-m", "smartcheck", "questionnaire", "validate", str(default_questionnaire_path())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_seven_dimensions_with_their_names():
    assert {d.id: d.name.de for d in Q.dimensions} == DIMENSIONS


def test_counts():
    assert 45 <= len(QUESTIONS) <= 60
    for d in Q.dimensions:
        assert 5 <= len(d.questions) <= 10, d.id
        assert 1 <= sum(q.key for q in d.questions) <= 2, d.id
        assert 2 <= d.target_suggestion <= 4, d.id


def test_every_text_is_present_and_translated():
    for where, text in texts(Q):
        assert text.de.strip() and text.en.strip(), where
    for q in QUESTIONS:
        assert q.text.de != q.text.en, q.id
        assert q.text.de.rstrip().endswith("?"), q.id
        assert q.text.en.rstrip().endswith("?"), q.id
        for option_de in (o.de for o in q.options):
            assert len(option_de) <= 200, (q.id, option_de)


def test_questions_address_the_reader_with_sie_and_cite_the_report():
    for q in QUESTIONS:
        german = " ".join([q.text.de, q.help.de, q.recommendations.low.text.de])
        assert re.search(r"\b(Sie|Ihre?[mnrs]?)\b", german), q.id
        assert not re.search(r"\b(du|dein|euch|euer)\b", german, re.IGNORECASE), q.id
        assert re.search(r"Bericht|Workshop|Interview|Podium|Regionalkonferenz", q.source.de), q.id


def test_options_describe_states_not_agreement():
    agree = re.compile(r"stimme|trifft (eher |voll |gar )?(nicht )?zu", re.IGNORECASE)
    for q in QUESTIONS:
        assert len({o.de for o in q.options}) == 5, q.id
        for option in q.options:
            assert not agree.search(option.de), (q.id, option.de)


def test_recommendations_for_low_middle_and_unknown_are_complete():
    for q in QUESTIONS:
        r = q.recommendations
        for band in (r.low, r.middle, r.unknown):
            assert len(band.text.de) >= 30 and len(band.success.de) >= 10, q.id
        assert r.low.text.de != r.middle.text.de != r.unknown.text.de, q.id


def test_no_two_questions_share_an_id_or_ask_the_same_thing():
    ids = [q.id for q in QUESTIONS]
    assert len(ids) == len(set(ids))
    for i, a in enumerate(QUESTIONS):
        assert a.id.startswith(Q.dimension_of(a.id).id + ".")
        for b in QUESTIONS[i + 1 :]:
            ratio = difflib.SequenceMatcher(None, a.text.de.lower(), b.text.de.lower()).ratio()
            assert ratio < 0.75, (a.id, b.id, ratio)


def test_levels_per_dimension_and_introduction():
    for d in Q.dimensions:
        assert len({t.de for t in d.levels}) == 5, d.id
    assert [lv.name.de for lv in Q.levels] == [
        "Nicht begonnen",
        "Erste Schritte",
        "Im Aufbau",
        "Etabliert",
        "Verstetigt & lernend",
    ]
    assert "45 Minuten" in Q.intro.de and "15 Minuten" in Q.intro.de
    assert "12 Monat" in Q.intro.de


def test_quick_win_criteria_of_the_wolfsburg_workshop():
    assert {c.id for c in Q.quick_win_criteria} == CRITERIA
    assert len(Q.quick_win_examples) >= 7
    titles = " ".join(e.title.de + " " + e.origin.de for e in Q.quick_win_examples)
    for name in ("Iserlohn", "Wolfsburg", "Kaiserslautern", "Flensburg", "Mängelmelder"):
        assert name in titles


@pytest.mark.parametrize("name", ["Eichenzell", "Gieß den Kiez", "Smarte Grenzregion", "Südwestfalen", "Wolfsburg"])
def test_practice_examples_from_the_report_appear(name):
    everything = " ".join(t.de for _, t in texts(Q))
    assert name in everything


def test_docs_table_is_current():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import questionnaire_table
    finally:
        sys.path.pop(0)
    expected = questionnaire_table.table(default_questionnaire_path())
    assert (ROOT / "docs" / "questionnaire.md").read_text(encoding="utf-8") == expected
    for q in QUESTIONS:
        assert f"`{q.id}`" in expected


# ------------------------------------------------------------ version 2.0 (issue 11)
def test_version_one_stays_available_for_old_snapshots():
    old = load(ROOT / "questionnaires" / "smart-city-readiness-1.0.toml")
    assert (old.id, old.version) == (Q.id, "1.0")
    assert not any(q.gate or q.applies_to or q.when for q in old.questions())


def test_every_recommendation_has_staff_hours_and_the_effort_is_called_gering():
    from smartcheck.core.labels import label
    from smartcheck.core.questionnaire import Effort

    for q in QUESTIONS:
        r = q.recommendations
        for band in (r.low, r.middle, r.unknown, r.high):
            if band is not None:
                assert band.hours is not None and 1 <= band.hours <= 200, q.id
                assert band.effort != Effort.QUICK_WIN, q.id
    assert label(Effort.SMALL) == "gering"


def test_gates_explain_themselves_and_their_dependents_follow_them():
    gates = {q.id: q for q in QUESTIONS if q.gate}
    assert set(gates) == {
        "continuity.measures",
        "cooperation.partners",
        "quick_wins.started",
        "prioritisation.strategy",
    }
    for gate in gates.values():
        assert gate.gate_note and "erste Schritt" in gate.gate_note.de, gate.id
        assert any(q.when and q.when.question == gate.id for q in QUESTIONS), gate.id
    # the prioritisation dimension presumes a strategy: every other item hangs on the gate
    prio = Q.dimension("prioritisation").questions
    assert all(q.gate or (q.when and q.when.question == "prioritisation.strategy") for q in prio)


def test_wording_is_consistent_and_attributed():
    everything = " ".join(t.de for _, t in texts(Q))
    assert "Wie Stufe 3" not in everything and "As level 3" not in " ".join(t.en for _, t in texts(Q))
    assert "Amtsleiterrunde" not in everything
    for phrase in (
        "Der Bericht fordert",
        "Der Bericht empfiehlt",
        "Der Bericht nennt den politischen Willen",
        "gelingen selten im ersten Anlauf",
        "Es wurde noch kein Quick Win ausgewählt",
        "wählen Sie die unterste Stufe",
        "Rollenseite",
        "Maßnahmenblatt",
        "Verstetigungs-Steckbrief",
    ):
        assert phrase not in everything, phrase
    for q in QUESTIONS:
        for option in [*q.options, *(o for v in q.variants for o in (v.options or []))]:
            assert option.de.rstrip().endswith("."), (q.id, option.de)
            assert option.en.rstrip().endswith("."), (q.id, option.en)


def test_definition_glossary_and_dated_offers():
    assert Q.definition and "Selbstzweck" in Q.definition.de and "OZG" in Q.definition.de
    terms = {g.term.de for g in Q.glossary}
    for jargon in (
        "Pitch",
        "Storytelling",
        "Datamapping",
        "Zielbild",
        "Wirkungslogik",
        "Skalierbarkeit",
        "Multiplikatoren",
        "Peer-Learning",
        "Vorhaben-Steckbrief",
        "Digitalrunde",
    ):
        assert jargon in terms, jargon
    for where, text in texts(Q):
        if "Start Smart" in text.de and not where.endswith(".source"):
            assert "2022" in text.de, where


def test_coverage_gaps_have_items_traced_to_the_report():
    for qid, words in {
        "cooperation.local_partners": "Wissenschaft",
        "continuity.impact": "Monitoring",
        "continuity.data": "Datenlage",
        "prioritisation.strategy": "Strategie",
        "storytelling.user_orientation": "Selbstzweck",
        "cooperation.support_offers": "Start Smart",
        "storytelling.digital_skills": "Smartphone",
    }.items():
        assert words in Q.question(qid).source.de, qid


def test_quick_win_criteria_are_grouped_and_big_cities_labelled():
    assert all(c.group for c in Q.quick_win_criteria)
    assert len({c.group.de for c in Q.quick_win_criteria}) == 4
    labelled = [e for e in Q.quick_win_examples if e.origin.de.startswith("Großstadtbeispiel")]
    assert labelled and Q.quick_win_examples[-len(labelled) :] == labelled
