"""The printed protocol of a finalized inspection: a PDF written by Qt's own
QPdfWriter from a QTextDocument, in the officer's language.

The protocol names the record by its number (the record's id) and the SHA-256 digest
of its document, the digest the finalize's journal entry holds, so a paper copy can
be matched to the exact version it shows. The print itself is journaled by
:func:`checkpoint.services.printing.printed`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from checkpoint.domain.ids import parse_utc, utc_now
from checkpoint.domain.inspection import Inspection, finalize_warnings
from checkpoint.errors import ValidationError
from checkpoint.gui.inspection.summary import summary_html
from checkpoint.gui.problems import problem_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Protocol", text)


def full_time(stamp: str | None) -> str:
    """A record timestamp in local time with its date and zone (a paper copy outlives
    "today"): ``2026-12-06 14:09 +02:00``."""
    if not stamp:
        return ""
    try:
        moment = parse_utc(stamp).astimezone()
    except ValidationError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M ") + moment.strftime("%z")[:3] + ":" + \
        moment.strftime("%z")[3:]


def protocol_html(insp: Inspection, record_digest: str, printed_by: str) -> str:
    """The protocol as rich text (every value escaped)."""
    kind = _tr("Amendment protocol") if insp.amends else _tr("Inspection protocol")
    head = [
        (_tr("Record number"), insp.id),
        (_tr("Document digest (SHA-256)"), record_digest),
        (_tr("Officer"), insp.author),
        (_tr("Started"), full_time(insp.started_at)),
        (_tr("Finalized"), full_time(insp.finalized_at)),
    ]
    if insp.amends:
        head.append((_tr("Corrects record"), insp.amends))
        head.append((_tr("Reason for the amendment"), insp.amendment_reason or ""))
    rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                   for k, v in head)
    warnings = [problem_text(w) for w in finalize_warnings(insp)]
    return (f"<h2>{html.escape(kind)}</h2><table cellspacing='3'>{rows}</table><hr>"
            + summary_html(insp, warnings)
            + "<hr><p>" + html.escape(_tr("Printed by %1 at %2").replace("%1", printed_by)
                                      .replace("%2", full_time(utc_now())))
            + "</p><p>" + html.escape(_tr("Signature of the officer:"))
            + " ______________________</p>")


def write_pdf(path: Path, insp: Inspection, record_digest: str, printed_by: str) -> int:
    """Write the protocol to ``path`` as an A4 PDF; return its page count.

    Raises OSError when the file cannot be written."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_tr("Inspection protocol") + " " + insp.id)
    writer.setCreator("Checkpoint")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # else the text comes out tiny
    doc.setHtml(protocol_html(insp, record_digest, printed_by))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.size()))
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # flushes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"The protocol could not be written to {path.name}.")
    return pages
