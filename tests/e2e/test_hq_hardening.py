"""HQ under attack and under careless clients: what a request may cost, malformed
requests and items, replays, enrollment codes (issue 9, items 1, 2, 7, 8, 11)."""

from __future__ import annotations

import json
import time
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checkpoint.services import accounts
from checkpoint.services.session import login
from checkpoint.sync.protocol import wire
from hq import publish
from hq.errors import HqRefusal
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import device_id, sync
from tests.e2e.raw_client import RawDevice


@pytest.fixture
def raw(hq: Hq) -> Iterator[RawDevice]:
    device = RawDevice(hq.url, str(hq.config.ca_cert))
    yield device
    device.close()


@pytest.fixture
def enrolled_raw(raw: RawDevice, hq: Hq) -> RawDevice:
    answer = raw.enroll(hq.code())
    assert answer.status == 200, answer.body
    return raw


def _bomb(inflated: bytes) -> bytes:
    return zlib.compress(inflated, 9)


# -- item 2: what an unauthenticated request costs ------------------------------------------

def test_an_enrollment_bomb_is_refused_before_it_is_inflated_or_parsed(
        raw: RawDevice, hq: Hq) -> None:
    many = _bomb(b"[" + b"{}," * (20 * 1024 * 1024) + b"{}]")  # 60 MiB of objects, ~60 KB
    assert len(many) < 100_000
    answer = raw.send("POST", "/v1/enroll", many)
    assert (answer.status, answer.error) == (413, "too_large")
    small_many = _bomb(b"[" + b"0," * 1000 + b"0]")  # fits the size bound, not the count
    answer = raw.send("POST", "/v1/enroll", small_many)
    assert (answer.status, answer.error) == (400, "bad_body")
    assert "values" in answer.body["message"]
    deep = _bomb(b"[" * 100_000 + b"]" * 100_000)
    answer = raw.send("POST", "/v1/enroll", deep)
    assert answer.status in (400, 413) and answer.error in ("bad_body", "too_large")
    nested = _bomb(b"[" * 10 + b"]" * 10)  # few values, but deeper than an enrollment
    answer = raw.send("POST", "/v1/enroll", nested)
    assert (answer.status, answer.error) == (400, "bad_body")
    assert "deeper" in answer.body["message"]
    oversized = b"x" * 10_000
    answer = raw.send("POST", "/v1/enroll", oversized)
    assert (answer.status, answer.error) == (413, "too_large")
    assert hq.scalar("SELECT count(*) FROM devices") == 0


def test_a_stranger_cannot_make_hq_read_a_push_body(raw: RawDevice, hq: Hq) -> None:
    """Unknown workstation: refused on its headers, before its body is read."""
    body = _bomb(b"[" + b"{}," * (1024 * 1024) + b"{}]")
    answer = raw.send("POST", "/v1/push", body)
    assert (answer.status, answer.error) == (401, "unknown_device")
    late = raw.sign("POST", "/v1/push", body, now=time.time() - 3600)
    assert raw.send("POST", "/v1/push", body, late).error == "signature_expired"


def test_enrollment_attempts_are_limited_per_address(tmp_path: Path,
                                                     database_url: str | None) -> None:
    from hq.config import HqConfig, init_hq
    from hq.faults import Faults

    base = init_hq(tmp_path / "hq", ["127.0.0.1"], database_url)
    config = HqConfig(**{**base.__dict__, "enroll_attempts": 3})
    server = Hq(config, Faults())
    device = RawDevice(server.url, str(config.ca_cert))
    try:
        codes = [device.enroll("WRONG-CODE").error for _ in range(3)]
        assert codes == ["code_unknown"] * 3
        answer = device.enroll(server.code())  # a good code, but one attempt too many
        assert (answer.status, answer.error) == (429, "too_many_attempts")
        assert 1 <= int(answer.headers["Retry-After"]) <= 600
        assert server.scalar("SELECT count(*) FROM devices") == 0
    finally:
        device.close()
        server.stop()


# -- item 7: every malformed request is a 4xx with a reason; a bad item is quarantined ----

