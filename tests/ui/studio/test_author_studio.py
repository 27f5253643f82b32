"""The author studio, driven headless through its real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Employee
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.training.progress import course_progress
from sellertrain.core.training.retraining import PublishPlan
from sellertrain.ui import dialogs
from sellertrain.ui.studio.author_studio import AuthorScreen
from sellertrain.ui.studio.publish_dialog import PublishDialog

LESSON = "ip-brand-logos"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def no_surprise_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal dialog would hang a headless test: fail instead; tests patch what they expect."""

    def unexpected(*args, **_kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("ask_yes_no", "ask_save_discard_cancel", "ask_text", "ask_choice", "pick_file"):
        monkeypatch.setattr(dialogs, name, unexpected)
    monkeypatch.setattr(dialogs, "show_error", unexpected)
    monkeypatch.setattr(PublishDialog, "ask", classmethod(unexpected))


@pytest.fixture
def author(store: Store) -> Employee:
    return store.add_employee("Li Na", "author", "author-pass", "management")


def session_for(store: Store, content: Path, employee: Employee) -> Session:
    """The employee's Session as MainWindow makes it at sign-in (on a fixed day)."""
    return Session(store, load_course(content, deep=False), employee, today=lambda: TODAY)


@pytest.fixture
def studio(qtbot, store: Store, content: Path, author: Employee) -> Iterator[AuthorScreen]:
    # not qtbot.addWidget: pytest-qt would close it before this fixture can drop the edits
    screen = AuthorScreen()
    screen.resize(1300, 820)
    screen.show_for(session_for(store, content, author))
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.editor.document().setModified(False)  # closing at teardown must not ask
    screen.close()
    screen.deleteLater()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer yes to every yes/no question and record it; fail on a surprise save question."""
    questions: list[str] = []

    def yes(_parent, title: str, text: str) -> bool:
        questions.append(f"{title}\n{text}")
        return True

    def unexpected(*_args) -> str:
        raise AssertionError("nothing should be unsaved here")

    monkeypatch.setattr(dialogs, "ask_yes_no", yes)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", unexpected)
    return questions


def lesson_path(content: Path, lesson_id: str = LESSON) -> Path:
    return (content / "lessons" / f"{lesson_id}.md").resolve()


def replace_line(screen: AuthorScreen, line: int, text: str) -> None:
    """Select one line of the editor and type over it, as an author would."""
    cursor = QTextCursor(screen.editor.document().findBlockByNumber(line - 1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    screen.editor.setTextCursor(cursor)
    screen.editor.insertPlainText(text)


def type_text(qtbot, screen: AuthorScreen, text: str) -> None:
    """Type into the editor key by key (QTest cannot type a newline character itself)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(screen.editor, line)


def rows(screen: AuthorScreen) -> list[str]:
    return [screen.problem_list.item(i).text() for i in range(screen.problem_list.count())]


def test_editing_a_lesson_updates_the_preview_after_a_pause(qtbot, studio, content):
    assert studio.open_file(lesson_path(content))
    assert "Brand logos and intellectual property" in studio.preview.toPlainText()
    assert studio.file_label.text().endswith("saved</span>")
    studio.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, studio, "\n## Fresh rules\n\nA new rule about logos.\n")
    assert studio.check_timer.isActive()  # debounced: typing does not re-render each key
    assert "A new rule about logos." not in studio.preview.toPlainText()
    qtbot.waitUntil(lambda: "A new rule about logos." in studio.preview.toPlainText())
    assert "Fresh rules" in studio.preview.toPlainText()
    assert studio.is_modified
    assert "unsaved changes" in studio.file_label.text()
    # the lesson itself is fine; its Chinese translation now lacks the new section
    (behind,) = rows(studio)
    assert behind.startswith("lessons/ip-brand-logos.zh-CN.md:") and "{#fresh-rules}" in behind


