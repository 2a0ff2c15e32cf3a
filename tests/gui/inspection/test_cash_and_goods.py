"""Cash in several currencies with the EUR equivalent from HQ's published rates and the
10,000 EUR threshold; no unit for banknotes; declared vs found highlighted; HS codes
normalized."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.gui.helpers import choose, logged_in, settle, type_into
from tests.gui.inspection.conftest import new_form

pytestmark = pytest.mark.timeout(180)


def tick(qtbot: Any, box: Any) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_cash_in_two_currencies_at_hq_rates_crosses_the_threshold(
        qtbot: Any, launch: Any, enrolled: Path, hq: Any) -> None:
    hq.publish_reference("eur_rates", [
        {"key": "USD", "eur_per_unit": 0.9, "date": "2026-12-01"},
        {"key": "UAH", "eur_per_unit": 0.022, "date": "2026-12-01"}])
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert SyncEngine.for_session(s).sync_now().pulled == 2
    app = launch(enrolled)
    logged_in(qtbot, app, INSPECTOR, INSPECTOR_PASSWORD)
    form = new_form(qtbot, app)
    settle(qtbot, app)
    form.ui.tabs.setCurrentIndex(5)
    cash = form.cash
    tick(qtbot, cash.ui.presentCheck)
    line = cash.amount_part.ui
    type_into(qtbot, line.amountEdit, "8000")
    type_into(qtbot, line.currencyEdit, "USD")
    assert line.eurEdit.text() == "7200.00" and line.eurEdit.isReadOnly()
    assert "2026-12-01" in line.rateLabel.text()
    assert cash.ui.thresholdLabel.text() == ""
    qtbot.mouseClick(cash.currencies.ui.addButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, line.amountEdit, "150000")
    type_into(qtbot, line.currencyEdit, "UAH")
    assert line.eurEdit.text() == "3300.00"
    declared = form.collect().cash
    assert [(a.amount, a.currency, a.eur_equivalent) for a in declared.amounts] == [
        (8000, "USD", 7200.0), (150000, "UAH", 3300.0)]
    assert declared.eur_equivalent == 10500.0 and declared.over_threshold
    assert "10,000 EUR" in cash.ui.thresholdLabel.text()
    assert "10,500.00" in cash.ui.totalLabel.text()
    # a currency HQ published no rate for: the officer types the equivalent
    qtbot.mouseClick(cash.currencies.ui.addButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, line.amountEdit, "100")
    type_into(qtbot, line.currencyEdit, "CHF")
    assert not line.eurEdit.isReadOnly() and "No rate" in line.rateLabel.text()
    settle(qtbot, app)


def test_banknotes_have_no_unit_and_goods_differences_show(qtbot: Any, inspector: Any,
                                                           form: Any) -> None:
    from checkpoint.domain.inspection import finalize_problems

    form.ui.tabs.setCurrentIndex(6)
    qtbot.mouseClick(form.findings.ui.addButton, Qt.MouseButton.LeftButton)
    finding = form.findings.detail.ui
    choose(finding.riskCombo, "currency")
    assert not finding.unitCombo.isVisibleTo(form.findings.detail)
    type_into(qtbot, finding.quantityEdit, "25000")
    problems = {p.path for p in finalize_problems(form.collect())}
    assert "findings[0].unit" not in problems and "findings[0].quantity" not in problems
    form.ui.tabs.setCurrentIndex(4)
    qtbot.mouseClick(form.goods.ui.addButton, Qt.MouseButton.LeftButton)
    goods = form.goods.detail.ui
    type_into(qtbot, goods.hsEdit, "2402 20 90")
    type_into(qtbot, goods.declaredEdit, "100")
    type_into(qtbot, goods.foundEdit, "120")
    assert goods.foundEdit.property("warning") == "true"
    assert goods.declaredEdit.property("warning") == "true"
    assert "+20" in goods.foundEdit.toolTip()
    line = form.collect().goods[0]
    assert line.hs_code == "24022090"
    assert form.goods.ui.items.item(0).text().endswith("≠")
    type_into(qtbot, goods.foundEdit, "100")
    assert goods.foundEdit.property("warning") == "false"


def test_tab_goes_from_the_cash_box_through_the_amount(qtbot: Any, inspector: Any,
                                                       form: Any) -> None:
    """Found using the app: after ticking "cash found", Tab jumped to Declared and the
    amount typed went nowhere."""
    form.ui.tabs.setCurrentIndex(5)
    cash = form.cash
    qtbot.keyClick(cash.ui.presentCheck, Qt.Key.Key_Space)
    assert cash.ui.presentCheck.isChecked()
    line = cash.amount_part.ui
    assert next_by_tab(cash.ui.presentCheck) is line.amountEdit
    assert next_by_tab(line.amountEdit) is line.currencyEdit
    assert next_by_tab(line.currencyEdit) is line.eurEdit
    assert next_by_tab(line.eurEdit) is cash.ui.declaredCombo


def next_by_tab(widget: Any) -> Any:
    """The widget Tab moves to from ``widget`` (one that takes the focus by Tab)."""
    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus) or not following.isEnabled():
        following = following.nextInFocusChain()
    return following
