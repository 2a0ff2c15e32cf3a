"""Where a document scanned anywhere in the main window goes.

The :class:`~checkpoint.gui.scanner.WedgeScanner` recognizes the reader's burst
wherever it typed and has already put that widget back as it was. The zone then
goes to:

- the open draft: the person it belongs to, or a new person
  (:meth:`InspectionForm.take_scan <checkpoint.gui.inspection.form.InspectionForm.take_scan>`);
- otherwise (the list, the search field, a finalized record on screen): a search for
  the document's number, so scanning a traveller's passport finds their inspections.

While the workstation is locked a scan does nothing (the reader's lines typed into
the login window are undone, never taken for a password); scanned into a dialog, it is
undone there and goes nowhere. A zone that cannot be read is
said in the status bar, in the officer's language.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from checkpoint.documents import MrzError, MrzResult, parse_mrz
from checkpoint.gui.problems import value_sentence
from checkpoint.gui.scanner import WedgeScanner, install

if TYPE_CHECKING:
    from checkpoint.gui.main_window import MainWindow

log = logging.getLogger(__name__)
MESSAGE_MS = 8000


class ScanRouter(QObject):
    """Routes the zones scanned into ``window`` (see the module docstring)."""

    def __init__(self, window: MainWindow, locked_page: int) -> None:
        super().__init__(window)
        self.window = window
        self.locked_page = locked_page
        self.scanner = WedgeScanner(window)
        self.scanner.zone.connect(self.route)
        self.scanner.line_read.connect(self._progress)
        install(self.scanner)

    def _progress(self, read: int, total: int) -> None:
        self.window.statusBar().showMessage(
            self.tr("Reading a document: line %1 of %2…").replace("%1", str(read))
            .replace("%2", str(total)), MESSAGE_MS)

    def route(self, raw: str, widget: object = None) -> None:
        window = self.window
        if window.ui.stack.currentIndex() == self.locked_page:
            return  # the login window: what the burst typed is undone, nothing else
        if isinstance(widget, QWidget) and shiboken6.isValid(widget) \
                and widget.window() is not window:
            log.info("a document was scanned into a dialog; it was left alone")
            return  # a dialog (amend, settings…): undone, nothing else
        try:
            result = parse_mrz(raw)
        except MrzError as e:
            log.info("a scanned zone could not be read: %s", e.code)
            window.statusBar().showMessage(
                self.tr("The document could not be read: %1 Scan it again.").replace(
                    "%1", value_sentence(e.code, e.params)), MESSAGE_MS)
            return
        form = window.form
        if form is not None and not form.read_only:
            form.take_scan(result)
            window.statusBar().showMessage(self.tr("Document %1 read into person %2.").replace(
                "%1", result.document_number).replace(
                "%2", str(form.persons.current() + 1)), MESSAGE_MS)
            return
        self.search(result)

    def search(self, result: MrzResult) -> None:
        """Search the inspections by the scanned document's number."""
        window = self.window
        window.focus_search()
        edit = window.ui.searchEdit
        edit.setText(result.document_number)
        window.records.search_now()
