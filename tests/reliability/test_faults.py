"""Records survive faults: kills in the middle of writing, and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.reliability.writer import ANSWERS_PER_ATTEMPT

WRITER = Path(__file__).with_name("writer.py")
KILLS = int(os.environ.get("SELLERTRAIN_KILLS", "25"))


def start_writer(db: Path, name: str, count: int | None = None) -> subprocess.Popen:
    args = [sys.executable, str(WRITER), str(db), name]
    if count is not None:
        args.append(str(count))
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def read_lines(process: subprocess.Popen, into: list[str]) -> threading.Thread:
    def pump() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            into.append(line.strip())

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    return thread


def check_database(db: Path, reported: set[str]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finished = dict(
            conn.execute(
                "SELECT r.attempt_id, count(a.id) FROM attempt_results AS r"
                " LEFT JOIN answers AS a ON a.attempt_id = r.attempt_id GROUP BY r.attempt_id"
            ).fetchall()
        )
        missing = reported - set(finished)
        assert not missing, f"{len(missing)} attempts reported as saved are gone"
        half = {k: v for k, v in finished.items() if v != ANSWERS_PER_ATTEMPT}
        assert not half, f"half-written attempts: {half}"
        orphans = conn.execute(
            "SELECT count(*) FROM answers WHERE attempt_id NOT IN (SELECT attempt_id FROM attempt_results)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()


def test_sigkill_at_random_points_loses_nothing_reported(tmp_path: Path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL (POSIX)")
    db = tmp_path / "kill.db"
    rng = random.Random(7)
    reported: set[str] = set()
    for _kill in range(KILLS):
        process = start_writer(db, "Killed Writer")
        lines: list[str] = []
        pump = read_lines(process, lines)
        deadline = time.monotonic() + 30
        while "ready" not in lines and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.005)
        assert "ready" in lines, process.stderr.read() if process.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        pump.join(timeout=5)
        reported |= {line.split()[1] for line in lines if line.startswith("saved ")}
        check_database(db, reported)
    assert len(reported) > KILLS  # the writer did get work done between kills


def test_two_writers_at_once_lose_no_update(tmp_path: Path):
    db = tmp_path / "two.db"
    from sellertrain.core.store import Store

    Store.open(db).close()  # create the schema once, as the installed app would
    count = 40
    writers = [start_writer(db, f"Writer {n}", count) for n in range(2)]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err
        assert out.count("saved ") == count
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM attempt_results").fetchone()[0] == 2 * count
    assert (
        conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        == 2 * count * ANSWERS_PER_ATTEMPT
    )
    conn.close()
