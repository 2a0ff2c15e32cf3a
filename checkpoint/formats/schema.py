"""The JSON Schemas of our exchange documents, and checking documents against them.

Schemas are package data in ``checkpoint/formats/schemas/<name>.json`` (JSON Schema
draft 2020-12), named by the value documents carry in their ``schema`` field, e.g.
``inspection.v1``. All of them are registered under their ``$id``, so one schema may
``$ref`` another. Formats are asserted, not just annotated: ``date``, ``uuid`` and the
others jsonschema knows, plus ``date-time`` (RFC 3339) and our ``partial-date``
(``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real calendar date).

:func:`validate_document` answers a list of sentences, each starting with the
JSON-pointer path of the offending value (``/persons/0/sex: 'Q' is not one of M, F,
X or null.``); :func:`check_document` raises ``FormatError`` carrying that list.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError
from referencing import Registry, Resource

from checkpoint.domain.dates import date_problem
from checkpoint.errors import FormatError

_PACKAGE = "checkpoint.formats"
_RFC3339_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)

FORMAT_CHECKER = FormatChecker(Draft202012Validator.FORMAT_CHECKER.checkers)


def _is_date_time(instance: object) -> bool:
    if not isinstance(instance, str):
        return True
    if _RFC3339_RE.fullmatch(instance) is None:
        return False
    datetime.fromisoformat(instance.upper().replace("Z", "+00:00"))  # ValueError if unreal
    return True


def _is_partial_date(instance: object) -> bool:
    return not isinstance(instance, str) or date_problem(instance, partial=True) is None


FORMAT_CHECKER.checks("date-time", raises=ValueError)(_is_date_time)
FORMAT_CHECKER.checks("partial-date")(_is_partial_date)


def schema_names() -> list[str]:
    """The names of the schemas shipped with the program, e.g. ``["inspection.v1"]``."""
    folder = files(_PACKAGE).joinpath("schemas")
    return sorted(
        entry.name.removesuffix(".json")
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    )


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    if name not in schema_names():
        raise FormatError(f"There is no schema named {name!r}.")
    text = files(_PACKAGE).joinpath("schemas", f"{name}.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def load_schema(name: str) -> dict[str, Any]:
    """A copy of the schema ``name``. Raises ``FormatError`` when there is none."""
    return copy.deepcopy(_schema(name))


def load_example(name: str) -> dict[str, Any]:
    """A copy of the shipped example document ``examples/<name>.json`` (e.g. ``inspection``)."""
    entry = files(_PACKAGE).joinpath("examples", f"{name}.json")
    if not entry.is_file():
        raise FormatError(f"There is no example named {name!r}.")
    example: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return example


@functools.cache
def _registry() -> Registry[Any]:
    resources = []
    for name in schema_names():
        schema = _schema(name)
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    schema = _schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry(), format_checker=FORMAT_CHECKER)


def validate_document(doc: Mapping[str, Any], schema: str = "inspection.v1", *,
                      values: bool = True) -> list[str]:
    """Every way ``doc`` breaks the schema ``schema``, as sentences led by a path.

    An empty list means the document is valid. With ``values`` False the sentences
    never quote the document's values (they may be personal data: an import's errors
    go to a terminal). Raises ``FormatError`` only when there is no such schema.
    """
    show = _show if values else _hidden
    leaves = [leaf for error in _validator(schema).iter_errors(doc) for leaf in _causes(error)]
    leaves.sort(key=_position)
    # A value with the wrong form usually breaks its pattern and its format: say it once.
    by_pattern = {tuple(e.absolute_path) for e in leaves if e.validator == "pattern"}
    problems = [
        problem
        for leaf in leaves
        if not (leaf.validator == "format" and tuple(leaf.absolute_path) in by_pattern)
        for problem in _describe(leaf, show)
    ]
    return list(dict.fromkeys(problems))


def check_document(doc: Mapping[str, Any], schema: str = "inspection.v1") -> None:
    """Raise ``FormatError`` (every problem in ``.problems``) unless ``doc`` is valid."""
    problems = validate_document(doc, schema)
    if problems:
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        raise FormatError(f"The document is not a valid {schema} ({count}).", problems)


def _position(error: SchemaError) -> list[tuple[int, str]]:
    """Sort key by path: field names alphabetically, list indexes numerically (2 before 10)."""
    return [
        (part, "") if isinstance(part, int) else (-1, str(part)) for part in error.absolute_path
    ]


def _pointer(parts: Iterable[object]) -> str:
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "".join(f"/{part}" for part in escaped) or "/"


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _hidden(value: object) -> str:
    return "the value"


def _causes(error: SchemaError) -> list[SchemaError]:
    """Unwrap ``anyOf``/``oneOf`` (how the schema spells "X or null") to the real causes."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        causes = [
            cause
            for cause in error.context
            if not (cause.validator == "type" and cause.validator_value == "null")
        ]
        if causes:
            return [leaf for cause in causes for leaf in _causes(cause)]
    return [error]


def _describe(error: SchemaError, show: Callable[[object], str] = _show) -> list[str]:
    """Sentences for one schema error, each led by the path of the value concerned."""
    path = _pointer(error.absolute_path)
    kind, expected, instance = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties" and isinstance(instance, Mapping):
        known = error.schema.get("properties", {}) if isinstance(error.schema, Mapping) else {}
        unknown = sorted(key for key in instance if key not in known)
        return [f"{_pointer([*error.absolute_path, key])}: unknown field." for key in unknown]
    if kind == "required" and isinstance(instance, Mapping):
        missing = [key for key in expected if key not in instance]
        return [f"{_pointer([*error.absolute_path, key])}: is required." for key in missing]
    return [f"{path}: {_sentence(error, show)}"]


def _sentence(error: SchemaError, show: Callable[[object], str]) -> str:
    kind, expected, instance = error.validator, error.validator_value, error.instance
    about = error.schema.get("description") if isinstance(error.schema, Mapping) else None
    hint = f" ({about.rstrip('.')})" if isinstance(about, str) else ""
    if kind == "enum":
        allowed = [_show(value) for value in expected]
        return f"{show(instance)} is not one of {', '.join(allowed)}."
    if kind == "const":
        return f"must be {_show(expected)}, not {show(instance)}."
    if kind == "type":
        wanted = " or ".join(expected) if isinstance(expected, list) else str(expected)
        return f"{show(instance)} is not of type {wanted}."
    if kind == "pattern":
        return f"{show(instance)} does not have the expected form{hint or f' {expected}'}."
    if kind == "format":
        return f"{show(instance)} is not a valid {expected}{hint}."
    if kind in _LIMITS:
        return _LIMITS[kind].format(value=show(instance), limit=expected)
    if show is _hidden:
        return f"breaks the rule {kind!r} of the format."
    return str(error.message).rstrip(".") + "."


_LIMITS = {
    "minLength": "{value} is too short (at least {limit} characters).",
    "maxLength": "{value} is too long (at most {limit} characters).",
    "minItems": "has too few entries (at least {limit}).",
    "maxItems": "has too many entries (at most {limit}).",
    "minimum": "{value} is less than {limit}.",
    "uniqueItems": "has an entry more than once.",
}
