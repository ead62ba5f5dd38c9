"""Spoken replies: espeak-ng renders a WAV, aplay plays it. Every reply is logged as well, so
an operator who did not hear it can read it in the journal.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from llmos.agent import process

log = logging.getLogger("llmos.voice")


class Mouth:
    def __init__(self, voice: str, enabled: bool,
                 player: tuple[str, ...] = ("aplay", "-q")) -> None:
        self._voice = voice
        self._enabled = enabled
        self._player = player
        self.said: list[str] = []  # what was said, newest last (tests and `status` read it)

    async def say(self, text: str) -> None:
        log.info("voice reply: %s", text)
        self.said = [*self.said[-49:], text]
        if not self._enabled:
            return
        with tempfile.TemporaryDirectory(prefix="llmos-tts-") as tmp:
            wav = Path(tmp) / "reply.wav"
            # Text is an argument, never a shell word; "--" so a reply starting with "-" is text.
            made = await process.run("espeak-ng", "-v", self._voice, "-w", str(wav), "--", text,
                                     timeout=10.0)
            if not made.ok:
                log.warning("espeak-ng failed: %s", made.output)
                return
            played = await process.run(*self._player, str(wav), timeout=30.0)
            if not played.ok:
                log.warning("playing the reply failed: %s", played.output)
