"""``checkpoint watchlist import``: a signed offline watchlist file applied at a post, and
every refusal (its code, its words, and nothing applied)."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.cli.wording import error_text
from checkpoint.crypto.seal import raw_private
from checkpoint.domain.alert import Alert
from checkpoint.domain.ids import utc_now
from checkpoint.errors import CheckpointError, Code, PermissionDeniedError
from checkpoint.screening import IdentifierQuery, Query
from checkpoint.services import screening, sync
from checkpoint.services.session import Session, login
from checkpoint.store import sync_tables as tables
from checkpoint.sync.protocol import watchlist_file
from checkpoint.sync.protocol.watchlist_file import ListHeader
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.helpers import run_cli
from tests.unit.screening.conftest import LIST

HQ_ID = "hq-test"
PASSPORT = Query(identifiers=(IdentifierQuery("document", "FE123456", "UKR"),))
Maker = Callable[..., bytes]


@pytest.fixture
def hq_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def post(workstation: Path, hq_key: Ed25519PrivateKey) -> Iterator[Session]:
    """A supervisor's session at a workstation enrolled with an HQ whose key we hold."""
    box = X25519PrivateKey.generate()
    enrollment = tables.Enrollment("https://hq.invalid", "", HQ_ID, hq_key.public_key(),
                                   X25519PrivateKey.generate().public_key(), box, "UA-TEST",
                                   False, utc_now())
    s = login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    with s.write() as conn:
        tables.save_enrollment(conn, enrollment, raw_private(box))
    yield s
    s.close()


@pytest.fixture
def make(hq_key: Ed25519PrivateKey, sample_alerts: list[Alert]) -> Maker:
    def make_file(version: int, *, key: Ed25519PrivateKey | None = None, hq_id: str = HQ_ID,
                  alerts: list[Alert] | None = None, max_age: int = 24,
                  feed_version: int = 10) -> bytes:
        docs = [a.to_document() for a in (sample_alerts if alerts is None else alerts)]
        return watchlist_file.write([ListHeader(LIST, version, len(docs), max_age)], docs,
                                    hq_id=hq_id, created_at=utc_now(),
                                    feed_version=feed_version, signing_key=key or hq_key)
    return make_file


def _state(s: Session) -> tuple[object, ...]:
    """What an import could change: the lists held and the alerts' text."""
    q = s.database.query
    return (tuple(q("SELECT * FROM watchlist_lists ORDER BY list")),
            tuple(q("SELECT list, alert_id, data FROM watchlist_alerts ORDER BY id")),
            q("SELECT count(*) FROM watchlist_ids")[0][0],
            q("SELECT count(*) FROM watchlist_names")[0][0])


def _refused(s: Session, data: bytes, code: str) -> CheckpointError:
    before = _state(s)
    with pytest.raises(CheckpointError) as e:
        sync.import_watchlists(s, data)
    assert e.value.code == code
    assert _state(s) == before, "a refused file must change nothing"
    last = s.database.query("SELECT actor, action, payload FROM journal ORDER BY seq DESC "
                            "LIMIT 1")[0]
    assert (last[0], last[1]) == (s.username, "watchlist.import_refused") and code in last[2]
    return e.value


def test_a_signed_file_is_applied_journaled_and_screens(post: Session, make: Maker,
                                                        sample_alerts: list[Alert]) -> None:
    [done] = sync.import_watchlists(post, make(3, max_age=24, feed_version=17))
    assert (done.list_code, done.version, done.entries, done.max_age_hours,
            done.previous_version) == (LIST, 3, len(sample_alerts), 24, 0)
    [held] = screening.ages(post)
    assert (held.version, held.entries, held.max_age_hours, held.overdue) == (
        3, len(sample_alerts), 24, False)
    with post.write() as conn:
        assert screening.file_marks(conn) == {LIST: 17}
    assert any(c.hit for c in screening.screen(post, PASSPORT).candidates)
    row = post.database.query("SELECT actor, subject, payload FROM journal WHERE action = "
                              "'watchlist.imported'")
    assert row[0][0] == SUPERVISOR and row[0][1] == f"watchlist:{LIST}"
    assert '"version":3' in row[0][2] and '"hq":"hq-test"' in row[0][2]
    # a newer file replaces the list whole: alerts missing from it are gone
    [again] = sync.import_watchlists(post, make(4, alerts=sample_alerts[1:]))
    assert (again.version, again.previous_version, again.entries) == (
        4, 3, len(sample_alerts) - 1)


