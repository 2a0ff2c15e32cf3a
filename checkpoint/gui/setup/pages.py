"""The pages of the set-up wizard, each a ``ui/setup_*.ui`` form used by composition.

A page checks what it holds when the officer presses Next (``validatePage``): with the
first-run service's checks (``checkpoint.services.first_run``), whose errors carry
codes worded by :func:`checkpoint.gui.messages.message_for`. A refused page says why in
its message line, puts the cursor in the field to correct and stays. Nothing is written
before the summary page's Set up (:mod:`checkpoint.gui.setup.wizard`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget, QWizardPage

from checkpoint.errors import CheckpointError
from checkpoint.gui.forms.ui_setup_done import Ui_SetupDonePage
from checkpoint.gui.forms.ui_setup_hq import Ui_SetupHqPage
from checkpoint.gui.forms.ui_setup_post import Ui_SetupPostPage
from checkpoint.gui.forms.ui_setup_recovery import Ui_SetupRecoveryPage
from checkpoint.gui.forms.ui_setup_settings import Ui_SetupSettingsPage
from checkpoint.gui.forms.ui_setup_summary import Ui_SetupSummaryPage
from checkpoint.gui.forms.ui_setup_supervisor import Ui_SetupSupervisorPage
from checkpoint.gui.language import NAMES
from checkpoint.gui.messages import message_for
from checkpoint.services import first_run, settings

POST_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$")


class Page(QWizardPage):
    """A page with a message line; ``retranslate`` redoes the texts made in code."""

    def say(self, text: str, field: QWidget | None = None, *, error: bool = True) -> bool:
        """Show ``text`` (empty: nothing wrong) and focus ``field``; False when refused.
        ``error=False``: a note, not styled as a refusal."""
        label = self.ui.messageLabel  # type: ignore[attr-defined]
        label.setText(text)
        label.setProperty("severity", "error" if text and error else "")
        label.style().unpolish(label)
        label.style().polish(label)
        self._to_correct = field if text else None
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()
        return not text

    def refuse(self, error: BaseException, field: QWidget | None = None) -> bool:
        return self.say(message_for(error), field)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[attr-defined]
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts set in code, again in the language now installed."""

    def first_field(self) -> QWidget | None:
        """The field the cursor starts in when the page is entered."""
        return None

    def focus_first(self) -> None:
        """Entering the page: the cursor goes to the field its message asks to correct,
        else to its first field."""
        field = getattr(self, "_to_correct", None) or self.first_field()
        if field is not None and field.isEnabled():
            field.setFocus()

    def lock(self) -> None:
        """The workstation exists: what this page held can no longer change here."""
        for child in self.findChildren(QWidget):
            if child.objectName() != "messageLabel":
                child.setEnabled(False)
        self.say(self.tr("The workstation is set up; this is changed in the program now."),
                 error=False)


def _browse(page: QWidget, edit: QLineEdit, title: str, kinds: str) -> None:
    path, _ = QFileDialog.getOpenFileName(page, title, edit.text(), kinds)
    if path:
        edit.setText(path)
        edit.setFocus()


class PostPage(Page):
    """The language, the post code, the workstation's label; the folder it goes in."""

    language_chosen = Signal(str)  # "" (the system's), "en" or "uk"

    def __init__(self, home: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupPostPage()
        self.ui.setupUi(self)
        self.ui.folderValue.setText(str(home))
        combo = self.ui.languageCombo
        combo.addItem("", "")
        for code, name in NAMES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(language)))
        self.retranslate()
        combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(combo.currentData())))

    def retranslate(self) -> None:
        system = NAMES[settings.system_language()]
        self.ui.languageCombo.setItemText(0, self.tr("The system's (%1)").replace("%1", system))

    def first_field(self) -> QWidget | None:
        return cast(QWidget, self.ui.languageCombo)

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def post(self) -> str:
        return str(self.ui.postEdit.text()).strip()

    def label(self) -> str:
        return str(self.ui.labelEdit.text()).strip()

    def validatePage(self) -> bool:
        if not self.post():
            return self.say(self.tr("Give the post code, e.g. UA-PL-01 (HQ gives it)."),
                            self.ui.postEdit)
        if not POST_RE.fullmatch(self.post()):
            return self.say(self.tr("A post code has up to 32 letters, digits, '-', '.', '_' "
                                    "or '/', e.g. UA-PL-01."), self.ui.postEdit)
        return self.say("")


