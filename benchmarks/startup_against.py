"""Start-up of this checkout against another revision, alternated in one run.

``python -m uv run python benchmarks/startup_against.py REV [--repeat 15]`` extracts REV's
``src`` into a temporary folder and times, in turn, a bare PySide6 window, ``sellertrain
--smoke`` from REV and ``sellertrain --smoke`` from this checkout (whole processes, byte-code
on, warm cache), then prints medians, ratios, peak memory and the load average before and
after. Both revisions use this checkout's virtual environment.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import QUIET_LOAD, child_env, load_average  # noqa: E402


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall time (s), CPU time (user + system, s) and peak memory (MiB) of one child.

    CPU time moves much less than wall time when other processes share the cores."""
    import time

    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{args} failed")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    before = load_average()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        archive = subprocess.run(
            ["git", "archive", args.rev, "src"], cwd=HERE.parent, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(work / "base", filter="data")

        # the same course for both: the default content folder is found beside the package
        # a database each: a newer revision upgrades the schema, which an older one refuses
        def smoke(name: str) -> list[str]:
            return [
                sys.executable,
                "-m",
                "sellertrain.cli.main",
                "--smoke",
                "--db",
                str(work / f"{name}.db"),
                "--content",
                str(HERE.parent),
            ]

        env = child_env()
        base_env = {**env, "PYTHONPATH": str(work / "base" / "src")}
        runs = {
            "bare": ([sys.executable, str(HERE / "bare_qt.py")], env),
            "base": (smoke("base"), base_env),
            "this": (smoke("this"), env),
        }
        for command, environment in runs.values():  # warm: byte-code, parse cache, database
            run_process(command, environment)
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
        for _ in range(args.repeat):
            for name, (command, environment) in runs.items():
                results[name].append(run_process(command, environment))
    after = load_average()
    median = {name: statistics.median(r[0] for r in rows) for name, rows in results.items()}
    cpu = {name: statistics.median(r[1] for r in rows) for name, rows in results.items()}
    for name, rows in results.items():
        times = [r[0] for r in rows]
        peak = statistics.median(r[2] for r in rows)
        print(
            f"{name:5} wall median {median[name]:.3f} s (min {min(times):.3f}, max "
            f"{max(times):.3f}), CPU median {cpu[name]:.3f} s, peak {peak:.1f} MiB"
        )
    for label, a, b in (
        (f"{args.rev} / bare", "base", "bare"),
        ("this / bare", "this", "bare"),
        (f"this / {args.rev}", "this", "base"),
    ):
        print(f"{label}: wall {median[a] / median[b]:.2f}x, CPU {cpu[a] / cpu[b]:.2f}x")
    print(f"load average (1 min) before {before}, after {after}")
    loads = [load for load in (before, after) if load is not None]
    if loads and max(loads) > QUIET_LOAD:
        print(f"NOISY: load above {QUIET_LOAD}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
