"""The x86_64-uefi appliance image under QEMU: boot, identity, hardening, USB hot-plug, agent."""
from __future__ import annotations

import re
import socket
import subprocess
import time
from pathlib import Path

import pytest

from conftest import AGENT_TIMEOUT, Built, llmosctl, wait_serving
from llmos_image import qemu


@pytest.fixture(autouse=True)
def agent_not_given_up(vm: qemu.VM) -> None:
    """Once systemd has given up on the agent (start limit hit) every test here would wait out
    its timeout: fail at once, with what the agent said."""
    _, state = vm.shell("systemctl is-failed llmos-agent")
    if state.strip() == "failed":
        _, journal = vm.shell("journalctl -u llmos-agent --no-pager | tail -30")
        pytest.fail(f"systemd gave up on llmos-agent:\n{journal}")


def test_boots_to_multi_user_with_identity(vm: qemu.VM) -> None:
    assert vm.boot_state == "running", f"boot finished {vm.boot_state}"
    # The provisioned identity (dev PKI on the ESP) was installed, and its key left the ESP.
    status, out = vm.shell("ls /var/lib/llmos/pki; ls /boot/efi/llmos/provision")
    assert status == 0, out
    assert "device.key" in out.split("\n\n")[0] or "device.key" in out
    status, out = vm.shell("test -e /boot/efi/llmos/provision/device.key; echo $?")
    assert out.strip().endswith("1"), "the provisioned private key must not stay on the ESP"


def test_system_shape(vm: qemu.VM) -> None:
    """Locked root, data partition on /var/lib/llmos, persistent journal, networkd DHCP."""
    status, out = vm.shell("cut -d: -f1,2 /etc/shadow | grep '^root:'")
    assert out.strip() == "root:!*"
    status, out = vm.shell("findmnt -n -o SOURCE,FSTYPE /var/lib/llmos")
    assert status == 0 and "ext4" in out, out
    status, out = vm.shell("test -d /var/log/journal && journalctl --header -q | grep -c 'File path: /var/log/journal'")
    assert status == 0, out
    status, out = vm.shell("networkctl --no-legend list | grep -E 'ether.*routable|ether.*configured' || networkctl")
    assert "routable" in out or "configured" in out, out
    status, out = vm.shell("systemctl is-system-running --wait; systemctl --failed --no-legend")
    failed = [line for line in out.splitlines()[1:] if line.strip()]
    assert not failed, f"failed units: {failed}"


def test_unit_hardening(vm: qemu.VM) -> None:
    """Issue 21's target: systemd-analyze security of the agent's unit at most 1.5 (it was 2.8
    as root with CAP_SYS_ADMIN)."""
    status, out = vm.shell("systemd-analyze security --no-pager llmos-agent.service | tail -1")
    assert status == 0, out
    m = re.search(r"Overall exposure level for llmos-agent.service: ([\d.]+) (\w+)", out)
    assert m, out
    assert float(m.group(1)) <= 1.5, out


def test_agent_runs_as_its_user_without_capabilities(vm: qemu.VM) -> None:
    """uid and gid llmos, no capability in any set, no new privileges: root's work is asked of
    systemd, logind and udisks2 over D-Bus, where polkit's rule decides."""
    _, pid = vm.shell("systemctl show -p MainPID --value llmos-agent")
    _, uid = vm.shell("id -u llmos; id -g llmos")
    uid_s, gid_s = uid.split()
    status, out = vm.shell(f"grep -E '^(Uid|Gid|Groups|Cap[A-Za-z]+|NoNewPrivs):' /proc/{pid.strip()}/status")
    assert status == 0, out
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    assert fields["Uid"].split() == [uid_s] * 4, out
    assert fields["Gid"].split() == [gid_s] * 4, out
    assert fields["Groups"].split() in ([], [gid_s]), out
    for cap in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(fields[cap], 16) == 0, f"{cap} is not empty: {out}"
    assert fields["NoNewPrivs"].strip() == "1", out


