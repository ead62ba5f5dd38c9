"""Which role each RPC needs: the one table the access interceptor enforces.

Roles are ordered (viewer < operator < admin): a caller may use a method when its role is at
least the one listed. A method that is served but missing here is refused to everyone, so a new
RPC cannot become reachable by accident.
"""

from __future__ import annotations

from llmos.agent.domain import Role

EXECUTE = "/llmos.v1.CommandService/Execute"

METHOD_ROLES: dict[str, Role] = {
    "/llmos.v1.DeviceService/GetDeviceInfo": Role.VIEWER,
    "/llmos.v1.DeviceService/GetHealth": Role.VIEWER,
    "/llmos.v1.EventService/StreamEvents": Role.VIEWER,
    "/llmos.v1.EventService/ListEvents": Role.VIEWER,
    EXECUTE: Role.OPERATOR,
    "/llmos.v1.CommandService/Confirm": Role.OPERATOR,
    "/llmos.v1.CommandService/Reject": Role.OPERATOR,
    "/llmos.v1.CommandService/ListActions": Role.VIEWER,
    "/llmos.v1.CommandService/Correct": Role.OPERATOR,
    "/llmos.v1.CommandService/ListCorrections": Role.VIEWER,
    "/llmos.v1.PolicyService/GetPolicy": Role.VIEWER,
    "/llmos.v1.PolicyService/SetPolicy": Role.ADMIN,
    "/llmos.v1.ModelService/GetModelInfo": Role.VIEWER,
    "/llmos.v1.UpdateService/GetUpdateStatus": Role.VIEWER,
    "/llmos.v1.UpdateService/UpdateModel": Role.ADMIN,
    "/llmos.v1.UpdateService/RollbackModel": Role.ADMIN,
    "/llmos.v1.OsUpdateService/InstallOs": Role.ADMIN,
    "/llmos.v1.OsUpdateService/GetOsStatus": Role.ADMIN,
    "/grpc.health.v1.Health/Check": Role.VIEWER,
    "/grpc.health.v1.Health/Watch": Role.VIEWER,
    "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo": Role.VIEWER,
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo": Role.VIEWER,
}


def required_role(method: str, request: object) -> Role | None:
    """The least role that may call `method` with `request`; None if nobody may.

    The one request-dependent rule: a dry run changes nothing, so a viewer may ask what the
    device would do.
    """
    if method == EXECUTE and getattr(request, "dry_run", False):
        return Role.VIEWER
    return METHOD_ROLES.get(method)
