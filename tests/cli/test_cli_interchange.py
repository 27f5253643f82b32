"""``import-gift``, ``export-gift`` and ``import-aiken`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.content.quizzes import load_quiz
from tests.cli.helpers import run
from tests.conftest import FIXTURES, lesson_source

ALL_KINDS = FIXTURES / "gift" / "all_kinds.gift"


@pytest.fixture
def content(make_content) -> Path:
    return make_content(lessons={"intro": lesson_source("intro")})


def test_import_gift_writes_one_quiz_per_category(capsys, content):
    code, out, err = run(capsys, "import-gift", str(ALL_KINDS), "--content", str(content))
    assert (code, err) == (0, "")
    quizzes = content / "quizzes"
    assert sorted(p.name for p in quizzes.iterdir()) == ["all-kinds-aliexpress.md", "all-kinds.md"]
    assert f"writing {quizzes / 'all-kinds.md'}: 7 questions" in out
    assert "all_kinds.gift:52: essay question" in out
    assert "all_kinds.gift:54: description" in out
    assert "all_kinds.gift:56: could not find the answers" in out
    assert out.strip().splitlines()[-1] == (
        "imported 10 questions in 2 quizzes (1 matching, 1 multiple choice, 2 numerical, "
        "2 short answer, 2 single choice, 2 true/false); 3 not convertible"
    )
    course = load_course(content)
    assert course.errors == []
    assert course.quizzes == {}  # imports are drafts until an author publishes them
    assert course.drafts.quizzes["all-kinds"].pass_mark == 80
    assert run(capsys, "check", "--content", str(content))[0] == 0


def test_import_never_replaces_a_quiz(capsys, tmp_path):
    out_dir = tmp_path / "out"
    assert run(capsys, "import-gift", str(ALL_KINDS), "--out", str(out_dir))[0] == 0
    before = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    code, out, err = run(capsys, "import-gift", str(ALL_KINDS), "--out", str(out_dir))
    assert code == 1 and out == ""
    assert (
        err == f"sellertrain: error: {out_dir / 'all-kinds.md'} already exists; nothing was written"
        " (import it under another id with --id ID)\n"
    )
    assert {p.name: p.read_bytes() for p in out_dir.iterdir()} == before


def test_import_refuses_an_id_another_quiz_uses(capsys, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "other.md").write_text("---\nid: all-kinds-aliexpress\n---\n", encoding="utf-8")
    code, _, err = run(capsys, "import-gift", str(ALL_KINDS), "--out", str(out_dir))
    assert code == 1
    assert "quiz id 'all-kinds-aliexpress' is already used by" in err
    assert sorted(p.name for p in out_dir.iterdir()) == ["other.md"]


def test_windows_1252_file_is_refused_naming_file_and_line(capsys, tmp_path):
    path = FIXTURES / "gift" / "windows-1252.gift"
    code, out, err = run(capsys, "import-gift", str(path), "--out", str(tmp_path / "out"))
    assert (code, out) == (1, "")
    assert err.startswith(f"sellertrain: error: {path}:3: the file is not UTF-8 text")
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_dry_run_writes_nothing(capsys, tmp_path):
    code, out, _ = run(capsys, "import-gift", str(ALL_KINDS), "--out", str(tmp_path), "--dry-run")
    assert code == 0
    assert f"would write {tmp_path / 'all-kinds.md'}: 7 questions" in out
    assert "would import 10 questions" in out
    assert list(tmp_path.glob("*.md")) == []


def test_json_prints_the_parsed_questions(capsys, tmp_path):
    code, out, _ = run(capsys, "import-gift", str(ALL_KINDS), "--out", str(tmp_path), "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data["questions"]) == 12
    first = data["questions"][0]
    assert (first["type"], first["title"], first["line"]) == ("multichoice", "Tracking deadline", 4)
    assert first["options"][0]["correct"] is True
    assert [item["line"] for item in data["not_convertible"]] == [52, 54, 56]
    assert [q["id"] for q in data["quizzes"]] == ["all-kinds", "all-kinds-aliexpress"]
    assert list(tmp_path.glob("*.md")) == []


def test_nothing_convertible_is_an_error(capsys, tmp_path):
    essay = tmp_path / "essay.gift"
    essay.write_text("::E::Describe your store.{}\n", encoding="utf-8")
    code, out, err = run(capsys, "import-gift", str(essay), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "essay.gift:1: essay question" in out
    assert "no question could be converted; nothing was written" in err


def test_export_gift_round_trip(capsys, content, tmp_path):
    assert run(capsys, "import-gift", str(ALL_KINDS), "--content", str(content))[0] == 0
    exported = tmp_path / "export.gift"
    code, out, _ = run(
        capsys, "export-gift", "all-kinds", "--content", str(content), "--out", str(exported)
    )
    assert code == 0 and out == f"wrote 7 questions of quiz all-kinds to {exported}\n"
    assert "$CATEGORY: $course$/All kinds" in exported.read_text(encoding="utf-8")
    again = tmp_path / "again"
    assert run(capsys, "import-gift", str(exported), "--out", str(again))[0] == 0
    (path,) = again.glob("*.md")
    before, _ = load_quiz(content / "quizzes" / "all-kinds.md")
    after, problems = load_quiz(path)
    assert problems == [] and before is not None and after is not None
    assert [(q.text, q.options, q.accepted, q.numbers, q.pairs) for q in after.questions] == [
        (q.text, q.options, q.accepted, q.numbers, q.pairs) for q in before.questions
    ]


def test_export_gift_to_standard_output_and_unknown_quiz(capsys, content):
    assert run(capsys, "import-gift", str(ALL_KINDS), "--content", str(content))[0] == 0
    code, out, _ = run(capsys, "export-gift", "all-kinds-aliexpress", "--content", str(content))
    assert code == 0
    assert "::Deposit::[markdown]Le dépôt de garantie" in out
    code, _, err = run(capsys, "export-gift", "nope", "--content", str(content))
    assert code == 1 and "no valid quiz with id 'nope'" in err


def test_import_aiken_reports_moodle_errors(capsys, tmp_path):
    path = FIXTURES / "aiken" / "errors.txt"
    code, out, _ = run(capsys, "import-aiken", str(path), "--out", str(tmp_path))
    assert code == 0
    assert "errors.txt:3: Question must have at least 2 answers on line 3" in out
    assert "errors.txt:16: Question not completed before next question start on line 16" in out
    assert out.strip().splitlines()[-1] == (
        "imported 1 question in 1 quiz (1 single choice); 5 not convertible"
    )
    quiz, problems = load_quiz(tmp_path / "errors.md")
    assert problems == [] and quiz is not None and len(quiz.questions) == 1


def test_import_aiken_json(capsys, tmp_path):
    path = FIXTURES / "aiken" / "good.txt"
    code, out, _ = run(capsys, "import-aiken", str(path), "--out", str(tmp_path), "--json")
    assert code == 0
    data = json.loads(out)
    assert [q["correct_letter"] for q in data["questions"]] == ["B", "A", "A"]
    assert list(tmp_path.glob("*.md")) == []
