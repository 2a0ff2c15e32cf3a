"""Small dialogs: amend with a reason, resume unfinished drafts, settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from checkpoint.domain.inspection import Inspection, has_content
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
        self.ui.reasonEdit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter gives the reason (a one-line answer); Shift+Enter starts a new line."""
        if (watched is self.ui.reasonEdit and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self._submit()
            return True
        return super().eventFilter(watched, event)

    def _submit(self) -> None:
        reason = self.ui.reasonEdit.toPlainText().strip()
        if not reason:
            self.ui.messageLabel.setText(self.tr("Say why the record is corrected."))
            self.ui.reasonEdit.setFocus()
            return
        self.submitted.emit(reason)
        self.accept()


def draft_label(insp: Inspection) -> str:
    """A line that lets the officer recognise a draft: when, who, which vehicle, and what
    else it holds; "(empty)" only when nothing was recorded in it."""
    translate = QCoreApplication.translate
    parts = [local_time(insp.updated_at)]
    if insp.persons:
        p = insp.persons[0]
        name = " ".join(x for x in (p.surname_latin or p.surname, p.given_names_latin) if x)
        if name:
            more = len(insp.persons) - 1
            parts.append(name + (f" +{more}" if more else ""))
    vehicle = insp.vehicle
    if vehicle is not None and (vehicle.plate or vehicle.vin or vehicle.journey_number):
        parts.append(str(vehicle.plate or vehicle.vin or vehicle.journey_number))
    goods, findings, photos = len(insp.goods), len(insp.findings), len(insp.attachments)
    counts = ((goods, translate("DraftsDialog", "%n goods line(s)", "", goods)),
              (findings, translate("DraftsDialog", "%n finding(s)", "", findings)),
              (photos, translate("DraftsDialog", "%n photo(s)", "", photos)))
    parts += [text for n, text in counts if n]
    if insp.remarks:
        remark = " ".join(insp.remarks.split())
        parts.append("“" + (remark[:40] + "…" if len(remark) > 40 else remark) + "”")
    if insp.amends:
        parts.append(translate("DraftsDialog", "(amendment)"))
    if len(parts) == 1:
        parts.append(translate("DraftsDialog", "(empty)") if not has_content(insp)
                     else translate("DraftsDialog", "(started)"))
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
        """Ask first: a discarded draft is gone (its creation and discarding stay in the
        journal, its content does not)."""
        item = self.ui.draftList.currentItem()
        if item is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the draft?"),
                          self.tr("Discard this unfinished inspection? What was typed in it "
                                  "is deleted and cannot be brought back.\n\n%1")
                          .replace("%1", item.text()),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        record_id = str(item.data(Qt.ItemDataRole.UserRole))

        def answered() -> None:
            if box.clickedButton() is discard:
                self._discarded(record_id)

        box.finished.connect(lambda _r: answered())
        self.confirm_box = box
        box.open()

    def _discarded(self, record_id: str) -> None:
        for row in range(self.ui.draftList.count()):
            if self.ui.draftList.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.ui.draftList.takeItem(row)
                break
        self.discard.emit(record_id)
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
