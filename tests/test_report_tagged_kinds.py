"""Every PDF SmartCheck writes is tagged and passes the checker (tests/helpers/pdfua.py):
the Kurzfassung, the Umsetzungsbericht, the citizens' page and the region paper, written
through the command line as a user writes them (the full report: test_report_tagged.py)."""

from __future__ import annotations

import io
import subprocess
import uuid

import pikepdf
import pytest

from smartcheck.cli import main
from smartcheck.core.profile_share import build_profile
from smartcheck.core.region import build_region
from smartcheck.report.region_pdf import render_region
from smartcheck.store import Store
from smartcheck.store.profile_files import read_profile, write_profile
from tests.helpers.pdfua import check, only
from tests.helpers.report_data import page_texts


def run(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tagged") / "daten"
    assert run("--data-dir", folder, "demo") == 0
    return folder


def _write(folder, tmp_path, *args) -> bytes:
    out = tmp_path / "out.pdf"
    assert run("--data-dir", folder, *args, "--out", out) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    data = out.read_bytes()
    findings = check(data)
    assert findings.problems == []
    return data


@pytest.mark.parametrize("lang", ["de", "en"])
def test_kurzfassung_is_tagged(folder, tmp_path, lang):
    data = _write(folder, tmp_path, "report", "--latest", "--kind", "council", "--lang", lang)
    findings = check(data)
    assert (
        findings.pages <= 4
        and findings.tables == 2
        and findings.figures[0].startswith("Profil: Organisationsstrukturen" if lang == "de" else "Profile: ")
    )
    assert str(pikepdf.open(io.BytesIO(data)).Root.Lang) == ("en-GB" if lang == "en" else "de-DE")
    # the form at the top: every label heads its field (TH, Scope Row), the fields are TD
    tree = [line.strip() for line in _struct_text(data, tmp_path).splitlines()]
    labels = [i for i, line in enumerate(tree) if line.endswith((':"', ': "'))][:4]
    assert len(labels) == 4
    for i in labels:
        assert tree[i - 3 : i - 1] == ["TH:", "/Scope /Row"], tree[i - 3 : i + 1]
        assert tree[i + 1] == "TD"


def test_progress_report_is_tagged(folder, tmp_path):
    data = _write(folder, tmp_path, "report", "--latest", "--kind", "progress")
    findings = check(data)
    assert findings.outline[0][:2] == (1, "Umsetzungsbericht")
    assert [t for d, t, _ in findings.outline if d == 2][:2] == [
        "Umsetzungsstand zur Einschätzung vom 19.03.2026",
        "Maßnahmen nach Status",
    ]
    assert findings.tables == 2 and {"TH", "TD", "L", "LI", "H3"} <= set(findings.tags)
    assert "Umsetzungsbericht – Musterstadt" in pikepdf.open(io.BytesIO(data)).Root.Metadata.read_bytes().decode()
    english = _write(folder, tmp_path, "report", "--latest", "--kind", "progress", "--lang", "en")
    assert check(english).outline[0][:2] == (1, "Implementation report")
    assert str(pikepdf.open(io.BytesIO(english)).Root.Lang) == "en-GB"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_full_report_with_the_umsetzungsstand_is_tagged(folder, tmp_path, lang):
    data = _write(folder, tmp_path, "report", "--latest", "--lang", lang)
    findings = check(data)
    headings = [t for d, t, _ in findings.outline if d == 1]
    state = "Umsetzungsstand der Maßnahmen" if lang == "de" else "Implementation of the measures"
    progress = "Entwicklung" if lang == "de" else "Progress"
    assert state in headings and headings.index(state) < headings.index(progress)
    assert {"L", "LI", "H3"} <= set(findings.tags)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_citizens_page_is_tagged_with_headings_and_the_bars_alt(folder, tmp_path, lang):
    data = _write(
        folder,
        tmp_path,
        "report",
        "--latest",
        "--kind",
        "story",
        "--lang",
        lang,
        "--contact",
        "Rathaus Musterstadt, Zimmer 12",
    )
    findings = check(data)
    assert findings.pages == 1
    headings = [t for _, t, _ in findings.outline]
    assert headings[0].startswith("Musterstadt: ") and len(headings) == 6
    assert [level for level, _ in findings.headings] == [1, 2, 2, 2, 2, 2]
    # the bars: one Figure per area, its Alt says how far it is filled; the areas head their rows
    assert len(findings.figures) == 7 and findings.tables == 1
    assert findings.figures[0] == ("3 von 4 Kästchen gefüllt" if lang == "de" else "3 of 4 boxes filled")
    assert findings.tags.count("TH") == 7
    footer = page_texts(only(data, "artifacts"))[0]
    assert footer.startswith("Musterstadt · ") and ("Erstellt mit SmartCheck" in footer or "Made with" in footer)


def test_region_paper_is_tagged(folder, tmp_path):
    profile = tmp_path / "p.json"
    assert run("--data-dir", folder, "share", "--latest", "--out", profile) == 0
    data = _write(folder, tmp_path, "region", profile, "--name", "Amt Beispiel")
    findings = check(data)
    assert [t for _, t, _ in findings.outline] == ["Region Amt Beispiel: eine Kommune", "Voneinander lernen"]
    assert findings.tables == 1 and findings.tags.count("L") == 1
    tree = _struct_text(data, tmp_path)
    assert '"Kommune "' in tree and '"Median der Region "' in tree
    english = _write(folder, tmp_path, "region", profile, "--lang", "en")
    assert [t for _, t, _ in check(english).outline][0] == "Regional comparison: one municipality"
    assert str(pikepdf.open(io.BytesIO(english)).Root.Lang) == "en-GB"


def _struct_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "tree.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout


def test_region_paper_over_pages_is_one_table_with_its_repeated_rows_as_artifacts(folder, tmp_path):
    with Store.open(folder, readonly=True) as store:
        base = store.latest()
    profiles = []
    for i in range(60):
        m = base.municipality.model_copy(update={"name": f"Gemeinde {i:03d}"})
        a = base.model_copy(update={"id": str(uuid.uuid4()), "municipality": m})
        path = write_profile(build_profile(a), tmp_path / f"{i}.json")
        profiles.append((path.name, read_profile(path)))
    data = render_region(build_region(profiles, own="Gemeinde 007"), "Landkreis Beispiel", invariant=True)
    findings = check(data)
    assert findings.problems == [] and findings.pages >= 3
    assert findings.tables == 1 and findings.tags.count("TR") == 1 + 1 + 60  # head, median, members
    assert (
        findings.tags.count("TH") == (1 + 7 + 2) + 1 + 60
    )  # the head row (name, 7 factors, distance, date), each row's first cell
    tagged, artifacts = page_texts(only(data, "tagged")), page_texts(only(data, "artifacts"))
    assert "Median der Region" in tagged[0] and "Median der Region" not in tagged[1]
    assert "Kommune" in artifacts[1] and "Median der Region" in artifacts[1]  # repeated there, not read twice
