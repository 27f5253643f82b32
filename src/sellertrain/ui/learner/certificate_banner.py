"""Home banner: a certificate is expiring or expired; name it and what to re-take to renew it."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sellertrain.core.timestamps import local_date
from sellertrain.core.training.certificates import CertificateStatus, days_left
from sellertrain.core.training.compliance import Renewal
from sellertrain.ui.learner.outline import HomeBanner

EXPIRING_STYLE = "QFrame#certificateBannerFrame { background: #fef7e0; border: 1px solid #f0d48a; }"
EXPIRED_STYLE = "QFrame#certificateBannerFrame { background: #fdecea; border: 1px solid #f3b7b2; }"


class CertificateBanner(HomeBanner):
    """Shown while one of the employee's certificates expires within 30 days or has expired."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renewals: list[Renewal] = []
        self.setObjectName("certificateBanner")
        self.frame = QFrame()
        self.frame.setObjectName("certificateBannerFrame")
        self.label = QLabel()
        self.label.setObjectName("certificateBannerText")
        self.label.setAccessibleName(self.tr("Certificates to renew"))
        self.label.setWordWrap(True)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(12, 8, 12, 8)
        inner.addWidget(self.label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.setVisible(False)

    def refresh(self) -> None:
        """Show the certificates to renew and what to re-take for each, or hide."""
        session = self.session
        self.renewals = []
        if session is not None:
            now = session.now()
            self.renewals = session.renewals_due(now)
        self.setVisible(bool(self.renewals))
        if session is None or not self.renewals:
            return
        expired = any(r.status is CertificateStatus.EXPIRED for r in self.renewals)
        self.frame.setStyleSheet(EXPIRED_STYLE if expired else EXPIRING_STYLE)
        self.label.setText("<br>".join(self._line(renewal, now) for renewal in self.renewals))

    def _line(self, renewal: Renewal, now: dt.datetime) -> str:
        certificate = renewal.certificate
        title = f"<b>{html.escape(certificate.title, quote=False)}</b>"
        when = local_date(certificate.expires_at)
        if renewal.status is CertificateStatus.EXPIRED:
            head = self.tr("Your certificate for {title} expired on {date}.")
        else:
            head = self.tr("Your certificate for {title} expires on {date} (in {days} days).")
        days = days_left(certificate, now)
        head = head.format(title=title, date=when, days=max(days or 0, 0))
        if renewal.retake:
            todo = ", ".join(f"“{html.escape(item, quote=False)}”" for item in renewal.retake)
            return head + " " + self.tr("To renew it, re-take: {items}.").format(items=todo)
        return head + " " + self.tr("Open the module to renew it.")
