"""RAUC on Jetson (docs/updates.md, "Jetson (L4T): RAUC beside nvbootctrl"): the jetson-orin
rootfs's system.conf and bundle manifest (image/llmos_image/rauc.py), and the custom boot
backend (image/overlay/jetson/usr/lib/llmos/rauc-nvbootctrl) run for real against a fake
`nvbootctrl` on PATH (tests/support/fake_nvbootctrl) for every call RAUC makes."""
from __future__ import annotations

import configparser
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "image"))

from llmos_image import agent, config, disk, rauc

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "image/overlay/jetson/usr/lib/llmos/rauc-nvbootctrl"
FAKE = REPO / "tests/support/fake_nvbootctrl"


def _conf(profile: str) -> configparser.ConfigParser:
    cfg = config.build_config(profile)
    parts = disk.layout(cfg) if cfg.profile.output == "disk" else []
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(rauc.system_conf(cfg, parts))
    return parser


def test_jetson_system_conf_uses_the_nvbootctrl_backend_on_l4ts_partitions() -> None:
    conf = _conf("jetson-orin")
    assert dict(conf["system"]) == {
        "compatible": "llmos-jetson-orin", "bootloader": "custom",
        "data-directory": rauc.DATA_DIRECTORY, "bundle-formats": "-plain"}
    assert conf["handlers"]["bootloader-custom-backend"] == "/usr/lib/llmos/rauc-nvbootctrl"
    assert conf["keyring"]["path"] == "/etc/rauc/keyring.pem"
    slots = {s: dict(conf[s]) for s in conf.sections() if s.startswith("slot.")}
    assert slots == {
        "slot.rootfs.0": {"device": "/dev/disk/by-partlabel/APP", "type": "ext4", "bootname": "A"},
        "slot.rootfs.1": {"device": "/dev/disk/by-partlabel/APP_b", "type": "ext4", "bootname": "B"}}
    # The backend named there is the one the jetson overlay installs, executable.
    assert (REPO / "image/overlay/jetson" / rauc.NVBOOTCTRL_BACKEND.lstrip("/")) == BACKEND
    assert os.access(BACKEND, os.X_OK)


def test_x86_system_conf_keeps_grub() -> None:
    conf = _conf("x86_64-uefi")
    assert conf["system"]["bootloader"] == "grub" and "grubenv" in conf["system"]
    assert not conf.has_section("handlers")
    assert conf["slot.rootfs.1"]["device"] == "/dev/disk/by-partlabel/llmos-root-b"


def test_rauc_and_the_agents_os_update_are_on_where_rauc_is_installed() -> None:
    for name in ("x86_64-uefi", "x86_64-npu", "jetson-orin"):
        cfg = config.build_config(name)
        assert rauc.enabled(cfg), name
        assert agent.agent_settings(cfg, None)["os_update"] == {"enabled": True}, name
    cfg = config.build_config("jetson-orin")
    bare = dataclasses.replace(cfg.profile, packages=tuple(
        p for p in cfg.profile.packages if not p.startswith("rauc")))
    without = dataclasses.replace(cfg, profile=bare)
    assert not rauc.enabled(without) and "os_update" not in agent.agent_settings(without, None)


def test_jetson_bundle_manifest_names_its_compatible_and_one_rootfs_image() -> None:
    text = rauc.bundle_manifest(config.build_config("jetson-orin"), "7", "abc")
    m = configparser.ConfigParser(interpolation=None)
    m.read_string(text)
    assert dict(m["update"]) == {"compatible": "llmos-jetson-orin", "version": "7", "build": "abc"}
    assert dict(m["bundle"]) == {"format": "verity"}
    assert dict(m["image.rootfs"]) == {"filename": "rootfs.ext4"}
    # What RAUC compares (install.c, verify_compatible): an x86 device refuses it, and back.
    x86 = rauc.bundle_manifest(config.build_config("x86_64-uefi"), "7", "abc")
    assert "compatible=llmos-x86_64-uefi\n" in x86 and _conf("x86_64-uefi")["system"][
        "compatible"] != m["update"]["compatible"]


