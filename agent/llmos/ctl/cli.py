"""llmosctl: control one llmos device, or every device of an inventory, from the fleet side.

Exit codes (scripts may rely on them; with several devices the first that applies wins):
  1  a device was unreachable or refused the call (certificate, role, unknown id)
  2  usage error: bad arguments, or a request the device judged invalid
  3  an action was denied by policy, rejected, or failed
  4  an action is pending an operator's confirmation
  0  everything succeeded
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, cast

import grpc
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from llmos.agent.catalog import load_catalog
from llmos.agent.validation import ValidationError, validate
from llmos.ctl import model, os_update, render
from llmos.ctl.client import Device, Exit, Result, action_request, failure, to_dict, worst
from llmos.ctl.inventory import InventoryError, Target, load_inventory
from llmos.v1 import commands_pb2, events_pb2

# The stubs type an enum's values as the enum; .items() gives plain ints.
_KINDS = {name.removeprefix("EVENT_KIND_").lower(): cast(events_pb2.EventKind, number)
          for name, number in events_pb2.EventKind.items() if number}
_PARALLEL = 32  # devices talked to at once


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="llmosctl", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_argument_group("devices (one of --inventory, --target, --unix)")
    where.add_argument("--inventory", "-i", type=Path, help="TOML inventory: every device in it")
    where.add_argument("--target", "-t", help="one device's host:port")
    where.add_argument("--unix", type=Path, help="the local socket, e.g. /run/llmos/agent.sock")
    where.add_argument("--ca", type=Path, help="CA certificate of the devices (mTLS)")
    where.add_argument("--cert", type=Path, help="your client certificate (mTLS)")
    where.add_argument("--key", type=Path, help="your client key (mTLS)")
    where.add_argument("--server-name", default="", help="name to expect in the device cert")
    where.add_argument("--insecure", action="store_true", help="plain text (loopback dev only)")
    parser.add_argument("--json", action="store_true", help="JSON on stdout, for scripts")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per call")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="device info and health")
    events = commands.add_parser("events", help="the event log")
    events.add_argument("--follow", "-f", action="store_true", help="keep streaming")
    events.add_argument("--kind", action="append", choices=sorted(_KINDS), default=[])
    events.add_argument("--subsystem", action="append", default=[])
    events.add_argument("--since", type=int, default=0, metavar="SEQ", help="after this seq")
    events.add_argument("--limit", type=int, default=50, help="entries without --follow")
    exec_ = commands.add_parser("exec", help="a command in natural language")
    exec_.add_argument("text")
    exec_.add_argument("--dry-run", action="store_true", help="decide and judge, do not act")
    exec_.add_argument("--reply", metavar="ID", default="",
                       help="answer command ID: a choice it asked for, or 'no, I meant ...'")
    act = commands.add_parser("act", help="a structured action: act TOOL key=value ...")
    _action_arguments(act)
    act.add_argument("--dry-run", action="store_true")
    correct = commands.add_parser(
        "correct", help="what command ID (in words) meant: correct ID TOOL key=value ...")
    correct.add_argument("id")
    _action_arguments(correct)
    corrections = commands.add_parser("corrections", help="operators' corrections")
    corrections.add_argument("corrections_command", choices=["list", "export"],
                             help="export: JSON lines of training examples (make model "
                                  "FEEDBACK=file)")
    confirm = commands.add_parser("confirm", help="run a pending action")
    confirm.add_argument("id")
    reject = commands.add_parser("reject", help="drop a pending action")
    reject.add_argument("id")
    reject.add_argument("--reason", default="")
    commands.add_parser("pending", help="actions waiting for confirmation")
    policy = commands.add_parser("policy", help="get or set the policy")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    policy_commands.add_parser("get")
    policy_set = policy_commands.add_parser("set")
    policy_set.add_argument("file", type=Path)
    model.add_parser(commands)
    os_update.add_parser(commands)
    return parser


def _action_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tool", choices=sorted(load_catalog().tools))
    parser.add_argument("args", nargs="*", metavar="key=value",
                        help="values are JSON if they parse")


def _checked_action(args: argparse.Namespace) -> dict[str, Any]:
    values = parse_assignments(args.args)
    try:
        validate(load_catalog(), args.tool, values)
    except ValidationError as error:
        raise UsageError(str(error)) from None
    return values


def _targets(args: argparse.Namespace) -> list[Target]:
    chosen = [bool(args.inventory), bool(args.target), bool(args.unix)]
    if sum(chosen) != 1:
        raise UsageError("give exactly one of --inventory, --target, --unix")
    if args.inventory:
        return load_inventory(args.inventory)
    if args.unix:
        return [Target("local", unix=args.unix).check()]
    return [Target(args.target, address=args.target, insecure=args.insecure, ca=args.ca,
                   cert=args.cert, key=args.key, server_name=args.server_name).check()]


def parse_assignments(pairs: Sequence[str]) -> dict[str, Any]:
    """key=value pairs; a value is JSON when it parses as JSON (5, true, "x"), a string if not."""
    args: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageError(f"{pair!r}: expected key=value")
        try:
            args[key] = json.loads(value)
        except json.JSONDecodeError:
            args[key] = value
    return args


def _call(args: argparse.Namespace) -> Callable[[Device], Awaitable[Result]]:
    """The call to make on each device, checked before any device is contacted."""
    command = args.command
    if command == "status":
        return lambda d: d.status()
    if command == "exec":
        request = commands_pb2.ExecuteRequest(text=args.text, dry_run=args.dry_run,
                                              reply_to=args.reply)
        return lambda d: d.execute(request)
    if command == "act":
        request = action_request(args.tool, _checked_action(args), args.dry_run)
        return lambda d: d.execute(request)
    if command == "correct":
        values = _checked_action(args)
        return lambda d: d.correct(args.id, args.tool, values)
    if command == "corrections":
        return lambda d: d.corrections()
    if command == "confirm":
        return lambda d: d.confirm(args.id)
    if command == "reject":
        return lambda d: d.reject(args.id, args.reason)
    if command == "pending":
        return lambda d: d.pending()
    if command == "events":
        kinds = [_KINDS[k] for k in args.kind]
        return lambda d: d.events(kinds, args.subsystem, args.since, args.limit)
    if command == "model":
        return model.call(args)
    if args.policy_command == "get":
        return lambda d: d.policy_get()
    try:
        text = args.file.read_text()
    except OSError as error:
        raise UsageError(f"{args.file}: {error.strerror}") from None
    return lambda d: d.policy_set(text)


async def _one(target: Target, call: Callable[[Device], Awaitable[Result]],
               timeout: float) -> Result:
    device = Device(target, timeout)
    try:
        return await call(device)
    except grpc.aio.AioRpcError as error:
        return failure(target, error)
    except OSError as error:  # certificate files unreadable
        return Result(target.name, Exit.FAILED, {}, str(error))
    finally:
        await device.close()


async def _run_all(targets: list[Target], call: Callable[[Device], Awaitable[Result]],
                   timeout: float, progress_console: Console) -> list[Result]:
    limit = asyncio.Semaphore(_PARALLEL)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=progress_console,
                  transient=True) as progress:
        task = progress.add_task(f"0/{len(targets)} devices", total=len(targets))
        done = 0

        async def bounded(target: Target) -> Result:
            nonlocal done
            async with limit:
                result = await _one(target, call, timeout)
            done += 1
            progress.update(task, advance=1, description=f"{done}/{len(targets)} devices")
            return result

        return list(await asyncio.gather(*(bounded(t) for t in targets)))


async def _follow(targets: list[Target], args: argparse.Namespace, console: Console) -> Exit:
    """Stream every device's events until interrupted; one line (or JSON line) per event."""
    kinds = [_KINDS[k] for k in args.kind]

    async def one(target: Target) -> Exit:
        device = Device(target, args.timeout)
        try:
            async for event in device.follow(kinds, args.subsystem, args.since):
                data = to_dict(event)
                if args.json:
                    print(json.dumps({"device": target.name, **data}), flush=True)
                else:
                    console.print(" ".join(render.event_row(target.name, data)), markup=False,
                                  highlight=False)
            return Exit.OK
        except grpc.aio.AioRpcError as error:
            console.print(f"{target.name}: {error.code().name}: {error.details()}", style="red",
                          markup=False)
            return failure(target, error).exit
        finally:
            await device.close()

    return worst(list(await asyncio.gather(*(one(t) for t in targets))))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(a == "--fleet" or a.startswith("--fleet=") for a in argv):
        from llmos.ctl import fleet  # the fleet manager's API instead of the devices'

        return fleet.main(argv)
    args = _parser().parse_args(argv)  # exits 2 on bad usage
    errors = Console(stderr=True)
    if model.is_local(args):  # the repository's side: no device
        return model.run_local(args, Console(), errors)
    try:
        targets = _targets(args)
        if args.command == "events" and args.follow:
            try:
                return asyncio.run(_follow(targets, args, Console()))
            except KeyboardInterrupt:
                return Exit.OK
        if args.command == "os":  # one device, streamed, with its own progress bar
            return os_update.run(args, targets, errors)
        call = _call(args)
    except (UsageError, InventoryError) as error:
        errors.print(f"llmosctl: {error}", style="red", markup=False)
        return Exit.USAGE
    results = asyncio.run(_run_all(targets, call, args.timeout, errors))
    try:
        _print(args, results)
    except BrokenPipeError:
        # Piped into head(1) and the like: end quietly, as other command-line tools do
        # (and keep Python from complaining again when it flushes stdout at exit).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return worst([r.exit for r in results])


def _print(args: argparse.Namespace, results: list[Result]) -> None:
    if args.json:
        render.print_json(results)
    elif args.command == "corrections" and args.corrections_command == "export":
        render.print_examples(results)
    elif args.command == "policy" and args.policy_command == "get" and len(results) == 1 \
            and not results[0].error:
        print(results[0].data["toml"], end="")
    else:
        kind = {"exec": "outcome", "act": "outcome", "confirm": "outcome", "reject": "outcome",
                "policy": "policy"}.get(args.command, args.command)
        if args.command == "model":
            kind = "model-status" if args.model_command == "status" else "model-update"
        render.print_table(kind, results, Console())


if __name__ == "__main__":
    sys.exit(main())
