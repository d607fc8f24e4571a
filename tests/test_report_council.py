"""The Kurzfassung für den Rat, the annex and the Word version, read back as a reader meets them."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest

from smartcheck.cli import main
from smartcheck.core.assessment import (
    Administration,
    Answer,
    Municipality,
    Respondent,
    SizeClass,
    Status,
    new_assessment,
)
from smartcheck.core.catalog import load
from smartcheck.core.findings import Findings
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import render_report
from smartcheck.store.demo import demo_assessments
from tests.helpers.report_data import COUNCIL_SECTIONS, page_texts, reader, squash

DATE = re.compile(r"\b\d\d\.\d\d\.20\d\d\b")


@pytest.fixture(scope="module")
def questionnaire():
    return load(default_questionnaire_path())


@pytest.fixture(scope="module")
def demo(questionnaire):
    return demo_assessments(questionnaire)


@pytest.fixture(scope="module")
def persona(questionnaire):
    """A Mitgliedsgemeinde of 1,800 people, first assessment, one person answering, mostly low answers."""
    a = new_assessment(
        questionnaire,
        Municipality(
            name="Kleinwalde", size_class=SizeClass.UNDER_5K, administration=Administration.MEMBER, population=1800
        ),
        respondents=[Respondent(role="Bürgermeister (ehrenamtlich)")],
        status=Status.COMPLETE,
        completed_at=datetime(2026, 5, 4, 9, tzinfo=UTC),
    )
    values = [0, 1, "unknown", 1, 2, 0, 1]
    for i, question in enumerate(questionnaire.questions()):
        a.answers[question.id] = Answer(value=values[i % len(values)])
    return a


def sizes(data: bytes) -> list[set[float]]:
    """The font sizes of all text drawn, per page (font size times the text matrix's scale)."""
    out = []
    for page in reader(data).pages:
        seen: set[float] = set()

        def visit(text, cm, tm, font, size, seen=seen):
            if text.strip():
                seen.add(round(size * abs(tm[3]) * abs(cm[3] or 1), 2))

        page.extract_text(visitor_text=visit)
        out.append(seen)
    return out


def council_cases(demo, persona):
    *done, _draft = demo
    return {"demo": (done[-1], done), "persona": (persona, [persona])}


@pytest.mark.parametrize("case", ["demo", "persona"])
def test_council_paper_is_at_most_four_pages_with_resolution_facts_money_and_dates(demo, persona, case):
    assessment, history = council_cases(demo, persona)[case]
    data = render_report(assessment, history, kind="council", invariant=True)
    pages = page_texts(data)
    assert 1 <= len(pages) <= 4
    text = " ".join(pages)
    for heading in (
        *COUNCIL_SECTIONS,
        "Gremium",
        "Vorlagen-Nr.",
        "Sitzung am",
    ):
        assert heading in text
    findings = Findings(assessment, history)
    back = findings.report_back.strftime("%d.%m.%Y")
    assert f"bis zum {back}" in text
    assert "Die Verwaltung hat am" in text and "Sie " not in text.split("Vorgeschlagene Maßnahmen")[0]
    proposed = findings.proposal()
    assert 5 <= len(proposed) <= 8
    for p in proposed:
        assert p.due.strftime("%d.%m.%Y") in text  # absolute dates, not "0–3 Monate"
    assert "Std." in text and "Kosten (€)" in text
    assert f"{sum(p.hours for p in proposed)} Std." in text
    assert "0–3 Monate" not in text


def test_proposed_measures_spread_over_dimensions(demo):
    *done, _draft = demo
    proposed = Findings(done[-1], done).proposal()
    dims = [p.measure.dimension_id for p in proposed]
    assert len(set(dims)) >= min(4, len(dims))


@pytest.mark.parametrize("kind", ["council", "full"])
def test_no_character_below_7_5_pt_and_at_most_five_sizes(demo, kind):
    *done, draft = demo
    for target in (done[-1], draft):
        per_page = sizes(render_report(target, done, kind=kind, invariant=True))
        used = set().union(*per_page)
        assert min(used) >= 7.5, sorted(used)
        assert len(used) <= 5, sorted(used)
        assert 10 in used and 8.5 in used  # body and tables


def test_a_draft_says_entwurf_on_every_page_and_in_the_title(demo):
    *done, draft = demo
    for kind in ("council", "full"):
        data = render_report(draft, done, kind=kind, invariant=True)
        pages = page_texts(data)
        assert all("ENTWURF" in page for page in pages)
        assert reader(data).metadata.title.startswith("ENTWURF – ")


def test_a_draft_has_no_weakest_dimension_and_says_what_is_unanswered(demo):
    *done, draft = demo
    findings = Findings(draft, done)
    assert findings.weakest == () and findings.average is None
    assert findings.previous is not None and findings.previous.status == Status.COMPLETE
    text = " ".join(page_texts(render_report(draft, done, kind="full", invariant=True)))
    if any(r.unanswered == r.total for r in findings.profile.dimensions):
        assert "noch nicht beantwortet" in text
    assert "Lücken keine" not in " ".join(text.split())
    assert f"alle {findings.completed_count} abgeschlossenen" in text
    assert findings.completed_count == len(done)


def test_the_annex_prints_each_recommendation_once(demo):
    *done, _draft = demo
    latest = done[-1]
    pages = page_texts(render_report(latest, done, kind="full", invariant=True))
    start = next(n for n, p in enumerate(pages) if "Anlage: Ergebnisse und Handlungsplan" in p)
    annex = squash(" ".join(pages[start:]))
    for measure in Findings(latest, done).plan.measures:
        assert annex.count(squash(measure.recommendation.text.de)) == 1, measure.recommendation_id
    assert "Handlungsplan unter Nr." in " ".join(pages[start:])


def test_wording_quick_win_not_met_effort_in_hours_one_source_form(demo):
    *done, _draft = demo
    text = " ".join(page_texts(render_report(done[-1], done, kind="full", invariant=True)))
    assert "Aufwand: Quick Win" not in text and re.search(r"Aufwand: (gering|mittel|hoch), ca\. \d+", text)
    assert "Quelle: Bericht" not in text and "Quelle: KTS-Bericht, " in text
    assert "?; " not in text
    qw = text.split("Quick-Win-Ideen")[-1]
    assert "trifft nicht zu" not in qw.split("Entwicklung")[0]


def test_word_version_reads_back_with_headings_table_and_alt_text(demo, tmp_path):
    from docx import Document

    *done, _draft = demo
    latest = done[-1]
    data = render_report(latest, done, kind="council", fmt="docx")
    doc = Document(io.BytesIO(data))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:] == COUNCIL_SECTIONS
    measures = doc.tables[1]
    proposed = Findings(latest, done).proposal()
    assert len(measures.rows) == 1 + len(proposed)
    assert measures.rows[0].cells[1].text == "Maßnahme"
    assert measures.rows[1].cells[3].text == proposed[0].due.strftime("%d.%m.%Y")
    [picture] = doc.inline_shapes
    alt = picture._inline.docPr.get("descr")
    for d in latest.questionnaire.dimensions:
        assert d.name.de in alt


