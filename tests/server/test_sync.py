"""Push and pull through a real (throw-away) PostgreSQL: round trip, idempotence, order, roles."""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from sellertrain.cli.main import main
from sellertrain.core.language import CHINESE
from sellertrain.core.message import localize, localize_error
from sellertrain.core.server.connection import ServerError, init_server
from sellertrain.core.server.link import attach_company
from sellertrain.core.server.sync import SyncReport, join, sync
from sellertrain.core.server.tables import SYNCED_TABLES
from sellertrain.core.store import Store
from sellertrain.core.store.current_schema import SUMMARY_TABLES
from sellertrain.core.store.sync_rows import server_id
from tests.core.store.test_summaries import team_texts
from tests.server.conftest import Cluster

psycopg = pytest.importorskip("psycopg")


def demo_database(path: Path, employees: int = 12) -> Path:
    assert main(["demo-data", "--employees", str(employees), "--db", str(path)]) == 0
    return path


def rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    """A table's rows; team_summary's with the texts its codes stand for (the codes of two
    databases differ with the order their records arrived in, m024)."""
    conn = sqlite3.connect(path)
    try:
        if table == "team_summary":
            return sorted(team_texts(conn), key=repr)
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


def joined_store(path: Path, dsn: str) -> Store:
    """The database at ``path`` joined to the company record at ``dsn``, as the app opens it."""
    store = Store.create(path)
    join(dsn, store)
    attach_company(store, dsn)
    return store


def test_synced_tables_match_the_local_schema(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "a.db")
    try:
        for table in SYNCED_TABLES:
            info = store.conn.execute(f"PRAGMA table_info({table.name})").fetchall()
            # (the answers view, m020, shows its rows' rowid as a column of that name)
            columns = tuple(column[1] for column in info if column[1] != "rowid")
            assert columns == table.columns, table.name
    finally:
        store.close()


def test_server_init_twice_changes_nothing(server_db: str) -> None:
    before, info = init_server(server_db)
    again, same = init_server(server_db)
    assert (before, again) == (0, 5)
    assert same == info


def test_a_pulled_copy_is_the_same_record(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_server(server_db)
    source = joined_store(demo_database(tmp_path / "source.db"), server_db)
    first = sync(server_db, source)
    assert first.pushed["attempt_results"] == len(rows(source.path, "attempt_results"))
    assert first.pulled == {}  # its own rows are not fetched back
    again = sync(server_db, source)  # idempotent: nothing new either way
    assert (again.pushed, again.pulled) == ({}, {})
    source.close()

    copy = joined_store(tmp_path / "copy.db", server_db)
    pulled = sync(server_db, copy)
    assert pulled.pulled["answers"] == len(rows(source.path, "answers"))
    assert (sync(server_db, copy).pushed, sync(server_db, copy).pulled) == ({}, {})
    copy.close()
    for table in [t.name for t in SYNCED_TABLES if t.name != "departments"] + [
        *SUMMARY_TABLES,
    ]:
        assert rows(copy.path, table) == rows(source.path, table), table
    capsys.readouterr()
    assert main(["verify-records", "--db", str(copy.path)]) == 0
    assert "no problems" in capsys.readouterr().out


def test_new_rows_travel_both_ways(server_db: str, tmp_path: Path) -> None:
    init_server(server_db)
    one = joined_store(demo_database(tmp_path / "one.db", 4), server_db)
    sync(server_db, one)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two)
    employee = two.employees()[0]
    two.record_lesson_opened(employee.id, "extra-lesson", "v1")
    report = sync(server_db, two)
    assert report.pushed == {"lesson_events": 1}
    assert report.pulled == {}
    assert sync(server_db, one).pulled == {"lesson_events": 1}
    assert rows(one.path, "lesson_summary") == rows(two.path, "lesson_summary")
    assert rows(one.path, "team_summary") == rows(two.path, "team_summary")  # m019 followed
    one.close()
    two.close()


