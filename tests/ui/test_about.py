"""Help ▸ About: there before anyone signs in; names the version, build and files in use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from sellertrain.core.build_info import BuildInfo
from sellertrain.ui.about import AboutDialog


def test_the_help_menu_opens_about_with_this_windows_database_and_course(
    qtbot, window, store, course, monkeypatch
):
    shown: list[tuple[Path, Path]] = []
    monkeypatch.setattr(
        AboutDialog,
        "show_for",
        classmethod(lambda cls, parent, db, content: shown.append((db, content))),
    )
    assert not window.toolbar.isVisible()  # first run: nobody has signed in yet
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert menu is not None and window.about_action in menu.actions()
    window.about_action.trigger()
    assert shown == [(store.path, course.root)]


def test_about_shows_the_build_date_and_commit_of_a_built_copy(qtbot, tmp_path):
    info = BuildInfo("0.1.0", "2026-12-06", "abc1234")
    dialog = AboutDialog(tmp_path / "sellertrain.db", tmp_path / "course", info)
    qtbot.addWidget(dialog)
    assert dialog.version_value.text() == "0.1.0"
    assert dialog.built_value.text() == "2026-12-06 (from commit abc1234)"
    assert dialog.database_value.text() == str(tmp_path / "sellertrain.db")
    assert dialog.content_value.text() == str(tmp_path / "course")


def test_about_from_source_says_it_is_not_a_built_copy(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "a.db", tmp_path, BuildInfo("0.1.0", None, None))
    qtbot.addWidget(dialog)
    assert "source" in dialog.built_value.text()


def test_a_path_is_shown_as_typed_not_as_markup(qtbot, tmp_path):
    odd = tmp_path / "<b>bold</b>"
    dialog = AboutDialog(odd / "a.db", odd, BuildInfo("0.1.0", None, None))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.database_value.text() == str(odd / "a.db")
    assert dialog.database_value.textFormat() == Qt.TextFormat.PlainText