def test_cli_refuses_word_for_the_full_report(tmp_path, capsys):
    data = tmp_path / "daten"
    assert main(["--data-dir", str(data), "demo"]) == 0
    out = tmp_path / "x.docx"
    assert (
        main(["--data-dir", str(data), "report", "--latest", "--kind", "full", "--format", "docx", "--out", str(out)])
        == 1
    )
    err = capsys.readouterr().err
    assert "--kind council" in err and "Traceback" not in err and not out.exists()
    assert (
        main(
            ["--data-dir", str(data), "report", "--latest", "--kind", "council", "--format", "docx", "--out", str(out)]
        )
        == 0
    )
    assert out.read_bytes()[:2] == b"PK"
    pdf = tmp_path / "k.pdf"
    assert main(["--data-dir", str(data), "report", "--latest", "--kind", "council", "--out", str(pdf)]) == 0
    assert len(reader(pdf.read_bytes()).pages) <= 4


def test_first_assessment_has_no_page_for_one_paragraph_and_council_is_done_by_the_administration(persona):
    from smartcheck.core.findings import role_text
    from smartcheck.core.questionnaire import Role

    pages = page_texts(render_report(persona, [persona], kind="full", invariant=True))
    progress = next(p for p in pages if "Dies ist die erste Einschätzung der Kommune" in p)
    assert "Quick-Win-Ideen" in progress or "Ideen-Pool" in progress  # shares its page
    assert "Wiederholen Sie" not in " ".join(pages)
    assert role_text(Role.COUNCIL) == "Verwaltungsspitze (Vorlage an den Rat)"
    plan_rows = " ".join(p for p in pages if "Beschluss / Notiz" in p)
    assert not re.search(r"\bRat 0–3|\bRat 3–12|\bRat über", plan_rows)  # no "Wer: Rat"