class SupervisorPage(Page):
    """The first supervisor's name and password, checked against the password policy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupSupervisorPage()
        self.ui.setupUi(self)

    def first_field(self) -> QWidget | None:
        return cast(QWidget, self.ui.nameEdit)

    def name(self) -> str:
        return str(self.ui.nameEdit.text()).strip()

    def password(self) -> str:
        return str(self.ui.passwordEdit.text())

    def validatePage(self) -> bool:
        if not self.name():
            return self.say(self.tr("Give the supervisor's user name."), self.ui.nameEdit)
        try:
            first_run.check_supervisor(self.name(), self.password())
        except CheckpointError as e:
            field = self.ui.nameEdit if e.code.startswith("operator.") else self.ui.passwordEdit
            return self.refuse(e, field)
        if self.password() != self.ui.confirmEdit.text():
            self.ui.confirmEdit.clear()
            return self.say(self.tr("The two passwords differ; type the password again."),
                            self.ui.confirmEdit)
        return self.say("")


class RecoveryPage(Page):
    """HQ's recovery public key from a file, checked and its fingerprint shown; or none,
    deliberately."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupRecoveryPage()
        self.ui.setupUi(self)
        self.key: first_run.RecoveryKey | None = None
        self.ui.browseButton.clicked.connect(lambda: _browse(
            self, self.ui.keyEdit, self.tr("HQ's recovery public key"),
            self.tr("PEM files (*.pem);;All files (*)")))
        self.ui.keyEdit.textChanged.connect(self._forget)
        self.ui.noKeyCheck.toggled.connect(self._no_key)

    def first_field(self) -> QWidget | None:
        return cast(QWidget, self.ui.keyEdit)

    def _forget(self) -> None:
        self.key = None
        self.ui.fingerprintValue.clear()

    def _no_key(self, on: bool) -> None:
        self.ui.keyEdit.setEnabled(not on)
        self.ui.browseButton.setEnabled(not on)
        self.say("")

    def without_key(self) -> bool:
        return bool(self.ui.noKeyCheck.isChecked())

    def validatePage(self) -> bool:
        if self.without_key():
            self.key = None
            return self.say("")
        path = self.ui.keyEdit.text().strip()
        if not path:
            return self.say(self.tr("Choose the recovery key file HQ gave, or tick \"Set up "
                                    "without a recovery key\"."), self.ui.keyEdit)
        try:
            self.key = first_run.read_recovery_key(Path(path))
        except CheckpointError as e:
            return self.refuse(e, self.ui.keyEdit)
        self.ui.fingerprintValue.setText(self.key.fingerprint)
        return self.say("")


class HqPage(Page):
    """Enroll with HQ now (address, one-time code, CA file) or later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupHqPage()
        self.ui.setupUi(self)
        self.access: first_run.HqAccess | None = None
        self.ui.caBrowseButton.clicked.connect(lambda: _browse(
            self, self.ui.caEdit, self.tr("HQ's CA certificate"),
            self.tr("Certificates (*.pem *.crt);;All files (*)")))
        self.ui.nowRadio.toggled.connect(self._now)

    def first_field(self) -> QWidget | None:
        return cast(QWidget, self.ui.urlEdit if self.now() else self.ui.laterRadio)

    def now(self) -> bool:
        return bool(self.ui.nowRadio.isChecked())

    def _now(self, on: bool) -> None:
        for widget in (self.ui.urlEdit, self.ui.codeEdit, self.ui.caEdit,
                       self.ui.caBrowseButton):
            widget.setEnabled(on)
        self.say("")

    def unlock(self) -> None:
        """After a refused enrollment: only this page may change (the workstation exists)."""
        for child in self.findChildren(QWidget):
            child.setEnabled(True)
        self._now(self.now())

    def validatePage(self) -> bool:
        self.access = None
        if not self.now():
            return self.say("")
        u = self.ui
        for edit, text in (
                (u.urlEdit, self.tr("Give HQ's address, e.g. https://hq.example:8443.")),
                (u.codeEdit, self.tr("Give the one-time code HQ issued for this post.")),
                (u.caEdit, self.tr("Choose HQ's CA certificate (the ca.pem file HQ gave)."))):
            if not edit.text().strip():
                return self.say(text, edit)
        try:
            self.access = first_run.check_hq(u.urlEdit.text(), u.codeEdit.text(),
                                             Path(u.caEdit.text().strip()))
        except CheckpointError as e:
            return self.refuse(e, u.urlEdit if e.code.startswith("url.") else u.caEdit)
        return self.say("")


class SettingsPage(Page):
    """The auto-lock time and the default lane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupSettingsPage()
        self.ui.setupUi(self)
        self.ui.idleSpin.setValue(settings.DEFAULTS.idle_lock_minutes)
        self.ui.laneEdit.setText(settings.DEFAULTS.default_lane)

    def first_field(self) -> QWidget | None:
        return cast(QWidget, self.ui.idleSpin)

    def focus_first(self) -> None:
        super().focus_first()
        self.ui.idleSpin.selectAll()

    def validatePage(self) -> bool:
        if not self.ui.laneEdit.text().strip():
            return self.say(self.tr("Give the lane a new inspection starts with, e.g. 1."),
                            self.ui.laneEdit)
        return self.say("")


class SummaryPage(Page):
    """What Set up will do; the work runs when it is pressed (see the wizard)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupSummaryPage()
        self.ui.setupUi(self)
        self.setCommitPage(True)
        self.commit: Callable[[], bool] = lambda: True  # the wizard's work

    def validatePage(self) -> bool:
        return self.commit()


class DonePage(Page):
    """What was done: the workstation, HQ's answer; Finish goes to the login."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDonePage()
        self.ui.setupUi(self)
