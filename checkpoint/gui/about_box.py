"""Help › About: the program's version and this workstation's id (what a supervisor or
HQ's help desk asks for first). (``about.py`` gives Qt's versions to ``--version``.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from checkpoint import __version__
from checkpoint.gui.ops import Op, TaskManager


def about_text(device_id: str | None) -> str:
    translate = QCoreApplication.translate
    lines = [
        translate("About", "Checkpoint %1: the workstation of the border and customs checkpoint.")
        .replace("%1", __version__),
        translate("About", "Workstation id: %1").replace(
            "%1", device_id or translate("About", "(shown after login)")),
        translate("About", "Records are kept encrypted on this workstation and sent to "
                           "headquarters (Sync ▸ Sync now, F9, and in the background once the "
                           "workstation is enrolled)."),
    ]
    return "\n\n".join(lines)


def show_about(parent: QWidget, tasks: TaskManager, logged_in: bool) -> None:
    """Show the About box; the workstation id is read from the session when there is one."""
    def show(device_id: str | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("About", "About Checkpoint"),
                          about_text(device_id), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("aboutBox")
        box.open()
        parent.setProperty("about_shown", True)
        setattr(parent, "about_box", box)  # noqa: B010 (kept alive; tests look at it)

    if not logged_in:
        show(None)
        return
    Op(tasks, lambda s: s.device_id).success(show).failure(lambda _e: show(None)).run()
