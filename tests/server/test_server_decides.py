"""The writes the company server decides: new employees and publication revisions.

The same name added on two PCs must not become two people, and two authors must not both
publish revision 3: on a database that belongs to a company record both are made on the
server first, and refused in one line when it cannot be reached.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.models import SectionText, section_digest
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.link import ServerLink
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store, StoreError
from tests.server.conftest import Cluster
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
PASSWORD = "a long enough password 7"


def _two_pcs(server_db: str, tmp_path: Path) -> tuple[Store, Store]:
    init_server(server_db)
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(server_db, one)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two)
    return one, two


def _server_names(dsn: str) -> list[str]:
    with psycopg.connect(dsn) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM sellertrain.employees")]


def _offline(store: Store, cluster: Cluster) -> None:
    down = f"host=127.0.0.1 port={cluster.port + 1} dbname=x user=postgres connect_timeout=2"
    store.company = ServerLink(down, store)


def test_the_same_name_on_two_pcs_is_one_person(server_db: str, tmp_path: Path) -> None:
    one, two = _two_pcs(server_db, tmp_path)
    added = one.add_employee("Dana Kim", "learner", PASSWORD)
    assert "Dana Kim" in _server_names(server_db)  # on the server before any sync
    with pytest.raises(StoreError, match="'Dana Kim' already exists in the company record"):
        two.add_employee("dana  KIM", "learner", PASSWORD)
    assert two.employee_by_name("Dana Kim") is None  # nothing half-made here
    sync(server_db, two)
    assert two.employee_by_name("dana kim").id == added.id
    assert sync(server_db, one).pushed.get("employees", 0) == 0  # already there
    assert _server_names(server_db).count("Dana Kim") == 1
    one.close()
    two.close()


def test_offline_or_unconfigured_adding_is_refused_in_one_line(
    pg_cluster: Cluster, server_db: str, tmp_path: Path
) -> None:
    one, two = _two_pcs(server_db, tmp_path)
    _offline(one, pg_cluster)
    with pytest.raises(StoreError) as offline:
        one.add_employee("Eli Park", "learner", PASSWORD)
    assert str(offline.value).startswith("adding an employee needs the company server, which")
    assert "\n" not in str(offline.value)
    two.company = None  # joined, but no server address on this PC
    with pytest.raises(StoreError, match=r"needs the company server.*SELLERTRAIN_SERVER"):
        two.add_employee("Eli Park", "learner", PASSWORD)
    for store in (one, two):
        assert store.employee_by_name("Eli Park") is None
        store.close()
    assert "Eli Park" not in _server_names(server_db)


def test_the_cli_refuses_adding_an_employee_offline(
    pg_cluster: Cluster,
    server_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    one, _two = _two_pcs(server_db, tmp_path)
    manager = next(e for e in one.employees() if e.role.value == "manager")
    one.close()
    monkeypatch.setenv("SELLERTRAIN_USER", manager.name)  # the CLI signs a manager in first
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "demo")
    down = f"host=127.0.0.1 port={pg_cluster.port + 1} dbname=x user=postgres connect_timeout=2"
    monkeypatch.setenv("SELLERTRAIN_SERVER", down)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    capsys.readouterr()
    status = main(["employees", "add", "Eli Park", "--role", "learner", "--db", str(one.path)])
    err = capsys.readouterr().err
    assert status == 1 and "needs the company server" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["employees", "add", "Eli Park", "--role", "learner", "--db", str(one.path)]) == 0
    assert "Eli Park" in _server_names(server_db)


def _publish(store: Store, lesson: str, text: str) -> int:
    before = SectionText("rule", "The rule", "old words", section_digest("old words"))
    after = SectionText("rule", "The rule", text, section_digest(text))
    author = store.employees()[0].id
    publication = store.record_publication(
        lesson, text, "v0", "material", ["rule"], [after], [before], author
    )
    return publication.revision


def test_two_authors_cannot_both_publish_the_same_revision(
    pg_cluster: Cluster, server_db: str, tmp_path: Path
) -> None:
    one, two = _two_pcs(server_db, tmp_path)
    assert _publish(one, "returns", "new words 1") == 1
    assert _publish(two, "returns", "new words 2") == 2  # two never synced in between
    assert _publish(one, "returns", "new words 3") == 3
    assert _publish(two, "other-lesson", "x") == 1
    with psycopg.connect(server_db) as conn:
        on_server = conn.execute(
            "SELECT revision FROM sellertrain.lesson_publications WHERE lesson_id = 'returns'"
            " ORDER BY revision"
        ).fetchall()
    assert [row[0] for row in on_server] == [1, 2, 3]
    _offline(two, pg_cluster)
    with pytest.raises(StoreError, match=r"^publishing needs the company server, which"):
        _publish(two, "returns", "offline words")
    for store in (one, two):
        sync(server_db, store)
        assert sorted(p.revision for p in store.publications("returns")) == [1, 2, 3]
        report = store.verify_records()
        assert report.ok, [str(p) for p in report.problems]
        store.close()
