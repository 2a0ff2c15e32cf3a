"""Column widths of the inspections list: nothing an officer needs is cut.

The time column is always wide enough for a full date and time (older rows show
both), Status for its widest word, Document and the short columns for what the
loaded rows hold (widened as pages arrive, never narrowed under the officer's
hands); Name takes the spare width, not Officer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from checkpoint.gui.list_model import COLUMNS, _status_text
from checkpoint.services.inspections import Summary

NAME = [attr for attr, _ in COLUMNS].index("name")
TIME = [attr for attr, _ in COLUMNS].index("created_at")
STATUS = [attr for attr, _ in COLUMNS].index("status")
#: padding beside the text (cell margins, the sort arrow of the header)
PAD = 24
ICON = 22


def set_up(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000") + 12)
    _modes(table)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(TIME, Qt.SortOrder.DescendingOrder)


def _modes(table: QTableView) -> None:
    header = table.horizontalHeader()
    if header.count() != len(COLUMNS):
        return
    for column in range(len(COLUMNS)):
        mode = (QHeaderView.ResizeMode.Stretch if column == NAME
                else QHeaderView.ResizeMode.Interactive)
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)


def _text_width(table: QTableView, text: str) -> int:
    return table.fontMetrics().horizontalAdvance(text) + PAD


def fixed_widths(table: QTableView) -> None:
    """Time and Status: at least the widest text they can ever show (a new model resets
    the widths, so this runs after each)."""
    _modes(table)
    words = [_status_text(Summary("", status, "", "", amends=amends))
             for status, amends in (("draft", None), ("finalized", None), ("finalized", "x"))]
    for column, width in ((TIME, _text_width(table, "0000-00-00 00:00")),
                          (STATUS, max(_text_width(table, w) for w in words) + ICON)):
        if table.columnWidth(column) < width:
            table.setColumnWidth(column, width)


def new_model(table: QTableView) -> None:
    """After ``setModel`` (which resets every width): the fixed columns at their width,
    the others at their title's, to be widened as rows arrive."""
    fixed_widths(table)
    model = table.model()
    if model is None:
        return
    for column in range(len(COLUMNS)):
        if column not in (NAME, TIME, STATUS):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            table.setColumnWidth(column, _text_width(table, title))
    widen_to_contents(table)


def widen_to_contents(table: QTableView) -> None:
    """Widen the other columns (not Name) to the rows loaded, and to their titles."""
    model = table.model()
    if model is None:
        return
    fixed_widths(table)
    header = table.horizontalHeader()
    for column in range(len(COLUMNS)):
        if column in (NAME, TIME, STATUS):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max([_text_width(table, title)]
                     + [_text_width(table, str(model.index(row, column).data() or ""))
                        for row in range(min(model.rowCount(), 500))])
        if widest > header.sectionSize(column):
            table.setColumnWidth(column, min(widest, 360))
