"""The handout of the demo municipality: long tables, the summary page, no overflowing cell."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import NextPageTemplate, Paragraph, Table

from smartcheck.cli import main
from smartcheck.core.catalog import load
from smartcheck.core.planning import plan
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import render_report
from smartcheck.report.pdf import PdfReport
from smartcheck.report.styles import LANDSCAPE_WIDTH, PORTRAIT_WIDTH
from smartcheck.store.demo import demo_assessments
from tests.helpers.report_data import flat, page_texts, reader


@pytest.fixture(scope="module")
def demo():
    *done, _draft = demo_assessments(load(default_questionnaire_path()))
    return done


@pytest.fixture(scope="module")
def pages(demo):
    return page_texts(render_report(demo[-1], demo, invariant=True))


def test_every_dimension_and_measure_of_the_demo_is_printed(demo, pages):
    text = " ".join(pages)
    latest = demo[-1]
    for dimension in latest.questionnaire.dimensions:
        assert dimension.name.de in text
    for measure in plan(latest).measures:
        assert flat(measure.recommendation.text.de) in text
        assert flat(measure.why(latest.questionnaire)) in text


def test_summary_is_one_page(pages):
    summary = pages[1]
    for heading in ("Auf einen Blick", "Stand je Dimension", "Die fünf nächsten Schritte",
                    "Stufe seit der letzten Einschätzung am"):
        assert heading in summary
    assert "Die fünf nächsten Schritte" not in pages[2]


def test_long_plan_table_repeats_its_header_on_every_page(pages):
    plan_pages = [p for p in pages if "Warum (Frage → Antwort)" in p]
    assert len(plan_pages) >= 2
    for page in plan_pages:
        assert "Beschluss / Notiz" in page and "Erfolgskriterium" in page and "Zuständig" in page


def test_long_tables_in_the_progress_section_repeat_their_header(pages):
    question_pages = [p for p in pages if "vorher jetzt" in p]
    assert question_pages
    assert all("Frage vorher jetzt Veränderung" in p for p in question_pages)


def _words(paragraph: Paragraph):
    for frag in paragraph.frags:
        text = getattr(frag, "text", "")
        for word in text.split():
            yield word, stringWidth(word, frag.fontName, frag.fontSize)


def _tables(flowables, width):
    """Every table with the width it gets, also tables inside table cells."""
    for f in flowables:
        if isinstance(f, NextPageTemplate):
            width = LANDSCAPE_WIDTH if "landscape" in str(f.action) else PORTRAIT_WIDTH
        if isinstance(f, Table):
            f.wrap(width, 10_000)
            yield f
            for row in f._cellvalues:
                for c, cell in enumerate(row):
                    inner = cell if isinstance(cell, (list, tuple)) else [cell]
                    yield from _tables(inner, f._colWidths[c])
        content = getattr(f, "_content", None)  # KeepTogether
        if isinstance(content, list):
            yield from _tables(content, width)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_word_is_wider_than_its_table_cell(demo, lang):
    """reportlab breaks a word that does not fit inside its letters ("Verwaltungsspi tze"); none may."""
    report = PdfReport(demo[-1], demo, lang=lang)
    checked = 0
    for table in _tables(report._get_story(), PORTRAIT_WIDTH):
        for r, row in enumerate(table._cellvalues):
            for c, cell in enumerate(row):
                style = table._cellStyles[r][c]
                room = table._colWidths[c] - style.leftPadding - style.rightPadding
                items = cell if isinstance(cell, (list, tuple)) else [cell]
                for item in items:
                    if isinstance(item, Paragraph):
                        indent = item.style.leftIndent
                        for word, width in _words(item):
                            checked += 1
                            assert width <= room - indent + 0.01, (word, width, room)
    assert checked > 1000


def test_command_line_demo_then_report_latest(tmp_path, capsys):
    data = tmp_path / "daten"
    out = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert main(["--data-dir", str(data), "report", "--latest", "--out", str(out)]) == 0
    pdf = out.read_bytes()
    text = " ".join(page_texts(pdf))
    assert "Musterstadt" in text and "Seite 1 von" in text and "19.03.2026" in text
    assert reader(pdf).metadata.author == "Musterstadt"
    english = tmp_path / "plan-en.pdf"
    assert main(["--data-dir", str(data), "report", "--latest", "--out", str(english), "--lang", "en"]) == 0
    assert "Page 1 of" in " ".join(page_texts(english.read_bytes()))
