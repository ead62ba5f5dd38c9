"""Boot images in QEMU: TCG unless KVM proves it works, serial and QMP on sockets."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import proc
from .config import BuildConfig, default_cache_dir

log = logging.getLogger("llmos_image")

OVMF_CODE = "/usr/share/OVMF/OVMF_CODE_4M.fd"
OVMF_VARS = "/usr/share/OVMF/OVMF_VARS_4M.fd"
GUEST_GRPC_PORT = 7443

# The boot steps that print on the serial console, each with the one that must follow it and
# how long the console may stay silent in between before the boot counts as stuck. OVMF is
# silent for minutes on a loaded TCG host before "BdsDxe", but from BdsDxe to GRUB's banner
# and from the banner to grub.cfg's first line (image/llmos_image/disk.py) takes seconds; a
# kernel with `quiet` may print nothing until systemd, so that step gets longer.
BOOT_STEPS: tuple[tuple[str, str, float], ...] = (
    (r"reboot: Restarting system", r"BdsDxe: starting", 600),
    (r"BdsDxe: starting", r"Welcome to GRUB!", 240),
    (r"Welcome to GRUB!", r"llmos: ", 240),
    (r"llmos: slot \w+: starting its kernel", r"Welcome to |\[ *\d+\.\d+\]|\[ +OK +\]", 600),
)


class BootStalled(TimeoutError):
    """The serial console stopped in the middle of a boot step (see BOOT_STEPS)."""


def can_run_qemu(binary: str = "qemu-system-x86_64") -> bool:
    """False only when this host cannot run QEMU at all (and cannot install it)."""
    if shutil.which(binary):
        return True
    try:
        proc.require(binary)
    except (proc.BuildError, subprocess.CalledProcessError):
        return False
    return shutil.which(binary) is not None


def accel(kernel: Path | None) -> str:
    """'kvm' when a kernel actually boots under KVM within seconds (nested KVM can hang)."""
    forced = os.environ.get("LLMOS_QEMU_ACCEL")
    if forced in ("kvm", "tcg"):
        return forced
    if not os.access("/dev/kvm", os.R_OK | os.W_OK) or kernel is None or not kernel.exists():
        return "tcg"
    stamp = default_cache_dir() / f"kvm-probe-{os.uname().release}"
    if stamp.exists():
        return stamp.read_text().strip()
    with tempfile.TemporaryDirectory() as td:
        log_path = Path(td) / "serial.log"
        argv = ["qemu-system-x86_64", "-accel", "kvm", "-M", "q35", "-m", "256",
                "-display", "none", "-no-reboot", "-kernel", str(kernel),
                "-append", "console=ttyS0 panic=-1 root=/dev/llmos-probe-none",
                "-serial", f"file:{log_path}", "-monitor", "none"]
        try:
            proc.run(argv, timeout=20, check=False, capture=True, quiet=True)
        except subprocess.TimeoutExpired:
            pass  # hung: nested KVM that never gets past early boot
        text = log_path.read_text(errors="replace") if log_path.exists() else ""
    result = "kvm" if ("Kernel panic" in text or "VFS:" in text) else "tcg"
    log.info("KVM probe: %s", "works" if result == "kvm" else "hangs or fails; using TCG")
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(result)
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class QMP:
    """A minimal QEMU Machine Protocol client."""

    def __init__(self, path: Path, timeout: float = 30, io_timeout: float | None = None) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX)
                self.sock.connect(str(path))
                self.sock.settimeout(io_timeout)  # None: wait as long as QEMU takes
                break
            except OSError:
                self.sock.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.file = self.sock.makefile("rwb")
        self.events: list[dict[str, Any]] = []
        self._read()  # greeting
        self.execute("qmp_capabilities")

    def _read(self) -> dict[str, Any]:
        line = self.file.readline()
        if not line:
            raise ConnectionError("QMP connection closed")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def execute(self, command: str, **arguments: object) -> object:
        msg: dict[str, object] = {"execute": command}
        if arguments:
            msg["arguments"] = arguments
        self.file.write(json.dumps(msg).encode() + b"\n")
        self.file.flush()
        while True:
            reply = self._read()
            if "event" in reply:
                self.events.append(reply)
            elif "error" in reply:
                raise RuntimeError(f"QMP {command}: {reply['error']}")
            elif "return" in reply:
                return reply["return"]

    def close(self) -> None:
        self.file.close()
        self.sock.close()


class GuestShell:
    """Commands over the test shell's socket, delimited by markers the echo cannot match."""

    def __init__(self, path: Path, timeout: float = 180) -> None:
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.connect(str(path))
        self.n = 0
        # Bytes sent before the guest opens hvc0 are dropped: knock until the shell answers.
        # The guest may open it in the middle of a knock and hand bash the tail of the line,
        # e.g. with one unbalanced quote: every later knock would then be read as the rest
        # of that string. Ctrl-C (the shell owns its tty) discards any half-read line first.
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock.sendall(b"\x03")
                time.sleep(0.3)
                self.run("stty -echo 2>/dev/null; PS1=''; export SYSTEMD_PAGER= SYSTEMD_COLORS=0", 3)
                break
            except TimeoutError:
                if time.monotonic() > deadline:
                    self.sock.close()
                    raise

    def run(self, command: str, timeout: float) -> tuple[int, str]:
        self.n += 1
        begin, end = f"__LLMOS_B{self.n}__", f"__LLMOS_E{self.n}__"
        # printf's split arguments keep the markers out of the echoed command line.
        line = (f"printf '%s%s\\n' __LLMOS_B {self.n}__; {command}; "
                f"printf '%s%s:%s\\n' __LLMOS_E {self.n}__ $?\n")
        self.sock.sendall(line.encode())
        buf = b""
        deadline = time.monotonic() + timeout
        rx = re.compile(re.escape(begin) + r"\r?\n(.*?)" + re.escape(end) + r":(\d+)", re.S)
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                break
            if not data:
                break
            buf += data
            if m := rx.search(buf.decode(errors="replace")):
                return int(m.group(2)), m.group(1).replace("\r\n", "\n")
        raise TimeoutError(f"guest shell: no answer to {command!r} in {timeout:.0f}s: {buf[-2000:]!r}")

    def close(self) -> None:
        self.sock.close()


