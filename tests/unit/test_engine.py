"""The controller loop in-process: a real store on disk, the rule controller, a recording executor."""

import asyncio
from pathlib import Path

import pytest

from llmos.agent.api import CommandRequest, Conflict, NotFound
from llmos.agent.catalog import load_catalog
from llmos.agent.config import ConfigError, parse_config
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.domain import (
    ActionRecord,
    ActionStatus,
    DeviceState,
    JournalEntry,
    JournalFilter,
    NewEntry,
    Principal,
    Proposal,
    Role,
    StorageState,
)
from llmos.agent.engine import Engine
from llmos.agent.executor.record import RecordingExecutor
from llmos.agent.exposure import Host
from llmos.agent.normalize import normalise
from llmos.agent.store import Store

OPERATOR = Principal("alice", Role.OPERATOR, "test")
VIEWER = Principal("victor", Role.VIEWER, "test")
# The described device; its disks are those the tests plug in (a block add: the disk is there)
STATE = DeviceState(units=("nginx.service",), interfaces=("eth0",), leds=("status",),
                    storage=(StorageState("/dev/sdb1", False), StorageState("/dev/sdc1", False)))
EXPOSE_STATE = {"units": ["nginx.service"], "interfaces": ["eth0"], "leds": ["status"],
                "storage": ["/dev/sd*"]}


class FixedState:
    async def read(self) -> DeviceState:
        return STATE

    def invalidate(self) -> None:
        pass


class Harness:
    def __init__(self, tmp: Path, decider=None, chain: ControllerChain | None = None,
                 **config) -> None:
        """`decider`: a controller, already loaded; `chain`: one that loads as the daemon's."""
        tmp.mkdir(parents=True, exist_ok=True)
        # STATE exposed, as a configuration exposes its device's entities
        policy = {"expose": EXPOSE_STATE, **config.pop("policy", {})}
        self.config = parse_config({"state_dir": str(tmp), "policy": policy, **config})
        self.store = Store(tmp / "agent.db")
        self.executor = RecordingExecutor()
        if chain is None:
            chain = (ControllerChain.ready(self.config.controller, decider) if decider
                     else ControllerChain(self.config.controller))
        self.agent = Engine(self.config, self.store, load_catalog(), chain, self.executor,
                           FixedState(), host=Host(real=False))

    async def wait_for(self, predicate, timeout: float = 5.0) -> None:
        async def poll():
            while not await predicate():
                await asyncio.sleep(0.01)
        await asyncio.wait_for(poll(), timeout)

    async def entries(self, **filt) -> list[JournalEntry]:
        return await self.agent.journal(0, 100_000, JournalFilter(**filt))

    async def close(self) -> None:
        await self.agent.stop(drain_s=1.0)
        self.store.close()


@pytest.fixture
async def h(tmp_path: Path):
    harness = Harness(tmp_path)
    await harness.agent.start()
    yield harness
    await harness.close()


def block_add(node: str = "/dev/sdb1") -> object:
    return normalise("add", "block", f"/devices/x/{node[5:]}", node, {"ID_FS_TYPE": "vfat"})


async def test_event_to_action_with_one_id(h: Harness) -> None:
    h.agent.submit_events([block_add()])

    async def done():
        return any(e.kind == "action" for e in await h.entries())
    await h.wait_for(done)
    entries = await h.entries()
    assert [e.kind for e in entries] == ["event", "decision", "action"]
    assert len({e.ref for e in entries}) == 1
    assert h.executor.calls == [("mount_storage", {"device": "/dev/sdb1", "readonly": True})]


async def test_command_runs_and_is_logged_first(h: Harness) -> None:
    outcome = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
    assert outcome.status == ActionStatus.SUCCEEDED
    assert outcome.proposal == Proposal("restart_service", {"unit": "nginx.service"}, "rules")
    kinds = [e.kind for e in await h.entries(ref=outcome.id)]
    assert kinds == ["command", "decision", "action"]


