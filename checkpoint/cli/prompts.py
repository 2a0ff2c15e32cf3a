"""Where passwords come from: a terminal prompt, or standard input one per line."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from checkpoint.errors import UsageError


class Passwords:
    """Hands out passwords in the order a subcommand asks for them."""

    def __init__(self, from_stdin: bool, stream: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stream = stream or sys.stdin

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self.stream.readline()
            if not line:
                raise UsageError(f"Standard input ended before the password for: {prompt}")
            return line.rstrip("\r\n")
        try:
            value = getpass.getpass(f"{prompt}: ")
            if confirm and getpass.getpass(f"{prompt} (again): ") != value:
                raise UsageError("The two passwords differ.")
        except EOFError as e:
            raise UsageError("No password given (use --password-stdin to pipe one).") from e
        return value
