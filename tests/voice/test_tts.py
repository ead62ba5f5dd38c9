"""Spoken replies: espeak-ng really renders them; the player gets a non-empty WAV."""

import logging

from llmos.agent.voice.tts import Mouth


async def test_reply_is_rendered_and_played(caplog) -> None:
    # `test -s FILE` as the player: succeeds only if espeak-ng wrote a non-empty file.
    mouth = Mouth("en-us", enabled=True, player=("test", "-s"))
    with caplog.at_level(logging.WARNING, "llmos.voice"):
        await mouth.say("Did you say: unmount sdb1?")
        await mouth.say("-v is text, not an option")
    assert mouth.said == ["Did you say: unmount sdb1?", "-v is text, not an option"]
    assert not caplog.records


async def test_muted_replies_are_still_kept() -> None:
    mouth = Mouth("en-us", enabled=False, player=("false",))
    await mouth.say("Done.")
    assert mouth.said == ["Done."]
