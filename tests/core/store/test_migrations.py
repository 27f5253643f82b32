"""Shipped migrations never change, lead to the current schema, and bulk writes keep it."""

from __future__ import annotations

import hashlib
import sqlite3
from importlib import resources
from pathlib import Path

import pytest

from sellertrain.core.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    _split_sql,
    current_schema,
    migrations,
)
from sellertrain.core.store.bulk import RowBatch

# The SHA-256 of each shipped step's SQL, as released. Databases in use were migrated by
# exactly this text: never edit a step (nor this list); add the next step instead.
SHIPPED = {
    "m001_employees_and_reading.sql": (
        "4abd6ef9678e469554fbf73a046b2f5b173dd376f98f6eddd5d339ec89107d0c"
    ),
    "m002_quiz_attempts.sql": "49ac71e5ebefba9261d9ac15df4a0ea88938472d75ea3138d5dc207e71ae517c",
    "m003_assignments_and_report_indexes.sql": (
        "41d6fd83189fb8bed58789735fe064864bce6512e4141aa21431da7cc9aa6b6e"
    ),
    "m004_audit_log_and_sign_ins.sql": (
        "87c209b277c0a8a85b8c27cbd45d737e20dcff45640e8ce14658017a42f29f17"
    ),
    "m005_compliance_lifecycle.sql": (
        "61b9338996a682a6644577bb4d6f1439363cf3fde7068765485a551ed4bd8f51"
    ),
    "m006_report_covering_indexes.sql": (
        "64cc2e9cb1f586e7766da4ead20c7f2dcff734ed73cdf1ee14f1c523b3146e05"
    ),
    "m007_team_summaries.sql": "c1f006886699707e672bb6cd4f46509845bc6450d9c0ce91c0fc782d9a2e3fc4",
    "m008_requirements_and_departments.sql": (
        "3e4ee4d0362ea07afc074b7fcb101957919bdd77249a58b596d08bba8c44de91"
    ),
    "m009_department_managers.sql": (
        "003fe8dd72787b976c9c2c4336693b2d89472a3e8176bc682799cf5c61d9d131"
    ),
    "m010_audit_chain.sql": "6d5a6c74e4cbb99580c63502de2c714ad61de2b0c73b092ad9a84597557c969f",
    "m011_company_record.sql": "2d1e3c06053b39160e1aaa21e63f595682fd059743cc69d4e73bc82cd1e72b6b",
    "m012_due_extensions.sql": ("3299544aadf274f15ec4c63713824b0fc3871f92c7601e0448e07588364a8e3b"),
    "m013_device_chains.sql": "83b29225878029a363520af9c7d0c02055f7d0e09427e5202562e54f4df97834",
    "m014_quiz_terms.sql": "f218f3d45acc177704464b7209d988159111ff0d41432688ffd093e5f4b36a98",
    "m015_sign_in_backoff.sql": "b79e220fc7c18d68fcc06ee62be7c7f4d199fb68b4da57bfa7d517f08984d1c7",
    "m016_result_conflicts.sql": "5d34af4a9d12720fa63b1e9aa0dafa62f8c97ee4f8b7f45a59fb703a2ea55fe9",
    "m017_item_sums.sql": "9d7082f408b6b1be3b0c3c36b9739f8128ee0f7c689bda3376725f86b54ee6c5",
    "m018_pull_problems.sql": "f6707ca037e3abd6dbb94f476ca2738ab317a2e31b4ab703039e378ca7769bab",
    "m019_team_summary.sql": "caad6189f70d300eb3ec6de39d11d3d03ec616c7987ecd8d69910f15fce345ec",
    "m020_compact_answers.sql": "5bace43eceed3c943835261c30d225ca859ca5693d9bbc1d36be36bfbd6b7e0c",
    "m021_lesson_event_indexes.sql": "5e4cdc7a691ab2a7a8a05fa1369ef511334d9e77d02e16e35fb552198266f1c8",
    "m022_derived_answer_ids.sql": "7152edcc4ebdbf282761ec8016a55912778579f05ce77fdae920d140f054ae47",
    "m023_record_indexes.sql": "8338514216140319fe90c98b0b5c69c5a61fb37590359227af8646bcda81029a",
    "m024_team_summary_codes.sql": "38465302d5944b30e9c248854da3b9155c11b63f7a1ef6da617ec82249169271",
    "m025_unused_report_indexes.sql": "21f3ec5c3dfd7de94d61f5b7302a4133023c51dea74ad2e6f8f0f9e509de56fe",
    "m026_compact_lesson_events.sql": "625a9a87f9c43cece3fe971fa0610952a42fd5d5919c5d20b0e374963627f2f7",
}


