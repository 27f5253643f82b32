"""Drafts in the app: the studio's badge, preview and Publish; learners see nothing before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sellertrain.core.accounts import Accounts
from sellertrain.core.content import authoring
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Employee
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.learner.outline import QUIZ_ROLE
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.studio.author_studio import AuthorScreen
from sellertrain.ui.studio.quiz_preview import quiz_html

TODAY = dt.date(2026, 11, 26)
KINDS = """---
id: kinds
title: Every kind
pass_mark: 80
status: draft
---

## Which is right?

- [x] (100%) Right
  > Yes: the rule says so.
- [ ] (-50%) Wrong
  > No: that is the old rule.

## Where do you check the current value of a rule?

Answer: seller rule centre
Answer (50%): help centre

## How many points close an account?

Number: 48
Number (50%): 45..47

## Match each penalty to what it means for the store.

- Warning -> A notice on the store's record
- Freeze -> The store stops selling for a period
- -> The store is sold to another company

> Penalties rise with each strike.
"""


@pytest.fixture
def author(store: Store) -> Employee:
    return store.add_employee("Li Na", "author", "author-pass", "management")


@pytest.fixture
def studio(qtbot, store: Store, content: Path, author: Employee) -> Iterator[AuthorScreen]:
    screen = AuthorScreen()
    screen.resize(1024, 600)
    session = Session(store, load_course(content, deep=False), author, today=lambda: TODAY)
    screen.show_for(session)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.editor.document().setModified(False)
    screen.close()
    screen.deleteLater()


def draft_lesson(content: Path) -> Path:
    course = load_course(content, deep=False)
    made = authoring.new_lesson(content, course, "Returns in Brazil", "Risk management")
    made.path.write_text(made.text, encoding="utf-8")
    return made.path.resolve()


def test_a_draft_has_a_badge_and_publish_makes_it_live_and_audited(
    qtbot, studio, content, store, monkeypatch
):
    path = draft_lesson(content)
    studio.reload()
    item = studio.tree_item(path)
    assert item is not None and item.text(1) == "Draft"
    studio.open_file(path)
    assert "Draft: learners do not see it" in studio.preview.toPlainText()
    assert studio.publish_button.isVisibleTo(studio)
    assert studio.publish_button.text() == "Publish…"
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    with qtbot.waitSignal(studio.content_changed):
        qtbot.mouseClick(studio.publish_button, Qt.MouseButton.LeftButton)
    assert "Returns in Brazil (lessons/returns-in-brazil.md)" in asked[0]
    assert "still hold the template's text" in asked[0]
    assert "status: draft" not in path.read_text(encoding="utf-8")
    assert "returns-in-brazil" in studio.course.lessons
    assert studio.tree_item(path).text(1) == "⚑ never"  # not checked yet: flagged for review
    assert not studio.publish_button.isVisibleTo(studio)
    assert "Draft:" not in studio.preview.toPlainText()
    (entry,) = [e for e in store.audit_entries() if e.subject == "lessons/returns-in-brazil.md"]
    assert (entry.action, entry.actor_name, entry.details["was"]) == (
        "content_published",
        "Li Na",
        "draft",
    )


def test_the_preview_shows_every_kind_for_the_author_and_as_learners_see_it(studio, content):
    path = content / "quizzes" / "kinds.md"
    path.write_text(KINDS, encoding="utf-8")
    studio.reload()
    assert studio.tree_item(path.resolve()).text(1) == "Draft · 4 questions"
    studio.open_file(path)
    shown = studio.preview.toPlainText()
    for text in (
        "✔ Right (100%)",
        "Wrong (-50%)",
        "Feedback: No: that is the old rule.",
        "Type your answer.",
        "Accepted answers:",
        "✔ seller rule centre (100%)",
        "✔ help centre (50%)",
        "Type a number.",
        "✔ 48 (100%)",
        "✔ 45..47 (50%)",
        "Choose the matching answer for each item.",
        "✔ Warning → A notice on the store's record",
        "Extra wrong answer: The store is sold to another company",
        "Why: Penalties rise with each strike.",
    ):
        assert text in shown, text
    studio.learner_view.setChecked(True)
    shown = studio.preview.toPlainText()
    for text in ("○ Right", "Your answer", "e.g. 48", "Warning ▾ — choose —", "Type a number."):
        assert text in shown, text
    for text in ("✔", "Feedback", "(50%)", "Why:", "Draft:", "Accepted answers"):
        assert text not in shown, text


def test_quiz_html_describes_each_kind(content):
    course = load_course(content, deep=False)
    page = quiz_html(content, content / "quizzes" / "kinds.md", KINDS, course, False)
    assert "Warning → A notice on the store&#x27;s record" in page  # the matching pairs
    assert "Type your answer." in page and "Your answer" in page  # the short answer field
    assert "Type a number." in page and "e.g. 48" in page  # the numerical field
    assert page.count("Choose one answer.") == 1  # only the choice question says so
    learner = quiz_html(content, content / "quizzes" / "kinds.md", KINDS, course, False, True)
    assert "✔" not in learner and "old rule" not in learner


def test_an_import_is_audited_and_may_take_another_id(
    studio, content, store, monkeypatch, tmp_path
):
    source = tmp_path / "questions.gift.txt"
    source.write_text("::Q1::Which is right? {=Right ~Wrong}\n", encoding="utf-8")
    (content / "quizzes" / "questions.md").write_text(KINDS.replace("kinds", "questions"), "utf-8")
    monkeypatch.setattr(dialogs, "pick_file", lambda *_args: source)
    offered: list[str] = []

    def another_id(_parent, _title, label, suggested="") -> str:
        offered.append(f"{label}|{suggested}")
        return "questions-moodle"

    monkeypatch.setattr(dialogs, "ask_text", another_id)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    studio.import_questions()
    assert "already" in offered[0] and offered[0].endswith("|questions-2")
    new = content / "quizzes" / "questions-moodle.md"
    assert new.exists() and "status: draft" in new.read_text(encoding="utf-8")
    (entry,) = [e for e in store.audit_entries() if e.action == "questions_imported"]
    assert (entry.subject, entry.actor_name, entry.details["from"]) == (
        "quizzes/questions-moodle.md",
        "Li Na",
        "questions.gift.txt",
    )


def test_learners_see_a_draft_only_once_it_is_published(qtbot, store, content, tmp_path):
    path = draft_lesson(content)
    (content / "quizzes" / "moodle.md").write_text(KINDS.replace("kinds", "moodle"), "utf-8")
    learner = store.add_employee("Chen Jie", "learner", "right-pass", "finance")
    manager = store.add_employee("Bo Boss", "manager", "boss-pass", "management")
    window = MainWindow(Accounts(store), load_course(content, deep=False))
    qtbot.addWidget(window)
    window.start()
    window.signed_in(learner)
    assert window.outline.lesson_item("returns-in-brazil") is None
    titles = [item.text(0) for item in all_items(window.outline.tree)]
    assert "Every kind" not in titles  # a draft course-wide quiz is no assessment
    assert not [i for i in all_items(window.outline.tree) if i.data(0, QUIZ_ROLE) == "moodle"]

    boss = Session(store, load_course(content, deep=False), manager)
    boss.publish_draft("returns-in-brazil")
    boss.publish_draft("moodle")
    window.reload_course()
    window.signed_in(learner)
    assert window.outline.lesson_item("returns-in-brazil") is not None
    assert [i for i in all_items(window.outline.tree) if i.data(0, QUIZ_ROLE) == "moodle"]
    assert "status: draft" not in path.read_text(encoding="utf-8")


def all_items(tree):
    found, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        found.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    return found
