"""llmos-agent: run the daemon, decide from JSON lines, record udev events, check a config."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from llmos import __version__
from llmos.agent.config import DEFAULT_PATH, AgentConfig, ConfigError, load_config

# What the sample gateway (samples/dev-state.json) exposes: its applications, links, LEDs and
# removable disks; journald, D-Bus and getty are there too, and refused by the floor anyway.
DEV_EXPOSURE = {"units": ["*.service"], "interfaces": ["eth*", "wlan*"], "leds": ["*"],
                "storage": ["/dev/sd*"]}


def _dev_overrides(state_dir: Path) -> dict[str, Any]:
    """A laptop: no udev, no systemd, nothing executed, plain-text gRPC on loopback only."""
    sample = resources.files("llmos.agent").joinpath("samples/dev-events.jsonl")
    device = resources.files("llmos.agent").joinpath("samples/dev-state.json")
    return {
        "state_dir": str(state_dir),
        "udev": {"enabled": False},
        "executor": {"kind": "record"},
        "replay": {"path": str(sample), "interval_s": 2.0, "state": str(device)},
        "grpc": {"listen": "", "insecure_listen": "127.0.0.1:7000", "insecure_role": "admin",
                 "unix_socket": str(state_dir / "agent.sock")},
        "policy": {"expose": DEV_EXPOSURE},
    }


def _config(args: argparse.Namespace) -> AgentConfig:
    path = args.config
    if path is None and not getattr(args, "dev", False) and DEFAULT_PATH.exists():
        path = DEFAULT_PATH
    overrides = None
    if getattr(args, "dev", False):
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local/state"))
        overrides = _dev_overrides(base / "llmos-dev")
    return load_config(path, overrides)


def cmd_run(args: argparse.Namespace) -> int:
    from llmos.agent.daemon import run
    from llmos.agent.systemd import setup_logging

    config = _config(args)
    setup_logging(config.log_level)
    if args.dev:
        print("llmos-agent (dev): gRPC on 127.0.0.1:7000 (plain text), replaying sample events;"
              " try: llmosctl --insecure --target 127.0.0.1:7000 status", file=sys.stderr)
    return asyncio.run(run(config))


def cmd_decide(args: argparse.Namespace) -> int:
    from llmos.agent.cli.decide import decide_lines

    config = _config(args)
    return decide_lines(config, sys.stdin, sys.stdout)


def cmd_record(args: argparse.Namespace) -> int:
    from llmos.agent.config import ALL_SUBSYSTEMS
    from llmos.agent.udev import open_monitor

    subsystems = args.subsystem or ALL_SUBSYSTEMS
    monitor = open_monitor(subsystems)
    print(f"recording udev events ({', '.join(subsystems)}); Ctrl-C stops", file=sys.stderr,
          flush=True)
    with contextlib.ExitStack() as files:
        out: TextIO = files.enter_context(open(args.output, "a")) if args.output else sys.stdout
        try:
            _record(monitor, out, args.count)
        except KeyboardInterrupt:
            pass
    return 0


def _record(monitor: Any, out: TextIO, count: int) -> None:
    from llmos.agent.normalize import EventError, to_json_line
    from llmos.agent.udev import from_device

    seen = 0
    for device in iter(monitor.poll, None):
        try:
            out.write(to_json_line(from_device(device)) + "\n")
        except EventError as error:
            print(f"skipped: {error}", file=sys.stderr)
            continue
        out.flush()
        seen += 1
        if count and seen >= count:
            return


def cmd_hear(args: argparse.Namespace) -> int:
    from llmos.agent.cli.hear import hear_file
    from llmos.agent.device_state import state_source
    from llmos.agent.domain import DeviceState
    from llmos.agent.voice.audio import AudioError

    config = _config(args)
    if args.state is not None:
        try:
            state = DeviceState.from_dict(json.loads(args.state.read_text()))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            print(f"llmos-agent hear: --state: {error}", file=sys.stderr)
            return 2
    else:
        state = asyncio.run(state_source(config.replay.state, config.executor.sysfs_root).read())
    try:
        answer = hear_file(config, args.wav, state)
    except (OSError, AudioError) as error:
        print(f"llmos-agent hear: {error}", file=sys.stderr)
        return 1
    print(json.dumps(answer))
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    import tomli_w

    config = _config(args)
    print(tomli_w.dumps(config.model_dump(mode="json", exclude_none=True)), end="")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="llmos-agent", description=__doc__)
    top.add_argument("--version", action="version", version=f"llmos-agent {__version__}")
    sub = top.add_subparsers(dest="command", required=True)

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", type=Path, help=f"TOML configuration (default {DEFAULT_PATH})")
        return p

    run = with_config(sub.add_parser("run", help="run the daemon"))
    run.add_argument("--dev", action="store_true",
                     help="development mode: replayed events, nothing executed, plain-text loopback gRPC")
    run.set_defaults(func=cmd_run)
    decide = with_config(sub.add_parser(
        "decide", help="read decision requests as JSON lines on stdin, write one action per line"))
    decide.set_defaults(func=cmd_decide)
    record = sub.add_parser("record", help="print real udev events as replayable JSON lines")
    record.add_argument("--output", help="append to this file instead of stdout")
    record.add_argument("--count", type=int, default=0, help="stop after this many events")
    record.add_argument("--subsystem", action="append", help="only these subsystems (repeatable)")
    record.set_defaults(func=cmd_record)
    hear = with_config(sub.add_parser(
        "hear", help="run a recording through the voice pipeline; print the action, run nothing"))
    hear.add_argument("wav", type=Path, help="a WAV recording of one spoken command")
    hear.add_argument("--state", type=Path,
                      help="device state as JSON (as in decide); default: this machine's")
    hear.set_defaults(func=cmd_hear)
    check = with_config(sub.add_parser(
        "check-config", help="validate the configuration and print it in full, defaults included"))
    check.set_defaults(func=cmd_check_config)
    return top


def main(argv: Iterable[str] | None = None) -> int:
    args = parser().parse_args(list(argv) if argv is not None else None)
    try:
        return int(args.func(args))
    except ConfigError as error:
        print(f"llmos-agent: invalid configuration: {error}", file=sys.stderr)
        return 2
