"""The context window as RAM: a token budget split between fixed shares, with paging counted.

Shares, in prompt order: the pinned prefix (always resident), the device-state summary, events
from the event log (recent ones and ones retrieved by relevance to the command), the request's
events, and the command. What does not fit is paged out and counted, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from llmos.agent.config import ModelConfig
from llmos.agent.controller.model import prompt
from llmos.agent.domain import DecisionRequest, DeviceState, JournalEntry, StorageState
from llmos.agent.normalize import EventError, event_from_dict
from llmos.agent.store import Store


class EventHistory(Protocol):
    """The event log as the model sees it; the agent's SQLite store implements it (FTS5 search).

    Items are {"seq": int, "kind": str, "summary": str} mappings or objects with those
    attributes (the store's JournalEntry). Only kind "event" is shown to the model; summaries
    should be `llmos.agent.controller.model.prompt.event_summary(event)` so they read like training data.
    """

    def recent(self, limit: int) -> list[Any]: ...

    def search(self, text: str, limit: int) -> list[Any]: ...


class StoreHistory:
    """The agent's event log (SQLite, FTS5 search) as the model sees it. The journal's own
    summaries are for people (labels, vendors); the model's line is rendered from the stored
    event exactly as in training, without what devices write freely."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def recent(self, limit: int) -> list[dict[str, Any]]:
        return [_as_seen(e) for e in self._store.call(self._store.recent, limit)]

    def search(self, text: str, limit: int) -> list[dict[str, Any]]:
        return [_as_seen(e) for e in self._store.call(self._store.search, text, limit)]


def _as_seen(entry: JournalEntry) -> dict[str, Any]:
    summary = entry.summary
    if entry.kind == "event" and "event" in entry.data:
        try:
            summary = prompt.event_summary(event_from_dict(entry.data["event"]))
        except EventError:
            pass  # logged before validation existed: the journal's summary will do
    return {"seq": entry.seq, "kind": entry.kind, "summary": summary}


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


@dataclass
class Context:
    """One decision's prompt body (after the pinned prefix) and what it cost."""

    segments: list[str]
    usage: dict[str, int] = field(default_factory=dict)


def _shrink_state(state: DeviceState, count: Callable[[str], int], budget: int) -> tuple[str, int]:
    """The state summary within budget: names are dropped from the longest list first."""
    lists: dict[str, list[Any]] = {"units": list(state.units), "interfaces": list(state.interfaces),
                                   "leds": list(state.leds), "storage": list(state.storage)}
    dropped = 0
    while True:
        text = prompt.state_text(DeviceState(
            tuple(lists["units"]), tuple(lists["interfaces"]), tuple(lists["leds"]),
            tuple(StorageState(s.device, s.mounted) for s in lists["storage"])))
        longest = max(lists.values(), key=len)
        if count(text) <= budget or not longest:
            return text, dropped
        longest.pop()
        dropped += 1


class ContextManager:
    def __init__(self, settings: ModelConfig, count: Callable[[str], int], pinned_tokens: int,
                 history: EventHistory | None,
                 render_command: Callable[[str | None], str] = prompt.command_text) -> None:
        self.settings = settings
        self.count = count
        self.render_command = render_command
        self.pinned = pinned_tokens
        self.history = history
        self.paged_out_total = 0
        self.last: dict[str, int] = {}

    def _history_lines(self, command: str | None, budget: int) -> tuple[list[str], int]:
        if self.history is None or budget <= 0:
            return [], 0
        items = self.history.recent(self.settings.recent_events)
        if command and self.settings.retrieved_events:
            items = self.history.search(command, self.settings.retrieved_events) + items
        seen, lines, used, dropped = set(), [], 0, 0
        for item in items:
            seq = _field(item, "seq")
            if seq in seen or (_field(item, "kind") or "event") != "event":
                continue
            seen.add(seq)
            line = prompt.history_line(str(_field(item, "summary") or ""))
            cost = self.count(line)
            if used + cost > budget:
                dropped += 1
                continue
            lines.append(line)
            used += cost
        # oldest first, like a log; the most relevant sit closest to the request
        return lines[::-1], dropped

    def build(self, request: DecisionRequest) -> Context:
        s = self.settings
        text = request.command
        command = self.render_command(text)
        while self.count(command) > s.command_budget_tokens and text:
            text = text[: len(text) // 2]
            command = self.render_command(text)
        state, state_dropped = _shrink_state(request.state, self.count, s.state_budget_tokens)
        free = s.context_budget_tokens - self.pinned - self.count(command) - self.count(state)
        # the request's events are newest-last; the newest matter most, so keep from the end
        events: list[str] = []
        events_dropped, used = 0, 0
        for event in reversed(request.events):
            line = prompt.event_line(event)
            cost = self.count(line)
            if used + cost > min(s.event_budget_tokens, free):
                events_dropped += 1
                continue
            events.insert(0, line)
            used += cost
        history, history_dropped = self._history_lines(
            request.command, min(s.history_budget_tokens, free - used))
        segments = [state, *history, *events, command]
        paged = state_dropped + events_dropped + history_dropped
        self.paged_out_total += paged
        self.last = {
            "budget": s.context_budget_tokens, "pinned": self.pinned,
            "state": self.count(state), "history": sum(map(self.count, history)),
            "events": used, "command": self.count(command),
            "paged_out": paged, "paged_out_total": self.paged_out_total,
        }
        self.last["used"] = (self.pinned + self.last["state"] + self.last["history"]
                             + self.last["events"] + self.last["command"])
        return Context(segments, dict(self.last))
