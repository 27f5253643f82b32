"""Names and titles from the data are shown as plain text (issue 17): a name such as
``<img src="/any/file.png">`` must not be read as rich text and paint a local image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from sellertrain.core.models import MatchPair, Question
from sellertrain.core.session import Session
from sellertrain.ui.learner.answer_widgets import matching_grid
from sellertrain.ui.navigation import NavigationBar
from sellertrain.ui.team.employee_detail import EmployeeDetailScreen
from sellertrain.ui.widgets import plain_label, title_label

HOSTILE = '<img src="/any/file.png"><b>Ana</b>'


def labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_the_toolbar_and_employee_screen_show_a_name_as_typed(qtbot, store, course):
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    hostile = store.add_employee(HOSTILE, "manager", "pass-1234")
    bar = NavigationBar()
    qtbot.addWidget(bar)
    bar.show_for(Session(store, course, hostile))
    assert bar.user_label.textFormat() == Qt.TextFormat.PlainText
    assert bar.user_label.text().startswith(HOSTILE)
    screen = EmployeeDetailScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_for(Session(store, course, manager), hostile.id)
    shown = labels_showing(screen, "<img")
    assert shown, "the name is shown somewhere"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_title_and_plain_labels_never_read_markup(qtbot):
    for label in (title_label(HOSTILE), plain_label(HOSTILE)):
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == HOSTILE
        # rich text would keep only the word "Ana"
        assert label.sizeHint().width() > plain_label("Ana").sizeHint().width() * 3


def test_a_matching_question_shows_its_left_sides_as_typed(qtbot):
    question = Question(
        id="q",
        text="Match",
        options=(),
        line=1,
        pairs=(MatchPair(HOSTILE, "a"), MatchPair("two", "b")),
    )
    grid, _boxes = matching_grid(question, ["a", "b"], [None, None], lambda: None)
    qtbot.addWidget(grid)
    shown = labels_showing(grid, "<img")
    assert len(shown) == 1 and shown[0].textFormat() == Qt.TextFormat.PlainText
