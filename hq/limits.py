"""What one request may cost HQ before and after it is authenticated.

Each ``/v1`` operation has a :class:`Limits`: the largest body HQ reads (compressed
bytes, refused from ``Content-Length`` or as soon as the stream passes it), the
largest it inflates, and the deepest nesting and most JSON values it parses. The
JSON shape is checked on the inflated bytes *before* ``json.loads``, so a small body
that would become millions of Python objects (``[{},{},…]``) or a recursion error
is refused for what it is, with a 4xx and a reason.

An enrollment is the one request HQ must parse before it can check a signature (the
key is in the body), so its limits are tiny; a push is parsed only after its
signature verified, and its limits bound what an enrolled workstation can make HQ
hold. Raises :class:`~hq.errors.HqRefusal` (400 ``bad_body``, 413 ``too_large``).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from hq.errors import HqRefusal


@dataclass(frozen=True)
class Limits:
    """``depth`` None: nesting is left to ``json``'s C scanner, whose recursion guard
    refuses ~1000 levels cleanly (a 400); measuring it byte by byte beforehand would
    cost twice the parse of a 2 MiB push, and depth costs no memory."""

    compressed: int
    inflated: int
    depth: int | None
    values: int


#: An enrollment: a few short strings in one object.
ENROLL = Limits(compressed=4096, inflated=4096, depth=3, values=32)
#: A GET (head, pull): the body is empty.
EMPTY = Limits(compressed=0, inflated=0, depth=0, values=0)
#: A push: up to 5000 journal entries with their records and attachments. The client
#: sends batches of at most 2 MiB (about 100,000 values), or one item with attachments
#: of up to 48 MiB (base64: few values); a million values is at most ~60 MB of objects.
PUSH = Limits(compressed=64 * 1024 * 1024, inflated=64 * 1024 * 1024, depth=None,
              values=1_000_000)
#: Reference data an administrator publishes (deeper is refused).
DOCUMENT_DEPTH = 32

_OPEN, _CLOSE = frozenset(b"[{"), frozenset(b"]}")


def inflate(body: bytes, limit: int) -> bytes:
    """The inflated body. Raises HqRefusal when it is not zlib or inflates past ``limit``."""
    if not body:
        return b""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(body, limit + 1)
        if len(raw) > limit or inflater.unconsumed_tail:
            raise HqRefusal(413, "too_large", f"The request body inflates past {limit} bytes; "
                            "send smaller batches.")
        raw += inflater.flush()
    except zlib.error as e:
        raise HqRefusal(400, "bad_body", "The request body is not zlib-compressed JSON.") from e
    if not inflater.eof or inflater.unused_data:
        raise HqRefusal(400, "bad_body", "The request body is truncated or has trailing bytes.")
    return raw


def check_shape(raw: bytes, limits: Limits) -> None:
    """Refuse JSON nested deeper than ``limits.depth`` or with more than ``limits.values``
    values, before anything is parsed. Raises HqRefusal 400 ``bad_body``.

    Values are bounded from above by counting ``, [ {`` (a comma inside a string
    counts too: the bound is generous, never short). The depth scan skips strings;
    it runs only when the brackets could nest too deep.
    """
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    if values > limits.values:
        raise HqRefusal(400, "bad_body", f"The request holds more than {limits.values} JSON "
                        "values; refused before parsing.")
    depth = limits.depth
    if (depth is not None and raw.count(b"[") + raw.count(b"{") > depth
            and _depth(raw) > depth):
        raise HqRefusal(400, "bad_body", f"The request nests JSON deeper than {depth} "
                        "levels; refused before parsing.")


def _depth(raw: bytes) -> int:
    deepest = depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif byte in _CLOSE:
            depth -= 1
    return deepest


class NotJson:
    """Where a body held ``NaN``, ``Infinity`` or ``-Infinity`` (not JSON). Parsed into this
    marker instead of a float, so the item that holds one is rejected on its own (no
    type check accepts it, and it cannot be written back as JSON), not the whole push."""

    def __repr__(self) -> str:
        return "NotJson"


NOT_JSON = NotJson()


def _not_json(name: str) -> NotJson:
    return NOT_JSON


def parse(raw: bytes, limits: Limits) -> Any:
    """The JSON value of an inflated body within ``limits``. Raises HqRefusal 400.

    NaN and Infinity become :data:`NOT_JSON` (see :class:`NotJson`); invalid UTF-8
    and numbers with more digits than Python converts are refused.
    """
    check_shape(raw, limits)
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_not_json)
    except RecursionError as e:
        raise HqRefusal(400, "bad_body", "The request nests JSON too deeply.") from e
    except (UnicodeDecodeError, ValueError) as e:
        raise HqRefusal(400, "bad_body", f"The request body is not valid JSON: "
                        f"{str(e)[:120]}") from e


def decode(body: bytes, limits: Limits) -> Any:
    """Inflate and parse a request body within ``limits``. Raises HqRefusal."""
    return parse(inflate(body, limits.inflated), limits)


@dataclass(frozen=True)
class Body:
    """A request body as sent (what its signature covers) and how it is encoded: zlib
    JSON (the protocol's), or plain ``application/json`` (for tools and API fuzzers)."""

    raw: bytes
    plain: bool = False

    def json(self, limits: Limits) -> Any:
        """Its JSON value within ``limits``. Raises HqRefusal."""
        if not self.plain:
            return decode(self.raw, limits)
        if len(self.raw) > limits.inflated:
            raise HqRefusal(413, "too_large", f"The request body is limited to "
                            f"{limits.inflated} bytes.")
        return parse(self.raw, limits)


def loads(text: str, depth: int) -> Any:
    """JSON from a file an administrator gave (reference data): no NaN, no nesting deeper
    than ``depth``, valid Unicode. Raises ValueError with a sentence (never the value)."""
    try:
        value = json.loads(text, parse_constant=lambda name: _refuse(f"{name} is not JSON"))
    except RecursionError as e:
        raise ValueError(f"nested deeper than {depth} levels") from e
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON ({e.msg} at column {e.colno})") from e
    if depth_of(value, depth) > depth:
        raise ValueError(f"nested deeper than {depth} levels")
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError("holds text that is not valid Unicode (a lone surrogate)") from e
    return value


def _refuse(message: str) -> Any:
    raise ValueError(message)


def depth_of(value: Any, limit: int) -> int:
    """How deep ``value`` nests, counting no further than ``limit + 1`` (iterative)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((c, level + 1) for c in children)
    return deepest
