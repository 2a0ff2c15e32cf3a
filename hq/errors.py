"""The refusal HQ answers with: an HTTP status, a machine code and a sentence."""

from __future__ import annotations

from typing import Any


class HqRefusal(Exception):  # noqa: N818 - a refusal is an answer, not an error of HQ
    """HQ refuses a request. After the refused transaction is rolled back, HQ records in
    another: ``alert`` = (device, kind, detail), and ``seen`` = (device, nonce) of an
    authenticated request, so that replaying it is refused as a replay."""

    def __init__(self, status: int, code: str, message: str,
                 alert: tuple[str, str, str] | None = None,
                 seen: tuple[str, str] | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.alert, self.seen = alert, seen
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.extra}
