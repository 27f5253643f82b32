"""SellerTrain's storage: one SQLite file. All SQL of the app lives in this package.

The names below are imported from their modules when first asked for (PEP 562): the app's
start imports ``Store`` and ``StoreError`` only, not the backups', audit log's and records'
modules behind the other names (tests/performance checks which modules load before the first
screen)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sellertrain.core.store.audit import AUDIT_ACTIONS, AuditEntry, AuditFilter
    from sellertrain.core.store.backups import BackupInfo, backup_database, restore_database
    from sellertrain.core.store.certificates import Certificate
    from sellertrain.core.store.current_schema import APPEND_ONLY_TABLES, APPLICATION_ID
    from sellertrain.core.store.database import SignIn, Store
    from sellertrain.core.store.departments import UnknownDepartment
    from sellertrain.core.store.errors import StoreBusy, StoreError
    from sellertrain.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
    from sellertrain.core.store.migrations import split_sql as _split_sql
    from sellertrain.core.store.publications import Publication
    from sellertrain.core.store.quiz_publications import QuizPublication
    from sellertrain.core.store.records import (
        AnswerRecord,
        AnswerToSave,
        Assignment,
        AttemptRecord,
        LessonFacts,
        LessonProgress,
        QuizFacts,
    )
    from sellertrain.core.store.schema import utc_now

# each name: (module, the name there)
_WHERE = {
    "AUDIT_ACTIONS": ("audit", "AUDIT_ACTIONS"),
    "AuditEntry": ("audit", "AuditEntry"),
    "AuditFilter": ("audit", "AuditFilter"),
    "BackupInfo": ("backups", "BackupInfo"),
    "backup_database": ("backups", "backup_database"),
    "restore_database": ("backups", "restore_database"),
    "Certificate": ("certificates", "Certificate"),
    "APPEND_ONLY_TABLES": ("current_schema", "APPEND_ONLY_TABLES"),
    "APPLICATION_ID": ("current_schema", "APPLICATION_ID"),
    "SignIn": ("database", "SignIn"),
    "Store": ("database", "Store"),
    "UnknownDepartment": ("departments", "UnknownDepartment"),
    "StoreBusy": ("errors", "StoreBusy"),
    "StoreError": ("errors", "StoreError"),
    "MIGRATIONS": ("migrations", "MIGRATIONS"),
    "SCHEMA_VERSION": ("migrations", "SCHEMA_VERSION"),
    "_split_sql": ("migrations", "split_sql"),
    "Publication": ("publications", "Publication"),
    "QuizPublication": ("quiz_publications", "QuizPublication"),
    "AnswerRecord": ("records", "AnswerRecord"),
    "AnswerToSave": ("records", "AnswerToSave"),
    "Assignment": ("records", "Assignment"),
    "AttemptRecord": ("records", "AttemptRecord"),
    "LessonFacts": ("records", "LessonFacts"),
    "LessonProgress": ("records", "LessonProgress"),
    "QuizFacts": ("records", "QuizFacts"),
    "utc_now": ("schema", "utc_now"),
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _WHERE[name]
    value = getattr(import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "APPEND_ONLY_TABLES",
    "APPLICATION_ID",
    "AUDIT_ACTIONS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AnswerRecord",
    "AnswerToSave",
    "Assignment",
    "AttemptRecord",
    "AuditEntry",
    "AuditFilter",
    "BackupInfo",
    "Certificate",
    "LessonFacts",
    "LessonProgress",
    "Publication",
    "QuizFacts",
    "QuizPublication",
    "SignIn",
    "Store",
    "StoreBusy",
    "StoreError",
    "UnknownDepartment",
    "_split_sql",
    "backup_database",
    "restore_database",
    "utc_now",
]
