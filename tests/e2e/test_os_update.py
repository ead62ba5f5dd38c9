"""A/B OS updates in QEMU: RAUC, GRUB's boot counting and the agent's boot trial, for real.

One persistent throwaway copy of the x86_64-uefi image (a new QEMU for each boot: a guest
reboot ends QEMU and next_boot powers it on again), driven through `llmosctl os` over mTLS,
in order (each test starts from where the previous one left the device):
1. the factory slot A passes its boot trial and is marked good;
2. v1 installs a healthy v2 (`make update-bundle`), reboots into B, which passes and is marked good;
3. v2 installs a v3 whose agent cannot start (its agent.toml broken): v3 boots on trial, the
   backstop sees the crash loop, marks it bad and reboots; GRUB falls back to v2 by itself and
   `os status` says why;
4. a bundle signed by another CA is refused and nothing changes;
5. power cut (QMP quit) while RAUC writes the other slot: the device boots the slot it had
   (e2e_full: make test-e2e runs it, make test skips it).
The figures (bundle size, install time, downtime, rollback time) go to out/os-update-figures.json
for bench/results/update.json.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import BOOT_TIMEOUT, REPO, Built, os_cmd, wait_serving
from conftest import test_copy as copy_image
from llmos_image import qemu, rauc

TRIAL_TIMEOUT = 600  # boot + agent + model load under TCG, then mark-good
BANNER = r"llmos console \("  # the agent's serial console: printed at each start
FIGURES: dict[str, Any] = {}


@pytest.fixture(scope="module")
def bundles(uefi_image: Built, e2e_dir: Path) -> dict[str, Path]:
    """v2 (healthy), v3 (its agent cannot start: agent.toml is not TOML), and a small bundle
    signed by another CA."""
    cfg = uefi_image.cfg
    out = e2e_dir / "bundles"
    t0 = time.monotonic()
    v2 = rauc.build_bundle(cfg, "2", out)
    FIGURES["bundle_build_s"] = round(time.monotonic() - t0, 1)
    broken = e2e_dir / "broken-agent.toml"
    broken.write_text("this is [not toml\n")
    v3 = rauc.build_bundle(cfg, "3", out, files={"etc/llmos/agent.toml": broken})
    other_ca = e2e_dir / "other-ca"
    subprocess.run([REPO / "scripts/make-dev-os-update-ca", other_ca, "--name", "someone else"],
                   check=True, capture_output=True)
    content, files = e2e_dir / "evil", e2e_dir / "evil-files"
    content.mkdir()
    files.mkdir()
    (files / "noise").write_bytes(os.urandom(1 << 20))  # an empty ext4 squashes to nothing
    subprocess.run(["mkfs.ext4", "-q", "-F", "-d", files, content / "rootfs.ext4", "8M"], check=True)
    (content / "manifest.raucm").write_text(
        f"[update]\ncompatible={rauc.compatible(cfg)}\nversion=evil\n\n[bundle]\nformat=verity\n\n"
        "[image.rootfs]\nfilename=rootfs.ext4\n")
    evil = out / "evil.raucb"
    subprocess.run(["rauc", "bundle", f"--cert={other_ca / 'signing.crt'}",
                    f"--key={other_ca / 'signing.key'}", content, evil], check=True, capture_output=True)
    FIGURES["bundle_mib"] = round(v2.stat().st_size / 2**20, 1)
    FIGURES["root_slot_mib"] = cfg.profile.disk.root_mib
    return {"v2": v2, "v3": v3, "evil": evil}


@pytest.fixture(scope="module")
def device(uefi_image: Built, dev_pki: Path, e2e_dir: Path) -> Iterator[dict[str, Any]]:
    wd = e2e_dir / "os-update-vm"
    wd.mkdir()
    img = copy_image(uefi_image, wd, dev_pki)
    state: dict[str, Any] = {"img": img, "wd": wd, "n": 0, "port": qemu.free_port()}
    state["vm"] = _boot(uefi_image, state)
    try:
        yield state
    finally:
        state["vm"].stop()
        if state["vm"].serial_log.exists():
            shutil.copy(state["vm"].serial_log, REPO / "out" / "e2e-os-update-serial.log")
        (REPO / "out").mkdir(exist_ok=True)
        (REPO / "out" / "os-update-figures.json").write_text(json.dumps(FIGURES, indent=2) + "\n")


def _boot(built: Built, state: dict[str, Any]) -> qemu.VM:
    """Boot the persistent copy (guest writes stay: reboots and power cuts see them).

    A guest reboot ends this QEMU (-no-reboot) and next_boot starts a new one on the same
    disk: warm resets of one long-lived TCG guest hung in OVMF after the second reboot
    (docs/updates.md, "How it is tested"), a fresh QEMU on the same disk did not."""
    state["n"] += 1
    return qemu.boot(state["img"], snapshot=False, grpc_port=state["port"], reboot=False,
                     workdir=state["wd"] / f"run{state['n']}",
                     accel_kernel=built.cfg.out_dir / "vmlinuz")


def next_boot(built: Built, state: dict[str, Any], timeout: float) -> qemu.VM:
    """Wait for the guest to reboot (its QEMU exits), then power it on again."""
    vm: qemu.VM = state["vm"]
    try:
        vm.process.wait(timeout)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"the guest did not reboot within {timeout:.0f} s; {vm.diagnose()}; "
                             f"serial:\n{vm.serial_text()[-3000:]}") from None
    vm.stop()
    state["vm"] = vm = _boot(built, state)
    return vm


def _reconnect(vm: qemu.VM) -> None:
    """The test shell of the previous boot is gone with it."""
    if vm._shell is not None:
        vm._shell.close()
        vm._shell = None


def wait_trial(vm: qemu.VM, pki: Path, timeout: float = TRIAL_TIMEOUT) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    status: dict[str, Any] = {}
    while time.monotonic() < deadline:
        status = os_cmd(vm, pki, "status")
        if status.get("trial") in ("passed", "failed"):
            return status
        time.sleep(5)
    raise AssertionError(f"the boot trial did not end within {timeout:.0f} s: {status}")


def slot(status: dict[str, Any], bootname: str) -> dict[str, Any]:
    return next(s for s in status["slots"] if s["bootname"] == bootname)


def install_and_reboot(vm: qemu.VM, pki: Path, bundle: Path) -> tuple[dict[str, Any], float]:
    """`llmosctl os install --reboot`; returns its last message and the install's seconds."""
    t0 = time.monotonic()
    result = os_cmd(vm, pki, "install", str(bundle), "--reboot", timeout=1800)
    seconds = time.monotonic() - t0
    assert result["_exit"] == 0 and result.get("phase") == "REBOOTING", result
    _reconnect(vm)
    return result, seconds


