"""The ``checkpoint`` command: no argument launches the app; subcommands administer.

Launching the app imports no subcommand (they import most of the program): the
login window comes first, the rest is loaded when needed (``tests/unit/cli/
test_app_start.py``).

Exit codes: 0 done, 1 refused (wrong password, failed verification, damaged store),
2 usage. An error is one readable line on stderr, never a traceback; the details
go to the log in the workstation folder.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from checkpoint.cli.wording import error_lines
from checkpoint.errors import CheckpointError
from checkpoint.services import folders, logs

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    from checkpoint.cli import (
        accounts,
        cases,
        exchange_commands,
        operations,
        reports,
        screening,
        shifts,
        store,
        sync_commands,
    )
    from checkpoint.cli.common import OneLineParser, add_common
    from checkpoint.cli.version import VersionAction

    parser = OneLineParser(
        prog="checkpoint",
        description="Checkpoint workstation. Without a subcommand, starts the app.",
    )
    add_common(parser, top=True)
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for module in (accounts, store, exchange_commands, sync_commands, cases, shifts, reports,
                   operations, screening):
        module.register(sub)
    return parser


def _app_home(argv: Sequence[str]) -> Path | None:
    """The workstation folder when ``argv`` only launches the app (no subcommand, no
    --help or --version), else None; without building the whole parser."""
    launch = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    launch.add_argument("--home")
    launch.add_argument("--password-stdin", action="store_true")
    try:
        known, rest = launch.parse_known_args(argv)
    except SystemExit:  # e.g. --home without its folder: the whole parser says so
        return None
    if rest:
        return None
    return Path(known.home).expanduser() if known.home else folders.default_home()


def _launch_app(home: Path) -> int:
    from checkpoint.gui.app import run  # imported only here: the CLI works without a display

    return run(home)


def main(argv: Sequence[str] | None = None) -> int:
    app_home = _app_home(sys.argv[1:] if argv is None else argv)
    if app_home is not None:
        logs.configure(folders.logs_folder(app_home) if app_home.exists() else None)
        return _guarded(app_home, lambda: _launch_app(app_home))
    from checkpoint.cli.common import Context

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    home = Path(args.home).expanduser() if args.home else folders.default_home()
    logs.configure(folders.logs_folder(home) if home.exists() else None)
    ctx = Context(home=home, password_stdin=args.password_stdin)

    def command() -> int:
        if getattr(args, "func", None) is None:
            if args.command is not None:
                parser.parse_args([args.command, "--help"])
            return _launch_app(home)
        code: int = args.func(ctx, args)
        return code

    return _guarded(home, command)


def _guarded(home: Path, command: Callable[[], int]) -> int:
    """Run ``command``; an error becomes one line on stderr and an exit code."""
    try:
        return command()
    except CheckpointError as e:
        log.info("refused: %s", type(e).__name__)
        for line in error_lines(e):
            print(f"checkpoint: {line}" if not line.startswith(" ") else line, file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("checkpoint: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        log.exception("unexpected error")
        print(f"checkpoint: unexpected error ({type(e).__name__}); details are in the log "
              f"in {folders.logs_folder(home)}.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
