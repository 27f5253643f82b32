"""Export CSV… for any table on screen: the rows and columns as shown (names, not ids;
local dates), UTF-8 with a byte-order mark and CRLF for Excel, every cell formula-safe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from sellertrain.core.reports import exports
from sellertrain.ui import dialogs, translations
from sellertrain.ui.widgets import button


def model_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """The header texts and every row's shown texts."""
    columns = model.columnCount()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(columns)
    ]
    rows = []
    for r in range(model.rowCount()):
        row = []
        for c in range(columns):
            value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
            row.append("" if value is None else str(value))
        rows.append(row)
    return headers, rows


def export_view(parent: QWidget, view: QAbstractItemView, name: str, title: str) -> Path | None:
    """Ask where, then write the view's table as CSV; the path, or None."""
    model = view.model()
    path = dialogs.pick_save_file(
        parent,
        title,
        Path(f"{name}.csv"),
        QCoreApplication.translate("GridExport", "CSV files (*.csv)"),
    )
    if path is None:
        return None
    headers, rows = model_rows(model)
    try:
        exports.write_csv(path, exports.grid_csv(headers, rows))
    except OSError as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("GridExport", "Export failed"),
            QCoreApplication.translate("GridExport", "Could not write {path}: {error}").format(
                path=path, error=translations.file_problem(exc)
            ),
        )
        return None
    return path


def export_button(parent: QWidget, view: QAbstractItemView, name: str, title: str) -> QPushButton:
    """An "Export CSV…" button for ``view`` (objectName ``{name}ExportCsv``)."""
    widget = button(QCoreApplication.translate("GridExport", "Export CSV…"), f"{name}ExportCsv")
    widget.clicked.connect(lambda: export_view(parent, view, name, title))
    return widget
