"""Event streams and memory: the agent's RSS with many StreamEvents open, and after they
close, over several rounds (memory must come back, not grow round after round); and the
per-caller cap ([grpc] max_streams_per_principal) refusing the stream beyond it.

The daemon and its clients share the machine's cores; results go under "streams" in
bench/results/agent.json.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import grpc

from bench.agent_rpc import Daemon, client_credentials
from bench.common import write
from llmos.v1 import events_pb2, events_pb2_grpc

ROUNDS = 5
PER_ROLE = 100  # streams per principal, under the default cap of 128
CAP = 128  # [grpc] max_streams_per_principal; the viewer asks for 5 more
ROLES = ("viewer", "operator", "admin")


async def _hold(address: str, pki_dir: str, role: str, count: int, ready: asyncio.Event,
                done: asyncio.Event) -> int:
    """Open `count` streams as `role`, hold them until `done`; returns how many were refused."""
    refused = 0
    async with grpc.aio.secure_channel(address, client_credentials(pki_dir, role)) as channel:
        stub = events_pb2_grpc.EventServiceStub(channel)
        calls = [stub.StreamEvents(events_pb2.StreamEventsRequest(after_seq=10**12))
                 for _ in range(count)]

        async def watch(call: Any) -> None:
            nonlocal refused
            try:
                async for _ in call:
                    pass
            except grpc.aio.AioRpcError as error:
                if error.code() == grpc.StatusCode.RESOURCE_EXHAUSTED:
                    refused += 1

        tasks = [asyncio.create_task(watch(c)) for c in calls]
        await asyncio.sleep(2.0)
        ready.set()
        await done.wait()
        for call in calls:
            call.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return refused


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="llmos-bench-streams-") as tmp:
        daemon = Daemon(Path(tmp))
        try:
            time.sleep(1.0)
            baseline = daemon.rss_mb()
            rounds = []
            for _ in range(ROUNDS):
                async def round_() -> tuple[float, int]:
                    ready = [asyncio.Event() for _ in ROLES]
                    done = asyncio.Event()
                    holders = [asyncio.create_task(_hold(daemon.address, str(daemon.pki), role,
                                                         CAP + 5 if role == "viewer" else PER_ROLE,
                                                         r, done))
                               for role, r in zip(ROLES, ready, strict=True)]
                    for r in ready:
                        await r.wait()
                    open_rss = daemon.rss_mb()
                    done.set()
                    refused = sum(await asyncio.gather(*holders))
                    return open_rss, refused

                open_rss, refused = asyncio.run(round_())
                time.sleep(3.0)
                rounds.append({"rss_open_mb": round(open_rss, 1),
                               "rss_after_close_mb": round(daemon.rss_mb(), 1),
                               "refused_over_cap": refused})
                print(f"  {rounds[-1]}", flush=True)
            figures = {"streams_open": CAP + PER_ROLE * (len(ROLES) - 1),
                       "rss_baseline_mb": round(baseline, 1),
                       "rounds": rounds,
                       "growth_first_to_last_close_mb": round(
                           rounds[-1]["rss_after_close_mb"] - rounds[0]["rss_after_close_mb"], 1)}
        finally:
            daemon.stop()
    print(f"  wrote {write('agent', 'streams', figures)}", flush=True)


if __name__ == "__main__":
    main()
