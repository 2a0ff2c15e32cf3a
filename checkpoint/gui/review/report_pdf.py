"""Drawing the shift report as a PDF with Qt's own writer (QPdfWriter + QTextDocument).

:func:`render` is the renderer :func:`checkpoint.services.shifts.report.make` takes:
content in, PDF bytes out. Text and tables are a QTextDocument laid out on the
writer (``documentLayout().setPaintDevice(writer)``, or the text comes out tiny);
the charts follow on pages of their own, eight to a page, as vector drawings
(:func:`~checkpoint.gui.review.charts.paint_bars`; in the text flow they would need
a QTextObjectInterface, which PySide6 cannot register from Python, or raster images);
each page is painted by hand so
every page carries the post, the page number and the verification code.

Works with no display: the command line calls :func:`ensure_app`, which starts a
QGuiApplication on the ``offscreen`` platform when there is none.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from checkpoint.gui.review.charts import paint_bars
from checkpoint.gui.review.report_text import Words

RESOLUTION = 300
HORIZONTAL = {"outcome", "risk_area", "hit_list", "hit_triage"}
FOOTER_AT = 0.94  # the text and the charts end here; the footer is below
PER_PAGE = 8  # charts on a page, two by four
FONT = "DejaVu Sans"

_app: QApplication | None = None


def ensure_app() -> None:
    """An application object for fonts and painting (offscreen when there is no display).

    A QApplication, not a QGuiApplication, so that widgets can still be made later in the
    same process (a test run, the app printing a report)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["checkpoint"])


@dataclass
class _Chart:
    title: str
    labels: list[str]
    values: list[int]
    horizontal: bool


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else "—"))


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td width='35%'><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>"
                   for k, v in pairs)


def _head(c: dict[str, Any], w: Words) -> str:
    s = c["shift"]
    t = w.text

    ack = (f"{s['acknowledged_at']} — {s['acknowledged_by']}" if s.get("acknowledged_by")
           else t("not_acknowledged"))
    rev = (f"{s['reviewed_at']} — {s['reviewed_by']}" if s.get("reviewed_by")
           else t("not_reviewed"))
    pairs = [(t("post"), s["checkpoint"]), (t("workstation"), c["device_id"]),
             (t("shift"), s["shift_id"]), (t("supervisor"), s["supervisor"]),
             (t("lanes"), ", ".join(s["lanes"]) or "—"), (t("opened"), s["opened_at"]),
             (t("closed", by=s["closed_by"]), s["closed_at"]), (t("acknowledged"), ack),
             (t("reviewed"), rev)]
    if s.get("review_remarks"):
        pairs.append((t("remarks"), s["review_remarks"]))
    return (f"<h1>{_e(t('title'))}: {_e(s['checkpoint'])}</h1>"
            f"<p>{_e(t('made', at=c['created_at'], by=c['author']))}</p>"
            f"<table cellspacing='0' cellpadding='3' width='100%'>{_rows(pairs)}</table>")


def _officers(c: dict[str, Any], w: Words) -> str:
    head = "".join(f"<th align='left'>{_e(w.text(k))}</th>"
                   for k in ("officer", "role", "records", "views"))
    body = "".join(f"<tr><td>{_e(o['name'])}</td><td>{_e(w.label(o['role'], 'role.'))}</td>"
                   f"<td>{o['records']}</td><td>{o['views']}</td></tr>" for o in c["officers"])
    return (f"<h2>{_e(w.text('officers'))}</h2><table cellspacing='0' cellpadding='3' "
            f"border='0.5' width='100%'><tr>{head}</tr>{body}</table>")


def _counts(c: dict[str, Any], w: Words) -> str:
    pairs = []
    for key, n in c["counts"].items():
        if key.startswith("outcome."):
            pairs.append((w.label(key.split(".", 1)[1]), str(n)))
        elif w.known(f"count.{key}"):
            pairs.append((w.text(f"count.{key}"), str(n)))
    pairs.append((w.text("unacknowledged", n="").rstrip(": "), str(c["unacknowledged"])))
    return f"<h2>{_e(w.text('counts'))}</h2><table cellpadding='2'>{_rows(pairs)}</table>"


def _notable(c: dict[str, Any], w: Words) -> str:
    s = c["shift"]
    out = f"<h2>{_e(w.text('notable'))}</h2>"
    if not c["notable"]:
        out += f"<p>{_e(w.text('none'))}</p>"
    else:
        out += "<ul>" + "".join(
            f"<li>{_e(n['time'][:19].replace('T', ' '))} "
            f"{_e(w.text('hl.' + n['code'], actor=n['actor'], **n['params']))}</li>"
            for n in c["notable"]) + "</ul>"
    out += f"<h2>{_e(w.text('handover_note'))}</h2><p>{_e(s['handover_note'])}</p>"
    out += f"<h2>{_e(w.text('open_items'))}</h2>"
    out += ("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in s["open_items"]) + "</ul>"
            if s["open_items"] else f"<p>{_e(w.text('none'))}</p>")
    return out