def test_an_error_shows_with_its_line_and_double_click_jumps_there(qtbot, studio, content):
    path = lesson_path(content)
    studio.open_file(path)
    replace_line(studio, 5, "order: soon")
    expected = (
        f"lessons/{LESSON}.md:5: 'order' must be a whole number from 0 to 1000000, not 'soon'"
    )
    qtbot.waitUntil(lambda: expected in rows(studio))
    assert "1 error" in studio.problem_summary.text()
    assert "Learners do not see this lesson" in studio.preview.toPlainText()

    studio.editor.go_to_line(30)
    item = studio.problem_list.item(rows(studio).index(expected))
    studio.problem_list.scrollToItem(item)
    centre = studio.problem_list.visualItemRect(item).center()
    # a real double-click: press and release, then the double-click event
    qtbot.mouseClick(studio.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(studio.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert studio.editor.current_line() == 5
    assert studio.editor.hasFocus()

    # the same message and line as `sellertrain check` gives for the saved file
    path.write_text(studio.editor.toPlainText(), encoding="utf-8")
    on_disk = load_course(content, deep=True).errors
    assert [f"{e.path.name}:{e.line}: {e.message}" for e in on_disk] == [
        expected.removeprefix("lessons/")
    ]


def test_a_problem_in_another_file_opens_that_file(qtbot, studio, content, asked):
    studio.open_file(lesson_path(content))
    text = studio.editor.toPlainText()
    line = text.split("\n").index("## General and serious infringements") + 1
    replace_line(studio, line, "## Serious infringements")
    qtbot.waitUntil(lambda: any(r.startswith(f"quizzes/{LESSON}-quiz.md:") for r in rows(studio)))
    target = next(r for r in rows(studio) if r.startswith(f"quizzes/{LESSON}-quiz.md:"))
    studio.save()  # asked about the errors elsewhere? no: the lesson itself has none
    assert asked == []
    studio._problem_chosen(studio.problem_list.item(rows(studio).index(target)))
    assert studio.path == (content / "quizzes" / f"{LESSON}-quiz.md").resolve()
    assert studio.editor.current_line() == int(target.split(":")[1])
    assert studio.editor.textCursor().block().text().startswith("Tests:")


def test_new_lesson_from_the_template_validates_and_saves(qtbot, studio, content, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Shipping to Brazil: customs")
    chosen = {}

    def choose(_parent, _title, _label, items, current="", editable=False):
        chosen.update(items=list(items), current=current, editable=editable)
        return "Orders, shipping and service"

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    course = load_course(content, deep=False)
    qtbot.mouseClick(studio.new_lesson_button, Qt.MouseButton.LeftButton)
    assert chosen["editable"] and "Risk management" in chosen["items"]
    path = lesson_path(content, "shipping-to-brazil-customs")
    assert studio.path == path and studio.is_new and not path.exists()
    assert rows(studio) == []
    assert "No problems" in studio.problem_summary.text()
    assert "Shipping to Brazil: customs" in studio.preview.toPlainText()
    assert studio.tree_item(path) is not None  # listed under "Not saved yet"

    with qtbot.waitSignal(studio.content_changed):
        qtbot.mouseClick(studio.save_button, Qt.MouseButton.LeftButton)
    assert path.exists() and not studio.is_new and not studio.is_modified
    saved = load_course(content, deep=True)
    assert saved.errors == []
    assert "shipping-to-brazil-customs" not in saved.lessons  # a draft until published
    lesson = saved.drafts.lessons["shipping-to-brazil-customs"]
    orders = [x.order for x in course.lessons.values() if x.module == lesson.module]
    assert lesson.order == max(orders) + 10
    assert lesson.reviewed is None  # a new lesson has not been checked: never today's date
    assert lesson.sources == ()


def test_new_quiz_for_a_new_lesson_is_linked_after_saving(qtbot, studio, content, monkeypatch):
    answers = iter(["Returns in Brazil", "Returns in Brazil: quiz"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: next(answers))
    monkeypatch.setattr(dialogs, "ask_choice", lambda _p, _t, _l, items, *_a, **_k: items[-1])
    studio.new_lesson()
    studio.save()
    linked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: linked.append(text) or True)
    monkeypatch.setattr(
        dialogs,
        "ask_choice",
        lambda _p, _t, _l, items, *_a, **_k: "Returns in Brazil (returns-in-brazil)",
    )
    studio.new_quiz()
    assert studio.path == (content / "quizzes" / "returns-in-brazil-quiz.md").resolve()
    assert rows(studio) == []
    assert "✔ The correct answer" in studio.preview.toPlainText()
    studio.save()
    assert linked and "quiz: returns-in-brazil-quiz" in linked[0]
    course = load_course(content, deep=True)
    assert course.errors == []
    assert course.drafts.lessons["returns-in-brazil"].quiz_id == "returns-in-brazil-quiz"
    assert course.drafts.quizzes["returns-in-brazil-quiz"].lesson_id == "returns-in-brazil"


def test_an_outside_change_reloads_the_open_file(qtbot, studio, content):
    path = lesson_path(content)
    studio.open_file(path)
    changed = path.read_text(encoding="utf-8") + "\nA paragraph added in another editor.\n"
    with qtbot.waitSignal(studio.content_changed, timeout=5000):
        path.write_text(changed, encoding="utf-8")
    qtbot.waitUntil(lambda: studio.editor.toPlainText() == changed, timeout=5000)
    assert not studio.is_modified
    qtbot.waitUntil(lambda: "another editor" in studio.preview.toPlainText())


def test_an_outside_change_asks_before_dropping_unsaved_edits(qtbot, studio, content, monkeypatch):
    path = lesson_path(content)
    studio.open_file(path)
    studio.editor.moveCursor(QTextCursor.MoveOperation.End)
    studio.editor.insertPlainText("\nMy unsaved words.\n")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    path.write_text(path.read_text(encoding="utf-8") + "\nOutside words.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "changed by another program" in asked[0]
    assert "My unsaved words." in studio.editor.toPlainText()
    assert "Outside words." not in studio.editor.toPlainText()
    assert studio.is_modified


def test_a_new_file_from_outside_appears_in_the_tree(qtbot, studio, content, lesson_md):
    path = (content / "lessons" / "outside.md").resolve()
    with qtbot.waitSignal(studio.content_changed, timeout=5000):
        path.write_text(lesson_md("outside", module="Risk management"), encoding="utf-8")
    qtbot.waitUntil(lambda: studio.tree_item(path) is not None, timeout=5000)


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_unsaved_changes_asks(qtbot, studio, content, monkeypatch, answer):
    path = lesson_path(content)
    original = path.read_text(encoding="utf-8")
    studio.open_file(path)
    assert studio.close()  # nothing unsaved: closes without a question
    studio.show()
    studio.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(studio.editor, "More text.")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_save_discard_cancel", lambda _p, _t, text: asked.append(text) or answer
    )
    closed = studio.close()
    assert len(asked) == 1 and f"lessons/{LESSON}.md" in asked[0]
    assert closed is (answer != "cancel")
    assert studio.isVisible() is (answer == "cancel")
    on_disk = path.read_text(encoding="utf-8")
    assert on_disk == (original + "More text." if answer == "save" else original)
    assert studio.is_modified is (answer == "cancel")


def test_maybe_leave_asks_before_opening_another_file(qtbot, studio, content, monkeypatch):
    studio.open_file(lesson_path(content))
    studio.editor.insertPlainText("x")
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda *_a: "cancel")
    other = lesson_path(content, "fees-deposits")
    assert not studio.maybe_leave()
    assert not studio.open_file(other)
    assert studio.path == lesson_path(content)
    assert studio.tree.currentItem() is studio.tree_item(lesson_path(content))


def test_saving_with_errors_is_warned_and_learners_never_get_the_broken_quiz(
    qtbot, studio, content, monkeypatch
):
    quiz_path = (content / "quizzes" / f"{LESSON}-quiz.md").resolve()
    studio.open_file(quiz_path)
    text = studio.editor.toPlainText()
    line = text.split("\n").index("- [x] Serious: the goods carry the mark") + 1
    replace_line(studio, line, "- [ ] Serious: the goods carry the mark")
    qtbot.waitUntil(lambda: any("has no correct option" in r for r in rows(studio)))
    assert "Learners do not see this quiz" in studio.preview.toPlainText()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_yes_no", lambda _p, title, text: asked.append(title + text) or False
    )
    assert not studio.save()
    assert "has no correct option" not in quiz_path.read_text(encoding="utf-8")
    assert asked[0].startswith("Save with errors?")
    assert "has no correct option" in asked[0]
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    with qtbot.waitSignal(studio.content_changed):
        assert studio.save()
    assert "- [ ] Serious: the goods carry the mark\n" in quiz_path.read_text(encoding="utf-8")
    learners = load_course(content, deep=False)
    assert f"{LESSON}-quiz" not in learners.quizzes
    assert studio.tree_item(quiz_path).parent().text(0).startswith("Files with errors")


def test_quiz_preview_marks_the_correct_answers(qtbot, studio, content):
    studio.open_file((content / "quizzes" / f"{LESSON}-quiz.md").resolve())
    quiz = load_course(content, deep=False).quizzes[f"{LESSON}-quiz"]
    shown = studio.preview.toPlainText()
    first = quiz.questions[0]
    assert f"1. {first.text}" in shown
    for option in first.options:
        assert ("✔ " if option.correct else "○ ") + option.text in shown
    assert first.explanation.split()[0] in shown
    assert "Tests: Brand logos and intellectual property › General and serious" in shown


def test_change_awareness_counts_completions_before_saving(
    qtbot, studio, store, content, monkeypatch
):
    course = load_course(content, deep=False)
    lesson = course.lessons[LESSON]
    people = []
    for number in range(3):
        person = store.add_employee(f"Packer {number}", "learner", "packer-pass")
        store.record_lesson_completed(person.id, LESSON, lesson.version, lesson.section_texts())
        people.append(person)
    studio.open_file(lesson_path(content))
    assert not studio.impact_label.isVisible()
    studio.editor.moveCursor(QTextCursor.MoveOperation.End)
    studio.editor.insertPlainText("\nThe deposit rule changed.\n")
    qtbot.waitUntil(studio.impact_label.isVisible)
    assert "3 completion" in studio.impact_label.text()
    last = lesson.sections[-1]
    plans = []

    def decide(_cls, _parent, title, plan):
        plans.append(plan)
        return None if len(plans) == 1 else ("material", [last.anchor])

    monkeypatch.setattr(PublishDialog, "ask", classmethod(decide))
    assert not studio.save()  # cancelled in the dialog: nothing saved, nothing published
    assert studio.is_modified and store.publications() == []
    assert studio.save()
    assert plans[0].readers == 3 and plans[0].changed == ((last.anchor, last.title),)
    [publication] = store.publications(LESSON)
    assert publication.kind == "material" and publication.changed_sections == (last.anchor,)
    assert publication.published_by == studio.session.employee.id
    changed = load_course(content, deep=False)
    statuses = {course_progress(store, changed, p).state(LESSON).status.value for p in people}
    assert statuses == {"needs refresh"}
    assert not studio.impact_label.isVisible()


def test_a_wording_change_is_published_as_editorial(qtbot, studio, store, content, monkeypatch):
    course = load_course(content, deep=False)
    lesson = course.lessons[LESSON]
    reader = store.add_employee("Packer", "learner", "packer-pass")
    store.record_lesson_completed(reader.id, LESSON, lesson.version, lesson.section_texts())
    studio.open_file(lesson_path(content))
    cursor = studio.editor.document().find(lesson.sections[0].title)
    cursor.insertText(lesson.sections[0].title + " today")
    studio.editor.setTextCursor(cursor)
    monkeypatch.setattr(PublishDialog, "ask", classmethod(lambda *_a: ("editorial", [])))
    assert studio.save()
    assert [p.kind for p in store.publications(LESSON)] == ["editorial"]
    changed = load_course(content, deep=False)
    assert course_progress(store, changed, reader).state(LESSON).status.value == "completed"


def test_a_lesson_changed_outside_the_app_is_published_from_the_studio(
    qtbot, studio, store, content, monkeypatch
):
    course = load_course(content, deep=False)
    lesson = course.lessons[LESSON]
    reader = store.add_employee("Packer", "learner", "packer-pass")
    store.record_lesson_completed(reader.id, LESSON, lesson.version, lesson.section_texts())
    studio.open_file(lesson_path(content))
    assert not studio.publish_button.isVisibleTo(studio)  # what the reader saw: nothing to do
    last = lesson.sections[-1]
    path = lesson_path(content)
    path.write_text(path.read_text(encoding="utf-8") + "\nA new rule.\n", encoding="utf-8")
    studio.reload()  # as after another program saved the file
    assert studio.publish_button.isVisibleTo(studio)
    plans = []

    def decide(_cls, _parent, _title, plan):
        plans.append(plan)
        return "material", [last.anchor]

    monkeypatch.setattr(PublishDialog, "ask", classmethod(decide))
    studio.publish_button.click()
    assert plans[0].changed == ((last.anchor, last.title),) and plans[0].readers == 1
    [publication] = store.publications(LESSON)
    assert publication.kind == "material" and publication.previous_version == lesson.version
    assert not studio.publish_button.isVisibleTo(studio)
    changed = load_course(content, deep=False)
    assert course_progress(store, changed, reader).state(LESSON).status.value == "needs refresh"


def test_the_publish_dialog_names_the_changed_sections(qtbot):
    plan = PublishPlan((("fees", "Fees"), ("deposit", "The deposit")), 4, False)
    dialog = PublishDialog(None, "Fees and deposits", plan)
    qtbot.addWidget(dialog)
    assert dialog.decision() == ("material", ["fees", "deposit"])
    dialog.sections["fees"].setChecked(False)
    assert dialog.decision() == ("material", ["deposit"])
    dialog.sections["deposit"].setChecked(False)
    assert not dialog.save_button.isEnabled()  # material with no section would mark nobody
    dialog.editorial.setChecked(True)
    assert dialog.save_button.isEnabled() and dialog.decision() == ("editorial", [])
    assert not dialog.sections["fees"].isEnabled()


def test_lessons_due_for_review_are_flagged(qtbot, store, content, author):
    """A lesson checked against the platform's pages long ago, and one never checked (an
    empty ``reviewed:``, as the shipped lessons are until someone checks them), are flagged."""

    def set_reviewed(lesson_id: str, value: str) -> Path:
        path = lesson_path(content, lesson_id)
        text = path.read_text(encoding="utf-8")
        line = next(x for x in text.split("\n") if x.startswith("reviewed:"))
        path.write_text(text.replace(line, f"reviewed: {value}"), encoding="utf-8")
        return path

    old = set_reviewed("fees-deposits", "2026-03-01")
    fresh = set_reviewed(LESSON, "2026-11-26")
    never = lesson_path(content, "order-cancellations")
    # translations (<id>.zh-CN.md) share their original's review date: not counted twice
    lessons = len([p for p in (content / "lessons").glob("*.md") if "." not in p.stem])
    screen = AuthorScreen()
    qtbot.addWidget(screen)
    screen.show_for(session_for(store, content, author))
    assert screen.tree_item(old).text(1) == "⚑ 2026-03-01"
    assert "270 days" in screen.tree_item(old).toolTip(1)
    assert screen.tree_item(fresh).text(1) == "2026-11-26"
    assert screen.tree_item(never).text(1) == "⚑ never"
    assert "Not yet checked" in screen.tree_item(never).toolTip(1)
    assert f"{lessons - 1} lessons" in screen.review_summary.text()
    screen.review_age.setValue(365)
    assert screen.tree_item(old).text(1) == "2026-03-01"
    assert f"{lessons - 2} lessons" in screen.review_summary.text()


def test_insert_image_copies_it_and_inserts_the_reference(
    qtbot, studio, content, tmp_path, monkeypatch
):
    picked = tmp_path / "Return Label.SVG"
    picked.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    monkeypatch.setattr(dialogs, "pick_file", lambda *_a: picked)
    studio.open_file(lesson_path(content))
    lines = lesson_path(content).read_text(encoding="utf-8").split("\n")
    studio.editor.go_to_line(lines.index("---", 1) + 4)  # in the body, past the front matter
    qtbot.mouseClick(studio.image_button, Qt.MouseButton.LeftButton)
    assert (content / "assets" / "return-label.svg").exists()
    assert "![Return Label](../assets/return-label.svg)\n" in studio.editor.toPlainText()
    qtbot.waitUntil(lambda: not studio.check_timer.isActive())
    assert rows(studio) == []
    assert studio.tree_item((content / "assets" / "return-label.svg").resolve()) is not None


def test_ctrl_s_saves(qtbot, studio, content):
    path = lesson_path(content)
    studio.open_file(path)
    studio.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(studio.editor, "Saved by keyboard.")
    studio.activateWindow()
    with qtbot.waitSignal(studio.content_changed):
        qtbot.keyClick(studio.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_text(encoding="utf-8").endswith("Saved by keyboard.")


def test_a_learner_may_read_but_not_edit(qtbot, store, content):
    learner = store.add_employee("Chen Jie", "learner", "learner-pass")
    screen = AuthorScreen()
    qtbot.addWidget(screen)
    screen.show_for(session_for(store, content, learner))
    screen.open_file(lesson_path(content))
    assert screen.editor.isReadOnly()
    assert not screen.save_button.isEnabled()
    assert not screen.new_lesson_button.isEnabled()
    assert not screen.save()


def test_widgets_have_names_for_tests_and_screen_readers(studio):
    from PySide6.QtWidgets import QWidget

    for name in (
        "authorTree",
        "authorEditor",
        "authorPreview",
        "authorProblems",
        "authorSave",
        "authorNewLesson",
        "authorNewQuiz",
        "authorInsertImage",
        "authorReload",
        "authorReviewAge",
    ):
        widget = studio.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_main_window_opens_the_studio_for_authors_and_reloads_learners_course(
    qtbot, store: Store, content: Path, author: Employee, monkeypatch: pytest.MonkeyPatch
):
    from sellertrain.ui.main_window import MainWindow

    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window = MainWindow(Accounts(store), load_course(content, deep=False))
    qtbot.addWidget(window)
    window.signed_in(learner)
    assert not window.author_action.isVisible()
    window.show_author()
    assert window.author is None

    window.signed_in(author)
    assert window.author_action.isVisible()
    window.show_author()
    assert window.stack.currentWidget() is window.author
    path = content / "lessons" / f"{LESSON}.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Brand logos", "Brand marks", 1), encoding="utf-8"
    )
    old_version = window.course.lessons[LESSON].version
    window.author.content_changed.emit()
    assert window.course.lessons[LESSON].version != old_version
    assert window.outline.session is window.session and window.session.course is window.course

    monkeypatch.setattr(window.author, "maybe_leave", lambda: False)
    window.show_home()
    assert window.stack.currentWidget() is window.author  # stayed: unsaved edits


