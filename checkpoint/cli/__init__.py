"""The ``checkpoint`` command: no argument launches the app; subcommands administer.

Exit codes: 0 done, 1 refused (wrong password, failed verification, damaged store),
2 usage. An error is one readable line on stderr, never a traceback; the details
go to the log in the workstation folder.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from checkpoint.cli import accounts, records, screening, store, sync
from checkpoint.cli.common import Context, OneLineParser, add_common
from checkpoint.errors import CheckpointError
from checkpoint.services import logs
from checkpoint.store.layout import Layout, default_home

log = logging.getLogger(__name__)

MODULES = (accounts, store, records, sync, screening)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="checkpoint",
        description="Checkpoint workstation. Without a subcommand, starts the app.",
    )
    add_common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for module in MODULES:
        module.register(sub)
    return parser


def _launch_app(home: Path) -> int:
    from checkpoint.gui.app import run  # imported only here: the CLI works without a display

    return run(home)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    home = Path(args.home).expanduser() if args.home else default_home()
    logs.configure(Layout(home).logs if home.exists() else None)
    ctx = Context(home=home, password_stdin=args.password_stdin)
    try:
        if getattr(args, "func", None) is None:
            if args.command is not None:
                parser.parse_args([args.command, "--help"])
            return _launch_app(home)
        code: int = args.func(ctx, args)
        return code
    except CheckpointError as e:
        log.info("refused: %s", type(e).__name__)
        print(f"checkpoint: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("checkpoint: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        log.exception("unexpected error")
        print(f"checkpoint: unexpected error ({type(e).__name__}); details are in the log "
              f"in {Layout(home).logs}.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