MALFORMED_RECORDS: dict[str, dict[str, Any]] = {
    "attachments is a number": {"attachments": 5},
    "status is a list": {"status": []},
    "amends is an object": {"amends": {}},
    "author is a number": {"author": 7},
    "attachment of the wrong shape": {"attachments": [{"id": 1, "data": "AA=="}]},
}


def _text(items: list[dict[str, Any]]) -> str:
    return json.dumps({"items": items}, ensure_ascii=True)  # NaN and lone surrogates as sent


def test_malformed_records_are_rejected_one_by_one_never_a_server_error(
        enrolled_raw: RawDevice, hq: Hq) -> None:
    dev = enrolled_raw
    good = dev.record({"schema": "inspection.v1", "n": 1})
    items = [dev.entry(good)]
    for fields in MALFORMED_RECORDS.values():
        items.append(dev.entry(dev.record({"schema": "inspection.v1"}, **fields)))
    items.append(dev.entry(dev.record({"schema": "inspection.v1", "surname": "\ud800"})))
    items.append(dev.entry(dev.record({"schema": "inspection.v1", "weight": float("nan")})))
    answer = dev.push(items, text=_text(items))
    assert answer.status == 200, answer.body
    statuses = [r["status"] for r in answer.body["results"]]
    assert statuses == ["applied"] + ["rejected"] * (len(items) - 1)
    reasons = [r["reason"] for r in answer.body["results"][1:]]
    assert all(reasons), reasons
    assert answer.body["head"]["seq"] == dev.head_seq  # the chain went on past them
    assert hq.scalar("SELECT count(*) FROM records") == 1
    assert hq.scalar("SELECT count(*) FROM rejections") == len(items) - 1
    assert "NaN" not in (hq.scalar("SELECT max(document) FROM records") or "")


@pytest.mark.parametrize("case", ["deep", "surrogate in entry", "nul in entry", "huge seq",
                                  "bool seq", "not json", "not zlib", "items not a list"])
def test_a_malformed_push_is_a_4xx_with_a_reason(enrolled_raw: RawDevice, hq: Hq,
                                                 case: str) -> None:
    dev = enrolled_raw
    entry = dev.entry()
    body: bytes
    if case == "deep":
        body = wire.compress('{"items":' + "[" * 5000 + "]" * 5000 + "}")
    elif case == "surrogate in entry":
        body = wire.compress(_text([{**entry, "actor": "\udc00"}]))
    elif case == "nul in entry":
        body = wire.compress(_text([{**entry, "subject": "a\x00b"}]))
    elif case == "huge seq":
        body = wire.compress(_text([{**entry, "seq": 2**70}]))
    elif case == "bool seq":
        body = wire.compress(_text([{**entry, "seq": True}]))
    elif case == "not json":
        body = wire.compress("{items: [")
    elif case == "not zlib":
        body = b"plainly not compressed"
    else:
        body = wire.encode({"items": {"a": 1}})
    answer = dev.send("POST", "/v1/push", body)
    assert 400 <= answer.status < 500, (answer.status, answer.body)
    assert answer.body["message"]


def test_a_malformed_pull_or_head_is_a_4xx(enrolled_raw: RawDevice) -> None:
    dev = enrolled_raw
    for target in ("/v1/pull?limit=abc", "/v1/pull?limit=-1", "/v1/pull?cursor=v1.x.%C2%B2.y",
                   "/v1/pull?cursor=" + "9" * 5000):
        answer = dev.send("GET", target)
        assert 400 <= answer.status < 500, (target, answer.status, answer.body)
    answer = dev.send("GET", "/v1/head", b"a body where none belongs")
    assert answer.status == 413


@pytest.mark.parametrize("content_type", [wire.MEDIA_TYPE, "application/json"])
def test_nested_json_to_enroll_is_a_4xx(raw: RawDevice, content_type: str) -> None:
    """The issue's case: deep nesting in an enrollment (its signature cannot be checked
    before the body is parsed: the key is in it) gave 500."""
    text = b'{"device":' + b"[" * 3000 + b"]" * 3000 + b"}"
    body = text if content_type == "application/json" else zlib.compress(text)
    answer = raw.send("POST", "/v1/enroll", body, content_type=content_type)
    assert 400 <= answer.status < 500 and answer.body["message"]


