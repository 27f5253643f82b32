"""Quiz publications on a company record: the server decides them, and the quiz files travel.

Two authors offline must not both replace the same version of a quiz: the second is refused
once the first has landed, and publishes again after a sync. A published quiz reaches another
desktop's content folder, whose learners are then scored under it; publishing offline is
refused, and the desktop role can add quiz files but never change them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Quiz
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.link import ServerLink
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store, StoreError
from sellertrain.core.training import quiz_terms
from sellertrain.core.training.attempts import QuizSession
from tests.server.conftest import Cluster, Desktops
from tests.server.test_content_travels import ROOT, _content_copy
from tests.server.test_server_decides import _offline
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
QUIZ = "appeal-letter-quiz"


def _edit_pass_mark(root: Path, pass_mark: int) -> Quiz:
    """Set the quiz's pass mark in ``root`` (a material change); the quiz as it loads now."""
    path = root / "quizzes" / f"{QUIZ}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"(?m)^pass_mark: \d+$", f"pass_mark: {pass_mark}", text, count=1),
        encoding="utf-8",
    )
    quiz = load_course(root, deep=False).quizzes[QUIZ]
    assert quiz.pass_mark == pass_mark
    return quiz


def _publish(store: Store, root: Path, quiz: Quiz) -> str:
    """Publish ``quiz`` (as it is in ``root``) as material; the new version."""
    author = next(e for e in store.employees() if e.role.value == "manager").id
    course = load_course(root, deep=False)
    return quiz_terms.publish_quiz(store, quiz, "material", author, "", course).version


def _decisions_on_server(dsn: str) -> list[tuple[str, str | None]]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT version, previous_version FROM sellertrain.quiz_publications "
            "WHERE quiz_id = %s AND kind <> 'first' ORDER BY server_seq",
            (QUIZ,),
        ).fetchall()
    return [(row[0], row[1]) for row in rows]


def test_two_authors_cannot_both_replace_the_same_quiz_version(
    server_db: str, tmp_path: Path, two_desktops: Desktops
) -> None:
    one, one_root, two, two_root = two_desktops
    first = one.latest_quiz_publication(QUIZ)
    assert first is not None and first.kind == "first"
    ones = _publish(one, one_root, _edit_pass_mark(one_root, 90))
    with psycopg.connect(server_db) as conn:
        carried = conn.execute(
            "SELECT path, version FROM sellertrain.quiz_files WHERE quiz_id = %s ORDER BY path",
            (QUIZ,),
        ).fetchall()
    assert carried == [(f"quizzes/{QUIZ}.md", ones), (f"quizzes/{QUIZ}.zh-CN.md", ones)]

    theirs = _edit_pass_mark(two_root, 70)  # the same quiz edited on the other PC, not synced
    with pytest.raises(StoreError, match=r"someone else published it first.*sync.*publish again"):
        _publish(two, two_root, theirs)
    assert [p.kind for p in two.quiz_publications(QUIZ)] == ["first"]  # nothing half-made
    assert _decisions_on_server(server_db) == [(ones, first.version)]

    report = sync(server_db, two, content_root=two_root)
    assert f"quizzes/{QUIZ}.md" not in report.content  # the author's own edit is kept
    assert load_course(two_root, deep=False).quizzes[QUIZ].version == theirs.version
    assert quiz_terms.pending_quizzes(two, [theirs])[0].published.version == ones
    second = _publish(two, two_root, theirs)  # after the sync it follows the first author's
    assert _decisions_on_server(server_db) == [(ones, first.version), (second, ones)]

    assert sync(server_db, one, content_root=one_root).content == (f"quizzes/{QUIZ}.md",)
    assert (one_root / "quizzes" / f"{QUIZ}.md").read_bytes() == (
        two_root / "quizzes" / f"{QUIZ}.md"
    ).read_bytes()
    for store in (one, two):
        latest = store.latest_quiz_publication(QUIZ)
        assert latest is not None and (latest.version, latest.pass_mark) == (second, 70)
        report = store.verify_records()
        assert report.ok, [str(p) for p in report.problems]
        store.close()


def _answer_one_right(session: QuizSession) -> None:
    """The first option question right, every other one wrong."""
    done = False
    for index, shown in enumerate(session.presented):
        options = shown.question.options
        if not options:
            continue
        wanted = not done
        keep = [p for p, o in enumerate(shown.option_order) if options[o].correct == wanted]
        session.answer(index, set(keep) if wanted else set(keep[:1]))
        done = True


