"""Start-up time and memory of SmartCheck against a bare PySide6 window, in one run.

    python benchmarks/bench_startup.py [--runs 7]

Time: each child process starts, shows its window and quits as soon as the
window is shown (SmartCheck through the hidden SMARTCHECK_QUIT_AFTER switch of
smartcheck.ui.app, with a fresh temporary data folder). What a user waits for
is the time from starting the process until the window is on the screen: each
child prints the clock when its event loop has ended (the window shown and its
first events handled), and the time from the start of the process to that
moment is measured several times, alternating the two, and the medians are
compared. The goal is a ratio of at most 1.5. The whole run of each child, to
its exit (Python's shutdown with pydantic loaded takes 0.1-0.3 s more than
the bare window's), is printed as a second column. The
time until the home page shows the list ("filled": drawn from the light read
of store/listing.py, before the store is opened) is printed too, for a data
folder holding the demo (four assessments: the list a user sees, the child
prints how many rows the list shows and the run fails without them; goal at
most 2), and for an empty one (the welcome). So is the time until the store
is open and the window ready for input ("ready": lock, migrations, checks of
the file and every row, the page filled again from the store), for the demo.

The children may write .pyc files (PYTHONDONTWRITEBYTECODE is dropped for
them), as an installed SmartCheck has its modules compiled; the first round
writes them.

Memory: the peak resident set size of a child that shows the bare window,
against one that runs SmartCheck through a whole assessment: the wizard from
the first to the last page with every question answered, finished, and the
result shown (goal: at most 2 times the bare window). Then one child runs five
whole assessments in a row and prints its resident memory after the first and
after the fifth (goal: within 10 %: the wizard's pages are released).

Runs headless (QT_QPA_PLATFORM=offscreen) unless a platform is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print("SEEN_AT", time.time())
"""

SMARTCHECK = """
import sys, time
from smartcheck.ui.app import run
code = run(sys.argv[1])
print("SEEN_AT", time.time())
"""

DEMO = """
import sys
from smartcheck.store import Store
from smartcheck.store.demo import add_demo
store = Store.open(sys.argv[1])
add_demo(store)
store.close()
"""

PEAK = """
import resource, sys
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(globals().get("code", 0))
"""

FULL_RUN = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from smartcheck.store import Store
from smartcheck.ui.main_window import MainWindow
from smartcheck.ui.settings import Settings
from smartcheck.ui.i18n import install_language

def settle(ms=30):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

from smartcheck.ui import dialogs
dialogs.choose = lambda *args: 1  # a draft exists: begin an own new assessment

def rss_kb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def one_run(window):
    window.new_assessment()
    wizard = window.wizard
    session = wizard.session
    questionnaire = session.assessment.questionnaire
    settle()
    for n, question in enumerate(questionnaire.questions()):
        session.answer(question.id, n % 5)
    while wizard.currentId() < len(session.pages) - 1:
        before = wizard.currentId()
        wizard.next()
        settle()
        if wizard.currentId() == before:
            raise SystemExit("the wizard did not move on from page %d" % before)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(100)
    assert window.result.assessment is not None, "no result shown"
    assert len(window.result.assessment.answers) == len(questionnaire.questions())
    window.show_home()
    settle(50)

app = QApplication(sys.argv[:1])
install_language("de")
store = Store.open(Path(sys.argv[1]))
window = MainWindow(store.data_dir, Settings())
window.attach_store(store)
window.show()
settle()
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for number in range(1, runs + 1):
    one_run(window)
    import gc
    gc.collect()
    print("RSS_AFTER", number, rss_kb())