# -- the backend against a fake nvbootctrl ------------------------------------------------


class Board:
    """A Jetson as the backend sees it: the fake's slot table, RAUC's marks, /run."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        bindir = tmp / "bin"
        bindir.mkdir()
        (bindir / "nvbootctrl").symlink_to(FAKE)
        self.state = tmp / "nvbootctrl.json"
        self.run_dir = tmp / "run"
        self.env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}",
                    "FAKE_NVBOOTCTRL_STATE": str(self.state),
                    "LLMOS_RAUC_NVBOOTCTRL_STATE": str(tmp / "data"),
                    "LLMOS_RAUC_NVBOOTCTRL_RUN": str(self.run_dir)}
        self.reset()  # the factory boot of slot A

    def call(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(BACKEND), *args], capture_output=True, text=True,
                              env=self.env, timeout=30)

    def out(self, *args: str) -> str:
        done = self.call(*args)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def table(self) -> dict[str, object]:
        return dict(json.loads(self.state.read_text()))

    def calls(self) -> list[list[str]]:
        return [c for c in self.table()["calls"] if c[:1] != ["boot"]]  # type: ignore[attr-defined]

    def reset(self) -> None:
        """UEFI boots the active slot; /run is empty again."""
        subprocess.run([str(FAKE), "boot"], env=self.env, check=True)
        subprocess.run(["rm", "-rf", str(self.run_dir)], check=True)


@pytest.fixture
def board(tmp_path: Path) -> Board:
    return Board(tmp_path)


def test_each_call_rauc_makes_maps_to_nvbootctrl_rootfs(board: Board) -> None:
    assert board.out("get-current") == "A"
    assert board.out("get-primary") == "A"
    assert board.out("get-state", "A") == "bad"  # booted, not yet confirmed in this boot
    assert board.out("get-state", "B") == "good"
    assert board.out("set-state", "A", "good") == ""
    assert board.out("get-state", "A") == "good"
    assert board.out("set-primary", "B") == ""
    assert board.out("get-primary") == "B"
    calls = board.calls()
    assert all(c[:2] == ["-t", "rootfs"] for c in calls), calls
    assert ["-t", "rootfs", "get-current-slot"] in calls
    assert ["-t", "rootfs", "mark-boot-successful"] in calls
    assert calls[-2] == ["-t", "rootfs", "set-active-boot-slot", "1"]


def test_an_install_then_a_good_boot_of_the_new_slot(board: Board) -> None:
    board.out("set-state", "A", "good")  # the factory slot passed its trial
    # rauc install: the target is marked bad before it is written, made primary after.
    board.out("set-state", "B", "bad")
    assert board.out("get-state", "B") == "bad" and board.out("get-primary") == "A"
    board.out("set-primary", "B")
    assert board.out("get-state", "B") == "good"  # a complete write: no longer marked
    board.reset()
    assert board.out("get-current") == "B"
    assert board.out("get-state", "B") == "bad"  # on trial until the agent's gate passes
    assert board.out("get-state", "A") == "good"
    board.out("set-state", "B", "good")
    assert board.out("get-state", "B") == "good"
    assert board.table()["slots"] == [{"retry_count": 3, "status": "normal"}] * 2


def test_a_failed_trial_points_uefi_back_at_the_good_slot(board: Board) -> None:
    board.out("set-state", "A", "good")
    board.out("set-state", "B", "bad")
    board.out("set-primary", "B")
    board.reset()
    # llmos-boot-trial: the gate failed, `rauc status mark-bad booted`, reboot.
    board.out("set-state", "B", "bad")
    assert board.out("get-state", "B") == "bad" and board.out("get-primary") == "A"
    board.reset()
    assert board.out("get-current") == "A"


def test_a_failed_trial_with_no_good_slot_to_go_to_stays(board: Board) -> None:
    table = board.table()
    table["slots"][1]["status"] = "unbootable"  # type: ignore[index]
    board.state.write_text(json.dumps(table))
    assert board.out("get-state", "B") == "bad"
    board.out("set-state", "A", "bad")
    assert board.out("get-primary") == "A" and board.out("get-state", "A") == "bad"
    assert not any("set-active-boot-slot" in c for c in board.calls())


def test_marking_the_other_slot_bad_while_it_is_primary_keeps_the_booted_one(board: Board) -> None:
    board.out("set-primary", "B")
    board.out("set-state", "B", "bad")
    assert board.out("get-primary") == "A" and board.out("get-state", "B") == "bad"
    board.out("set-state", "B", "good")
    assert board.out("get-state", "B") == "good"


@pytest.mark.parametrize("argv", [
    [], ["get-primary", "A"], ["set-primary"], ["set-primary", "C"], ["set-primary", "0"],
    ["set-primary", "a"], ["get-state"], ["get-state", "A", "B"], ["set-state", "A"],
    ["set-state", "A", "ok"], ["set-state", "A", "good", "now"], ["set-state", "-t", "good"],
    ["get-current", "--help"], ["--help"], ["mark-boot-successful"], ["set-active-boot-slot", "1"],
    ["get-state", "A; reboot"], ["set-primary", "B\n"], ["get-state", "../../etc/passwd"],
    ["dump-slots-info"], ["set-state", "B", "good\nbad"],
])
def test_hostile_or_unknown_arguments_are_refused_before_nvbootctrl_runs(
        board: Board, argv: list[str]) -> None:
    before = board.calls()
    done = board.call(*argv)
    assert done.returncode == 2 and done.stdout == "" and "refused" in done.stderr
    assert board.calls() == before


def test_nvbootctrl_failing_or_missing_or_talking_nonsense_is_an_error(board: Board) -> None:
    table = board.table()
    table["current"] = 7  # nvbootctrl names a slot there is no bootname for
    board.state.write_text(json.dumps(table))
    for argv in (["get-current"], ["get-primary"], ["get-state", "A"]):
        done = board.call(*argv)
        assert done.returncode == 1 and done.stdout == "" and "slot" in done.stderr, done
    board.state.write_text("{not json")
    done = board.call("get-primary")
    assert done.returncode == 1 and done.stdout == ""
    board.env["PATH"] = "/nonexistent"
    done = board.call("set-primary", "B")
    assert done.returncode == 1 and "nvbootctrl" in done.stderr


def test_the_backstop_finds_the_booted_slot_when_rauc_names_the_root_device() -> None:
    """llmos-boot-trial on L4T: RAUC 1.8 says "booted": "/dev/nvme0n1p1" (root=PARTUUID=…)."""
    import importlib.util
    from importlib.machinery import SourceFileLoader

    path = str(REPO / "image/overlay/rauc/usr/lib/llmos/llmos-boot-trial")
    loader = SourceFileLoader("llmos_boot_trial", path)
    spec = importlib.util.spec_from_loader("llmos_boot_trial", loader)
    assert spec is not None
    trial = importlib.util.module_from_spec(spec)
    loader.exec_module(trial)

    def status(booted: str, state_a: str) -> dict[str, object]:
        return {"booted": booted, "slots": [
            {"rootfs.0": {"bootname": "A", "state": state_a, "boot_status": "bad"}},
            {"rootfs.1": {"bootname": "B", "state": "inactive", "boot_status": "good"}}]}

    assert trial.booted_name(status("/dev/nvme0n1p1", "booted")) == "A"
    assert trial.booted_name(status("B", "inactive")) == "B"  # GRUB's rauc.slot=B
    assert trial.booted_name(status("/dev/nfs", "inactive")) == "/dev/nfs"
