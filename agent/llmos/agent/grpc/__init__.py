"""The gRPC control plane: llmos.v1 over mTLS, loopback plain text and the local Unix socket.

The daemon calls `await start_control_plane(config, api)` before READY=1 (it returns serving),
`plane.set_serving(False)` when it starts draining, and `await plane.stop(grace)` at the end.
"""

from llmos.agent.grpc.plane import ControlPlane, start_control_plane

__all__ = ["ControlPlane", "start_control_plane"]
