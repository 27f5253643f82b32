"""The company server deciding the writes that cannot be merged later (see store/company_link.py).

A new employee is inserted on the server first, under the writers' lock, and refused there when
another PC already added the same name; a publication gets its revision from the server, so
two authors cannot both publish revision 3; an author's quiz publication is refused when the
server's latest decision about the quiz is not the version the author changed (someone else
published first). Offline, all three are refused in one line: nothing is
lost, the author or manager tries again when the PC is online.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.server.connection import (
    ServerError,
    connect,
    first_line,
    load_psycopg,
    read_info,
)
from sellertrain.core.server.credentials import server_address
from sellertrain.core.server.push import WRITERS_LOCK
from sellertrain.core.store.company_link import Row
from sellertrain.core.store.errors import StoreError
from sellertrain.core.store.sync_rows import server_id

if TYPE_CHECKING:
    import psycopg

    from sellertrain.core.store.database import Store

EMPLOYEE_COLUMNS = (
    "id, name, name_key, role, department, password_hash, created_at, active, joined, manages, "
    "password_expired"
)
QUIZ_PUBLICATION_COLUMNS = (
    "id", "quiz_id", "version", "previous_version", "kind", "pass_mark", "time_limit", "terms",
    "published_at", "published_by", "note",
)  # fmt: skip
PUBLICATION_COLUMNS = (
    "id", "lesson_id", "version", "previous_version", "kind", "revision", "changed_sections",
    "sections", "previous_sections", "published_at", "published_by", "note",
)  # fmt: skip


def attach_company(store: Store, dsn: str | None = None) -> None:
    """Give ``store`` its company server when it belongs to one and an address is known."""
    if server_id(store.conn) is None:
        return
    address = dsn or server_address(store.conn)
    if address:
        store.company = ServerLink(address, store)


_AUTHOR_NOT_ON_SERVER = QT_TRANSLATE_NOOP(
    "Server",
    "publishing needs the author on the company server: run 'sellertrain sync' on this PC, "
    "then publish again",
)


def _published_first(quiz_id: str, latest: Sequence[Any]) -> str:
    """Why a quiz publication is refused: the server's latest one is not the one replaced."""
    version, day, by = latest[0], str(latest[1])[:10], latest[2]
    if by:
        return QT_TRANSLATE_NOOP(
            "Server",
            "quiz {quiz} was published by {name} on {day} (version {version}) after the "
            "version this change replaces: someone else published it first; run "
            "'sellertrain sync', then publish again",
        ).format(quiz=quiz_id, name=by, day=day, version=version)
    return QT_TRANSLATE_NOOP(
        "Server",
        "quiz {quiz} was published on {day} (version {version}) after the version this change "
        "replaces: someone else published it first; run 'sellertrain sync', then publish again",
    ).format(quiz=quiz_id, day=day, version=version)


