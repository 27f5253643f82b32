"""Records survive faults: kills in the middle of writing, and two writers at once.

Every test here kills a real child process with SIGKILL at random moments and checks the
database after each kill: ``PRAGMA integrity_check``, nothing reported as saved is lost, and
nothing is half written. ``SELLERTRAIN_KILLS`` sets the kills during quiz submissions
(default 25), ``SELLERTRAIN_BULK_KILLS`` the kills during each of migrations, CSV imports and
demo-data writes (default 4). Run with ``-s`` to see the counts.
"""

from __future__ import annotations

import os
import random
import shutil
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
BULK_CHILD = Path(__file__).with_name("bulk_child.py")
REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SELLERTRAIN_KILLS", "25"))
BULK_KILLS = int(os.environ.get("SELLERTRAIN_BULK_KILLS", "4"))


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
    print(
        f"\nkill test (quiz submissions): {KILLS} kills, {len(reported)} attempts reported saved,"
        " 0 lost, 0 half-written, 0 integrity failures"
    )


def test_two_writers_at_once_lose_no_update(tmp_path: Path):
    db = tmp_path / "two.db"
    from sellertrain.core.store import Store

    Store.create(db).close()  # create the schema once, as the installed app would
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


# -- kills during bulk writes: migrations, CSV imports, demo data ------------------------------


def run_child(*args: str) -> tuple[subprocess.Popen, list[str], threading.Thread]:
    process = subprocess.Popen(
        [sys.executable, str(BULK_CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    return process, lines, read_lines(process, lines)


def wait_ready(process: subprocess.Popen, lines: list[str]) -> None:
    deadline = time.monotonic() + 60
    while "ready" not in lines and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.002)
    assert "ready" in lines, process.stderr.read() if process.stderr else ""


def calibrate(*args: str) -> float:
    """Seconds from "ready" to the end of an undisturbed run."""
    process, lines, pump = run_child(*args)
    wait_ready(process, lines)
    started = time.monotonic()
    process.wait(timeout=300)
    pump.join(timeout=5)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    return time.monotonic() - started


def kill_randomly(rng: random.Random, duration: float, *args: str) -> bool:
    """Run the child, SIGKILL it at a random moment of its work; True if it had finished."""
    process, lines, pump = run_child(*args)
    wait_ready(process, lines)
    time.sleep(rng.uniform(0, duration * 1.1))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    pump.join(timeout=5)
    return "done" in lines


def integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def counts(db: Path, tables: tuple[str, ...]) -> tuple[int, ...]:
    conn = sqlite3.connect(db)
    try:
        present = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] if t in present else -1
            for t in tables
        )
    finally:
        conn.close()


def schema_of(db: Path) -> tuple[int, set[str]]:
    conn = sqlite3.connect(db)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }
        return version, names
    finally:
        conn.close()


