"""Performance behaviour, not timings: query plans use indexes, start-up stays lean.

Timings are measured by benchmarks/run.py on demand; these tests guard the techniques that
make the timings possible, so a change that undoes one fails here on any machine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.reports import team as reports
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.store import Store
from tests.conftest import REPO

# (answers is a view since m020: its plans read answer_rows and answer_attempts)
BIG_TABLES = (
    "lesson_events",
    "attempts",
    "attempt_results",
    "answers",
    "answer_rows",
    "answer_attempts",
    "draft_answers",
)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = Store.create(tmp_path_factory.mktemp("plans") / "demo.db")
    course = load_course(REPO, deep=False)
    generate_demo_data(store, course, 40, seed=2)
    store.db.execute("ANALYZE")
    yield store, course
    store.close()


def _plans_of(store: Store, call) -> list[tuple[str, list[str]]]:
    """Run ``call`` and return every SELECT it issued with its query plan."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        store.db.conn.set_trace_callback(None)
    plans = []
    for sql in statements:
        text = sql.strip()
        if not (text.upper().startswith("SELECT") or text.upper().startswith("WITH")):
            continue
        rows = store.db.conn.execute("EXPLAIN QUERY PLAN " + text).fetchall()
        plans.append((text, [row[3] for row in rows]))
    return plans


def _full_scans(plans: list[tuple[str, list[str]]]) -> list[str]:
    """Plan steps that read a whole big table row by row (an index scan is allowed)."""
    bad = []
    for sql, steps in plans:
        aliases = {alias: table for table, alias in re.findall(r"(\w+)\s+AS\s+(\w+)", sql)}
        for step in steps:
            words = step.split()
            if words[:1] == ["SCAN"] and len(words) >= 2:
                table = aliases.get(words[1], words[1])
                if table in BIG_TABLES and "INDEX" not in step:
                    bad.append(f"{step}  <=  {sql[:120]}")
    return bad


def test_report_queries_never_scan_a_big_table_without_an_index(demo_store):
    store, course = demo_store
    quiz_id = course.ordered_lessons[0].quiz_id
    employee = store.employees()[0]
    calls = {
        "team progress": lambda: reports.team_progress(store, course, dt.date.today()),
        "question analysis": lambda: reports.question_analysis(store, course, quiz_id),
        "risk areas": lambda: reports.risk_area_scores(store, course),
        "completions": store.first_completions_by_day,
        "employee lessons": lambda: list(store.lesson_facts(employee.id)),
        "employee quizzes": lambda: list(store.quiz_facts(employee.id)),
        "employee attempts": lambda: store.attempts(employee.id),
        "lesson progress": lambda: store.lesson_progress(employee.id),
    }
    for name, call in calls.items():
        plans = _plans_of(store, call)
        assert plans, f"{name} issued no query"
        assert _full_scans(plans) == [], name


def test_item_analysis_reads_only_its_sums_by_primary_key(demo_store):
    """Item analysis (answers given and discrimination index) reads the sums kept on write
    (m017) by their primary key, never a record table, and sorts nothing."""
    store, course = demo_store
    quiz = course.quizzes[course.ordered_lessons[0].quiz_id]
    ids = [q.id for q in quiz.questions]
    calls = {
        "answer breakdown": lambda: store.answer_breakdown(quiz.id, quiz.version, ids),
        "item sums": lambda: store.item_sums(quiz.id, quiz.version),
        "question analysis": lambda: reports.question_analysis(store, course, quiz.id),
    }
    for name, call in calls.items():
        plans = _plans_of(store, call)
        assert plans, name
        read = set()
        for sql, steps in plans:
            aliases = {alias: table for table, alias in re.findall(r"(\w+)\s+AS\s+(\w+)", sql)}
            for step in steps:
                words = step.split()
                read.add(aliases.get(words[1], words[1]) if len(words) >= 2 else step)
                assert "TEMP B-TREE" not in step, (name, step)
                if len(words) >= 2 and words[0] in ("SCAN", "SEARCH"):
                    assert words[0] == "SEARCH" and "PRIMARY KEY" in step, (name, step)
        assert read <= {"answer_counts", "question_sums"}, (name, read)
        assert not read & set(BIG_TABLES), name


