"""The lazy list model, tested without a view (napari's habit): pages, window, reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from checkpoint.gui.list_model import LOADING, PagedSummaryModel, SummaryListModel
from checkpoint.gui.ops import TaskManager
from checkpoint.services import demo, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.helpers import WAIT_MS

RECORDS = 57


@pytest.fixture
def tasks(workstation: Path) -> Iterator[TaskManager]:
    with session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        demo.fill(s, RECORDS, seed=2, days=3)
    manager = TaskManager()
    manager.run_now(lambda: manager.set_session(
        session.login(workstation, INSPECTOR, INSPECTOR_PASSWORD)))
    yield manager
    manager.shutdown()


def test_pages_arrive_through_fetch_more_newest_first(qtbot: Any, tasks: TaskManager) -> None:
    model = PagedSummaryModel(tasks, page_size=10, keep_pages=2)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=WAIT_MS)
    while model.canFetchMore(QModelIndex()):
        rows = model.rowCount()
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda r=rows: model.rowCount() > r or model.at_end, timeout=WAIT_MS)
    assert model.rowCount() == RECORDS
    assert model.at_end
    ids = [model.record_id(r) for r in range(RECORDS - 5, RECORDS)]  # the last page is cached
    assert all(ids) and len(set(ids)) == 5


def test_only_a_window_of_pages_stays_in_memory(qtbot: Any, tasks: TaskManager) -> None:
    model = PagedSummaryModel(tasks, page_size=10, keep_pages=2)
    while not model.at_end:
        rows = model.rowCount()
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda r=rows: model.rowCount() > r or model.at_end, timeout=WAIT_MS)
    assert model.cached_rows <= 20
    # a row of a dropped page shows a placeholder and is read again
    first = model.index(0, 2)
    assert model.data(first) == LOADING
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        pass
    assert model.data(first) not in (LOADING, None)
    assert model.cached_rows <= 20


def test_search_results_fetch_the_rest_once() -> None:
    asked = []
    model = SummaryListModel()
    model.set_rows([], more=lambda: asked.append(1))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert asked == [1]
    assert not model.canFetchMore(QModelIndex())
