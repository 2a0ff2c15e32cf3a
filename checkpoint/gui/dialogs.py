"""Small dialogs: amend with a reason, resume unfinished drafts, settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from checkpoint.domain.inspection import Inspection
from checkpoint.gui.forms.ui_amend import Ui_AmendDialog
from checkpoint.gui.forms.ui_drafts import Ui_DraftsDialog
from checkpoint.gui.forms.ui_settings import Ui_SettingsDialog
from checkpoint.gui.list_model import local_time
from checkpoint.services.settings import Settings


class AmendDialog(QDialog):
    """Asks why a finalized record is being corrected."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AmendDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Amend"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self._submit)

    def _submit(self) -> None:
        reason = self.ui.reasonEdit.toPlainText().strip()
        if not reason:
            self.ui.messageLabel.setText(self.tr("Say why the record is corrected."))
            self.ui.reasonEdit.setFocus()
            return
        self.submitted.emit(reason)
        self.accept()


def draft_label(insp: Inspection) -> str:
    """A line that lets the officer recognise a draft: when, who, which vehicle."""
    parts = [local_time(insp.updated_at)]
    if insp.persons:
        p = insp.persons[0]
        name = " ".join(x for x in (p.surname_latin or p.surname, p.given_names_latin) if x)
        if name:
            parts.append(name)
    if insp.vehicle and insp.vehicle.plate:
        parts.append(insp.vehicle.plate)
    if insp.amends:
        parts.append("(amendment)")
    if len(parts) == 1:
        parts.append("(empty)")
    return " · ".join(parts)


class DraftsDialog(QDialog):
    """The officer's unfinished drafts, offered at login: resume, discard or later."""

    resume = Signal(str)
    discard = Signal(str)

    def __init__(self, drafts: Sequence[Inspection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DraftsDialog()
        self.ui.setupUi(self)
        for insp in drafts:
            item = QListWidgetItem(draft_label(insp))
            item.setData(Qt.ItemDataRole.UserRole, insp.id)
            self.ui.draftList.addItem(item)
        self.ui.draftList.setCurrentRow(0)
        self.ui.resumeButton.clicked.connect(self._resume)
        self.ui.draftList.itemActivated.connect(lambda _i: self._resume())
        self.ui.laterButton.clicked.connect(self.reject)
        self.ui.discardButton.clicked.connect(self._discard)

    def _current(self) -> str | None:
        item = self.ui.draftList.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _resume(self) -> None:
        current = self._current()
        if current:
            self.resume.emit(current)
            self.accept()

    def _discard(self) -> None:
        current = self._current()
        if current:
            self.discard.emit(current)
            self.ui.draftList.takeItem(self.ui.draftList.currentRow())
            if self.ui.draftList.count() == 0:
                self.reject()


class SettingsDialog(QDialog):
    """The workstation settings (a supervisor's business)."""

    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._current = current
        self.ui.idleSpin.setValue(current.idle_lock_minutes)
        self.ui.checkpointEdit.setText(current.checkpoint_code)
        self.ui.laneEdit.setText(current.default_lane)
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.addItem("Українська", "uk")
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(
            current.language)))
        self.ui.rememberCheck.setChecked(current.remember_last_operator)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def settings(self) -> Settings:
        """The settings as chosen. Raises UsageError for a value out of range."""
        chosen = replace(self._current, idle_lock_minutes=self.ui.idleSpin.value(),
                         checkpoint_code=self.ui.checkpointEdit.text().strip(),
                         default_lane=self.ui.laneEdit.text().strip(),
                         language=str(self.ui.languageCombo.currentData()),
                         remember_last_operator=self.ui.rememberCheck.isChecked())
        return chosen.validate()
