"""Audit subjects read in Chinese: written by the real code paths, stored in English (the
hash chain untouched), shown translated; a subject no template wrote is shown as stored."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from sellertrain.core.message import Message, localize, placeholders
from sellertrain.core.models import PublicationKind, SectionText, section_digest
from sellertrain.core.reports.audit_log import audit_csv, audit_rows
from sellertrain.core.store import AuditFilter, Store
from sellertrain.core.store.audit import ASSIGNMENT_CREATED, CONTENT_PUBLISHED
from sellertrain.core.store.audit_chain import check_audit_chain
from sellertrain.core.store.audit_subjects import (
    ROLES,
    TEMPLATES,
    subject_message,
    subject_text,
)

ZH = "zh-CN"
STORE_DIR = Path(__file__).parents[3] / "src" / "sellertrain" / "core" / "store"


def _latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", text))


@pytest.fixture
def written(store: Store) -> tuple[Store, dict[str, set[str]]]:
    """Every kind of templated subject, written through the Store's own methods; with the
    Latin words each subject may keep (its names and ids)."""
    boss = store.add_employee("Wang Fang", "manager", "boss-pass")
    store.add_department("Sales", boss.id)
    ana = store.add_employee("Ana Li", "learner", "pass-1234", "Sales")
    allowed: dict[str, set[str]] = {}
    for what in ({"lesson_id": "fees-deposits"}, {"module": "Basics"}):
        name = set(_latin_words(next(iter(what.values()))))
        for kind, target, keeps in (
            ("everyone", None, set()),
            ("role", "learner", set()),
            ("role", "author", set()),
            ("department", "Sales", {"Sales"}),
            ("employee", ana.id, _latin_words(ana.id)),
        ):
            made = store.add_assignment(boss.id, "2030-01-01", kind, target, **what)
            allowed[store.audit_entries(1)[0].subject] = name | keeps
            store.revoke_assignment(made.id, boss.id)
    section = SectionText("intro", "Intro", "words", section_digest("words"))
    store.record_publication(
        "fees-deposits", "v2", "v1", PublicationKind.MATERIAL, ["intro"], [section], [], boss.id
    )
    allowed["lessons/fees-deposits"] = {"fees", "deposits"}
    store.record_quiz_publication("returns-quiz", "q2", "material", 80, None, {}, boss.id)
    allowed["quizzes/returns-quiz"] = {"returns", "quiz"}
    return store, allowed


def test_every_template_has_a_chinese_translation_with_its_placeholders():
    for template in (*TEMPLATES, *ROLES.values()):
        chinese = localize(template, ZH)
        assert chinese != template.template, template
        assert placeholders(chinese) == placeholders(template.template), template


def test_subjects_written_by_the_code_read_back_in_chinese(written):
    store, allowed = written
    entries = [e for e in store.audit_entries() if e.subject in allowed]
    templated = {e.subject for e in entries}
    assert templated == set(allowed)  # each written, stored as the English text
    made = {subject_message(subject) for subject in templated}
    assert {m.template for m in made if isinstance(m, Message)} == {t.template for t in TEMPLATES}
    for cells in audit_rows(entries, language=ZH):
        english = next(e.subject for e in entries if subject_text(e.subject, ZH) == cells[3])
        shown = cells[3]
        assert shown != english
        assert _latin_words(shown) <= allowed[english], (english, shown)
    # the role is translated inside the sentence, the department's name kept
    assert subject_text("lesson fees-deposits to role learner", ZH) == (
        "课程 fees-deposits 分配给角色：学员"
    )
    assert subject_text("module Basics to department Sales", ZH) == "模块 Basics 分配给部门：Sales"
    # English readers see the stored text, and the chain is whole: nothing rewritten
    assert [c[3] for c in audit_rows(entries)] == [e.subject for e in entries]
    checked, _legacy, problems = check_audit_chain(store.conn)
    assert checked == len(store.audit_entries()) and problems == []


def test_rows_written_before_the_templates_translate_too(store: Store):
    """An older version wrote the same English with f-strings: matching reads those rows."""
    boss = store.add_employee("Wang Fang", "manager", "boss-pass")
    with store.transaction():
        store._audit(boss.id, ASSIGNMENT_CREATED, "lesson returns to department After Sales")
        store._audit(boss.id, CONTENT_PUBLISHED, "quizzes/returns-quiz")
    shown = [row[3] for row in audit_rows(store.audit_entries(2), language=ZH)]
    assert shown == ["测验 returns-quiz", "课程 returns 分配给部门：After Sales"]


@pytest.mark.parametrize(
    "stored",
    [
        "Wang Fang",  # a name
        "lessons/fees-deposits.md",  # a file saved: its path, not a lesson id
        "lesson Fees Deposits to everyone",  # no lesson id has capitals or spaces
        "lesson fees to everyone!",  # more than the template
        "module x to the moon",
        "",
    ],
)
def test_a_subject_no_template_reproduces_is_shown_as_stored(stored: str):
    assert subject_message(stored) == stored
    assert not isinstance(subject_message(stored), Message)
    assert subject_text(stored, ZH) == stored


def test_search_finds_a_subject_by_its_english_and_by_what_it_shows(written):
    store, _ = written
    everyone = {"lesson fees-deposits to everyone", "module Basics to everyone"}

    def found(**where: str) -> set[str]:
        return {e.subject for e in store.audit_page(AuditFilter(**where))}

    assert found(search="to everyone") == everyone
    assert found(search="to everyone", language=ZH) == everyone
    assert found(search="所有人", language=ZH) == everyone
    assert found(search="所有人") == set()  # an English reader is not shown it
    assert found(search="角色：学员", language=ZH) == {
        "lesson fees-deposits to role learner",
        "module Basics to role learner",
    }
    assert found(search="测验 returns", language=ZH) == {"quizzes/returns-quiz"}
    assert store.audit_count(AuditFilter(search="所有人", language=ZH)) == 4  # made, revoked


def test_a_search_sees_changes_made_since_the_last_one(written):
    """What a search keeps between keystrokes is read again once the log has grown, by this
    connection or by another one (another window, the command line)."""
    store, _ = written
    everyone = AuditFilter(search="所有人", language=ZH)
    boss = store.employee_by_name("Wang Fang")
    assert store.audit_count(everyone) == 4
    store.add_assignment(boss.id, "2031-01-01", "everyone", lesson_id="returns")
    assert store.audit_count(everyone) == 5
    other = Store.open(store.path)
    try:
        other.add_assignment(boss.id, "2031-01-01", "everyone", lesson_id="listings")
    finally:
        other.close()
    assert store.audit_count(everyone) == 6
    assert [e.subject for e in store.audit_page(everyone, 1)] == ["lesson listings to everyone"]


def test_the_csv_export_is_in_the_chosen_language(written):
    store, _ = written
    entries = store.audit_page(AuditFilter(action="content_published"))
    assert "测验 returns-quiz" in audit_csv(entries, language=ZH)
    assert "quizzes/returns-quiz" in audit_csv(entries)


def test_no_subject_is_written_from_an_f_string():
    """A subject built by an f-string would have no template to be read back by."""
    for path in STORE_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "_audit"
                and len(node.args) >= 3
            ):
                assert not isinstance(node.args[2], ast.JoinedStr), f"{path.name}:{node.lineno}"
