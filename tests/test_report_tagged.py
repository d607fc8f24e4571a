"""The PDF is tagged (PDF/UA): structure tree, artifacts, figures with Alt, outline, metadata.

Every report the product writes runs through the checker in tests/helpers/pdfua.py:
the demo (German and English), a draft, a small municipality's first assessment
and a report with very long content.
"""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, datetime
from itertools import pairwise

import pikepdf
import pytest
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    HRFlowable,
    KeepInFrame,
    ListFlowable,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.frames import Frame

from smartcheck.core.assessment import (
    Answer,
    Municipality,
    QuickWinIdea,
    Respondent,
    Status,
    new_assessment,
)
from smartcheck.core.axes import Axis
from smartcheck.core.catalog import load
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import charts, render_report
from smartcheck.report.pdf import PdfReport
from smartcheck.report.region_pdf import SHADES, WHITE_FROM
from smartcheck.report.story_pdf import _bar as story_bar
from smartcheck.report.styles import DARK_HEX, FONT, INK, MID, PALE, RULE, plain_table, register_fonts, stylesheet
from smartcheck.report.tagging import TaggedDocTemplate, set_layout, tag_for_style
from smartcheck.store.demo import demo_assessments
from tests.helpers.pdfua import check, only
from tests.helpers.report_data import COUNCIL_SECTIONS, page_texts


@pytest.fixture(scope="module")
def shipped():
    return load(default_questionnaire_path())


@pytest.fixture(scope="module")
def demo(shipped):
    *done, draft = demo_assessments(shipped)
    return done, draft


@pytest.fixture(scope="module")
def german(demo):
    done, _ = demo
    return render_report(done[-1], done, lang="de", invariant=True)


def _passes(data: bytes):
    findings = check(data)
    assert findings.problems == []
    return findings


