"""What the deep validation costs when a writer opens the store (issue 10), in one run.

    PYTHONPATH=src python benchmarks/bench_open.py [--assessments 100] [--runs 5]

A data folder with N completed assessments of the shipped questionnaire is
opened for writing several times with the row check (every row loaded
through the models) and without it (the check replaced by a no-op, the
baseline); the medians and their ratio are printed. The daily backup is made
before the runs, so it is not counted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from smartcheck.core.assessment import Answer, Municipality, new_assessment, now
from smartcheck.core.catalog import load
from smartcheck.paths import default_questionnaire_path
from smartcheck.store import Store, repository


def fill(folder: Path, count: int) -> None:
    q = load(default_questionnaire_path())
    with Store.open(folder) as store:
        items = []
        for i in range(count):
            a = new_assessment(q, Municipality(name=f"Gemeinde {i % 20}"))
            a.answers = {x.id: Answer(value=(i + k) % 5, note="Notiz") for k, x in enumerate(q.questions())}
            a.status, a.completed_at = "complete", now()
            items.append(a)
        store.create_many(items)


def timed(folder: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        Store.open(folder).close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assessments", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "daten"
        fill(folder, args.assessments)
        Store.open(folder).close()  # the daily backup, once
        checked = timed(folder, args.runs)
        original = repository.Store.check_rows
        repository.Store.check_rows = lambda self: None
        try:
            baseline = timed(folder, args.runs)
        finally:
            repository.Store.check_rows = original
    print(
        f"{args.assessments} assessments: writer open {baseline * 1000:.0f} ms without the row check, "
        f"{checked * 1000:.0f} ms with it; ratio {checked / baseline:.2f} "
        f"({(checked - baseline) / args.assessments * 1000:.1f} ms per assessment)"
    )


if __name__ == "__main__":
    main()