def test_agent_memory_may_use_huge_pages(vm: qemu.VM) -> None:
    """The agent's glibc asks for transparent huge pages (issue 20: a decoded token reads every
    weight), and the kernel grants them on request."""
    _, pid = vm.shell("systemctl show -p MainPID --value llmos-agent")
    status, env = vm.shell(f"tr '\\0' '\\n' < /proc/{pid.strip()}/environ")
    assert status == 0 and "GLIBC_TUNABLES=glibc.malloc.hugetlb=1" in env.splitlines(), env
    _, mode = vm.shell("cat /sys/kernel/mm/transparent_hugepage/enabled")
    assert "[never]" not in mode, mode


_APP_UNIT = ("printf '[Service]\\nExecStart=/bin/sleep infinity\\n' > /etc/systemd/system/app-e2e.service"
             " && systemctl daemon-reload && systemctl start app-e2e.service")
AS_LLMOS = "setpriv --reuid=llmos --regid=llmos --init-groups --inh-caps=-all --"


def _invocation(vm: qemu.VM, unit: str) -> str:
    _, out = vm.shell(f"systemctl show -p InvocationID --value {unit}")
    return out.strip()


def test_agent_restarts_an_exposed_unit(vm: qemu.VM, dev_pki: Path) -> None:
    """restart_service of an exposed unit (app-*.service) runs as the llmos user: polkit says yes."""
    _wait_agent(vm, dev_pki)
    status, out = vm.shell(_APP_UNIT)
    assert status == 0, out
    before = _invocation(vm, "app-e2e.service")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # the agent's device state must list the new unit
        rc, out = llmosctl(vm, dev_pki, "act", "restart_service", "unit=app-e2e.service")
        if rc == 0 and "succeeded" in out.lower():
            break
        time.sleep(5)
    assert rc == 0 and "succeeded" in out.lower(), out
    assert _invocation(vm, "app-e2e.service") not in ("", before), "the unit was not restarted"


def test_polkit_refuses_the_llmos_user_what_is_not_exposed(vm: qemu.VM) -> None:
    """The agent's own policy bypassed: its user asks systemd directly. polkit's rule allows
    the exposed unit and refuses D-Bus itself, a floor unit, a transient unit (a root command),
    a link that is not exposed and the test shell."""
    status, out = vm.shell(_APP_UNIT.replace(" && systemctl start app-e2e.service", ""))
    assert status == 0, out
    status, out = vm.shell(f"{AS_LLMOS} systemctl --no-ask-password restart app-e2e.service")
    assert status == 0, f"the exposed unit was refused: {out}"
    before = _invocation(vm, "dbus.service")
    for command in ("systemctl --no-ask-password restart dbus.service",
                    "systemctl --no-ask-password start debug-shell.service",
                    "systemctl --no-ask-password stop llmos-agent.service",
                    "systemctl --no-ask-password start llmos-test-shell.service",
                    "systemctl --no-ask-password start llmos-link-down@lo.service",
                    "systemd-run --no-ask-password --wait /bin/true",
                    "systemctl --no-ask-password poweroff"):
        status, out = vm.shell(f"{AS_LLMOS} {command}")
        assert status != 0, f"{command!r} as llmos was allowed: {out}"
        assert re.search(r"Access denied|Interactive authentication required|not allowed", out), out
    assert _invocation(vm, "dbus.service") == before
    _, active = vm.shell("systemctl is-active llmos-agent")
    assert active.strip() == "active"
    # An exposed link may be brought up (it is up already: no change to the VM's network).
    _, link = vm.shell("ip -o link show | awk -F': ' '$2 ~ /^en/ {print $2; exit}'")
    status, out = vm.shell(f"{AS_LLMOS} systemctl --no-ask-password start llmos-link-up@{link.strip()}.service")
    assert status == 0, out


def _usb_image(path: Path, label: str = "LLMOSUSB") -> Path:
    subprocess.run(["truncate", "-s", "32M", path], check=True)
    subprocess.run(["mkfs.vfat", "-n", label, path], check=True, capture_output=True)
    subprocess.run(["mcopy", "-i", path, "/etc/hostname", "::/hello.txt"], check=True,
                   env={"MTOOLS_SKIP_CHECK": "1", "PATH": "/usr/bin:/bin"})
    return path


