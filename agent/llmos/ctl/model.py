"""`llmosctl model ...`: model updates on devices (status, update, rollback) and the fleet's
side of them, which needs no device (publish, golden, repo init/refresh/rotate).

The device commands go through UpdateService (client.py); the repository commands sign with
the keys in --keys (scripts/make-dev-update-keys), see repository.py.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from pathlib import Path

from rich.console import Console

from llmos.ctl.client import Device, Exit, Result
from llmos.ctl.repository import ROLES, Repository, RepositoryError, add_golden

LOCAL = ("publish", "golden", "repo")
UPDATE_TIMEOUT_S = 600.0  # fetch, check on the device, gate: far longer than a plain call


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    model = commands.add_parser("model", help="model updates: status, update, rollback, publish")
    sub = model.add_subparsers(dest="model_command", required=True)
    sub.add_parser("status", help="model slots, versions, the last update's result and error")
    update = sub.add_parser("update", help="check the repository now and install what it offers")
    update.add_argument("--version", default="", help="this version rather than the newest")
    sub.add_parser("rollback", help="switch back to the other model slot")
    publish = sub.add_parser("publish", help="sign a bundle directory and add it to a repository")
    publish.add_argument("dir", type=Path)
    _repo_args(publish)
    golden = sub.add_parser("golden", help="put golden cases into a bundle, with the accuracy "
                            "it claims on them (devices check the claim)")
    golden.add_argument("dir", type=Path)
    golden.add_argument("cases", type=Path, help="JSON lines: command, state, expect")
    golden.add_argument("--exact-match", type=float, required=True)
    golden.add_argument("--version", default=None, help="set the bundle's version too")
    repo = sub.add_parser("repo", help="create a repository, re-sign it, rotate a key")
    repo_sub = repo.add_subparsers(dest="repo_command", required=True)
    _repo_args(repo_sub.add_parser("init", help="a new repository (root version 1)"))
    _repo_args(repo_sub.add_parser("refresh", help="re-sign snapshot and timestamp (daily)"))
    rotate = repo_sub.add_parser("rotate", help="replace a role's key")
    rotate.add_argument("role", choices=ROLES)
    _repo_args(rotate)


def _repo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repo", type=Path, required=True, help="the repository directory")
    parser.add_argument("--keys", type=Path, required=True, help="the signing keys' directory")


def is_local(args: argparse.Namespace) -> bool:
    return args.command == "model" and args.model_command in LOCAL


def run_local(args: argparse.Namespace, console: Console, errors: Console) -> int:
    """The commands on the repository or a bundle directory: no device involved."""
    try:
        if args.model_command == "golden":
            add_golden(args.dir, args.cases, args.exact_match, args.version)
            console.print(f"{args.dir}: golden cases added", markup=False)
            return Exit.OK
        repository = Repository(args.repo, args.keys)
        if args.model_command == "publish":
            if not repository.exists:
                repository.init()
            name = repository.publish(args.dir)
            console.print(f"published {name} to {args.repo}", markup=False)
        elif args.repo_command == "init":
            repository.init()
            console.print(f"{args.repo}: new repository; give devices "
                          f"{args.repo / 'metadata' / '1.root.json'} as updates.trusted_root",
                          markup=False)
        elif args.repo_command == "refresh":
            repository.refresh()
            console.print(f"{args.repo}: snapshot and timestamp re-signed", markup=False)
        else:
            keyid = repository.rotate(args.role)
            console.print(f"{args.repo}: {args.role} key rotated to {keyid[:16]}…", markup=False)
    except (RepositoryError, OSError) as error:
        errors.print(f"llmosctl: {error}", style="red", markup=False)
        return Exit.USAGE
    return Exit.OK


def call(args: argparse.Namespace) -> Callable[[Device], Awaitable[Result]]:
    if args.model_command == "status":
        return lambda d: d.update_status()
    if args.model_command == "update":
        return lambda d: d.update_model(args.version, max(args.timeout, UPDATE_TIMEOUT_S))
    return lambda d: d.rollback_model(max(args.timeout, UPDATE_TIMEOUT_S))
