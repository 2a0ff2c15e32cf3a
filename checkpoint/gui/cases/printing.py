"""Drawing a printed protocol (seizure protocol, referral letter) as PDF with Qt's own
writer: QTextDocument laid out on a QPdfWriter (A4, PDF/A-1b), each page with a footer
that carries the record's digest, the verification code and the page number.

What goes on the page comes from :mod:`checkpoint.services.cases.printing`; this module
words it in the workstation's language and draws it. It needs a Qt GUI application:
when there is none (the ``checkpoint print`` command), it makes an offscreen one.
"""

from __future__ import annotations

import os
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF
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

from checkpoint.services.cases.printing import Protocol

RESOLUTION = 300
FOOTER_MM = 14

#: Ukrainian for the labels of the protocols (English is the key).
UK = {
    "Seizure protocol": "Протокол вилучення", "Referral letter": "Лист-направлення",
    "Case": "Справа", "Status": "Стан", "Kind": "Вид", "Legal basis": "Правова підстава",
    "Risk area": "Сфера ризику", "Place": "Місце", "Time": "Час", "Checkpoint": "Пункт пропуску",
    "Inspection": "Огляд", "Officer": "Посадова особа", "Approved by": "Затвердив",
    "Handling code": "Код поводження", "Circumstances": "Обставини", "Persons": "Особи",
    "Role": "Роль", "Surname": "Прізвище", "Given names": "Ім'я", "Born": "Дата народження",
    "Nationality": "Громадянство", "Document": "Документ", "Seized items": "Вилучені предмети",
    "Description": "Опис", "HS code": "Код УКТЗЕД", "Quantity": "Кількість",
    "Value": "Вартість", "Seals": "Пломби", "Held by": "Зберігач",
    "Chain of custody": "Ланцюг зберігання", "Item": "Предмет", "No.": "№", "Action": "Дія",
    "From": "Від", "To": "Кому", "Referral": "Направлення", "To agency": "До органу",
    "Deadline": "Строк", "Reason": "Підстава", "Cash": "Готівка",
    "Goods handed over": "Передані товари", "Printed by": "Надрукував",
    "Verification code": "Код перевірки", "Record digest": "Дайджест запису",
    "page": "стор.", "Signature": "Підпис",
}


def _t(text: str, language: str) -> str:
    return UK.get(text, text) if language == "uk" else text


def _app() -> None:
    if QCoreApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        app.setObjectName("checkpoint-print")


def html(proto: Protocol) -> str:
    """The protocol as HTML for QTextDocument."""
    lang = proto.language

    def t(text: str) -> str:
        return escape(_t(text, lang))

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
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(f"{_t(proto.title, proto.language)} {proto.record_id}")
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
                             f"{_t('Verification code', proto.language)} {proto.code} · "
                             f"SHA-256 {proto.digest} · {_t('page', proto.language)} "
                             f"{n + 1}/{pages}")
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())