@pytest.mark.parametrize("first_screen", ["first-run", "sign-in"])
def test_start_up_imports_no_heavy_module_and_renders_no_lesson(tmp_path: Path, first_screen):
    probe = (
        "import json, sys\n"
        "from sellertrain.cli.main import main\n"
        f"code = main(['--smoke', '--db', {str(tmp_path / 's.db')!r}])\n"
        "import linecache, PySide6.QtCore\n"
        "from sellertrain.core.content import render\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules),"
        " 'qt_namespace': 'Qt' in PySide6.QtCore.__dict__, 'sources_read': len(linecache.cache),"
        " 'rendered': render._render_lesson_cached.cache_info().currsize}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # a first start creates the database and the parse cache; the probe is the next start
    warm = [sys.executable, "-m", "sellertrain.cli.main", "--smoke", "--db", str(tmp_path / "s.db")]
    subprocess.run(warm, capture_output=True, env=env, timeout=120, check=True)
    if first_screen == "sign-in":
        store = Store.open(tmp_path / "s.db")
        store.add_employee("Chen Jie", "learner", "pass-1234")
        store.close()
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["rendered"] == 0
    # PySide6 makes the Qt namespace's 93 enums at its first use (~15 ms): not before the paint
    assert not report["qt_namespace"]
    # PySide6 reads every module's source after it is loaded (~85 files, ~4 MiB): not ours
    assert report["sources_read"] < 10
    loaded = set(report["modules"])
    for heavy in (
        "PySide6.QtCharts",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtWebEngineCore",
        "sellertrain.ui.studio.author_studio",
        "sellertrain.pdf.report",
        "sellertrain.core.reports.demo",
        "sellertrain.core.interchange.gift",
        "sqlite_utils",  # the store reads through sqlite3 until its first write
        "yaml",  # course.yaml and front matter come from the parse cache
        "sellertrain.ui.learner.lesson_reader",  # screens after sign-in are built on first use
        "sellertrain.ui.learner.quiz_runner",
        "sellertrain.ui.team.team_view",
        "sellertrain.core.session",
        "_hashlib",  # OpenSSL (3.5 MiB): SHA-256 before the first screen is CPython's own
        "logging.handlers",  # socket and pickle: the log file is set up outside --smoke only
        "sellertrain.cli.records",  # the command groups are imported only to run a command
        "sellertrain.cli.employees",
        "sellertrain.core.i18n",  # the .ts reader: the app loads the .qm files through Qt
        "xml.etree.ElementTree",
        "sellertrain.core.training.progress",  # status names import their enums when used
        "sellertrain.core.training.requirements",
        "sellertrain.core.store.sync_rows",  # the company record, only for a joined database
        "sellertrain.core.server.credentials",
        "sellertrain.core.server.connection",
        "sellertrain.core.content.variant_checks",  # variant checks come from the parse cache
        "platformdirs",  # ~15 ms: core/paths.py names the user's folders itself on Linux
        "sellertrain.core.content.loader",  # the course loads after the first paint
        "sellertrain.core.content.cache",
        "sellertrain.core.store.backups",  # the store package names its parts when asked for
        "sellertrain.ui.sync_status",  # the company record's status: a joined database only
        "sellertrain.ui.image_fitter",  # the lesson reader's; its Qt classes are not needed
    ):
        assert heavy not in loaded, heavy
    # only the first screen shown is built (and its module imported)
    unshown = {"first-run": "sellertrain.ui.sign_in", "sign-in": "sellertrain.ui.first_run"}
    assert unshown[first_screen] not in loaded
