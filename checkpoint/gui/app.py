"""The desktop program: the main window, auto-lock, the language.

``run(home)`` is what ``checkpoint`` with no subcommand calls. :class:`App` owns the
database thread and the windows: the way in (first-run set-up → login → the
operator's own password) is :class:`~checkpoint.gui.login_flow.LoginFlow`; once it is
ready the main window opens with the offer to resume unfinished drafts. The app locks
the workstation after the idle time from the settings: the content is hidden, the
draft saved, the background sync stopped, the session closed on the database thread
(journal head signed, key wiped), and a login is needed again. After a login the
workstation syncs with HQ in the background when it is enrolled
(:mod:`checkpoint.gui.sync.menu`).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QEvent,
    QFile,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from checkpoint.gui import resources_rc  # noqa: F401
from checkpoint.gui.auth import LoginDialog
from checkpoint.gui.language import install as install_language
from checkpoint.gui.lock import LockGuard
from checkpoint.gui.login_flow import LoginFlow, Who
from checkpoint.gui.ops import Op, PlainOp, TaskManager
from checkpoint.services import folders, settings

if TYPE_CHECKING:  # imported once the login window is up (a faster cold start)
    from checkpoint.domain.inspection import Inspection
    from checkpoint.gui.accounts import AccountsUi
    from checkpoint.gui.dialogs import DraftsDialog
    from checkpoint.gui.main_window import MainWindow
    from checkpoint.gui.sync.controller import SyncOptions
    from checkpoint.gui.sync.menu import SyncUi

log = logging.getLogger(__name__)


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
        self.accounts: AccountsUi | None = None
        self.conf = settings.load(home) if home.exists() else settings.DEFAULTS
        self.tasks = TaskManager(self)
        self._window: MainWindow | None = None
        self.idle = IdleWatcher(self.conf.idle_lock_minutes, self)
        self.idle.timer.timeout.connect(self.lock)
        self.guard = LockGuard(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.guard)
        self.who: Who | None = None
        self.login = LoginFlow(home, self.tasks, self)
        self.login.logged_in.connect(self._logged_in)
        self.login.ready.connect(self._enter)
        self.login.declined.connect(self.lock)
        self.login.closed.connect(self.quit)
        self.login.waiting.connect(self.preload)
        self.login.created.connect(self._reload_settings)
        self.drafts_dialog: DraftsDialog | None = None
        self._resume_id: str | None = None
        self._window_state = QSettings(str(home / "window.ini"), QSettings.Format.IniFormat)
        self._stopped = False

    # -- start ---------------------------------------------------------------------------

    @property
    def window(self) -> MainWindow:
        """The main window, made (and its modules imported) on first use."""
        if self._window is None:
            from checkpoint.gui.accounts import AccountsUi
            from checkpoint.gui.main_window import MainWindow
            from checkpoint.gui.sync.menu import SyncUi

            window = MainWindow(self.tasks, autosave_ms=self.conf.autosave_delay_ms)
            self.sync = SyncUi(window, self.sync_options)
            window.ui.actionLock.triggered.connect(self.lock)
            window.ui.actionDrafts.triggered.connect(self.offer_drafts)
            window.ui.actionSettings.triggered.connect(self.edit_settings)
            self.accounts = AccountsUi(window, self.tasks, self.home)
            window.closing.connect(self.shutdown)
            self._window = window
        return self._window

    def preload(self) -> None:
        """Import and build the main window while the officer types the password."""
        if not self._stopped:
            _ = self.window

    def start(self) -> None:
        if folders.is_initialized(self.home):
            self.login.show_login()
        else:
            self.login.show_setup()

    def _reload_settings(self) -> None:
        self.conf = settings.load(self.home)

    def _logged_in(self, who: Who) -> None:
        self.guard.unlock()
        previous, self.who = self.who, who
        if previous is not None and previous.username.casefold() != who.username.casefold():
            self._resume_id = None

    def _enter(self) -> None:
        assert self.who is not None
        if not self.window.isVisible():
            geometry = self._window_state.value("geometry")
            if geometry is not None:
                self.window.restoreGeometry(geometry)
                self.window.show()
            else:  # first start: the whole screen (1366×768 lanes), status bar in view
                self.window.showMaximized()
        self.window.unlock(self.who.username, self.who.role)
        # the login window had the keyboard: give it back to the main window, or Ctrl+F
        # and typing go nowhere until the officer clicks it
        self.window.raise_()
        self.window.activateWindow()
        self.window.ui.actionSettings.setEnabled(self.who.role == "supervisor")
        if self.accounts is not None:
            self.accounts.start(self.who.role)
        if self.sync is not None:
            self.sync.start(self.who.role)
        self.idle.timer.start()
        if self.who.failed_attempts:
            self._tell_failed_attempts(self.who.failed_attempts)
        if self._resume_id is not None:
            record_id, self._resume_id = self._resume_id, None
            self.window.open_record(record_id)
        else:
            self.offer_drafts()

    def _tell_failed_attempts(self, count: int) -> None:
        """Once, after the login: someone may have been trying this officer's name."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Failed login attempts"), self.tr(
            "%n failed login attempt(s) on your name since your last login. If they were "
            "not yours, tell your supervisor.", "", count),
            QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("failedAttemptsBox")
        box.open()
        self.failed_attempts_box = box

    def offer_drafts(self) -> None:
        from checkpoint.gui.dialogs import DraftsDialog
        from checkpoint.services import inspections

        def offer(drafts: list[Inspection]) -> None:
            if not drafts or self.who is None:
                return
            dialog = DraftsDialog(drafts, self.window)
            dialog.resume.connect(self.window.open_record)
            dialog.discard.connect(lambda rid: Op(
                self.tasks, lambda s: inspections.discard(s, rid)).success(
                lambda _r: self.window.refresh_list()).run())
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
        if self.drafts_dialog is not None:
            self.drafts_dialog.hide()
        self.login.hide_password()
        self._close_dialogs()
        self.window.show_locked()  # saves the draft first (queued before the close below)
        if self.sync is not None:
            self.sync.stop()  # the sync thread joined before the close below wipes the key
        locked = self.who.username
        PlainOp(self.tasks, self.tasks.close_session).failure(
            lambda e: log.warning("closing the session failed: %s", type(e).__name__)).run()
        self.guard.lock(self.login.show_login(locked=locked, owner=self.window))
        log.info("workstation locked")

    def _close_dialogs(self) -> None:
        """Close every dialog over the main window (messages, accounts, settings…): while
        locked nothing but the login is on the screen."""
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, QDialog) and widget.isVisible()
                    and not isinstance(widget, QProgressDialog | LoginDialog)):
                widget.reject()

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
            if not chosen.remember_last_operator:
                from checkpoint.services import session

                session.forget_last_operator(self.home)

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
        self.guard.unlock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
            app.removeEventFilter(self.idle)
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
    install_language(app, language)


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
