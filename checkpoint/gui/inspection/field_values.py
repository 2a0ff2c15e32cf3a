"""Reading and filling the inputs of the inspection form's parts.

Text is stripped (``None`` when empty), codes upper-cased, numbers read with a comma
or a dot, enums offered in combo boxes under their translated labels.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from checkpoint.gui.enum_words import WORDS

E = TypeVar("E", bound=StrEnum)


def enum_label(member: StrEnum) -> str:
    """The value in words, in the officer's language (``tir_carnet``: "TIR carnet")."""
    words = WORDS.get(member.value, member.value.replace("_", " "))
    return QCoreApplication.translate("Enum", words)


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
