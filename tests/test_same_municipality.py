"""One rule for "the same municipality": AGS when both have one, else the name case-folded."""

from __future__ import annotations

import pytest

from smartcheck.core.assessment import Municipality, municipality_key, same_municipality
from smartcheck.core.errors import UserError
from smartcheck.core.merge import merge_assessments
from smartcheck.store import Store
from tests.helpers.store_data import make


def town(name: str, ags: str | None = None) -> Municipality:
    return Municipality(name=name, ags=ags)


def test_names_compare_case_folded_with_white_space_normalised():
    assert municipality_key("  Neustadt   an der\tWeinstraße ") == "neustadt an der weinstrasse"
    assert same_municipality(town("Musterdorf"), town("  MUSTERDORF "))
    assert not same_municipality(town("Musterdorf"), town("Musterdorf-Ost"))


def test_the_ags_decides_when_both_have_one():
    # two towns of one name are told apart, a renamed town stays itself
    assert not same_municipality(town("Neustadt", "07316000"), town("Neustadt", "09190150"))
    assert same_municipality(town("Neustadt", "07316000"), town("Neustadt a. d. W.", "07316000"))
    # one without AGS: the names decide
    assert same_municipality(town("Neustadt", "07316000"), town("neustadt"))
    assert not same_municipality(town("Neustadt", "07316000"), town("Altstadt"))


def test_a_bare_name_is_a_municipality_without_ags():
    assert same_municipality("Musterdorf ", town("musterdorf", "01234567"))
    assert same_municipality("Musterdorf", "MUSTERDORF")
    assert not same_municipality("Musterdorf", "Anderswo")


def test_merge_refuses_two_towns_of_one_name(mini):
    a = make(mini, name="Neustadt")
    b = make(mini, name="Neustadt")
    a.municipality = town("Neustadt", "07316000")
    b.municipality = town("Neustadt", "09190150")
    with pytest.raises(UserError, match="derselben Kommune"):
        merge_assessments([a, b], names=["a.json", "b.json"])
    b.municipality = town("Neustadt an der Weinstraße", "07316000")
    merged, _ = merge_assessments([a, b], names=["a.json", "b.json"])
    assert merged.municipality.ags == "07316000"


def test_store_history_keeps_two_towns_of_one_name_apart(tmp_path, mini):
    palatinate = [make(mini, name="Neustadt", complete=True, year=y) for y in (2024, 2025)]
    bavaria = make(mini, name="neustadt", complete=True, year=2026)
    unnamed = make(mini, name="NEUSTADT", complete=True, year=2023)
    for a in palatinate:
        a.municipality = town("Neustadt", "07316000")
    bavaria.municipality = town("neustadt", "09190150")
    with Store.open(tmp_path / "data") as store:
        for a in (*palatinate, bavaria, unnamed):
            store.create(a)
        assert [h.id for h in store.history(palatinate[1])] == [unnamed.id, palatinate[0].id, palatinate[1].id]
        assert [h.id for h in store.history(bavaria)] == [unnamed.id, bavaria.id]
        assert [h.id for h in store.history(unnamed)] == [unnamed.id, palatinate[0].id, palatinate[1].id, bavaria.id]


def test_region_counts_one_municipality_once_and_finds_the_own_one(mini):
    from smartcheck.core.profile_share import build_profile
    from smartcheck.core.region import build_region

    first = build_profile(make(mini, name="Neustadt an der Weinstraße", complete=True))
    again = build_profile(make(mini, name="NEUSTADT  an der  Weinstraße", complete=True))  # two spaces
    other = build_profile(make(mini, name="Anderswo", complete=True))
    region = build_region([("a.json", first), ("b.json", again), ("c.json", other)], own="neustadt an der weinstrasse")
    assert [m.source for m in region.members] == ["a.json", "c.json"]
    assert [m.own for m in region.members] == [True, False]
    assert region.duplicates and region.duplicates[0].startswith("b.json: dieselbe Kommune")
