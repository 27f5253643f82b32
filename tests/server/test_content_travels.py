"""Content travels: a publication carries its lesson's files to the company record, and a pull
writes them into another desktop's content folder, safely and atomically."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.content.travel import ContentTravelError, write_pulled
from sellertrain.core.server import content_pull
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store
from sellertrain.core.training import retraining
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
ROOT = Path(__file__).resolve().parents[2]


def _content_copy(folder: Path) -> Path:
    for name in ("lessons", "quizzes", "assets"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "course.yaml", folder / "course.yaml")
    return folder


def _edit_and_publish(store: Store, root: Path, lesson_id: str, words: str) -> tuple[str, str]:
    """Change the first section's text of a lesson in ``root`` and publish it as material."""
    before = load_course(root, deep=False).lessons[lesson_id]
    lines = before.path.read_text(encoding="utf-8").splitlines(keepends=True)
    heading = next(i for i, line in enumerate(lines) if line.startswith("## "))
    lines.insert(heading + 1, f"\n{words}\n")
    before.path.write_text("".join(lines), encoding="utf-8")
    course = load_course(root, deep=False)
    lesson = course.lessons[lesson_id]
    author = store.employees()[0].id
    publication = retraining.publish(
        store, lesson, "material", None, author, before, "a rule changed", course=course
    )
    return publication.version, before.path.name


def test_a_publication_reaches_the_other_desktops_content_folder(
    server_db: str, tmp_path: Path
) -> None:
    init_server(server_db)
    one_root = _content_copy(tmp_path / "one-content")
    two_root = _content_copy(tmp_path / "two-content")
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(server_db, one, content_root=one_root)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two, content_root=two_root)
    course = load_course(one_root, deep=False)
    lesson_id = next(
        lesson.id
        for lesson in course.lessons.values()
        if "../assets/" in lesson.path.read_text(encoding="utf-8")
        and any(q.lesson_id == lesson.id for q in course.quizzes.values())
    )
    version, file_name = _edit_and_publish(one, one_root, lesson_id, "Now within 48 hours.")
    with psycopg.connect(server_db) as conn:
        carried = {
            row[0] for row in conn.execute("SELECT path FROM sellertrain.content_files").fetchall()
        }
    assert f"lessons/{file_name}" in carried
    assert any(path.startswith("quizzes/") for path in carried)
    assert any(path.startswith("assets/") for path in carried)

    report = sync(server_db, two, content_root=two_root)
    assert report.content == (f"lessons/{file_name}",)  # the others were the same already
    assert "wrote 1 content file" in report.summary()
    assert (two_root / "lessons" / file_name).read_bytes() == (
        one_root / "lessons" / file_name
    ).read_bytes()
    assert load_course(two_root, deep=False).lessons[lesson_id].version == version
    assert not list((two_root / "lessons").glob(".*"))  # no temporary file left behind
    assert sync(server_db, two, content_root=two_root).content == ()

    # an older copy of the lesson put back (a restored backup): the next sync brings it forward
    old = (ROOT / "lessons" / file_name).read_bytes()
    (two_root / "lessons" / file_name).write_bytes(old)
    assert sync(server_db, two, content_root=two_root).content == (f"lessons/{file_name}",)
    assert load_course(two_root, deep=False).lessons[lesson_id].version == version
    # an author's unpublished edit is not older: it is left alone
    edited = (two_root / "lessons" / file_name).read_text(encoding="utf-8") + "\nA draft line.\n"
    (two_root / "lessons" / file_name).write_text(edited, encoding="utf-8")
    assert sync(server_db, two, content_root=two_root).content == ()
    one.close()
    two.close()


def test_pulled_files_stay_inside_the_content_folder(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "lessons").mkdir(parents=True)
    body = b"# A lesson\n"
    sha = hashlib.sha256(body).hexdigest()
    for bad in ("../evil.md", "lessons/../../evil.md", "/etc/evil", "lessons/sub/x.md", "bin/x"):
        with pytest.raises(ContentTravelError, match="not a file name in lessons/"):
            write_pulled(root, [("lessons/fine.md", sha, body), (bad, sha, body)])
    with pytest.raises(ContentTravelError, match="does not match its hash"):
        write_pulled(root, [("lessons/fine.md", "0" * 64, body)])
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / "assets").symlink_to(outside)
    with pytest.raises(ContentTravelError, match="is a link"):
        write_pulled(root, [("assets/a.svg", sha, body)])
    (root / "lessons" / "linked.md").symlink_to(outside / "target.md")
    with pytest.raises(ContentTravelError, match="is a link"):
        write_pulled(root, [("lessons/linked.md", sha, body)])
    assert list(root.rglob("*.md")) == [root / "lessons" / "linked.md"]  # nothing was written
    assert list(outside.iterdir()) == []
    assert write_pulled(root, [("lessons/fine.md", sha, body)]) == ["lessons/fine.md"]
    assert (root / "lessons" / "fine.md").read_bytes() == body


def _read_only(root: Path, files: object) -> list[str]:
    raise OSError(30, "Read-only file system")


def test_a_pull_never_writes_over_a_newer_local_publication(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    init_server(server_db)
    one_root = _content_copy(tmp_path / "one-content")
    two_root = _content_copy(tmp_path / "two-content")
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(server_db, one, content_root=one_root)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two, content_root=two_root)
    lesson_id = sorted(load_course(one_root, deep=False).lessons)[0]
    _edit_and_publish(one, one_root, lesson_id, "The first author's change.")
    newer, file_name = _edit_and_publish(two, two_root, lesson_id, "The second author's change.")
    mine = (two_root / "lessons" / file_name).read_bytes()
    assert sync(server_db, two, content_root=two_root).content == ()  # its own is the newest
    assert (two_root / "lessons" / file_name).read_bytes() == mine
    with monkeypatch.context() as patch:  # a content folder this PC may not write to
        patch.setattr(content_pull, "write_pulled", _read_only)
        blocked = sync(server_db, one, content_root=one_root)
    assert blocked.pulled["lesson_publications"] == 1  # the records synced all the same
    assert "could not be written into" in blocked.summary()
    assert sync(server_db, one, content_root=one_root).content == (f"lessons/{file_name}",)
    assert load_course(one_root, deep=False).lessons[lesson_id].version == newer
    assert sorted(p.revision for p in one.publications(lesson_id)) == [1, 2]
    one.close()
    two.close()
