"""HQ's folder and administration commands facing damaged or hostile input (issue 9,
items 12 and 13): owner-only files, one clear line instead of a traceback."""

from __future__ import annotations

import json
import os
import stat
import struct
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkpoint.domain.chain import genesis_hash
from checkpoint.domain.ids import new_id, utc_now
from checkpoint.sync.protocol import bundle, wire
from hq import cli
from hq.config import init_hq
from hq.db import Database


@pytest.fixture
def hq_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "hq"
    assert cli.main(["--dir", str(folder), "init"]) == 0
    return folder


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_hq_makes_is_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "hq"
    folder.mkdir(mode=0o755)
    old = os.umask(0o022)
    try:
        config = init_hq(folder, ["127.0.0.1"])
        db = Database(config.database_url)
        db.create_schema()
        with db.transaction() as tx:  # a write: the WAL and shared-memory files appear
            tx.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        files = sorted(p.name for p in folder.iterdir())
        assert {"hq.db", "hq.db-wal", "hq.db-shm", "signing-key.pem"} <= set(files)
        modes = {p.name: _mode(p) for p in folder.iterdir()}
        db.close()
    finally:
        os.umask(old)
    assert _mode(folder) == 0o700
    assert all(mode & 0o077 == 0 for mode in modes.values()), modes


def _bundle_bytes(header: bytes, rest: bytes = b"\0" * 64 + b"sealed") -> bytes:
    return bundle.MAGIC + struct.pack(">I", len(header)) + header + rest


@pytest.mark.parametrize("header", [b"[" * 50_000 + b"]" * 50_000,
                                    b'{"format": "checkpoint-sync-bundle", "device": "\\ud800"}',
                                    b'{"format": "checkpoint-sync-bundle", "device": 7}'])
def test_a_bundle_with_a_hostile_header_is_one_clear_line(
        hq_dir: Path, tmp_path: Path, header: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.bundle"
    path.write_bytes(_bundle_bytes(header[: bundle.MAX_HEADER]))
    assert cli.main(["--dir", str(hq_dir), "import", str(path)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("checkpoint-hq: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_deep_json_inside_a_signed_bundle_is_refused_clearly(
        hq_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hq import config

    cfg = config.load(hq_dir)
    key = Ed25519PrivateKey.generate()
    device = new_id()
    db = Database(cfg.database_url)
    with db.transaction() as tx:
        tx.execute("INSERT INTO devices (id, post, label, verify_key, box_key, enrolled_at, "
                   "head_seq, head_hash) VALUES (?, 'P', '', ?, ?, ?, 0, ?)",
                   (device, wire.b64(key.public_key().public_bytes_raw()), wire.b64(b"k" * 32),
                    utc_now(), genesis_hash(device)))
    db.close()
    body = zlib.compress(b'{"items":' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    data = bundle.write(body, {"device": device, "from_seq": 1, "to_seq": 1},
                        key, cfg.box_public())
    path = tmp_path / "deep.bundle"
    path.write_bytes(data)
    assert cli.main(["--dir", str(hq_dir), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "deep" in err


@pytest.mark.parametrize("text", ["[" * 100_000, '[{"key": "a", "x": ' + "[" * 40 + "]" * 40
                                  + "}]", '{"key": "a", "n": NaN}',
                                  '{"key": "a", "name": "\\ud800"}'])
def test_publish_reference_refuses_unpublishable_json_in_one_line(
        hq_dir: Path, tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ref.json"
    path.write_text(text)
    assert cli.main(["--dir", str(hq_dir), "publish-reference", "checkpoints",
                     str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("checkpoint-hq: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    db = Database(json.loads((hq_dir / "hq.json").read_text())["database_url"])
    with db.transaction() as tx:
        assert tx.one("SELECT count(*) FROM changes")[0] == 0
    db.close()


@pytest.mark.parametrize("hours", ["nan", "inf", "-1", "0", "100000"])
def test_an_enrollment_code_needs_a_sensible_validity(
        hq_dir: Path, hours: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A NaN validity made a code that never expires (NaN < now is false)."""
    assert cli.main(["--dir", str(hq_dir), "enroll-code", "--post", "P",
                     "--valid-hours", hours]) == 2
    assert "--valid-hours" in capsys.readouterr().err
