"""Records built from query rows by column name, checked against the record's fields."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


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
