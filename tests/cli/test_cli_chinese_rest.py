"""What still showed English to a ``--lang zh-CN`` reader: audit subjects, a section whose
text does not match its hash, and the operating system's file errors."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import SectionText
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from tests.cli.helpers import run, sign_in_as
from tests.conftest import REPO

LESSON = "fees-deposits"


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


@pytest.fixture
def assigned(tmp_path: Path) -> Path:
    db = tmp_path / "team.db"
    store = Store.create(db)
    boss = store.add_employee("Wang Fang", "manager", "boss-pass")
    store.add_assignment(boss.id, "2030-01-01", "everyone", lesson_id=LESSON)
    store.add_assignment(boss.id, "2030-01-01", "role", "learner", module="basics")
    store.close()
    return db


def test_audit_shows_subjects_in_chinese_and_finds_them_by_either_language(capsys, assigned):
    code, out, err = run(capsys, "--lang", "zh-CN", "audit", "--db", str(assigned))
    assert (code, err) == (0, "")
    subjects = [line.split("\t")[3] for line in out.splitlines()]
    assert subjects == [
        "模块 basics 分配给角色：学员",
        f"课程 {LESSON} 分配给所有人",
        "Wang Fang",
    ]
    for needle in ("所有人", "to everyone"):
        found = run(capsys, "--lang", "zh-CN", "audit", "--search", needle, "--db", str(assigned))
        assert found[1].count("\n") == 1 and "分配给所有人" in found[1], needle
    english = run(capsys, "audit", "--db", str(assigned))[1]
    assert f"lesson {LESSON} to everyone" in english and "所有人" not in english
    assert run(capsys, "audit", "--search", "所有人", "--db", str(assigned))[1] == ""


def test_the_audit_csv_is_in_the_chosen_language(capsys, assigned, tmp_path: Path):
    out = tmp_path / "audit.csv"
    args = ("audit", "--csv", "--out", str(out), "--db", str(assigned))
    assert run(capsys, "--lang", "zh-CN", *args)[0] == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][3] == "对象"
    assert [row[3] for row in rows[1:3]] == [
        "模块 basics 分配给角色：学员",
        f"课程 {LESSON} 分配给所有人",
    ]
    assert run(capsys, *args)[0] == 0
    english = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert english[2][3] == f"lesson {LESSON} to everyone"


def test_a_section_text_that_does_not_match_its_hash_is_refused_in_chinese(
    capsys, monkeypatch, tmp_path: Path
):
    """A stored section text edited in the database (its hash kept) reaches the author as
    one Chinese line naming the lesson and the section, and nothing is published."""
    content = tmp_path / "content"
    for name in ("lessons", "quizzes", "assets"):
        shutil.copytree(REPO / name, content / name)
    db = tmp_path / "s.db"
    store = Store.create(db)
    reader = store.add_employee("Rae Reader", "learner", "pass-1234")
    store.add_employee("Ada Author", "author", "pass-1234")
    Session(store, load_course(content, deep=False), reader).complete_lesson(LESSON)
    store.close()
    path = content / "lessons" / f"{LESSON}.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "## Getting the deposit back\n", "## Getting the deposit back\n\nNew rule.\n"
        ),
        encoding="utf-8",
    )
    real = Store.section_texts

    def damaged(self: Store, hashes):  # as if someone edited the stored text, not its hash
        found = real(self, hashes)
        return {
            h: SectionText(s.anchor, s.title, s.text + " (edited)", h) for h, s in found.items()
        }

    monkeypatch.setattr(Store, "section_texts", damaged)
    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    base = ["--db", str(db), "--content", str(content)]
    code, out, err = run(capsys, "--lang", "zh-CN", "publish", *base, LESSON, "--editorial")
    assert code == 1, out
    line = err.removeprefix("sellertrain: error: ")
    assert re.fullmatch(
        rf"课程“{LESSON}”中小节“[a-z0-9-]+”的文字与其哈希值不符；没有保存任何内容\n", line
    ), err
    store = Store.open(db)
    try:
        assert store.publications(LESSON) == []
    finally:
        store.close()


def test_a_file_that_cannot_be_written_is_said_in_chinese(capsys, assigned, tmp_path: Path):
    folder = tmp_path / "a-folder.csv"
    folder.mkdir()
    args = ("audit", "--csv", "--out", str(folder), "--db", str(assigned))
    code, _, err = run(capsys, "--lang", "zh-CN", *args)
    assert code == 1
    assert err == f"sellertrain: error: 无法写入 {folder}：这是文件夹，不是文件\n"
    code, _, err = run(capsys, *args)
    assert err == f"sellertrain: error: cannot write {folder}: it is a folder, not a file\n"
    missing = tmp_path / "no-such-folder" / "audit.csv"
    code, _, err = run(
        capsys, "--lang", "zh-CN", "audit", "--csv", "--out", str(missing), "--db", str(assigned)
    )
    assert err == f"sellertrain: error: 无法写入 {missing}：文件或文件夹不存在\n"


def test_a_failure_no_command_foresaw_is_in_the_readers_language() -> None:
    """The last resort in ``main``: an unforeseen file error or a full disk, said in Chinese."""
    import sqlite3

    from sellertrain.cli.main import _failure
    from sellertrain.core.i18n import Translator

    chinese, english = Translator("zh-CN"), Translator("en")
    denied = PermissionError(13, "Permission denied", "/srv/out/report.pdf")
    said = _failure(denied, chinese)
    assert "/srv/out/report.pdf" in said and not re.search(
        r"[A-Za-z]{3,}", said.replace("/srv/out/report.pdf", "")
    ), said
    assert "/srv/out/report.pdf" in _failure(denied, english)
    full = _failure(sqlite3.OperationalError("database or disk is full"), chinese)
    assert re.search(r"[\u4e00-\u9fff]", full) and "disk is full" not in full, full
    assert "disk is full" in _failure(sqlite3.OperationalError("database or disk is full"), english)
