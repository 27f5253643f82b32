"""Start-up of the built app (``dist/SellerTrain``) against the source app, in the same run.

``python -m uv run python benchmarks/built_app.py [--repeat 15] [--build]`` times whole
processes to the first painted screen (``--smoke``, offscreen), alternating the two each
round as ``run.py`` does, after one warm-up run of each (file cache, byte-code, parse cache).
Prints medians with min/max, the ratio (issue 21: at most 1.3x) and the load average before
and after; writes ``benchmarks/results/built_app.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from run import REPO, RESULTS, child_env, run_process, summary

BUILT = REPO / "dist" / "SellerTrain" / ("SellerTrain.exe" if os.name == "nt" else "SellerTrain")
TARGET = 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="rounds (default 15)")
    parser.add_argument("--build", action="store_true", help="build dist/SellerTrain first")
    args = parser.parse_args()
    if args.build or not BUILT.exists():
        subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")], check=True)
    env = child_env()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as work:
        built = [str(BUILT), "--smoke", "--db", str(Path(work) / "built.db")]
        source = [sys.executable, "-m", "sellertrain.cli.main", "--smoke"]
        source += ["--db", str(Path(work) / "source.db")]
        for warm in (built, source):
            run_process(warm, env)
        runs: dict[str, list[tuple[float, float]]] = {"built": [], "source": []}
        for _ in range(args.repeat):
            runs["built"].append(run_process(built, env))
            runs["source"].append(run_process(source, env))
    load_after = os.getloadavg()
    times = {key: [t for t, _ in values] for key, values in runs.items()}
    ratio = statistics.median(times["built"]) / statistics.median(times["source"])
    results = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.platform()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()}",
        "built_s": summary(times["built"]),
        "source_s": summary(times["source"]),
        "built_peak_mib": summary([m for _, m in runs["built"]]),
        "source_peak_mib": summary([m for _, m in runs["source"]]),
        "ratio_built_to_source": ratio,
        "load_average_before": load_before,
        "load_average_after": load_after,
    }
    for key in ("built", "source"):
        s = results[f"{key}_s"]
        print(
            f"{key:>6}: median {s['median']:.3f} s (min {s['min']:.3f}, max {s['max']:.3f}, n={s['n']})"
        )
    print(f" ratio: {ratio:.2f}x built/source (target <= {TARGET}x)")
    print(f"  load: {load_before[0]:.2f} before, {load_after[0]:.2f} after (1-minute average)")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "built_app.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