def _pdfinfo(data: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def _raw_text(data: bytes, tmp_path, page: int, mode: str = "-raw") -> str:
    """pdftotext in content order (-raw: the order the tags give a screen reader) or -layout."""
    path = tmp_path / "order.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", mode, "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# ---------------------------------------------------------------- every PDF the product writes
def test_demo_report_in_german_passes_the_checker(german, tmp_path):
    findings = _passes(german)
    assert "Tagged:          yes" in _pdfinfo(german, tmp_path)
    assert findings.tables >= 5 and findings.marked > 500
    assert {"H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD", "Figure"} <= set(
        findings.tags
    )
    assert findings.figures[0].startswith("Profil: Organisationsstrukturen Stufe 3 von 4, Ziel 3; ")
    assert any(
        alt.startswith("Entwicklung der Stufen: Organisationsstrukturen: 03/2024 Stufe 1 von 4")
        for alt in findings.figures
    )
    titles = [title for depth, title, _ in findings.outline if depth == 1]
    # the Kurzfassung für den Rat comes first, then the annex
    assert titles == [
        "Smart-City-Readiness-Check der Kommune Musterstadt: Ergebnis und Maßnahmen",
        "Anlage: Ergebnisse und Handlungsplan",
        "Ergebnisse je Dimension",
        "Handlungsplan",
        "Quick-Win-Ideen",
        "Entwicklung",
        "Methode und Quellen",
    ]
    annex = next(i for i, (depth, title, _) in enumerate(findings.outline) if title.startswith("Anlage"))
    council = [title for depth, title, _ in findings.outline[:annex] if depth == 2]
    assert council == COUNCIL_SECTIONS


def test_demo_report_in_english_passes_the_checker(demo, tmp_path):
    done, _ = demo
    data = render_report(done[-1], done, lang="en", invariant=True)
    findings = _passes(data)
    assert "Tagged:          yes" in _pdfinfo(data, tmp_path)
    assert findings.figures[0].startswith("Profile: ") and "level 3 of 4, target 3" in findings.figures[0]
    pdf = pikepdf.open(io.BytesIO(data))
    assert str(pdf.Root.Lang) == "en-GB"
    assert "<rdf:li>en-GB</rdf:li>" in pdf.Root.Metadata.read_bytes().decode()


def test_draft_report_passes_the_checker(demo, tmp_path):
    done, draft = demo
    data = render_report(draft, done + [draft], invariant=True)
    findings = _passes(data)
    assert "Tagged:          yes" in _pdfinfo(data, tmp_path)
    # a draft has dimensions not answered yet: the Alt says so, as the chart does, never "Stufe 0"
    profile = findings.figures[0]
    assert "Regionale und interkommunale Kooperation noch nicht beantwortet, Ziel 3" in profile
    assert "Organisationsstrukturen Stufe 3 von 4, Ziel 3" in profile and "Stufe 0" not in profile
    artifacts = page_texts(only(data, "artifacts"))[0]
    assert artifacts.count("noch nicht beantwortet") == profile.count("noch nicht beantwortet") == 4


def test_profile_alt_says_not_assessable_and_not_answered_as_the_chart_does(shipped):
    a = new_assessment(shipped, Municipality(name="Probstei", ags="01057001"))
    first, second, *_ = shipped.dimensions
    for question in first.questions:
        a.answers[question.id] = Answer(value="unknown")
    for question in second.questions:
        a.answers[question.id] = Answer(value=2)
    data = render_report(a, [a], kind="council", invariant=True)
    profile = _passes(data).figures[0]
    assert f"{first.name.de} nicht bewertbar, Ziel 3" in profile
    assert f"{second.name.de} Stufe 2 von 4" in profile
    assert profile.count("noch nicht beantwortet") == len(shipped.dimensions) - 2
    chart = page_texts(only(data, "artifacts"))[0]
    assert chart.count("nicht bewertbar") == 1 and chart.count("noch nicht beantwortet") == len(shipped.dimensions) - 2


def test_small_municipality_first_assessment_passes_the_checker(shipped, tmp_path):
    a = new_assessment(
        shipped,
        Municipality(
            name="Kleinwalde",
            ags="13071001",
            type="gemeinde",
            size_class="under_5k",
            administration="mitgliedsgemeinde",
            population=870,
        ),
        respondents=[Respondent(role="Ehrenamtlicher Bürgermeister")],
        status=Status.COMPLETE,
        completed_at=datetime(2026, 5, 4, tzinfo=UTC),
    )
    for n, question in enumerate(shipped.questions()):
        a.answers[question.id] = Answer(value=(0, 1, "unknown", 0)[n % 4])
    data = render_report(a, [a], invariant=True)
    _passes(data)
    assert "Tagged:          yes" in _pdfinfo(data, tmp_path)


def test_report_with_very_long_content_passes_the_checker(shipped, tmp_path):
    note = ("Im Hauptausschuss besprochen; die Zuständigkeit liegt beim Amt, das Protokoll folgt. " * 12).strip()
    a = new_assessment(
        shipped,
        Municipality(name="Langenhagen-Süd", ags="03241010"),
        respondents=[Respondent(role=f"Fachbereich {n}", name=f"Person {n}") for n in range(40)],
        status=Status.COMPLETE,
        completed_at=datetime(2026, 9, 1, tzinfo=UTC),
        quick_wins=[
            QuickWinIdea(
                title=f"Idee {n}: digitale Sprechstunde im Ortsteil",
                description="Ein Nachmittag im Monat, Tablet und WLAN vom Amt. " * 3,
                ratings={c.id: n % 3 for c in shipped.quick_win_criteria},
            )
            for n in range(14)
        ],
    )
    for n, question in enumerate(shipped.questions()):
        a.answers[question.id] = Answer(value=n % 5, note=note)
    data = render_report(a, [a], invariant=True)
    findings = _passes(data)
    assert findings.pages > 20
    assert "Tagged:          yes" in _pdfinfo(data, tmp_path)


# ---------------------------------------------------------------- what a screen reader gets
def test_page_header_and_footer_are_artifacts_and_only_they(german):
    tagged = page_texts(only(german, "tagged"))
    artifacts = page_texts(only(german, "artifacts"))
    for page, text in enumerate(tagged[:2], start=1):
        assert f"Seite {page} von" not in text and "Smart-City-Readiness-Check · Musterstadt" not in text
        assert re.search(
            rf"Smart-City-Readiness-Check · Musterstadt 19.03.2026 .*Seite {page} von \d+$", artifacts[page - 1]
        )
    assert tagged[0].startswith("Beschlussvorlage · Kurzfassung für den Rat Gremium:")
    assert tagged[1].startswith("Vorgeschlagene Maßnahmen Nr. Maßnahme")
    # the dot profile's scale, labels and numbers and the legend's words are artifacts: the Figures' Alt says them
    assert artifacts[0].startswith("Stufe 0 1 2 3 4 Stufe → Ziel Organisationsstrukturen 3 → 3 Breite Verankerung")
    assert "aktuelle Stufe Ziel-Stufe vorläufige Stufe" in artifacts[0]
    assert "Stand und Ziel je Dimension Stufen 0 bis 4; Ziel:" in tagged[0]
    assert not re.search(r"\d → \d", tagged[0])
    # the plan's header row repeated on the next page is an artifact there, the first one is content
    plan = next(i for i, text in enumerate(tagged) if text.startswith("Handlungsplan"))
    assert "Beschluss / Notiz" in tagged[plan]
    assert "Beschluss / Notiz" not in tagged[plan + 1] and "Beschluss / Notiz" in artifacts[plan + 1]


def _pages_under(element) -> set:
    pages = {element.Pg.objgen} if "/Pg" in element else set()
    kids = element.get("/K")
    for kid in list(kids) if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            pages |= _pages_under(kid)
    return pages


def test_a_table_split_over_pages_is_one_table(german):
    findings = _passes(german)
    pdf = pikepdf.open(io.BytesIO(german))
    tables = []

    def walk(element):
        kids = element.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                if kid.S == "/Table":
                    rows = [r for part in kid.K for r in part.K]
                    tables.append((len(rows), len(_pages_under(kid))))
                walk(kid)

    walk(pdf.Root.StructTreeRoot.K)
    assert len(tables) == findings.tables
    assert any(rows > 20 and pages >= 2 for rows, pages in tables)  # the action plan, one Table over pages


def _header_then_rows(text: str, header: str, last_head: str) -> None:
    """The table's header row (from ``header`` to ``last_head``) stands before its first row "1 …"."""
    start = text.index(header)
    first_row = re.compile(r"^\s*1\s+\S", re.M).search(text, start)
    assert first_row is not None and start < text.index(last_head, start) < first_row.start()


def test_reading_order_plan_header_before_rows_and_profile_labels_together(german, tmp_path):
    texts = page_texts(german)
    plan = next(i for i, text in enumerate(texts) if "Handlungsplan Alle Maßnahmen in der Reihenfolge" in text) + 1
    for mode in ("-raw", "-layout"):
        _header_then_rows(_raw_text(german, tmp_path, plan, mode), "Nr.", "Beschluss /")
        # the Kurzfassung's measures table
        _header_then_rows(_raw_text(german, tmp_path, 2, mode), "Nr.", "Erfolgskriterium")
    # the dot profile: its scale numbers stand above the rows, never between the labels
    lines = _raw_text(german, tmp_path, 1).splitlines()
    labels = [i for i, line in enumerate(lines) if line.startswith(("Organisationsstrukturen", "Priorisierung von"))]
    between = lines[labels[0] : labels[1]]
    assert not [line for line in between if re.fullmatch(r"\d", line.strip())]


def test_plan_header_cells_are_th_with_column_scope(german, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(german)
    tree = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    for last in ('"Beschluss / Notiz "', '"Erfolgskriterium "'):  # the plan, the Kurzfassung's measures
        end = tree.index(next(line for line in tree if line.strip() == last))
        start = max(i for i in range(end) if tree[i].strip() == "THead")
        head = [line.strip() for line in tree[start:end]]
        assert "TBody" not in head and "TD" not in head
        cells = head.count("TH:")
        assert cells >= 4 and head.count("/Scope /Column") == cells


def test_heading_levels_nest_by_style_and_never_skip(german):
    findings = _passes(german)
    levels = [level for level, _ in findings.headings]
    assert levels[0] == 1 and max(levels) == 3
    assert all(b <= a + 1 for a, b in pairwise(levels))


def test_document_level_entries(german):
    assert german.startswith(b"%PDF-1.7")
    pdf = pikepdf.open(io.BytesIO(german))
    assert bool(pdf.Root.MarkInfo.Marked) and bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
    assert str(pdf.Root.Lang) == "de-DE"
    xmp = pdf.Root.Metadata.read_bytes().decode()
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "Smart-City-Readiness-Check: Ergebnis und Handlungsplan – Musterstadt" in xmp
    assert all("/StructParents" in page.obj for page in pdf.pages)


def test_tagging_keeps_invariant_output_byte_identical(demo, german):
    done, _ = demo
    assert render_report(done[-1], done, lang="de", invariant=True) == german


# ---------------------------------------------------------------- the checker can fail
def test_checker_finds_the_faults_of_an_untagged_report(demo):
    done, _ = demo
    untagged = PdfReport(done[-1], done, invariant=True, tagged=False).generate()
    problems = "\n".join(check(untagged).problems)
    assert "not %PDF-1.7" in problems
    assert "MarkInfo /Marked is not true" in problems
    assert re.search(r"page 2: \d+ text operators outside marked content and artifacts", problems)
    assert "no StructTreeRoot" in problems


def _tiny_pdf(story) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = TaggedDocTemplate(buffer, title="Probe", lang="de-DE", invariant=1, initialFontName=FONT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=_footer)])
    doc.build(story)
    return buffer.getvalue()


