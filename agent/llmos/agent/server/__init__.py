"""The gRPC control plane: llmos.v1 over mTLS, loopback plain text and the local Unix socket.

The daemon calls `start_control_plane(config, api)` before READY=1, then
`await plane.set_serving(True)`; on shutdown `await plane.stop(grace)`.
"""

from llmos.agent.server.plane import ControlPlane, start_control_plane

__all__ = ["ControlPlane", "start_control_plane"]
