"""Golden vectors of the push item: a journal entry as it goes to HQ, with its record
and attachments when the entry commits to a finalized document.

HQ checks the hash of every entry and the digest of every record from these bytes:
a change here breaks the wire with HQs already deployed. The vectors were made by
the code of commit 405f971 from the rows of ``_journal_rows.build``; never edit them.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from checkpoint.services.sync.push import read_items
from checkpoint.sync.protocol.items import push_body
from tests.unit.golden._journal_rows import build

PUSH_ITEMS = [
    (1, '415fd5ba5231ff19c8528497682ab9c4a5ccb660986a3cf5985a8827e1a26bfd',
     'operator:anna',
     '{"seq":1,"time":"2026-01-02T03:04:01.000000Z","actor":"chief","action":"operator'
     '.add","subject":"operator:anna","payload_digest":"357e2099dfef9eb9a29079801d2a2b'
     '292bcbbc8927417d687402ee2a7752f23f","payload":"{\\"role\\":\\"inspector\\"}","prev_h'
     'ash":"2e12d9703b050f2a737ea8e9fc8f1774abc24ea05375e485f249c7af95cfdad9","hash":"'
     '415fd5ba5231ff19c8528497682ab9c4a5ccb660986a3cf5985a8827e1a26bfd"}'),
    (2, '4d97a1899bc049588a3dc95e6b967f4566d1c6a329a2842e271340e22357d5e3',
     'inspection:0190a0b0-0000-7000-8000-0000000000aa',
     '{"seq":2,"time":"2026-01-02T03:04:02.000000Z","actor":"anna","action":"inspectio'
     'n.finalize","subject":"inspection:0190a0b0-0000-7000-8000-0000000000aa","payload'
     '_digest":"9a63e2ee462f1265f388d6e91bbe995c31c933cfb7d72a8a92c7373006c022ad","pay'
     'load":"{\\"digest\\":\\"61d8e86d9c8ad27ec8c49c14c861e4f16f45a7cf7862deb682ea85225b4'
     '0496f\\",\\"status\\":\\"finalized\\"}","prev_hash":"415fd5ba5231ff19c8528497682ab9c4'
     'a5ccb660986a3cf5985a8827e1a26bfd","hash":"4d97a1899bc049588a3dc95e6b967f4566d1c6'
     'a329a2842e271340e22357d5e3","record":{"id":"0190a0b0-0000-7000-8000-0000000000aa'
     '","kind":"inspection","status":"finalized","created_at":"2026-01-02T03:04:11.000'
     '000Z","updated_at":"2026-01-02T03:04:21.000000Z","author":"anna","device_id":"01'
     '90a0b0-0000-7000-8000-000000000001","amends":null,"attachments":[],"document":{"'
     'id":"0190a0b0-0000-7000-8000-0000000000aa","remarks":"Шевчук — ok","schema":"ins'
     'pection.v1"}}}'),
    (3, 'fd0f1a334a1d69d9630a8330e1b648e3e042e92a2d3e9ba13ff01f8fc398e2d6',
     'inspection:0190a0b0-0000-7000-8000-0000000000bb',
     '{"seq":3,"time":"2026-01-02T03:04:03.000000Z","actor":"anna","action":"inspectio'
     'n.finalize","subject":"inspection:0190a0b0-0000-7000-8000-0000000000bb","payload'
     '_digest":"aba623fe524cee4cba4cfe0fef44f71e80bae1de9afd735c8bc6b0135a7feab3","pay'
     'load":"{\\"digest\\":\\"30ae4e8a677a46fd26f93d25b89d769e997039dc90059ce4f07d04ad1da'
     'ea3f0\\",\\"status\\":\\"finalized\\"}","prev_hash":"4d97a1899bc049588a3dc95e6b967f45'
     '66d1c6a329a2842e271340e22357d5e3","hash":"fd0f1a334a1d69d9630a8330e1b648e3e042e9'
     '2a2d3e9ba13ff01f8fc398e2d6","record":{"id":"0190a0b0-0000-7000-8000-0000000000bb'
     '","kind":"inspection","status":"finalized","created_at":"2026-01-02T03:04:12.000'
     '000Z","updated_at":"2026-01-02T03:04:22.000000Z","author":"anna","device_id":"01'
     '90a0b0-0000-7000-8000-000000000001","amends":"0190a0b0-0000-7000-8000-0000000000'
     'aa","attachments":[{"id":"att-1","media_type":"image/jpeg","sha256":"cb63238f2d9'
     '53e664de60349d50791268ce0abb485a834ae13eaa7084b49bf91","size":8,"data":"/9ggZmly'
     'c3Q="},{"id":"att-2","media_type":"image/jpeg","sha256":"ceeaa249c3c7a3d80d3fa0a'
     'cdf7f42808bc1d16c8893fd52dc00eef3f388b4bf","size":11,"data":"iVBORyBzZWNvbmQ="}]'
     ',"document":{"id":"0190a0b0-0000-7000-8000-0000000000bb","n":[1,2.5,null,true],"'
     'remarks":"two photos","schema":"inspection.v1"}}}'),
    (4, '64baceb2b42ad74a783e821df0301c69b351c4e743e9790310f3380e973cf7cc',
     'inspection:0190a0b0-0000-7000-8000-0000000000cc',
     '{"seq":4,"time":"2026-01-02T03:04:04.000000Z","actor":"anna","action":"inspectio'
     'n.save","subject":"inspection:0190a0b0-0000-7000-8000-0000000000cc","payload_dig'
     'est":"a027f91fbceeed350bde84cf714957984ab5a67ab78d2a20703d0bb1c3a4149b","payload'
     '":"{\\"digest\\":\\"7bd96930d44e5504781cff38e68c23a71db374f196106f867e32b746e7c1ae4'
     '0\\",\\"status\\":\\"draft\\"}","prev_hash":"fd0f1a334a1d69d9630a8330e1b648e3e042e92a'
     '2d3e9ba13ff01f8fc398e2d6","hash":"64baceb2b42ad74a783e821df0301c69b351c4e743e979'
     '0310f3380e973cf7cc"}'),
    (5, 'f47af2cba6048bb7f063b4b4166365266fb7dcd4fa393dd47c3679f06e743007',
     'inspection:0190a0b0-0000-7000-8000-0000000000cc',
     '{"seq":5,"time":"2026-01-02T03:04:05.000000Z","actor":"anna","action":"inspectio'
     'n.finalize","subject":"inspection:0190a0b0-0000-7000-8000-0000000000cc","payload'
     '_digest":"5689e6f6256a55d452f859857615eeb27d2cffc26a96e456a80c51d477f24aca","pay'
     'load":"{\\"digest\\":\\"8b0bb7512fb6d1595c87b3604b48935021ab88233ea853246f5c244600a'
     '40929\\",\\"status\\":\\"finalized\\"}","prev_hash":"64baceb2b42ad74a783e821df0301c69'
     'b351c4e743e9790310f3380e973cf7cc","hash":"f47af2cba6048bb7f063b4b4166365266fb7dc'
     'd4fa393dd47c3679f06e743007"}'),
]


def _push_items(conn: Any, after: int, count: int) -> list[tuple[int, str, str, str]]:
    """(seq, hash, subject, encoded text) of the push items after ``after``."""
    return [(i.seq, i.hash, i.subject, i.text) for i in read_items(conn, after, count)]


def test_push_items_are_byte_for_byte_the_same() -> None:
    conn = build()
    assert _push_items(conn, 0, 10) == PUSH_ITEMS
    assert _push_items(conn, 2, 2) == PUSH_ITEMS[2:4]


def test_the_push_body_holds_the_items_as_they_are() -> None:
    body = push_body([text for *_, text in PUSH_ITEMS])
    raw = zlib.decompress(body).decode("utf-8")
    assert raw == '{"items":[' + ",".join(text for *_, text in PUSH_ITEMS) + "]}"
    items = json.loads(raw)["items"]
    assert [i["seq"] for i in items] == [1, 2, 3, 4, 5]
    assert [("record" in i) for i in items] == [False, True, True, False, False]


def test_hq_reads_the_items_as_one_verified_chain() -> None:
    from hq.intake import check_chain

    items = [json.loads(text) for *_, text in PUSH_ITEMS]
    entries = check_chain(items)
    assert [p.entry.seq for p in entries] == [1, 2, 3, 4, 5]
