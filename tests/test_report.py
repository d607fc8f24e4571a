"""The PDF handout, tested by what a reader finds in it (text, pages, fonts, metadata)."""

from __future__ import annotations

import pytest

from smartcheck.core.catalog import load
from smartcheck.core.planning import plan
from smartcheck.core.scoring import score
from smartcheck.report import render_report, write_report
from tests.helpers.report_data import NAME, make_assessment, page_texts, reader, series, squash

A4_SIDES = (595.28, 841.89)


@pytest.fixture(scope="module")
def mini_q():
    from tests.conftest import DATA

    return load(DATA / "mini.toml")


@pytest.fixture(scope="module")
def history(mini_q):
    return list(series(mini_q))


@pytest.fixture(scope="module")
def pdf(history):
    return render_report(history[-1], history, lang="de", invariant=True)


@pytest.fixture(scope="module")
def text(pdf):
    return " ".join(page_texts(pdf))


def test_holds_municipality_dimensions_measures_and_page_numbers(pdf, text, history, mini_q):
    current = history[-1]
    assert NAME in text  # umlauts intact: "ä" and "Ö" come back as the same characters
    for dimension in mini_q.dimensions:
        assert dimension.name.de in text
    measures = plan(current).measures
    assert measures
    for measure in measures:
        assert squash(measure.recommendation.text.de) in squash(text)
    pages = page_texts(pdf)
    assert "Seite 1 von" in pages[0]
    assert all(f"Seite {n} von {len(pages)}" in page for n, page in enumerate(pages, start=1))
    for word in ("Maßnahme", "Schlüsselfrage", "Stärken", "Lücken", "Veränderung", "Ziel-Stufe"):
        assert word in text


def test_every_section_is_there(text):
    for title in (
        "Kurzfassung für den Rat",
        "Beschlussvorschlag",
        "Sachverhalt",
        "Vorgeschlagene Maßnahmen",
        "Finanzielle und personelle Auswirkungen",
        "Bericht an den Ausschuss",
        "Anlage: Ergebnisse und Handlungsplan",
        "Ergebnisse je Dimension",
        "Handlungsplan",
        "Beschluss / Notiz",
        "Quick-Win-Ideen",
        "Entwicklung",
        "Methode und Quellen",
    ):
        assert title in text


def test_annex_names_date_roles_and_questionnaire_version(pdf, history):
    cover = next(p for p in page_texts(pdf) if "Anlage: Ergebnisse und Handlungsplan" in p)
    assert "27.11.2026" in cover
    assert "Bürgermeisterin (Frau Jäger)" in cover and "Hauptamt" in cover
    assert "Mini-Check, Version 1.0" in cover
    assert history[-1].snapshot.content_hash[:12] in cover


def test_pages_are_a4_portrait_throughout(pdf):
    pages = reader(pdf).pages
    assert len(pages) >= 6
    for page in pages:
        sides = (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))
        assert sides == A4_SIDES


def test_all_fonts_are_embedded_and_bundled(pdf):
    seen = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert seen <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_metadata_title_author_subject_language(pdf):
    pdf_reader = reader(pdf)
    meta = pdf_reader.metadata
    assert meta.title.startswith("Smart-City-Readiness-Check: Ergebnis und Handlungsplan")
    assert NAME in meta.title
    assert meta.author == NAME
    assert NAME in meta.subject
    assert pdf_reader.trailer["/Root"]["/Lang"] == "de-DE"


def test_invariant_mode_gives_identical_bytes(history, pdf):
    again = render_report(history[-1], history, lang="de", invariant=True)
    assert again == pdf
    assert reader(pdf).metadata["/CreationDate"].startswith("D:20261127")


def test_english_report(history):
    data = render_report(history[-1], history, lang="en", invariant=True)
    text = " ".join(page_texts(data))
    assert "Page 1 of" in text and "Action plan" in text and "Decision / note" in text
    assert "27 Nov 2026" in text
    assert "Organisation" in text and "Communication" in text  # names from the snapshot, English
    assert "Seite" not in text
    assert reader(data).trailer["/Root"]["/Lang"] == "en-GB"


