"""SellerTrain's benchmark suite: start-up, rendering, the manager's reports, bulk writes.

Run from the repository: ``python -m uv run python benchmarks/run.py [--quick]``. Prints a table
of median/min/max and the ratios the targets are stated in, and writes
``benchmarks/results/latest.json``. Figures are medians of repeated runs; start-up is measured
alternately with a bare PySide6 window in the same run, because absolute times drift.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"
QUIET_LOAD = 1.0  # 1-minute load average above which timings on a 2-core machine are not trusted


def load_average() -> float | None:
    """The 1-minute load average (as ``uptime`` prints it), or None where the OS has none."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def child_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed apps run from byte-code, so do we
    return env


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(
            f"{args} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def timed(call: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


# -- start-up ------------------------------------------------------------------------------
def bench_startup(repeat: int, work: Path) -> dict:
    env = child_env()
    db = work / "startup.db"
    big = work / "content-1000"
    from make_content import make_content

    make_content(big, 1000, REPO)
    smoke = [sys.executable, "-m", "sellertrain.cli.main", "--smoke", "--db", str(db)]
    bare = [sys.executable, str(HERE / "bare_qt.py")]
    big_smoke = [*smoke, "--content", str(big)]
    for warm in (bare, smoke, big_smoke):  # warm the file cache and write byte-code
        run_process(warm, env)
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "app": [], "app_1000": []}
    for _ in range(repeat):  # alternated, so a change in the machine's load hits all three alike
        results["bare"].append(run_process(bare, env))
        results["app"].append(run_process(smoke, env))
        results["app_1000"].append(run_process(big_smoke, env))
    times = {key: [t for t, _ in runs] for key, runs in results.items()}
    memory = {key: [m for _, m in runs] for key, runs in results.items()}
    return {
        "bare_qt_s": summary(times["bare"]),
        "app_s": summary(times["app"]),
        "app_1000_lessons_s": summary(times["app_1000"]),
        "app_peak_mib": summary(memory["app"]),
        "bare_peak_mib": summary(memory["bare"]),
        "ratio_app_to_bare": statistics.median(times["app"]) / statistics.median(times["bare"]),
        "ratio_1000_to_shipped": statistics.median(times["app_1000"])
        / statistics.median(times["app"]),
    }