def test_a_published_quiz_reaches_another_desktop_and_scores_its_learners(
    pg_cluster: Cluster, server_db: str, tmp_path: Path
) -> None:
    init_server(server_db)
    one_root = _content_copy(tmp_path / "one-content")
    two_root = _content_copy(tmp_path / "two-content")
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(server_db, one, content_root=one_root)
    version = _publish(one, one_root, _edit_pass_mark(one_root, 1))
    # the other PC meets the quizzes offline, after that publication: 'first' rows, no server
    two = joined_store(tmp_path / "two.db", server_db)
    _offline(two, pg_cluster)
    two.clock = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)  # surely after it
    assert quiz_terms.publish_first_versions(two, load_course(two_root, deep=False)) > 0
    report = sync(server_db, two, content_root=two_root)
    assert f"quizzes/{QUIZ}.md" in report.content
    assert (two_root / "quizzes" / f"{QUIZ}.md").read_bytes() == (
        one_root / "quizzes" / f"{QUIZ}.md"
    ).read_bytes()
    assert not list((two_root / "quizzes").glob(".*"))  # no temporary file left behind
    quiz = load_course(two_root, deep=False).quizzes[QUIZ]
    assert quiz.version == version
    learner = next(e for e in two.employees() if e.role.value == "learner")
    session = QuizSession.start(two, learner.id, quiz, seed=7)  # not QuizChanged
    _answer_one_right(session)
    score = session.submit()
    assert 0 < score.percent < 80  # a fail under the pass mark the quiz had before
    result = two.attempts(learner.id, QUIZ)[0]
    assert (result.pass_mark, result.passed) == (1, True)

    # an older copy put back (a restored backup): the next sync brings it forward again
    (two_root / "quizzes" / f"{QUIZ}.md").write_bytes(
        (ROOT / "quizzes" / f"{QUIZ}.md").read_bytes()
    )
    assert load_course(two_root, deep=False).quizzes[QUIZ].version != version
    assert sync(server_db, two, content_root=two_root).content == (f"quizzes/{QUIZ}.md",)
    assert load_course(two_root, deep=False).quizzes[QUIZ].version == version
    # a missing quiz file comes back too, and then there is nothing more to write
    (two_root / "quizzes" / f"{QUIZ}.md").unlink()
    assert sync(server_db, two, content_root=two_root).content == (f"quizzes/{QUIZ}.md",)
    assert sync(server_db, two, content_root=two_root).content == ()
    one.close()
    two.close()


def test_publishing_a_quiz_offline_is_refused(
    pg_cluster: Cluster,
    server_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    init_server(server_db)
    root = _content_copy(tmp_path / "content")
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(server_db, one, content_root=root)
    quiz = _edit_pass_mark(root, 95)
    _offline(one, pg_cluster)
    with pytest.raises(StoreError) as offline:
        _publish(one, root, quiz)
    assert str(offline.value).startswith("publishing a quiz needs the company server, which")
    assert "\n" not in str(offline.value)
    one.company = None  # joined, but no server address on this PC
    with pytest.raises(StoreError, match=r"needs the company server.*SELLERTRAIN_SERVER"):
        _publish(one, root, quiz)
    # a version the app meets is a record, not a decision: recorded offline as before
    met = one.record_quiz_publication("a-new-quiz", "v1", "first", 80, None, {}, None)
    assert met.previous_version is None
    assert [p.kind for p in one.quiz_publications(QUIZ)] == ["first"]
    manager = next(e for e in one.employees() if e.role.value == "manager")
    one.close()

    monkeypatch.setenv("SELLERTRAIN_USER", manager.name)
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "demo")
    down = f"host=127.0.0.1 port={pg_cluster.port + 1} dbname=x user=postgres connect_timeout=2"
    monkeypatch.setenv("SELLERTRAIN_SERVER", down)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    capsys.readouterr()
    command = ["publish", QUIZ, "--material", "--db", str(one.path), "--content", str(root)]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "publishing a quiz needs the company server" in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    assert main(command) == 0
    assert "published quiz" in capsys.readouterr().out
    assert [version for version, _ in _decisions_on_server(server_db)] == [quiz.version]


def test_the_desktop_role_may_add_quiz_files_but_never_change_them(
    pg_cluster: Cluster, server_db: str, tmp_path: Path
) -> None:
    init_server(server_db)
    suffix = uuid.uuid4().hex[:8]  # roles belong to the whole cluster
    logins = {}
    with psycopg.connect(server_db, autocommit=True) as conn:
        for group in ("desktop", "manager"):
            conn.execute(f"CREATE ROLE quiz_{group}_{suffix} LOGIN IN ROLE sellertrain_{group}")
            logins[group] = server_db.replace("user=postgres", f"user=quiz_{group}_{suffix}")
    root = _content_copy(tmp_path / "content")
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(logins["manager"], one, content_root=root)  # staff are added from a manager's login
    one.company = ServerLink(logins["desktop"], one)
    version = _publish(one, root, _edit_pass_mark(root, 85))  # a desktop login publishes
    assert sync(logins["desktop"], one, content_root=root).pushed.get("quiz_publications", 0) == 0
    with psycopg.connect(logins["desktop"]) as conn:
        carried = conn.execute("SELECT path, version FROM sellertrain.quiz_files").fetchall()
        assert sorted(carried) == [
            (f"quizzes/{QUIZ}.md", version),
            (f"quizzes/{QUIZ}.zh-CN.md", version),  # its variant travels with it
        ]
        for statement in (
            "UPDATE sellertrain.quiz_files SET body = 'x'",
            "DELETE FROM sellertrain.quiz_files",
            "TRUNCATE sellertrain.quiz_files",
            "UPDATE sellertrain.quiz_publications SET pass_mark = 1",
            "DELETE FROM sellertrain.quiz_publications",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
    for statement in ("DELETE FROM sellertrain.quiz_files", "TRUNCATE sellertrain.quiz_files"):
        with (  # even the owner: the triggers refuse
            psycopg.connect(server_db) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"),
        ):
            conn.execute(statement)
    one.close()
