"""OS updates on Jetson without a Jetson (docs/updates.md, "Jetson (L4T): RAUC beside nvbootctrl").

1. `make update-bundle PROFILE=jetson-orin` (rauc.build_bundle): a verity bundle signed by the
   update CA, for the jetson compatible, whose ext4 is the built rootfs with the new version;
   another CA's keyring refuses it, and an x86 device would (its compatible differs).
2. (e2e_full) the rootfs boots on qemu-system-aarch64 -M virt from a GPT disk with L4T's
   partition labels (APP, APP_b, and an empty UDA) and tests/support/fake_nvbootctrl as
   /usr/sbin/nvbootctrl: /var/lib/llmos is UDA, made ext4 at the first boot with the rootfs's
   provisioning copied onto it, the identity and RAUC's status on it; the agent's boot trial
   marks slot A good through RAUC's custom backend, `llmosctl os install` writes the bundle
   to APP_b (whose fstab mounts the same UDA) and makes B primary, and a bundle for the x86
   compatible is refused. The reboot into B and UEFI's retry counter need a Jetson.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import AGENT_TIMEOUT, REPO, Built, _build, os_cmd, wait_serving
from llmos_image import config, provision, qemu, rauc, virt
from llmos_image.cache import Cache

ARM_BOOT_TIMEOUT = 900  # TCG-emulated Cortex-A57 (tests/e2e/test_jetson_virt.py)
FAKE = REPO / "tests/support/fake_nvbootctrl"
FIGURES: dict[str, Any] = {}


@pytest.fixture(scope="module")
def jetson(e2e_dir: Path) -> Built:
    if shutil.which("rauc") is None:
        pytest.skip("rauc is not installed (make image-tools)")
    return _build("jetson-orin")


@pytest.fixture(scope="module")
def bundles(jetson: Built, e2e_dir: Path) -> dict[str, Path]:
    """v2 for jetson-orin, and a small bundle for the x86 compatible signed by the same CA."""
    out = e2e_dir / "jetson-bundles"
    t0 = time.monotonic()
    v2 = rauc.build_bundle(jetson.cfg, "2", out)
    FIGURES["bundle_build_s"] = round(time.monotonic() - t0, 1)
    FIGURES["bundle_mib"] = round(v2.stat().st_size / 2**20, 1)
    x86 = config.build_config("x86_64-uefi")
    content, files = e2e_dir / "x86-content", e2e_dir / "x86-files"
    content.mkdir()
    files.mkdir()
    (files / "noise").write_bytes(os.urandom(1 << 20))  # an empty ext4 squashes to nothing
    subprocess.run(["mkfs.ext4", "-q", "-F", "-d", files, content / "rootfs.ext4", "8M"], check=True)
    (content / "manifest.raucm").write_text(rauc.bundle_manifest(x86, "x86", "test"))
    ca = rauc.ca_dir(jetson.cfg)
    other = out / "x86.raucb"
    subprocess.run(["rauc", "bundle", f"--cert={ca / 'signing.crt'}", f"--key={ca / 'signing.key'}",
                    content, other], check=True, capture_output=True)
    return {"v2": v2, "x86": other}


def rauc_info(bundle: Path, keyring: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["rauc", "info", f"--keyring={keyring}", "--output-format=json", bundle],
                          capture_output=True, text=True, timeout=300)


def test_jetson_bundle_is_signed_for_jetson_and_carries_the_rootfs(
        jetson: Built, bundles: dict[str, Path], e2e_dir: Path) -> None:
    ca = rauc.ca_dir(jetson.cfg)
    done = rauc_info(bundles["v2"], ca / "ca.crt")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["compatible"] == "llmos-jetson-orin" and info["version"] == "2", info
    image = info["images"][0]["rootfs"]
    assert image["filename"] == "rootfs.ext4"
    assert image["size"] == jetson.cfg.profile.disk.root_mib << 20
    # An x86 device's system.conf names another compatible: RAUC refuses the bundle there
    # (install.c, verify_compatible; installed for real on the virt board below).
    x86 = config.build_config("x86_64-uefi")
    assert f"compatible={info['compatible']}\n" not in rauc.system_conf(x86, [])
    # Signed by the update CA, and only by it.
    other_ca = e2e_dir / "jetson-other-ca"
    subprocess.run([REPO / "scripts/make-dev-os-update-ca", other_ca, "--name", "someone else"],
                   check=True, capture_output=True)
    refused = rauc_info(bundles["v2"], other_ca / "ca.crt")
    assert refused.returncode != 0 and re.search(r"signature|verif|certificate", refused.stderr,
                                                  re.I), refused.stderr
    # The image is the rootfs with this bundle's version, RAUC's backend and its system.conf.
    out = e2e_dir / "jetson-extract"
    done = subprocess.run(["rauc", "extract", f"--keyring={ca / 'ca.crt'}", bundles["v2"], out],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr

    def cat(path: str) -> str:
        return subprocess.run(["debugfs", "-R", f"cat {path}", out / "rootfs.ext4"],
                              capture_output=True, text=True, check=True).stdout

    assert cat("/etc/llmos/os-version") == "2\n"
    assert "bootloader=custom\n" in cat("/etc/rauc/system.conf")
    assert cat("/usr/lib/llmos/rauc-nvbootctrl").startswith("#!/usr/bin/python3\n")
    assert "enabled = true" in cat("/etc/llmos/agent.toml").split("[os_update]", 1)[1]


# -- the virt board ------------------------------------------------------------------------


# Room for the uploaded bundle (191 MiB; os_update.upload_dir is on /var/lib/llmos) and the state.
UDA_MIB = 384


@pytest.fixture(scope="module")
def board(jetson: Built, dev_pki: Path, e2e_dir: Path) -> Iterator[qemu.VM]:
    if not qemu.can_run_qemu("qemu-system-aarch64"):
        pytest.skip("this host cannot run qemu-system-aarch64")
    tree = virt.kernel_tree(jetson.cfg, Cache(jetson.cfg.cache_dir))
    wd = e2e_dir / "jetson-board"
    wd.mkdir()
    prov = provision.provision_dir(dev_pki, wd / "provision")
    extra = {f"/var/lib/llmos/provision/{f.name}": f for f in prov.iterdir()}
    extra["/usr/sbin/nvbootctrl"] = FAKE
    root = virt.root_image(jetson.cfg.out_dir / "rootfs", tree, wd / "root.ext4", extra)
    disk = virt.l4t_disk(root, wd / "disk.img", jetson.cfg.profile.disk.root_mib + 16, UDA_MIB)
    root.unlink()
    cmdline = f"root=/dev/vda1 rw {jetson.cfg.profile.kernel_cmdline} llmos.test_shell"
    machine = qemu.boot(disk, arch="arm64", grpc_port=qemu.free_port(), uefi=False,
                        kernel=virt.kernel(tree), initrd=virt.initrd(tree, wd / "initrd.img"),
                        append=cmdline, workdir=wd / "run")
    try:
        machine.wait_booted(ARM_BOOT_TIMEOUT)
        yield machine
    finally:
        machine.stop()
        subprocess.run(["cp", machine.serial_log, REPO / "out" / "e2e-jetson-update-serial.log"],
                       check=False)
        (REPO / "out").mkdir(exist_ok=True)
        (REPO / "out" / "jetson-update-figures.json").write_text(json.dumps(FIGURES, indent=2) + "\n")


def shell_line(vm: qemu.VM, cmd: str) -> str:
    code, out = vm.shell(cmd, 60)
    assert code == 0, f"{cmd}: {out}"
    return out.strip().splitlines()[-1].strip() if out.strip() else ""


def nvbootctrl_table(vm: qemu.VM) -> dict[str, Any]:
    code, out = vm.shell("cat /var/lib/fake-nvbootctrl.json", 60)
    assert code == 0, out
    return dict(json.loads(out.strip().splitlines()[-1]))


@pytest.mark.e2e_full  # an arm64 boot, the agent's trial and a 2 GiB slot write under TCG
@pytest.mark.timeout(3600)
def test_on_the_virt_board_the_agent_marks_good_and_installs_through_nvbootctrl(
        board: qemu.VM, bundles: dict[str, Path], dev_pki: Path) -> None:
    t0 = time.monotonic()
    assert wait_serving(board, dev_pki, AGENT_TIMEOUT * 2, attempt_s=20, pause_s=5) is None
    deadline = time.monotonic() + 1200
    status: dict[str, Any] = {}
    while time.monotonic() < deadline:
        status = os_cmd(board, dev_pki, "status")
        if status.get("trial") in ("passed", "failed"):
            break
        time.sleep(5)
    FIGURES["boot_to_trial_s"] = round(time.monotonic() - t0, 1)
    assert status.get("trial") == "passed" and status["booted"] == "A", status
    table = nvbootctrl_table(board)
    assert ["-t", "rootfs", "mark-boot-successful"] in table["calls"], table
    assert all(c[:2] == ["-t", "rootfs"] for c in table["calls"]), table

    # /var/lib/llmos is L4T's UDA (made ext4 at the first boot, the provisioning the rootfs
    # carried copied onto it), and the identity and RAUC's status live there.
    assert shell_line(board, "findmnt -n -o SOURCE,FSTYPE /var/lib/llmos") == "/dev/vda3 ext4"
    assert shell_line(board, "readlink -f /dev/disk/by-partlabel/UDA") == "/dev/vda3"
    assert shell_line(board, "findmnt -n -o SOURCE --target /var/lib/llmos/pki/device.crt") == \
        "/dev/vda3"
    assert shell_line(board, "cut -d' ' -f1 /var/lib/llmos/pki/provisioned") == \
        "/var/lib/llmos/provision"
    assert shell_line(board, "test -e /var/lib/llmos/.llmos-seeded && echo seeded") == "seeded"
    FIGURES["uda"] = shell_line(board, "df -m --output=size,used /var/lib/llmos | tail -1")

    t0 = time.monotonic()
    result = os_cmd(board, dev_pki, "install", str(bundles["v2"]), timeout=3000)
    FIGURES["install_s"] = round(time.monotonic() - t0, 1)
    assert result["_exit"] == 0, result
    status = os_cmd(board, dev_pki, "status")
    assert status["primary"] == "B" and status["booted"] == "A", status
    assert nvbootctrl_table(board)["active"] == 1
    code, out = board.shell("PAGER=cat debugfs -R 'cat /etc/llmos/os-version' /dev/disk/by-partlabel/APP_b", 120)
    assert code == 0 and out.strip().splitlines()[-1] == "2", out
    # RAUC's status of both slots (its data-directory) is on UDA too.
    assert shell_line(board, "ls /var/lib/llmos/rauc | wc -l") != "0"
    assert shell_line(board, "findmnt -n -o SOURCE --target /var/lib/llmos/rauc") == "/dev/vda3"
    # Slot B mounts the same UDA at /var/lib/llmos, and has nothing of its own there.
    code, out = board.shell("PAGER=cat debugfs -R 'cat /etc/fstab' /dev/disk/by-partlabel/APP_b", 120)
    assert code == 0 and re.search(r"^PARTLABEL=UDA\s+/var/lib/llmos\s+ext4\s+\S*nofail",
                                    out, re.M), out
    code, out = board.shell("PAGER=cat debugfs -R 'ls -p /var/lib/llmos' /dev/disk/by-partlabel/APP_b", 120)
    assert code == 0 and {e.split("/")[5] for e in out.split() if e.count("/") >= 6} <= \
        {".", ".."}, out

    result = os_cmd(board, dev_pki, "install", str(bundles["x86"]), timeout=600)
    assert result["_exit"] != 0 and "compatible" in result.get("error", "").lower(), result
    assert nvbootctrl_table(board)["active"] == 1