# -- rendering -----------------------------------------------------------------------------
def bench_lesson_open(repeat: int, work: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import random

    from make_content import lesson_text
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from sellertrain.core.content import render
    from sellertrain.core.content.lessons import load_lesson
    from sellertrain.ui.style import LESSON_STYLE_SHEET

    _app = QApplication.instance() or QApplication([])  # alive while the lessons render
    folder = work / "render" / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ten-kb.md"
    path.write_text(lesson_text(1, random.Random(3)), encoding="utf-8")
    lesson, errors = load_lesson(path, work / "render" / "assets", deep=False)
    assert lesson is not None, errors
    browser = QTextBrowser()
    browser.document().setDefaultStyleSheet(LESSON_STYLE_SHEET)
    browser.resize(900, 700)
    browser.show()  # laid out and painted, as in the app

    def open_fresh() -> None:
        render._render_lesson_cached.cache_clear()
        browser.setHtml(render.render_lesson(lesson, work / "render" / "assets"))
        browser.repaint()

    def open_cached() -> None:
        browser.setHtml(render.render_lesson(lesson, work / "render" / "assets"))
        browser.repaint()

    open_fresh()
    return {
        "lesson_bytes": path.stat().st_size,
        "open_10kb_lesson_ms": summary([t * 1000 for t in timed(open_fresh, repeat)]),
        "reopen_cached_ms": summary([t * 1000 for t in timed(open_cached, repeat)]),
    }


# -- the manager's reports -----------------------------------------------------------------
def bench_reports(repeat: int, db: Path) -> dict:
    import datetime as _dt

    from PySide6.QtCore import Qt

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # --only reports: no render part first
    from PySide6.QtWidgets import QApplication

    from sellertrain.core.content.loader import load_course
    from sellertrain.core.reports import team as reports
    from sellertrain.core.store import Store
    from sellertrain.ui.team.team_model import TeamTableModel

    QApplication.instance() or QApplication([])
    store = Store.open(db)
    course = load_course(REPO, deep=False)
    today = _dt.date.today()
    model = TeamTableModel()

    def ready() -> None:  # the rows as the team view gets them: made when shown
        model.set_rows(reports.team_table(store, course, today))

    ready_times = timed(ready, repeat)
    filter_times = timed(lambda: model.set_filters(department="logistics"), repeat)
    model.set_filters()
    sort_times = []
    for column in (0, 5, 7, 3, 6) * max(1, repeat // 5):
        start = time.perf_counter()
        model.sort(column, Qt.SortOrder.DescendingOrder)
        sort_times.append(time.perf_counter() - start)
    attempts = store.db.execute(
        "SELECT quiz_id, count(*) FROM attempts GROUP BY quiz_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    analysis = timed(lambda: reports.question_analysis(store, course, attempts[0]), repeat)
    answers = store.db.execute("SELECT count(*) FROM answers").fetchone()[0]
    employees = store.db.execute("SELECT count(*) FROM employees").fetchone()[0]
    store.close()
    return {
        "employees": employees,
        "answers": answers,
        "team_model_ready_ms": summary([t * 1000 for t in ready_times]),
        "filter_ms": summary([t * 1000 for t in filter_times]),
        "sort_ms": summary([t * 1000 for t in sort_times]),
        "analysed_quiz": attempts[0],
        "analysed_quiz_attempts": attempts[1],
        "item_analysis_ms": summary([t * 1000 for t in analysis]),
    }


def bench_manager_memory(db: Path) -> dict:
    _seconds, peak = run_process(
        [sys.executable, str(HERE / "manager_view.py"), str(db)], child_env()
    )
    return {"manager_view_peak_mib": peak}


def bench_demo_data(repeat: int, employees: int, work: Path) -> tuple[dict, Path]:
    """Whole ``demo-data`` processes: answer rows in the database per second of wall time
    (start-up, records, certificates and the final sync included); also the CPU time and
    the seconds the command itself reports for the records alone."""
    rates, seconds, walls, cpus = [], [], [], []
    kept = work / "demo-keep.db"
    for run in range(repeat):
        db = work / f"demo-{run}.db"
        started, before = time.perf_counter(), os.times()
        output = subprocess.run(
            [
                sys.executable,
                "-m",
                "sellertrain.cli.main",
                "demo-data",
                "--employees",
                str(employees),
                "--db",
                str(db),
            ],
            env=child_env(),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        wall, after = time.perf_counter() - started, os.times()
        cpu = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        from sellertrain.core.store import Store

        store = Store.open(db)
        answers = store.db.execute("SELECT count(*) FROM answers").fetchone()[0]
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
        store.close()
        size = pages * page_size  # the file once the WAL is written back
        seconds.append(float(output.split(" in ")[1].split(" s")[0]))
        walls.append(wall)
        cpus.append(cpu)
        rates.append(answers / wall)
        if run == 0:
            shutil.move(db, kept)
            for suffix in ("-wal", "-shm"):
                if Path(f"{db}{suffix}").exists():
                    shutil.move(f"{db}{suffix}", f"{kept}{suffix}")
        else:
            for leftover in work.glob(f"demo-{run}.db*"):
                leftover.unlink()
    return {
        "demo_employees": employees,
        "demo_seconds": summary(walls),
        "demo_cpu_seconds": summary(cpus),
        "demo_records_seconds": summary(seconds),  # as the command reports: records only
        "answers_per_second": summary(rates),
        "database_mb": size / 1e6,  # the same records for every run: the last run's size
        "bytes_per_answer_row": size / answers,
    }, kept


TARGETS = [
    ("ratio_app_to_bare", "launch / bare Qt", "<= 2.0x", lambda v: v <= 2.0),
    ("ratio_1000_to_shipped", "launch with 1,000 lessons / shipped", "<= 1.1x", lambda v: v <= 1.1),
    ("app_peak_mib", "peak memory at first screen", "< 70 MiB", lambda v: v["median"] < 70),
    ("open_10kb_lesson_ms", "open a 10 KB lesson", "< 25 ms", lambda v: v["median"] < 25),
    (
        "team_model_ready_ms",
        "team table ready (10k employees)",
        "< 150 ms",
        lambda v: v["median"] < 150,
    ),
    ("filter_ms", "filter the team table", "< 50 ms", lambda v: v["median"] < 50),
    ("sort_ms", "sort the team table", "< 50 ms", lambda v: v["median"] < 50),
    (
        "item_analysis_ms",
        "item analysis of the busiest quiz",
        "< 50 ms",
        lambda v: v["median"] < 50,
    ),
    (
        "answers_per_second",
        "demo-data answer rows per second",
        ">= 150,000",
        lambda v: v["median"] >= 150_000,
    ),
    ("manager_view_peak_mib", "peak memory, manager view (10k)", "< 150 MiB", lambda v: v < 150),
]


def print_table(results: dict) -> None:
    print(f"\n{'what':44} {'median':>10} {'min':>10} {'max':>10}  target      ok")
    for key, label, target, check in TARGETS:
        if key not in results:
            continue
        value = results[key]
        if isinstance(value, dict):
            row = f"{value['median']:>10.3f} {value['min']:>10.3f} {value['max']:>10.3f}"
        else:
            row = f"{value:>10.3f} {'':>10} {'':>10}"
        print(f"{label:44} {row}  {target:11} {'yes' if check(value) else 'NO'}")
    extra = (
        "bare_qt_s",
        "app_s",
        "app_1000_lessons_s",
        "reopen_cached_ms",
        "demo_seconds",
        "database_mb",
        "bytes_per_answer_row",
    )
    for key in (*extra, "demo_cpu_seconds", "demo_records_seconds"):
        if key in results:
            v = results[key]
            if isinstance(v, dict):
                print(f"{key:44} {v['median']:>10.3f} {v['min']:>10.3f} {v['max']:>10.3f}")
            else:
                print(f"{key:44} {v:>10.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and 2,000 employees")
    parser.add_argument("--employees", type=int, default=None)
    parser.add_argument(
        "--only",
        choices=("startup", "render", "reports"),
        help="run one part (reports includes building its demo database)",
    )
    parser.add_argument(
        "--refuse-noisy",
        action="store_true",
        help=f"write no results when the 1-minute load average passes {QUIET_LOAD}",
    )
    args = parser.parse_args()
    wanted = {args.only} if args.only else {"startup", "render", "reports"}
    repeat = 5 if args.quick else 15
    employees = args.employees or (2000 if args.quick else 10_000)
    sys.path.insert(0, str(HERE))
    results: dict = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} · {platform.platform()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()}",
    }
    loads: list[float] = []

    def note_load(when: str) -> None:
        load = load_average()
        if load is not None:
            loads.append(load)
        shown = "unknown" if load is None else f"{load:.2f}"
        print(f"load average (1 min) {when}: {shown}", flush=True)

    note_load("before")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if "startup" in wanted:
            print("start-up …", flush=True)
            results.update(bench_startup(repeat, work))
            note_load("after start-up")
        if "render" in wanted:
            print("lesson rendering …", flush=True)
            results.update(bench_lesson_open(max(repeat, 20), work))
        if "reports" in wanted:
            print(f"demo-data with {employees} employees …", flush=True)
            demo, db = bench_demo_data(1 if args.quick else 3, employees, work)
            results.update(demo)
            note_load("after demo-data")
            print("reports …", flush=True)
            results.update(bench_reports(repeat, db))
            results.update(bench_manager_memory(db))
    note_load("after")
    results["load_average_1min"] = loads
    results["noisy"] = any(load > QUIET_LOAD for load in loads)
    print_table(results)
    if results["noisy"]:
        print(
            f"\nNOISY: the 1-minute load average reached {max(loads):.2f} (> {QUIET_LOAD}); "
            "absolute times are pessimistic, only the ratios measured alternately hold."
        )
        if args.refuse_noisy:
            print("results not written (--refuse-noisy)")
            return 1
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwrote {RESULTS / 'latest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