# -- item 8: replays of any signed request are refused without side effects --------------

def test_a_replayed_rollback_raises_no_new_alert(enrolled_raw: RawDevice, hq: Hq) -> None:
    dev = enrolled_raw
    items = [dev.entry(), dev.entry()]
    assert dev.push(items).status == 200
    auth = dev.sign("GET", "/v1/head", b"", seq=1)  # a head below HQ's: a rollback
    first = dev.send("GET", "/v1/head", b"", auth)
    assert (first.status, first.error) == (409, "rollback")
    for _ in range(5):
        again = dev.send("GET", "/v1/head", b"", auth)
        assert (again.status, again.error) == (401, "replay")
    assert hq.alerts() == ["rollback"]
    fresh = dev.send("GET", "/v1/head", b"", dev.sign("GET", "/v1/head", b"", seq=1))
    assert fresh.error == "rollback"  # the same rollback, signed anew: still one alert
    assert hq.alerts() == ["rollback"]


def test_a_captured_enrollment_cannot_be_replayed(raw: RawDevice, hq: Hq) -> None:
    body = raw.enroll_body(hq.code())
    auth = raw.sign("POST", "/v1/enroll", body)
    assert raw.send("POST", "/v1/enroll", body, auth).status == 200
    replay = raw.send("POST", "/v1/enroll", body, auth)
    assert (replay.status, replay.error) == (401, "replay")
    old = raw.sign("POST", "/v1/enroll", body, now=time.time() - 1000)
    assert raw.send("POST", "/v1/enroll", body, old).error == "signature_expired"
    # the workstation itself, its answer lost, asks again with a new signature: answered
    assert raw.send("POST", "/v1/enroll", body).status == 200
    refused = raw.enroll_body("NO-SUCH-CODE")
    auth = raw.sign("POST", "/v1/enroll", refused)
    assert raw.send("POST", "/v1/enroll", refused, auth).error == "code_unknown"
    assert raw.send("POST", "/v1/enroll", refused, auth).error == "replay"


def test_a_replayed_refused_push_changes_nothing(enrolled_raw: RawDevice, hq: Hq) -> None:
    dev = enrolled_raw
    dev.head_seq = 5  # a gap: HQ has nothing yet
    items = [dev.entry()]
    body = wire.encode({"items": items})
    auth = dev.sign("POST", "/v1/push", body)
    assert dev.send("POST", "/v1/push", body, auth).error == "gap"
    assert dev.send("POST", "/v1/push", body, auth).error == "replay"
    assert hq.alerts() == ["gap"]


# -- item 11 (HQ's part) and item 3 (HQ's part): account names --------------------------

@pytest.mark.parametrize("name", ["../evil", "x" * 300, "a", "bad name", "evil\u202eexe",
                                  "nul\x00", "", "hq", "HQ", "unknown", "аnna"])
def test_hq_refuses_account_names_a_workstation_would_refuse(enrolled_raw: RawDevice, hq: Hq,
                                                             name: str) -> None:
    with pytest.raises(HqRefusal) as err, hq.tx() as tx:
        publish.publish_operator(tx, name, "inspector",
                                 publish.devices_for(tx, enrolled_raw.device, None))
    assert err.value.code == "bad_username"
    assert hq.scalar("SELECT count(*) FROM changes") == 0


def test_hq_refuses_an_account_that_differs_only_in_case(enrolled_raw: RawDevice,
                                                         hq: Hq) -> None:
    hq.publish_operator(enrolled_raw.device, "chief.smith", "inspector")
    hq.publish_operator(enrolled_raw.device, "chief.smith", "supervisor")  # same name: update
    with pytest.raises(HqRefusal) as err:
        hq.publish_operator(enrolled_raw.device, "Chief.Smith", "inspector")
    assert err.value.code == "name_taken"


def test_hq_refuses_to_publish_over_a_workstations_local_account(enrolled: Path,
                                                                 hq: Hq) -> None:
    """The issue's case: `publish-operator CHIEF` must not take over the post's `chief`."""
    sync(enrolled)  # HQ now has the journal: the local supervisor's operator.add
    device = device_id(enrolled)
    with pytest.raises(HqRefusal) as err:
        hq.publish_operator(device, SUPERVISOR.upper(), "inspector")
    assert err.value.code == "name_taken" and "local account" in err.value.message
    hq.publish_operator(device, "officer.new", "inspector")  # another name is fine


