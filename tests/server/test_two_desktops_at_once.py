"""Two desktops pushing at the same moment, round after round: no row lost, none twice
(benchmarks/company_record.py runs the same race for 100 rounds)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "company_record.py"


def test_two_desktops_pushing_at_once_lose_nothing(server_db: str, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("company_record_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    init_server(server_db)
    seed = joined_store(demo_database(tmp_path / "seed.db", 2), server_db)
    sync(server_db, seed)
    seed.close()
    made, stored, twice = benchmark.two_desktops(server_db, tmp_path, rounds=12)
    assert (made, stored, twice) == (24, 24, 0)
