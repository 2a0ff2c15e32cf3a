"""The small dialogs of the Shift menu: open a shift, close it with a handover, remarks.

Each only gathers what the service needs and emits it; the service checks it and the
caller shows the service's refusal as a message (the dialog stays open to correct).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class OpenShiftDialog(_Form):
    submitted = Signal(list, list, str)  # officers, lanes, checkpoint

    def __init__(self, checkpoint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a shift"), parent)
        self.officers = QLineEdit()
        self.officers.setPlaceholderText(self.tr("anna, bogdan"))
        self.lanes = QLineEdit()
        self.lanes.setPlaceholderText(self.tr("1, 2, 3"))
        self.checkpoint = QLineEdit(checkpoint)
        self.form.addRow(self.tr("Officers on duty (comma-separated):"), self.officers)
        self.form.addRow(self.tr("Lanes:"), self.lanes)
        self.form.addRow(self.tr("Checkpoint:"), self.checkpoint)

    def submit(self) -> None:
        officers = _words(self.officers.text())
        if not officers:
            self.show_error(self.tr("Name at least one officer on duty."))
            return
        self.submitted.emit(officers, _words(self.lanes.text()), self.checkpoint.text().strip())


class CloseShiftDialog(_Form):
    submitted = Signal(str, list)  # note, open items

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the shift and hand over"), parent)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the relieving supervisor must know"))
        self.items = QPlainTextEdit()
        self.items.setPlaceholderText(self.tr("One open item a line"))
        self.form.addRow(self.tr("Handover note:"), self.note)
        self.form.addRow(self.tr("Open items:"), self.items)

    def submit(self) -> None:
        note = self.note.toPlainText().strip()
        if not note:
            self.show_error(self.tr("Write the handover note."))
            return
        items = [x.strip() for x in self.items.toPlainText().splitlines() if x.strip()]
        self.submitted.emit(note, items)


class RemarksDialog(_Form):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark the shift reviewed"), parent)
        self.remarks = QPlainTextEdit()
        self.remarks.setPlaceholderText(self.tr("Your remarks on the shift log"))
        self.form.addRow(QLabel(self.tr(
            "The journal is verified, and the review is signed with this workstation's key.")))
        self.form.addRow(self.tr("Remarks:"), self.remarks)

    def submit(self) -> None:
        self.submitted.emit(self.remarks.toPlainText().strip())