def test_factory_slot_passes_its_trial(device: dict[str, Any], dev_pki: Path) -> None:
    vm = device["vm"]
    vm.wait_booted(BOOT_TIMEOUT)
    assert wait_serving(vm, dev_pki, 420) is None
    status = wait_trial(vm, dev_pki)
    assert status["trial"] == "passed" and status["booted"] == "A", status
    assert slot(status, "A")["boot_status"] == "good" and status["version"].startswith("factory-")
    assert status["compatible"] == "llmos-x86_64-uefi"


@pytest.mark.timeout(3600)  # two boots and an install under TCG on a shared host
def test_v1_installs_a_healthy_v2_that_boots_and_is_marked_good(
        device: dict[str, Any], bundles: dict[str, Path], dev_pki: Path, uefi_image: Built) -> None:
    result, seconds = install_and_reboot(device["vm"], dev_pki, bundles["v2"])
    assert result["slot"] == "B"
    FIGURES["install_s"] = round(seconds, 1)  # upload + RAUC (verify, write the slot)
    t_reboot = time.monotonic()
    vm = next_boot(uefi_image, device, BOOT_TIMEOUT)
    vm.wait_serial(BANNER, BOOT_TIMEOUT)
    assert wait_serving(vm, dev_pki, 420) is None
    FIGURES["downtime_s"] = round(time.monotonic() - t_reboot, 1)  # reboot -> agent serving
    status = wait_trial(vm, dev_pki)
    FIGURES["downtime_to_marked_good_s"] = round(time.monotonic() - t_reboot, 1)
    assert status["trial"] == "passed", status
    assert status["booted"] == "B" and status["version"] == "2", status
    assert slot(status, "B")["boot_status"] == "good" and slot(status, "B")["version"] == "2"
    assert slot(status, "A")["boot_status"] == "good"  # the way back stays open


