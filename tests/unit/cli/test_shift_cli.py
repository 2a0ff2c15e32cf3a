"""`checkpoint shift …` and `checkpoint report verify` from the command line."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.helpers import run_cli

SUP = SUPERVISOR_PASSWORD + "\n"


def shift(home: Path, *args: str, password: str = SUP) -> tuple[int, str, str]:
    return run_cli(["shift", *args, "--password-stdin"], password, home)


def test_open_status_close_list_and_refusals(workstation: Path) -> None:
    code, _, err = shift(workstation, "open", "--officers", INSPECTOR, "--as", INSPECTOR,
                         password=INSPECTOR_PASSWORD + "\n")
    assert code == 1 and "Only a supervisor" in err
    code, out, err = shift(workstation, "open", "--officers", f"{INSPECTOR},nobody",
                           "--checkpoint", "UA-PL-01", "--as", SUPERVISOR)
    assert code == 2 and "nobody" in err
    code, out, err = shift(workstation, "open", "--officers", INSPECTOR, "--lanes", "1,2",
                           "--checkpoint", "UA-PL-01", "--as", SUPERVISOR)
    assert code == 0, err
    shift_id = out.split()[2]
    code, out, _ = shift(workstation, "status", "--as", INSPECTOR,
                         password=INSPECTOR_PASSWORD + "\n")
    assert code == 0 and f"shift {shift_id} (open)" in out and "lanes: 1, 2" in out
    code, _, err = shift(workstation, "close", "--note", "  ", "--as", SUPERVISOR)
    assert code == 1 and "handover.note: is missing." in err
    code, out, err = shift(workstation, "close", "--note", "Quiet night.", "--open-item",
                           "X-ray due", "--as", SUPERVISOR)
    assert code == 0, err
    code, _, err = shift(workstation, "acknowledge", "--as", SUPERVISOR)
    assert code == 1 and "relieving supervisor" in err
    code, out, _ = shift(workstation, "list", "--as", SUPERVISOR)
    assert code == 0 and shift_id in out and "closed" in out
    code, out, err = shift(workstation, "review", "--remarks", "fine", "--as", SUPERVISOR)
    assert code == 0 and "marked reviewed" in out and "journal intact" in out, err


def test_report_verify_names_what_is_wrong(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, out, _ = run_cli(["report", "verify", str(plain)])
    assert code == 1 and "carries no Checkpoint seal" in out
    code, _, err = run_cli(["report", "verify", str(tmp_path / "missing.pdf")])
    assert code == 2 and "Cannot read" in err
