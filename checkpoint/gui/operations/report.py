"""The post's report on a joint operation, from the Shift menu (supervisors).

:class:`OperationReportDialog` (``ui/operation_report.ui``) lists the operations the
post holds, current and past, with what the post did under each (acknowledged, linked
inspections, reported already), and takes the supervisor's remarks; the service
(:func:`checkpoint.services.operations.report`) gathers the linked inspections and
their outcomes into an ``operation_report`` record that goes to HQ with the next sync.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from checkpoint.gui.forms.ui_operation_report import Ui_OperationReportDialog
from checkpoint.gui.review.models import local_time
from checkpoint.services.operations import PostNotice


class OperationReportDialog(QDialog):
    submitted = Signal(str, str)  # operation id, remarks

    def __init__(self, held: list[PostNotice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperationReportDialog()
        self.ui.setupUi(self)
        self.held = held
        self.error = self.ui.messageLabel
        self.buttons: QDialogButtonBox = self.ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Make the report"))
        for p in held:
            n = p.notice
            self.ui.operationCombo.addItem(
                self.tr("%1 (%2 – %3)").replace("%1", n.title).replace(
                    "%2", n.valid_from[:10]).replace("%3", n.valid_to[:10]), n.id)
        self.ui.operationCombo.currentIndexChanged.connect(self._describe)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._describe()

    def _describe(self) -> None:
        index = self.ui.operationCombo.currentIndex()
        if index < 0:
            self.ui.detailsText.setText(self.tr("This post holds no joint-operation notices."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        p = self.held[index]
        lines = [self.tr("Linked inspections: %1").replace("%1", str(p.linked))]
        lines.append(self.tr("Acknowledged by %1 at %2").replace("%1", p.acknowledged_by or "")
                     .replace("%2", local_time(p.acknowledged_at)) if p.acknowledged_at
                     else self.tr("Not acknowledged yet"))
        if p.reported_at:
            lines.append(self.tr("Last report made at %1; a new one adds to it.").replace(
                "%1", local_time(p.reported_at)))
        self.ui.detailsText.setText("\n".join(lines))

    def _submit(self) -> None:
        operation_id = self.ui.operationCombo.currentData()
        if operation_id:
            self.submitted.emit(str(operation_id), self.ui.remarksEdit.toPlainText().strip())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
