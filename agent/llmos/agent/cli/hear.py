"""`llmos-agent hear`: a recording through the voice pipeline to one proposed action; nothing runs.

The same speech path as the microphone (voice/pipeline.py), then the configured controller and
validation exactly as `decide` does: the spoken counterpart of the evaluation contract.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmos.agent.catalog import load_catalog
from llmos.agent.config import AgentConfig
from llmos.agent.controller.chain import controller_chain
from llmos.agent.domain import DecisionRequest, DeviceState
from llmos.agent.validation import ValidationError, validate
from llmos.agent.voice.audio import read_wav
from llmos.agent.voice.pipeline import Listener, hear_audio


def hear_file(config: AgentConfig, path: Path, state: DeviceState) -> dict[str, Any]:
    """`llmos-agent hear`: recording -> {"text", "tool", "args"}; nothing is executed."""
    listener = Listener(config.voice)
    heard = hear_audio(listener, read_wav(path), state)
    if heard is None:
        return {"text": "", "tool": "ignore", "args": {"reason": "no command heard"}}
    controller = controller_chain(config, store=None)
    controller.load()  # a bundle refused leaves the rules, as in the daemon
    proposal = controller.decide(DecisionRequest(heard.command, (), state))
    try:
        args: Any = validate(load_catalog(), proposal.tool, proposal.args)
    except ValidationError:
        args = dict(proposal.args)  # reported as proposed, as `decide` does
    return {"text": heard.text, "tool": proposal.tool, "args": args}
