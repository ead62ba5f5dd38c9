"""What the control plane (gRPC, console, voice) may ask of the running agent.

`Engine` in engine.py implements `AgentApi`; the front ends only see this module, so they stay
thin: authenticate, convert, call, convert back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from llmos.agent.catalog import load_catalog
from llmos.agent.domain import (
    ActionRecord,
    ActionResult,
    ActionStatus,
    JournalEntry,
    JournalFilter,
    Principal,
    Proposal,
    Verdict,
)


class NotFound(LookupError):
    """No such action (or event)."""


class Conflict(RuntimeError):
    """The action is not in a state that allows this (already confirmed, expired, ...)."""


class Unavailable(RuntimeError):
    """The agent cannot accept this now (shutting down, state not writable): nothing was kept."""


class RateLimited(RuntimeError):
    """Too many requests of this kind from this caller (dry runs): try again later."""


class InvalidUpload(ValueError):
    """An OS update upload that cannot be taken: a bad announcement, too many bytes, a hash
    mismatch, no room. The message says why."""


class DownloadFailed(Unavailable):
    """The server of a bundle the device pulls from a URL could not be reached, failed (5xx)
    or cut the download off: what arrived is kept, and the next attempt resumes from there."""


class InvalidAction(ValueError):
    """A structured action that the action catalog does not accept; the message says why."""


def check_action(tool: str, args: Mapping[str, Any]) -> dict[str, Any]:
    """A structured action checked against the action catalog the agent runs with (the shipped
    one, load_catalog()), as the engine will check it: its arguments with the defaults filled
    in, or InvalidAction. The control plane refuses a bad one before it is logged."""
    from llmos.agent.validation import ValidationError, validate

    try:
        return validate(load_catalog(), tool, args)
    except ValidationError as error:
        raise InvalidAction(str(error)) from None


@dataclass(frozen=True, slots=True)
class CommandRequest:
    """Natural language (`text`) or a structured action (`tool`, `args`), never both."""

    text: str | None = None
    tool: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)
    dry_run: bool = False
    # Hold an action with effects for a confirmation even where policy allows it: the voice
    # interface reads what it heard back before anything runs.
    hold: bool = False
    # The id of a command whose question (say with choices) this text may answer ("the second
    # one", "sdb1"); text that names no choice is decided as a new command.
    reply_to: str | None = None
    # Chosen by the caller (the fleet): the command's id, and what makes it run at most once; a
    # second request with the same id answers the first one's outcome (Engine.execute).
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of a command or a confirmation. `id` names the command and its action."""

    id: str
    status: ActionStatus
    proposal: Proposal | None
    verdict: Verdict | None
    result: ActionResult | None
    error: str = ""  # why the proposal was invalid, if it was
    expires: float | None = None  # for pending actions (unix time)


@dataclass(frozen=True, slots=True)
class Health:
    serving: bool
    degraded: bool
    status: str  # one line, also sent as systemd STATUS=
    reasons: tuple[str, ...]
    counters: Mapping[str, int]  # events_received, events_dropped, events_coalesced, queue_peak ...
    uptime_s: float


