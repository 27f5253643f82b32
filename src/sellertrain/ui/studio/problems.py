"""The author studio's Problems pane: what `sellertrain check` finds, one `file:line: message` a row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import ContentError
from sellertrain.ui.studio.common import caption, relative
from sellertrain.ui.translations import localized
from sellertrain.ui.widgets import name_widget

PATH_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemsPanel(QWidget):
    """The problem rows under a heading that counts errors and warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("authorProblemsSummary")
        self.list = name_widget(
            QListWidget(), "authorProblems", self.tr("Problems found by the checks")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(caption(self.tr("Problems")))
        heading.addWidget(self.summary, 1)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)

    def show_problems(self, root: Path, problems: list[ContentError]) -> None:
        """One row per problem (errors first as the checks list them, paths relative to the
        content folder ``root``) and the counts."""
        self.list.clear()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for problem in problems:
            message = localized(problem.message)
            if problem.severity != "error":
                message = self.tr("warning: {problem}").format(problem=message)
            item = QListWidgetItem(f"{relative(root, problem.path)}:{problem.line}: {message}")
            item.setData(PATH_ROLE, str(problem.path))
            item.setData(LINE_ROLE, problem.line)
            item.setIcon(icons.get(problem.severity, icons["warning"]))
            item.setToolTip(self.tr("Double-click to go to line {line}").format(line=problem.line))
            self.list.addItem(item)
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        if not problems:
            colour = "#137333"
            text = self.tr("✔ No problems: the course passes every check with this text.")
        else:
            colour = "#c5221f" if errors else "#b06000"
            text = (
                self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
            )
            text += " · " + self.tr("double-click a row to go to its line")
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};")

    def clear(self) -> None:
        """No rows and no summary (no file is open)."""
        self.list.clear()
        self.summary.clear()

    @staticmethod
    def location(item: QListWidgetItem) -> tuple[Path, int]:
        """The file and line (1 if unknown) of a problem row."""
        return Path(item.data(PATH_ROLE)), int(item.data(LINE_ROLE) or 1)