@dataclass
class VM:
    process: subprocess.Popen[bytes]
    workdir: Path
    serial_log: Path
    serial_sock: Path
    qmp_sock: Path
    grpc_port: int | None
    started: float = field(default_factory=time.monotonic)
    _qmp: QMP | None = None
    _shell: GuestShell | None = None
    boot_seconds: float | None = None
    boot_state: str = ""
    _serial_len: int = 0
    _serial_grew: float = field(default_factory=time.monotonic)

    @property
    def qmp(self) -> QMP:
        if self._qmp is None:
            self._qmp = QMP(self.qmp_sock)
        return self._qmp

    def serial_text(self) -> str:
        return self.serial_log.read_text(errors="replace") if self.serial_log.exists() else ""

    def wait_serial(self, pattern: str, timeout: float, start: int = 0) -> re.Match[str]:
        """Wait until the serial output (from offset start) matches pattern. A boot that
        stops in the middle of a step (BOOT_STEPS) fails at once with BootStalled."""
        rx = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.serial_text()
            if m := rx.search(text, start):
                return m
            if self.process.poll() is not None:
                raise RuntimeError(f"QEMU exited ({self.process.returncode}) before {pattern!r}:\n"
                                   f"{text[-3000:]}")
            self.check_boot_progress(text)
            time.sleep(0.5)
        raise TimeoutError(f"no {pattern!r} on the serial console within {timeout:.0f}s; "
                           f"{self.diagnose()}; last output:\n{self.serial_text()[-3000:]}")

    def check_boot_progress(self, text: str | None = None) -> None:
        """Raise BootStalled when the console has been silent for longer than the current
        boot step allows (the last step started on the console has not reached its next)."""
        text = self.serial_text() if text is None else text
        now = time.monotonic()
        if len(text) != self._serial_len:
            self._serial_len, self._serial_grew = len(text), now
            return
        step: tuple[int, str, str, float] | None = None
        for begin, after, limit in BOOT_STEPS:
            for m in re.finditer(begin, text):
                if step is None or m.end() > step[0]:
                    step = (m.end(), begin, after, limit)
        if step is None or re.search(step[2], text[step[0]:]):
            return
        silent = now - self._serial_grew
        if silent > step[3]:
            raise BootStalled(
                f"boot stuck after {step[1]!r}: no {step[2]!r} and nothing at all on the serial "
                f"console for {silent:.0f}s; {self.diagnose()}; last output:\n{text[-3000:]}")

    def diagnose(self) -> str:
        """What QEMU says about the guest: run state (a host I/O error pauses it), the
        disks' I/O status, where each vCPU is, and the host's free space."""
        facts = []
        try:
            if self._qmp is None and not self.qmp_sock.exists():
                raise OSError(f"no QMP socket {self.qmp_sock}")
            if self._qmp is None:
                self._qmp = QMP(self.qmp_sock, timeout=5, io_timeout=15)
            status = self._qmp.execute("query-status")
            facts.append(f"QEMU run state {status.get('status') if isinstance(status, dict) else status}")
            blocks = self._qmp.execute("query-block")
            if isinstance(blocks, list):
                facts += [f"{b.get('device') or b.get('qdev')}: io-status {b['io-status']}"
                          for b in blocks if isinstance(b, dict) and "io-status" in b]
            # Every vCPU's RIP and whether it is halted, and the last IPI CPU 0 sent: whether
            # the guest is in OVMF (identity-mapped, below 4 GiB), GRUB or Linux, and whether
            # a boot CPU waits for an AP that missed its start-up IPI (docs/updates.md).
            hmp = "human-monitor-command"
            regs = self._qmp.execute(hmp, **{"command-line": "info registers -a"})
            if isinstance(regs, str):
                facts += [f"CPU {i} RIP={m.group(1)} HLT={m.group(2)}" for i, m in
                          enumerate(re.finditer(r"RIP=(\S+) .*?HLT=(\d)", regs))]
            lapic = self._qmp.execute(hmp, **{"command-line": "info lapic 0"})
            if isinstance(lapic, str) and (m := re.search(r"^ICR\s+(.*)$", lapic, re.M)):
                facts.append(f"CPU 0's last IPI: {m.group(1).strip()}")
        except (OSError, RuntimeError, ConnectionError) as e:
            facts.append(f"QMP: {e}")
        free = shutil.disk_usage(self.workdir).free
        facts.append(f"host free space {free / 2**30:.1f} GiB")
        return ", ".join(facts)

    def serial_write(self, text: str) -> None:
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(str(self.serial_sock))
            s.sendall(text.encode())
            time.sleep(0.2)

    def shell(self, command: str, timeout: float = 60) -> tuple[int, str]:
        """Run a command in the guest's test shell (hvc0); returns (exit status, output)."""
        if self._shell is None:
            self._shell = GuestShell(self.workdir / "shell.sock")
        return self._shell.run(command, timeout)

    def wait_booted(self, timeout: float) -> tuple[float, str]:
        """Wait until boot has finished (needs the test shell); returns (seconds since start,
        systemd's state: running or degraded). Serial output is not used for this: once the
        agent owns the serial console, systemd's status lines may not appear there."""
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"QEMU exited ({self.process.returncode}):\n{self.serial_text()[-3000:]}")
            self.check_boot_progress()
            try:
                if self._shell is None:
                    # Short attempts, so a boot stuck before the shell is seen (check_boot_progress).
                    self._shell = GuestShell(self.workdir / "shell.sock",
                                             timeout=min(30, max(1, deadline - time.monotonic())))
                _, state = self._shell.run("systemctl is-system-running --wait", max(1, deadline - time.monotonic()))
                self.boot_seconds, self.boot_state = time.monotonic() - self.started, state.strip()
                return self.boot_seconds, self.boot_state
            except (TimeoutError, OSError) as e:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"not booted within {timeout:.0f}s ({e}); {self.diagnose()}; "
                                       f"serial:\n{self.serial_text()[-3000:]}") from e
                time.sleep(1)

    def stop(self) -> None:
        if self._shell is not None:
            self._shell.close()
        if self._qmp is not None:
            try:
                self._qmp.execute("quit")
            except (OSError, RuntimeError, ConnectionError):
                pass
            self._qmp.close()
        else:
            self.process.terminate()  # (QEMU quits on SIGTERM as on "quit": no QMP connection waited for)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _machine_args(arch: str, accel_name: str, workdir: Path, *, uefi: bool,
                  kernel: Path | None, initrd: Path | None, append: str) -> list[str]:
    if arch == "amd64":
        args = ["qemu-system-x86_64", "-M", "q35", "-accel", accel_name]
        if accel_name == "kvm":
            args += ["-cpu", "host"]
        else:
            args += ["-cpu", "max"]
        if uefi:
            proc.require(OVMF_CODE)
            vars_fd = workdir / "OVMF_VARS.fd"
            shutil.copy(OVMF_VARS, vars_fd)
            args += ["-drive", f"if=pflash,format=raw,unit=0,readonly=on,file={OVMF_CODE}",
                     "-drive", f"if=pflash,format=raw,unit=1,file={vars_fd}"]
    else:
        args = ["qemu-system-aarch64", "-M", "virt", "-accel", "tcg", "-cpu", "cortex-a57"]
    if kernel:
        args += ["-kernel", str(kernel), "-append", append]
        if initrd:
            args += ["-initrd", str(initrd)]
    return args