def schema_of(path: Path) -> list[tuple[str, str, str, str | None]]:
    """Every object of a database as sqlite_master describes it (pages aside)."""
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
            key=lambda row: (row[0], row[1]),
        )
    finally:
        conn.close()


def make_at(path: Path, version: int) -> None:
    """A database as release ``version`` left it: steps 1..version, nothing after."""
    conn = sqlite3.connect(path)
    for number in range(version):
        for statement in _split_sql(MIGRATIONS[number]):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str, str | None]]:
    path = tmp_path_factory.mktemp("current") / "new.db"
    Store.create(path).close()
    return schema_of(path)


def test_every_shipped_step_is_listed_in_order():
    assert list(SHIPPED) == list(migrations.STEP_FILES[: len(SHIPPED)])
    assert SCHEMA_VERSION == len(MIGRATIONS) == len(migrations.STEP_FILES)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_a_shipped_step_never_changes(name: str):
    """Its text, as the migration runs it, hashes to what was released."""
    text = MIGRATIONS[migrations.STEP_FILES.index(name)]
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SHIPPED[name]


def test_each_step_is_its_file_as_written():
    """A step is read from its own file, not assembled from shared pieces at import time."""
    package = resources.files(migrations.__name__)
    for name, text in zip(migrations.STEP_FILES, MIGRATIONS, strict=True):
        assert package.joinpath(name).read_text(encoding="utf-8") == text


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_old_database_migrates_to_the_current_schema(tmp_path, current, version):
    path = tmp_path / f"v{version}.db"
    make_at(path, version)
    store = Store.open(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert schema_of(path) == current


def test_migrating_one_step_at_a_time_reaches_the_current_schema(tmp_path, current):
    """Each release opened the file in turn: the same schema as one upgrade, or a new file."""
    path = tmp_path / "stepwise.db"
    make_at(path, 1)
    conn = sqlite3.connect(path)
    for number in range(2, SCHEMA_VERSION + 1):
        with conn:
            for statement in _split_sql(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
    conn.close()
    assert schema_of(path) == current


def test_current_schema_describes_what_the_migrations_made(current):
    """The objects bulk writing rebuilds are stated as the last migration left them."""
    made = {(kind, name): sql for kind, name, _, sql in current}
    for item in current_schema.REBUILT_AFTER_BULK_WRITES:
        assert made[(item.kind, item.name)] == item.create
    tables = {name for kind, name in made if kind == "table"}
    assert set(current_schema.APPEND_ONLY_TABLES) <= tables
    assert set(current_schema.SUMMARY_TABLES) <= tables


def test_a_bulk_write_leaves_the_schema_as_it_was(tmp_path, current):
    path = tmp_path / "bulk.db"
    store = Store.create(path)
    store.insert_batches(
        [
            RowBatch(
                employees=[("e1", "Ana", "ana", "learner", None, "x", "2025-01-01", 1)],
                lesson_events=[("l1", "e1", "intro", "v1", "completed", "2025-01-02", 5)],
            )
        ]
    )
    summary = store.db.execute("SELECT completed_version FROM lesson_summary").fetchall()
    store.close()
    assert summary == [("v1",)]
    assert schema_of(path) == current
