"""The citizens' one-pager: one page, both languages, plain words, readable."""

from __future__ import annotations

import io
import re

import pytest
import textstat
from pypdf import PdfReader

from smartcheck.cli import main
from smartcheck.core.story import build_story, done_measure_lines, story_text
from smartcheck.report.story_pdf import render_story
from smartcheck.store import Store

# Flesch reading ease for German (Amstad: 180 - words per sentence - 58.5 x syllables per word).
# 60 and above is "mittelschwer" to "leicht": readable for 13- to 15-year-olds; Amtsblatt
# texts usually score 30 to 50.
MIN_READING_EASE_DE = 60
JARGON = ("Quick Win", "Storytelling", "Verstetigung", "Dimension", "Stufe", "Erfolgsfaktor", "Smart City")
CONTACT = "Rathaus Musterstadt, Zimmer 12, Tel. 01234 5678, smart@musterstadt.example"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys):
    folder = tmp_path / "daten"
    assert run(capsys, "--data-dir", folder, "demo")[0] == 0
    with Store.open(folder, readonly=True) as store:
        latest = store.latest()
        return folder, latest, store.history(latest)


def german_flesch(text: str) -> float:
    textstat.set_lang("de")
    try:
        return textstat.flesch_reading_ease(text)
    finally:
        textstat.set_lang("en_US")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_one_page_in_both_languages_with_every_part(demo, lang):
    _, latest, history = demo
    story = build_story(latest, history, lang=lang, contact=CONTACT)
    reader = PdfReader(io.BytesIO(render_story(story)))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert [round(float(x)) for x in page.mediabox[2:]] == [595, 842]  # A4 portrait
    text = re.sub(r"\s+", " ", page.extract_text())
    headings = (
        ["Wo wir stehen", "Was wir geschafft haben", "Unsere nächsten drei Schritte", "So können Sie mitmachen"]
        if lang == "de"
        else ["Where we stand", "What we have achieved", "Our next three steps", "How you can take part"]
    )
    for heading in headings:
        assert heading in text
    assert "Tel. 01234 5678" in text
    assert len(story.standing) == 3 and len(story.next_steps) == 3
    assert len(story.bars) == len(latest.questionnaire.dimensions)
    # achievements from level changes since 2025 (the demo's organisation grew)
    organisation = "Klare Zuständigkeit im Rathaus" if lang == "de" else "Clear responsibility at the town hall"
    assert any(line.startswith(organisation) for line in story.achieved)
    for word in JARGON:
        assert word.casefold() not in text.casefold(), word


def test_german_text_meets_the_reading_ease(demo):
    _, latest, history = demo
    story = build_story(latest, history, lang="de", contact=CONTACT)
    value = german_flesch(story.german_prose())
    print(f"Flesch reading ease (Amstad, German) of the one-pager: {value:.1f} (required >= {MIN_READING_EASE_DE})")
    assert value >= MIN_READING_EASE_DE
    first = build_story(latest, [], lang="de")
    value = german_flesch(first.german_prose())
    print(f"... of a first check without history: {value:.1f}")
    assert value >= MIN_READING_EASE_DE
    assert first.achieved[0].startswith("Dies ist unsere erste Prüfung")


def test_done_measures_plug_in_as_achievements(demo):
    _, latest, history = demo
    story = build_story(latest, [], done_measures=["Ansprechperson benannt", "  "])
    assert story.achieved == ["Erledigt: Ansprechperson benannt."]
    assert done_measure_lines([], "en") == []


def test_cli_story_as_text_and_pdf(demo, tmp_path, capsys):
    folder, latest, _ = demo
    code, out, err = run(
        capsys, "--data-dir", folder, "report", "--latest", "--kind", "story", "--format", "txt", "--contact", CONTACT
    )
    assert code == 0, err
    assert out.startswith("# Musterstadt: auf dem Weg zum digitalen Ort\n")
    assert "## So können Sie mitmachen" in out and CONTACT in out
    assert out == story_text(build_story(latest, demo[2], contact=CONTACT))
    pdf = tmp_path / "story.pdf"
    code, out, err = run(
        capsys, "--data-dir", folder, "report", latest.id[:8], "--kind", "story", "--lang", "en", "--out", pdf
    )
    assert code == 0, err
    assert len(PdfReader(pdf).pages) == 1
    assert "on the way to a smart town" in PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_worst_case_still_fits_one_page(demo, lang):
    _, latest, history = demo
    long_name = latest.model_copy(
        update={
            "municipality": latest.municipality.model_copy(
                update={"name": "Verbandsgemeinde " + "Sehr-Langer-Ortsname-" * 8}
            )
        }
    )
    story = build_story(
        long_name,
        history,
        lang=lang,
        contact="Rathaus, Zimmer 12 " * 40,
        done_measures=[f"Maßnahme Nummer {i} mit einem recht langen Titel" for i in range(12)],
    )
    assert len(story.achieved) == 5 and " 13 " in story.achieved[-1]  # 5 level changes + 12 done, 4 shown
    assert len(PdfReader(io.BytesIO(render_story(story))).pages) == 1