def boot(image: Path, *, arch: str = "amd64", snapshot: bool = True, grpc_port: int | None = None,
         memory_mib: int = 2048, cpus: int = 2, uefi: bool = True, kernel: Path | None = None,
         initrd: Path | None = None, append: str = "", serial_stdio: bool = False,
         workdir: Path | None = None, accel_kernel: Path | None = None,
         virtio_console: bool = True, reboot: bool = True) -> VM:
    """Start QEMU on a disk image; serial to a socket + log (or stdio), QMP on a socket.
    virtio_console=False: no hvc0 (so no test shell), as on a real board. reboot=False:
    a guest reboot ends QEMU (-no-reboot) and the caller boots the disk again in a new
    process, as a power cycle would (warm resets of one long-lived TCG guest have hung in
    OVMF: docs/updates.md)."""
    proc.require("qemu-system-x86_64" if arch == "amd64" else "qemu-system-aarch64")
    wd = workdir or Path(tempfile.mkdtemp(prefix="llmos-vm-"))
    wd.mkdir(parents=True, exist_ok=True)
    accel_name = accel(accel_kernel or kernel) if arch == "amd64" else "tcg"
    serial_log, serial_sock, qmp_sock = wd / "serial.log", wd / "serial.sock", wd / "qmp.sock"
    args = _machine_args(arch, accel_name, wd, uefi=uefi, kernel=kernel, initrd=initrd, append=append)
    if not reboot:
        args += ["-no-reboot"]
    args += ["-m", str(memory_mib), "-smp", str(cpus), "-display", "none",
             "-drive", f"if=none,id=root,format=raw,file={image},snapshot={'on' if snapshot else 'off'}",
             "-device", "virtio-blk-pci,drive=root,bootindex=0",
             "-device", "qemu-xhci,id=xhci",
             "-qmp", f"unix:{qmp_sock},server=on,wait=off"]
    fwd = f",hostfwd=tcp:127.0.0.1:{grpc_port}-:{GUEST_GRPC_PORT}" if grpc_port else ""
    args += ["-netdev", f"user,id=net0{fwd}", "-device", "virtio-net-pci,netdev=net0"]
    args += ["-device", "virtio-rng-pci"]
    # hvc0: the test shell (only active with llmos.test_shell on the kernel command line).
    shell_sock = wd / "shell.sock"
    if virtio_console:
        args += ["-device", "virtio-serial-pci", "-chardev",
                 f"socket,id=shell,path={shell_sock},server=on,wait=off,logfile={wd / 'shell.log'}",
                 "-device", "virtconsole,chardev=shell"]
    if serial_stdio:
        args += ["-serial", "mon:stdio"]
        process = proc.popen(args)
    else:
        args += ["-chardev", f"socket,id=ser0,path={serial_sock},server=on,wait=off,logfile={serial_log}",
                 "-serial", "chardev:ser0", "-monitor", "none"]
        with open(wd / "qemu.stderr", "wb") as stderr:  # QEMU keeps its own copy
            process = proc.popen(args, stdout=subprocess.DEVNULL, stderr=stderr)
    log.info("QEMU (%s, %s) in %s", arch, accel_name, wd)
    return VM(process, wd, serial_log, serial_sock, qmp_sock, grpc_port)


