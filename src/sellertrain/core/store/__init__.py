"""SellerTrain's storage: one SQLite file. All SQL of the app lives in this package."""

from sellertrain.core.store.database import Store
from sellertrain.core.store.records import (
    AnswerRecord,
    AnswerToSave,
    Assignment,
    AttemptRecord,
    LessonFacts,
    LessonProgress,
    QuizFacts,
)
from sellertrain.core.store.schema import (
    APPEND_ONLY_TABLES,
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    StoreError,
    _split_sql,
    utc_now,
)

__all__ = [
    "APPEND_ONLY_TABLES",
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AnswerRecord",
    "AnswerToSave",
    "Assignment",
    "AttemptRecord",
    "LessonFacts",
    "LessonProgress",
    "QuizFacts",
    "Store",
    "StoreError",
    "_split_sql",
    "utc_now",
]