def test_first_usb_disk_after_boot_mounts_under_its_label(vm: qemu.VM, dev_pki: Path,
                                                          tmp_path: Path) -> None:
    """Issue 21: the first disk plugged after boot mounted under sdX (the device cgroup had no
    rule for a block major that appeared later). udisks2 mounts it for the agent now, under its
    label, read-only, for every namespace."""
    _wait_agent(vm, dev_pki)
    img = _usb_image(tmp_path / "first.img", "FIRSTDISK")
    seen = len(_agent_storage_lines(vm))
    vm.qmp.execute("blockdev-add", **{"node-name": "usbfirst", "driver": "raw",
                                      "file": {"driver": "file", "filename": str(img)}})
    vm.qmp.execute("device_add", driver="usb-storage", id="usbfirst", drive="usbfirst",
                   bus="xhci.0", removable=True)
    journal = _wait_storage_result(vm, "mount_storage", seen)
    assert re.search(r"(?<!un)mount_storage succeeded", journal), journal
    status, mounts = vm.shell("findmnt -rn -o TARGET,OPTIONS -S LABEL=FIRSTDISK")
    assert status == 0, f"not mounted: {mounts}\n{journal}"
    target, options = mounts.split()[:2]
    assert target == "/media/llmos/FIRSTDISK", mounts
    assert {"ro", "nosuid", "nodev", "noexec"} <= set(options.split(",")), mounts
    seen = len(_agent_storage_lines(vm))
    vm.qmp.execute("device_del", id="usbfirst")
    journal = _wait_storage_result(vm, "unmount_storage", seen)
    assert "unmount_storage succeeded" in journal, journal
    vm.qmp.execute("blockdev-del", **{"node-name": "usbfirst"})


def test_usb_serial_adapter_after_boot_answers_help(vm: qemu.VM, dev_pki: Path, tmp_path: Path) -> None:
    """Issue 21: a USB serial adapter plugged after boot got EPERM from the unit's device cgroup.
    QEMU's usb-serial (an FTDI, ttyUSB0) on a socket: the agent attaches a console, help answers."""
    _wait_agent(vm, dev_pki)
    path = vm.workdir / "usbserial.sock"
    vm.qmp.execute("chardev-add", id="usbser", backend={
        "type": "socket", "data": {"addr": {"type": "unix", "data": {"path": str(path)}},
                                   "server": True, "wait": False}})
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(str(path))
        vm.qmp.execute("device_add", driver="usb-serial", id="usbserial0", chardev="usbser",
                       bus="xhci.0")
        s.settimeout(3)
        got = b""
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and b"Built-in commands" not in got:
            s.sendall(b"help\r")
            try:
                while chunk := s.recv(4096):
                    got += chunk
                    if b"Built-in commands" in got:
                        break
            except TimeoutError:
                pass
    _, journal = vm.shell("journalctl -u llmos-agent -o cat --no-pager | grep -i -E 'ttyUSB|console' | tail -20")
    assert b"Built-in commands" in got, f"no help on the adapter: {got[-500:]!r}\n{journal}"
    vm.qmp.execute("device_del", id="usbserial0")


def test_usb_storage_hotplug(vm: qemu.VM, tmp_path: Path) -> None:
    """device_add usb-storage on the xHCI controller: the guest sees it; device_del: gone."""
    img = _usb_image(tmp_path / "usb.img")
    vm.qmp.execute("blockdev-add", **{"node-name": "usb0", "driver": "raw",
                                      "file": {"driver": "file", "filename": str(img)}})
    vm.qmp.execute("device_add", driver="usb-storage", id="usbstick", drive="usb0",
                   bus="xhci.0", removable=True)
    deadline = time.monotonic() + 60
    out = ""
    while time.monotonic() < deadline:
        _, out = vm.shell("lsblk -rno NAME,LABEL,TRAN -d /dev/sd? 2>/dev/null; blkid -L LLMOSUSB")
        if "/dev/sd" in out:
            break
        time.sleep(1)
    assert "/dev/sd" in out, out
    vm.qmp.execute("device_del", id="usbstick")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status, _ = vm.shell("blkid -L LLMOSUSB >/dev/null")
        if status != 0:
            break
        time.sleep(1)
    assert status != 0, "the USB stick is still visible after device_del"
    vm.qmp.execute("blockdev-del", **{"node-name": "usb0"})


