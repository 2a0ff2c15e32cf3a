"""Argon2id key derivation for key slots, calibrated per workstation.

The floor is 64 MiB and three passes; ``calibrate`` raises the number of passes
until one derivation takes 0.5-1.5 s on this machine (aiming at 0.8 s). Setting
``CHECKPOINT_KDF_CALIBRATION=floor`` skips the measurement and uses the floor
itself, which the test suite does to keep thousands of unlocks fast; the floor is
never lowered.

Parameters read from a slot file are bounded from above as well as below (a slot
file is not trusted until a slot has unlocked): at most :data:`MAX_MEMORY_KIB` of
memory and no more work (memory × passes) than calibration can ever choose, so an
edited ``time_cost = 2**31`` or 2**40 KiB of memory is a damaged slot, not a login
that never returns.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from checkpoint.errors import KeyslotError

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
TARGET_SECONDS = 0.8
MAX_TIME_COST = 64
MAX_MEMORY_KIB = 1024 * 1024
#: The most Argon2 work (KiB × passes) a slot may ask for: what calibration can choose.
MAX_WORK = FLOOR_MEMORY_KIB * MAX_TIME_COST
MIN_SALT, MAX_SALT = 16, 64
CALIBRATION_ENV = "CHECKPOINT_KDF_CALIBRATION"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = FLOOR_MEMORY_KIB
    time_cost: int = FLOOR_TIME_COST
    parallelism: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"alg": "argon2id", **asdict(self)}

    @classmethod
    def from_dict(cls, d: Any) -> KdfParams:
        """Parameters read from a slot file. Raises KeyslotError when they are malformed,
        below the floor or above the bounds."""
        if not isinstance(d, dict) or d.get("alg") != "argon2id":
            raise KeyslotError("A key slot names an unknown key derivation.")
        values = [d.get(k) for k in ("memory_kib", "time_cost", "parallelism")]
        ints = [v for v in values if type(v) is int]  # not bool, float or text
        if len(ints) != len(values):
            raise KeyslotError("A key slot has malformed key derivation parameters.")
        params = cls(*ints)
        params.check_floor()
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        if (self.memory_kib > MAX_MEMORY_KIB or self.time_cost > MAX_TIME_COST
                or self.memory_kib * self.time_cost > MAX_WORK):
            raise KeyslotError("A key slot asks for more key derivation work than allowed "
                               "(the slot file was edited or damaged).")

    def check_floor(self) -> None:
        if (
            self.memory_kib < FLOOR_MEMORY_KIB
            or self.time_cost < FLOOR_TIME_COST
            or not 1 <= self.parallelism <= 16
        ):
            raise KeyslotError("A key slot's key derivation is weaker than the allowed floor.")


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key-encryption key from a password."""
    return hash_secret_raw(
        secret=password.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def measure(params: KdfParams) -> float:
    """Seconds one derivation takes here."""
    start = time.perf_counter()
    derive("calibration password", os.urandom(16), params)
    return time.perf_counter() - start


def calibrate() -> KdfParams:
    """Parameters whose unlock takes about 0.8 s on this machine (never below the floor)."""
    floor = KdfParams()
    if os.environ.get(CALIBRATION_ENV) == "floor":
        return floor
    spent = measure(floor)
    if spent >= TARGET_SECONDS:
        return floor
    scaled = round(FLOOR_TIME_COST * TARGET_SECONDS / spent)
    passes = min(MAX_TIME_COST, max(FLOOR_TIME_COST, scaled))
    return KdfParams(FLOOR_MEMORY_KIB, passes, 1)
