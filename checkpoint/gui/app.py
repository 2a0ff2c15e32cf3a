"""The desktop program: set-up, login, the main window, auto-lock.

``run(home)`` is what ``checkpoint`` with no subcommand calls. :class:`App` holds
the flow (first-run set-up → login → must-change password → main window, with the
offer to resume unfinished drafts) and locks the workstation after the idle time
from the settings: the content is hidden, the draft saved, the background sync stopped, the session
closed on the database thread (journal head signed, key wiped), and a login is
needed again. After a login the workstation syncs with HQ in the background when it
is enrolled (:mod:`checkpoint.gui.sync.menu`).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QEvent,
    QFile,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from checkpoint.gui import resources_rc  # noqa: F401
from checkpoint.gui.auth import ChangePasswordDialog, LoginDialog, SetupDialog
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, PlainOp, TaskManager
from checkpoint.services import folders, settings

if TYPE_CHECKING:  # imported once the login window is up (a faster cold start)
    from checkpoint.domain.inspection import Inspection
    from checkpoint.gui.dialogs import DraftsDialog
    from checkpoint.gui.main_window import MainWindow
    from checkpoint.gui.sync.controller import SyncOptions
    from checkpoint.gui.sync.menu import SyncUi

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
PRELOAD_DELAY_MS = 150


@dataclass(frozen=True)
class Who:
    username: str
    role: str
    must_change_password: bool


class IdleWatcher(QObject):
    """Fires ``timer.timeout`` after a period with no key, mouse or wheel input."""

    INPUT: ClassVar[set[QEvent.Type]] = {
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT and self.timer.isActive():
            self.timer.start()
        return False


class App(QObject):
    """The program's flow; owns the database thread and the windows."""

    def __init__(self, home: Path, parent: QObject | None = None, *,
                 sync: SyncOptions | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.sync_options = sync
        self.sync: SyncUi | None = None
        self.conf = settings.load(home) if home.exists() else settings.DEFAULTS
        self.tasks = TaskManager(self)
        self._window: MainWindow | None = None
        self.idle = IdleWatcher(self.conf.idle_lock_minutes, self)
        self.idle.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.who: Who | None = None
        self.login_dialog: LoginDialog | None = None
        self.setup_dialog: SetupDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.drafts_dialog: DraftsDialog | None = None
        self._resume_id: str | None = None
        self._window_state = QSettings(str(home / "window.ini"), QSettings.Format.IniFormat)
        self._stopped = False

    # -- start ---------------------------------------------------------------------------

    @property
    def window(self) -> MainWindow:
        """The main window, made (and its modules imported) on first use."""
        if self._window is None:
            from checkpoint.gui.main_window import MainWindow
            from checkpoint.gui.sync.menu import SyncUi

            window = MainWindow(self.tasks, autosave_ms=self.conf.autosave_delay_ms)
            self.sync = SyncUi(window, self.sync_options)
            window.ui.actionLock.triggered.connect(self.lock)
            window.ui.actionDrafts.triggered.connect(self.offer_drafts)
            window.ui.actionSettings.triggered.connect(self.edit_settings)
            window.closing.connect(self.shutdown)
            self._window = window
        return self._window

    def preload(self) -> None:
        """Import and build the main window while the officer types the password."""
        if not self._stopped:
            _ = self.window

    def start(self) -> None:
        if folders.is_initialized(self.home):
            self.show_login()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        dialog = SetupDialog(self.home)
        dialog.submitted.connect(self._set_up)
        dialog.rejected.connect(self.quit)
        self.setup_dialog = dialog
        dialog.show()

    def _set_up(self, name: str, password: str, recovery: str) -> None:
        dialog = self.setup_dialog
        assert dialog is not None
        dialog.busy(True)

        def work() -> str:
            from checkpoint.services import workstation

            key = None
            if recovery:
                key = workstation.load_public_key(Path(recovery).read_bytes())
            return workstation.init_workstation(self.home, name, password, key)

        def done(_device: str) -> None:
            dialog.busy(False)
            dialog.hide()
            self.setup_dialog = None
            self.conf = settings.load(self.home)
            self.show_login(prefill=name)

        def failed(e: BaseException) -> None:
            dialog.busy(False)
            dialog.show_error(message_for(e))

        PlainOp(self.tasks, work, parent=dialog, label=self.tr("Setting up…")).success(
            done).failure(failed).run()

    # -- login ---------------------------------------------------------------------------

    def show_login(self, *, prefill: str | None = None, locked: str | None = None) -> None:
        dialog = LoginDialog(str(self.home))
        dialog.submitted.connect(self._log_in)
        dialog.rejected.connect(self.quit)
        if prefill:
            dialog.ui.userEdit.setText(prefill)
            dialog.ui.passwordEdit.setFocus()
        dialog.set_locked(locked)
        self.login_dialog = dialog
        dialog.show()
        dialog.raise_()
        QTimer.singleShot(PRELOAD_DELAY_MS, self.preload)

    def _log_in(self, name: str, password: str) -> None:
        dialog = self.login_dialog
        assert dialog is not None
        dialog.busy(True)
        tasks = self.tasks

        def work() -> Who:
            from checkpoint.services import session

            s = session.login(self.home, name, password)
            tasks.set_session(s)
            return Who(s.username, s.role, bool(s.operator.must_change_password))

        def failed(e: BaseException) -> None:
            dialog.busy(False)
            dialog.show_error(message_for(e))

        PlainOp(tasks, work, parent=dialog, label=self.tr("Unlocking…")).success(
            self._logged_in).failure(failed).run()

    def _logged_in(self, who: Who) -> None:
        if self.login_dialog is not None:
            self.login_dialog.hide()
            self.login_dialog.deleteLater()
            self.login_dialog = None
        previous, self.who = self.who, who
        if previous is not None and previous.username.casefold() != who.username.casefold():
            self._resume_id = None
        if who.must_change_password:
            dialog = ChangePasswordDialog()
            dialog.submitted.connect(self._change_password)
            dialog.rejected.connect(self.lock)
            self.password_dialog = dialog
            dialog.show()
            return
        self._enter()

    def _change_password(self, new: str) -> None:
        dialog = self.password_dialog
        assert dialog is not None

        def done(_r: None) -> None:
            dialog.hide()
            self.password_dialog = None
            self._enter()

        from checkpoint.services import accounts

        Op(self.tasks, lambda s: accounts.set_password(s, new)).success(done).failure(
            lambda e: dialog.show_error(message_for(e))).run()

    def _enter(self) -> None:
        assert self.who is not None
        if not self.window.isVisible():
            geometry = self._window_state.value("geometry")
            if geometry is not None:
                self.window.restoreGeometry(geometry)
            else:
                self.window.resize(1200, 780)
            self.window.show()
        self.window.unlock(self.who.username, self.who.role)
        self.window.ui.actionSettings.setEnabled(self.who.role == "supervisor")
        if self.sync is not None:
            self.sync.start(self.who.role)
        self.idle.timer.start()
        if self._resume_id is not None:
            record_id, self._resume_id = self._resume_id, None
            self.window.open_record(record_id)
        else:
            self.offer_drafts()

    def offer_drafts(self) -> None:
        from checkpoint.gui.dialogs import DraftsDialog
        from checkpoint.services import inspections

        def offer(drafts: list[Inspection]) -> None:
            if not drafts or self.who is None:
                return
            dialog = DraftsDialog(drafts, self.window)
            dialog.resume.connect(self.window.open_record)
            dialog.discard.connect(lambda rid: Op(
                self.tasks, lambda s: inspections.discard(s, rid)).run())
            self.drafts_dialog = dialog
            dialog.open()

        Op(self.tasks, inspections.drafts).success(offer).run()

    # -- lock ----------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide the content, save the draft, close the session, ask for a login."""
        if self.who is None or self._stopped:
            return
        self.idle.timer.stop()
        form = self.window.form
        if form is not None and form.insp.is_draft:
            self._resume_id = form.insp.id
        for dialog in (self.drafts_dialog, self.password_dialog):
            if dialog is not None:
                dialog.hide()
        self.window.show_locked()  # saves the draft first (queued before the close below)
        if self.sync is not None:
            self.sync.stop()  # the sync thread joined before the close below wipes the key
        locked = self.who.username
        PlainOp(self.tasks, self.tasks.close_session).failure(
            lambda e: log.warning("closing the session failed: %s", type(e).__name__)).run()
        self.show_login(locked=locked)
        log.info("workstation locked")

    def edit_settings(self) -> None:
        from checkpoint.gui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.conf, self.window)

        def save() -> None:
            try:
                chosen = dialog.settings()
                settings.save(self.home, chosen)
            except Exception as e:
                self.window.show_error(e)
                return
            self.conf = chosen
            self.idle.timer.setInterval(chosen.idle_lock_minutes * 60_000)

        dialog.accepted.connect(save)
        dialog.open()
        self.settings_dialog = dialog

    # -- stop ----------------------------------------------------------------------------

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()

    def shutdown(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        window = self._window
        if window is not None and window.isVisible():
            self._window_state.setValue("geometry", window.saveGeometry())
        if window is not None and window.form is not None:
            window.form.save_now()
        if self.sync is not None:
            self.sync.stop()
        self.tasks.shutdown()


def prepare(app: QApplication, language: str) -> None:
    """Style, icon and translations of the application object."""
    app.setApplicationName("Checkpoint")
    app.setOrganizationName("Checkpoint")
    app.setWindowIcon(QIcon(":/icons/checkpoint.svg"))
    style = QFile(":/style/checkpoint.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text):
        app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
        style.close()
    if language != "en":
        translator = QTranslator(app)
        if translator.load(QLocale(language), "checkpoint", "_", str(TRANSLATIONS)):
            app.installTranslator(translator)


def run(home: Path) -> int:
    """Start the desktop program on the workstation in ``home``; return the exit code."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    conf = settings.load(home) if home.exists() else settings.DEFAULTS
    prepare(app, conf.language)
    main = App(home)
    main.start()
    code = app.exec()
    main.shutdown()
    return int(code)