def test_agent_ready_and_healthy(vm: qemu.VM, dev_pki: Path) -> None:
    """The unit is active (Type=notify: READY=1 sent), gRPC health SERVING over mTLS."""
    last = wait_serving(vm, dev_pki, AGENT_TIMEOUT)
    if last is not None:
        _, journal = vm.shell("journalctl -u llmos-agent --no-pager | tail -40")
        pytest.fail(f"agent health not SERVING within {AGENT_TIMEOUT}s: {last}\n{journal}")
    _, out = vm.shell("systemctl is-active llmos-agent")
    assert out.strip() == "active"
    _, out = vm.shell("journalctl -u llmos-agent -p err --no-pager -q")
    if out.strip():  # what led to them: a withheld watchdog ping says why (daemon._watchdog)
        _, journal = vm.shell("journalctl -u llmos-agent -p warning --no-pager -o short-monotonic")
        pytest.fail(f"agent journal has errors:\n{out}\nits warnings and errors:\n{journal}")


def test_request_without_client_certificate_is_refused(vm: qemu.VM, dev_pki: Path) -> None:
    grpc = pytest.importorskip("grpc")
    health_pb2 = pytest.importorskip("grpc_health.v1.health_pb2")
    health_pb2_grpc = pytest.importorskip("grpc_health.v1.health_pb2_grpc")
    creds = grpc.ssl_channel_credentials(root_certificates=(dev_pki / "fleet-ca.crt").read_bytes())
    with grpc.secure_channel(f"127.0.0.1:{vm.grpc_port}", creds,
                             options=[("grpc.ssl_target_name_override", "llmos")]) as ch, pytest.raises(grpc.RpcError):
        health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=15)


def test_systemd_restarts_a_killed_agent(vm: qemu.VM) -> None:
    _, before = vm.shell("systemctl show -p MainPID --value llmos-agent")
    assert int(before.strip()) > 0
    vm.shell(f"kill -9 {before.strip()}")
    deadline = time.monotonic() + AGENT_TIMEOUT
    after = before
    while time.monotonic() < deadline:
        _, active = vm.shell("systemctl is-active llmos-agent")
        _, after = vm.shell("systemctl show -p MainPID --value llmos-agent")
        if active.strip() == "active" and after.strip() not in ("0", before.strip()):
            break
        time.sleep(2)
    assert after.strip() not in ("0", before.strip()), "systemd did not restart the agent"
    _, n = vm.shell("systemctl show -p NRestarts --value llmos-agent")
    assert int(n.strip()) >= 1


def _wait_agent(vm: qemu.VM, dev_pki: Path) -> None:
    deadline = time.monotonic() + AGENT_TIMEOUT
    out = ""
    while time.monotonic() < deadline:
        rc, out = llmosctl(vm, dev_pki, "status")
        if rc == 0:
            return
        time.sleep(3)
    pytest.fail(f"llmosctl status never succeeded: {out}")


def test_device_info_reports_controller(vm: qemu.VM, uefi_image: Built, dev_pki: Path) -> None:
    """Device info shows the controller; with a bundle in the image, the model loaded on an
    execution provider. The model loads behind the serving control plane, so this waits while
    device info honestly says `model_state: loading`."""
    _wait_agent(vm, dev_pki)
    deadline = time.monotonic() + AGENT_TIMEOUT
    while True:
        rc, out = llmosctl(vm, dev_pki, "status")
        assert rc == 0, out
        if '"model_state": "loading"' not in out or time.monotonic() > deadline:
            break
        time.sleep(3)
    assert '"controller"' in out, out
    if uefi_image.manifest.get("model"):
        assert '"controller": "model"' in out and '"model_state": "loaded"' in out, \
            f"the image ships a model bundle, device info does not show it loaded: {out}"
    if '"controller": "model"' in out:
        assert "ExecutionProvider" in out, f"model loaded without an execution provider: {out}"


