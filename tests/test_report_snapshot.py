"""A report renders from the assessment's questionnaire snapshot, never from the shipped file."""

from __future__ import annotations

from smartcheck.core.assessment import Assessment
from smartcheck.core.catalog import load
from smartcheck.report import render_report
from tests.conftest import DATA
from tests.helpers.report_data import page_texts, series


def test_old_report_renders_the_same_after_the_shipped_questionnaire_changed(tmp_path, monkeypatch):
    source = (DATA / "mini.toml").read_text(encoding="utf-8")
    shipped = tmp_path / "questionnaires" / "smart-city-readiness.toml"
    shipped.parent.mkdir()
    shipped.write_text(source, encoding="utf-8")
    monkeypatch.setattr("smartcheck.paths.questionnaire_dir", lambda: shipped.parent)

    old = list(series(load(shipped)))
    stored = [Assessment.model_validate_json(a.model_dump_json()) for a in old]  # as the store keeps them
    before = render_report(stored[-1], stored, invariant=True)

    changed = source.replace("Gibt es eine verantwortliche Person?", "Wer leitet die Smart-City-Arbeit?")
    changed = changed.replace('name = { de = "Organisation"', 'name = { de = "Steuerung"')
    changed = changed.replace('version = "1.0"', 'version = "2.0"')
    assert changed != source
    shipped.write_text(changed, encoding="utf-8")
    assert load(shipped).version == "2.0"

    after = render_report(stored[-1], stored, invariant=True)
    assert after == before
    text = " ".join(page_texts(after))
    assert "Gibt es eine verantwortliche Person?" in text and "Organisation" in text
    assert "Wer leitet die Smart-City-Arbeit?" not in text and "Steuerung" not in text
    assert "Mini-Check, Version 1.0" in text


def test_history_with_an_older_questionnaire_version_names_the_changed_questions():
    mini = load(DATA / "mini.toml")
    first, _, third = series(mini)
    data = mini.model_dump()
    data["version"] = "1.1"
    data["dimensions"][0]["questions"][2]["text"] = {
        "de": "Sind die Rollen schriftlich geregelt?",
        "en": "Are the roles set down in writing?",
    }
    newer_q = type(mini).model_validate(data)
    from smartcheck.core.assessment import new_assessment

    newer = new_assessment(
        newer_q,
        third.municipality,
        answers=third.answers,
        status=third.status,
        completed_at=third.completed_at,
        respondents=third.respondents,
    )
    text = " ".join(page_texts(render_report(newer, [first, newer], invariant=True)))
    assert "Umformuliert (mit Vorsicht vergleichen): „Sind die Rollen schriftlich geregelt?“" in text
