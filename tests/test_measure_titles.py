"""Measure titles: the council paper and adopted measures name each step as a measure, not an instruction.

A Ratsvorlage speaks of the administration in the third person; the questionnaire's
recommendation texts are "Sie"-instructions for the person filling it in. Each
recommendation of the shipped questionnaire therefore carries a short nominal title.
"""

from __future__ import annotations

import io
import re
from datetime import UTC

import pytest

from smartcheck.core.catalog import load
from smartcheck.core.findings import Findings, split_first_sentence
from smartcheck.core.implementation import adopt
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import render_report
from smartcheck.store.demo import demo_assessments
from tests.helpers.report_data import page_texts, squash

IMPERATIVE = re.compile(r"^\w+(en|ern|eln)\s+Sie\b")  # "Benennen Sie …", "Klären Sie …"


@pytest.fixture(scope="module")
def questionnaire():
    return load(default_questionnaire_path())


@pytest.fixture(scope="module")
def demo(questionnaire):
    *done, _draft = demo_assessments(questionnaire)
    return done


def recommendations(q):
    for question in q.questions():
        r = question.recommendations
        for band, rec in (("low", r.low), ("middle", r.middle), ("unknown", r.unknown), ("high", r.high)):
            if rec is not None:
                yield f"{question.id}:{band}", rec


def test_every_recommendation_has_a_short_nominal_title_in_both_languages(questionnaire):
    recs = list(recommendations(questionnaire))
    assert len(recs) > 150
    titles = set()
    for where, rec in recs:
        assert rec.title is not None, where
        de, en = rec.title.de.strip(), rec.title.en.strip()
        assert de and en, where
        for text in (de, en):
            assert len(text) <= 80, (where, text)
            assert not text.endswith("."), (where, text)
        assert " Sie " not in f" {de} " and not IMPERATIVE.match(de), (where, de)
        assert not re.search(r"\b(Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres)\b", de), (where, de)
        assert not re.search(r"\b(you|your)\b", en, re.I), (where, en)
        # a title, not the instruction's first sentence cut short
        assert de != split_first_sentence(rec.text.de)[0], where
        titles.add((rec.title.de, rec.title.en))
    # no copy-paste: each step of the questionnaire has its own name
    assert len(titles) == len(recs)


def measures_table(pages: list[str], start: str, end: str) -> str:
    text = " ".join(pages)
    return text.split(start, 1)[1].split(end, 1)[0]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_council_pdf_lists_the_titles_not_instructions(demo, lang):
    latest = demo[-1]
    data = render_report(latest, demo, kind="council", lang=lang, invariant=True)
    start, end = (
        ("Vorgeschlagene Maßnahmen", "Finanzielle und personelle Auswirkungen")
        if lang == "de"
        else ("Proposed measures", "Financial and staff implications")
    )
    table = measures_table(page_texts(data), start, end)
    proposed = Findings(latest, demo).proposal()
    assert len(proposed) >= 5
    for p in proposed:
        rec = p.measure.recommendation
        assert squash(rec.title.get(lang)) in squash(table), rec.title.get(lang)
        assert squash(split_first_sentence(rec.text.get(lang))[0]) not in squash(table)
    if lang == "de":
        assert "Sie " not in table


def test_word_version_shows_the_title_in_bold(demo):
    from docx import Document

    latest = demo[-1]
    doc = Document(io.BytesIO(render_report(latest, demo, kind="council", fmt="docx")))
    proposed = Findings(latest, demo).proposal()
    measures = doc.tables[1]
    for row, p in zip(measures.rows[1:], proposed, strict=True):
        cell = row.cells[1]
        assert cell.text == p.measure.recommendation.title.de
        assert all(run.bold for run in cell.paragraphs[0].runs)
    assert not any("Sie " in row.cells[1].text for row in measures.rows[1:])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_adopted_measures_take_the_title(demo, lang):
    latest = demo[-1]
    adopted = adopt(latest, lang=lang)
    assert adopted
    for measure in adopted:
        rec = latest.questionnaire.question(measure.origin.question_id).recommendations
        band = measure.origin.recommendation_id.split(":")[1]
        assert measure.title == getattr(rec, band).title.get(lang)
        assert " Sie " not in f" {measure.title} "


def test_questionnaire_1_0_has_no_titles_and_falls_back_to_the_first_sentence():
    from datetime import datetime

    from smartcheck.core.assessment import Answer, Municipality, SizeClass, Status, new_assessment
    from smartcheck.core.implementation import short_title
    from smartcheck.paths import questionnaire_dir

    old = load(questionnaire_dir() / "smart-city-readiness-1.0.toml")
    assert all(rec.title is None for _, rec in recommendations(old))
    a = new_assessment(
        old,
        Municipality(name="Altdorf", size_class=SizeClass.UNDER_5K),
        status=Status.COMPLETE,
        completed_at=datetime(2025, 3, 1, 9, tzinfo=UTC),
    )
    for question in old.questions():
        a.answers[question.id] = Answer(value=1)
    adopted = adopt(a)
    assert adopted
    for measure in adopted:
        question = old.question(measure.origin.question_id)
        assert measure.title == short_title(question.recommendations.low.text.de)
    table = measures_table(
        page_texts(render_report(a, [a], kind="council", invariant=True)),
        "Vorgeschlagene Maßnahmen",
        "Finanzielle und personelle Auswirkungen",
    )
    first = Findings(a, [a]).proposal()[0].measure.recommendation.text.de
    assert squash(split_first_sentence(first)[0]) in squash(table)