async def test_destructive_waits_for_confirmation(h: Harness) -> None:
    pending = await h.agent.execute(CommandRequest(tool="stop_service", args={"unit": "nginx.service"}), OPERATOR)
    assert pending.status == ActionStatus.PENDING and pending.expires
    assert h.executor.calls == []
    with pytest.raises(PermissionError):
        await h.agent.confirm(pending.id, VIEWER)
    done = await h.agent.confirm(pending.id, OPERATOR)
    assert done.status == ActionStatus.SUCCEEDED
    assert h.executor.calls == [("stop_service", {"unit": "nginx.service"})]
    with pytest.raises(Conflict):
        await h.agent.confirm(pending.id, OPERATOR)
    with pytest.raises(NotFound):
        await h.agent.confirm("cmd-nope", OPERATOR)


async def test_reject_and_expiry(tmp_path: Path) -> None:
    h = Harness(tmp_path, policy={"pending_ttl_s": 0.2})
    await h.agent.start()
    first = await h.agent.execute(CommandRequest(tool="reboot", args={}), OPERATOR)
    second = await h.agent.execute(CommandRequest(tool="reboot", args={"delay_s": 5}), OPERATOR)
    rejected = await h.agent.reject(first.id, OPERATOR, "not now")
    assert rejected.status == ActionStatus.REJECTED
    await asyncio.sleep(0.3)
    with pytest.raises(Conflict, match="expired"):
        await h.agent.confirm(second.id, OPERATOR)
    assert h.executor.calls == []
    await h.close()


async def test_dry_run_and_invalid_actions_do_nothing(h: Harness) -> None:
    dry = await h.agent.execute(CommandRequest(text="restart nginx", dry_run=True), OPERATOR)
    assert dry.status == ActionStatus.DRY_RUN
    bad = await h.agent.execute(CommandRequest(tool="set_network", args={"interface": "eth0"}), OPERATOR)
    assert bad.status == ActionStatus.DENIED and "state" in bad.error
    assert h.executor.calls == []


async def test_policy_denial_is_an_answer(h: Harness) -> None:
    await h.agent.set_policy('[tools.restart_service]\nallow = false\n', OPERATOR)
    outcome = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
    assert outcome.status == ActionStatus.DENIED and "not allowed" in outcome.verdict.reason
    with pytest.raises(ConfigError, match=r"policy\.tools: .*unknown tool.*nope"):
        await h.agent.set_policy('[tools.nope]\nallow = false\n', OPERATOR)


