"""Pulling content: the files publications carried, written into this desktop's content folder.

After the records are pulled, the content files published since the last content pull are
read (``server_seq`` order, as every writer holds the writers' lock), and for each lesson the
files of its latest publication among them are written (see core/content/travel.py). A
publication older than one this desktop already holds for the lesson is not written over it.
The cursor moves only once the files are written, so a pull cut short is done again.

Quizzes (server step 5) are brought to the version this desktop's results are scored under:
the latest decision about each quiz in the local records (just pulled). A quiz file here that
is an earlier published version of it, or missing, is written from the server's files of that
publication; a file matching no published version is an author's unpublished edit and is left
alone (they publish it again after the sync). No cursor is needed: the records say what is due.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain.core.content.travel import (
    ContentTravelError,
    behind_published,
    older_than_published,
    write_pulled,
)
from sellertrain.core.content.variants import variant_name
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.server.connection import ServerError, first_line, load_psycopg

if TYPE_CHECKING:
    import psycopg

    from sellertrain.core.store.database import Store

CURSOR_KEY = "content.pulled"


def _not_written(root: Path, exc: Exception) -> str:
    """Why the pulled files are not in the content folder (the records synced all the same)."""
    return QT_TRANSLATE_NOOP(
        "Server", "the pulled content could not be written into {folder}: {reason}"
    ).format(folder=root, reason=error_message(exc))


def pull_content(conn: psycopg.Connection[Any], store: Store, root: Path) -> list[str]:
    """Write the newly published content files into ``root``; the paths written."""
    psycopg_module = load_psycopg()
    row = store.conn.execute("SELECT value FROM sync_state WHERE key = ?", (CURSOR_KEY,)).fetchone()
    cursor = int(row[0]) if row else 0
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            rows = cur.execute(
                "SELECT server_seq, publication_id, lesson_id, published_at, path, sha256, body "
                "FROM sellertrain.content_files WHERE server_seq > %s ORDER BY server_seq",
                (cursor,),
            ).fetchall()
    except psycopg_module.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server", "pulling content from the company record failed: {reason}"
            ).format(reason=first_line(exc))
        ) from None
    if not rows:
        return _unique(_bring_up_to_date(conn, store, root) + _pull_quizzes(conn, store, root))
    latest: dict[str, tuple[str, str]] = {}  # lesson -> (publication, published_at), newest
    for _seq, publication, lesson_id, published_at, *_ in rows:
        latest[lesson_id] = (publication, published_at)
    files = []
    for _seq, publication, lesson_id, published_at, path, sha256, body in rows:
        if latest[lesson_id][0] != publication or _newer_here(store, lesson_id, published_at):
            continue
        if not _draft_here(root, path):
            files.append((path, sha256, bytes(body)))
    try:
        written = write_pulled(root, files)
    except (ContentTravelError, OSError) as exc:
        raise ServerError(_not_written(root, exc)) from None
    with store.conn:
        store.conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (CURSOR_KEY, str(rows[-1][0])),
        )
    written += _bring_up_to_date(conn, store, root)
    return _unique(written + _pull_quizzes(conn, store, root))


def _unique(paths: list[str]) -> list[str]:
    return list(dict.fromkeys(paths))


def _bring_up_to_date(conn: psycopg.Connection[Any], store: Store, root: Path) -> list[str]:
    """Write again the latest published files of every lesson whose file here is an earlier
    published version (restored from a backup, copied over), or missing (say, an author's
    draft of the same name, deleted): a desktop never shows content older than what its
    records were scored against."""
    from sellertrain.core.content.loader import load_course

    published = store.conn.execute(
        "SELECT lesson_id, previous_version, version FROM lesson_publications"
        " ORDER BY published_at, rowid"
    ).fetchall()
    if not published:
        return []
    course = load_course(root, deep=False)
    behind = older_than_published(course, published)
    missing = {row[0] for row in published}.difference(course.lessons, course.drafts.lessons)
    files: list[tuple[str, str, bytes]] = []
    for lesson_id in [*behind, *sorted(missing)]:
        rows = conn.execute(
            "SELECT path, sha256, body FROM sellertrain.content_files WHERE publication_id = "
            "(SELECT publication_id FROM sellertrain.content_files WHERE lesson_id = %s "
            "ORDER BY server_seq DESC LIMIT 1)",
            (lesson_id,),
        ).fetchall()
        if lesson_id in missing and any(
            path.startswith("lessons/")
            and variant_name(Path(path)) is None
            and (root / path).exists()
            for path, _, _ in rows
        ):
            continue  # a file there that does not load as this lesson: an author's, kept
        files.extend((path, sha256, bytes(body)) for path, sha256, body in rows)
    try:
        return write_pulled(root, files)
    except (ContentTravelError, OSError) as exc:
        raise ServerError(_not_written(root, exc)) from None


def _draft_here(root: Path, path: str) -> bool:
    """Whether ``path`` in ``root`` is an author's draft, which a pulled file never replaces
    (making it live is refused once the same name was published: see draft_decisions)."""
    from sellertrain.core.content.drafts import is_draft_text

    try:
        return is_draft_text((root / path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False


def _newer_here(store: Store, lesson_id: str, published_at: str) -> bool:
    """Whether this desktop holds a later publication of the lesson than ``published_at``."""
    row = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM lesson_publications WHERE lesson_id = ? AND published_at > ?)",
        (lesson_id, published_at),
    ).fetchone()
    return bool(row[0])


def _pull_quizzes(conn: psycopg.Connection[Any], store: Store, root: Path) -> list[str]:
    """Write the files of each quiz's latest decision where the quiz file here is an earlier
    published version, or missing; the paths written."""
    from sellertrain.core.content.loader import load_course

    published = store.conn.execute(  # decisions after the versions first met, as they rank
        "SELECT quiz_id, previous_version, version, kind FROM quiz_publications"
        " ORDER BY kind <> 'first', published_at, rowid"
    ).fetchall()
    latest = {quiz_id: version for quiz_id, _, version, kind in published if kind != "first"}
    if not latest:
        return []
    course = load_course(root, deep=False)
    here = {quiz_id: quiz.version for quiz_id, quiz in course.quizzes.items()}
    history = [(quiz_id, previous, version) for quiz_id, previous, version, _ in published]
    due = [(quiz_id, version) for quiz_id, version in behind_published(here, history)]
    missing = set(latest).difference(here, course.drafts.quizzes)
    due += sorted((quiz_id, latest[quiz_id]) for quiz_id in missing)
    psycopg_module = load_psycopg()
    files: list[tuple[str, str, bytes]] = []
    try:
        for quiz_id, version in due:
            if quiz_id not in latest:
                continue  # only 'first' rows: nobody decided a version to bring it to
            rows = conn.execute(
                "SELECT path, sha256, body FROM sellertrain.quiz_files WHERE publication_id = "
                "(SELECT publication_id FROM sellertrain.quiz_files WHERE quiz_id = %s AND "
                "version = %s ORDER BY server_seq DESC LIMIT 1)",
                (quiz_id, version),
            ).fetchall()
            if quiz_id in missing and any(  # the quiz's own file, not a variant beside it
                path.startswith("quizzes/")
                and variant_name(Path(path)) is None
                and (root / path).exists()
                for path, _, _ in rows
            ):
                continue  # a file there that does not load as this quiz: an author's, kept
            files.extend((path, sha256, bytes(body)) for path, sha256, body in rows)
    except psycopg_module.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server", "pulling quiz files from the company record failed: {reason}"
            ).format(reason=first_line(exc))
        ) from None
    try:
        return write_pulled(root, files)
    except (ContentTravelError, OSError) as exc:
        raise ServerError(_not_written(root, exc)) from None
