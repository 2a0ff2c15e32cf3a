"""Workstation settings, declared once with type and default.

Stored as ``<home>/settings.json`` (no personal data, readable before login so the
app knows e.g. its idle-lock time). Unknown keys are ignored and bad values fall
back to the default with a logged warning, so a hand-edited file never stops the
program. ``QSettings`` is used only for window geometry.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from checkpoint.errors import Code, UsageError
from checkpoint.store.files import atomic_write

log = logging.getLogger(__name__)
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    #: the checkpoint (post) code written into every new inspection
    checkpoint_code: str = ""
    #: the lane a new inspection starts with
    default_lane: str = "1"
    #: minutes without input before the app locks itself (1-240)
    idle_lock_minutes: int = 10
    #: delay between the last change and the autosave of a draft, in milliseconds (50-900)
    autosave_delay_ms: int = 300
    #: user interface language: "en" or "uk"
    language: str = "en"
    #: offer the last operator's name at the next start (kept encrypted, see
    #: docs/security.md); off: no name is kept on disk at all
    remember_last_operator: bool = True

    def validate(self) -> Settings:
        """Return self, or raise UsageError naming the first bad value."""
        if not 1 <= self.idle_lock_minutes <= 240:
            raise UsageError("The idle lock time must be between 1 and 240 minutes.",
                             code=Code.SETTING_RANGE,
                             params={"setting": "idle_lock_minutes", "minimum": 1,
                                     "maximum": 240})
        if not 50 <= self.autosave_delay_ms <= 900:
            raise UsageError("The autosave delay must be between 50 and 900 ms.",
                             code=Code.SETTING_RANGE,
                             params={"setting": "autosave_delay_ms", "minimum": 50,
                                     "maximum": 900})
        if self.language not in ("en", "uk"):
            raise UsageError("The language must be en or uk.", code=Code.SETTING_CHOICE,
                             params={"setting": "language", "choices": "en, uk"})
        if len(self.checkpoint_code) > 32 or len(self.default_lane) > 8:
            raise UsageError("The checkpoint code or lane is too long.",
                             code=Code.SETTING_LENGTH,
                             params={"setting": "checkpoint_code", "checkpoint": 32,
                                     "lane": 8})
        return self


DEFAULTS = Settings()


def load(home: Path) -> Settings:
    path = home / FILE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DEFAULTS
    except (OSError, ValueError):
        log.warning("settings file unreadable; using defaults")
        return DEFAULTS
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if isinstance(raw, dict) and f.name in raw:
            value = raw[f.name]
            default = getattr(DEFAULTS, f.name)
            if type(value) is type(default):
                values[f.name] = value
            else:
                log.warning("setting %s has the wrong type; using the default", f.name)
    try:
        return Settings(**values).validate()
    except UsageError:
        log.warning("a setting is out of range; using defaults")
        return DEFAULTS


def save(home: Path, settings: Settings) -> None:
    settings.validate()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(home / FILE_NAME, json.dumps(asdict(settings), indent=1).encode("utf-8"))
