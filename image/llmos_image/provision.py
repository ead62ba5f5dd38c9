"""Put a device identity into an image's EFI system partition (no mounts: mtools), and the
development identity that `make run` and the end-to-end tests provision.

Certificates come from the agent's own llmos.pki (the one place that encodes the role-in-OU
rule); production devices get their identity from the fleet's CA (docs/image.md).
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from . import proc

FILES = ("device.crt", "device.key", "client-ca.crt", "ca.crt")
# The names a development device answers to: QEMU forwards its port to the host's loopback.
DEV_NAMES, DEV_IPS = ("llmos", "localhost"), ("127.0.0.1",)


def dev_identity(d: Path) -> Path:
    """A development PKI in d, made once: llmos.pki's fleet CA (fleet-ca.*), a device
    certificate for DEV_NAMES and DEV_IPS (device.*), and one client certificate per role
    (viewer.*, operator.*, admin.*). Returns d."""
    if not (d / "admin.crt").exists():
        from llmos.pki import make_dev_pki

        make_dev_pki(d, "llmos", DEV_NAMES, DEV_IPS)
    return d


def provision_dir(pki: Path, d: Path) -> Path:
    """The files the device's llmos-identity service takes from its provisioning directory."""
    d.mkdir(parents=True, exist_ok=True)
    for src, dst in (("device.crt", "device.crt"), ("device.key", "device.key"),
                     ("fleet-ca.crt", "client-ca.crt"), ("fleet-ca.crt", "ca.crt")):
        (d / dst).write_bytes((pki / src).read_bytes())
    return d


def esp_offset(image: Path) -> int:
    table = json.loads(proc.output(["sfdisk", "--json", image]))["partitiontable"]
    sector = table.get("sectorsize", 512)
    for part in table["partitions"]:
        if part.get("name") == "llmos-esp" or part["type"].lower().startswith("c12a7328"):
            return int(part["start"]) * int(sector)
    raise proc.BuildError(f"{image} has no EFI system partition")


def provision(image: Path, directory: Path) -> None:
    proc.require("mcopy", "sfdisk")
    missing = [f for f in FILES[:3] if not (directory / f).is_file()]
    if missing:
        raise proc.BuildError(f"{directory} lacks {', '.join(missing)}")
    target = f"{image}@@{esp_offset(image)}"
    for name in FILES:
        if (directory / name).is_file():
            proc.run(["mcopy", "-o", "-i", target, directory / name, f"::/llmos/provision/{name}"],
                     quiet=True, env={"MTOOLS_SKIP_CHECK": "1"})


def append_kernel_options(image: Path, options: str) -> None:
    """Add kernel command-line options to every slot's boot (for test copies of an image):
    GRUB's configuration sources EFI/llmos/extra.cfg from the ESP when it is there."""
    target = f"{image}@@{esp_offset(image)}"
    path = "::/EFI/llmos/extra.cfg"
    env = {"MTOOLS_SKIP_CHECK": "1"}
    current = ""
    try:
        text = proc.output(["mtype", "-i", target, path], env=env)
        current = text.split('"')[1] if '"' in text else ""
    except proc.BuildError:
        pass
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "extra.cfg"
        tmp.write_text(f'set extra_cmdline="{(current + " " + options).strip()}"\n')
        proc.run(["mcopy", "-o", "-i", target, tmp, path], quiet=True, env=env)
