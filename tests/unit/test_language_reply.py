"""Replies to a question back: which choice a short answer picks."""

import pytest

from llmos.agent.controller.language.reply import pick

DRIVES = [{"label": "/dev/sda1", "tool": "unmount_storage", "args": {"device": "/dev/sda1"}},
          {"label": "/dev/sdb1", "tool": "unmount_storage", "args": {"device": "/dev/sdb1"}}]
UNITS = [{"label": "nginx.service", "tool": "restart_service", "args": {"unit": "nginx.service"}},
         {"label": "apache2.service", "tool": "restart_service",
          "args": {"unit": "apache2.service"}}]


@pytest.mark.parametrize("reply,index", [
    ("the second one", 1), ("2", 1), ("first", 0), ("sdb1", 1), ("/dev/sda1 please", 0),
    ("the last one", 1), ("nginx", 0), ("apache2.service", 1),
])
def test_a_reply_picks_one(reply: str, index: int) -> None:
    choices = UNITS if reply in ("nginx", "apache2.service") else DRIVES
    assert pick(reply, choices) == choices[index]


@pytest.mark.parametrize("reply", ["restart nginx and apache2", "both", "yes", "what?",
                                   "reboot the whole device now please, right away, thanks"])
def test_anything_else_is_not_a_reply(reply: str) -> None:
    assert pick(reply, UNITS) is None


def test_yes_picks_the_only_choice() -> None:
    assert pick("yes", UNITS[:1]) == UNITS[0]