class ServerLink:
    """The company server at ``dsn``, for ``store``'s employee and publication writes."""

    def __init__(self, dsn: str, store: Store) -> None:
        self.dsn = dsn
        self.store = store

    def _connect(self, what: str) -> psycopg.Connection[Any]:
        """A connection to the server; ``what`` (a Message: "adding an employee") says which
        write needed it when it cannot be had."""
        try:
            conn = connect(self.dsn)
        except ServerError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "{what} needs the company server, which cannot be reached ({reason}); try "
                    "again when this PC is online",
                ).format(what=what, reason=error_message(exc))
            ) from None
        try:
            joined = server_id(self.store.conn)
            if read_info(conn).server_id != joined:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Server",
                        "{what} needs this database's company server ({joined}); the server at "
                        "this address holds another company record",
                    ).format(what=what, joined=joined)
                )
        except ServerError as exc:
            conn.close()
            raise StoreError(
                QT_TRANSLATE_NOOP("Server", "{what} needs the company server: {reason}").format(
                    what=what, reason=error_message(exc)
                )
            ) from None
        except StoreError:
            conn.close()
            raise
        return conn

    def add_employees(self, employees: Sequence[Row], departments: Sequence[Row]) -> None:
        """Insert them on the server; StoreError if a name is taken there or the login may not."""
        psycopg_module = load_psycopg()
        conn = self._connect(QT_TRANSLATE_NOOP("Server", "adding an employee"))
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
                taken = cur.execute(
                    "SELECT name FROM employees WHERE name_key = ANY(%s) AND NOT id = ANY(%s) "
                    "ORDER BY name LIMIT 1",
                    ([row[2] for row in employees], [row[0] for row in employees]),
                ).fetchone()
                if taken is not None:
                    raise StoreError(
                        QT_TRANSLATE_NOOP(
                            "Server",
                            "an employee named '{name}' already exists in the company record "
                            "(added on another PC); run 'sellertrain sync' to fetch them",
                        ).format(name=taken[0])
                    )
                cur.executemany(
                    "INSERT INTO departments (name, created_at) VALUES (%s, %s) "
                    "ON CONFLICT (name) DO NOTHING",
                    departments,
                )
                marks = ", ".join(["%s"] * len(EMPLOYEE_COLUMNS.split(",")))
                cur.executemany(
                    f"INSERT INTO employees ({EMPLOYEE_COLUMNS}) VALUES ({marks}) "
                    "ON CONFLICT (id) DO NOTHING",
                    employees,
                )
        except psycopg_module.errors.InsufficientPrivilege:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "this PC's server login may not add employees: add them on a PC that signs "
                    "in to the company server as a manager",
                )
            ) from None
        except psycopg_module.Error as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Server", "the company server did not add the employee: {reason}"
                ).format(reason=first_line(exc))
            ) from None
        finally:
            conn.close()

    def publish(
        self,
        publication: dict[str, Any],
        section_texts: Sequence[Row],
        material: bool,
        files: Sequence[Row] = (),
        new: bool = False,
    ) -> int:
        """Record the publication on the server with the next revision there; that revision.

        ``new``: a draft made live, refused when the company record already holds the lesson
        or a file of one of its names (someone else published it first)."""
        psycopg_module = load_psycopg()
        conn = self._connect(QT_TRANSLATE_NOOP("Server", "publishing"))
        lesson_id = publication["lesson_id"]
        local = self.store.conn.execute(
            "SELECT coalesce(max(revision), 0) FROM lesson_publications WHERE lesson_id = ?",
            (lesson_id,),
        ).fetchone()[0]
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
                row = cur.execute(
                    "SELECT coalesce(max(revision), 0) FROM lesson_publications "
                    "WHERE lesson_id = %s",
                    (lesson_id,),
                ).fetchone()
                if new:
                    _refuse_taken(cur, lesson_id, files, "lesson_publications", "lesson_id")
                revision = max(int(row[0]) if row else 0, int(local)) + int(material)
                cur.executemany(
                    "INSERT INTO section_texts (hash, lesson_id, anchor, title, text) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (hash) DO NOTHING",
                    section_texts,
                )
                values = {**publication, "revision": revision}
                cur.execute(
                    f"INSERT INTO lesson_publications ({', '.join(PUBLICATION_COLUMNS)}) "
                    f"VALUES ({', '.join(['%s'] * len(PUBLICATION_COLUMNS))})",
                    [values[column] for column in PUBLICATION_COLUMNS],
                )
                cur.executemany(  # the files it carries (content travels: server_m004.sql)
                    "INSERT INTO content_files (id, publication_id, lesson_id, version, path, "
                    "sha256, body, published_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    [
                        (
                            str(uuid.uuid4()),
                            publication["id"],
                            lesson_id,
                            publication["version"],
                            path,
                            sha256,
                            body,
                            publication["published_at"],
                        )
                        for path, sha256, body in files
                    ],
                )
        except psycopg_module.errors.ForeignKeyViolation:
            raise StoreError(_AUTHOR_NOT_ON_SERVER) from None
        except psycopg_module.Error as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Server", "the company server did not record the publication: {reason}"
                ).format(reason=first_line(exc))
            ) from None
        finally:
            conn.close()
        return revision

    def publish_quiz(
        self, publication: dict[str, Any], files: Sequence[Row] = (), new: bool = False
    ) -> None:
        """Record an author's quiz publication on the server with the files it carries, unless
        the server's latest decision about the quiz is another version than the one it replaces
        (``new``, a draft made live: unless the quiz or a file of its names is there already).
        """
        psycopg_module = load_psycopg()
        conn = self._connect(QT_TRANSLATE_NOOP("Server", "publishing a quiz"))
        quiz_id = publication["quiz_id"]
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
                if new:
                    _refuse_taken(cur, quiz_id, files, "quiz_publications", "quiz_id")
                # 'first' rows are versions a desktop met, not decisions: only decisions count
                latest = cur.execute(
                    "SELECT p.version, p.published_at, e.name FROM quiz_publications AS p "
                    "LEFT JOIN employees AS e ON e.id = p.published_by "
                    "WHERE p.quiz_id = %s AND p.kind <> 'first' ORDER BY p.server_seq DESC LIMIT 1",
                    (quiz_id,),
                ).fetchone()
                if latest is not None and latest[0] != publication["previous_version"]:
                    raise StoreError(_published_first(quiz_id, latest))
                cur.execute(
                    f"INSERT INTO quiz_publications ({', '.join(QUIZ_PUBLICATION_COLUMNS)}) "
                    f"VALUES ({', '.join(['%s'] * len(QUIZ_PUBLICATION_COLUMNS))})",
                    [publication[column] for column in QUIZ_PUBLICATION_COLUMNS],
                )
                cur.executemany(  # the files it carries (server_m005.sql)
                    "INSERT INTO quiz_files (id, publication_id, quiz_id, version, path, sha256, "
                    "body, published_at, published_by) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [
                        (
                            str(uuid.uuid4()),
                            publication["id"],
                            quiz_id,
                            publication["version"],
                            path,
                            sha256,
                            body,
                            publication["published_at"],
                            publication["published_by"],
                        )
                        for path, sha256, body in files
                    ],
                )
        except psycopg_module.errors.ForeignKeyViolation:
            raise StoreError(_AUTHOR_NOT_ON_SERVER) from None
        except psycopg_module.Error as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Server", "the company server did not record the quiz publication: {reason}"
                ).format(reason=first_line(exc))
            ) from None
        finally:
            conn.close()


def _refuse_taken(
    cur: psycopg.Cursor[Any], item_id: str, files: Sequence[Row], table: str, column: str
) -> None:
    """StoreError when a draft made live as ``item_id`` is published in the company record
    already: the item in ``table``, or a lesson or quiz file of one of the names it carries."""
    names = [path for path, _, _ in files if not str(path).startswith("assets/")]
    taken = cur.execute(
        f"SELECT published_at FROM {table} WHERE {column} = %s AND kind <> 'first' "
        "UNION ALL SELECT published_at FROM content_files WHERE path = ANY(%s) "
        "UNION ALL SELECT published_at FROM quiz_files WHERE path = ANY(%s) "
        "ORDER BY 1 LIMIT 1",
        (item_id, names, names),
    ).fetchone()
    if taken is not None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "'{item_id}' was published on another PC on {date}: someone else published it "
                "first; run 'sellertrain sync', then publish again (under another id, or as a "
                "change to the published one)",
            ).format(item_id=item_id, date=str(taken[0])[:10])
        )
