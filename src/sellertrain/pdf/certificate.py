"""A certificate as a one-page PDF (A4 landscape): a framed page with the text laid out from HTML.

The frame and the seal are drawn with QPainter; the text is ``certificate_html`` laid out by
QTextDocument, as in ``report_pdf``. ``render_certificate_image`` paints the same page on an
image (a preview, and a way to look at the PDF without QtPdf). Works without a display.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QTextDocument,
)

from sellertrain.core.models import CertificateScope
from sellertrain.core.store import Certificate
from sellertrain.core.training.certificates import date_of, pass_marks_text, quiz_versions_text
from sellertrain.pdf.fonts import use_cjk_font
from sellertrain.pdf.report import DPI, _ensure_app, a4_writer

log = logging.getLogger(__name__)

PAGE = QSizeF(1123, 794)  # A4 landscape at 96 dpi
NAVY, GOLD, INK, MUTED = "#1f3a5f", "#b08d3c", "#1f2933", "#5f6b7a"
DEFAULT_COURSE = "SellerTrain"
RULE = "certificate-rule.png"  # the gold line under the name (an image resource)


def _score(certificate: Certificate) -> str:
    return f"{certificate.score:.0f}%" if certificate.score is not None else "–"


def certificate_html(certificate: Certificate, employee: str, course: str = "") -> str:
    """The certificate's text as HTML (every value escaped): what the PDF shows."""

    def esc(value: str) -> str:
        return html.escape(value, quote=True)

    module = certificate.scope_kind == CertificateScope.MODULE
    heading = (
        QCoreApplication.translate("CertificatePdf", "Certificate of completion")
        if module
        else QCoreApplication.translate("CertificatePdf", "Certificate of achievement")
    )
    did = (
        QCoreApplication.translate("CertificatePdf", "has completed the module")
        if module
        else QCoreApplication.translate("CertificatePdf", "has passed the assessment")
    )
    expires = date_of(certificate.expires_at) or QCoreApplication.translate(
        "CertificatePdf", "no expiry"
    )
    fields = [
        (QCoreApplication.translate("CertificatePdf", "Issued on"), date_of(certificate.issued_at)),
        (QCoreApplication.translate("CertificatePdf", "Score"), _score(certificate)),
        (
            QCoreApplication.translate("CertificatePdf", "Pass mark"),
            pass_marks_text(certificate) or "–",
        ),
        (QCoreApplication.translate("CertificatePdf", "Valid until"), expires),
    ]
    cells = "".join(
        f'<td width="25%" align="center"><span style="font-size:9pt; color:{MUTED};">'
        f"{esc(label.upper())}</span><br>"
        f'<span style="font-size:15pt; color:{INK};">{esc(value)}</span></td>'
        for label, value in fields
    )
    verify = QCoreApplication.translate(
        "CertificatePdf", "Verify this certificate with: {command}"
    ).format(command=f"<b>sellertrain verify {esc(certificate.code)}</b>")
    if versions := quiz_versions_text(certificate):  # what the pass mark applied to
        scored = QCoreApplication.translate("CertificatePdf", "Scored on quiz version: {versions}")
        verify += "<br>" + esc(scored.format(versions=versions))
    # outside the f-string: lupdate does not read calls inside one
    banner = QCoreApplication.translate(
        "CertificatePdf", "SELLERTRAIN · MARKETPLACE RULES TRAINING"
    )
    certifies = QCoreApplication.translate("CertificatePdf", "This certifies that")
    of_course = QCoreApplication.translate("CertificatePdf", "of the course")
    code_label = QCoreApplication.translate("CertificatePdf", "VERIFICATION CODE")
    return f"""<html><head><title>{esc(heading)}: {esc(employee)}</title></head>
<body style="font-family: 'DejaVu Sans', sans-serif; color:{INK};">
<p align="center" style="font-size:11pt; color:{GOLD}; margin-top:0;">
<b>{esc(banner)}</b></p>
<p align="center" style="font-family: 'DejaVu Serif', serif; font-size:36pt; color:{NAVY};
 margin-top:6px; margin-bottom:4px;">{esc(heading)}</p>
<p align="center" style="font-size:12pt; color:{MUTED}; margin-top:14px;">
{esc(certifies)}</p>
<p align="center" style="font-family: 'DejaVu Serif', serif; font-size:32pt; margin-top:4px;
 margin-bottom:0;"><i>{esc(employee)}</i></p>
<p align="center" style="margin-top:0; margin-bottom:0;"><img src="{RULE}" width="360" height="2"></p>
<p align="center" style="font-size:12pt; color:{MUTED}; margin-top:10px;">{esc(did)}</p>
<p align="center" style="font-size:22pt; color:{NAVY}; margin-top:2px; margin-bottom:2px;">
<b>{esc(certificate.title)}</b></p>
<p align="center" style="font-size:12pt; color:{MUTED}; margin-top:2px;">
{esc(of_course)} <span style="color:{INK};">{esc(course or DEFAULT_COURSE)}</span></p>
<table width="84%" align="center" cellpadding="6" style="margin-top:22px;"><tr>{cells}</tr></table>
<p align="center" style="font-size:9pt; color:{MUTED}; margin-top:26px; margin-bottom:2px;">
{esc(code_label)}</p>
<p align="center" style="font-family: 'DejaVu Sans Mono', monospace; font-size:17pt;
 color:{NAVY}; margin-top:0; margin-bottom:4px;"><b>{esc(certificate.code)}</b></p>
<p align="center" style="font-size:9pt; color:{MUTED}; margin-top:0;">{verify}</p>
</body></html>"""