def old_database(path: Path, version: int, events: int) -> None:
    """A database as release ``version`` wrote it, with enough rows that migrating takes time."""
    from sellertrain.core.store import APPLICATION_ID, MIGRATIONS, _split_sql

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    for number in range(version):
        for statement in _split_sql(MIGRATIONS[number]):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.executemany(
        "INSERT INTO employees (id, name, name_key, role, password_hash, created_at)"
        " VALUES (?, ?, ?, 'learner', 'x', '2025-01-01')",
        [(f"e{n}", f"Person {n}", f"person {n}") for n in range(200)],
    )
    conn.executemany(
        "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind, at, seconds)"
        " VALUES (?, ?, ?, 'v1', 'read', ?, 60)",
        [
            (f"ev{n}", f"e{n % 200}", f"lesson-{n % 13}", f"2025-02-{1 + n % 28:02d}")
            for n in range(events)
        ],
    )
    if version >= 2:
        conn.executemany(
            "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at)"
            " VALUES (?, ?, 'quiz', 'v1', 1, '2025-03-01')",
            [(f"a{n}", f"e{n % 200}") for n in range(events // 4)],
        )
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def killable() -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs SIGKILL (POSIX)")


def test_sigkill_during_migrations_leaves_the_database_fully_before_or_after(
    killable, tmp_path: Path
):
    from sellertrain.core.store import SCHEMA_VERSION, Store

    rng = random.Random(11)
    pristine: dict[int, Path] = {}
    expected_schema: dict[int, set[str]] = {}
    rows: dict[int, tuple[int, ...]] = {}
    tables = ("employees", "lesson_events", "attempts")
    for version in (1, 2):
        pristine[version] = tmp_path / f"pristine-v{version}.db"
        old_database(pristine[version], version, events=60_000)
        expected_schema[version] = schema_of(pristine[version])[1]
        rows[version] = counts(pristine[version], tables)
    Store.create(tmp_path / "new.db").close()
    expected_schema[SCHEMA_VERSION] = schema_of(tmp_path / "new.db")[1]
    probe = tmp_path / "probe.db"
    shutil.copyfile(pristine[1], probe)
    duration = calibrate("migrate", str(probe))
    outcome = {"before": 0, "after": 0}
    for kill in range(BULK_KILLS):
        version = 1 + kill % 2
        db = tmp_path / f"kill-{kill}.db"
        shutil.copyfile(pristine[version], db)
        kill_randomly(rng, duration, "migrate", str(db))
        integrity(db)
        found, names = schema_of(db)
        assert found in (version, SCHEMA_VERSION), found
        assert names == expected_schema[found]  # no step half done
        assert counts(db, tables)[:2] == rows[version][:2]
        if version >= 2:
            assert counts(db, tables)[2] == rows[version][2]
        outcome["before" if found == version else "after"] += 1
        backup = db.with_name(f"{db.name}.v{version}.bak")
        if backup.exists():  # the copy made before migrating is whole
            integrity(backup)
            assert schema_of(backup) == (version, expected_schema[version])
        Store.open(db).close()  # the next start finishes the job
        assert schema_of(db)[0] == SCHEMA_VERSION and counts(db, tables)[:2] == rows[version][:2]
        for path in tmp_path.glob(f"kill-{kill}.db*"):
            path.unlink()
    print(
        f"\nkill test (migrations v1/v2 -> v{SCHEMA_VERSION}, {duration:.2f} s each): "
        f"{BULK_KILLS} kills, {outcome['before']} left fully before, {outcome['after']} fully "
        "after, 0 half-migrated, 0 integrity failures, 0 rows lost"
    )


def test_sigkill_during_a_csv_import_adds_all_or_nobody(killable, monkeypatch, tmp_path: Path):
    from sellertrain.core.store import Store

    rng = random.Random(12)
    rows = 3_000
    base = tmp_path / "base.db"
    store = Store.create(base)
    store.add_employees([(f"Existing {n}", "learner", "pass-1234", None) for n in range(3)])
    store.add_employee("Mei Boss", "manager", "boss-pass-1")  # who signs in to import
    store.close()
    monkeypatch.setenv("SELLERTRAIN_USER", "Mei Boss")  # the child processes inherit it
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "boss-pass-1")
    csv_file = tmp_path / "staff.csv"
    csv_file.write_text(
        "name,role,password,department\n"
        + "".join(f"New Person {n},learner,pass-{n:05d},logistics\n" for n in range(rows)),
        encoding="utf-8",
    )
    probe = tmp_path / "probe.db"
    shutil.copyfile(base, probe)
    duration = calibrate("import", str(probe), str(csv_file))
    outcome = {"before": 0, "after": 0}
    for kill in range(BULK_KILLS):
        db = tmp_path / f"kill-{kill}.db"
        shutil.copyfile(base, db)
        kill_randomly(rng, duration, "import", str(db), str(csv_file))
        integrity(db)
        employees, audit = counts(db, ("employees", "audit_log"))
        assert employees in (4, 4 + rows), employees
        assert audit == employees  # every employee came with its audit row
        outcome["before" if employees == 4 else "after"] += 1
    print(
        f"\nkill test (CSV import of {rows:,} employees, {duration:.2f} s): {BULK_KILLS} kills, "
        f"{outcome['before']} nobody added, {outcome['after']} all added, 0 partial, "
        "0 integrity failures"
    )


def test_sigkill_during_demo_data_adds_all_or_nothing(killable, tmp_path: Path):
    from sellertrain.core.store import Store

    rng = random.Random(13)
    base = tmp_path / "base.db"
    Store.create(base).close()
    tables = (
        "employees",
        "lesson_events",
        "attempts",
        "attempt_results",
        "answers",
        "assignments",
        "audit_log",
    )
    probe = tmp_path / "probe.db"
    shutil.copyfile(base, probe)
    duration = calibrate("demo", str(probe), "150", str(REPO))
    full = counts(probe, tables)
    assert full[0] == 150 and all(n > 0 for n in full)
    empty = counts(base, tables)
    outcome = {"before": 0, "after": 0}
    for kill in range(BULK_KILLS):
        db = tmp_path / f"kill-{kill}.db"
        shutil.copyfile(base, db)
        kill_randomly(rng, duration, "demo", str(db), "150", str(REPO))
        integrity(db)
        found = counts(db, tables)
        assert found in (empty, full), found
        outcome["before" if found == empty else "after"] += 1
    print(
        f"\nkill test (demo data, 150 employees, {duration:.2f} s): {BULK_KILLS} kills, "
        f"{outcome['before']} nothing added, {outcome['after']} all added, 0 partial, "
        "0 integrity failures"
    )
