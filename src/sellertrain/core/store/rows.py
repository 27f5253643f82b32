"""Records built from query rows by column name, checked against the record's fields."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
T_Row = TypeVar("T_Row", bound=Sequence[Any])
IDS_PER_QUERY = 500  # well under SQLite's oldest limit of 999 parameters a statement


def rows_among(
    conn: sqlite3.Connection, select: str, values: Sequence[object]
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``select``, which ends in the column compared, ``IN`` ``values``: asked
    ``IDS_PER_QUERY`` values at a time, so any number of values may be given."""
    for start in range(0, len(values), IDS_PER_QUERY):
        some = values[start : start + IDS_PER_QUERY]
        yield from conn.execute(f"{select} IN ({', '.join('?' for _ in some)})", some)


def unseen_rows(rows: Iterable[T_Row], seen: set[object]) -> list[T_Row]:
    """The rows whose first value (an id) is not in ``seen``, each id once: what a pull
    writes of rows some of which are stored already or repeated (``seen`` grows)."""
    fresh = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            fresh.append(row)
    return fresh


def named_rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
    """The rows of a query, each readable by column name (the connection's rows stay tuples)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, params).fetchall()


def row_to(cls: type[T], row: sqlite3.Row, **converted: Any) -> T:
    """A ``cls`` dataclass from a row whose column names are its field names.

    ``converted`` gives the values that need more than the stored column (JSON, booleans);
    it may replace a column or fill a field the query does not select. A column that names
    no field is an error, so a renamed field cannot silently shift values.
    """
    values = dict(zip(row.keys(), row, strict=True))
    values.update(converted)
    unknown = values.keys() - {f.name for f in fields(cls)}
    if unknown:
        raise TypeError(f"{cls.__name__} has no field for the column(s) {sorted(unknown)}")
    return cls(**values)
