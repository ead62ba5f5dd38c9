"""The fleet link serves every unary method of llmos.v1 that the gRPC listeners serve, through
the same servicers and the same role table: none missing, none extra."""

from __future__ import annotations

from google.protobuf import descriptor_pool

from llmos.agent.grpc.roles import METHOD_ROLES
from llmos.agent.mqtt.dispatch import Dispatcher


def streams(method: str) -> bool:
    """Whether a method ("/package.Service/Name") streams either way, from its proto."""
    service, name = method.strip("/").split("/")
    found = descriptor_pool.Default().FindMethodByName(f"{service}.{name}")
    return bool(found.client_streaming or found.server_streaming)


def test_every_unary_llmos_method_travels_over_mqtt() -> None:
    served = set(Dispatcher(api=None, max_request_bytes=1024)._methods)  # type: ignore[arg-type]
    unary = {m for m in METHOD_ROLES if m.startswith("/llmos.v1.") and not streams(m)}
    assert "/llmos.v1.OsUpdateService/GetOsStatus" in unary
    assert not unary & {"/llmos.v1.EventService/StreamEvents", "/llmos.v1.OsUpdateService/InstallOs"}
    assert served == unary
