"""The first-run wizard: from an empty folder to a workstation a supervisor logs into.

Pages (``pages.py``): the language, post code and workstation label → the first
supervisor → HQ's recovery key → enrollment with HQ now or later → auto-lock and lane →
a summary whose **Set up** does the work → what was done. Back goes to any earlier page
and nothing is written before Set up. Set up runs on the database thread: the
workstation is made and its settings saved (``first_run.create``), then, when chosen, it
is enrolled (``first_run.enroll``). A refused code or an unreachable HQ leaves the
workstation made and says so: the enrollment page is the only one still open (Back),
to correct the code or choose to enroll later. The language chosen on the first page
is applied at once (the wizard speaks it) and saved for every later start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from checkpoint.errors import NetworkError, ProtocolError
from checkpoint.gui import language
from checkpoint.gui.messages import enrollment_message, message_for
from checkpoint.gui.ops import PlainOp, TaskManager
from checkpoint.gui.setup.pages import (
    DonePage,
    HqPage,
    Page,
    PostPage,
    RecoveryPage,
    SettingsPage,
    SummaryPage,
    SupervisorPage,
)
from checkpoint.services import first_run, settings
from checkpoint.services.sync import Enrolled

log = logging.getLogger(__name__)
SIZE = (780, 560)  # fits a 1366×768 screen with a panel and the window's frame


class SetupWizard(QWizard):
    """Set up the workstation in ``home``. ``finished_setup(name)``: log in as ``name``."""

    finished_setup = Signal(str)

    def __init__(self, home: Path, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home, self.tasks = home, tasks
        self.setObjectName("SetupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.chosen_language = settings.load(home).language if home.exists() else ""
        self.post = PostPage(home, self.chosen_language)
        self.supervisor = SupervisorPage()
        self.recovery = RecoveryPage()
        self.hq = HqPage()
        self.work = SettingsPage()
        self.summary = SummaryPage()
        self.done_page = DonePage()
        for page in (self.post, self.supervisor, self.recovery, self.hq, self.work,
                     self.summary, self.done_page):
            self.addPage(page)
        self.summary.commit = self._commit
        self.post.language_chosen.connect(self._choose_language)
        self.currentIdChanged.connect(self._entered)
        self.device: str | None = None  # set once the workstation exists
        self.enrolled: Enrolled | None = None
        self._complete = False
        self.resize(*SIZE)
        self.retranslate()

    # -- language ------------------------------------------------------------------------

    def _choose_language(self, chosen: str) -> None:
        self.chosen_language = chosen
        app = QCoreApplication.instance()
        if app is not None:
            language.apply(app, chosen)  # every widget gets a LanguageChange event

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this workstation"))
        w = QWizard.WizardButton
        for button, text in ((w.BackButton, self.tr("< &Back")),
                             (w.NextButton, self.tr("&Next >")),
                             (w.CommitButton, self.tr("&Set up")),
                             (w.FinishButton, self.tr("&Log in")),
                             (w.CancelButton, self.tr("&Cancel"))):
            self.setButtonText(button, text)
        if self.currentPage() is self.summary:
            self._summarise()

    # -- what was chosen -------------------------------------------------------------------

    def settings(self) -> settings.Settings:
        return settings.Settings(
            checkpoint_code=self.post.post(), workstation_label=self.post.label(),
            default_lane=self.work.ui.laneEdit.text().strip(),
            idle_lock_minutes=self.work.ui.idleSpin.value(), language=self.chosen_language)

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.summary:
            self._summarise()
        if isinstance(page, Page):
            page.focus_first()  # after QWizard's own choice (the first in the focus chain)

    def _summarise(self) -> None:
        conf = self.settings()
        key = self.recovery.key
        lines = [
            self.tr("Folder: %1").replace("%1", str(self.home)),
            self.tr("Post: %1").replace("%1", conf.checkpoint_code),
            self.tr("Workstation label: %1").replace(
                "%1", conf.workstation_label or self.tr("(none)")),
            self.tr("First supervisor: %1").replace("%1", self.supervisor.name()),
            self.tr("HQ's recovery key: %1").replace("%1", key.fingerprint) if key else
            self.tr("HQ's recovery key: none (if every password is lost, the records are "
                    "lost)"),
            self.tr("Enrollment: now, with HQ at %1").replace("%1", self.hq.access.url)
            if self.hq.access else self.tr("Enrollment: later (Sync ▸ Enroll with HQ…)"),
            self.tr("Lock after %1 minute(s) without input; default lane %2").replace(
                "%1", language.number(conf.idle_lock_minutes)).replace(
                "%2", conf.default_lane),
            self.tr("Language: %1").replace("%1", self._language_name(conf.language)),
        ]
        if self.device is not None:
            lines.insert(0, self.tr("The workstation is set up already; Set up now only "
                                    "enrolls it."))
        self.summary.ui.summaryValue.setText("\n".join(lines))

    def _language_name(self, chosen: str) -> str:
        name = language.NAMES[language.resolve(chosen)]
        return name if chosen else self.tr("the system's (%1)").replace("%1", name)

    # -- the work --------------------------------------------------------------------------

    def _commit(self) -> bool:
        """Set up pressed: start the work and stay; the work's end moves on."""
        if self._complete:
            return True
        name, password = self.supervisor.name(), self.supervisor.password()
        key, access, conf = self.recovery.key, self.hq.access, self.settings()
        made: list[str] = [self.device] if self.device else []

        def work() -> tuple[str, Enrolled | None]:  # on the database thread
            if not made:
                made.append(first_run.create(self.home, name, password, key, conf))
            enrolled = None
            if access is not None:
                enrolled = first_run.enroll(self.home, name, password, access,
                                            conf.workstation_label)
            return made[0], enrolled

        def failed(error: BaseException) -> None:
            self._busy(False)
            if made:
                self._made(made[0])
                self._summarise()  # Set up now only enrolls it
                text = " ".join((enrollment_message(error), self.tr(
                    "The workstation is set up. Press Back to correct the enrollment or to "
                    "choose to enroll later.")))
                self.hq.say(enrollment_message(error), self._to_correct(error))
            else:
                text = message_for(error)
            self.summary.say(text)

        self.summary.say(self.tr("Setting up…"), error=False)
        self._busy(True)
        PlainOp(self.tasks, work, parent=self, label=self.tr("Setting up…")).success(
            self._done).failure(failed).run()
        return False

    def _to_correct(self, error: BaseException) -> QWidget:
        """The field of the enrollment page a refused enrollment asks to correct: the
        address when HQ was not reached, the CA file when HQ could not be verified, else
        the code."""
        u = self.hq.ui
        if isinstance(error, NetworkError):
            return cast(QWidget, u.urlEdit)
        if isinstance(error, ProtocolError):
            return cast(QWidget, u.caEdit)
        return cast(QWidget, u.codeEdit)

    def _made(self, device: str) -> None:
        if self.device is None:
            self.device = device
            for page in (self.post, self.supervisor, self.recovery, self.work):
                page.lock()
        self.hq.unlock()

    def _done(self, result: tuple[str, Enrolled | None]) -> None:
        device, self.enrolled = result
        self._made(device)
        self._busy(False)
        self.summary.say("")
        lines = [self.tr("Workstation %1 is set up in %2.").replace("%1", device).replace(
            "%2", str(self.home))]
        if self.enrolled is not None:
            e = self.enrolled
            lines.append(self.tr(
                "Enrolled with HQ %1 as a workstation of post %2. HQ's key fingerprint is "
                "%3: HQ can confirm it.").replace("%1", e.hq_id).replace(
                "%2", e.post).replace("%3", e.hq_key_fingerprint))
        else:
            lines.append(self.tr("Not enrolled with HQ yet: after logging in, a supervisor "
                                 "enrolls it (Sync ▸ Enroll with HQ…)."))
        self.done_page.ui.resultValue.setText("\n\n".join(lines))
        log.info("first run finished (enrolled: %s)", self.enrolled is not None)
        self._complete = True
        self.next()
        self.setOption(QWizard.WizardOption.NoCancelButton)

    def _busy(self, on: bool) -> None:
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not on)

    # -- the end ---------------------------------------------------------------------------

    def accept(self) -> None:
        super().accept()
        self.finished_setup.emit(self.supervisor.name())

    def reject(self) -> None:
        """Cancel: before Set up nothing was written; after it, the workstation exists,
        so the login comes next (enrollment waits for the Sync menu)."""
        if self.device is not None:
            self.accept()
            return
        super().reject()

