"""The x86_64-npu image under QEMU: x86 QEMU has no NPU (nor an OpenVINO GPU), so the agent must
serve and run the model on the CPU execution provider, saying what it asked for and why it fell
back."""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import conftest
from conftest import AGENT_TIMEOUT, BOOT_TIMEOUT, Built, llmosctl, wait_serving
from llmos_image import qemu


@pytest.fixture(scope="module")
def npu_vm(qemu_host: None, dev_pki: Path, e2e_dir: Path) -> Iterator[tuple[qemu.VM, Built]]:
    built = conftest._build("x86_64-npu")
    wd = e2e_dir / "npu-vm"
    wd.mkdir()
    img = conftest.test_copy(built, wd, dev_pki)  # not imported by name: pytest would collect it
    machine = qemu.boot(img, grpc_port=qemu.free_port(), workdir=wd / "run",
                        accel_kernel=built.cfg.out_dir / "vmlinuz")
    try:
        machine.wait_booted(BOOT_TIMEOUT)
        yield machine, built
    finally:
        machine.stop()


def _status_when_loaded(vm: qemu.VM, dev_pki: Path) -> str:
    last = wait_serving(vm, dev_pki, AGENT_TIMEOUT)
    assert last is None, f"gRPC health never SERVING: {last}"
    deadline = time.monotonic() + AGENT_TIMEOUT
    while True:
        rc, out = llmosctl(vm, dev_pki, "status")
        assert rc == 0, out
        if '"model_state": "loading"' not in out or time.monotonic() > deadline:
            return out
        time.sleep(3)


def test_npu_image_serves_and_decides_without_an_npu(npu_vm: tuple[qemu.VM, Built],
                                                     dev_pki: Path) -> None:
    vm, built = npu_vm
    assert vm.boot_state == "running", vm.boot_state
    assert built.manifest.get("model"), "the npu image ships no model bundle"
    out = _status_when_loaded(vm, dev_pki)
    assert '"model_state": "loaded"' in out and '"provider_requested": "openvino"' in out, out
    rc, out = llmosctl(vm, dev_pki, "exec", "show storage status")
    assert rc == 0 and "succeeded" in out.lower(), out


def test_npu_image_reports_the_cpu_fallback(npu_vm: tuple[qemu.VM, Built], dev_pki: Path) -> None:
    vm, _ = npu_vm
    out = _status_when_loaded(vm, dev_pki)
    assert '"provider": "CPUExecutionProvider"' in out, out
    # What was asked for, and why it fell back, is reported.
    assert "OpenVINOExecutionProvider:NPU" in out, out
