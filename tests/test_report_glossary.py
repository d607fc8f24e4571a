"""The full report's method section explains Smart City for a small town and the terms the plan uses."""

from __future__ import annotations

import io

from pypdf import PdfReader

from smartcheck.report import render_report
from smartcheck.store.demo import demo_assessments


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_full_report_has_the_definition_and_every_glossary_term_in_both_languages():
    assessments = demo_assessments()
    latest, done = assessments[2], assessments[:3]
    glossary = latest.questionnaire.glossary
    assert glossary and latest.questionnaire.definition is not None
    for lang, heading in (
        ("de", "Was heißt Smart City für eine kleine Gemeinde?"),
        ("en", "What does smart city mean for a small municipality?"),
    ):
        text = " ".join(_text(render_report(latest, done, lang=lang, kind="full")).split())
        assert heading in text
        for entry in glossary:
            assert " ".join(entry.term.get(lang).split()[:1]) in text, entry.term.get(lang)


def test_kurzfassung_stays_short_without_the_glossary():
    assessments = demo_assessments()
    data = render_report(assessments[2], assessments[:3], kind="council")
    assert "Begriffe" not in _text(data) and len(PdfReader(io.BytesIO(data)).pages) <= 4


def test_left_out_and_skipped_questions_are_named_in_the_report_not_scored():
    from smartcheck.core.scoring import score
    from smartcheck.store.demo import small_demo_assessment

    small = small_demo_assessment()
    profile = score(small)
    excluded = sum(profile[d.id].excluded for d in small.questionnaire.dimensions)
    skipped = sum(profile[d.id].skipped for d in small.questionnaire.dimensions)
    assert excluded and skipped  # a Mitgliedsgemeinde with closed gates
    text = " ".join(_text(render_report(small, [small], kind="full")).split())
    assert "entfallen für diese Verwaltungsform (nicht bewertet)" in text
    assert "übersprungen, weil eine Torfrage mit „nein“ beantwortet ist (nicht bewertet)" in text
