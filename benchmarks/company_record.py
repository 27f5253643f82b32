"""Push and pull through a throw-away PostgreSQL: rows per second on a demo database.

``python -m uv run python benchmarks/company_record.py [--employees 500]`` makes the demo
database, starts a cluster (as tests/server/conftest.py does), and times: the first push, a
repeat push (nothing new), the first pull into a fresh database, and a push after one new row.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.server.conftest import throwaway_cluster

from sellertrain.cli.main import main
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import join, sync
from sellertrain.core.store import Store


def timed(what: str, dsn: str, store: Store, counted: str) -> None:
    start = time.perf_counter()
    report = sync(dsn, store)
    seconds = time.perf_counter() - start
    rows = sum(getattr(report, counted).values())
    rate = f"{rows / seconds:,.0f} rows/s" if rows else "-"
    print(f"{what:<34} {rows:>9,} rows {seconds:7.3f} s  {rate}")


def run(employees: int) -> None:
    with tempfile.TemporaryDirectory() as folder, throwaway_cluster() as cluster:
        source_path = Path(folder) / "source.db"
        main(["demo-data", "--employees", str(employees), "--db", str(source_path)])
        dsn = cluster.dsn(cluster.new_database())
        init_server(dsn)
        source = Store.open(source_path)
        join(dsn, source)
        timed("first push", dsn, source, "pushed")
        timed("repeat push (nothing new)", dsn, source, "pushed")
        fresh = Store.create(Path(folder) / "fresh.db")
        join(dsn, fresh)
        timed("first pull into a fresh database", dsn, fresh, "pulled")
        employee = source.employees()[0]
        source.record_lesson_opened(employee.id, "benchmark-lesson", "v1")
        timed("push after one new record", dsn, source, "pushed")
        source.close()
        fresh.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--employees", type=int, default=500)
    run(parser.parse_args().employees)
