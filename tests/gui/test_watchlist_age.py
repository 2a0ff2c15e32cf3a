"""Issue 10, item 2: the status bar warns, naming the list and its age, while a watchlist
held is older than its own maximum age (set at HQ); it is read again after every sync and
periodically, and a fresh pull from the real HQ makes it disappear."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from checkpoint.domain.alert import Alert
from checkpoint.gui.sync.controller import SyncOptions
from checkpoint.services import screening
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import watchlists
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.gui.helpers import WAIT_MS, logged_in
from tests.unit.screening.conftest import SAMPLE

pytestmark = pytest.mark.timeout(180)

FAST = SyncOptions(backoff_base=0.2, backoff_cap=1.0, engine={"timeout": (2.0, 10.0)},
                   watchlist_check_ms=100)


def _sample(list_code: str) -> list[Alert]:
    from checkpoint.formats.ftm import parse_lines

    with SAMPLE.open(encoding="utf-8") as f:
        return parse_lines(f, list_code).alerts


def test_an_old_list_is_named_with_its_age_until_the_lock(qtbot: Any, launch: Any,
                                                          workstation: Path) -> None:
    three_days = (datetime.now(UTC) - timedelta(hours=75)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "UA-NAT", 4, _sample("UA-NAT"), pulled_at=three_days)
        screening.replace_list(s, "EU-FRESH", 1, _sample("EU-FRESH"))
    app = launch(workstation)
    warning = app.window.watchlist_warning
    assert not warning.isVisible()
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
    assert warning.text() == warning.line == "Watchlist UA-NAT is 3 d 03 h old (maximum 48 h)"
    assert "UA-NAT (version 4)" in warning.toolTip() and "EU-FRESH" not in warning.toolTip()
    assert "import HQ's watchlist file" in warning.toolTip()
    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=WAIT_MS)


def test_the_warning_follows_the_clock_and_a_fresh_pull_clears_it(
        qtbot: Any, launch: Any, enrolled: Path, hq: Hq) -> None:
    with hq.tx() as tx:
        watchlists.publish_watchlist(tx, SAMPLE.read_text(encoding="utf-8").splitlines(),
                                     "UA-WANTED", max_age_hours=24)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
    app = launch(enrolled, sync=FAST)
    logged_in(qtbot, app, SUPERVISOR, SUPERVISOR_PASSWORD)
    warning, ages = app.window.watchlist_warning, app.sync.ages
    c = app.sync.controller
    # the app's own first run, not the stored "up to date" of the pull above
    qtbot.waitUntil(lambda: c.background is not None and c.background.runs >= 1
                    and c.status is not None and str(c.status.state) == "up_to_date",
                    timeout=WAIT_MS)
    assert not warning.isVisible()
    # a day and a half later (the clock the watcher is given), with no sync: the timer
    # reads the ages again and the list is over its maximum of 24 h
    later = datetime.now(UTC) + timedelta(hours=30)
    ages.clock = lambda: later
    qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
    assert warning.line == "Watchlist UA-WANTED is 30 h old (maximum 24 h)"
    ages.clock = lambda: datetime.now(UTC)
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=WAIT_MS)
    # the list made old in the store (service layer): shown, then a pull clears it
    app.tasks.run_now(lambda: screening.apply_delta(
        app.tasks.session(), "UA-WANTED", 1, [], [], pulled_at="2026-01-01T00:00:00.000Z"))
    qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
    assert warning.line.startswith("Watchlist UA-WANTED is ")
    ages.timer.stop()  # from here only the end of a sync run reads the ages
    qtbot.keyClick(app.window, Qt.Key.Key_F9)  # Sync now: HQ has nothing new, but the
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=WAIT_MS)  # list is current


def test_the_warning_and_the_import_refusals_read_in_ukrainian(qtbot: Any) -> None:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from checkpoint.errors import Code, ProtocolError
    from checkpoint.gui.language import TRANSLATIONS
    from checkpoint.gui.messages import message_for
    from checkpoint.gui.sync.watchlist_age import WatchlistAgeWarning
    from checkpoint.services.screening import ListAge

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translator = QTranslator()
    assert translator.load(QLocale("uk"), "checkpoint", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        warning = WatchlistAgeWarning()
        qtbot.addWidget(warning)
        warning.show_ages([ListAge("UA-NAT", 4, 6, "", 24, 75.5),
                           ListAge("EU-SIS", 2, 9, "", 48, 50.0),
                           ListAge("FRESH", 1, 3, "", 48, 2.0)])
        assert warning.line == "Список UA-NAT застарів: 3 д 03 год (максимум 24 год) і ще 1"
        assert warning.sizeHint().width() < 500  # never widens the window
        assert "штаб" in warning.toolTip() and "FRESH" not in warning.toolTip()
        assert message_for(ProtocolError("x", code=Code.WATCHLIST_FILE_SIGNATURE)).startswith(
            "Підпис штабу на цьому файлі списків спостереження не підтверджується")
    finally:
        qapp.removeTranslator(translator)