class AgentApi(Protocol):
    async def execute(self, request: CommandRequest, principal: Principal) -> Outcome:
        """Persist the command, decide, validate, check policy, act (unless dry-run or pending)."""
        ...

    async def confirm(self, action_id: str, principal: Principal) -> Outcome: ...

    async def reject(self, action_id: str, principal: Principal, reason: str) -> Outcome: ...

    async def correct(self, action_id: str, tool: str, args: Mapping[str, Any],
                      principal: Principal) -> dict[str, Any]:
        """Record what the command `action_id` (in words) should have been decided as; returns
        the labelled example. NotFound, Conflict (not words), InvalidAction, PermissionError."""
        ...

    async def corrections(self) -> list[dict[str, Any]]:
        """Every correction, oldest first, as training examples."""
        ...

    async def journal(self, after_seq: int, limit: int, filt: JournalFilter) -> list[JournalEntry]:
        """A page of the event log, oldest first, after `after_seq`."""
        ...

    async def recent(self, limit: int) -> list[JournalEntry]:
        """The last `limit` events, commands and action results, oldest first."""
        ...

    def follow(self, after_seq: int, filt: JournalFilter) -> AsyncIterator[JournalEntry]:
        """The event log from `after_seq` on, then live; ends only when the agent stops."""
        ...

    async def actions(self, statuses: tuple[ActionStatus, ...], limit: int) -> list[ActionRecord]: ...

    def health(self) -> Health: ...

    def device_info(self) -> dict[str, str]:
        """name, hostname, version, kernel, arch, controller, execution_provider, ..."""
        ...

    def model_info(self) -> dict[str, Any]:
        """controller info, bundle manifest summary, context usage (used/budget/paged_out)."""
        ...

    def policy_text(self) -> str:
        """The policy in force, as the TOML of the config's [policy] table."""
        ...

    async def set_policy(self, text: str, principal: Principal) -> str:
        """Validate and apply a [policy] TOML document; raises ConfigError. Returns the new text."""
        ...


@dataclass
class UpdateResult:
    """What became of a model update or rollback: installed, up-to-date, refused,
    gate-failed (switched, failed its health gate, rolled back by itself), rolled-back."""

    outcome: str
    version: str = ""
    detail: str = ""
    timings: dict[str, float] = field(default_factory=dict)


class UpdateApi(Protocol):
    """What the control plane may ask of the model updater (update/updater.py). Raises
    Conflict when updates are off or one is already running."""

    def status(self) -> dict[str, Any]: ...

    async def update(self, version: str = "") -> UpdateResult: ...

    async def rollback(self) -> UpdateResult: ...


@dataclass(frozen=True)
class OsSlot:
    """One root slot as RAUC sees it."""

    name: str
    bootname: str
    device: str = ""
    state: str = ""
    boot_status: str = ""
    version: str = ""
    installed_at: str = ""
    sha256: str = ""


@dataclass(frozen=True)
class OsFailure:
    """A failed boot trial, as recorded by the gate or llmos-boot-trial before the reboot."""

    reason: str
    slot: str = ""
    version: str = ""
    at: float = 0.0


@dataclass(frozen=True)
class OsStatus:
    enabled: bool
    compatible: str = ""
    booted: str = ""
    version: str = ""
    primary: str = ""
    slots: tuple[OsSlot, ...] = ()
    trial: str = "off"
    last_error: OsFailure | None = None
    activity: str = ""
    detail: str = ""


@dataclass(frozen=True)
class OsInstallProgress:
    """One step of an OS install: phase is uploading, installing, installed, rebooting or
    failed. The first message's `resume_offset` says where the upload (or download) resumes."""

    phase: str
    percent: int = 0
    received: int = 0
    total: int = 0
    resume_offset: int = 0
    message: str = ""
    slot: str = ""
    error: str = ""
    downloading: bool = False  # the device pulls the bundle from a URL itself


class OsUpdateApi(Protocol):
    """What the control plane may ask of the A/B OS updater (osupdate/updater.py)."""

    async def status(self) -> OsStatus: ...

    def install(self, sha256: str, size: int, chunks: AsyncIterator[bytes],
                reboot: bool) -> AsyncIterator[OsInstallProgress]:
        """Receive the bundle (resuming a cut-off upload of the same sha256), check it, let
        RAUC install it into the other slot and, if asked, reboot into it. Raises Conflict
        while another install runs and InvalidUpload for an upload that cannot be taken."""
        ...

    def install_from_url(self, url: str, sha256: str, size: int,
                         reboot: bool) -> AsyncIterator[OsInstallProgress]:
        """As `install`, with the device downloading the bundle from `url` itself (resuming a
        cut-off download with a Range request). Raises Conflict when URL installs are off (no
        os_update.url_hosts), PermissionError for a host not on that list (also after a
        redirect), InvalidUpload for a URL that is not allowed at all, a wrong size or sha256,
        a server that sends more or answers 4xx, DownloadFailed when the server cannot be
        reached or cuts off after the device's own retries."""
        ...
