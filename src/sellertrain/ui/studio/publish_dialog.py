"""Asked when an author saves a lesson that learners have read: is the change material?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.training.retraining import PublishPlan
from sellertrain.ui.widgets import name_widget

Decision = tuple[str, list[str]]  # ("material" | "editorial", anchors named)


class PublishDialog(QDialog):
    """Material (the rule changed: readers review the ticked sections) or editorial."""

    def __init__(self, parent: QWidget | None, title: str, plan: PublishPlan) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish the change to “{title}”").format(title=title))
        self.setObjectName("publishDialog")
        intro = QLabel(
            self.tr(
                "%n employee(s) completed this lesson. Did a rule change, or only the wording?",
                "",
                plan.readers,
            )
        )
        intro.setWordWrap(True)
        self.material = name_widget(
            QRadioButton(self.tr("Material: the rule changed")),
            "materialChoice",
            self.tr("Material change"),
        )
        self.editorial = name_widget(
            QRadioButton(self.tr("Editorial: typo or wording, the rules are the same")),
            "editorialChoice",
            self.tr("Editorial change"),
        )
        self.material.setChecked(True)
        note = QLabel(
            self.tr(
                "For a material change, everyone who completed an earlier version sees "
                "“Updated rules to review” with the ticked sections highlighted, then answers "
                "the questions on them. An editorial change changes nothing for learners."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("screenSubtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.material)
        layout.addWidget(self.editorial)
        layout.addWidget(QLabel(self.tr("Changed sections:")))
        self.sections: dict[str, QCheckBox] = {}
        for anchor, section_title in plan.changed:
            box = name_widget(QCheckBox(section_title), f"section-{anchor}", section_title)
            box.setChecked(True)
            self.sections[anchor] = box
            layout.addWidget(box)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for widget in (self.material, self.editorial, *self.sections.values()):
            widget.toggled.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        material = self.material.isChecked()
        for box in self.sections.values():
            box.setEnabled(material)
        self.save_button.setEnabled(
            not material or any(b.isChecked() for b in self.sections.values())
        )

    def decision(self) -> Decision:
        if self.editorial.isChecked():
            return "editorial", []
        return "material", [a for a, box in self.sections.items() if box.isChecked()]

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, plan: PublishPlan) -> Decision | None:
        """The author's decision, or None when they cancel (then nothing is saved)."""
        dialog = cls(parent, title, plan)
        return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None
