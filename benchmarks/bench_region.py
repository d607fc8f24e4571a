"""A region of 200 profiles against a region of 10: load and render the region paper.

Two measurements, both sizes alternately in the same run, each the best of
several runs (the median printed beside it):

1. ``smartcheck region FILE... --out region.pdf`` as a fresh process: what an
   Amt or a Kreis waits for (start, read and check every file, compare,
   print the table, write the PDF). The goal, a ratio under 2, applies to
   this one.
2. Inside one process, read + compare + render alone, printed in
   milliseconds with its ratio: the part that grows with the number of
   municipalities (the table has a row per municipality, 200 rows are about
   a dozen landscape pages).

Run: python benchmarks/bench_region.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smartcheck.core.assessment import Answer, Municipality
from smartcheck.core.profile_share import build_profile
from smartcheck.core.region import build_region
from smartcheck.report.region_pdf import render_region
from smartcheck.store.demo import demo_assessments
from smartcheck.store.profile_files import read_profiles, write_profile

PROCESS_RUNS = 7
RUNS = 9
GOAL = 2.0


def make_files(folder: Path, count: int) -> list[Path]:
    template = demo_assessments()[2]
    paths = []
    for i in range(count):
        shift = (i % 5) - 2
        answers = {
            q: Answer(value=max(0, min(4, a.value + shift)) if isinstance(a.value, int) else a.value)
            for q, a in template.answers.items()
        }
        a = template.model_copy(update={"municipality": Municipality(name=f"Gemeinde {i:03d}"), "answers": answers})
        paths.append(write_profile(build_profile(a), folder / f"profil-{i:03d}.json"))
    return paths


def process(files: list[Path], out: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smartcheck",
            "--data-dir",
            str(out.parent / "daten"),
            "region",
            *map(str, files),
            "--out",
            str(out),
        ],
        capture_output=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(result.stderr.decode())
    return elapsed


def inside(files: list[Path]) -> float:
    start = time.perf_counter()
    region = build_region(read_profiles(files), own="Gemeinde 003")
    render_region(region, "Landkreis")
    return time.perf_counter() - start


def report(label: str, small: list[float], large: list[float], unit: float = 1.0, suffix: str = "s") -> float:
    ratio = min(large) / min(small)
    print(
        f"{label}: 10 profiles {min(small) * unit:.3f} {suffix} (median {statistics.median(small) * unit:.3f}), "
        f"200 profiles {min(large) * unit:.3f} {suffix} (median {statistics.median(large) * unit:.3f}), "
        f"ratio {ratio:.2f}"
    )
    return ratio


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "ten").mkdir()
        (root / "many").mkdir()
        ten, many = make_files(root / "ten", 10), make_files(root / "many", 200)
        inside(ten)  # fonts registered, modules imported: both sizes then start warm
        small, large = [], []
        for _ in range(RUNS):
            small.append(inside(ten))
            large.append(inside(many))
        report("in one process (read + compare + render)", small, large, 1000, "ms")
        small, large = [], []
        for _ in range(PROCESS_RUNS):
            small.append(process(ten, root / "ten.pdf"))
            large.append(process(many, root / "many.pdf"))
        ratio = report("smartcheck region ... --out (fresh process)", small, large)
    print(f"goal: ratio under {GOAL} for the command -> {'met' if ratio < GOAL else 'NOT met'}")
    return 0 if ratio < GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
