"""Drawing a printed protocol (seizure protocol, referral letter) as PDF with Qt's own
writer: QTextDocument laid out on a QPdfWriter (A4, PDF/A-1b), each page with a footer
that carries the record's digest, the verification code and the page number.

What goes on the page comes from :mod:`checkpoint.services.cases.printing`; this module
words it in the workstation's language (Qt's translation, context ``Protocol``) and
draws it. It needs a Qt GUI application:
when there is none (the ``checkpoint print`` command), it makes an offscreen one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QTranslator,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from checkpoint.gui.problems import QT_TRANSLATE_NOOP
from checkpoint.services.cases.printing import Protocol

RESOLUTION = 300
FOOTER_MM = 14
#: The compiled translations (``build/compile_qt.py``), as ``gui/app.py`` loads them.
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"

#: The labels a protocol may carry (the English keys of
#: :mod:`checkpoint.services.cases.printing`), marked for lupdate in the ``Protocol``
#: context; their translations live in ``resources/translations/checkpoint_*.ts``.
LABELS = (
    QT_TRANSLATE_NOOP("Protocol", "Seizure protocol"),
    QT_TRANSLATE_NOOP("Protocol", "Referral letter"),
    QT_TRANSLATE_NOOP("Protocol", "Case"), QT_TRANSLATE_NOOP("Protocol", "Status"),
    QT_TRANSLATE_NOOP("Protocol", "Kind"), QT_TRANSLATE_NOOP("Protocol", "Legal basis"),
    QT_TRANSLATE_NOOP("Protocol", "Risk area"), QT_TRANSLATE_NOOP("Protocol", "Place"),
    QT_TRANSLATE_NOOP("Protocol", "Time"), QT_TRANSLATE_NOOP("Protocol", "Checkpoint"),
    QT_TRANSLATE_NOOP("Protocol", "Inspection"), QT_TRANSLATE_NOOP("Protocol", "Officer"),
    QT_TRANSLATE_NOOP("Protocol", "Approved by"),
    QT_TRANSLATE_NOOP("Protocol", "Handling code"),
    QT_TRANSLATE_NOOP("Protocol", "Circumstances"), QT_TRANSLATE_NOOP("Protocol", "Persons"),
    QT_TRANSLATE_NOOP("Protocol", "Role"), QT_TRANSLATE_NOOP("Protocol", "Surname"),
    QT_TRANSLATE_NOOP("Protocol", "Given names"), QT_TRANSLATE_NOOP("Protocol", "Born"),
    QT_TRANSLATE_NOOP("Protocol", "Nationality"), QT_TRANSLATE_NOOP("Protocol", "Document"),
    QT_TRANSLATE_NOOP("Protocol", "Seized items"),
    QT_TRANSLATE_NOOP("Protocol", "Description"), QT_TRANSLATE_NOOP("Protocol", "HS code"),
    QT_TRANSLATE_NOOP("Protocol", "Quantity"), QT_TRANSLATE_NOOP("Protocol", "Value"),
    QT_TRANSLATE_NOOP("Protocol", "Seals"), QT_TRANSLATE_NOOP("Protocol", "Held by"),
    QT_TRANSLATE_NOOP("Protocol", "Chain of custody"), QT_TRANSLATE_NOOP("Protocol", "Item"),
    QT_TRANSLATE_NOOP("Protocol", "No."), QT_TRANSLATE_NOOP("Protocol", "Action"),
    QT_TRANSLATE_NOOP("Protocol", "From"), QT_TRANSLATE_NOOP("Protocol", "To"),
    QT_TRANSLATE_NOOP("Protocol", "Referral"), QT_TRANSLATE_NOOP("Protocol", "To agency"),
    QT_TRANSLATE_NOOP("Protocol", "Deadline"), QT_TRANSLATE_NOOP("Protocol", "Reason"),
    QT_TRANSLATE_NOOP("Protocol", "Cash"), QT_TRANSLATE_NOOP("Protocol", "Goods handed over"),
    QT_TRANSLATE_NOOP("Protocol", "Printed by"),
    QT_TRANSLATE_NOOP("Protocol", "Verification code"),
    QT_TRANSLATE_NOOP("Protocol", "Record digest"), QT_TRANSLATE_NOOP("Protocol", "page"),
    QT_TRANSLATE_NOOP("Protocol", "Signature"),
)


def labeller(language: str) -> Callable[[str], str]:
    """The words of a protocol in ``language`` (the workstation's, which may differ from
    the app's): a translator of its own, not the application's, so printing never
    changes what the screen shows. English, or a language without a .qm: the key."""
    if language == "en":
        return lambda text: text
    translator = QTranslator()
    if not translator.load(QLocale(language), "checkpoint", "_", str(TRANSLATIONS)):
        return lambda text: text
    return lambda text: translator.translate("Protocol", text) or text


def _app() -> None:
    if QCoreApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        app.setObjectName("checkpoint-print")


def html(proto: Protocol) -> str:
    """The protocol as HTML for QTextDocument."""
    label = labeller(proto.language)

    def t(text: str) -> str:
        return escape(label(text))

    rows = "".join(f"<tr><td width='28%'><b>{t(k)}</b></td><td>{escape(v)}</td></tr>"
                   for k, v in proto.fields)
    parts = [f"<h2>{t(proto.title)}</h2>",
             f"<table width='100%' cellspacing='0' cellpadding='3' border='1'>{rows}</table>"]
    for table in proto.tables:
        head = "".join(f"<th align='left'>{t(c)}</th>" for c in table.columns)
        empty = f"<tr><td colspan='{len(table.columns)}'>-</td></tr>"
        body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>"
                       for row in table.rows) or empty
        parts.append(f"<h3>{t(table.title)}</h3><table width='100%' cellspacing='0' "
                     f"cellpadding='3' border='1'><tr>{head}</tr>{body}</table>")
    parts.append(f"<p>{t('Printed by')}: {escape(proto.printed_by)}, {escape(proto.printed_at)}"
                 f"<br>{t('Record digest')} (SHA-256): {proto.digest}<br>"
                 f"{t('Verification code')}: <b>{proto.code}</b></p>"
                 f"<p><br>{t('Signature')}: ______________________</p>")
    return "".join(parts)


def write_pdf(proto: Protocol) -> bytes:
    """The protocol as PDF bytes (A4, PDF/A-1b)."""
    _app()
    label = labeller(proto.language)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(f"{label(proto.title)} {proto.record_id}")
    writer.setCreator("Checkpoint")
    writer.setDocumentXmpMetadata(QByteArray(proto.xmp()))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setHtml(html(proto))
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM * RESOLUTION / 25.4
    body_h = page.height() - footer
    doc.setPageSize(QRectF(0, 0, page.width(), body_h).size())
    pages = doc.pageCount()
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 7))
    try:
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * body_h)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, n * body_h, page.width(), body_h)
            painter.setClipRect(ctx.clip)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.drawText(QRectF(0, body_h + footer * 0.2, page.width(), footer * 0.8),
                             f"{label('Verification code')} {proto.code} · "
                             f"SHA-256 {proto.digest} · {label('page')} "
                             f"{n + 1}/{pages}")
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())
