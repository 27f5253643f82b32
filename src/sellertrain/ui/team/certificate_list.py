"""A list of one employee's certificates with their status, and "Save PDF…" for the one chosen.

Used by My progress and by the manager's employee detail.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from sellertrain.core.models import CertificateScope
from sellertrain.core.session import Certificate
from sellertrain.core.timestamps import local_date
from sellertrain.core.training.certificates import CertificateStatus, certificate_status
from sellertrain.ui import dialogs, translations
from sellertrain.ui.widgets import button, readonly_table

log = logging.getLogger(__name__)

STATUS_COLOURS = {
    CertificateStatus.VALID: "#137333",
    CertificateStatus.EXPIRING: "#b06000",
    CertificateStatus.EXPIRED: "#c5221f",
}
RENEWED_COLOUR = "#6b7280"
CODE_ROLE = Qt.ItemDataRole.UserRole


class CertificateList(QWidget):
    """A table of certificates (newest first) and a button to save the selected one as PDF."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.certificates: list[Certificate] = []
        self.course_title = ""
        self.table = readonly_table(
            name,
            accessible,
            [
                self.tr("Certificate"),
                self.tr("Issued"),
                self.tr("Score"),
                self.tr("Valid until"),
                self.tr("Status"),
                self.tr("Verification code"),
            ],
            single_selection=True,
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No certificate yet: finish a module or the final assessment."))
        self.empty.setObjectName(f"{name}Empty")
        self.save_button = button(self.tr("Save PDF…"), f"{name}SavePdf")
        self.save_button.setToolTip(self.tr("Save the selected certificate as a PDF file"))
        self.save_button.clicked.connect(self.save_pdf)
        self.table.setMinimumHeight(120)  # the header and three certificates
        row = QHBoxLayout()
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _status_text(self, status: CertificateStatus) -> str:
        return {
            CertificateStatus.VALID: self.tr("Valid"),
            CertificateStatus.EXPIRING: self.tr("Expiring: re-take to renew"),
            CertificateStatus.EXPIRED: self.tr("Expired: re-take to renew"),
        }[status]

    def show_certificates(
        self, certificates: list[Certificate], now: dt.datetime, course_title: str = ""
    ) -> None:
        """Fill the table; a certificate replaced by a newer one for its scope says so."""
        self.certificates = list(certificates)
        self.course_title = course_title
        seen: set[tuple[str, str]] = set()
        self.table.setRowCount(len(self.certificates))
        for row, certificate in enumerate(self.certificates):
            scope = (certificate.scope_kind, certificate.scope)
            status = certificate_status(certificate, now)
            status_text = self._status_text(status)
            colour = STATUS_COLOURS[status]
            if scope in seen:  # a newer certificate for the same scope replaced it
                colour = RENEWED_COLOUR
                status_text = (
                    self.tr("Expired (renewed)")
                    if status is CertificateStatus.EXPIRED
                    else self.tr("Renewed")
                )
            seen.add(scope)
            kind = (
                self.tr("module")
                if certificate.scope_kind == CertificateScope.MODULE
                else self.tr("assessment")
            )
            score = f"{certificate.score:.0f}%" if certificate.score is not None else "–"
            cells = [
                f"{certificate.title} ({kind})",
                local_date(certificate.issued_at),
                score,
                local_date(certificate.expires_at) or self.tr("no expiry"),
                status_text,
                certificate.code,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, certificate.code)
                self.table.setItem(row, column, item)
            status_item = self.table.item(row, 4)
            if status_item is not None:
                status_item.setForeground(QBrush(QColor(colour)))
        for column in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not self.certificates)
        if self.certificates:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Certificate | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.certificates) or not self.table.selectedItems():
            return None
        return self.certificates[row]

    def _selection_changed(self) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def save_pdf(self) -> Path | None:
        """Ask where, then write the selected certificate as a PDF; the path, or None."""
        certificate = self.selected()
        if certificate is None:
            return None
        return save_certificate_pdf(self, certificate, self.course_title)


def save_certificate_pdf(
    parent: QWidget, certificate: Certificate, course_title: str = ""
) -> Path | None:
    """Ask where, then write ``certificate`` as a PDF; the path, or None (also shared by the
    results page, which offers the certificate an attempt just earned)."""
    name = certificate.employee_name.replace(" ", "-") or "certificate"
    suggested = Path.home() / f"{name}-{certificate.code}.pdf"
    path = dialogs.pick_save_file(
        parent,
        QCoreApplication.translate("SellerTrain", "Save certificate"),
        suggested,
        QCoreApplication.translate("SellerTrain", "PDF (*.pdf)"),
    )
    if path is None:
        return None
    from sellertrain.pdf.certificate import write_certificate_pdf  # Qt PDF: on first use

    try:
        write_certificate_pdf(certificate, certificate.employee_name, path, course_title)
    except OSError as exc:
        log.warning("could not save certificate %s to %s: %s", certificate.code, path, exc)
        dialogs.show_error(
            parent,
            QCoreApplication.translate("SellerTrain", "Certificate not saved"),
            QCoreApplication.translate("SellerTrain", "Could not write {path}: {error}").format(
                path=path, error=translations.file_problem(exc)
            ),
        )
        return None
    return path
