"""The refusal HQ answers with: an HTTP status, a machine code and a sentence."""

from __future__ import annotations

from typing import Any


class HqRefusal(Exception):  # noqa: N818 - a refusal is an answer, not an error of HQ
    """HQ refuses a request. ``alert`` = (device, kind, detail) to record after rollback."""

    def __init__(self, status: int, code: str, message: str,
                 alert: tuple[str, str, str] | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.alert = alert
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.extra}