def test_a_tampered_byte_is_refused(post: Session, make: Maker) -> None:
    data = bytearray(make(1))
    data[-40] ^= 0x01  # inside the compressed alerts
    _refused(post, bytes(data), Code.WATCHLIST_FILE_SIGNATURE)
    data = make(1).replace(b'"version":1', b'"version":9')  # the header's list version
    e = _refused(post, data, Code.WATCHLIST_FILE_SIGNATURE)
    assert "altered or forged" in error_text(e)


@pytest.mark.parametrize("damage", ["garbage", "empty", "truncated", "header", "bundle"])
def test_what_is_not_a_whole_watchlist_file_is_refused(post: Session, make: Maker,
                                                       damage: str) -> None:
    good = make(1)
    data = {"garbage": b"\x00\x01 not a watchlist file at all",
            "empty": b"",
            "truncated": good[:-100],
            "header": good[:len(watchlist_file.MAGIC) + 2],
            "bundle": b"CHECKPOINT-BUNDLE-1\n" + good[len(watchlist_file.MAGIC):]}[damage]
    e = _refused(post, data, Code.WATCHLIST_FILE_FORM)
    assert "nothing was imported" in error_text(e)


def test_a_file_signed_by_another_hq_is_refused(post: Session, make: Maker) -> None:
    e = _refused(post, make(1, key=Ed25519PrivateKey.generate()), Code.WATCHLIST_FILE_OTHER_HQ)
    assert "another HQ" in error_text(e)
    _refused(post, make(1, hq_id="hq-elsewhere"), Code.WATCHLIST_FILE_OTHER_HQ)


def test_an_older_or_same_version_is_refused(post: Session, make: Maker) -> None:
    sync.import_watchlists(post, make(5))
    e = _refused(post, make(5), Code.WATCHLIST_FILE_OLDER)
    assert e.params == {"list": LIST, "version": 5, "held": 5}
    e = _refused(post, make(4), Code.WATCHLIST_FILE_OLDER)
    assert "version 4" in error_text(e) and "already has version 5" in error_text(e)


def test_a_body_that_breaks_its_header_is_refused_even_when_signed(
        post: Session, hq_key: Ed25519PrivateKey, sample_alerts: list[Alert]) -> None:
    docs = [a.to_document() for a in sample_alerts]
    lying = watchlist_file.write([ListHeader(LIST, 1, len(docs) + 1, 48)], docs, hq_id=HQ_ID,
                                 created_at=utc_now(), feed_version=1, signing_key=hq_key)
    _refused(post, lying, Code.WATCHLIST_FILE_FORM)
    bad = [{**docs[0], "action": "shoot"}]
    invalid = watchlist_file.write([ListHeader(LIST, 1, 1, 48)], bad, hq_id=HQ_ID,
                                   created_at=utc_now(), feed_version=1, signing_key=hq_key)
    _refused(post, invalid, Code.WATCHLIST_FILE_FORM)


def test_an_inspector_may_not_import(post: Session, make: Maker, workstation: Path) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        before = _state(s)
        with pytest.raises(PermissionDeniedError):
            sync.import_watchlists(s, make(1))
        assert _state(s) == before


def test_the_body_is_never_decompressed_past_a_line_limit() -> None:
    body = zlib.compress(b"x" * (watchlist_file.MAX_LINE + 10))
    found = watchlist_file.WatchlistFile({}, b"", b"", body, (ListHeader(LIST, 1, 1, 48),))
    with pytest.raises(CheckpointError) as e:
        list(watchlist_file.alerts(found))
    assert e.value.code == Code.WATCHLIST_FILE_FORM


def test_the_command_imports_and_words_a_refusal(post: Session, make: Maker,
                                                 workstation: Path, tmp_path: Path) -> None:
    good, bad = tmp_path / "lists.cpwl", tmp_path / "bad.cpwl"
    good.write_bytes(make(2))
    bad.write_bytes(good.read_bytes()[:-1] + b"\x00")
    pw = SUPERVISOR_PASSWORD + "\n"
    code, out, err = run_cli(["watchlist", "import", str(bad), "--as", SUPERVISOR,
                              "--password-stdin"], pw, workstation)
    assert code == 1 and "does not verify" in err and "Nothing was imported" in err, err
    code, out, err = run_cli(["watchlist", "import", str(good), "--as", SUPERVISOR,
                              "--password-stdin"], pw, workstation)
    assert code == 0, err
    assert f"watchlist {LIST} version 2 imported (new here)" in out
    code, out, err = run_cli(["watchlist", "import", str(good), "--as", INSPECTOR,
                              "--password-stdin"], INSPECTOR_PASSWORD + "\n", workstation)
    assert code == 1 and "supervisor" in err