async def test_policy_persists_across_restart(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    await h.agent.start()
    await h.agent.set_policy('rate_per_minute = 7\n', OPERATOR)
    await h.close()
    again = Harness(tmp_path)
    await again.agent.start()
    assert again.agent.policy.config.rate_per_minute == 7
    await again.close()


async def test_restart_resumes_without_losing_or_repeating(tmp_path: Path) -> None:
    # A previous run: one event accepted but not decided, one action cut off while running.
    store = Store(tmp_path / "agent.db")
    event = block_add("/dev/sdc1")
    store.call(store.accept, [(NewEntry("event", "ev-left", "x", {"event": event.to_dict()}), "event")])
    store.call(store.decide, ActionRecord("cmd-cut", "restart_service", {"unit": "a.service"},
                                             "rules", ActionStatus.RUNNING, "ok", None, "a", "t", 1, 1, None), [])
    store.close()

    h = Harness(tmp_path)
    await h.agent.start()

    async def done():
        return (await h.store.run(h.store.action, "ev-left")) is not None
    await h.wait_for(done)
    await asyncio.sleep(0.05)
    assert h.executor.calls == [("mount_storage", {"device": "/dev/sdc1", "readonly": True})]
    assert (await h.store.run(h.store.action, "cmd-cut")).status == ActionStatus.INTERRUPTED
    await h.close()


async def test_storm_drops_are_counted_and_logged(tmp_path: Path) -> None:
    h = Harness(tmp_path, queue={"capacity": 8})
    await h.agent.start()
    events = [normalise("add", "input", f"/devices/input{i}") for i in range(500)]
    h.agent.submit_events(events)

    async def settled():
        return h.agent.intake.idle and h.agent.health().counters["events_received"] == 500
    await h.wait_for(settled, timeout=30)
    await asyncio.sleep(0.1)
    health = h.agent.health()
    dropped = health.counters["events_dropped"]
    assert dropped > 0
    assert len(await h.entries(kinds=frozenset({"event"}))) == 500
    assert len(await h.entries(kinds=frozenset({"dropped"}))) == dropped
    decided = len(await h.entries(kinds=frozenset({"decision"})))
    assert decided + dropped == 500
    await h.close()


class Broken:
    name = "broken-model"
    blocking = True

    def decide(self, request):
        raise RuntimeError("bad weights")

    def info(self):
        return {"controller": self.name}

    def context_usage(self):
        return {}


async def test_failing_controller_falls_back_to_rules(tmp_path: Path) -> None:
    h = Harness(tmp_path, decider=Broken())
    await h.agent.start()
    outcome = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
    assert outcome.status == ActionStatus.SUCCEEDED and outcome.proposal.controller == "rules"
    assert h.agent.health().counters["controller_fallbacks"] == 1
    await h.close()


async def test_follow_replays_history_then_goes_live(h: Harness) -> None:
    await h.agent.execute(CommandRequest(text="status"), OPERATOR)
    seen = []

    async def reader():
        async for entry in h.agent.follow(0, JournalFilter(kinds=frozenset({"command"}))):
            seen.append(entry)
            if len(seen) == 2:
                return
    task = asyncio.create_task(reader())
    await asyncio.sleep(0.05)
    await h.agent.execute(CommandRequest(text="status network"), OPERATOR)
    await asyncio.wait_for(task, 5)
    assert [e.kind for e in seen] == ["command", "command"] and seen[0].seq < seen[1].seq


async def test_report_status_answers(h: Harness) -> None:
    outcome = await h.agent.execute(CommandRequest(tool="report_status", args={"topic": "network"}), OPERATOR)
    assert outcome.status == ActionStatus.SUCCEEDED and "eth0" in outcome.result.detail


async def test_hold_keeps_an_allowed_action_pending_until_confirmed(h: Harness) -> None:
    held = await h.agent.execute(CommandRequest(text="restart nginx", hold=True), OPERATOR)
    assert held.status == ActionStatus.PENDING and "confirm" in held.verdict.reason
    answer = await h.agent.execute(CommandRequest(text="status", hold=True), OPERATOR)
    assert answer.status == ActionStatus.SUCCEEDED, "answers are never held"
    assert h.executor.calls == []
    assert (await h.agent.confirm(held.id, OPERATOR)).status == ActionStatus.SUCCEEDED
    assert h.executor.calls == [("restart_service", {"unit": "nginx.service"})]


class Unsure:
    name = "unsure-model"
    blocking = True

    def decide(self, request):
        return Proposal("restart_service", {"unit": "nginx.service"}, self.name, 0.4,
                        "restart nginx.service (by meaning: the web thing)")

    def info(self):
        return {"controller": self.name}


async def test_a_change_the_controller_is_unsure_of_is_held_with_a_read_back(
        tmp_path: Path) -> None:
    h = Harness(tmp_path, Unsure())
    await h.agent.start()
    try:
        outcome = await h.agent.execute(CommandRequest(text="restart the web thing"), OPERATOR)
        assert outcome.status == ActionStatus.PENDING and h.executor.calls == []
        assert "not sure" in outcome.verdict.reason and "nginx.service" in outcome.verdict.reason
        decision = next(e for e in await h.entries() if e.kind == "decision")
        assert decision.data["confidence"] == 0.4 and "web thing" in decision.data["reading"]
        assert (await h.agent.confirm(outcome.id, OPERATOR)).status == ActionStatus.SUCCEEDED
    finally:
        await h.close()


class Confused:
    name = "confused-model"
    blocking = True

    def decide(self, request):
        return Proposal("unmount_storage", {"device": "/dev/sdb1"}, self.name)

    def info(self):
        return {"controller": self.name}

    def context_usage(self):
        return {}


async def test_events_alone_get_the_default_reactions_unless_configured(tmp_path: Path) -> None:
    for events, expected in (("rules", "mount_storage"), ("controller", "unmount_storage")):
        h = Harness(tmp_path / events, decider=Confused(), controller={"kind": "model", "events": events})
        await h.agent.start()
        h.agent.submit_events([block_add()])

        async def done(h: Harness = h) -> bool:
            return bool(h.executor.calls)
        await h.wait_for(done)
        assert h.executor.calls[0][0] == expected
        command = await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)
        assert command.proposal.controller == "confused-model"
        await h.close()