def test_hq_refuses_names_that_look_like_a_local_or_published_account(enrolled: Path,
                                                                      hq: Hq) -> None:
    """Latin and Cyrillic letters that look identical: ``ЕКНО`` (Cyrillic) is ``ekho`` on
    screen. HQ compares in Python: SQLite's lower() folds ASCII only, so a Cyrillic local
    account in another case (``Петро`` made at the post, ``ПЕТРО`` from HQ) must be
    caught too."""
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, "ekho", "inspector", "inspector pass 1")
        accounts.add_operator(s, "Петро", "inspector", "inspector pass 1")
    sync(enrolled)
    device = device_id(enrolled)
    for name in ("ЕКНО", "ПЕТРО", "петро"):
        with pytest.raises(HqRefusal) as err:
            hq.publish_operator(device, name, "supervisor")
        assert err.value.code == "name_taken" and "local account" in err.value.message
    hq.publish_operator(device, "APE", "inspector")
    with pytest.raises(HqRefusal) as err:
        hq.publish_operator(device, "АРЕ", "inspector")  # Cyrillic, looks like HQ's APE
    assert err.value.code == "name_taken" and "looks the same" in err.value.message
    # a name in NFD is published in NFC, the form the workstation seals and checks it in
    hq.publish_operator(device, unicodedata.normalize("NFD", "Йосип"), "inspector")
    report = sync(enrolled)
    assert report.pull_refused == 0 and report.accounts == 2
    assert hq.scalar("SELECT count(*) FROM changes WHERE collection = 'operators'") == 2


# -- what an enrolled but hostile workstation cannot do (docs/security.md) ---------------

def test_a_workstation_cannot_push_records_in_another_ones_name(enrolled_raw: RawDevice,
                                                                hq: Hq) -> None:
    dev = enrolled_raw
    forged = dev.record({"schema": "inspection.v1"}, device_id="0190ffff-0000-7000-8000-"
                        "000000000001")
    answer = dev.push([dev.entry(forged)])
    assert answer.body["results"][0]["status"] == "rejected"
    assert "another workstation" in answer.body["results"][0]["reason"]
    assert hq.scalar("SELECT count(*) FROM records") == 0


def test_a_workstation_pulls_only_what_is_published_for_it(hq: Hq) -> None:
    devices_ = [RawDevice(hq.url, str(hq.config.ca_cert)) for _ in range(2)]
    try:
        for d in devices_:
            assert d.enroll(hq.code()).status == 200
        hq.publish_operator(devices_[0].device, "officer.one")
        hq.publish_reference("checkpoints", [{"key": "UA-PL-01", "name": "Yahodyn"}])
        seen = []
        for d in devices_:
            page = d.send("GET", "/v1/pull?limit=100").body
            seen.append(sorted(i["collection"] for i in page["items"]))
        assert seen == [["checkpoints", "operators"], ["checkpoints"]]
    finally:
        for d in devices_:
            d.close()


def test_hq_answers_503_only_when_its_database_is_really_down(tmp_path: Path) -> None:
    from hq.config import init_hq
    from hq.faults import Faults
    from tests.e2e import pg

    bindir = pg.binaries()
    if bindir is None:
        pytest.skip("PostgreSQL binaries are not installed")
    cluster = pg.Cluster(bindir).start()
    server = None
    try:
        config = init_hq(tmp_path / "hq", ["127.0.0.1"], cluster.new_database())
        server = Hq(config, Faults())
        dev = RawDevice(server.url, str(config.ca_cert))
        assert dev.enroll(server.code()).status == 200
        assert dev.push([dev.entry()]).status == 200
        cluster.stop()
        answer = dev.push([dev.entry()])
        assert (answer.status, answer.error) == (503, "unavailable")
        assert answer.headers["Retry-After"]
        dev.close()
    finally:
        if server is not None:
            server.server.stop()
        cluster.stop()
