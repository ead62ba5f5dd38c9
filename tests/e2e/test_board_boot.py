"""Boots as on a board: provisioning from the ESP happens once, and a machine without a virtio
console (no hvc0, so no test shell) finishes its boot `running`, not `degraded` (issue 21).

One persistent copy of the image, booted twice: first with the test shell (the development
identity is installed from the ESP), then, after a second, foreign identity was put on the ESP,
without the virtio console. The second boot must keep the first identity (it serves the
certificate of the first CA, and the first CA's admin is still let in), leave the foreign files
alone, and systemd must say `running`, which the agent reports (report_status system).
"""
from __future__ import annotations

import hashlib
import re
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import conftest
from conftest import AGENT_TIMEOUT, BOOT_TIMEOUT, REPO, Built, llmosctl, wait_serving
from llmos_image import provision, qemu


@pytest.fixture(scope="module")
def board(uefi_image: Built, dev_pki: Path, e2e_dir: Path) -> Iterator[dict[str, object]]:
    wd = e2e_dir / "board"
    wd.mkdir()
    img = conftest.test_copy(uefi_image, wd, dev_pki)  # (imported as test_*, pytest would collect it)
    facts: dict[str, object] = {"image": img, "workdir": wd}
    first = qemu.boot(img, snapshot=False, grpc_port=qemu.free_port(), workdir=wd / "run1",
                      accel_kernel=uefi_image.cfg.out_dir / "vmlinuz")
    try:
        first.wait_booted(BOOT_TIMEOUT)
        facts["first_state"] = first.boot_state
        _, facts["first_pki"] = first.shell("ls /var/lib/llmos/pki; cat /var/lib/llmos/pki/provisioned")
        _, facts["device_crt"] = first.shell("cat /var/lib/llmos/pki/device.crt")
        first.shell("sync")
    finally:
        first.stop()
    # A second, foreign identity on the ESP, as a stale or hostile copy of a provisioning step.
    other = provision.dev_identity(wd / "other-pki")
    provision.provision(img, provision.provision_dir(other, wd / "other-provision"))
    second = qemu.boot(img, snapshot=False, grpc_port=qemu.free_port(), workdir=wd / "run2",
                       accel_kernel=uefi_image.cfg.out_dir / "vmlinuz", virtio_console=False)
    facts["second"] = second
    try:
        yield facts
    finally:
        second.stop()
        if second.serial_log.exists():
            shutil.copy(second.serial_log, REPO / "out" / "e2e-board-serial.log")


def test_first_boot_installs_the_provisioned_identity(board: dict[str, object]) -> None:
    assert board["first_state"] == "running", board["first_state"]
    pki = str(board["first_pki"])
    assert "device.key" in pki and "/boot/efi/llmos/provision" in pki, pki


def test_without_virtio_console_the_boot_is_running(board: dict[str, object], dev_pki: Path) -> None:
    vm = board["second"]
    assert isinstance(vm, qemu.VM)
    last = wait_serving(vm, dev_pki, BOOT_TIMEOUT + AGENT_TIMEOUT)
    assert last is None, f"the agent never served without the virtio console: {last}\n{vm.serial_text()[-3000:]}"
    # "starting" while jobs run (before the fix: 90 s waiting for hvc0, then "degraded");
    # "unknown" if systemctl did not answer in time on a loaded host
    deadline = time.monotonic() + 300
    state = ""
    while time.monotonic() < deadline:
        rc, out = llmosctl(vm, dev_pki, "act", "report_status", "topic=system")
        assert rc == 0, out
        state = out
        if re.search(r"systemd: (running|degraded|maintenance|stopping)", out):
            break
        time.sleep(5)
    assert "systemd: running" in state, state


def test_second_boot_keeps_the_first_identity(board: dict[str, object], dev_pki: Path) -> None:
    vm = board["second"]
    assert isinstance(vm, qemu.VM)
    assert wait_serving(vm, dev_pki, BOOT_TIMEOUT + AGENT_TIMEOUT) is None
    served = _served_certificate(vm, dev_pki)
    first = ssl.PEM_cert_to_DER_cert(str(board["device_crt"]).strip() + "\n")
    assert hashlib.sha256(served).hexdigest() == hashlib.sha256(first).hexdigest(), \
        "the second boot serves another certificate: provisioning ran again"
    # The foreign files were ignored, not taken (and not deleted: they are not the device's).
    img = Path(str(board["image"]))
    listing = subprocess.run(["mdir", "-b", "-i", f"{img}@@{provision.esp_offset(img)}", "::/llmos/provision"],
                             capture_output=True, text=True, env={"MTOOLS_SKIP_CHECK": "1", "PATH": "/usr/bin:/bin"})
    assert "device.key" in listing.stdout, listing


def _served_certificate(vm: qemu.VM, pki: Path) -> bytes:
    """The certificate the device serves, checked against the first CA (with its admin)."""
    import socket

    context = ssl.create_default_context(cafile=str(pki / "fleet-ca.crt"))
    context.load_cert_chain(str(pki / "admin.crt"), str(pki / "admin.key"))
    context.check_hostname = False
    context.set_alpn_protocols(["h2"])
    with socket.create_connection(("127.0.0.1", vm.grpc_port or 0), timeout=30) as raw, \
            context.wrap_socket(raw) as tls:
        der = tls.getpeercert(binary_form=True)
    assert der is not None
    return der