def test_a_second_company_is_refused(pg_cluster: Cluster, server_db: str, tmp_path: Path) -> None:
    init_server(server_db)
    other = pg_cluster.dsn(pg_cluster.new_database())
    init_server(other)
    store = joined_store(tmp_path / "a.db", server_db)
    with pytest.raises(ServerError, match="another company record") as refused:
        sync(other, store)
    chinese = localize_error(refused.value, CHINESE)  # what the status bar and --lang zh-CN show
    assert chinese.startswith("这个地址上的服务器存放的是另一份公司记录")
    assert chinese.endswith("没有同步任何内容") and server_id(store.conn) in chinese
    with pytest.raises(Exception, match="never syncs with a second company"):
        join(other, store)
    store.close()


def test_a_database_that_never_joined_is_told_how_in_either_language(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "alone.db")
    with pytest.raises(ServerError, match="has not joined a company record") as refused:
        sync("host=127.0.0.1 port=1 dbname=nowhere", store)
    assert localize_error(refused.value, CHINESE) == (
        f"{store.path} 尚未加入公司记录：请先运行“sellertrain init --db {store.path} --server DSN”"
    )
    store.close()


def test_the_sync_summary_is_said_in_chinese_with_its_counts() -> None:
    report = SyncReport({"employees": 1}, {"employees": 2, "attempts": 3}, 1.25, content=("a.md",))
    assert report.summary() == (
        "synced in 1.2 s: pushed 1 row (1 employee); pulled 5 rows (2 employees, "
        "3 quiz attempts); wrote 1 content file"
    )
    assert localize(report.summary(), CHINESE) == (
        "同步用时 1.2 秒：推送 1 行（1 名员工）；拉取 5 行（2 名员工、3 条测验记录）；"
        "写入了 1 个课程内容文件"
    )


def test_every_synced_table_has_a_name_for_people_in_both_languages() -> None:
    for table in SYNCED_TABLES:
        line = SyncReport(pulled={table.name: 2}).summary()
        english = str(line).split("(", 1)[1]
        assert "_" not in english and "(s)" not in english, english  # "2 quiz attempts"
        chinese = localize(line, CHINESE)
        assert re.search(r"[a-zA-Z_]", chinese.split("（", 1)[1]) is None, chinese


def _login(cluster: Cluster, dsn: str, group: str) -> str:
    name = f"{group.split('_')[1]}_login"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN IN ROLE {group}")
    return dsn.replace("user=postgres", f"user={name}")