def test_usb_storage_mounted_read_only_by_agent(vm: qemu.VM, dev_pki: Path, tmp_path: Path) -> None:
    """The real udev event reaches the controller; mount_storage runs read-only; unplug unmounts."""
    _wait_agent(vm, dev_pki)
    img = _usb_image(tmp_path / "usb2.img")
    seen = len(_agent_storage_lines(vm))
    vm.qmp.execute("blockdev-add", **{"node-name": "usb1", "driver": "raw",
                                      "file": {"driver": "file", "filename": str(img)}})
    vm.qmp.execute("device_add", driver="usb-storage", id="usbstick1", drive="usb1",
                   bus="xhci.0", removable=True)
    journal = _wait_storage_result(vm, "mount_storage", seen)
    assert re.search(r"(?<!un)mount_storage succeeded", journal), \
        f"the agent's mount_storage did not succeed:\n{journal}"
    rc, out = llmosctl(vm, dev_pki, "events", "--limit", "200")
    assert rc == 0 and "mount_storage" in out, f"mount_storage not in the event stream:\n{out}"
    _, pid = vm.shell("systemctl show -p MainPID --value llmos-agent")
    status, mounts = vm.shell(f"nsenter -t {pid.strip()} -m findmnt -rn -o TARGET,OPTIONS "
                              "| grep '^/media/llmos/'")
    assert status == 0, f"nothing mounted under /media/llmos/ in the agent's namespace: {mounts}"
    assert "ro" in mounts.split()[1].split(","), f"not read-only: {mounts}"
    seen = len(_agent_storage_lines(vm))
    vm.qmp.execute("device_del", id="usbstick1")
    journal = _wait_storage_result(vm, "unmount_storage", seen)
    assert "unmount_storage succeeded" in journal, journal
    vm.qmp.execute("blockdev-del", **{"node-name": "usb1"})


def _agent_storage_lines(vm: qemu.VM) -> list[str]:
    _, out = vm.shell("journalctl -u llmos-agent -o cat --no-pager | grep 'mount_storage'")
    return out.splitlines()


def _wait_storage_result(vm: qemu.VM, tool: str, seen: int, timeout: float = 180) -> str:
    """The agent's journal lines about storage since `seen`, once tool succeeded or failed."""
    deadline = time.monotonic() + timeout
    new = ""
    while time.monotonic() < deadline:
        new = "\n".join(_agent_storage_lines(vm)[seen:])
        if re.search(rf"(?<!un){tool} (succeeded|failed)", new):
            break
        time.sleep(3)
    return new


def test_natural_language_command_runs(vm: qemu.VM, dev_pki: Path) -> None:
    _wait_agent(vm, dev_pki)
    rc, out = llmosctl(vm, dev_pki, "exec", "show storage status")
    assert rc == 0, out
    assert "succeeded" in out.lower(), out


def test_destructive_command_waits_for_confirmation(vm: qemu.VM, dev_pki: Path) -> None:
    _wait_agent(vm, dev_pki)
    rc, out = llmosctl(vm, dev_pki, "exec", "reboot")
    assert "pending" in out.lower(), out
    m = re.search(r'"id":\s*"([^"]+)"', out)
    assert m, out
    rc, out = llmosctl(vm, dev_pki, "reject", m.group(1), "--reason", "e2e test")
    assert rc == 0 and "rejected" in out.lower(), out


def test_serial_console_answers(vm: qemu.VM) -> None:
    start = len(vm.serial_text())
    vm.serial_write("status\r")
    # The answer, then the prompt again.
    vm.wait_serial(r"llmos> ", 180, start=start + 1)
    answer = vm.serial_text()[start:]
    assert len(answer.replace("llmos>", "").strip()) > len("status"), answer
