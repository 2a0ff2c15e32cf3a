"""The MRZ input: a keyboard-wedge reader types 2 or 3 lines, each ending with Enter.

The panel waits until a whole zone has arrived (2 lines, or 3 when the first has
the 30 characters of an ID card), reads it with ``parse_mrz``, shows every check
digit's result and emits :attr:`MrzPanel.scanned`. A failed check digit is shown
in red and needs a reason in the override field; nothing is silently accepted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidgetItem, QWidget

from checkpoint.documents import MrzError, MrzResult, parse_mrz
from checkpoint.errors import Problem
from checkpoint.gui.forms.ui_mrz_panel import Ui_MrzPanel
from checkpoint.gui.inspection.field_checks import show_message
from checkpoint.gui.problems import mrz_field_name, mrz_text, value_sentence

ID_CARD_WIDTH = 30



class MrzCheck(NamedTuple):
    """One check digit as the panel shows it."""

    field: str
    ok: bool
    expected: str
    found: str


class MrzPanel(QGroupBox):
    """Reads a typed or scanned MRZ and shows its check digits."""

    scanned = Signal(object)  # MrzResult
    override_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MrzPanel()
        self.ui.setupUi(self)
        table = self.ui.checksTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([
            self.tr("Check digit"), self.tr("Read"), self.tr("Expected"), self.tr("Result")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        self.ui.mrzEdit.textChanged.connect(self._typed)
        self.ui.overrideEdit.textChanged.connect(self.override_changed)
        self.show_checks((), ())

    # -- reading ---------------------------------------------------------------------------

    def _typed(self) -> None:
        raw = self.ui.mrzEdit.toPlainText()
        if not raw.endswith(("\n", "\r")):
            return
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        if not lines:
            return
        complete = len(lines) >= 3 or (len(lines) == 2 and len(lines[0]) != ID_CARD_WIDTH)
        if not complete:
            show_message(self.ui.mrzMessage, self.tr("Line %1 read; waiting for the next line.")
                         .replace("%1", str(len(lines))), "warning")
            return
        try:
            result = parse_mrz(raw)
        except MrzError as e:
            show_message(self.ui.mrzMessage, value_sentence(e.code, e.params))
            self.ui.mrzEdit.clear()
            return
        self.ui.mrzEdit.clear()
        self.show_result(result)
        self.scanned.emit(result)

    def show_result(self, result: MrzResult) -> None:
        checks = [MrzCheck(c.field, c.ok, c.expected, c.found) for c in result.checks]
        self.show_checks(result.raw, checks, result.format, result.problems)

    def show_checks(self, raw: Iterable[str], checks: Iterable[MrzCheck], fmt: str = "",
                    problems: Iterable[Problem] = ()) -> None:
        """Show the zone as read and each check digit; ask for a reason if one failed."""
        checks = list(checks)
        lines = list(raw)
        self.ui.rawLabel.setText("\n".join(lines))
        self.ui.rawLabel.setVisible(bool(lines))
        table = self.ui.checksTable
        table.setRowCount(len(checks))
        ok_icon, fail_icon = QIcon(":/icons/ok.svg"), QIcon(":/icons/fail.svg")
        for row, check in enumerate(checks):
            result = QTableWidgetItem(ok_icon if check.ok else fail_icon,
                                      self.tr("correct") if check.ok else self.tr("FAILED"))
            for col, value in enumerate((mrz_field_name(check.field), check.found,
                                         check.expected)):
                table.setItem(row, col, QTableWidgetItem(value))
            table.setItem(row, 3, result)
        table.setVisible(bool(checks))
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)  # no empty band under the five check digits
        failed = [mrz_field_name(check.field) for check in checks if not check.ok]
        messages = [mrz_text(problem) for problem in problems]
        if failed:
            messages.insert(0, self.tr("Check digit failed: %1. Check the document by eye; "
                                       "to accept it, give the reason below.")
                            .replace("%1", ", ".join(failed)))
        if messages:
            show_message(self.ui.mrzMessage, " ".join(messages), "error")
        elif checks:
            show_message(self.ui.mrzMessage, self.tr("%1: every check digit is correct.")
                         .replace("%1", fmt or self.tr("Zone")), "ok")
        else:
            show_message(self.ui.mrzMessage, "")
        # a zone read: its document may be recorded as presented (failed check digits, a
        # specimen, a forgery) with a reason; failed check digits need one
        self.ui.overrideEdit.setEnabled(bool(checks) and not self.ui.mrzEdit.isReadOnly())
        self.ui.overrideEdit.setVisible(bool(checks))
        self.ui.overrideEditLabel.setVisible(bool(checks))

    def add_warnings(self, warnings: Iterable[str]) -> None:
        """Add warnings about the document read (expired…) to the panel's message."""
        words = [w for w in warnings if w]
        if words:
            label = self.ui.mrzMessage
            severity = label.property("severity") or "warning"
            show_message(label, " ".join([label.text(), *words]).strip(),
                         "error" if severity == "error" else "warning")

    # -- the override ----------------------------------------------------------------------

    def override_reason(self) -> str | None:
        value = self.ui.overrideEdit.text().strip()
        return value or None

    def set_override_reason(self, reason: str | None) -> None:
        self.ui.overrideEdit.blockSignals(True)
        self.ui.overrideEdit.setText(reason or "")
        self.ui.overrideEdit.blockSignals(False)