@pytest.mark.timeout(3600)  # two boots and an install under TCG on a shared host
def test_v3_whose_agent_cannot_start_returns_to_v2_by_itself(
        device: dict[str, Any], bundles: dict[str, Path], dev_pki: Path, uefi_image: Built) -> None:
    result, _ = install_and_reboot(device["vm"], dev_pki, bundles["v3"])
    assert result["slot"] == "A"
    t_reboot = time.monotonic()
    # v3 boots, its agent crash-loops, llmos-boot-trial reboots; GRUB skips the failed slot.
    v3 = next_boot(uefi_image, device, BOOT_TIMEOUT)
    v3.wait_serial(r"llmos: slot A: starting its kernel", BOOT_TIMEOUT)
    vm = next_boot(uefi_image, device, 2 * BOOT_TIMEOUT)
    vm.wait_serial(BANNER, BOOT_TIMEOUT)
    assert wait_serving(vm, dev_pki, 420) is None
    FIGURES["rollback_s"] = round(time.monotonic() - t_reboot, 1)  # reboot into v3 -> v2 serving
    status = wait_trial(vm, dev_pki)
    assert status["booted"] == "B" and status["version"] == "2", status
    assert status["trial"] == "passed"
    assert status["last_error_slot"] == "A" and status["last_error_version"] == "3", status
    assert "crash loop" in status["last_error"] or "not marked good" in status["last_error"], status
    assert slot(status, "A")["boot_status"] == "bad" and slot(status, "A")["version"] == "3"
    # The record the backstop left on the data partition (each slot keeps its own journal).
    _, out = vm.shell("cat /var/lib/llmos/os-trial/last-trial.json", 60)
    record = json.loads(out.strip().splitlines()[-1])
    assert record["slot"] == "A" and record["version"] == "3" and record["fallback"] == "B", record


def test_a_bundle_signed_by_another_ca_is_refused(
        device: dict[str, Any], bundles: dict[str, Path], dev_pki: Path) -> None:
    vm = device["vm"]
    before = os_cmd(vm, dev_pki, "status")
    result = os_cmd(vm, dev_pki, "install", str(bundles["evil"]), timeout=600)
    assert result["_exit"] == 3 and result["phase"] == "FAILED", result
    assert re.search(r"signature|verif|certificate", result["error"], re.I), result
    after = os_cmd(vm, dev_pki, "status")
    assert after["primary"] == before["primary"] and after["booted"] == before["booted"]
    assert [s.get("version") for s in after["slots"]] == [s.get("version") for s in before["slots"]]


@pytest.mark.e2e_full  # one more boot and most of an install: make test-e2e runs it
@pytest.mark.timeout(3600)  # two boots and an install under TCG on a shared host
def test_power_cut_during_install_boots_the_slot_it_had(
        device: dict[str, Any], bundles: dict[str, Path], dev_pki: Path, uefi_image: Built) -> None:
    vm = device["vm"]
    before = os_cmd(vm, dev_pki, "status")
    env = dict(os.environ)
    argv = [sys.executable, "-m", "llmos.ctl.cli", "--target", f"127.0.0.1:{vm.grpc_port}",
            "--ca", str(dev_pki / "fleet-ca.crt"), "--cert", str(dev_pki / "admin.crt"),
            "--key", str(dev_pki / "admin.key"), "--json", "os", "install", str(bundles["v2"])]
    client = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:
            if os_cmd(vm, dev_pki, "status").get("activity", "").startswith("installing"):
                break
            assert client.poll() is None, client.stdout.read() if client.stdout else ""
            time.sleep(1)
        else:
            raise AssertionError("RAUC never started installing")
        time.sleep(5)  # RAUC is writing slot A now
        vm.qmp.execute("quit")  # the power cut
        vm.process.wait(30)
    finally:
        client.kill()
        client.wait()
    vm._qmp = None
    _reconnect(vm)
    device["vm"] = vm = _boot(uefi_image, device)
    vm.wait_booted(BOOT_TIMEOUT)
    assert wait_serving(vm, dev_pki, 420) is None
    status = wait_trial(vm, dev_pki)
    assert status["booted"] == before["booted"] and status["version"] == before["version"], status
    assert status["trial"] == "passed" and status["primary"] == before["booted"], status
