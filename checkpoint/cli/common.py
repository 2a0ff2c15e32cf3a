"""What every subcommand shares: the parser class, common options, the context."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from checkpoint.cli.prompts import Passwords
from checkpoint.errors import AuthError, Code
from checkpoint.services.session import Session, login


class OneLineParser(argparse.ArgumentParser):
    """Usage errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


def add_common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--home and --password-stdin, accepted before or after the subcommand."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--home", metavar="DIR", default=default,
                        help="the workstation folder (default: $CHECKPOINT_HOME or the "
                             "platform's user data folder)")
    parser.add_argument("--password-stdin", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help="read passwords from standard input, one per line, in the order "
                             "the subcommand's help states")


def subcommand(sub: argparse._SubParsersAction[OneLineParser], name: str, help_text: str,
               passwords: str | None = None) -> OneLineParser:
    """Add a subcommand whose help states the order of the passwords it reads."""
    description = help_text
    if passwords:
        description += f" Passwords, in order: {passwords}."
    parser: OneLineParser = sub.add_parser(name, help=help_text, description=description)
    add_common(parser)
    return parser


@dataclass
class Context:
    home: Path
    password_stdin: bool

    @property
    def passwords(self) -> Passwords:
        if not hasattr(self, "_passwords"):
            self._passwords = Passwords(self.password_stdin)
        return self._passwords

    def login(self, username: str) -> Session:
        """Log in; an operator whose password a supervisor set must choose their own
        first (``checkpoint user passwd``). Raises AuthError."""
        password = self.passwords.ask(f"Password for {username}")
        session = login(self.home, username, password)
        if session.operator.must_change_password:
            session.close()
            raise AuthError(f"{session.username} must choose their own password first.",
                            code=Code.MUST_CHANGE_PASSWORD,
                            params={"username": session.username})
        return session