async def test_a_reply_completes_the_question_that_was_asked(tmp_path: Path) -> None:
    two = DeviceState.from_dict({"storage": [{"device": "/dev/sda1", "mounted": True},
                                             {"device": "/dev/sdb1", "mounted": True}]})
    h = Harness(tmp_path)
    h.agent._state = type("Two", (), {"read": lambda self: _ready(two),
                                      "invalidate": lambda self: None})()
    await h.agent.start()
    try:
        asked = await h.agent.execute(CommandRequest(text="unmount the drive"), OPERATOR)
        assert asked.proposal.tool == "say" and h.executor.calls == []
        assert {c.label for c in asked.proposal.question.choices} == {"/dev/sda1", "/dev/sdb1"}
        answered = await h.agent.execute(
            CommandRequest(text="the second one", reply_to=asked.id), OPERATOR)
        assert answered.status == ActionStatus.SUCCEEDED
        assert h.executor.calls == [("unmount_storage", {"device": "/dev/sdb1"})]
        other = await h.agent.execute(CommandRequest(text="status", reply_to=asked.id), OPERATOR)
        assert other.proposal.tool == "report_status", "text that names no choice is a command"
    finally:
        await h.close()


async def _ready(state: DeviceState) -> DeviceState:
    return state


ADMIN = Principal("root", Role.ADMIN, "test")


async def test_confirmation_is_refused_after_the_policy_changed(h: Harness) -> None:
    pending = await h.agent.execute(CommandRequest(tool="stop_service",
                                                   args={"unit": "nginx.service"}), OPERATOR)
    assert pending.status == ActionStatus.PENDING
    await h.agent.set_policy('[tools.stop_service]\nallow = false\n', ADMIN)
    refused = await h.agent.confirm(pending.id, ADMIN)
    assert refused.status == ActionStatus.REJECTED
    assert "refused at confirmation" in refused.verdict.reason
    assert "not allowed by policy" in refused.verdict.reason
    assert h.executor.calls == []
    (record,) = [a for a in await h.agent.actions((ActionStatus.REJECTED,), 10)
                 if a.id == pending.id]
    assert "refused at confirmation" in record.reason
    with pytest.raises(Conflict):  # and it stays refused
        await h.agent.confirm(pending.id, ADMIN)


async def test_confirmation_rechecks_exposure_and_rate_limits(h: Harness) -> None:
    first = await h.agent.execute(CommandRequest(tool="reboot", args={}), OPERATOR)
    unit = await h.agent.execute(CommandRequest(tool="stop_service",
                                                args={"unit": "nginx.service"}), OPERATOR)
    # the unit is no longer exposed: the pending stop may not run
    await h.agent.set_policy('[expose]\nunits = ["app-*.service"]\n'
                             '[tools.reboot]\nrate_per_minute = 1\n', ADMIN)
    refused = await h.agent.confirm(unit.id, OPERATOR)
    assert refused.status == ActionStatus.REJECTED and "not exposed" in refused.verdict.reason
    second = await h.agent.execute(CommandRequest(tool="reboot", args={"delay_s": 5}), OPERATOR)
    assert (await h.agent.confirm(first.id, OPERATOR)).status == ActionStatus.SUCCEEDED
    limited = await h.agent.confirm(second.id, OPERATOR)
    assert limited.status == ActionStatus.REJECTED and "rate limit" in limited.verdict.reason
    assert h.executor.calls == [("reboot", {"delay_s": 0})]


async def test_the_confirmer_may_have_to_be_someone_else(tmp_path: Path) -> None:
    h = Harness(tmp_path, policy={"tools": {"reboot": {"distinct_confirmer": True}}})
    await h.agent.start()
    pending = await h.agent.execute(CommandRequest(tool="reboot", args={}), OPERATOR)
    with pytest.raises(PermissionError, match="someone other than alice"):
        await h.agent.confirm(pending.id, OPERATOR)
    bob = Principal("bob", Role.OPERATOR, "console")
    assert (await h.agent.confirm(pending.id, bob)).status == ActionStatus.SUCCEEDED
    await h.close()


