"""End-to-end fixtures: build the appliance image (cached), boot it once in QEMU, share the VM.

The VM boots a throwaway copy of the image in snapshot mode with a development identity
provisioned on its ESP and the test shell enabled (`llmos.test_shell`, hvc0).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "image"))

from llmos_image import build, config, provision, qemu  # noqa: E402

BOOT_TIMEOUT = 600  # TCG through OVMF: ~60 s here; generous for loaded CI machines
AGENT_TIMEOUT = 420


# `make test-e2e` sets it: the slow scenarios marked e2e_full run there, not in `make test`.
FULL = os.environ.get("LLMOS_E2E_FULL") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.timeout(1800))
            if item.get_closest_marker("e2e_full") and not FULL:
                item.add_marker(pytest.mark.skip(
                    reason="slow scenario: make test-e2e runs it (or LLMOS_E2E_FULL=1)"))


@dataclass
class Built:
    cfg: config.BuildConfig
    manifest: dict
    image: Path


@pytest.fixture(scope="session")
def qemu_host() -> None:
    if not qemu.can_run_qemu("qemu-system-x86_64"):
        pytest.skip("this host cannot run QEMU (qemu-system-x86 missing and not installable)")


def _build(profile: str, plain: bool = False) -> Built:
    cfg = config.build_config(profile, with_agent=not plain)
    manifest = json.loads(build.build(cfg).read_text())
    image = cfg.out_dir / manifest["image"]["file"] if "image" in manifest else cfg.out_dir
    return Built(cfg, manifest, image)


@pytest.fixture(scope="session")
def uefi_image(qemu_host: None) -> Built:
    return _build("x86_64-uefi")


@pytest.fixture(scope="session")
def e2e_dir() -> Iterator[Path]:
    """Our own scratch directory: pytest prunes old basetemp dirs, also those of other
    concurrent pytest runs on the machine, which would pull a disk from under a running VM."""
    d = Path(tempfile.mkdtemp(prefix="llmos-e2e-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def dev_pki(e2e_dir: Path) -> Path:
    return provision.dev_identity(e2e_dir / "pki")


def test_copy(built: Built, dest: Path, dev_pki: Path | None) -> Path:
    """A throwaway copy of the image with an identity and the test shell."""
    img = dest / "disk.img"
    subprocess.run(["cp", "--sparse=always", "--reflink=auto", built.image, img], check=True)
    if dev_pki is not None:
        provision.provision(img, provision.provision_dir(dev_pki, dest / "provision"))
    provision.append_kernel_options(img, "llmos.test_shell")
    return img


@pytest.fixture(scope="module")
def vm(uefi_image: Built, dev_pki: Path, e2e_dir: Path) -> Iterator[qemu.VM]:
    """Per module (test_appliance.py uses it): it stops before the next module's VMs boot,
    so two TCG guests never share the host's cores (one OS-update boot starved of CPU)."""
    wd = e2e_dir / "vm"
    wd.mkdir()
    img = test_copy(uefi_image, wd, dev_pki)
    machine = qemu.boot(img, grpc_port=qemu.free_port(), workdir=wd / "run",
                        accel_kernel=uefi_image.cfg.out_dir / "vmlinuz")
    try:
        machine.wait_booted(BOOT_TIMEOUT)
        yield machine
    finally:
        machine.stop()
        shutil.copy(machine.serial_log, REPO / "out" / "e2e-serial.log") if machine.serial_log.exists() else None


def llmosctl(vm: qemu.VM, pki_dir: Path, *args: str, timeout: float = 120) -> tuple[int, str]:
    """llmosctl --json against the VM's forwarded mTLS port with the development client cert."""
    argv = [sys.executable, "-m", "llmos.ctl.cli", "--target", f"127.0.0.1:{vm.grpc_port}",
            "--ca", str(pki_dir / "fleet-ca.crt"), "--cert", str(pki_dir / "admin.crt"),
            "--key", str(pki_dir / "admin.key"), "--json", "--timeout", "60", *args]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout + proc.stderr


def os_cmd(vm: qemu.VM, pki: Path, *args: str, timeout: float = 120) -> dict[str, Any]:
    """`llmosctl os ...`, its last JSON line, with the exit code as "_exit"."""
    code, out = llmosctl(vm, pki, "os", *args, timeout=timeout)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert lines, f"llmosctl os {' '.join(args)}: exit {code}: {out[-2000:]}"
    data: dict[str, Any] = json.loads(lines[-1])
    data["_exit"] = code
    return data


def wait_serving(vm: qemu.VM, pki_dir: Path, timeout: float, attempt_s: float = 10,
                 pause_s: float = 3) -> object:
    """Poll grpc.health.v1 over mTLS through the forwarded port until SERVING.
    Returns None once serving, else the last answer or error (for the failure message)."""
    import time

    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    creds = grpc.ssl_channel_credentials(
        root_certificates=(pki_dir / "fleet-ca.crt").read_bytes(),
        private_key=(pki_dir / "admin.key").read_bytes(),
        certificate_chain=(pki_dir / "admin.crt").read_bytes())
    deadline = time.monotonic() + timeout
    last: object = "no answer"
    while time.monotonic() < deadline:
        with grpc.secure_channel(f"127.0.0.1:{vm.grpc_port}", creds,
                                 options=[("grpc.ssl_target_name_override", "llmos")]) as ch:
            try:
                resp = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(),
                                                            timeout=attempt_s)
                if resp.status == health_pb2.HealthCheckResponse.SERVING:
                    return None
                last = resp
            except grpc.RpcError as e:
                last = e
        time.sleep(pause_s)
    return last
