"""Update the translation sources and build the catalogues the program loads.

    python scripts/build_translations.py

1. ``pyside6-lupdate`` reads every ``QCoreApplication.translate("Context", "…")``
   in src/smartcheck/ui/ (and its subpackages) and updates assets/i18n/smartcheck_en.ts (German
   is the source language; existing translations are kept, obsolete ones
   dropped).
2. ``pyside6-lrelease`` turns each .ts into the .qm file the program loads.

Both the .ts and the .qm files are committed, so a fresh machine needs no
build step. Fill new entries in the .ts file (by hand or with
``pyside6-linguist``) and run this script again; tests/test_ui_translations.py
fails while an entry has no translation or loses a placeholder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "smartcheck" / "ui"
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """The PySide6 tool beside the running interpreter, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} nicht gefunden: PySide6 (PySide6-Essentials) in dieser Umgebung installieren")
    return found


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for lang in LANGUAGES:
        ts = I18N / f"smartcheck_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "de",
                "-target-language",
                lang,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
