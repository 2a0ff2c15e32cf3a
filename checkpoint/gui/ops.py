"""Background work for the GUI: one database thread, results back on the GUI thread.

The shape follows Anki's ``CollectionOp`` and ``taskman``::

    Op(parent, lambda s: inspections.finalize(s, insp)).success(show).failure(report).run()

Every piece of database work runs on **one** worker thread (a single-thread
executor) that owns the session: the store's ``Database`` refuses use from any
thread but the one that opened it, so the login itself, every later call and the
final ``Session.close`` all run there, one after the other. Work that needs no
session (reading the sync status through its own connection, stopping the sync
thread) goes to a second, small pool (:meth:`TaskManager.submit_background`), as in
Anki's ``taskman``. Results and exceptions
are posted back to the GUI thread through a queued signal. A progress dialog
appears only when the work takes longer than :data:`PROGRESS_DELAY_MS`, so quick
work never flashes one. An error with no ``failure`` callback goes to the
manager's error handler (the main window shows it as a message).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from checkpoint.errors import LockedError

if TYPE_CHECKING:
    from checkpoint.services.session import Session

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Work that finishes sooner than this never shows a progress dialog.
PROGRESS_DELAY_MS = 600


class _Relay(QObject):
    """Lives on the GUI thread; ``ready`` emitted on the worker arrives here queued.

    The results travel in a queue, not as signal arguments: the signal carries no
    Python objects across threads (PySide6 6.12 miscounts references of some, such as
    None and booleans, passed through queued connections).
    """

    ready = Signal()


class TaskManager(QObject):
    """Owns the database thread and the session that lives on it.

    ``pending`` counts submitted work not yet delivered; ``settled`` is emitted on
    the GUI thread whenever it drops to zero (tests wait on it).
    """

    settled = Signal()
    error = Signal(object)  # an exception no failure callback took

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checkpoint-db")
        self._db_thread: int | None = None
        self._relay = _Relay()
        self._relay.ready.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._bg = ThreadPoolExecutor(max_workers=2, thread_name_prefix="checkpoint-bg")
        self._done: queue.SimpleQueue[tuple[Callable[[Any, BaseException | None], None], Any,
                                            BaseException | None, bool]] = queue.SimpleQueue()
        self.pending = 0
        self.stopped = False  # shut down: work asked for now (a late callback's) is dropped
        self._session: Session | None = None  # touched only on the database thread

    # -- running ------------------------------------------------------------------------

    def submit(self, work: Callable[[], T], done: Callable[[T | None, BaseException | None], None],
               ) -> Future[T]:
        """Run ``work()`` on the database thread; call ``done(result, error)`` on this thread."""
        self.pending += 1

        def job() -> T:
            self._db_thread = threading.get_ident()
            return work()

        return self._deliver(self._db.submit(job), done, counted=True)

    def submit_background(self, work: Callable[[], T],
                          done: Callable[[T | None, BaseException | None], None]) -> Future[T]:
        """Run ``work()`` (no session) on the background pool; ``done`` on this thread.

        Not counted in :attr:`pending`: a status poll does not keep the app "busy".
        """
        return self._deliver(self._bg.submit(work), done, counted=False)

    def _deliver(self, future: Future[T], done: Callable[[T | None, BaseException | None], None],
                 *, counted: bool) -> Future[T]:
        def finished(f: Future[T]) -> None:
            error = f.exception()
            self._done.put((done, None if error else f.result(), error, counted))
            self._relay.ready.emit()

        future.add_done_callback(finished)
        return future

    def _drain(self) -> None:
        while True:
            try:
                done, result, error, counted = self._done.get_nowait()
            except queue.Empty:
                return
            if counted:
                self.pending -= 1
            try:
                if self.stopped:  # shut down: the windows the callback would touch are gone
                    continue
                done(result, error)
            finally:
                if counted and self.pending == 0:
                    self.settled.emit()

    def run_now(self, work: Callable[[], T], timeout: float = 30.0) -> T:
        """Run ``work`` on the database thread and wait for it (shutdown only)."""
        return self._db.submit(work).result(timeout)

    # -- the session ----------------------------------------------------------------------

    def session(self) -> Session:
        """The open session; call only from work running on the database thread."""
        assert self._db_thread is None or threading.get_ident() == self._db_thread
        if self._session is None:
            raise LockedError()
        return self._session

    def set_session(self, session: Session | None) -> None:
        """Keep (or forget) the session; call only from the database thread."""
        self._session = session

    def close_session(self) -> None:
        """Close the session (signs the journal head, closes the database, wipes the key)."""
        session, self._session = self._session, None
        if session is not None:
            session.close()

    def shutdown(self) -> None:
        """Close the session on its own thread and stop the worker."""
        self.stopped = True
        try:
            self.run_now(self.close_session)
        except Exception:
            log.warning("closing the session at shutdown failed", exc_info=True)
        self._db.shutdown(wait=True)
        self._bg.shutdown(wait=True)


class Op(Generic[T]):
    """One unit of database work with callbacks on the GUI thread.

    ``work`` receives the open session (``LockedError`` when there is none).
    """

    background = False  # True: the background pool, not the database thread

    def __init__(self, tasks: TaskManager, work: Callable[[Session], T], *,
                 parent: QWidget | None = None, label: str | None = None) -> None:
        self._tasks = tasks
        self._work = work
        self._parent = parent
        self._label = label
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._failure = callback
        return self

    def _job(self) -> T:
        return self._work(self._tasks.session())

    def run(self) -> Future[T]:
        """Start the work; the callbacks run later on the GUI thread."""
        progress = _DelayedProgress(self._parent, self._label) if self._label else None
        tasks = self._tasks

        def done(result: T | None, error: BaseException | None) -> None:
            if progress is not None:
                progress.close()
            if error is not None:
                if not isinstance(error, Exception):
                    raise error
                log.info("operation failed: %s", type(error).__name__)
                if self._failure is not None:
                    self._failure(error)
                else:
                    tasks.error.emit(error)
                return
            if self._success is not None:
                self._success(result)  # type: ignore[arg-type]

        submit = tasks.submit_background if self.background else tasks.submit
        return submit(self._job, done)


class PlainOp(Op[T]):
    """Database-thread work that needs no session (setting up, logging in)."""

    def __init__(self, tasks: TaskManager, work: Callable[[], T], *,
                 parent: QWidget | None = None, label: str | None = None) -> None:
        super().__init__(tasks, lambda _s: work(), parent=parent, label=label)
        self._plain = work

    def _job(self) -> T:
        return self._plain()


class BackgroundOp(PlainOp[T]):
    """Work with no session that must not wait behind (or hold up) the database thread:
    it uses its own connection or none (the sync status, the quarantine list)."""

    background = True


class _DelayedProgress:
    """A busy dialog that appears only if the work is still running after the delay."""

    def __init__(self, parent: QWidget | None, label: str | None) -> None:
        self._dialog: QProgressDialog | None = None
        self._parent = parent
        self._label = label or ""
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(PROGRESS_DELAY_MS)

    def _show(self) -> None:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def close(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
