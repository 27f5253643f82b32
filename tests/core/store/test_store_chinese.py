"""The Store's refusals read in Chinese where a person chose it, and stay English for str()."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.language import CHINESE, ENGLISH
from sellertrain.core.message import localize_error
from sellertrain.core.store import (
    SCHEMA_VERSION,
    Store,
    StoreError,
    backup_database,
    restore_database,
)


def refusal(call, *args) -> StoreError:
    with pytest.raises(StoreError) as info:
        call(*args)
    return info.value


def test_a_backup_into_a_folder_is_refused_in_chinese(tmp_path: Path) -> None:
    Store.create(tmp_path / "app.db").close()
    (tmp_path / "backups").mkdir()
    error = refusal(backup_database, tmp_path / "app.db", tmp_path / "backups")
    folder = tmp_path / "backups"
    assert str(error) == f"{folder} is a folder; give a file name for the backup"
    assert localize_error(error, ENGLISH) == str(error)
    assert localize_error(error, CHINESE) == f"{folder} 是文件夹；请为备份指定一个文件名"


def test_restoring_a_newer_backup_is_refused_in_chinese_with_both_parts(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    Store.create(path).close()
    newer = tmp_path / "newer.db"
    backup_database(path, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    error = refusal(restore_database, newer, path)
    assert str(error) == (
        f"{newer} was written by a newer SellerTrain (schema {SCHEMA_VERSION + 1}, this app "
        f"knows {SCHEMA_VERSION}); update SellerTrain first; nothing was replaced"
    )
    assert localize_error(error, CHINESE) == (
        f"{newer} 由更新版本的 SellerTrain 写入（结构版本 {SCHEMA_VERSION + 1}，本程序只认识到 "
        f"{SCHEMA_VERSION}）；请先更新 SellerTrain；未替换任何内容"
    )


def test_a_database_of_another_program_is_refused_in_chinese(tmp_path: Path) -> None:
    foreign = tmp_path / "invoices.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    error = refusal(Store.open, foreign)
    assert localize_error(error, CHINESE) == (
        f"{foreign} 不是 SellerTrain 数据库；文件未做更改。请用 --db 选择其他文件。"
    )


def test_employee_refusals_are_chinese(store: Store) -> None:
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    taken = refusal(store.add_employee, "ana  li", "learner", "pass-5678")
    assert str(taken) == "an employee named 'ana li' already exists"
    assert localize_error(taken, CHINESE) == "已有名为“ana li”的员工"
    role = refusal(store.add_employee, "Bo Chen", "boss", "pass-5678")
    assert localize_error(role, CHINESE) == (
        "Bo Chen 的角色“boss”未知（可用：'learner'、'manager' 或 'author'）"
    )
    wrong = refusal(store.change_password, ana.id, "not-it-1234", "pass-9999")
    assert localize_error(wrong, CHINESE) == "当前密码不正确；密码未更改"


def test_the_action_named_in_a_refusal_is_chinese_too(store: Store) -> None:
    """A joined database without a server: the refusal names the action, translated."""
    store.conn.execute("INSERT INTO sync_state (key, value) VALUES ('server_id', 'record-1')")
    store.conn.commit()
    error = refusal(store.add_employee, "Ana Li", "learner", "pass-1234")
    assert str(error).startswith("adding an employee needs the company server: ")
    assert localize_error(error, CHINESE).startswith("添加员工需要公司服务器：")


def test_a_verify_records_finding_is_chinese(store: Store, tmp_path: Path) -> None:
    """A finding and the record it describes (a Message inside a Message) both translate."""
    from sellertrain.core.message import localize
    from sellertrain.core.store.current_schema import APPEND_ONLY_TRIGGERS

    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(ana.id, "quiz-a", "v1", 1)
    store.finish_attempt(attempt.id, 100.0, True, [])
    conn = sqlite3.connect(tmp_path / "test.db")  # a forger, around the safeguards
    for trigger in APPEND_ONLY_TRIGGERS:
        conn.execute(trigger.drop)
    conn.execute("DELETE FROM attempts WHERE id = ?", [attempt.id])
    for trigger in APPEND_ONLY_TRIGGERS:
        conn.execute(trigger.create)
    conn.commit()
    conn.close()
    problems = store.verify_records().problems
    (problem,) = [p for p in problems if p.message.endswith("its attempt row was deleted")]
    assert problem.message.startswith(f"record #1 (attempt {attempt.id}, quiz ?, finished ")
    assert problem.message.endswith("): its attempt row was deleted")
    chinese = localize(problem.message, CHINESE)
    assert chinese.startswith(f"第 1 条记录（作答 {attempt.id}，测验 ?，完成于 ")
    assert chinese.endswith("）：它的作答记录行已被删除")
    assert str(problem) == f"Ana Li: {problem.message}"
    assert localize(str(problem), CHINESE) == f"Ana Li：{chinese}"
