"""UpdateService when model updates are off, over a real control plane (mTLS and the
plain-text listener): status says so, installing and rolling back answer FAILED_PRECONDITION
to an admin and PERMISSION_DENIED to anyone less, on every listener."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

from llmos.v1 import update_pb2, update_pb2_grpc
from tests.unit.grpc_support import PlaneThread, make_pki


@pytest.fixture
def plane(tmp_path: Path) -> Iterator[PlaneThread]:
    running = PlaneThread(make_pki(tmp_path / "pki"), tmp_path)
    yield running
    running.close()


def code(call: object, request: object) -> grpc.StatusCode:
    with pytest.raises(grpc.RpcError) as error:
        call(request, timeout=10)  # type: ignore[operator]
    return error.value.code()  # type: ignore[no-any-return]


def test_updates_off(plane: PlaneThread) -> None:
    viewer = update_pb2_grpc.UpdateServiceStub(plane.channel("viewer"))
    status = viewer.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(), timeout=10)
    assert not status.model.enabled and status.model.current == "factory"
    assert not status.os.supported and "os_update.enabled" in status.os.detail
    admin = update_pb2_grpc.UpdateServiceStub(plane.channel("admin"))
    with pytest.raises(grpc.RpcError) as error:
        admin.UpdateModel(update_pb2.UpdateModelRequest(), timeout=10)
    assert error.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "updates.repo_url" in (error.value.details() or "")
    assert code(admin.RollbackModel, update_pb2.RollbackModelRequest()) == \
        grpc.StatusCode.FAILED_PRECONDITION
    for stub in (viewer, update_pb2_grpc.UpdateServiceStub(plane.channel("operator")),
                 update_pb2_grpc.UpdateServiceStub(plane.channel(listener="insecure"))):
        assert code(stub.UpdateModel, update_pb2.UpdateModelRequest()) == \
            grpc.StatusCode.PERMISSION_DENIED
        assert code(stub.RollbackModel, update_pb2.RollbackModelRequest()) == \
            grpc.StatusCode.PERMISSION_DENIED


def test_the_local_socket_grants_no_more_than_its_roles(tmp_path: Path) -> None:
    """Another front end, the same table: root on the Unix socket without admin_uids is a
    viewer (configured so: by default it has no role at all) and may not install or roll
    back."""
    running = PlaneThread(make_pki(tmp_path / "pki"), tmp_path, admin_uids=[], default="viewer")
    try:
        local = update_pb2_grpc.UpdateServiceStub(running.channel(listener="unix"))
        assert not local.GetUpdateStatus(update_pb2.GetUpdateStatusRequest(),
                                         timeout=10).model.enabled
        assert code(local.UpdateModel, update_pb2.UpdateModelRequest()) == \
            grpc.StatusCode.PERMISSION_DENIED
    finally:
        running.close()
