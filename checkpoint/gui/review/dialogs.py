"""The small dialogs of the Shift menu: open a shift, close it with a handover, remarks.

Their layouts are Designer forms (``ui/open_shift.ui``, ``ui/close_shift.ui``,
``ui/review_remarks.ui``) used by composition. Each only gathers what the service needs
and emits it; the service checks it and the caller shows the service's refusal in the
dialog (:meth:`_Form.show_error`), which stays open to correct.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from checkpoint.gui.forms.ui_close_shift import Ui_CloseShiftDialog
from checkpoint.gui.forms.ui_open_shift import Ui_OpenShiftDialog
from checkpoint.gui.forms.ui_review_remarks import Ui_RemarksDialog


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]


class _Form(QDialog):
    """A form with ``messageLabel`` and ``buttonBox``: OK submits, Cancel rejects."""

    def __init__(self, ui: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self.error = ui.messageLabel
        self.buttons: QDialogButtonBox = ui.buttonBox
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)


class OpenShiftDialog(_Form):
    submitted = Signal(list, list, str)  # officers, lanes, checkpoint

    def __init__(self, checkpoint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(Ui_OpenShiftDialog(), parent)
        self.officers = self.ui.officersEdit
        self.lanes = self.ui.lanesEdit
        self.checkpoint = self.ui.checkpointEdit
        self.checkpoint.setText(checkpoint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open shift"))

    def submit(self) -> None:
        officers = _words(self.officers.text())
        if not officers:
            self.show_error(self.tr("Name at least one officer on duty."))
            self.officers.setFocus()
            return
        self.submitted.emit(officers, _words(self.lanes.text()), self.checkpoint.text().strip())


class CloseShiftDialog(_Form):
    submitted = Signal(str, list)  # note, open items

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_CloseShiftDialog(), parent)
        self.note = self.ui.noteEdit
        self.items = self.ui.itemsEdit
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Close and hand over"))

    def submit(self) -> None:
        note = self.note.toPlainText().strip()
        if not note:
            self.show_error(self.tr("Write the handover note."))
            self.note.setFocus()
            return
        items = [x.strip() for x in self.items.toPlainText().splitlines() if x.strip()]
        self.submitted.emit(note, items)


class RemarksDialog(_Form):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_RemarksDialog(), parent)
        self.remarks = self.ui.remarksEdit
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Mark reviewed and sign"))

    def submit(self) -> None:
        self.submitted.emit(self.remarks.toPlainText().strip())