def run_interactive(cfg: BuildConfig, *, port: int, persistent: bool) -> int:
    """`make run`: the default image with a development identity, serial on this terminal."""
    from .provision import dev_identity, provision, provision_dir
    out = cfg.out_dir
    manifest = json.loads((out / "manifest.json").read_text())
    image = out / manifest["image"]["file"]
    run_img = out / "run.img"
    if not run_img.exists() or run_img.stat().st_mtime < image.stat().st_mtime:
        proc.run(["cp", "--sparse=always", "--reflink=auto", image, run_img], quiet=True)
        if cfg.with_agent:
            pki = dev_identity(out / "dev-pki")
            provision(run_img, provision_dir(pki, out / "dev-pki" / "provision"))
    pki_dir = out / "dev-pki"
    # Absolute paths: the commands work from any directory of that other terminal.
    venv_bin = Path(__file__).resolve().parents[2] / ".venv" / "bin"
    print(f"""
llmos: booting {run_img.name} in QEMU ({'persistent' if persistent else 'snapshot: changes are discarded'}).
  Serial console (the agent's console) is this terminal; quit QEMU with Ctrl-A then X.
  gRPC (mTLS) is forwarded to localhost:{port}. From another terminal, once the agent is up:
    {venv_bin}/llmosctl --target localhost:{port} --ca {pki_dir}/fleet-ca.crt \\
        --cert {pki_dir}/admin.crt --key {pki_dir}/admin.key status
    {venv_bin}/grpcurl -cacert {pki_dir}/fleet-ca.crt -cert {pki_dir}/admin.crt \\
        -key {pki_dir}/admin.key localhost:{port} grpc.health.v1.Health/Check
""", flush=True)
    vm = boot(run_img, arch=cfg.profile.arch, snapshot=not persistent, grpc_port=port,
              serial_stdio=True, workdir=out / "run", accel_kernel=out / "vmlinuz")
    return vm.process.wait()
