"""Flattening exchange documents into CSV columns.

A document becomes one row. Each leaf value's column is its path: object keys joined
with ``.``, list items by their index in brackets, e.g. ``persons[0].document.number``,
``control_types[1]``. Leaves are written as text: strings as they are, numbers in
JSON form, ``true``/``false``, and ``null`` as an empty cell. An empty list or object
leaves no column. The header is the union of every row's columns, in the order of
the schema's properties (so related columns stay together), then by index.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO


def flatten(doc: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(column, cell) pairs of one document, in document order."""
    for key, value in doc.items():
        path = f"{prefix}.{key}" if prefix else key
        yield from _leaf(path, value)


def _leaf(path: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, Mapping):
        yield from flatten(value, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaf(f"{path}[{i}]", item)
    elif value is None:
        yield path, ""
    elif isinstance(value, str):
        yield path, value
    else:
        yield path, json.dumps(value)


def write_csv(docs: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write documents as CSV rows; return how many. Holds the rows to know the header."""
    rows = [dict(flatten(d)) for d in docs]
    header: list[str] = []
    seen: set[str] = set()
    for row in rows:
        for column in row:
            if column not in seen:
                seen.add(column)
                header.append(column)
    writer = csv.DictWriter(out, fieldnames=header, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)