def test_import_a_gift_file_from_the_studio(studio: AuthorScreen, content: Path, monkeypatch):
    from tests.conftest import FIXTURES

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "pick_file", lambda *_args: FIXTURES / "gift" / "all_kinds.gift")
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, _title, text: shown.append(text))
    changed: list[bool] = []
    studio.content_changed.connect(lambda: changed.append(True))
    before = set((content / "quizzes").glob("*.md"))
    studio.import_questions()
    new_files = set((content / "quizzes").glob("*.md")) - before
    assert new_files and changed
    assert shown and shown[0].startswith("Imported ")
    assert "drafts" in shown[0]
    course = load_course(content)
    assert not [q for q in course.quizzes.values() if q.path in new_files]  # drafts
    imported = [q for q in course.drafts.quizzes.values() if q.path in new_files]
    assert imported and sum(len(q.questions) for q in imported) > 0
    assert not [e for e in course.errors if e.path in new_files]
    assert studio.path in new_files


def test_the_studio_reads_nothing_until_shown_for_a_session(qtbot):
    screen = AuthorScreen()
    qtbot.addWidget(screen)
    screen.refresh()  # never shown: there is no session to read from
    assert screen.session is None
    assert screen.tree.topLevelItemCount() == 0 and screen.watcher.content_files() == []
    assert not screen.save_button.isEnabled() and not screen.new_lesson_button.isEnabled()
    assert not screen.save()


