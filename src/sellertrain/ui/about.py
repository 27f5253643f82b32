"""Help ▸ About SellerTrain: the version, when this copy was built, and where its files are.

The paths are there for whoever looks after the app: which database this window uses, which
course it shows and where the log is, so a support request can name them exactly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from sellertrain.core.build_info import BuildInfo, build_info
from sellertrain.core.paths import log_dir


class AboutDialog(QDialog):
    """A small read-only box; every value can be selected and copied."""

    def __init__(
        self,
        database: Path,
        content: Path,
        info: BuildInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        info = info or build_info()
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About SellerTrain"))
        heading = QLabel(self.tr("SellerTrain {version}").format(version=info.version))
        heading.setObjectName("aboutHeading")
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        summary = QLabel(
            self.tr(
                "Training for cross-border e-commerce staff: platform rules, quizzes, progress."
            )
        )
        summary.setWordWrap(True)
        if info.build_date is None:
            built = self.tr("not a built copy (running from the source code)")
        elif info.commit:
            built = self.tr("{date} (from commit {commit})").format(
                date=info.build_date, commit=info.commit
            )
        else:
            built = info.build_date
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.version_value = self._value(form, self.tr("Version:"), info.version, "aboutVersion")
        self.built_value = self._value(form, self.tr("Built:"), built, "aboutBuilt")
        self.database_value = self._value(
            form, self.tr("Database:"), str(database), "aboutDatabase"
        )
        self.content_value = self._value(form, self.tr("Course:"), str(content), "aboutContent")
        self.log_value = self._value(form, self.tr("Log files:"), str(log_dir()), "aboutLog")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, max(360, self.sizeHint().width())))

    def _value(self, form: QFormLayout, label: str, text: str, name: str) -> QLabel:
        value = QLabel(text)
        value.setObjectName(name)
        value.setAccessibleName(label.rstrip(":"))
        value.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, not markup
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        form.addRow(label, value)
        return value

    @classmethod
    def show_for(cls, parent: QWidget | None, database: Path, content: Path) -> None:
        """Show the box and wait until it is closed (tests replace this)."""
        cls(database, content, parent=parent).exec()
