"""Push and pull through a throw-away PostgreSQL: rows per second on a demo database, and two
desktops pushing at once.

``python -m uv run python benchmarks/company_record.py [--employees 500] [--db DEMO.db]
[--rounds 100]`` makes (or copies) the demo database, starts a cluster (as
tests/server/conftest.py does), and times: the first push, a repeat push (nothing new), the
first pull into a fresh database, and a push after one new row, each with the process's peak
memory during it (Linux: VmHWM, reset before each step). Then two desktops each add a
record and sync, at the same time, ``--rounds`` times, and the server's rows are counted
against what both made (none lost, none twice). The load average is printed with each figure:
client and server share this machine's cores.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.server.conftest import throwaway_cluster

from sellertrain.cli.main import main
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import join, sync
from sellertrain.core.store import Store


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def reset_peak() -> None:
    """Start the process's peak memory (VmHWM) afresh from its size now (Linux only)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_mib() -> str:
    """The process's peak resident memory since ``reset_peak``, in MiB ("-" if unknown)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return "-"
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return f"{int(line.split()[1]) / 1024:,.0f} MiB"
    return "-"


def timed(what: str, dsn: str, store: Store, counted: str) -> None:
    reset_peak()
    start = time.perf_counter()
    report = sync(dsn, store)
    seconds = time.perf_counter() - start
    rows = sum(getattr(report, counted).values())
    rate = f"{rows / seconds:,.0f} rows/s" if rows else "-"
    print(
        f"{what:<34} {rows:>9,} rows {seconds:7.3f} s  {rate:>15}  peak {peak_mib():>9}  "
        f"({load()})",
        flush=True,
    )


def two_desktops(dsn: str, folder: Path, rounds: int) -> tuple[int, int, int]:
    """Two PCs add a record and sync at the same moment, ``rounds`` times: (made, on the
    server, duplicated)."""
    import psycopg

    pcs = []
    for name in ("pc-a", "pc-b"):
        store = Store.create(folder / f"{name}.db")
        join(dsn, store)
        sync(dsn, store)
        pcs.append(store)
    employee = pcs[0].employees()[0].id
    barrier = threading.Barrier(2)
    made: list[str] = []
    errors: list[BaseException] = []

    def desktop(path: Path) -> None:
        store = Store.open(path)
        try:
            for number in range(rounds):
                event = store.record_lesson_opened(employee, f"race-{path.stem}-{number}", "v1")
                made.append(event)
                barrier.wait()
                sync(dsn, store)
        except BaseException as exc:  # reported after both threads end
            errors.append(exc)
            barrier.abort()
        finally:
            store.close()

    threads = [threading.Thread(target=desktop, args=(pc.path,)) for pc in pcs]
    for pc in pcs:
        pc.close()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    with psycopg.connect(dsn) as conn:
        found = conn.execute(
            "SELECT count(*), count(DISTINCT id) FROM sellertrain.lesson_events "
            "WHERE lesson_id LIKE 'race-%'"
        ).fetchone()
    assert found is not None
    for name in ("pc-a", "pc-b"):  # each PC pulls the other's: both hold all of them
        store = Store.open(folder / f"{name}.db")
        sync(dsn, store)
        here = store.conn.execute(
            "SELECT count(*) FROM lesson_events WHERE lesson_id LIKE 'race-%'"
        ).fetchone()[0]
        store.close()
        assert here == len(made), (name, here, len(made))
    return len(made), int(found[1]), int(found[0]) - int(found[1])


def run(employees: int, demo: Path | None, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as name, throwaway_cluster() as cluster:
        folder = Path(name)
        source_path = folder / "source.db"
        if demo is not None:
            shutil.copyfile(demo, source_path)
        else:
            main(["demo-data", "--employees", str(employees), "--db", str(source_path)])
        dsn = cluster.dsn(cluster.new_database())
        init_server(dsn)
        source = Store.open(source_path)
        join(dsn, source)
        print(f"{source_path.stat().st_size / 1e6:.0f} MB demo database, {load()}", flush=True)
        timed("first push", dsn, source, "pushed")
        timed("repeat push (nothing new)", dsn, source, "pushed")
        fresh = Store.create(folder / "fresh.db")
        join(dsn, fresh)
        timed("first pull into a fresh database", dsn, fresh, "pulled")
        employee = source.employees()[0]
        source.record_lesson_opened(employee.id, "benchmark-lesson", "v1")
        timed("push after one new record", dsn, source, "pushed")
        source.close()
        fresh.close()
        if rounds:
            start = time.perf_counter()
            made, stored, twice = two_desktops(dsn, folder, rounds)
            seconds = time.perf_counter() - start
            print(
                f"two desktops x {rounds} rounds: made {made}, on the server {stored}, "
                f"lost {made - stored}, duplicated {twice} in {seconds:.1f} s ({load()})",
                flush=True,
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--employees", type=int, default=500)
    parser.add_argument("--db", type=Path, help="an existing demo database to copy instead")
    parser.add_argument("--rounds", type=int, default=100)
    arguments = parser.parse_args()
    run(arguments.employees, arguments.db, arguments.rounds)
