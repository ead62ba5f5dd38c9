"""Operators' corrections: "no, I meant ...", `correct`, recall of the same words, export."""

from pathlib import Path

import pytest

from llmos.agent.api import CommandRequest, Conflict, InvalidAction, NotFound
from llmos.agent.controller.corrections import Corrections, meant, phrase
from llmos.agent.domain import ActionStatus, DecisionRequest, DeviceState, Principal, Role
from tests.unit.test_engine import OPERATOR, VIEWER, Harness

STATE = DeviceState(units=("nginx.service",), interfaces=("eth0",), leds=("status",))
RESTART = ("restart_service", {"unit": "nginx.service"})


@pytest.fixture
async def h(tmp_path: Path):
    harness = Harness(tmp_path)
    await harness.agent.start()
    yield harness
    await harness.close()


@pytest.mark.parametrize("text, rest", [
    ("no, I meant restart nginx", "restart nginx"),
    ("No I meant: restart nginx", "restart nginx"),
    ("nope - i said restart nginx", "restart nginx"),
    ("no! what i wanted the wired one up", "the wired one up"),
    ("wrong, I mean reboot", "reboot"),
])
def test_a_correction_reply_gives_the_command_meant(text: str, rest: str) -> None:
    assert meant(text) == rest


@pytest.mark.parametrize("text", [
    "no", "no, I meant", "I meant restart nginx", "no restart nginx",
    "restart nginx, no I meant it", "do not restart nginx", "nobody meant to restart nginx",
    "known issue, I meant to ask", "no meant restart nginx",
])
def test_other_text_is_not_a_correction(text: str) -> None:
    assert meant(text) is None


def test_recall_is_by_the_same_words_and_needs_the_entity() -> None:
    memory = Corrections()
    memory.add("Fix the web stuff", *RESTART)
    recalled = memory.recall(DecisionRequest("  fix THE web   stuff! ", (), STATE))
    assert recalled is not None and (recalled.tool, dict(recalled.args)) == RESTART
    assert recalled.controller == "correction"
    assert memory.recall(DecisionRequest("fix the web stuff now", (), STATE)) is None
    assert memory.recall(DecisionRequest("fix the web stuff", (), DeviceState())) is None, \
        "a correction about a unit the device no longer has recalls nothing"
    assert phrase("Reboot  NOW.") == "reboot now"


async def test_no_i_meant_learns_what_was_not_understood_and_recalls_it(h: Harness) -> None:
    first = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
    assert first.proposal.tool == "say"
    fixed = await h.agent.execute(
        CommandRequest(text="no, I meant restart nginx", reply_to=first.id), OPERATOR)
    assert fixed.status == ActionStatus.SUCCEEDED and h.executor.calls == [RESTART]
    (learned,) = await h.agent.corrections()
    assert learned["command"] == "fix the web stuff" and learned["id"] == first.id
    assert learned["expect"] == {"tool": RESTART[0], "args": RESTART[1]}
    assert learned["was"]["tool"] == "say" and learned["by"] == "alice"
    again = await h.agent.execute(CommandRequest(text="Fix the web stuff."), OPERATOR)
    assert again.proposal.controller == "correction"
    assert again.status == ActionStatus.SUCCEEDED and h.executor.calls == [RESTART, RESTART]


async def test_no_i_meant_drops_a_named_action_but_learns_nothing_from_it(h: Harness) -> None:
    """"reboot" meant reboot: "no, I meant restart nginx" is a change of mind (or a word
    misheard by voice), not a lesson that would make "reboot" restart nginx for good."""
    first = await h.agent.execute(CommandRequest(text="reboot"), OPERATOR)
    assert first.status == ActionStatus.PENDING  # reboot waits for a confirmation
    fixed = await h.agent.execute(
        CommandRequest(text="no, I meant restart nginx", reply_to=first.id), OPERATOR)
    assert fixed.status == ActionStatus.SUCCEEDED and h.executor.calls == [RESTART]
    (held,) = [a for a in await h.agent.actions((), 10) if a.id == first.id]
    assert held.status == ActionStatus.REJECTED, "the action not meant never runs"
    assert await h.agent.corrections() == []
    again = await h.agent.execute(CommandRequest(text="reboot"), OPERATOR)
    assert again.proposal.tool == "reboot"


async def test_corrections_survive_a_restart(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    await h.agent.start()
    said = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
    await h.agent.correct(said.id, *RESTART, OPERATOR)
    await h.close()
    h = Harness(tmp_path)
    await h.agent.start()
    try:
        outcome = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
        assert outcome.proposal.controller == "correction" and h.executor.calls == [RESTART]
        assert len(await h.agent.corrections()) == 1
    finally:
        await h.close()


async def test_a_correction_is_still_judged_by_policy(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    await h.agent.start()
    try:
        said = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
        await h.agent.correct(said.id, "reboot", {}, OPERATOR)
        outcome = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
        assert outcome.proposal.tool == "reboot" and outcome.status == ActionStatus.PENDING
        assert h.executor.calls == []
    finally:
        await h.close()


async def test_what_cannot_be_corrected(h: Harness) -> None:
    said = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
    act = await h.agent.execute(CommandRequest(tool="report_status", args={"topic": "system"}),
                                OPERATOR)
    with pytest.raises(NotFound):
        await h.agent.correct("cmd-nope", *RESTART, OPERATOR)
    with pytest.raises(Conflict):
        await h.agent.correct(act.id, *RESTART, OPERATOR)  # a structured action: no words
    with pytest.raises(InvalidAction):
        await h.agent.correct(said.id, "restart_service", {"unit": "../x"}, OPERATOR)
    with pytest.raises(PermissionError):
        await h.agent.correct(said.id, *RESTART, VIEWER)
    viewer = Principal("v", Role.VIEWER, "console")
    await h.agent.execute(CommandRequest(text="no, I meant restart nginx", reply_to=said.id,
                                         dry_run=True), viewer)
    assert await h.agent.corrections() == [], "a dry run and a viewer teach nothing"


async def test_a_reply_that_is_not_understood_teaches_nothing(h: Harness) -> None:
    said = await h.agent.execute(CommandRequest(text="fix the web stuff"), OPERATOR)
    await h.agent.execute(CommandRequest(text="no, I meant the thingy", reply_to=said.id),
                          OPERATOR)
    assert await h.agent.corrections() == []
