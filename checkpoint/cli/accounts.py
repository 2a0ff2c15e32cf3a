"""Subcommands: init, user add/passwd/reset/unblock/remove/list, recover."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkpoint.cli.common import Context, OneLineParser, subcommand
from checkpoint.errors import NotFoundError
from checkpoint.services import accounts, maintenance, workstation


def _read(path: str) -> bytes:
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as e:
        raise NotFoundError(f"Cannot read {path}: {e.strerror}.") from e


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    recovery = None
    if args.recovery_key:
        recovery = workstation.load_public_key(_read(args.recovery_key))
    password = ctx.passwords.ask(f"New password for {args.supervisor}", confirm=True)
    device = workstation.init_workstation(ctx.home, args.supervisor, password, recovery)
    print(f"workstation {device} created in {ctx.home}; supervisor {args.supervisor}")
    return 0


def cmd_user_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        password = ctx.passwords.ask(f"New password for {args.name}", confirm=True)
        op = accounts.add_operator(session, args.name, args.role, password,
                                   must_change_password=True)
    print(f"operator {op.username} added ({op.role}); they choose their own password at "
          "their first login")
    return 0


def cmd_user_reset(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        password = ctx.passwords.ask(f"Temporary password for {args.name}", confirm=True)
        accounts.reset_password(session, args.name, password, args.role)
    print(f"temporary password set for {args.name}; they choose their own at their next login")
    return 0


def cmd_user_unblock(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        waited = accounts.login_delay(session, args.name)
        accounts.clear_login_delay(session, args.name)
    print(f"login delay of {args.name} cleared ({waited:.0f} s were left)")
    return 0


def cmd_user_passwd(ctx: Context, args: argparse.Namespace) -> int:
    old = ctx.passwords.ask(f"Current password for {args.name}")
    new = ctx.passwords.ask(f"New password for {args.name}", confirm=True)
    accounts.change_password(ctx.home, args.name, old, new)
    print(f"password of {args.name} changed")
    return 0


def cmd_user_remove(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        accounts.remove_operator(session, args.name)
    print(f"operator {args.name} removed; consider `checkpoint rekey` so an old copy of their "
          "key slot opens nothing")
    return 0


def cmd_user_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        for op in accounts.list_operators(session):
            flag = "  (must change password)" if op.must_change_password else ""
            print(f"{op.username}\t{op.role}\tsince {op.created_at[:10]}{flag}")
    return 0


def cmd_recover(ctx: Context, args: argparse.Namespace) -> int:
    private = workstation.load_private_key(_read(args.recovery_key))
    who = args.supervisor or "the supervisor"
    password = ctx.passwords.ask(f"New password for {who}", confirm=True)
    name = maintenance.recover(ctx.home, private, password, args.supervisor)
    print(f"new password set for supervisor {name}")
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = subcommand(sub, "init", "Create the workstation and its first supervisor.",
                   "the supervisor's new password")
    p.add_argument("--supervisor", required=True, metavar="NAME")
    p.add_argument("--recovery-key", metavar="PUBFILE",
                   help="HQ's X25519 recovery public key (PEM)")
    p.set_defaults(func=cmd_init)

    user = sub.add_parser("user", help="Manage operator accounts.",
                          description="Manage operator accounts.")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True,
                               parser_class=OneLineParser)
    p = subcommand(usub, "add", "Add an operator (supervisors only).",
                   "the supervisor's password, then the new operator's password")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=["inspector", "supervisor"])
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.set_defaults(func=cmd_user_add)
    p = subcommand(usub, "passwd", "Change an operator's password.",
                   "the current password, then the new password")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_user_passwd)
    p = subcommand(usub, "remove", "Remove an operator (supervisors only).",
                   "the supervisor's password")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.set_defaults(func=cmd_user_remove)
    p = subcommand(usub, "reset", "Give an operator a temporary password, optionally a new "
                   "role (supervisors only).",
                   "the supervisor's password, then the temporary password")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", choices=["inspector", "supervisor"])
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.set_defaults(func=cmd_user_reset)
    p = subcommand(usub, "unblock", "End an operator's failed-login delay (supervisors only).",
                   "the supervisor's password")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--as", dest="as_", required=True, metavar="SUPERVISOR")
    p.set_defaults(func=cmd_user_unblock)
    p = subcommand(usub, "list", "List the operators.", "your password")
    p.add_argument("--as", dest="as_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_user_list)

    p = subcommand(sub, "recover", "Set a new supervisor password with HQ's recovery key.",
                   "the supervisor's new password")
    p.add_argument("--recovery-key", required=True, metavar="PRIVFILE",
                   help="HQ's X25519 recovery private key (PEM)")
    p.add_argument("--supervisor", metavar="NAME",
                   help="which supervisor (needed when there are several)")
    p.set_defaults(func=cmd_recover)