async def test_the_floor_holds_through_act_and_language(tmp_path: Path) -> None:
    h = Harness(tmp_path, policy={"expose": {"units": ["*"], "interfaces": ["*"]}})
    await h.agent.start()
    for unit in ("systemd-poweroff.service", "emergency.service", "debug-shell.service"):
        outcome = await h.agent.execute(CommandRequest(tool="start_service",
                                                       args={"unit": unit}), OPERATOR)
        assert outcome.status == ActionStatus.DENIED, unit
    outcome = await h.agent.execute(CommandRequest(tool="set_network",
                                                   args={"interface": "..", "state": "down"}),
                                    OPERATOR)
    assert outcome.status == ActionStatus.DENIED and outcome.error
    assert h.executor.calls == []
    await h.close()


async def test_a_viewer_runs_nothing_on_any_front_end(h: Harness) -> None:
    denied = await h.agent.execute(CommandRequest(text="restart nginx"), VIEWER)
    assert denied.status == ActionStatus.DENIED and "operator role" in denied.verdict.reason
    held = await h.agent.execute(CommandRequest(tool="reboot", args={}, hold=True), VIEWER)
    assert held.status == ActionStatus.DENIED  # not even pending
    answer = await h.agent.execute(CommandRequest(tool="report_status",
                                                  args={"topic": "system"}), VIEWER)
    assert answer.status == ActionStatus.SUCCEEDED  # answers change nothing: a viewer gets them
    dry = await h.agent.execute(CommandRequest(text="restart nginx", dry_run=True), VIEWER)
    assert dry.status == ActionStatus.DRY_RUN
    pending = await h.agent.execute(CommandRequest(tool="reboot", args={}), OPERATOR)
    with pytest.raises(PermissionError, match="rejecting"):
        await h.agent.reject(pending.id, VIEWER, "no")
    assert h.executor.calls == []


async def test_a_flood_of_dry_runs_is_refused_before_it_is_logged(tmp_path: Path) -> None:
    from llmos.agent.api import RateLimited

    h = Harness(tmp_path, policy={"dry_run_per_minute": 2})
    await h.agent.start()
    for _ in range(2):
        await h.agent.execute(CommandRequest(text="restart nginx", dry_run=True), VIEWER)
    before = len(await h.entries())
    with pytest.raises(RateLimited, match="dry runs a minute"):
        await h.agent.execute(CommandRequest(text="restart nginx", dry_run=True), VIEWER)
    assert len(await h.entries()) == before
    # a real command of an operator is not a dry run
    assert (await h.agent.execute(CommandRequest(text="restart nginx"), OPERATOR)).status == (
        ActionStatus.SUCCEEDED)
    await h.close()


# -- a caller's id: at most once ------------------------------------------------------------

async def test_a_callers_id_runs_once_however_often_and_however_concurrently(h) -> None:
    request = CommandRequest(tool="restart_service", args={"unit": "nginx.service"},
                             id="fleet-abc")
    outcomes = await asyncio.gather(*(h.agent.execute(request, OPERATOR) for _ in range(5)))
    again = await h.agent.execute(request, OPERATOR)  # after it finished: the recorded outcome
    assert h.executor.calls == [("restart_service", {"unit": "nginx.service"})]
    assert {(o.id, o.status) for o in [*outcomes, again]} == {("fleet-abc", "succeeded")}
    assert again.result is not None and again.result.ok
    assert len(await h.entries(kinds=frozenset({"command"}), ref="fleet-abc")) == 1


async def test_a_callers_id_is_not_a_key_to_someone_elses_command(h) -> None:
    request = CommandRequest(tool="restart_service", args={"unit": "nginx.service"},
                             id="fleet-abc")
    await h.agent.execute(request, OPERATOR)
    for other in (Principal("mallory", Role.OPERATOR, "test"),
                  Principal("alice", Role.OPERATOR, "mqtt")):  # same name, another front end
        with pytest.raises(Conflict):
            await h.agent.execute(request, other)
    assert len(h.executor.calls) == 1


async def test_a_callers_id_survives_a_restart(tmp_path: Path) -> None:
    first = Harness(tmp_path)
    await first.agent.start()
    request = CommandRequest(tool="restart_service", args={"unit": "nginx.service"},
                             id="fleet-xyz")
    await first.agent.execute(request, OPERATOR)
    await first.close()
    second = Harness(tmp_path)
    await second.agent.start()
    try:
        outcome = await second.agent.execute(request, OPERATOR)
        assert outcome.status == "succeeded" and second.executor.calls == []
    finally:
        await second.close()
