"""The English handout holds none of the report's German fixed words; the German one does.

The demo municipality (the real questionnaire, three completed assessments
with quick-win ideas, and the draft) is rendered in both languages and read
back as a reader meets it. User data (names, roles, quick-win ideas) stays as
typed, so the checks are about the report's own words from report/texts.py.
"""

from __future__ import annotations

import re

import pytest

from smartcheck.core.catalog import load
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import render_report
from smartcheck.report.texts import TEXTS
from smartcheck.store.demo import demo_assessments
from tests.helpers.report_data import flat, page_texts

# Words of the German fixed texts that an English reader must never meet.
GERMAN_WORDS = (
    "Seite",
    "Handlungsplan",
    "Stufe",
    "Ziel-Stufe",
    "Maßnahme",
    "Zuständig",
    "Erfolgskriterium",
    "Schlüsselfrage",
    "Beschluss",
    "Fragebogen",
    "Einschätzung",
    "vorläufig",
    "weiß nicht",
    "trifft nicht zu",
    "Empfehlungen",
    "Stärken",
    "Lücken",
    "Entwicklung",
    "Quelle",
    "ENTWURF",
)
ENGLISH_WORDS = (
    "Page 1 of",
    "Action plan",
    "Level",
    "Target level",
    "Measure",
    "Responsible",
    "Success criterion",
    "key question",
    "Decision / note",
    "Questionnaire",
    "Strengths",
    "Gaps",
)


def words(text: str, candidates) -> list[str]:
    return [w for w in candidates if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


def german_fixed_texts() -> list[str]:
    """Every German fixed text without placeholders that differs from its English one."""
    return [de for de, en in TEXTS.values() if "{" not in de and de != en and len(de) > 3]


@pytest.fixture(scope="module")
def demo():
    return demo_assessments(load(default_questionnaire_path()))


@pytest.fixture(scope="module")
def texts(demo):
    *done, draft = demo
    out = {}
    for lang in ("de", "en"):
        out[lang] = " ".join(page_texts(render_report(done[-1], done, lang=lang, invariant=True)))
        out[lang + "-draft"] = " ".join(page_texts(render_report(draft, done, lang=lang, invariant=True)))
    return out


@pytest.mark.parametrize("which", ["en", "en-draft"])
def test_english_report_has_no_german_fixed_words(texts, which):
    assert words(texts[which], GERMAN_WORDS) == []
    assert [de for de in german_fixed_texts() if flat(de) in texts[which]] == []
    assert words(texts[which], ENGLISH_WORDS) == list(ENGLISH_WORDS)


@pytest.mark.parametrize("which", ["de", "de-draft"])
def test_german_report_has_them(texts, which):
    found = words(texts[which], GERMAN_WORDS)
    assert {"Seite", "Handlungsplan", "Stufe", "Maßnahme", "Schlüsselfrage", "Erfolgskriterium"} <= set(found)
    assert ("ENTWURF" in found) == which.endswith("draft")
    fixed = german_fixed_texts()
    assert sum(flat(de) in texts[which] for de in fixed) > len(fixed) // 2  # the English check has teeth


def test_english_numbers_dates_and_percent_read_the_english_way(texts, demo):
    english = texts["en"]
    assert "Mean of all dimensions:" not in english  # no average beside "no overall score"
    assert re.search(r"\d\.\d of 4 points \(\d+%\)", english)
    assert re.search(r"self-assessment of \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}", english)
    assert not re.search(r"\d,\d of 4", english)
    german = texts["de"]
    assert "Mittelwert aller Dimensionen:" not in german
    assert re.search(r"Selbsteinschätzung der Verwaltung vom \d\d\.\d\d\.\d{4}", german)
    assert re.search(r"\d,\d von 4 Punkten", german)
