"""GRUB's A/B configuration (image/llmos_image/disk.py) and how the QEMU harness sees a boot
that stops in it (image/llmos_image/qemu.py).

A full-suite run once stopped after "Welcome to GRUB!" with nothing more on the serial console
for 20 minutes (docs/updates.md). GRUB's configuration now says on the console what it does at
each step and has no path that waits, and the harness fails a boot that stays silent in the
middle of a step with QEMU's view of the guest instead of waiting out its timeout. The
boots themselves are tests/e2e/test_os_update.py."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "image"))

from llmos_image import config, disk, qemu


def _cfg_text() -> str:
    cfg = config.build_config("x86_64-uefi", with_agent=True)
    return disk.grub_cfg(cfg, disk.layout(cfg))


def test_grub_cfg_parses(tmp_path: Path) -> None:
    if shutil.which("grub-script-check") is None:
        pytest.skip("grub-script-check (grub-common) is not installed")
    path = tmp_path / "grub.cfg"
    path.write_text(_cfg_text())
    proc = subprocess.run(["grub-script-check", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_grub_cfg_speaks_before_it_touches_the_disk_and_never_waits() -> None:
    text = _cfg_text()
    commands = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    first_io = next(i for i, c in enumerate(commands) if "load_env" in c)
    assert any(c.startswith('echo "llmos: ') for c in commands[:first_io])
    # No menu, no prompt, no key or countdown to wait for.
    assert not re.search(r"^\s*(menuentry|read|keystatus|terminal_input)\b", text, re.M)
    assert re.search(r"^set timeout=0$", text, re.M) and "timeout_style" not in text
    # A failed read or write of grubenv is named (GRUB goes on with what it has).
    assert re.search(r"if load_env .*; then true; else\n\s+echo \"llmos: cannot read", text)
    assert re.search(r"if save_env .*; then true; else\n\s+echo \"llmos: cannot write", text)
    # Whatever happens above, the script ends by saying so and rebooting.
    assert commands[-3:] == ['echo "llmos: no bootable slot; rebooting in 10 s"', "sleep 10", "reboot"]
    # Every echo is one the harness recognises as GRUB's progress.
    assert all(c.startswith('echo "llmos: ') for c in commands if c.startswith("echo"))


def test_a_slot_that_does_not_load_falls_back_to_the_other_good_one() -> None:
    text = _cfg_text()
    for slot, other, part in (("A", "B", 2), ("B", "A", 3)):
        body = text.split(f"function llmos_boot_{slot} {{", 1)[1].split("\n}", 1)[0]
        assert f"if linux ($bootdisk,gpt{part})/boot/vmlinuz root=PARTUUID=" in body
        assert f"rauc.slot={slot} " in body and "$extra_cmdline; then" in body
        assert f"if initrd ($bootdisk,gpt{part})/boot/initrd.img; then" in body
        assert f'echo "llmos: slot {slot} cannot be booted' in body
        branch = text.split(f'if [ "$slot" = "{slot}" ]; then\n', 1)[1].split("\nfi", 1)[0]
        assert branch.splitlines() == [f"  llmos_boot_{slot}",
                                       f'  if [ "${other}_OK" = "1" ]; then llmos_boot_{other}; fi']


def test_no_slot_qualifying_boots_the_first_known_one_in_order() -> None:
    text = _cfg_text()
    block = text.split('if [ -z "$slot" ]; then\n', 1)[1].split("\nfi", 1)[0]
    assert "for s in $ORDER A B; do" in block  # a corrupt ORDER names no slot: A
    assert 'echo "llmos: no slot is good and untried: booting $slot' in block


def test_the_harness_knows_grubs_steps() -> None:
    """The texts grub.cfg prints are the ones qemu.BOOT_STEPS waits for."""
    text = _cfg_text()
    begins = {b: a for b, a, _ in qemu.BOOT_STEPS}
    assert re.search(begins["Welcome to GRUB!"], 'llmos: grub.cfg on hd0,gpt1')
    assert 'echo "llmos: grub.cfg on $root"' in text
    kernel_step = next(b for b in begins if "starting its kernel" in b)
    assert re.search(kernel_step, "llmos: slot B: starting its kernel")
    assert 'echo "llmos: slot B: starting its kernel"' in text


class _Running:
    returncode = None

    def poll(self) -> None:
        return None


def _vm(tmp_path: Path, serial: str) -> qemu.VM:
    log = tmp_path / "serial.log"
    log.write_text(serial)
    return qemu.VM(_Running(), tmp_path, log, tmp_path / "serial.sock",  # type: ignore[arg-type]
                   tmp_path / "qmp.sock", None)


HUNG = ("[  158.122904] reboot: Restarting system\r\n\x1b[2J\x1b[01;01H"
        'BdsDxe: starting Boot0001 "UEFI Misc Device" from PciRoot(0x0)/Pci(0x2,0x0)\r\n'
        "\x1b[0m\x1b[30m\x1b[47mWelcome to GRUB!\n\r\n\r\x1b[0m\x1b[37m\x1b[40m")


def test_a_boot_silent_after_grubs_banner_fails_with_the_serial_tail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vm = _vm(tmp_path, HUNG)
    vm.check_boot_progress()  # first look: the console just grew
    limit = dict((b, lim) for b, _, lim in qemu.BOOT_STEPS)["Welcome to GRUB!"]
    vm._serial_grew = time.monotonic() - limit - 1
    monkeypatch.setattr(vm, "diagnose", lambda: "QEMU run state running")
    with pytest.raises(qemu.BootStalled) as e:
        vm.wait_serial(r"llmos console \(", 30)
    message = str(e.value)
    assert "boot stuck after 'Welcome to GRUB!'" in message and "QEMU run state running" in message
    assert "BdsDxe: starting Boot0001" in message  # the serial log's tail


def test_progress_after_the_banner_is_not_a_stall(tmp_path: Path) -> None:
    vm = _vm(tmp_path, HUNG + "llmos: grub.cfg on hd0,gpt1\r\nllmos: slot A\r\n"
             "llmos: slot A: starting its kernel\r\nWelcome to Debian GNU/Linux 12 (bookworm)!\r\n")
    vm.check_boot_progress()
    vm._serial_grew = time.monotonic() - 3600
    vm.check_boot_progress()  # every step reached its next: nothing to say


def test_firmware_may_be_silent_for_minutes_but_not_for_ever(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OVMF prints nothing for minutes on a loaded TCG host before it starts GRUB; a reset
    that never reaches the boot manager (a lost AP wake-up, docs/updates.md) is a stall."""
    vm = _vm(tmp_path, "[  347.184264] reboot: Restarting system\r\n")
    vm.check_boot_progress()
    limit = dict((b, lim) for b, _, lim in qemu.BOOT_STEPS)["reboot: Restarting system"]
    assert limit >= 300
    vm._serial_grew = time.monotonic() - limit + 30
    vm.check_boot_progress()
    vm._serial_grew = time.monotonic() - limit - 1
    monkeypatch.setattr(vm, "diagnose", lambda: "CPU 1 RIP=000000007f059731 HLT=1")
    with pytest.raises(qemu.BootStalled, match="boot stuck after 'reboot: Restarting system'"):
        vm.check_boot_progress()


def test_diagnose_without_qemu_says_so(tmp_path: Path) -> None:
    vm = _vm(tmp_path, "")
    facts = vm.diagnose()
    assert facts.startswith("QMP: ") and "host free space" in facts
