"""Checking a field as it is typed: the message goes into the label next to it.

A check raises ``ValidationError`` for an invalid value (its code is worded by
:mod:`checkpoint.gui.problems`, so the message is in the officer's language) or
returns warnings (shown, but the value is accepted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from checkpoint.documents import (
    validate_container,
    validate_country,
    validate_currency,
    validate_eori,
    validate_hs,
    validate_mrn,
    validate_vin,
    vin_check_digit,
)
from checkpoint.domain.dates import check_date as _check_date
from checkpoint.errors import ValidationError
from checkpoint.gui.problems import value_sentence


def show_message(label: QLabel, message: str, severity: str = "error") -> None:
    """Show (or hide, when empty) a message next to a field."""
    label.setText(message)
    label.setProperty("severity", severity)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(message))


def _mark(edit: QLineEdit, invalid: bool, warning: bool) -> None:
    edit.setProperty("invalid", "true" if invalid else "false")  # strings: QSS compares text
    edit.setProperty("warning", "true" if warning else "false")
    edit.style().unpolish(edit)
    edit.style().polish(edit)


class FieldCheck:
    """Validates ``edit`` on every change; the message goes into ``label``.

    ``check`` raises ValidationError for an invalid value; it may return a list of
    warnings (shown, but the value is accepted).
    """

    def __init__(self, edit: QLineEdit, label: QLabel,
                 check: Callable[[str], Sequence[str] | None]) -> None:
        self.edit, self.label, self.check = edit, label, check
        edit.textChanged.connect(self.run)
        self.run()

    def run(self) -> None:
        value = self.edit.text().strip()
        message, severity = "", "error"
        if value:
            try:
                warnings = self.check(value)
            except ValidationError as e:
                message = value_sentence(e.code, e.params)
            else:
                if warnings:
                    message, severity = " ".join(warnings), "warning"
        show_message(self.label, message, severity)
        _mark(self.edit, bool(message) and severity == "error", severity == "warning")

    @property
    def ok(self) -> bool:
        return not self.label.text() or self.label.property("severity") == "warning"


def _quiet(fn: Callable[[str], object]) -> Callable[[str], None]:
    def check(value: str) -> None:
        fn(value)
    return check


def check_date(partial: bool) -> Callable[[str], None]:
    def check(value: str) -> None:
        _check_date(value, partial=partial)
    return check


def check_vin(value: str) -> list[str]:
    """The VIN's warnings in the officer's language (``ValidationError`` when invalid)."""
    result = validate_vin(value)
    if not result.warnings:
        return []
    return [QCoreApplication.translate(
        "Fields", "Position 9 of the VIN is %1, not the check digit %2. Outside North America "
                  "that is allowed, but compare the VIN with the one on the vehicle.")
        .replace("%1", result.vin[8]).replace("%2", vin_check_digit(result.vin))]


CHECK_MRN = _quiet(validate_mrn)
CHECK_COUNTRY = _quiet(validate_country)


CHECK_CURRENCY = _quiet(validate_currency)


CHECK_HS = _quiet(validate_hs)


CHECK_EORI = _quiet(validate_eori)


CHECK_CONTAINER = _quiet(validate_container)
