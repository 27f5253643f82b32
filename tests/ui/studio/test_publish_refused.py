"""A publication the company record refuses is shown to the author in one message, not raised."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.store.sync_rows import join_server
from sellertrain.core.training import quiz_terms
from sellertrain.ui import dialogs
from sellertrain.ui.studio import publishing


def test_a_quiz_change_refused_offline_is_shown_and_nothing_is_recorded(
    qtbot, store: Store, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    author = store.add_employee("Li Na", "author", "author-pass", "management")
    quiz_terms.publish_first_versions(store, load_course(content, deep=False))
    quiz_id = sorted(load_course(content, deep=False).quizzes)[0]
    path = load_course(content, deep=False).quizzes[quiz_id].path
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^pass_mark: \d+$", "pass_mark: 95", text, count=1), "utf-8")
    join_server(store, str(uuid.uuid4()))  # a company record's database, no server address here
    session = Session(store, load_course(content, deep=False), author)
    pending = session.pending_quizzes()[0]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title, text)))
    assert not publishing.publish_quiz_change(None, session, pending)  # type: ignore[arg-type]
    assert shown[0][0] == "The quiz change was not published"
    assert shown[0][1].startswith("publishing a quiz needs the company server")
    assert [p.kind for p in store.quiz_publications(quiz_id)] == ["first"]


def test_a_draft_refused_offline_is_shown_and_stays_a_draft(
    qtbot, store: Store, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    author = store.add_employee("Li Na", "author", "author-pass", "management")
    path = content / "quizzes" / "draft-quiz.md"
    source = (content / "quizzes" / "appeal-letter-quiz.md").read_text(encoding="utf-8")
    draft_text = source.replace("id: appeal-letter-quiz", "id: draft-quiz\nstatus: draft", 1)
    path.write_text(draft_text, encoding="utf-8")
    join_server(store, str(uuid.uuid4()))  # a company record's database, no server address here
    session = Session(store, load_course(content, deep=False), author)
    draft = session.source_course.drafts.quizzes["draft-quiz"]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title, text)))
    assert not publishing.publish_draft(None, session, draft)  # type: ignore[arg-type]
    assert shown[0][0] == "The draft was not published"
    assert shown[0][1].startswith("publishing a quiz needs the company server")
    assert "\n" not in shown[0][1]
    assert path.read_text(encoding="utf-8") == draft_text  # still a draft, nothing written
    assert store.quiz_publications("draft-quiz") == []
