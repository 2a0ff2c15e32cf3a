"""Typed, strict reading of JSON documents into domain objects.

``from_document`` methods read through a :class:`Reader`, which checks each value's
JSON type, reports the JSON-pointer path of the first problem in a ``FormatError`` and,
in :meth:`Reader.finish`, refuses fields it does not know, so that nothing in a
document is silently dropped on its way into the model. Full validation of an
exchange document is the JSON Schema's job (``checkpoint.formats.schema``); this is the
safety net for code that builds records from documents it did not validate.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Self, TypeVar

from checkpoint.errors import FormatError

E = TypeVar("E", bound=StrEnum)
R = TypeVar("R", bound="FromDocument")


def _fail(path: str, what: str) -> FormatError:
    return FormatError(f"{path or '/'}: {what}", [f"{path or '/'}: {what}"])


class Reader:
    """Reads the fields of one JSON object found at ``path``."""

    def __init__(self, value: object, path: str = "") -> None:
        if not isinstance(value, Mapping):
            raise _fail(path, "expected an object.")
        self._doc: Mapping[str, object] = value
        self._path = path
        self._seen: set[str] = set()

    def _get(self, key: str) -> object:
        self._seen.add(key)
        return self._doc.get(key)

    def _at(self, key: str) -> str:
        return f"{self._path}/{key}"

    def has(self, key: str) -> bool:
        """Tell whether the field is present and not null."""
        return self._doc.get(key) is not None

    def opt_text(self, key: str) -> str | None:
        value = self._get(key)
        if value is None or isinstance(value, str):
            return value
        raise _fail(self._at(key), "expected text.")

    def text(self, key: str) -> str:
        value = self.opt_text(key)
        if value is None:
            raise _fail(self._at(key), "is required.")
        return value

    def opt_number(self, key: str) -> float | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise _fail(self._at(key), "expected a number.")

    def opt_int(self, key: str) -> int | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise _fail(self._at(key), "expected a whole number.")

    def integer(self, key: str) -> int:
        value = self.opt_int(key)
        if value is None:
            raise _fail(self._at(key), "is required.")
        return value

    def opt_bool(self, key: str) -> bool | None:
        value = self._get(key)
        if value is None or isinstance(value, bool):
            return value
        raise _fail(self._at(key), "expected true or false.")

    def boolean(self, key: str) -> bool:
        value = self.opt_bool(key)
        if value is None:
            raise _fail(self._at(key), "is required.")
        return value

    def opt_enum(self, key: str, kind: type[E]) -> E | None:
        value = self.opt_text(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise _fail(self._at(key), f"{value!r} is not one of {allowed}.") from None

    def enum(self, key: str, kind: type[E]) -> E:
        value = self.opt_enum(key, kind)
        if value is None:
            raise _fail(self._at(key), "is required.")
        return value

    def _list(self, key: str) -> list[object]:
        value = self._get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        raise _fail(self._at(key), "expected a list.")

    def text_list(self, key: str) -> tuple[str, ...]:
        items = self._list(key)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise _fail(f"{self._at(key)}/{index}", "expected text.")
        return tuple(str(item) for item in items)

    def enum_list(self, key: str, kind: type[E]) -> tuple[E, ...]:
        values = []
        for index, item in enumerate(self.text_list(key)):
            try:
                values.append(kind(item))
            except ValueError:
                raise _fail(f"{self._at(key)}/{index}", f"{item!r} is not allowed.") from None
        return tuple(values)

    def records(self, key: str, kind: type[R]) -> tuple[R, ...]:
        """Read the list field ``key`` (absent or null = empty) as records of ``kind``."""
        items = self._list(key)
        return tuple(
            kind.from_document(item, f"{self._at(key)}/{index}") for index, item in enumerate(items)
        )

    def opt_record(self, key: str, kind: type[R]) -> R | None:
        value = self._get(key)
        return None if value is None else kind.from_document(value, self._at(key))

    def finish(self) -> None:
        """Refuse any field that was not read: unknown fields would be lost silently."""
        unknown = sorted(set(self._doc) - self._seen)
        if unknown:
            problems = [f"{self._at(key)}: unknown field." for key in unknown]
            raise FormatError(problems[0], problems)


class FromDocument:
    """Mixin of the record classes: ``from_document`` reads strictly through ``read``."""

    __slots__ = ()

    @classmethod
    def read(cls, r: Reader) -> Self:
        """Build the record from the fields of ``r`` (subclasses implement it)."""
        raise NotImplementedError

    @classmethod
    def from_document(cls, doc: object, path: str = "") -> Self:
        """Build the record from its document form.

        Raises ``FormatError`` (with the path) for a wrong type or an unknown field.
        """
        r = Reader(doc, path)
        record = cls.read(r)
        r.finish()
        return record
