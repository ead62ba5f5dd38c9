"""The jetson-orin root filesystem boots on qemu-system-aarch64 -M virt to the agent's health SERVING."""
from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import AGENT_TIMEOUT, Built, _build, wait_serving
from llmos_image import provision, qemu, virt
from llmos_image.cache import Cache

ARM_BOOT_TIMEOUT = 900  # TCG-emulated Cortex-A57: ~90 s to login idle, far more when loaded


@pytest.fixture(scope="module")
def jetson_vm(dev_pki: Path, e2e_dir: Path) -> Iterator[qemu.VM]:
    if not qemu.can_run_qemu("qemu-system-aarch64"):
        pytest.skip("this host cannot run qemu-system-aarch64")
    built: Built = _build("jetson-orin")
    tree = virt.kernel_tree(built.cfg, Cache(built.cfg.cache_dir))
    wd = e2e_dir / "jetson"
    wd.mkdir()
    prov = provision.provision_dir(dev_pki, wd / "provision")
    extra = {f"/var/lib/llmos/provision/{f.name}": f for f in prov.iterdir()}
    root = virt.root_image(built.cfg.out_dir / "rootfs", tree, wd / "root.ext4", extra)
    # L4T's layout: the agent's state lives on the UDA partition (docs/jetson.md)
    disk = virt.l4t_disk(root, wd / "disk.img", slot_mib=16, uda_mib=64)
    root.unlink()
    init = virt.initrd(tree, wd / "initrd.img")
    cmdline = f"root=/dev/vda1 rw {built.cfg.profile.kernel_cmdline} llmos.test_shell"
    machine = qemu.boot(disk, arch="arm64", grpc_port=qemu.free_port(), uefi=False,
                        kernel=virt.kernel(tree), initrd=init, append=cmdline, workdir=wd / "run")
    try:
        machine.wait_booted(ARM_BOOT_TIMEOUT)
        yield machine
    finally:
        machine.stop()
        subprocess.run(["cp", machine.serial_log, Path(__file__).resolve().parents[2] / "out" /
                        "e2e-jetson-serial.log"], check=False)


def test_jetson_rootfs_boots_on_virt(jetson_vm: qemu.VM) -> None:
    _, out = jetson_vm.shell("uname -m; systemctl is-system-running --wait; "
                                  "systemctl --failed --no-legend", 300)
    assert out.splitlines()[0].strip() == "aarch64", out
    _, out = jetson_vm.shell("ls /var/lib/llmos/pki")
    assert "device.key" in out, out


def test_jetson_agent_health_serving(jetson_vm: qemu.VM, dev_pki: Path) -> None:
    last = wait_serving(jetson_vm, dev_pki, AGENT_TIMEOUT * 2, attempt_s=20, pause_s=5)
    if last is None:
        return
    _, journal = jetson_vm.shell("journalctl -u llmos-agent --no-pager | tail -40", 120)
    pytest.fail(f"jetson agent not SERVING: {last}\n{journal}")
