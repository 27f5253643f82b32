"""The baseline: a bare PySide6 process that shows an empty QMainWindow and exits when painted."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 780)
    painted = _FirstPaint()
    window.installEventFilter(painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
