"""Key slots: many operators, one data key; tampering and damage are refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.errors import DamagedStoreError, KeyslotError, WrongPasswordError
from checkpoint.services import accounts, maintenance, workstation
from checkpoint.services.session import login
from checkpoint.store import slotfile
from checkpoint.store.connection import Database, connect
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD


def test_wrong_password_is_refused_with_a_clear_message(workstation: Path) -> None:
    with pytest.raises(WrongPasswordError, match="Wrong user name or password"):
        login(workstation, SUPERVISOR, "not the password at all")


def test_unknown_user_gets_the_same_message(workstation: Path) -> None:
    with pytest.raises(WrongPasswordError, match="Wrong user name or password"):
        login(workstation, "nobody", SUPERVISOR_PASSWORD)


def test_several_operators_unlock_the_same_data(workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        key_a = bytes(s.data_key)
        device_a = s.device_id
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        assert bytes(s.data_key) == key_a
        assert s.device_id == device_a
        assert s.role == "inspector"


def test_user_names_are_not_in_the_slot_file(workstation: Path) -> None:
    raw = Layout(workstation).keyslots.read_bytes()
    assert SUPERVISOR.encode() not in raw
    assert INSPECTOR.encode() not in raw


def test_removed_operator_cannot_unlock(workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.remove_operator(s, INSPECTOR)
    with pytest.raises(WrongPasswordError):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)


def test_restored_slot_of_a_removed_operator_is_refused(workstation: Path) -> None:
    layout = Layout(workstation)
    old = layout.keyslots.read_bytes()
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.remove_operator(s, INSPECTOR)
    layout.keyslots.write_bytes(old)
    layout.keyslots_backup.write_bytes(old)
    with pytest.raises((WrongPasswordError, KeyslotError)):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)


@pytest.mark.parametrize("field", ["role", "kdf", "user_hash", "public_key"])
def test_an_edited_slot_field_fails(workstation: Path, field: str) -> None:
    layout = Layout(workstation)
    doc = json.loads(layout.keyslots.read_text())
    slots = KeySlots.parse(layout.keyslots.read_bytes())
    target = slots.user_hash(INSPECTOR)
    for slot in doc["slots"]:
        if slot["meta"].get("user_hash") == target:
            meta = slot["meta"]
            if field == "role":
                meta["role"] = "supervisor"
            elif field == "kdf":
                meta["kdf"]["time_cost"] += 1
            elif field == "user_hash":
                meta["user_hash"] = slots.user_hash("mallory")
            else:
                meta["public_key"] = doc["slots"][0]["meta"]["public_key"]
    text = json.dumps(doc)
    layout.keyslots.write_text(text)
    layout.keyslots_backup.write_text(text)
    with pytest.raises((WrongPasswordError, KeyslotError)):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    if field == "user_hash":
        with pytest.raises((WrongPasswordError, KeyslotError)):
            login(workstation, "mallory", INSPECTOR_PASSWORD)


def test_password_change_rewraps_one_slot(workstation: Path) -> None:
    layout = Layout(workstation)
    before = json.loads(layout.keyslots.read_text())["slots"]
    accounts.change_password(workstation, INSPECTOR, INSPECTOR_PASSWORD, "a brand new passphrase")
    after = json.loads(layout.keyslots.read_text())["slots"]
    sup = KeySlots.parse(layout.keyslots.read_bytes()).user_hash(SUPERVISOR)
    assert [s for s in before if s["meta"].get("user_hash") == sup] == [
        s for s in after if s["meta"].get("user_hash") == sup
    ]
    with pytest.raises(WrongPasswordError):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
    login(workstation, INSPECTOR, "a brand new passphrase").close()


def test_the_old_data_key_fails_after_rekey(workstation: Path) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        old_key = bytes(s.data_key)
        maintenance.rekey(s)
        assert bytes(s.data_key) != old_key
    with pytest.raises(DamagedStoreError):
        Database(connect(Layout(workstation).database, old_key))
    # every slot was re-sealed: both operators still log in with their passwords
    login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD).close()
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()


def test_an_interrupted_rekey_is_finished_at_login(workstation: Path) -> None:
    layout = Layout(workstation)
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        old_slots = layout.keyslots.read_bytes()
        maintenance.rekey(s)
    # simulate a crash after the database was re-encrypted, before the slots were promoted
    new_slots = layout.keyslots.read_bytes()
    layout.keyslots_rekey.write_bytes(new_slots)
    layout.keyslots.write_bytes(old_slots)
    layout.keyslots_backup.write_bytes(old_slots)
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
    assert not layout.keyslots_rekey.exists()
    login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD).close()


def _recovery_keys(tmp_path: Path) -> tuple[Path, Path]:
    private = X25519PrivateKey.generate()
    pub = tmp_path / "hq-recovery.pub.pem"
    priv = tmp_path / "hq-recovery.pem"
    pub.write_bytes(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    priv.write_bytes(private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return pub, priv


def test_the_recovery_key_recovers(home: Path, tmp_path: Path) -> None:
    pub, priv = _recovery_keys(tmp_path)
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD,
                                 workstation.load_public_key(pub.read_bytes()))
    name = maintenance.recover(home, workstation.load_private_key(priv.read_bytes()),
                               "recovered passphrase!")
    assert name == SUPERVISOR
    with pytest.raises(WrongPasswordError):
        login(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    with login(home, SUPERVISOR, "recovered passphrase!") as s:
        actions = [e.action for e in s.journal.entries()]
    assert "operator.recovered" in actions


def test_a_wrong_recovery_key_is_refused(home: Path, tmp_path: Path) -> None:
    pub, _ = _recovery_keys(tmp_path)
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD,
                                 workstation.load_public_key(pub.read_bytes()))
    with pytest.raises(KeyslotError, match="does not open"):
        maintenance.recover(home, X25519PrivateKey.generate(), "recovered passphrase!")


def test_the_recovery_key_survives_rekey(home: Path, tmp_path: Path) -> None:
    pub, priv = _recovery_keys(tmp_path)
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD,
                                 workstation.load_public_key(pub.read_bytes()))
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        maintenance.rekey(s)
    maintenance.recover(home, workstation.load_private_key(priv.read_bytes()),
                        "recovered passphrase!")
    login(home, SUPERVISOR, "recovered passphrase!").close()


@pytest.mark.parametrize("damage", ["garble", "truncate", "empty", "delete"])
def test_a_damaged_slot_file_falls_back_to_an_intact_backup(workstation: Path,
                                                            damage: str) -> None:
    layout = Layout(workstation)
    raw = layout.keyslots.read_bytes()
    if damage == "garble":
        layout.keyslots.write_bytes(raw[:100] + b"\x00\xff garbage \x00" + raw[120:])
    elif damage == "truncate":
        layout.keyslots.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        layout.keyslots.write_bytes(b"")
    else:
        layout.keyslots.unlink()
    login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD).close()
    # the main copy was rewritten from the backup
    assert layout.keyslots.read_bytes() == layout.keyslots_backup.read_bytes()


def test_both_slot_copies_damaged_gives_a_clear_error(workstation: Path) -> None:
    layout = Layout(workstation)
    layout.keyslots.write_bytes(b'{"format": "checkpoint-keyslots", "version": 1, "sl')
    layout.keyslots_backup.write_bytes(b"\x00" * 50)
    with pytest.raises(KeyslotError, match="both damaged"):
        login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)


def test_a_tampered_main_copy_with_an_intact_backup_is_repaired(workstation: Path) -> None:
    layout = Layout(workstation)
    doc = json.loads(layout.keyslots.read_text())
    doc["kdf_defaults"]["time_cost"] = 5  # tampering outside any slot: only the MAC sees it
    layout.keyslots.write_text(json.dumps(doc))
    login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD).close()
    assert json.loads(layout.keyslots.read_text())["kdf_defaults"]["time_cost"] != 5


def test_slot_file_tampering_without_an_intact_copy_is_refused(workstation: Path) -> None:
    layout = Layout(workstation)
    doc = json.loads(layout.keyslots.read_text())
    doc["kdf_defaults"]["time_cost"] = 5
    layout.keyslots.write_text(json.dumps(doc))
    layout.keyslots_backup.write_text(json.dumps(doc))
    with pytest.raises(KeyslotError, match="modified outside Checkpoint"):
        login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)


def test_unlock_reports_which_copy_was_used(workstation: Path) -> None:
    layout = Layout(workstation)
    unlocked = slotfile.unlock(layout, SUPERVISOR, SUPERVISOR_PASSWORD)
    assert not unlocked.repaired and unlocked.role == "supervisor"


def test_two_sessions_changing_slots_do_not_overwrite_each_other(workstation: Path) -> None:
    """The app and a sync (or the CLI) each hold a copy of the slot file: every change
    re-reads the file, so one program's new slot survives the other's change."""
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as a, \
            login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as b:
        accounts.add_operator(a, "olena", "inspector", "olena's passphrase")
        accounts.add_operator(b, "taras", "inspector", "taras's passphrase")
        assert b.slots.find("olena") is not None
    login(workstation, "olena", "olena's passphrase").close()
    login(workstation, "taras", "taras's passphrase").close()


def _edit_inspector_kdf(layout: Layout, change: dict[str, object]) -> None:
    doc = json.loads(layout.keyslots.read_text())
    target = KeySlots.parse(layout.keyslots.read_bytes()).user_hash(INSPECTOR)
    for slot in doc["slots"]:
        if slot["meta"].get("user_hash") == target:
            slot["meta"]["kdf"].update(change)
    layout.keyslots.write_text(json.dumps(doc))


@pytest.mark.parametrize("change", [{"time_cost": 2**31}, {"memory_kib": 8 * 1024 * 1024},
                                    {"memory_kib": 2**40}, {"time_cost": 64, "memory_kib":
                                                            512 * 1024},
                                    {"salt": 1.5}, {"salt": "AAAA"}, {"time_cost": 3.7},
                                    {"parallelism": True}])
def test_extreme_kdf_settings_in_the_main_copy_fall_back_to_the_intact_backup(
        workstation: Path, change: dict[str, object]) -> None:
    """Issue 9 item 9: bounded when read, so no hang and no "unexpected error"; the main
    copy is treated like any damaged one and rewritten from the backup."""
    layout = Layout(workstation)
    _edit_inspector_kdf(layout, change)
    login(workstation, INSPECTOR, INSPECTOR_PASSWORD).close()
    assert layout.keyslots.read_bytes() == layout.keyslots_backup.read_bytes()


def test_extreme_kdf_settings_in_both_copies_are_a_clear_error(workstation: Path) -> None:
    layout = Layout(workstation)
    _edit_inspector_kdf(layout, {"time_cost": 2**31})
    layout.keyslots_backup.write_bytes(layout.keyslots.read_bytes())
    with pytest.raises(KeyslotError, match="both damaged"):
        login(workstation, INSPECTOR, INSPECTOR_PASSWORD)
