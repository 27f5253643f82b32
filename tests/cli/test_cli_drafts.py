"""Drafts on the command line: check, publish, and imports with --id and an audit row."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.content import authoring
from sellertrain.core.content.loader import load_course
from sellertrain.core.store import Store
from tests.cli.helpers import run, sign_in_as
from tests.conftest import lesson_source

GIFT = "::Q1::Which is right? {=Right ~Wrong}\n\n::Q2::Pick the true one. {TRUE}\n"
AIKEN = "Which is right?\nA. Right\nB. Wrong\nANSWER: A\n"


@pytest.fixture
def content(make_content) -> Path:
    return make_content(lessons={"intro": lesson_source("intro")})


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    store = Store.create(path)
    store.add_employee("Ada Author", "author", "pass-1234")
    store.add_employee("Rae Reader", "learner", "pass-1234")
    store.close()
    return path


def audit(db: Path) -> list[tuple[str, str, str | None, dict]]:
    store = Store.open(db)
    try:
        return [
            (e.action, e.subject, e.actor_name, dict(e.details))
            for e in reversed(store.audit_entries())
            if e.action not in ("employee_added",)
        ]
    finally:
        store.close()


def new_lesson(content: Path) -> Path:
    made = authoring.new_lesson(content, load_course(content), "Brazil", "M")
    made.path.write_text(made.text, encoding="utf-8")
    return made.path


def test_check_counts_drafts_and_warns_about_template_text_once_published(capsys, content):
    path = new_lesson(content)
    code, out, _ = run(capsys, "check", "--content", str(content))
    assert code == 0
    assert out.splitlines()[-1] == (
        "1 lesson, 0 quizzes, 0 questions (and 1 draft learners do not see); 0 errors, 0 warnings"
    )
    path.write_text(path.read_text(encoding="utf-8").replace("status: draft\n", ""), "utf-8")
    code, out, _ = run(capsys, "check", "--content", str(content))
    assert code == 0  # warnings do not fail the check
    assert (
        f"{path}:7: warning: template text left in a published file: 'One sentence for the outline"
    ) in out
    assert f"{path}:23: warning: template text left in a published file: 'Explain the" in out
    assert f"{path}:8: warning: the lesson has neither 'reviewed'" in out
    assert out.splitlines()[-1].endswith("0 errors, 8 warnings")


def test_publish_lists_and_publishes_a_draft_with_an_audit_row(capsys, monkeypatch, content, db):
    path = new_lesson(content)
    base = ["--db", str(db), "--content", str(content)]
    code, out, _ = run(capsys, "publish", *base)  # listing drafts asks nobody to sign in
    assert code == 0 and "draft: brazil (lessons/brazil.md): Brazil" in out
    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    code, out, err = run(capsys, "publish", *base, "brazil", "--by", "Ada Author")
    assert code == 1 and "still holds template text" in err and "--force" in err
    assert f"{path}:7: template text: One sentence" in out
    assert "status: draft" in path.read_text(encoding="utf-8")
    code, _, err = run(capsys, "publish", *base, "brazil", "--material")
    assert code == 1 and "is a draft" in err
    code, _, err = run(capsys, "publish", *base, "brazil", "--by", "Rae Reader", "--force")
    assert code == 1 and "is not Ada Author, who signed in" in err
    sign_in_as(monkeypatch, "Rae Reader", "pass-1234")
    code, _, err = run(capsys, "publish", *base, "brazil", "--force")
    assert code == 1 and "Rae Reader is not a manager or author" in err
    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    code, out, _ = run(capsys, "publish", *base, "brazil", "--by", "Ada Author", "--force")
    assert code == 0 and out.startswith("published draft lesson brazil (lessons/brazil.md")
    assert "status: draft" not in path.read_text(encoding="utf-8")
    assert "brazil" in load_course(content).lessons
    ((action, subject, actor, details),) = audit(db)
    assert (action, subject, actor, details["was"]) == (
        "content_published",
        "lessons/brazil.md",
        "Ada Author",
        "draft",
    )


def test_imports_take_an_id_and_are_audited(capsys, monkeypatch, content, db, tmp_path):
    sign_in_as(monkeypatch, "Ada Author", "pass-1234")
    gift, aiken = tmp_path / "questions.gift.txt", tmp_path / "questions.aiken.txt"
    gift.write_text(GIFT, encoding="utf-8")
    aiken.write_text(AIKEN, encoding="utf-8")
    base = ["--content", str(content), "--db", str(db)]
    code, out, _ = run(capsys, "import-gift", str(gift), *base, "--by", "Ada Author")
    assert code == 0 and "the new quizzes are drafts" in out
    code, _, err = run(capsys, "import-aiken", str(aiken), *base)
    assert code == 1 and "questions.md already exists" in err and "--id ID" in err
    code, _, err = run(capsys, "import-aiken", str(aiken), *base, "--id", "Bad Id")
    assert code == 1 and "--id must use lowercase" in err
    code, out, _ = run(capsys, "import-aiken", str(aiken), *base, "--id", "questions-aiken")
    assert code == 0 and f"recorded in the audit log of {db}" in out
    course = load_course(content)
    assert course.quizzes == {}
    assert sorted(course.drafts.quizzes) == ["questions", "questions-aiken"]
    assert [(a, s, who, d["from"], d["questions"]) for a, s, who, d in audit(db)] == [
        ("questions_imported", "quizzes/questions.md", "Ada Author", gift.name, 2),
        ("questions_imported", "quizzes/questions-aiken.md", "Ada Author", aiken.name, 1),
    ]


def test_an_import_names_a_database_that_exists(capsys, content, tmp_path):
    gift = tmp_path / "q.gift"
    gift.write_text(GIFT, encoding="utf-8")
    missing = tmp_path / "typo.db"
    code, _, err = run(
        capsys, "import-gift", str(gift), "--content", str(content), "--db", str(missing)
    )
    assert code == 1 and "no database" in err
    assert not missing.exists() and not (content / "quizzes" / "q.md").exists()
    code, out, _ = run(capsys, "import-gift", str(gift), "--content", str(content))
    assert code == 0 and "audit log" not in out  # no database anywhere: nothing to record in