def test_the_desktop_role_may_add_but_never_change(
    pg_cluster: Cluster, server_db: str, tmp_path: Path
) -> None:
    init_server(server_db)
    manager = _login(pg_cluster, server_db, "sellertrain_manager")
    desktop = _login(pg_cluster, server_db, "sellertrain_desktop")
    source = joined_store(demo_database(tmp_path / "a.db", 3), server_db)
    with pytest.raises(ServerError, match="may not add employees"):
        sync(desktop, source)  # staff are added from a manager's login
    sync(manager, source)
    source.close()
    with psycopg.connect(desktop) as conn:
        assert conn.execute("SELECT count(*) FROM sellertrain.attempt_results").fetchone()[0] > 0
        for statement in (
            "UPDATE sellertrain.attempt_results SET score = 100",
            "DELETE FROM sellertrain.answers",
            "TRUNCATE sellertrain.lesson_events",
            "UPDATE sellertrain.employees SET role = 'manager'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
    # even the owner: the triggers refuse
    with (
        psycopg.connect(server_db) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"),
    ):
        conn.execute("DELETE FROM sellertrain.answers")


def test_a_naive_cursor_loses_a_late_commit_and_the_lock_prevents_it(server_db: str) -> None:
    """Two writers: the one holding the lower sequence number commits last."""
    init_server(server_db)
    with psycopg.connect(server_db, autocommit=True) as setup:
        setup.execute("CREATE TABLE naive (seq bigint GENERATED ALWAYS AS IDENTITY, v text)")
    early, late = psycopg.connect(server_db), psycopg.connect(server_db)
    early.execute("INSERT INTO naive (v) VALUES ('early')")  # takes seq 1, commits last
    late.execute("INSERT INTO naive (v) VALUES ('late')")  # takes seq 2
    late.commit()
    with psycopg.connect(server_db) as reader:
        seen = reader.execute("SELECT seq FROM naive WHERE seq > 0").fetchall()
        cursor = max(seq for (seq,) in seen)
        early.commit()
        after = reader.execute("SELECT v FROM naive WHERE seq > %s", (cursor,)).fetchall()
    assert after == []  # 'early' is on the server, but this pull will never see it
    # the record tables: a second writer waits for the first to commit before it numbers rows
    insert = (
        "INSERT INTO sellertrain.section_texts (hash, lesson_id, anchor, title, text) "
        "VALUES (%s, 'l', 'a', 't', 'x')"
    )
    early.execute(insert, ("h1",))
    done = threading.Event()

    def second_writer() -> None:
        with psycopg.connect(server_db) as conn:
            conn.execute(insert, ("h2",))
        done.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    assert not done.wait(0.5)  # blocked behind the first writer's lock
    with psycopg.connect(server_db) as reader:
        assert reader.execute("SELECT count(*) FROM sellertrain.section_texts").fetchone()[0] == 0
    early.commit()
    thread.join(10)
    assert done.is_set()
    with psycopg.connect(server_db) as reader:
        order = reader.execute(
            "SELECT hash FROM sellertrain.section_texts ORDER BY server_seq"
        ).fetchall()
    assert order == [("h1",), ("h2",)]
    early.close()
    late.close()


def test_a_sync_cut_short_is_completed_by_the_next(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A push that fails halfway leaves the server unchanged; a pull, the local file."""
    from sellertrain.core.server import push as push_module
    from sellertrain.core.store import sync_rows

    init_server(server_db)
    source = joined_store(demo_database(tmp_path / "source.db", 5), server_db)
    real_push_table = push_module._push_table
    calls = []

    def failing_push_table(cur: Any, table: Any, batch: Any, results: Any) -> int:
        calls.append(table.name)
        if len(calls) == 4:  # the server goes away after three tables
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        return real_push_table(cur, table, batch, results)

    monkeypatch.setattr(push_module, "_push_table", failing_push_table)
    with pytest.raises(ServerError, match="push to the company record failed"):
        sync(server_db, source)
    with psycopg.connect(server_db) as conn:
        assert conn.execute("SELECT count(*) FROM sellertrain.employees").fetchone()[0] == 0
    monkeypatch.setattr(push_module, "_push_table", real_push_table)
    assert sync(server_db, source).pushed["answers"] == len(rows(source.path, "answers"))

    copy = joined_store(tmp_path / "copy.db", server_db)
    real_set = sync_rows._set

    def failing_set(conn: Any, key: str, value: int) -> None:
        if key.startswith("pulled."):  # killed after the rows, before the cursors
            raise sqlite3.OperationalError("disk I/O error")
        real_set(conn, key, value)

    monkeypatch.setattr(sync_rows, "_set", failing_set)
    with pytest.raises(sqlite3.OperationalError):
        sync(server_db, copy)
    assert rows(copy.path, "answers") == []
    monkeypatch.setattr(sync_rows, "_set", real_set)
    sync(server_db, copy)
    source.close()
    copy.close()
    for table in [t.name for t in SYNCED_TABLES if t.name != "departments"]:
        assert rows(copy.path, table) == rows(source.path, table), table


def test_a_large_pull_computes_the_same_summaries_once(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From BULK_PULL_ROWS rows the summary triggers are off for the pull and the summaries
    computed once at the end: the same tables as row by row, triggers and index back."""
    from sellertrain.core.store import sync_rows
    from sellertrain.core.store.current_schema import REBUILT_AFTER_BULK_WRITES

    init_server(server_db)
    source = joined_store(demo_database(tmp_path / "source.db", 6), server_db)
    sync(server_db, source)
    source.close()
    monkeypatch.setattr(sync_rows, "BULK_PULL_ROWS", 1)
    copy = joined_store(tmp_path / "copy.db", server_db)
    sync(server_db, copy)
    present = dict(copy.conn.execute("SELECT name, sql FROM sqlite_master").fetchall())
    assert all(present.get(item.name) == item.create for item in REBUILT_AFTER_BULK_WRITES)
    assert copy.verify_records().ok
    copy.close()
    for table in (*SUMMARY_TABLES, "answers", "attempt_results"):
        assert rows(copy.path, table) == rows(source.path, table), table
