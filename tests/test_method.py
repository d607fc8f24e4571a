"""docs/method.md is the method text the app and the PDF show, and it matches the code."""

from __future__ import annotations

from pathlib import Path

from smartcheck.core import scoring
from smartcheck.core.method import as_markdown, method

DOC = Path(__file__).parents[1] / "docs" / "method.md"


def test_docs_method_is_generated_from_the_code():
    assert DOC.read_text(encoding="utf-8") == as_markdown()


def test_the_text_states_the_numbers_the_code_uses(mini):
    german = " ".join(p for s in method("de") for p in s.paragraphs)
    assert f"{int(scoring.PROVISIONAL_COVERAGE * 100)} %" in german
    assert "mehr als ein Viertel" in german and scoring.MAX_NOT_APPLICABLE == 0.25
    for level in mini.levels[1:]:
        assert f"ab {level.min_score:.1f}".replace(".", ",") in german
    english = " ".join(p for s in method("en") for p in s.paragraphs)
    assert f"{int(scoring.PROVISIONAL_COVERAGE * 100)}%" in english
    for level in mini.levels[1:]:
        assert f"from {level.min_score:.1f}" in english
    assert len(method("de")) == len(method("en"))