def _footer(canvas, doc):
    canvas.setFont(FONT, 8)
    canvas.drawString(40, 20, "Fußzeile")


def test_any_story_of_standard_flowables_is_tagged_generically(tmp_path):
    register_fonts()
    style = {
        name: ParagraphStyle(name, fontName=FONT, bulletFontName=FONT)
        for name in ("h1", "h3", "body", "new_style", "bullet")
    }
    rows = [["Nr.", "Text"]] + [[str(n), f"Zeile {n}"] for n in range(90)]
    figure = Drawing(100, 40)
    figure.initialFontName = FONT
    figure.add(Rect(0, 0, 50, 40))
    figure.__dict__["alt"] = "Ein Balken bis zur Hälfte"
    layout = set_layout(
        Table([[Paragraph("links", style["body"]), Paragraph("rechts", style["body"])]], style=plain_table())
    )
    quote = Paragraph("Smart cities start small.", style["body"])
    quote.lang = "en"  # a span in another language
    sentence = "Die Verwaltung hat selbst eingeschätzt, wie gut sie für Vorhaben aufgestellt ist. " * 6
    story = [
        Paragraph("Titel", style["h1"]),
        Paragraph("Unterabschnitt", style["h3"]),
        quote,
        Paragraph(sentence + "<b>fett</b> und weiter " * 12, style["body"]),
        Paragraph('Mehr unter <a href="https://example.org/smart">example.org</a>.', style["body"]),
        Paragraph("Text", style["new_style"]),
        Paragraph("Punkt", style["bullet"], bulletText="•"),
        Paragraph("Noch ein Punkt", style["body"], bulletText="•"),
        HRFlowable(),
        Spacer(1, 10),
        ListFlowable(
            [Paragraph("Erstens", style["body"]), Paragraph("Zweitens", style["body"])],
            bulletType="1",
            bulletFontName=FONT,
        ),
        KeepInFrame(400, 100, [Paragraph("Im Rahmen", style["h3"]), Paragraph("Inhalt", style["body"])]),
        LongTable(rows, repeatRows=1, style=plain_table()),
        PageBreak(),
        figure,
        layout,
        Paragraph("Zweiter", style["h3"]),
    ]
    data = _tiny_pdf(story)
    findings = _passes(data)
    # the tags' text keeps the spaces where lines break (reportlab drops them on the page)
    path = tmp_path / "story.pdf"
    path.write_bytes(data)
    tree = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout
    assert " ".join((sentence + "fett und weiter " * 12).split()) in " ".join(tree.split())
    assert findings.tags.count("Link") == 1
    pdf = pikepdf.open(io.BytesIO(data))
    link = next(a for a in pdf.pages[0].Annots if a.Subtype == "/Link")
    assert str(link.Contents) == "https://example.org/smart" and pdf.pages[0].obj.Tabs == "/S"
    assert pdf.Root.StructTreeRoot.K.K[4].K[1].S == "/Link"  # inside its paragraph, after the text
    assert pdf.Root.StructTreeRoot.K.K[2].Lang == "en"
    assert findings.headings == [(1, 0), (2, 0), (2, 0), (2, findings.pages - 1)]
    assert findings.figures == ["Ein Balken bis zur Hälfte"]
    assert findings.tables == 1  # the LongTable over two pages is one Table; the layout grid none
    assert findings.tags.count("LI") == 4 and findings.tags.count("L") == 2
    assert findings.tags.count("Lbl") == 2 and findings.tags.count("LBody") == 4
    assert findings.tags.count("TR") == 91
    assert [d for d, _, _ in findings.outline] == [1, 2, 2, 2]
    assert tag_for_style("cell_head_small-7.5") == "P" and tag_for_style("h2-9") == "H2"


