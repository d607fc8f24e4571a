"""One profile axis per dimension (core.axes), the same for the PDF chart, the Word table and the radar."""

from __future__ import annotations

from smartcheck.core.axes import profile_axes
from smartcheck.core.findings import Findings
from smartcheck.core.scoring import score
from smartcheck.report.council_text import CouncilText
from tests.helpers.store_data import make


def test_axes_follow_the_profile_and_name_what_is_missing(mini):
    done = make(mini, complete=True)
    profile = score(done)
    axes = profile_axes(profile, mini, "de")
    assert [a.label for a in axes] == [d.name.de for d in mini.dimensions]
    assert [(a.level, a.target) for a in axes] == [(r.level, r.target) for r in profile.dimensions]
    assert all(a.missing == "" for a in axes if a.level is not None)
    empty = make(mini, name="Leer")
    empty.answers.clear()
    blank = profile_axes(score(empty), mini, "en")
    assert [a.label for a in blank] == [d.name.en for d in mini.dimensions]
    assert all(a.level is None and a.missing == "not answered yet" for a in blank)


def test_the_council_paper_draws_the_same_axes(mini):
    a = make(mini, complete=True)
    assert CouncilText(Findings(a, [a]), "de").profile_rows() == profile_axes(score(a), mini, "de")
