"""``sellertrain publish``: material and editorial decisions from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.training.progress import LessonStatus, course_progress
from tests.cli.helpers import run, sign_in_as
from tests.conftest import REPO

LESSON = "fees-deposits"


@pytest.fixture
def setup(tmp_path: Path):
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
    text = path.read_text(encoding="utf-8")
    assert "Getting the deposit back" in text
    path.write_text(
        text.replace("## Getting the deposit back\n", "## Getting the deposit back\n\nNew rule.\n"),
        encoding="utf-8",
    )
    return content, db, reader


def status(content: Path, db: Path, reader) -> LessonStatus:
    store = Store.open(db)
    try:
        course = load_course(content, deep=False)
        return course_progress(store, course, reader).state(LESSON).status
    finally:
        store.close()


def test_publish_material_marks_readers_of_the_changed_section(capsys, monkeypatch, setup):
    content, db, reader = setup
    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    base = ["--db", str(db), "--content", str(content)]
    code, out, err = run(capsys, "publish", *base, LESSON)
    assert code == 1 and "--material" in err
    code, out, err = run(capsys, "publish", *base, LESSON, "--material", "--section", "nowhere")
    assert code == 1 and "not a changed section" in err and "getting-the-deposit-back" in err
    code, out, _ = run(capsys, "publish", *base, LESSON, "--material", "--by", "Ada Author")
    assert code == 0 and "as material (revision 1; sections: getting-the-deposit-back)" in out
    assert status(content, db, reader) is LessonStatus.NEEDS_REFRESH
    code, out, _ = run(capsys, "publish", *base)
    assert code == 0 and "no lesson has changed" in out


def test_publish_editorial_marks_nobody_and_lists_pending(capsys, monkeypatch, setup):
    content, db, reader = setup
    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    base = ["--db", str(db), "--content", str(content)]
    code, out, _ = run(capsys, "publish", *base, LESSON, "--editorial")
    assert code == 0 and "as editorial (revision 0" in out
    assert status(content, db, reader) is LessonStatus.COMPLETED
    path = content / "lessons" / f"{LESSON}.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("New rule.", "A new rule."), encoding="utf-8"
    )
    code, out, _ = run(capsys, "publish", *base)
    assert code == 0 and f"{LESSON}: changed since" in out and "getting-the-deposit-back" in out


def test_publish_refuses_learners_and_unknown_lessons(capsys, monkeypatch, setup):
    content, db, _ = setup
    base = ["--db", str(db), "--content", str(content)]
    code, _, err = run(capsys, "publish", *base, LESSON, "--material")
    assert code == 2 and "SELLERTRAIN_USER" in err and err.count("\n") == 1
    sign_in_as(monkeypatch, "Rae Reader", "pass-1234")
    code, _, err = run(capsys, "publish", *base, LESSON, "--material")
    assert code == 1 and "Rae Reader is not a manager or author" in err
    code, _, err = run(capsys, "publish", *base, "no-such", "--editorial")
    assert code == 1 and "no valid lesson" in err
    code, _, err = run(
        capsys, "publish", "--db", str(db.with_name("none.db")), "--content", str(content)
    )
    assert code == 1 and "no database" in err


def test_a_changed_quiz_is_listed_and_published_as_material(capsys, monkeypatch, setup):
    from sellertrain.core.training.quiz_terms import publish_first_versions

    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    content, db, _ = setup
    store = Store.open(db)
    publish_first_versions(store, load_course(content, deep=False))
    store.close()
    quiz = content / "quizzes" / "fees-deposits-quiz.md"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("pass_mark: 80", "pass_mark: 60"),
        encoding="utf-8",
    )
    base = ["--db", str(db), "--content", str(content)]
    code, out, _ = run(capsys, "publish", *base)
    assert code == 0 and "fees-deposits-quiz: changed since its publication" in out
    assert "pass mark 80% → 60%" in out and "cannot be taken until published" in out
    code, _, err = run(capsys, "publish", *base, "fees-deposits-quiz", "--editorial")
    assert code == 1 and "publish it as material" in err
    code, out, _ = run(capsys, "publish", *base, "fees-deposits-quiz", "--material")
    assert code == 0 and "published quiz fees-deposits-quiz" in out and "pass mark 60%" in out
    code, out, _ = run(capsys, "publish", *base)
    assert "fees-deposits-quiz" not in out