def test_a_hyphenated_line_break_adds_no_space_also_in_a_paragraph_with_bold(tmp_path):
    styles = stylesheet()
    text = "Der Rat nimmt das Ergebnis der Selbsteinschätzung zur Kenntnis und beauftragt die Verwaltung. "
    story = [
        Table(
            [[Paragraph(text * 3, styles.cell)], [Paragraph(f"<b>Fett:</b> {text * 3}", styles.cell)]],
            colWidths=[110],
            style=plain_table(),
        )
    ]
    data = _tiny_pdf(story)
    _passes(data)
    path = tmp_path / "hyphen.pdf"
    path.write_bytes(data)
    page = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    tree = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout
    assert page.count("-\n") >= 6  # lines do break after a hyphen, in both paragraphs
    assert not re.search(r"\w- \w", tree)  # "Selbst-einschätzung", never "Selbst- einschätzung"
    words = re.sub(r"(?<=\w)-(?=[a-zäöüß])", "", " ".join(tree.split()))  # the hyphenation's hyphens
    assert words.count(text.strip()) == 6


# ---------------------------------------------------------------- contrast (WCAG 1.4.3 and 1.4.11)
def _luminance(color) -> float:
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)


def contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_has_at_least_4_5_to_1_and_chart_lines_3_to_1():
    from reportlab.lib import colors

    white = colors.white
    for name, style in vars(stylesheet()).items():
        assert contrast(style.textColor, white) >= 4.5, name
        if name.startswith("cell"):
            assert contrast(style.textColor, PALE) >= 4.5, name  # zebra rows
    for hex_colour in (DARK_HEX, "#595959"):  # inline colours in the content modules
        assert contrast(colors.HexColor(hex_colour), PALE) >= 4.5
    assert contrast(MID, white) >= 4.5  # page header and footer, chart scale
    for graphic in (RULE, INK):  # table rules
        assert contrast(graphic, white) >= 3


