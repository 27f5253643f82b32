"""SellerTrain's storage: one SQLite file. All SQL of the app lives in this package."""

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
