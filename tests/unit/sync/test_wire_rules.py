"""The wire rules both ends apply (issue 9): push-item fields, imported records, pulled
items the workstation sets aside, HQ's announcement of its next keys."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkpoint.domain.chain import Entry
from checkpoint.domain.ids import new_id
from checkpoint.errors import ProtocolError
from checkpoint.sync.protocol import hq_keys, items


def _entry(action: str = "inspection.finalize", seq: int = 1) -> Entry:
    return Entry(seq, "2026-01-01T00:00:00.000Z", "anna", action, "inspection:x",
                 "0" * 64, "{}", "0" * 64, "0" * 64)


def _item(**changes: Any) -> dict[str, Any]:
    e = _entry()
    return {**{k: getattr(e, k) for k in items.ENTRY_FIELDS}, **changes}


@pytest.mark.parametrize("changes", [{"seq": 0}, {"seq": 2**63}, {"seq": True},
                                     {"actor": "a\x00b"}, {"subject": "\udc00"},
                                     {"action": "x" * 101}, {"hash": 5}])
def test_a_push_item_that_cannot_travel_is_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ProtocolError):
        items.parse_push_item(_item(**changes))


def test_a_push_item_at_the_limits_is_read() -> None:
    assert items.parse_push_item(_item(seq=items.MAX_SEQ, actor="a" * 200)).entry.seq == \
        items.MAX_SEQ


def test_record_fields_are_judged_alone() -> None:
    good = {"status": "finalized", "author": "anna", "amends": None, "attachments": []}
    assert items.record_fields_problem(good) is None
    for bad in ({"status": []}, {"author": 7}, {"amends": {}}, {"amends": "not an id"},
                {"attachments": 5}, {"author": "a" * 201}):
        assert items.record_fields_problem({**good, **bad}) is not None


def test_what_an_imported_record_is_on_the_wire() -> None:
    pusher, origin = new_id(), new_id()
    imported, made = _entry("inspection.import"), _entry("inspection.finalize")
    record = {"kind": "inspection", "device_id": origin}
    assert items.is_imported(imported, "inspection") and not items.is_imported(made,
                                                                                "inspection")
    assert items.origin_problem(imported, record, pusher) is None
    assert items.origin_problem(made, {**record, "device_id": pusher}, pusher) is None
    assert "not imported" in (items.origin_problem(made, record, pusher) or "")
    assert "importing workstation" in (items.origin_problem(
        imported, {**record, "device_id": pusher}, pusher) or "")
    assert items.origin_problem(imported, {**record, "device_id": "x"}, pusher) is not None
    assert items.import_action("inspection") == "inspection.import"


def test_a_malformed_pulled_item_that_names_itself_is_set_aside_not_the_page() -> None:
    good = {"version": 1, "collection": "tariff", "key": "a", "op": "put", "data": {}}
    named = {"version": 2, "collection": "tariff", "key": "b", "op": "put", "data": "text"}
    page = items.parse_pulled_page({"items": [good, named], "cursor": "c", "more": False})
    assert [i.key for i in page.items] == ["a"]
    assert [(u.item.key, u.item.version) for u in page.unreadable] == [("b", 2)]
    assert page.last_version == 2
    with pytest.raises(ProtocolError):  # without version, collection and key: the page
        items.parse_pulled_page({"items": [{"data": 1}], "cursor": "c", "more": False})


def test_hq_announces_its_next_key_signed_by_the_current_one() -> None:
    current, following = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    data = hq_keys.announce(current, following.public_key(), "PEM")
    read = hq_keys.read_announcement(current.public_key(), data)
    assert read.signing_key.public_bytes_raw() == following.public_key().public_bytes_raw()
    assert read.ca_pem == "PEM"
    for forged in ({**data, "ca_pem": "OTHER"}, {**data, "signing_key": data["signature"]},
                   hq_keys.announce(following, following.public_key(), None), [], {}):
        with pytest.raises(ProtocolError):
            hq_keys.read_announcement(current.public_key(), forged)
