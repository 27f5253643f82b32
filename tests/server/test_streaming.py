"""Push and pull as streams: straight COPY with a careful fallback, and pulls in chunks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from sellertrain.core.server import pull as pull_module
from sellertrain.core.server import push as push_module
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.server.tables import SYNCED_TABLES
from sellertrain.core.store import Store
from tests.server.test_sync import demo_database, joined_store, rows

psycopg = pytest.importorskip("psycopg")


def careful_tables(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables each push sends through the temporary table, in order."""
    seen: list[str] = []
    real = push_module._through_temporary

    def spy(cur: Any, table: Any, rows: Any) -> int:
        seen.append(table.name)
        return int(real(cur, table, rows))

    monkeypatch.setattr(push_module, "_through_temporary", spy)
    return seen


def server_keys(dsn: str, table: str, key: str) -> list[Any]:
    with psycopg.connect(dsn) as conn:
        found = conn.execute(f"SELECT {key} FROM sellertrain.{table}").fetchall()
    return sorted(value for (value,) in found)


def local_keys(store: Store, table: str, key: str) -> list[Any]:
    return sorted(value for (value,) in store.conn.execute(f"SELECT {key} FROM {table}"))


def test_a_push_that_finds_its_rows_on_the_server_falls_back_and_ends_identical(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    init_server(server_db)
    source = joined_store(demo_database(tmp_path / "source.db", 5), server_db)
    careful = careful_tables(monkeypatch)
    first = sync(server_db, source).pushed
    chained = [t.name for t in SYNCED_TABLES if t.order and first.get(t.name)]
    assert careful == chained  # every other table went straight in with COPY
    assert first["answers"] == len(rows(source.path, "answers")) > 0

    # the server committed that push, but this PC never noted it (killed just after)
    with source.db.atomic():
        source.conn.execute("DELETE FROM sync_state WHERE key LIKE 'pushed.%'")
    employee = source.employees()[0].id
    new_event = source.record_lesson_opened(employee, "after-the-kill", "v1")
    careful.clear()
    again = sync(server_db, source).pushed
    assert {name: n for name, n in again.items() if n} == {"lesson_events": 1}
    assert {"employees", "lesson_events", "attempts", "answers"} <= set(careful)
    for table in SYNCED_TABLES:
        if table.pushed:  # none lost, none twice
            on_server = server_keys(server_db, table.name, table.key)
            assert on_server == local_keys(source, table.name, table.key), table.name
    assert new_event in server_keys(server_db, "lesson_events", "id")
    assert sync(server_db, source).pushed == {}  # the watermarks moved: nothing left

    copy = joined_store(tmp_path / "copy.db", server_db)
    sync(server_db, copy)
    source.close()
    copy.close()
    for table in [t.name for t in SYNCED_TABLES if t.name != "departments"]:
        assert rows(copy.path, table) == rows(source.path, table), table


def test_a_pull_in_chunks_smaller_than_the_data(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three rows at a time: the same copy; a row committed during the pull waits for the
    next one (the end was fixed when the pull began), and is not lost."""
    init_server(server_db)
    source = joined_store(demo_database(tmp_path / "source.db", 3), server_db)
    sync(server_db, source)
    employee = source.employees()[0].id
    sizes: list[int] = []
    late: list[str] = []
    real_insert = pull_module.insert_pulled

    def counting(
        store: Store, chunks: Iterable[tuple[str, Sequence[Any]]], *args: Any
    ) -> dict[str, int]:
        def watched() -> Iterable[tuple[str, Sequence[Any]]]:
            for name, chunk in chunks:
                sizes.append(len(chunk))
                if len(sizes) == 1:  # another PC pushes while this pull is under way
                    late.append(source.record_lesson_opened(employee, "during-pull", "v1"))
                    assert sync(server_db, source).pushed["lesson_events"] == 1
                yield name, chunk

        return real_insert(store, watched(), *args)

    monkeypatch.setattr(pull_module, "insert_pulled", counting)
    copy = joined_store(tmp_path / "copy.db", server_db)
    with psycopg.connect(server_db) as conn:
        pulled = pull_module.pull(conn, copy, chunk_rows=3)
    on_server = sum(len(server_keys(server_db, t.name, t.key)) for t in SYNCED_TABLES)
    assert max(sizes) == 3 and len(sizes) > 3 * len(pulled)
    assert sum(sizes) == on_server - 1  # every row but the late one, once
    assert late[0] not in local_keys(copy, "lesson_events", "id")
    assert pulled["answers"] == len(rows(source.path, "answers"))

    with psycopg.connect(server_db) as conn:
        assert pull_module.pull(conn, copy, chunk_rows=3) == {"lesson_events": 1}
        assert pull_module.pull(conn, copy, chunk_rows=3) == {}
    assert late[0] in local_keys(copy, "lesson_events", "id")
    assert copy.verify_records().ok
    source.close()
    copy.close()
    for table in [t.name for t in SYNCED_TABLES if t.name != "departments"]:
        assert rows(copy.path, table) == rows(source.path, table), table
