"""Golden vectors of what HQ answers: the push reply, the head, a pulled item and page.

Workstations already deployed parse these bytes. The texts are what the code of commit
405f971 wrote (``hq/app.py`` and ``hq/feed.py`` built them inline then); never edit them.
"""

from __future__ import annotations

import zlib

from checkpoint.sync.protocol import items

HEAD = items.Head(7, "a" * 64)


def test_a_push_reply() -> None:
    body = items.encode_push_reply([items.ItemResult(6, "duplicate"),
                                    items.ItemResult(7, "rejected", "no — reason")], HEAD)
    assert zlib.decompress(body).decode() == (
        '{"results":[{"seq":6,"status":"duplicate"},{"seq":7,"status":"rejected",'
        '"reason":"no — reason"}],"head":{"seq":7,"hash":"' + "a" * 64 + '"}}')
    parsed = items.parse_push_reply({"results": [{"seq": 6, "status": "duplicate"},
                                                 {"seq": 7, "status": "rejected",
                                                  "reason": "no — reason"}],
                                     "head": {"seq": 7, "hash": "a" * 64}}, [6, 7])
    assert parsed.results[1] == items.ItemResult(7, "rejected", "no — reason")
    assert parsed.head == HEAD


def test_the_head() -> None:
    assert zlib.decompress(items.encode_head(HEAD, "UA-PL-01")).decode() == (
        '{"seq":7,"hash":"' + "a" * 64 + '","post":"UA-PL-01"}')


def test_a_pulled_item_and_page() -> None:
    text = items.encode_pulled_item(12, "operators", "олена", "put", '{"role":"inspector"}')
    assert text == ('{"version":12,"collection":"operators","key":"олена","op":"put",'
                    '"data":{"role":"inspector"}}')
    page = items.encode_pulled_page([text], "v1.e.12.mac", False, True, HEAD)
    assert zlib.decompress(page).decode() == (
        '{"items":[' + text + '],"cursor":"v1.e.12.mac","more":false,"reset":true,'
        '"head":{"seq":7,"hash":"' + "a" * 64 + '"}}')
    import json

    parsed = items.parse_pulled_page(json.loads(zlib.decompress(page)))
    assert parsed.items[0].subject == "operator:олена"
    assert parsed.items[0].to_wire() == json.loads(text)
