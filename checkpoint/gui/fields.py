"""Helpers shared by the parts of the inspection form.

A :class:`Part` is a widget made from a ``ui/*.ui`` form that edits one piece of
the record: ``load(value)`` fills it, ``collect()`` builds the domain value back,
``changed`` fires on every edit the officer makes (never while loading), and
``focus(text)`` moves the cursor to the field a finalize problem talks about.
:class:`FieldCheck` validates a field as it is typed and shows the message in the
label next to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from checkpoint.documents import (
    validate_container,
    validate_country,
    validate_currency,
    validate_eori,
    validate_hs,
    validate_vin,
)
from checkpoint.documents.vin import VinResult
from checkpoint.domain.completeness import MRN_RE
from checkpoint.domain.dates import date_problem
from checkpoint.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


def enum_label(member: StrEnum) -> str:
    return QCoreApplication.translate("Enum", member.value.replace("_", " "))


def fill_combo(combo: QComboBox, kind: type[StrEnum], *, blank: bool = True,
               labels: dict[str, str] | None = None) -> None:
    """Offer every member of ``kind`` (after an empty choice when ``blank``)."""
    combo.clear()
    if blank:
        combo.addItem("", None)
    for member in kind:
        text = (labels or {}).get(member.value) or enum_label(member)
        combo.addItem(text, member.value)


def combo_value(combo: QComboBox, kind: type[E]) -> E | None:
    value = combo.currentData()
    return None if value is None else kind(value)


def set_combo(combo: QComboBox, value: StrEnum | str | None) -> None:
    wanted = None if value is None else str(value)
    index = combo.findData(wanted)
    combo.setCurrentIndex(max(index, 0))


def text(edit: QLineEdit | QPlainTextEdit) -> str | None:
    """The stripped text, or None when empty."""
    raw = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    value = raw.strip()
    return value or None


def upper(edit: QLineEdit) -> str | None:
    value = text(edit)
    return None if value is None else value.upper()


def number(edit: QLineEdit) -> float | None:
    """The number typed (comma or dot decimal), or None when empty or not a number."""
    value = text(edit)
    if value is None:
        return None
    try:
        result = float(value.replace(",", ".").replace(" ", ""))
    except ValueError:
        return None
    return int(result) if result.is_integer() else result


def show_number(edit: QLineEdit, value: float | None) -> None:
    edit.setText("" if value is None else f"{value:g}")


def set_text(edit: QLineEdit | QPlainTextEdit, value: str | None) -> None:
    if isinstance(edit, QPlainTextEdit):
        edit.setPlainText(value or "")
    else:
        edit.setText(value or "")


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
                message = str(e)
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
        problem = date_problem(value, partial=partial)
        if problem:
            raise ValidationError(problem[:1].upper() + problem[1:] + ".")
    return check


def check_vin(value: str) -> list[str]:
    result: VinResult = validate_vin(value)
    return list(result.warnings)


def check_mrn(value: str) -> None:
    if MRN_RE.fullmatch(value.upper()) is None:
        raise ValidationError(
            QCoreApplication.translate(
                "Fields", "An MRN has 18 characters, like 25UA205050000123E0."))


CHECK_COUNTRY = _quiet(validate_country)
CHECK_CURRENCY = _quiet(validate_currency)
CHECK_HS = _quiet(validate_hs)
CHECK_EORI = _quiet(validate_eori)
CHECK_CONTAINER = _quiet(validate_container)


def input_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that changes data (lists, for looking, are not)."""
    return [child for child in root.findChildren(QWidget)
            if isinstance(child, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QSpinBox
                          | QAbstractButton)]


class Part(QWidget):
    """Base of the form's parts: change notification with a loading guard."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.focus_map: list[tuple[str, QWidget]] = []  # (words of a problem, field)

    def watch(self) -> None:
        """Connect every input under this part to :attr:`changed`."""
        for child in self.findChildren(QWidget):
            mrz = child.objectName() == "mrzEdit"
            if isinstance(child, QLineEdit) or (isinstance(child, QPlainTextEdit) and not mrz):
                child.textChanged.connect(self._emit)
            elif isinstance(child, QComboBox):
                child.currentIndexChanged.connect(self._emit)
            elif isinstance(child, QCheckBox):
                child.toggled.connect(self._emit)
            elif isinstance(child, QListWidget):
                child.itemChanged.connect(self._emit)

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def focus(self, problem: str) -> bool:
        """Focus the field a problem sentence names; tell whether one was found."""
        lowered = problem.lower()
        for words, widget in self.focus_map:
            if re.search(words, lowered):
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return True
        return False
