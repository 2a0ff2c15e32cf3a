"""Logging set-up for the entry points (the CLI and the app).

Log lines go to ``<home>/logs/checkpoint.log`` (rotated). They never contain keys,
passwords or personal data: code logs roles, counts, ids and error classes only.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Formatter(logging.Formatter):
    """Tracebacks keep their frames but not the exception's message, which may quote
    what an officer typed (a name, a document number)."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text  # another handler may have cached the full text already
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved

    def formatException(  # noqa: N802 - the logging API's name
            self, ei: tuple[type[BaseException], BaseException, TracebackType | None]
            | tuple[None, None, None]) -> str:
        kind, _, tb = ei
        frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
        name = kind.__name__ if kind is not None else "exception"
        return f"Traceback (most recent call last):\n{frames}{name} (message not logged)"


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
    handler.setFormatter(_Formatter(FORMAT))
    handler._checkpoint = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
