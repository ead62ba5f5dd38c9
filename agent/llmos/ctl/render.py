"""What llmosctl prints: a rich table per command, or JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from llmos.ctl.client import Exit, Result

_STYLE = {Exit.OK: "green", Exit.PENDING: "yellow", Exit.DENIED: "red", Exit.USAGE: "red",
          Exit.FAILED: "bold red"}


def print_json(results: list[Result], out: Any = sys.stdout) -> None:
    json.dump([r.as_json() for r in results], out, indent=2, sort_keys=True)
    out.write("\n")


def _status_row(r: Result) -> list[str]:
    info, health = r.data["info"], r.data["health"]
    state = health.get("status", "")
    return [info.get("controller", ""), info.get("version", ""), state,
            str(health.get("events_dropped", 0)), f"{health.get('uptime_s', 0):.0f}s"]


def _outcome_row(r: Result) -> list[str]:
    outcome = r.data["outcome"]
    proposal = outcome.get("proposal", {})
    call = f"{proposal.get('tool', '')}({_args(proposal.get('args', {}))})" if proposal else ""
    verdict = outcome.get("verdict", {}).get("reason", "")
    result = outcome.get("result", {}).get("detail", "") or outcome.get("error", "")
    status = outcome.get("status", "").removeprefix("ACTION_STATUS_").lower()
    return [outcome.get("id", ""), status, call, verdict, result]


def _args(args: dict[str, Any]) -> str:
    return ", ".join(f"{k}={json.dumps(v)}" for k, v in args.items())


def _model_status_row(r: Result) -> list[str]:
    model = r.data["update"].get("model", {})
    slots = " ".join(f"{s['name']}:{s.get('version') or '-'}({s.get('state', '')})"
                     for s in model.get("slots", []))
    return [model.get("current", ""), slots, model.get("last_result", ""),
            model.get("last_error", "")]


def _model_update_row(r: Result) -> list[str]:
    update = r.data["update"]
    outcome = update.get("outcome", "").removeprefix("UPDATE_OUTCOME_").lower()
    return [outcome, update.get("version", ""), update.get("detail", "")]


_COLUMNS: dict[str, tuple[list[str], Callable[[Result], list[str]]]] = {
    "model-status": (["current", "slots", "last result", "last error"], _model_status_row),
    "model-update": (["outcome", "version", "detail"], _model_update_row),
    "status": (["controller", "version", "state", "dropped", "uptime"], _status_row),
    "outcome": (["id", "status", "action", "verdict", "result"], _outcome_row),
    "policy": (["policy"], lambda r: [r.data["toml"]]),
}


def print_examples(results: list[Result], out: Any = sys.stdout) -> None:
    """`corrections export`: each correction's training example, one JSON line each."""
    for r in results:
        for c in r.data.get("corrections", []):
            out.write(json.dumps(c["example"], sort_keys=True) + "\n")


def _corrections(results: list[Result], console: Console) -> None:
    def call(c: dict[str, Any]) -> str:
        tool = c.get("tool", "")
        return f"{tool}({_args(c.get('args', {}))})" if tool not in ("", "say") else tool

    table = Table("device", Column("id", no_wrap=True), "command", "was", "meant", "by")
    for r in results:
        if r.error:
            table.add_row(r.device, "", f"[red]{r.error}[/]", "", "", "")
        for c in r.data.get("corrections", []):
            table.add_row(r.device, c.get("id", ""), escape(c.get("command", "")),
                          call(c.get("was", {})), call(c.get("meant", {})), c.get("by", ""))
    console.print(table)


def print_table(kind: str, results: list[Result], console: Console) -> None:
    """One row per device (per action for `pending`, per event for `events`)."""
    if kind == "pending":
        _pending(results, console)
        return
    if kind == "events":
        _events(results, console)
        return
    if kind in ("correct", "corrections"):
        _corrections(results, console)
        return
    columns, row = _COLUMNS[kind]
    table = Table("device", *columns, "")
    for r in results:
        mark = f"[{_STYLE[r.exit]}]{r.exit.name.lower()}[/]"
        if r.error or not r.data or "code" in r.data:
            table.add_row(r.device, r.error or "failed", *([""] * (len(columns) - 1)), mark)
        else:
            table.add_row(r.device, *row(r), mark)
    console.print(table)


def _pending(results: list[Result], console: Console) -> None:
    table = Table("device", "id", "action", "reason", "expires", "asked by")
    for r in results:
        if r.error:
            table.add_row(r.device, "", "", f"[red]{r.error}[/]", "", "")
        for a in r.data.get("actions", []):
            table.add_row(r.device, a["id"], f"{a['tool']}({_args(a.get('args', {}))})",
                          a.get("reason", ""), a.get("expires", ""), a.get("principal", ""))
    console.print(table)


def _events(results: list[Result], console: Console) -> None:
    table = Table("device", "seq", "time", "kind", "summary")
    for r in results:
        if r.error:
            table.add_row(r.device, "", "", "", f"[red]{r.error}[/]")
        for e in r.data.get("events", []):
            table.add_row(*event_row(r.device, e))
    console.print(table)


def event_row(device: str, event: dict[str, Any]) -> list[str]:
    kind = event.get("kind", "").removeprefix("EVENT_KIND_").lower()
    return [device, str(event.get("seq", "")), event.get("time", ""), kind,
            event.get("summary", "")]
