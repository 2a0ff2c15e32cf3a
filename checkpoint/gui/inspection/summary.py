"""The one-screen summary an officer confirms before a record is finalized.

Finalizing freezes the record (a correction is then an amendment), so Ctrl+Enter first
shows what will be frozen: where and how, every person with their document, the
vehicle, containers, goods, cash, findings, photos, the outcome, and the warnings
(an expired document, a document recorded as presented). Enter finalizes, Escape goes
back to the form.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkpoint.domain.inspection import Inspection
from checkpoint.gui.inspection import field_values as f


def _tr(text: str) -> str:
    return QCoreApplication.translate("FinalizeSummary", text)


def _row(label: str, value: str | None) -> str:
    shown = html.escape(value) if value else "<i>—</i>"
    return f"<tr><td><b>{html.escape(label)}</b></td><td>{shown}</td></tr>"


def summary_html(insp: Inspection, warnings: Sequence[str] = ()) -> str:
    """The record as the summary shows it (rich text, every value escaped)."""
    translate = QCoreApplication.translate
    rows = [
        _row(_tr("Checkpoint, lane"), " · ".join(x for x in (insp.checkpoint, insp.lane) if x)),
        _row(_tr("Direction, conveyance"), " · ".join(
            f.enum_label(x) for x in (insp.direction, insp.conveyance_mode) if x)),
        _row(_tr("Controls"), ", ".join(f.enum_label(c) for c in insp.control_types)),
        _row(_tr("Trigger"), f.enum_label(insp.trigger) if insp.trigger else None),
    ]
    for n, p in enumerate(insp.persons, 1):
        doc = p.document
        name = " ".join(x for x in (p.surname_latin, p.given_names_latin) if x)
        if p.surname:
            name += f" ({' '.join(x for x in (p.surname, p.given_names) if x)})"
        parts = [name, f.enum_label(p.role), p.nationality or ""]
        if doc is not None:
            parts.append(" ".join(x for x in (doc.number, doc.expiry and _tr("valid to ")
                                              + doc.expiry) if x))
        rows.append(_row(_tr("Person %1").replace("%1", str(n)),
                         " · ".join(x for x in parts if x)))
    v = insp.vehicle
    if v is not None:
        rows.append(_row(_tr("Vehicle"), " · ".join(x for x in (
            v.plate, v.registration_country, v.vin, v.trailer_plate) if x)))
    c = insp.consignment
    if c is not None and c.containers:
        rows.append(_row(_tr("Containers"), ", ".join(x.number for x in c.containers)))
    if insp.goods:
        rows.append(_row(_tr("Goods"), "; ".join(
            " ".join(x for x in (g.hs_code, g.description) if x) for g in insp.goods)))
    if insp.cash is not None:
        cash = insp.cash
        rows.append(_row(_tr("Cash"), " ".join(x for x in (
            f"{cash.amount:g}" if cash.amount is not None else "", cash.currency or "",
            f"(≈ {cash.eur_equivalent:,.0f} EUR)" if cash.eur_equivalent is not None else "")
            if x)))
    if insp.findings:
        rows.append(_row(_tr("Findings"), "; ".join(
            " ".join(x for x in (f.enum_label(x.risk_area) if x.risk_area else "",
                                  x.commodity or "") if x) for x in insp.findings)))
    if insp.attachments:
        rows.append(_row(_tr("Photos"), translate("FinalizeSummary", "%n photo(s)", "",
                                                  len(insp.attachments))))
    rows.append(_row(_tr("Outcome"), f.enum_label(insp.outcome) if insp.outcome else None))
    if insp.remarks:
        rows.append(_row(_tr("Remarks"), insp.remarks))
    text = "<table cellspacing='4'>" + "".join(rows) + "</table>"
    if warnings:
        text += "<p style='color:#8a5a00'><b>" + html.escape(_tr("Note:")) + "</b><br>" + \
            "<br>".join(html.escape(w) for w in warnings) + "</p>"
    return text


class FinalizeSummary(QDialog):
    """Shows :func:`summary_html` and asks to finalize (Enter) or go back (Escape)."""

    def __init__(self, insp: Inspection, warnings: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalize this inspection?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Check the record. Once finalized it cannot be changed; a "
                               "correction is then an amendment."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(summary_html(insp, warnings))
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        layout.addWidget(scroll)
        self.buttons = QDialogButtonBox()
        self.finalize_button = self.buttons.addButton(
            self.tr("&Finalize"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Back to the form"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.finalize_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(680, min(560, self.sizeHint().height() + 40))
