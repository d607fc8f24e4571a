"""Questionnaires and assets are found from a checkout and from an installed wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from smartcheck import paths

ROOT = Path(__file__).parents[1]
PROBE = (
    "import smartcheck, smartcheck.paths as p;"
    "print(smartcheck.__file__);"
    "print(p.default_questionnaire_path().is_file());"
    "print(sorted(x.name for x in p.assets_dir().iterdir()))"
)


def test_found_from_the_checkout():
    assert paths.default_questionnaire_path().is_file()
    assert paths.questionnaire_dir() == ROOT / "questionnaires"
    assert paths.assets_dir() == ROOT / "assets"


def test_found_from_a_non_editable_wheel(tmp_path):
    source = tmp_path / "src-copy"
    for name in ("pyproject.toml", "README.md", "src", "questionnaires", "assets", "docs"):
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "parts"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(item, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("smartcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "smartcheck/questionnaires/smart-city-readiness.toml" in names
    assert "smartcheck/docs/user-guide.md" in names and "smartcheck/docs/method.md" in names  # the help (F1)
    assert not any(n.startswith("smartcheck/docs/") and n.endswith((".png", ".pdf")) for n in names)
    assert not any("/parts/" in n for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(site), "PATH": "", "SYSTEMROOT": ""},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    where, found, assets = result.stdout.splitlines()
    assert Path(where).is_relative_to(site)
    assert found == "True"
    assert assets == str(sorted(p.name for p in (ROOT / "assets").iterdir() if p.name != "__pycache__"))