def _journal(c: dict[str, Any], w: Words, signature: str, code: str) -> str:
    j = c["journal"]
    lines = [w.text("journal_head", seq=j["head_at_close"]["seq"],
                  hash=j["head_at_close"]["hash"])]
    if not j["intact"]:
        lines.append(w.text("journal_broken", at=j["checked_at"], seq=j["first_bad"]))
    elif j["scope"] == "whole":
        lines.append(w.text("journal_intact", at=j["checked_at"], entries=j["entries"]))
    else:
        key = "journal_shift_intact" if j["anchor"] else "journal_shift_unanchored"
        lines.append(w.text(key, at=j["checked_at"], first=j["first"],
                          last=j["first"] + j["entries"] - 1, anchor=j["anchor"]))
    body = "".join(f"<p>{_e(x)}</p>" for x in lines)
    return (f"<h2>{_e(w.text('journal'))}</h2>{body}"
            f"<h2>{_e(w.text('signature'))}</h2>"
            f"<p>{_e(w.text('signature_text', device=c['device_id']))}</p>"
            f"<p style='font-family:monospace'>{_e(signature)}</p>"
            f"<p><b>{_e(w.text('code'))}: <span style='font-family:monospace'>"
            f"{_e(code)}</span></b></p>")


def _charts(c: dict[str, Any], w: Words) -> list[_Chart]:
    out = []
    for ch in c["charts"]:
        if not ch["values"] and ch["code"].startswith("hit_"):
            continue  # no hits recorded (or no hits module yet): no empty hit charts
        horizontal = ch["code"] in HORIZONTAL
        title = w.text("chart." + ch["code"])
        if horizontal:
            title += f" ({w.text('scope.' + ch['scope'])})"
        labels = [w.label(x) for x in ch["labels"]] if horizontal else list(ch["labels"])
        out.append(_Chart(title, labels, [int(v) for v in ch["values"]], horizontal))
    return out


def build_document(c: dict[str, Any], w: Words, signature: str, code: str,
                   writer: QPdfWriter) -> QTextDocument:
    """The report's text, laid out on the writer's pages (the charts follow on pages of
    their own, painted by :func:`_chart_pages`)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(FONT, 9))
    doc.documentLayout().setPaintDevice(writer)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height() * FOOTER_AT))
    doc.setDefaultStyleSheet("h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 10px; }"
                             " td, th { font-size: 9pt; }")
    cursor = QTextCursor(doc)
    cursor.insertHtml(_head(c, w) + _officers(c, w) + _counts(c, w)
                      + _notable(c, w) + _journal(c, w, signature, code))
    return doc


def _chart_pages(painter: QPainter, writer: QPdfWriter, charts: list[_Chart],
                 title: str, first: bool) -> int:
    """Paint the charts two by four on each page; return the number of pages."""
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = rect.width(), rect.height() * FOOTER_AT
    font = QFont(FONT, 8)
    heading = QFont(FONT, 11)
    heading.setBold(True)
    line = QFontMetricsF(heading, writer).height() * 1.6
    per_page = PER_PAGE
    pages = 0
    for start in range(0, len(charts), per_page):
        if not (first and pages == 0):
            writer.newPage()
        pages += 1
        painter.setFont(heading)
        painter.drawText(QRectF(0, 0, width, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
        cell_w, cell_h = width / 2, (height - line) / (PER_PAGE // 2)
        for n, chart in enumerate(charts[start:start + per_page]):
            box = QRectF((n % 2) * cell_w, line + (n // 2) * cell_h, cell_w, cell_h)
            paint_bars(painter, box.adjusted(0, 0, -cell_w * 0.06, -cell_h * 0.12), chart.title,
                       chart.labels, chart.values, horizontal=chart.horizontal, font=font)
    return pages


def _footer(painter: QPainter, writer: QPdfWriter, content: dict[str, Any], w: Words,
            code: str, page: int, pages: int) -> None:
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    painter.setFont(QFont(FONT, 7))
    foot = (f"{content['shift']['checkpoint']} · {content['shift']['shift_id']} · "
            f"{w.text('code')} {code} · {w.text('page', n=f'{page}/{pages}')}")
    painter.drawText(QRectF(0, rect.height() * 0.96, rect.width(), rect.height() * 0.04),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), foot)


def render(content: dict[str, Any], signature: str, code: str) -> bytes:
    """The report as PDF bytes (A4)."""
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    w = Words.of(content["language"])
    writer.setTitle(w.text("title") + " " + content["shift"]["shift_id"])
    writer.setCreator("Checkpoint")
    doc = build_document(content, w, signature, code, writer)
    charts = _charts(content, w)
    page_h = doc.pageSize().height()
    text_pages = doc.pageCount()
    pages = text_pages + (len(charts) + PER_PAGE - 1) // PER_PAGE
    painter = QPainter(writer)
    try:
        for page in range(text_pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_h)
            doc.drawContents(painter, QRectF(0, page * page_h, doc.pageSize().width(), page_h))
            painter.restore()
            _footer(painter, writer, content, w, code, page + 1, pages)
        done = text_pages
        for start in range(0, len(charts), PER_PAGE):
            _chart_pages(painter, writer, charts[start:start + PER_PAGE], w.text("charts"),
                         first=False)
            done += 1
            _footer(painter, writer, content, w, code, done, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
