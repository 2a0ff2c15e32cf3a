"""The list and the search in the main window (issue 8, items 13 and 15), driven with
real keys and clicks: full date and time on older rows, the Today/All scope honoured
by a search, sortable columns, Status and Document not cut, every person shown,
Down/Enter from the search field into the results, names only when asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView

from checkpoint.gui.list_model import COLUMNS
from checkpoint.services import demo, inspections, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.helpers import WAIT_MS, logged_in, settle

TIME, STATUS, NAME, DOCUMENT = 0, 1, 2, 3
OFFICER = len(COLUMNS) - 1


@pytest.fixture
def filled(workstation: Path) -> Path:
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        demo.fill(s, 60, seed=5, days=4)
    return workstation


def _app(qtbot: Any, launch: Any, home: Path) -> Any:
    app = launch(home)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    app.window.resize(1366, 700)
    app.window.show()
    for box in (app.drafts_dialog,):
        if box is not None:
            box.reject()
    return app


def _texts(app: Any, column: int) -> list[str]:
    model = app.window.ui.table.model()
    return [model.index(r, column).data() or "" for r in range(model.rowCount())]


def _search(qtbot: Any, app: Any, text: str) -> None:
    edit = app.window.ui.searchEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(app.window.records.results_shown, timeout=WAIT_MS):
        pass


def test_older_rows_show_date_and_time_in_full_and_columns_fit(
        qtbot: Any, launch: Any, filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    window = app.window
    window.ui.scopeCombo.setFocus()
    qtbot.keyClick(window.ui.scopeCombo, Qt.Key.Key_Down)  # All inspections
    qtbot.waitUntil(lambda: window.ui.table.model().rowCount() >= 50, timeout=WAIT_MS)
    settle(qtbot, app)
    table = window.ui.table
    times = _texts(app, TIME)
    older = [t for t in times if len(t) > 5]
    assert older, "the demo data spans several days"
    metrics = table.fontMetrics()
    for column in (TIME, STATUS, DOCUMENT):
        widest = max(metrics.horizontalAdvance(t) for t in _texts(app, column))
        assert table.columnWidth(column) >= widest, COLUMNS[column][0]
    header = table.horizontalHeader()
    assert header.sectionResizeMode(NAME) == QHeaderView.ResizeMode.Stretch
    officer = max(metrics.horizontalAdvance(t) for t in _texts(app, OFFICER))
    assert table.columnWidth(OFFICER) < officer + 60  # the officer does not take the spare


def test_a_search_honours_today_or_all(qtbot: Any, launch: Any, filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    with session.login(filled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        rows = inspections.page(s, None, 500)
    today = app.window.records.today._since
    old = next(r for r in rows if r.created_at < today and r.plate)
    assert app.window.ui.scopeCombo.currentIndex() == 0  # Today
    _search(qtbot, app, str(old.plate))
    assert old.id not in [app.window.ui.table.model().record_id(r)
                          for r in range(app.window.ui.table.model().rowCount())]
    # choosing All keeps the query and searches again, everywhere
    combo = app.window.ui.scopeCombo
    combo.setFocus()
    with qtbot.waitSignal(app.window.records.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    model = app.window.ui.table.model()
    assert app.window.ui.searchEdit.text() == str(old.plate)
    assert old.id in [model.record_id(r) for r in range(model.rowCount())]


def _click_header(header: Any, column: int) -> None:
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def test_a_click_on_a_column_header_sorts_the_list(qtbot: Any, launch: Any,
                                                   filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    window = app.window
    window.show_scope(1)
    qtbot.waitUntil(lambda: window.ui.table.model().rowCount() >= 50, timeout=WAIT_MS)
    settle(qtbot, app)
    header = window.ui.table.horizontalHeader()
    _click_header(header, NAME)
    settle(qtbot, app)
    names = _texts(app, NAME)
    assert len(names) == 60 and names == sorted(names, key=str.casefold)
    _click_header(header, NAME)
    settle(qtbot, app)
    assert _texts(app, NAME) == sorted(names, key=str.casefold, reverse=True)
    # search results sort the same way
    _search(qtbot, app, "s")
    _click_header(header, DOCUMENT)
    documents = _texts(app, DOCUMENT)
    assert len(documents) > 2 and documents == sorted(documents, key=str.casefold)


def test_the_list_can_be_sorted_by_time_oldest_first(qtbot: Any, launch: Any,
                                                     filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    window = app.window
    window.show_scope(1)
    qtbot.waitUntil(lambda: window.ui.table.model().rowCount() > 10, timeout=WAIT_MS)
    header = window.ui.table.horizontalHeader()
    x = header.sectionViewportPosition(TIME) + 10
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: window.ui.table.model().rowCount() > 10, timeout=WAIT_MS)
    settle(qtbot, app)
    model = window.ui.table.model()
    ids = [model.record_id(r) for r in range(10)]
    with session.login(filled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        newest_first = [r.id for r in inspections.page(s, None, 500)]
    oldest = list(reversed(newest_first))[:10]
    assert ids == oldest, "ascending by time: oldest first"


def test_down_and_enter_move_from_the_search_into_the_results(
        qtbot: Any, launch: Any, filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    window = app.window
    _search(qtbot, app, "a")
    edit, table = window.ui.searchEdit, window.ui.table
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 0
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.hasFocus(), timeout=WAIT_MS)
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.form is not None, timeout=WAIT_MS)


def test_every_person_of_an_inspection_is_in_its_line(qtbot: Any, launch: Any,
                                                     filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    window = app.window
    window.show_scope(1)
    qtbot.waitUntil(lambda: window.ui.table.model().rowCount() >= 50, timeout=WAIT_MS)
    settle(qtbot, app)
    with session.login(filled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        many = next(r for r in inspections.page(s, None, 500) if r.persons > 1)
    model = window.ui.table.model()
    row = next(r for r in range(model.rowCount()) if model.record_id(r) == many.id)
    assert model.index(row, NAME).data().count(";") == many.persons - 1


def test_an_identifier_searches_names_only_when_asked(qtbot: Any, launch: Any,
                                                      filled: Path) -> None:
    app = _app(qtbot, launch, filled)
    window = app.window
    window.show_scope(1)
    settle(qtbot, app)
    with session.login(filled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        rows = inspections.page(s, None, 500)
    initial = next(r.name[0] for r in rows if r.name and r.name[0].isalpha())
    query = f"{initial}9999999"  # a document number that exists nowhere
    _search(qtbot, app, query)
    assert window.ui.table.model().rowCount() == 0
    assert "names" in window.ui.countLabel.text()
    with qtbot.waitSignal(window.records.results_shown, timeout=WAIT_MS):
        QTest.mouseClick(window.ui.namesCheck, Qt.MouseButton.LeftButton)
    assert window.ui.table.model().rowCount() > 0


def test_direction_and_outcome_are_words_in_the_list() -> None:
    from checkpoint.gui.list_model import cell
    from checkpoint.services.inspections import Summary

    line = Summary("x", "finalized", "2025-01-01T00:00:00.000Z", "anna",
                   direction="entry", outcome="refused_entry")
    columns = [attr for attr, _ in COLUMNS]
    shown = cell(line, columns.index("outcome"), Qt.ItemDataRole.DisplayRole)
    assert shown == "refused entry"
