"""Import employees from a CSV file: every row and every problem (by line) before anything
is written; Import adds all of them or, with any problem, none (the CLI's checks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.interchange.employees_csv import CsvCheck
from sellertrain.ui.translations import localized
from sellertrain.ui.widgets import name_widget, readonly_table


class ImportPreviewDialog(QDialog):
    """The rows of the file and its problems; Import is enabled only without problems."""

    def __init__(self, path: Path, checked: CsvCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import employees from {file}").format(file=path.name))
        self.setObjectName("importPreviewDialog")
        self.resize(760, 520)
        self.rows = readonly_table(
            "importRows",
            self.tr("Employees in the file"),
            [self.tr("Line"), self.tr("Name"), self.tr("Role"), self.tr("Department")],
        )
        self.rows.setRowCount(len(checked.rows))
        for row, ((name, role, _password, department), line) in enumerate(
            zip(checked.rows, checked.lines, strict=True)
        ):
            for column, text in enumerate((str(line), name, role, department or "")):
                self.rows.setItem(row, column, QTableWidgetItem(text))
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems = name_widget(QListWidget(), "importProblems", self.tr("Problems"))
        for problem in checked.problems:
            where = self.tr("line {n}").format(n=problem.line) if problem.line else path.name
            self.problems.addItem(f"{where}: {localized(problem.message)}")
        if checked.problems:
            verdict = self.tr(
                "%n problem(s): nothing will be imported. Fix the file and try again.",
                "",
                len(checked.problems),
            )
        else:
            verdict = self.tr("%n employee(s) ready to import, all at once.", "", len(checked.rows))
        self.verdict = QLabel(verdict)
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importConfirm")
        self.import_button.setEnabled(not checked.problems and bool(checked.rows))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.rows, 3)
        layout.addWidget(QLabel(self.tr("Problems")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.problems.setVisible(bool(checked.problems))

    @classmethod
    def confirm(cls, parent: QWidget | None, path: Path, checked: CsvCheck) -> bool:
        """Show the preview; True when the manager pressed Import (tests replace this)."""
        return cls(path, checked, parent).exec() == QDialog.DialogCode.Accepted