def test_a_save_reaches_the_course_the_session_holds(qtbot, studio, content, asked):
    session = studio.session
    before = session.course.lessons[LESSON].version
    studio.open_file(lesson_path(content))
    studio.editor.moveCursor(QTextCursor.MoveOperation.End)
    studio.editor.insertPlainText("\nOne more sentence.\n")
    assert studio.save()
    after = session.course.lessons[LESSON]
    assert after.version != before
    assert after.version == load_course(content, deep=False).lessons[LESSON].version


def test_refresh_reads_the_folder_again_for_the_session_last_shown(
    qtbot, studio, content, lesson_md
):
    path = (content / "lessons" / "written-elsewhere.md").resolve()
    studio.watcher.stop()  # only refresh may notice the new file here
    path.write_text(lesson_md("written-elsewhere", module="Risk management"), encoding="utf-8")
    assert studio.tree_item(path) is None
    studio.refresh()
    assert studio.tree_item(path) is not None
    assert "written-elsewhere" in studio.session.course.lessons


def test_in_the_built_app_the_shipped_course_is_read_only_and_says_why(
    qtbot, store, content, author, monkeypatch, tmp_path
):
    """An update replaces the program's folder: edits there would be lost, so none are made."""
    bundle = tmp_path / "bundle"
    (bundle / "sellertrain").mkdir(parents=True)
    shipped = bundle / "sellertrain" / "content"
    content.rename(shipped)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
    screen = AuthorScreen()
    qtbot.addWidget(screen)
    screen.show_for(session_for(store, shipped, author))
    assert not screen.can_edit and screen.editor.isReadOnly()
    assert not screen.new_lesson_button.isEnabled() and not screen.import_button.isEnabled()
    assert "each update replaces it" in screen.subtitle.text()
    assert str(shipped.resolve()) in screen.subtitle.text()