window.close()
store.close()
"""


def run_child(code: str, *args: str, env: dict | None = None, output: list | None = None) -> tuple[float, int, float]:
    """Wall time in seconds, peak RSS in kB and the time until its window was seen (0.0 if it does not say)
    of one child process (its printed lines into ``output``)."""
    start = time.perf_counter()
    launched = time.time()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code + PEAK, *args], env=env, capture_output=True, text=True, timeout=120
        )
    except subprocess.TimeoutExpired as error:
        raise SystemExit(f"child did not finish within 120 s:\n{(error.stderr or b'')[-2000:]!r}") from None
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stderr[-2000:]}")
    peak = next(int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("PEAK_KB"))
    if output is not None:
        output.extend(done.stdout.splitlines())
    seen = [float(line.split()[1]) - launched for line in done.stdout.splitlines() if line.startswith("SEEN_AT")]
    return elapsed, peak, seen[0] if seen else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare, shown, ready, welcome, opened = [], [], [], [], []  # until the window is seen
    whole: dict[str, list[float]] = {"bare": [], "shown": [], "ready": [], "welcome": [], "opened": []}  # to exit
    bare_rss = shown_rss = 0
    with tempfile.TemporaryDirectory() as folder:
        demo = os.path.join(folder, "demo")
        run_child(DEMO, demo, env=base_env)
        for i in range(args.runs + 1):  # the first round warms the file cache and writes .pyc files
            t, bare_rss, seen_bare = run_child(BARE, env=base_env)
            data = os.path.join(folder, f"shown{i}")
            t_shown, shown_rss, seen_shown = run_child(
                SMARTCHECK, data, env={**base_env, "SMARTCHECK_QUIT_AFTER": "shown"}
            )
            lines: list[str] = []
            t_ready, _, seen_ready = run_child(
                SMARTCHECK, demo, env={**base_env, "SMARTCHECK_QUIT_AFTER": "filled"}, output=lines
            )
            if "HOME_ROWS 4" not in lines:
                raise SystemExit(f"the home list was not filled with the demo's four rows: {lines}")
            t_welcome, _, seen_welcome = run_child(
                SMARTCHECK, os.path.join(folder, f"empty{i}"), env={**base_env, "SMARTCHECK_QUIT_AFTER": "filled"}
            )
            lines = []
            t_opened, _, seen_opened = run_child(
                SMARTCHECK, demo, env={**base_env, "SMARTCHECK_QUIT_AFTER": "ready"}, output=lines
            )
            if "HOME_ROWS 4" not in lines:
                raise SystemExit(f"the home list did not keep the demo's four rows after the store opened: {lines}")
            if i:
                bare.append(seen_bare)
                shown.append(seen_shown)
                ready.append(seen_ready)
                welcome.append(seen_welcome)
                opened.append(seen_opened)
                for key, value in (
                    ("bare", t),
                    ("shown", t_shown),
                    ("ready", t_ready),
                    ("welcome", t_welcome),
                    ("opened", t_opened),
                ):
                    whole[key].append(value)

        _, full_rss, _ = run_child(FULL_RUN, os.path.join(folder, "full"), env=base_env)
        lines: list[str] = []
        run_child(FULL_RUN, os.path.join(folder, "five"), "5", env=base_env, output=lines)
        after = {int(p[1]): int(p[2]) for p in (line.split() for line in lines) if p[0] == "RSS_AFTER"}

    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    w, o = statistics.median(welcome), statistics.median(opened)
    m = {key: statistics.median(values) for key, values in whole.items()}
    print(f"runs: {args.runs} of each (medians), platform {base_env['QT_QPA_PLATFORM']}")
    print("                                  until seen                        whole run to exit")
    print(f"bare PySide6 window shown:        {b * 1000:7.1f} ms                        {m['bare'] * 1000:7.1f} ms")
    print(
        f"SmartCheck main window shown:     {s * 1000:7.1f} ms   ratio {s / b:.2f} (goal <= 1.5)"
        f"   {m['shown'] * 1000:7.1f} ms   ratio {m['shown'] / m['bare']:.2f}"
    )
    print(
        f"SmartCheck home list filled:      {r * 1000:7.1f} ms   ratio {r / b:.2f} (goal <= 2)  "
        f"   {m['ready'] * 1000:7.1f} ms   ratio {m['ready'] / m['bare']:.2f}"
    )
    print(
        f"SmartCheck welcome (empty store): {w * 1000:7.1f} ms   ratio {w / b:.2f}             "
        f"   {m['welcome'] * 1000:7.1f} ms   ratio {m['welcome'] / m['bare']:.2f}"
    )
    print(
        f"ready for input (store opened):   {o * 1000:7.1f} ms   ratio {o / b:.2f}             "
        f"   {m['opened'] * 1000:7.1f} ms   ratio {m['opened'] / m['bare']:.2f}"
    )
    print(f"peak memory, bare window:         {bare_rss / 1024:7.1f} MB")
    print(f"peak memory, SmartCheck shown:    {shown_rss / 1024:7.1f} MB")
    print(f"peak memory, full wizard run:     {full_rss / 1024:7.1f} MB   ratio {full_rss / bare_rss:.2f} (goal <= 2)")
    print(f"memory after 1 wizard run:        {after[1] / 1024:7.1f} MB")
    print(
        f"memory after 5 wizard runs:       {after[5] / 1024:7.1f} MB   ratio {after[5] / after[1]:.2f} (goal <= 1.10)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
