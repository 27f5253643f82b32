"""The company-record commands: server init, init --server, sync; and their one-line errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from tests.server.conftest import Cluster


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_without_psycopg_the_commands_say_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    status, _out, err = run(["server", "init", "dbname=x"], capsys)
    assert status == 1
    assert "pip install 'sellertrain[server]'" in err
    db = tmp_path / "a.db"
    status, _out, err = run(["init", "--db", str(db), "--server", "dbname=x"], capsys)
    assert status == 1 and "sellertrain[server]" in err
    assert not db.exists()  # nothing made for a server that cannot be used


def test_sync_without_a_server_says_which_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SELLERTRAIN_SERVER", raising=False)
    assert main(["init", "--db", str(tmp_path / "a.db")]) == 0
    status, _out, err = run(["sync", "--db", str(tmp_path / "a.db")], capsys)
    assert status == 1
    assert "SELLERTRAIN_SERVER" in err and len(err.strip().splitlines()) == 1


def test_join_sync_and_an_unreachable_server(
    pg_cluster: Cluster,
    server_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _err = run(["server", "init", server_db], capsys)
    assert status == 0 and "ready (schema 0 -> 5)" in out
    assert "up to date" in run(["server", "init", server_db], capsys)[1]
    db = tmp_path / "a.db"
    assert main(["demo-data", "--employees", "3", "--db", str(db)]) == 0
    status, out, _err = run(
        ["--lang", "zh-CN", "init", "--db", str(db), "--server", server_db], capsys
    )
    assert status == 0 and out.splitlines()[-1].startswith(f"{db} 已属于公司记录 ")
    assert "请运行“sellertrain sync”发送其记录并获取其他记录" in out
    status, out, _err = run(["init", "--db", str(db), "--server", server_db], capsys)
    assert status == 0 and "already belongs to the company record" in out
    status, _out, err = run(["demo-data", "--employees", "3", "--db", str(db), "--force"], capsys)
    assert status == 1 and "belongs to a company record: demo data goes in" in err
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    status, out, _err = run(["sync", "--db", str(db)], capsys)
    assert status == 0
    assert "pushed" in out and "3 employees" in out and len(out.strip().splitlines()) == 1
    status, out, _err = run(["--lang", "zh-CN", "sync", "--db", str(db)], capsys)
    assert status == 0 and out.startswith("同步用时 ") and "推送 0 行；拉取 " in out
    down = f"host=127.0.0.1 port={pg_cluster.port + 1} dbname=x user=postgres connect_timeout=2"
    monkeypatch.setenv("SELLERTRAIN_SERVER", down)
    status, _out, err = run(["sync", "--db", str(db)], capsys)
    assert status == 1
    assert err.startswith("sellertrain: error: cannot reach the company server")
    assert len(err.strip().splitlines()) == 1
