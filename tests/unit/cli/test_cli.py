"""The command line: exit codes, one-line errors, every subcommand documented."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from checkpoint.cli import build_parser
from checkpoint.store.layout import Layout
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.helpers import run_cli, run_cli_process

ROOT = Path(__file__).resolve().parents[3]
SUP = SUPERVISOR_PASSWORD + "\n"


def _subcommands(parser: argparse.ArgumentParser, prefix: str = "checkpoint") -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                path = f"{prefix} {name}"
                nested = _subcommands(sub, path)
                out.extend(nested or [path])
    return out


def test_every_subcommand_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _subcommands(build_parser())
    missing = [c for c in commands if not re.search(re.escape(c) + r"\b", readme)]
    assert missing == []


def test_init_then_user_management(home: Path) -> None:
    code, out, _ = run_cli(["init", "--supervisor", SUPERVISOR, "--password-stdin"], SUP, home)
    assert code == 0 and "created" in out
    code, out, err = run_cli(["user", "add", INSPECTOR, "--role", "inspector", "--as", SUPERVISOR,
                              "--password-stdin"], SUP + INSPECTOR_PASSWORD + "\n", home)
    assert code == 0, err
    code, out, _ = run_cli(["user", "list", "--as", SUPERVISOR, "--password-stdin"], SUP, home)
    assert code == 0 and f"{INSPECTOR}\tinspector" in out and "must change password" in out
    code, _, _ = run_cli(["user", "passwd", INSPECTOR, "--password-stdin"],
                         INSPECTOR_PASSWORD + "\nan even better password\n", home)
    assert code == 0
    code, out, _ = run_cli(["user", "list", "--as", INSPECTOR, "--password-stdin"],
                           "an even better password\n", home)
    assert code == 0 and f"{INSPECTOR}\tinspector" in out and f"{SUPERVISOR}\tsupervisor" in out
    code, _, err = run_cli(["user", "remove", INSPECTOR, "--as", SUPERVISOR, "--password-stdin"],
                           SUP, home)
    assert code == 0, err
    code, _, err = run_cli(["user", "list", "--as", INSPECTOR, "--password-stdin"],
                           "an even better password\n", home)
    assert code == 1 and "Wrong user name or password" in err


def test_home_may_come_after_the_subcommand(workstation: Path) -> None:
    code, out, _ = run_cli(["audit", "verify", "--as", SUPERVISOR, "--password-stdin",
                            "--home", str(workstation)], SUP)
    assert code == 0 and out.startswith("journal intact: ")


def test_audit_verify_names_the_first_bad_entry(workstation: Path) -> None:
    from checkpoint.services.session import login

    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s, s.write() as conn:
        conn.execute("UPDATE journal SET action = 'forged' WHERE seq = 3")
    code, _, err = run_cli(["audit", "verify", "--as", SUPERVISOR, "--password-stdin"], SUP,
                           workstation)
    assert code == 1 and "entry 3" in err


@pytest.mark.parametrize("args", [["bogus"], ["user"], ["user", "add"], ["init"]])
def test_usage_errors_exit_2_with_one_line(home: Path, args: list[str]) -> None:
    code, _out, err = run_cli(args, "", home)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_wrong_password_exits_1(workstation: Path) -> None:
    code, _, err = run_cli(["user", "list", "--as", SUPERVISOR, "--password-stdin"],
                           "wrong wrong wrong\n", workstation)
    assert code == 1 and err.strip() == "checkpoint: Wrong user name or password."


def test_no_workstation_says_what_to_do(home: Path) -> None:
    code, _, err = run_cli(["user", "list", "--as", SUPERVISOR, "--password-stdin"], SUP, home)
    assert code == 1 and "checkpoint init" in err


def test_backup_and_restore_round_trip(workstation: Path, tmp_path: Path) -> None:
    dest = tmp_path / "ws.backup"
    code, _, err = run_cli(["backup", str(dest), "--as", INSPECTOR, "--password-stdin"],
                           INSPECTOR_PASSWORD + "\n", workstation)
    assert code == 0, err
    other = tmp_path / "restored"
    code, _, err = run_cli(["restore", str(dest)], "", other)
    assert code == 0, err
    code, out, _ = run_cli(["audit", "verify", "--as", INSPECTOR, "--password-stdin"],
                           INSPECTOR_PASSWORD + "\n", other)
    assert code == 0 and "journal intact" in out


def test_restore_refuses_a_damaged_backup(workstation: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.backup"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run_cli(["restore", str(bad)], "", tmp_path / "x")
    assert code == 1 and "not a readable Checkpoint backup" in err


@pytest.mark.slow
def test_a_flipped_byte_inside_a_page_is_refused_without_a_traceback(workstation: Path) -> None:
    db = Layout(workstation).database
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 1000] ^= 0x55
    db.write_bytes(bytes(data))
    proc = run_cli_process(["audit", "verify", "--as", SUPERVISOR, "--password-stdin"], SUP,
                           workstation)
    assert proc.returncode == 1
    assert "damaged or has been tampered with" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_garbled_slot_file_with_a_garbled_backup_is_one_clear_line(workstation: Path) -> None:
    layout = Layout(workstation)
    layout.keyslots.write_bytes(b"\x00garbage")
    layout.keyslots_backup.write_bytes(b"")
    proc = run_cli_process(["user", "list", "--as", SUPERVISOR, "--password-stdin"], SUP,
                           workstation)
    assert proc.returncode == 1
    assert "key slot file and its backup copy are both damaged" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_the_login_delay_survives_a_restart_of_the_program(workstation: Path) -> None:
    """Each failed attempt is a separate process; they are all counted, and a later
    process is told to wait. (The first wait, 2 s, is shorter than starting a process
    here, so the counter is moved on to a 16 s wait in the file the processes share.)"""
    import time

    from checkpoint.store import slotfile, throttle
    from checkpoint.store.layout import Layout

    args = ["user", "list", "--as", INSPECTOR, "--password-stdin"]
    for _ in range(3):
        proc = run_cli_process(args, "wrong password!!\n", workstation)
        assert proc.returncode == 1 and "Wrong user name or password" in proc.stderr
    layout = Layout(workstation)
    key = slotfile.candidates(layout)[0].user_hash(INSPECTOR)
    state = throttle.load(layout)
    assert state.failure_count(key) == 3
    state.failures[key].update(count=6, last=time.time())
    throttle.save(layout, state)
    proc = run_cli_process(args, INSPECTOR_PASSWORD + "\n", workstation)
    assert proc.returncode == 1 and "Too many failed attempts on this name: wait" in proc.stderr
    assert "checkpoint user unblock" in proc.stderr  # what a supervisor can do about it
