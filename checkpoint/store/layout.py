"""Where a workstation keeps its files.

A workstation folder (``--home``, ``CHECKPOINT_HOME`` or the platform's user data
folder) holds the encrypted database, the key slot file and its backup copy, the
login throttle state and the logs. Nothing in it is plaintext personal data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "checkpoint"
HOME_ENV = "CHECKPOINT_HOME"


def default_home() -> Path:
    """The workstation folder when none is given: ``$CHECKPOINT_HOME`` or the user data dir."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Layout:
    """The files of one workstation folder."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "checkpoint.db"

    @property
    def keyslots(self) -> Path:
        return self.home / "keyslots.json"

    @property
    def keyslots_backup(self) -> Path:
        return self.home / "keyslots.json.bak"

    @property
    def keyslots_rekey(self) -> Path:
        """The re-sealed slot file written before a rekey and promoted after it."""
        return self.home / "keyslots.json.rekey"

    @property
    def auth_state(self) -> Path:
        return self.home / "auth-state.json"

    @property
    def login_hint(self) -> Path:
        """The last operator's name, encrypted (:mod:`checkpoint.store.login_hint`)."""
        return self.home / "login-hint.json"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    def is_initialized(self) -> bool:
        return self.database.exists() and (
            self.keyslots.exists() or self.keyslots_backup.exists()
        )

    def ensure(self) -> None:
        """Create the folder with owner-only permissions."""
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.logs.mkdir(exist_ok=True, mode=0o700)
