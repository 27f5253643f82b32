"""Making a draft live on a company record: the server decides it, and its files travel.

A draft lesson made live on one desktop (with its draft quiz and its zh-CN variant) reaches
another desktop's content folder at its next sync; offline it is refused with nothing written;
a second author making the same draft live is refused (someone else published it first) and
keeps their own draft. A draft quiz's zh-CN variant travels too.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.content.drafts import is_draft_text, publish_drafts
from sellertrain.core.content.loader import load_course
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store, StoreError
from sellertrain.core.training import retraining
from tests.server.conftest import Cluster, Desktops
from tests.server.test_server_decides import _offline

psycopg = pytest.importorskip("psycopg")
LESSON, QUIZ = "appeal-letter-2", "appeal-letter-2-quiz"
FILES = (f"lessons/{LESSON}.md", f"lessons/{LESSON}.zh-CN.md", f"quizzes/{QUIZ}.md")


def _copy_as_draft(root: Path, source: str, target: str, **changes: str) -> None:
    """``source`` in ``root`` copied to ``target`` with front matter ``changes`` and, for an
    original (not a variant), a ``status: draft`` line."""
    text = (root / source).read_text(encoding="utf-8")
    for key, value in changes.items():
        text = re.sub(rf"(?m)^{key}: .*$", f"{key}: {value}", text, count=1)
    if ".zh-CN." not in target:
        text = text.replace("\n", "\nstatus: draft\n", 1)
    (root / target).write_text(text, encoding="utf-8")


def _draft_lesson(root: Path, title: str = "The second appeal") -> None:
    _copy_as_draft(root, "lessons/appeal-letter.md", FILES[0], id=LESSON, title=f'"{title}"')
    _copy_as_draft(root, "lessons/appeal-letter.zh-CN.md", FILES[1], id=LESSON)
    _copy_as_draft(root, "quizzes/appeal-letter-quiz.md", FILES[2], id=QUIZ, lesson=LESSON)
    drafts = load_course(root, deep=False).drafts
    assert LESSON in drafts.lessons and QUIZ in drafts.quizzes


def _author(store: Store) -> str:
    return next(e for e in store.employees() if e.role.value == "manager").id


def _make_live(store: Store, root: Path, item_id: str = LESSON) -> list[str]:
    course = load_course(root, deep=False)
    return [item.file for item in publish_drafts(store, course, item_id, _author(store))]


def _server_paths(dsn: str) -> set[str]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT path FROM sellertrain.content_files UNION SELECT path FROM sellertrain.quiz_files"
        ).fetchall()
    return {row[0] for row in rows}


def test_a_draft_made_live_reaches_the_other_desktops_content_folder(
    server_db: str, tmp_path: Path, two_desktops: Desktops
) -> None:
    one, one_root, two, two_root = two_desktops
    _draft_lesson(one_root)
    assert _make_live(one, one_root) == [FILES[0], FILES[2]]
    assert set(FILES) <= _server_paths(server_db)  # the variant travels with its lesson
    assert not is_draft_text((one_root / FILES[0]).read_text(encoding="utf-8"))
    [publication] = one.publications(LESSON)
    assert (publication.kind.value, publication.previous_version) == ("editorial", None)

    report = sync(server_db, two, content_root=two_root)
    assert set(FILES) <= set(report.content)
    for path in FILES:
        assert (two_root / path).read_bytes() == (one_root / path).read_bytes()
    course = load_course(two_root, deep=False)
    assert LESSON in course.lessons and QUIZ in course.quizzes  # live there, not drafts
    assert course.lessons[LESSON].version == publication.version
    assert [p.id for p in two.publications(LESSON)] == [publication.id]
    for store in (one, two):
        report_ok = store.verify_records()
        assert report_ok.ok, [str(p) for p in report_ok.problems]
        store.close()


def test_making_a_draft_live_offline_is_refused_and_nothing_is_written(
    pg_cluster: Cluster, server_db: str, two_desktops: Desktops
) -> None:
    one, one_root, _two, _ = two_desktops
    _draft_lesson(one_root)
    before = {path: (one_root / path).read_bytes() for path in FILES}
    _offline(one, pg_cluster)
    with pytest.raises(StoreError, match=r"^publishing needs the company server, which cannot"):
        _make_live(one, one_root)
    one.company = None  # joined, but no server address known
    with pytest.raises(StoreError, match=r"^publishing needs the company server: this data"):
        _make_live(one, one_root)
    assert {path: (one_root / path).read_bytes() for path in FILES} == before
    assert one.publications(LESSON) == []
    assert not set(FILES) & _server_paths(server_db)


def test_a_second_author_making_the_same_draft_live_is_refused(
    server_db: str, tmp_path: Path, two_desktops: Desktops
) -> None:
    one, one_root, two, two_root = two_desktops
    _draft_lesson(one_root)
    _draft_lesson(two_root, "Another second appeal")  # the same id drafted on the other PC
    _make_live(one, one_root)
    theirs = (two_root / FILES[0]).read_bytes()
    with pytest.raises(
        StoreError,
        match=r"'appeal-letter-2' was published on another PC on .*someone else "
        r"published it first; run 'sellertrain sync', then publish again",
    ):
        _make_live(two, two_root)
    assert (two_root / FILES[0]).read_bytes() == theirs  # nothing written here
    assert two.publications(LESSON) == []
    sync(server_db, two, content_root=two_root)
    assert (two_root / FILES[0]).read_bytes() == theirs  # an author's draft is never replaced
    assert len(two.publications(LESSON)) == 1  # the first author's, pulled
    for path in FILES:  # the author gives up their draft: the next sync brings the live one
        (two_root / path).unlink()
    assert set(FILES) <= set(sync(server_db, two, content_root=two_root).content)
    assert (two_root / FILES[0]).read_bytes() == (one_root / FILES[0]).read_bytes()
    assert sync(server_db, two, content_root=two_root).content == ()


def test_a_second_authors_draft_can_replace_the_published_one_as_a_change(
    server_db: str, tmp_path: Path, two_desktops: Desktops
) -> None:
    one, one_root, two, two_root = two_desktops
    _draft_lesson(one_root)
    _draft_lesson(two_root, "Another second appeal")
    [first] = _make_live(one, one_root)[:1]
    sync(server_db, two, content_root=two_root)
    path = two_root / first
    path.write_text(path.read_text(encoding="utf-8").replace("status: draft\n", "", 1))
    course = load_course(two_root, deep=False)
    lesson = course.lessons[LESSON]
    published = retraining.publish(
        two, lesson, "editorial", None, _author(two), note="the title", course=course
    )
    assert published.previous_version == one.publications(LESSON)[0].version
    assert sync(server_db, one, content_root=one_root).content[:1] == (first,)
    assert load_course(one_root, deep=False).lessons[LESSON].title == "Another second appeal"


def test_a_draft_quizs_zh_cn_variant_travels(
    server_db: str, tmp_path: Path, two_desktops: Desktops
) -> None:
    one, one_root, two, two_root = two_desktops
    quiz_files = (f"quizzes/{QUIZ}.md", f"quizzes/{QUIZ}.zh-CN.md")
    _copy_as_draft(one_root, "quizzes/appeal-letter-quiz.md", quiz_files[0], id=QUIZ)
    _copy_as_draft(one_root, "quizzes/appeal-letter-quiz.zh-CN.md", quiz_files[1], id=QUIZ)
    assert _make_live(one, one_root, QUIZ) == [quiz_files[0]]
    latest = one.latest_quiz_publication(QUIZ)
    assert latest is not None and latest.kind == "editorial"
    assert set(quiz_files) <= _server_paths(server_db)

    report = sync(server_db, two, content_root=two_root)
    assert set(quiz_files) <= set(report.content)
    for path in quiz_files:
        assert (two_root / path).read_bytes() == (one_root / path).read_bytes()
    quiz = load_course(two_root, deep=False).quizzes[QUIZ]
    assert quiz.version == latest.version

    _copy_as_draft(two_root, "quizzes/appeal-letter-quiz.md", f"quizzes/{QUIZ}.md", id=QUIZ)
    with pytest.raises(StoreError, match="someone else published it first"):
        _make_live(two, two_root, QUIZ)  # a draft of a quiz already published is refused


def test_sellertrain_publish_of_a_draft_asks_the_server(
    pg_cluster: Cluster,
    server_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    two_desktops: Desktops,
) -> None:
    one, one_root, two, two_root = two_desktops
    _draft_lesson(one_root)
    _draft_lesson(two_root)
    manager = next(e for e in one.employees() if e.role.value == "manager")
    sync(server_db, two, content_root=two_root)  # the manager is known on both PCs
    one.close()
    two.close()
    monkeypatch.setenv("SELLERTRAIN_USER", manager.name)
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "demo")
    down = f"host=127.0.0.1 port={pg_cluster.port + 1} dbname=x user=postgres connect_timeout=2"
    monkeypatch.setenv("SELLERTRAIN_SERVER", down)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    capsys.readouterr()
    command = ["publish", LESSON, "--db", str(tmp_path / "one.db"), "--content", str(one_root)]
    assert main([*command, "--force"]) == 1
    err = capsys.readouterr().err
    assert "publishing needs the company server, which cannot be reached" in err
    assert len(err.strip().splitlines()) == 1
    assert is_draft_text((one_root / FILES[0]).read_text(encoding="utf-8"))

    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    assert main([*command, "--force"]) == 0
    assert f"published draft lesson {LESSON}" in capsys.readouterr().out
    second = ["publish", LESSON, "--db", str(tmp_path / "two.db"), "--content", str(two_root)]
    assert main([*second, "--force"]) == 1
    err = capsys.readouterr().err
    assert "someone else published it first; run 'sellertrain sync', then publish again" in err
    assert len(err.strip().splitlines()) == 1
    assert is_draft_text((two_root / FILES[0]).read_text(encoding="utf-8"))