def _frame(painter: QPainter, page: QRectF) -> None:
    """Background, a double border in navy and gold, corner marks and a seal."""
    painter.fillRect(page, QColor("#fffdf7"))
    outer = page.adjusted(22, 22, -22, -22)
    painter.setPen(QPen(QColor(NAVY), 7))
    painter.drawRect(outer)
    inner = outer.adjusted(14, 14, -14, -14)
    painter.setPen(QPen(QColor(GOLD), 1.5))
    painter.drawRect(inner)
    painter.setBrush(QColor(GOLD))
    painter.setPen(Qt.PenStyle.NoPen)
    for corner in (inner.topLeft(), inner.topRight(), inner.bottomLeft(), inner.bottomRight()):
        x, y, r = corner.x(), corner.y(), 7.0
        diamond = QPolygonF(
            [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
        )
        painter.drawPolygon(diamond)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(inner.right() - 96, inner.bottom() - 96)
    painter.setPen(QPen(QColor(GOLD), 3))
    painter.drawEllipse(centre, 52, 52)
    painter.setPen(QPen(QColor(GOLD), 1))
    painter.drawEllipse(centre, 44, 44)
    painter.setPen(QColor(GOLD))
    painter.setFont(QFont("DejaVu Serif", 20, QFont.Weight.Bold))
    painter.drawText(
        QRectF(centre.x() - 44, centre.y() - 44, 88, 88), Qt.AlignmentFlag.AlignCenter, "ST"
    )


def paint_certificate(painter: QPainter, page: QRectF, text_html: str) -> None:
    """Draw the whole page: the frame, then the text centred inside it."""
    _frame(painter, page)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(QFont("DejaVu Sans", 11))
    document.documentLayout().setPaintDevice(painter.device())
    rule = QImage(360, 2, QImage.Format.Format_RGB32)
    rule.fill(QColor(GOLD))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(RULE), rule)
    area = page.adjusted(110, 70, -110, -60)
    document.setTextWidth(area.width())
    document.setHtml(text_html)
    top = area.top() + max(0.0, (area.height() - document.size().height()) / 2)
    painter.save()
    painter.translate(area.left(), top)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, 0, area.width(), area.height())
    document.documentLayout().draw(painter, context)
    painter.restore()


def write_certificate_pdf(
    certificate: Certificate, employee: str, path: Path, course: str = ""
) -> None:
    """Write the certificate as a one-page A4 landscape PDF at ``path``."""
    path = Path(path)
    writer = a4_writer(
        path, f"{certificate.title}: {employee} ({certificate.code})", 0, landscape=True
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        paint_certificate(painter, page, certificate_html(certificate, employee, course))
    finally:
        painter.end()
    log.info("wrote certificate %s to %s", certificate.code, path)


def render_certificate_image(
    certificate: Certificate, employee: str, course: str = "", scale: float = 1.0
) -> QImage:
    """The same page painted on an image (``scale`` 2 for a sharp preview)."""
    _ensure_app()
    use_cjk_font()
    image = QImage(
        round(PAGE.width() * scale), round(PAGE.height() * scale), QImage.Format.Format_RGB32
    )
    # fonts are sized for a 96 dpi page; the painter's scale does the enlarging
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    try:
        paint_certificate(
            painter,
            QRectF(0, 0, PAGE.width(), PAGE.height()),
            certificate_html(certificate, employee, course),
        )
    finally:
        painter.end()
    return image