def _shapes(node):
    for item in getattr(node, "contents", []):
        yield item
        yield from _shapes(item)


def test_chart_rings_axes_rules_and_markers_have_3_to_1_and_their_texts_4_5_to_1():
    """The colours the charts actually draw with, read from the drawings."""
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    rows = [
        Axis("Organisationsstrukturen", 2, 3),
        Axis("Quick Wins", 3, 3, provisional=True),
        Axis("Kooperation", None, 3, missing="noch nicht beantwortet"),
    ]
    points = [charts.Point(1, 3), charts.Point(2, 3, provisional=True), charts.Point(None, 3)]
    drawings = [
        charts.dot_profile(rows, 480, "Stufe", "Stufe", "Ziel"),
        charts.dot_legend("aktuelle Stufe", "Ziel-Stufe", "vorläufige Stufe", 480),
        charts.trend([("Organisationsstrukturen", points), ("Quick Wins", points)], ["03/24", "03/25", "10/26"], 480),
        story_bar(2),
    ]
    seen = set()
    for drawing in drawings:
        for shape in _shapes(drawing):
            if isinstance(shape, String):
                assert contrast(shape.fillColor, colors.white) >= 4.5, shape.text
                continue
            for colour in (getattr(shape, "strokeColor", None), getattr(shape, "fillColor", None)):
                if colour is not None and colour != colors.white:
                    seen.add(colour.hexval())
                    assert contrast(colour, colors.white) >= 3, (type(shape).__name__, colour)
    assert RULE.hexval() in seen and INK.hexval() in seen  # the rules and axes, the markers


def test_region_heatmap_numbers_have_4_5_to_1_on_their_shade():
    from reportlab.lib import colors

    for level, shade in enumerate(SHADES):
        text = colors.white if level >= WHITE_FROM else INK
        assert contrast(text, shade) >= 4.5, level


def test_checker_finds_a_figure_without_alt_a_header_without_scope_and_a_skipped_heading(german):
    pdf = pikepdf.open(io.BytesIO(german))
    found = {}

    def walk(element):
        kids = element.get("/K")
        for kid in list(kids) if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                found.setdefault(str(kid.S), kid)
                walk(kid)

    walk(pdf.Root.StructTreeRoot.K)
    del found["/Figure"].Alt
    del found["/TH"].A
    found["/H2"].S = pikepdf.Name.H4
    out = io.BytesIO()
    pdf.save(out, force_version="1.7")
    problems = check(out.getvalue()).problems
    assert "Figure without Alt" in problems and "TH without /Scope" in problems
    assert "heading H4 after H1" in problems
