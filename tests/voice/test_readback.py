"""The read-back rule at the dialog, against a real agent (store on disk, rule controller,
recording executor), with recognised text instead of audio: fast, and exact about timing
(what was heard before the question, what arrives after the timeout)."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from llmos.agent.catalog import load_catalog
from llmos.agent.cli import DEV_EXPOSURE
from llmos.agent.config import parse_config
from llmos.agent.controller.chain import ControllerChain
from llmos.agent.domain import ActionStatus, Principal, Proposal, Role
from llmos.agent.engine import Engine
from llmos.agent.executor.record import RecordingExecutor
from llmos.agent.store import Store
from llmos.agent.voice.confirm import confirmation_reason
from llmos.agent.voice.dialog import Dialog, announce
from llmos.agent.voice.pipeline import Heard
from tests.voice.corpus import STATE


class _State:
    async def read(self):
        return STATE

    def invalidate(self) -> None:
        pass


class Room:
    """A dialog on a real agent; `said` is what the device spoke, `answers` what it hears."""

    def __init__(self, agent: Engine, executor: RecordingExecutor, voice: dict,
                 read_state=None) -> None:
        self.agent, self.executor = agent, executor
        self.said: list[str] = []
        self.answers: asyncio.Queue[Heard] = asyncio.Queue()
        config = parse_config({"voice": voice}).voice
        self.dialog = Dialog(agent, Principal("voice:test", Role.OPERATOR, "voice"),
                             load_catalog().tools, config, self._say, read_state=read_state)

    async def _say(self, text: str) -> None:
        self.said.append(text)

    async def command(self, text: str, confidence: float = 0.95):
        return await self.dialog.handle(Heard(text, text, confidence), self.answers)

    def hear(self, text: str) -> None:
        self.answers.put_nowait(Heard(text, text, 0.95))

    async def asked(self, n: int = 1) -> None:
        async def wait() -> None:
            while sum(s.startswith(("Did you say", "Please say")) for s in self.said) < n:
                await asyncio.sleep(0.01)
        await asyncio.wait_for(wait(), 10)


@pytest.fixture
async def room(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Room]:
    voice = getattr(request, "param", {"confirm_timeout_s": 1.0})
    config = parse_config({"state_dir": str(tmp_path), "voice": voice,
                           "policy": {"expose": DEV_EXPOSURE}})
    store = Store(tmp_path / "agent.db")
    executor = RecordingExecutor()
    agent = Engine(config, store, load_catalog(), ControllerChain(config.controller), executor,
                   _State())
    await agent.start()
    yield Room(agent, executor, voice)
    await agent.stop(drain_s=1.0)
    store.close()


def test_every_action_with_effects_needs_a_yes_by_default_and_answers_none() -> None:
    tools = load_catalog().tools

    def why(tool: str, args: dict, mode: str = "effects") -> str:
        return confirmation_reason(Proposal(tool, args, "rules"), tools[tool], 0.99, 0.6, mode)

    for tool, args in (("restart_service", {"unit": "nginx.service"}),
                       ("set_led", {"name": "status", "state": "blink"}),
                       ("set_power_profile", {"profile": "powersave"})):
        assert why(tool, args), tool
        assert not why(tool, args, "risky"), tool
    assert not why("report_status", {"topic": "system"})
    # the floor: no mode lifts the confirmation of what a misheard word inverts
    assert why("stop_service", {"unit": "ssh.service"}, "risky")
    assert why("unmount_storage", {"device": "/dev/sdb1"}, "risky")


def test_announcements() -> None:
    def said(tool: str, args: dict) -> str:
        return announce(Proposal(tool, args, "rules"))

    assert said("restart_service", {"unit": "nginx.service"}) == "Restarting nginx."
    assert said("set_led", {"name": "power", "state": "blink"}) == "Blinking the power light."
    assert said("set_power_profile", {"profile": "powersave"}) == \
        "Setting the power profile to powersave."
    assert said("stop_service", {"unit": "ssh.service"}) == "Stopping ssh."


async def test_a_yes_said_before_the_question_answers_nothing(room: Room) -> None:
    room.hear("yes")  # queued while the command was being decided: before the read-back
    outcome = await room.command("restart nginx")
    assert outcome is not None and outcome.status == ActionStatus.REJECTED
    assert room.said[-1] == "No answer. Cancelled." and room.executor.calls == []


async def test_a_strict_yes_after_the_question_runs_exactly_what_was_read_back(room: Room) -> None:
    task = asyncio.create_task(room.command("restart nginx"))
    await room.asked()
    room.hear("yes please")
    outcome = await task
    assert outcome is not None and outcome.status == ActionStatus.SUCCEEDED
    assert room.said[0] == "Did you say: restart nginx? Say yes to confirm, or no."
    assert room.executor.calls == [("restart_service", {"unit": "nginx.service"})]


@pytest.mark.parametrize("first, second", [("restart ssh", "yes"), ("yeah right", "yes")])
async def test_an_answer_that_is_no_yes_is_asked_again_by_name(room: Room, first: str,
                                                               second: str) -> None:
    task = asyncio.create_task(room.command("restart nginx"))
    await room.asked()
    room.hear(first)
    await room.asked(2)
    assert room.said[-1] == "Please say yes or no: restart nginx?"
    room.hear(second)
    await task
    # the yes confirmed the action it was asked about, never the one said in between
    assert room.executor.calls == [("restart_service", {"unit": "nginx.service"})]


async def test_a_yes_after_the_timeout_runs_nothing(room: Room) -> None:
    outcome = await room.command("restart nginx")  # nobody answers within confirm_timeout_s
    assert outcome is not None and outcome.status == ActionStatus.REJECTED
    late = await room.command("yes")  # too late: it is the next command, and answers nothing
    assert late is not None and late.proposal is not None and late.proposal.tool == "say"
    assert room.executor.calls == []


@pytest.mark.parametrize("room", [{"confirm": "risky"}], indirect=True)
async def test_risky_mode_announces_then_runs(room: Room) -> None:
    outcome = await room.command("restart nginx")
    assert outcome is not None and outcome.status == ActionStatus.SUCCEEDED
    assert room.said == ["Restarting nginx.", "Done: restart nginx."]


async def test_a_unit_is_read_back_with_what_it_is(room: Room) -> None:
    """systemd's Description=, cut short: a wrong unit for "the web server" is heard as such."""
    described = Room(room.agent, room.executor, {"confirm": "risky"}, _State().read)
    await described.command("restart nginx")
    await described.command("restart ssh")
    assert described.said == [
        "Restarting nginx, a high performance web server.", "Done: restart nginx.",
        "Restarting ssh, OpenBSD Secure Shell server.", "Done: restart ssh."]
