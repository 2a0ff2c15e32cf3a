"""The items and replies of push and pull: one definition, used by the workstation and HQ.

Push item (workstation → HQ), one per journal entry, in journal order::

    {"seq", "time", "actor", "action", "subject", "payload_digest", "payload",
     "prev_hash", "hash"[, "record": {"id", "kind", "status", "created_at",
     "updated_at", "author", "device_id", "amends", "attachments": [{"id",
     "media_type", "sha256", "size", "data" (base64)}], "document": {...}}]}

The record travels with the entry that commits to its finalized document; the document
is spliced in as its stored canonical text, so HQ digests exactly the bytes the journal
committed to. ``tests/unit/golden/test_push_item_vectors.py`` pins the encoding.

Push reply: ``{"results": [{"seq", "status" (applied | duplicate | rejected)[,
"reason"]}], "head": {"seq", "hash"}}``. Head reply: ``{"seq", "hash", "post"}``.

Pulled page (HQ → workstation): ``{"items": [{"version", "collection", "key", "op"
(put | delete), "data"}], "cursor", "more", "reset", "head"}``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from checkpoint.domain.chain import Entry
from checkpoint.errors import ProtocolError
from checkpoint.sync.protocol import wire

ENTRY_FIELDS = ("seq", "time", "actor", "action", "subject", "payload_digest", "payload",
                "prev_hash", "hash")
RECORD_FIELDS = ("id", "kind", "status", "created_at", "updated_at", "author", "device_id",
                 "amends")
PUT, DELETE = "put", "delete"


# -- push ------------------------------------------------------------------------------------

class PushAttachment(Protocol):
    """An attachment as it travels (the store's row has these fields)."""

    @property
    def id(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def data(self) -> bytes: ...


class PushRecord(Protocol):
    """A finalized record as it travels: its row and its document's canonical text."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def amends(self) -> str | None: ...
    @property
    def document_text(self) -> str: ...


def encode_entry(entry: Entry) -> str:
    return wire.dumps({k: getattr(entry, k) for k in ENTRY_FIELDS})


def encode_push_item(entry: Entry, record: PushRecord | None = None,
                     attachments: Sequence[PushAttachment] = ()) -> str:
    """The push item of ``entry``, carrying ``record`` and its attachments when given."""
    text = encode_entry(entry)
    if record is None:
        return text
    meta = wire.dumps({k: getattr(record, k) for k in RECORD_FIELDS})
    atts = ",".join(wire.dumps({"id": a.id, "media_type": a.media_type, "sha256": a.sha256,
                                "size": a.size, "data": wire.b64(a.data)})
                    for a in attachments)
    record_text = (meta[:-1] + ',"attachments":[' + atts + '],"document":'
                   + record.document_text + "}")
    return text[:-1] + ',"record":' + record_text + "}"


def push_body(item_texts: Sequence[str]) -> bytes:
    """The compressed push body of already-encoded items."""
    return wire.compress('{"items":[' + ",".join(item_texts) + "]}")


@dataclass(frozen=True)
class PushItem:
    """A push item as HQ reads it: the entry, checked for shape, and the record as sent
    (HQ judges the record itself: a bad record is rejected, not the whole push)."""

    entry: Entry
    record: Any


def parse_push_item(item: Any) -> PushItem:
    """Read one push item. Raises ProtocolError when it is not an object, lacks a field
    or has a field of the wrong type."""
    if not isinstance(item, dict):
        raise ProtocolError("A push item is not an object.")
    try:
        values = [item[k] for k in ENTRY_FIELDS]
    except KeyError as e:
        raise ProtocolError(f"A push item lacks {e.args[0]!r}.") from e
    if not isinstance(values[0], int) or not all(isinstance(v, str) for v in values[1:]):
        raise ProtocolError(f"Push item {values[0]!r} has a field of the wrong type.")
    return PushItem(Entry(*values), item.get("record"))


def parse_push_items(body: Any, max_items: int | None = None) -> list[Any]:
    """The raw items of a push body (or a bundle's). Raises ProtocolError."""
    items = body.get("items") if isinstance(body, dict) else None
    if not isinstance(items, list) or (max_items is not None and len(items) > max_items):
        limit = f" of at most {max_items}" if max_items is not None else ""
        raise ProtocolError(f"A push needs 'items', a list{limit}.")
    return items


# -- replies ---------------------------------------------------------------------------------

APPLIED, DUPLICATE, REJECTED = wire.APPLIED, wire.DUPLICATE, wire.REJECTED


@dataclass(frozen=True)
class Head:
    """A journal head: the last entry's seq and hash (seq 0: the genesis value)."""

    seq: int
    hash: str

    def to_wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}


@dataclass(frozen=True)
class ItemResult:
    seq: int
    status: str
    reason: str | None = None

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"seq": self.seq, "status": self.status}
        if self.reason is not None:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class PushReply:
    results: list[ItemResult]
    head: Head


def encode_push_reply(results: Sequence[ItemResult], head: Head) -> bytes:
    return wire.encode({"results": [r.to_wire() for r in results], "head": head.to_wire()})


def parse_push_reply(body: Any, seqs: Sequence[int]) -> PushReply:
    """HQ's answer to a push of the items ``seqs``: one result per item, in order, and
    HQ's head. Raises ProtocolError when it is not that."""
    results = body.get("results") if isinstance(body, dict) else None
    head = body.get("head") if isinstance(body, dict) else None
    if (not isinstance(results, list) or len(results) != len(seqs) or not isinstance(head, dict)
            or any(not isinstance(r, dict) or r.get("seq") != s
                   for r, s in zip(results, seqs, strict=False))):
        raise ProtocolError("HQ's answer to a push does not give one result per item.")
    head_seq, head_hash = head.get("seq"), head.get("hash")
    if not isinstance(head_seq, int) or not isinstance(head_hash, str):
        raise ProtocolError("HQ acknowledged a journal head that is not one of this "
                            "workstation's entries.")
    out = []
    for r in results:
        status = r.get("status")
        if status not in (APPLIED, DUPLICATE, REJECTED):
            raise ProtocolError(f"HQ gave an unknown result {status!r} for entry {r['seq']}.")
        reason = r.get("reason")
        out.append(ItemResult(int(r["seq"]), str(status),
                              None if reason is None else str(reason)))
    return PushReply(out, Head(head_seq, head_hash))


def encode_head(head: Head, post: str) -> bytes:
    return wire.encode({"seq": head.seq, "hash": head.hash, "post": post})


def parse_head(body: Any) -> Head:
    """HQ's head of this workstation's journal. Raises ProtocolError when malformed."""
    seq = body.get("seq") if isinstance(body, dict) else None
    h = body.get("hash") if isinstance(body, dict) else None
    if not isinstance(seq, int) or not isinstance(h, str):
        raise ProtocolError("HQ's answer about the journal head is malformed.")
    return Head(seq, h)


# -- pull ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PulledItem:
    """One change of HQ-owned data: ``op`` put (with ``data``) or delete."""

    version: int
    collection: str
    key: str
    op: str
    data: dict[str, Any]

    @property
    def subject(self) -> str:
        """The journal subject this item touches (pending local work on it parks it)."""
        if self.collection == "operators":
            return f"operator:{self.data.get('username') or self.key}"
        return f"{self.collection}:{self.key}"

    def to_wire(self) -> dict[str, Any]:
        return {"version": self.version, "collection": self.collection, "key": self.key,
                "op": self.op, "data": self.data}


def encode_pulled_item(version: int, collection: str, key: str, op: str,
                       data_json: str) -> str:
    """A pulled item's text, with ``data`` already JSON (HQ stores it so)."""
    return (f'{{"version":{int(version)},"collection":{json.dumps(collection)},'
            f'"key":{json.dumps(key, ensure_ascii=False)},"op":{json.dumps(op)},'
            f'"data":{data_json}}}')


def parse_pulled_item(item: Any) -> PulledItem:
    """Read one pulled item. Raises ProtocolError when it is malformed."""
    if not (isinstance(item, dict) and isinstance(item.get("version"), int)
            and isinstance(item.get("collection"), str) and isinstance(item.get("key"), str)
            and item.get("op") in (PUT, DELETE) and isinstance(item.get("data"), dict)):
        raise ProtocolError("A pulled item is malformed; the page is refused.")
    wire.check_name(item["collection"])
    return PulledItem(item["version"], item["collection"], item["key"], item["op"],
                      item["data"])


@dataclass(frozen=True)
class PulledPage:
    items: list[PulledItem]
    cursor: str
    more: bool

    @property
    def last_version(self) -> int | None:
        return self.items[-1].version if self.items else None


def encode_pulled_page(item_texts: Sequence[str], cursor: str, more: bool, reset: bool,
                       head: Head) -> bytes:
    text = ('{"items":[' + ",".join(item_texts) + "]," +
            f'"cursor":{wire.dumps(cursor)},"more":{wire.dumps(more)},'
            f'"reset":{wire.dumps(reset)},"head":{wire.dumps(head.to_wire())}}}')
    return wire.compress(text, 1)


def parse_pulled_page(body: Any) -> PulledPage:
    """Read a verified page. Raises ProtocolError when it or any item is malformed."""
    if not (isinstance(body, dict) and isinstance(body.get("items"), list)
            and isinstance(body.get("cursor"), str) and isinstance(body.get("more"), bool)):
        raise ProtocolError("A pulled page is malformed; nothing from it was applied.")
    return PulledPage([parse_pulled_item(i) for i in body["items"]], body["cursor"],
                      body["more"])