def test_council_paper_comes_first(pdf, history):
    first = page_texts(pdf)[0]
    for heading in ("Beschlussvorschlag", "Sachverhalt", "Gremium", "Vorlagen-Nr.", "Sitzung am"):
        assert heading in first
    assert "Mittelwert aller Dimensionen:" not in " ".join(page_texts(pdf))  # no average beside "no score"


def test_changes_and_trend_list_every_assessment(pdf, history):
    texts = page_texts(pdf)
    progress = next(t for t in texts if "Stufe je Dimension über alle 3" in t)
    for year in (2024, 2025, 2026):
        assert f"27.11.{year}" in progress
    assert "Fragen mit veränderter Antwort seit 27.11.2025" in " ".join(texts)


def test_first_assessment_says_so(mini_q):
    only = make_assessment(mini_q, 2026, [2, 3])
    text = " ".join(page_texts(render_report(only, [only], invariant=True)))
    assert "Dies ist die erste Einschätzung der Kommune" in text


def test_provisional_range_and_not_assessable_are_marked(mini_q):
    # org: key question "weiß nicht" -> provisional with a range; talk: 2 of 2... one "na" of 2 -> not assessable
    a = make_assessment(mini_q, 2026, [None])
    a.answers.clear()
    from smartcheck.core.assessment import Answer

    a.answers["org.lead"] = Answer(value="unknown")
    a.answers["org.mandate"] = Answer(value=3)
    a.answers["org.roles"] = Answer(value=2)
    a.answers["talk.story"] = Answer(value="na")
    a.answers["talk.plan"] = Answer(value=1)
    profile = score(a)
    assert profile["org"].provisional and not profile["talk"].assessable
    text = " ".join(page_texts(render_report(a, [a], invariant=True)))
    low, high = profile["org"].level_low, profile["org"].level_high
    assert f"vorläufig, Spanne {low}–{high}" in text
    assert "nicht bewertbar" in text
    assert "2 von 3 beantwortet, 1 × weiß nicht" in text
    assert "Offene Fragen („weiß nicht“)" in text


def test_quick_win_shortlist_shows_ratings(text, mini_q):
    assert "Smarte halbe Stunde" in text and "Mängelmelder für Straßenschäden" in text
    for criterion in mini_q.quick_win_criteria:
        assert criterion.name.de in text
    assert "4 von 4" in text and "2 von 4" in text
    assert "● voll" in text and "◐ teilweise" in text


def test_write_report_is_atomic_and_leaves_no_temp_files(tmp_path, history):
    out = tmp_path / "Berichte" / "plan.pdf"
    assert write_report(history[-1], history, out, invariant=True) == out
    assert out.read_bytes().startswith(b"%PDF-")
    out.write_bytes(b"old")
    write_report(history[-1], history, out, invariant=True)
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.parent.iterdir()] == ["plan.pdf"]


def test_write_report_into_a_file_path_gives_a_user_error(tmp_path, history):
    from smartcheck.core.errors import UserError

    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with pytest.raises(UserError, match="plan.pdf: kann nicht geschrieben werden"):
        write_report(history[-1], history, blocker / "plan.pdf")


def test_every_fixed_text_has_both_languages_with_the_same_placeholders():
    import string

    from smartcheck.report.texts import TEXTS

    for key, (de, en) in TEXTS.items():
        assert de.strip() and en.strip(), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (de, en)]
        assert fields[0] == fields[1], key


def test_a_draft_is_marked_on_the_cover(mini_q):
    from smartcheck.core.assessment import Status

    draft = make_assessment(mini_q, 2026, [2, "unknown", None], status=Status.DRAFT)
    cover = page_texts(render_report(draft, [], invariant=True))[0]
    assert "ENTWURF – die Einschätzung ist noch nicht abgeschlossen." in cover
    assert "27.11.2026" in cover  # the date of the last change
