"""Logging set-up for the entry points (the CLI and the app).

Log lines go to ``<home>/logs/checkpoint.log`` (rotated). They never contain keys,
passwords or personal data: code logs roles, counts, ids and error classes only.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(log_dir: Path | None, level: int = logging.INFO) -> Path | None:
    """Send log records to a rotating file in ``log_dir`` (or nowhere when None)."""
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_checkpoint", False):
            root.removeHandler(h)
            h.close()
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = log_dir / "checkpoint.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._checkpoint = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
