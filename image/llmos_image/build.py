"""One build, top to bottom: base tree, overlay, agent, filesystems, disk, manifest."""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path

from . import agent, disk, polkit, proc, rootfs, sbom
from .cache import Cache, digest, file_sha256, recorded_seconds, tree_digest
from .config import BuildConfig
from .rauc import enabled as rauc_enabled
from .rauc import install as rauc_install
from .rauc import keyring_digest, tree_code

log = logging.getLogger("llmos_image")
CODE_DIR = Path(__file__).resolve().parent
# The modules whose changes change the image (not qemu.py, flash.py, ...).
BUILD_CODE = ("build.py", "rootfs.py", "agent.py", "lock.py", "sbom.py", "disk.py", "config.py",
              "polkit.py")


def artifact_name(cfg: BuildConfig) -> str:
    return f"llmos-{cfg.variant}"


def _up_to_date(cfg: BuildConfig, key: str) -> bool:
    m = cfg.out_dir / "manifest.json"
    if not m.is_file():
        return False
    try:
        manifest = json.loads(m.read_text())
    except json.JSONDecodeError:
        return False
    return manifest.get("key") == key and all(
        (cfg.out_dir / f).exists() for f in manifest.get("files", []))


def _copy_out(src: Path, out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for f in src.iterdir():
        if f.is_dir():
            proc.run(["cp", "-a", f, out / f.name], quiet=True)
        else:
            proc.run(["cp", "--sparse=always", "--reflink=auto", "-p", f, out / f.name], quiet=True)


def image_key(cfg: BuildConfig, agent_digest: str) -> str:
    """The one key of a build, whoever asks for it (`make image`, `make run`, the tests)."""
    return digest("image-v1", rootfs.base_key(cfg), rootfs.overlay_digest(cfg), agent_digest,
                  repr(cfg.profile), cfg.with_agent and cfg.profile.agent, cfg.source_date_epoch,
                  tree_digest(*(CODE_DIR / f for f in BUILD_CODE)), keyring_digest(cfg),
                  tree_code())


def build(cfg: BuildConfig, *, force: bool = False) -> Path:
    """Build cfg's image into cfg.out_dir; returns the manifest path."""
    t0 = time.monotonic()
    cache = Cache(cfg.cache_dir)
    p = cfg.profile
    tools = ["mkfs.ext4", "zstd", "bmaptool"]
    if p.output == "disk":
        tools += ["mkfs.vfat", "mcopy", "sfdisk"]
    proc.require(*tools)
    work = agent.new_workdir(cfg)
    try:
        # The key first, from the inputs alone (seconds): an image that is up to date, in out/
        # or in the cache, needs neither the base tree nor the dependencies, which may have
        # been pruned from the cache meanwhile.
        with_agent = cfg.with_agent and p.agent
        wheel = deps = None
        reqs: list[str] = []
        agent_digest = "none"
        deps_hit = True
        if with_agent:
            wheel = agent.build_wheel(work)
            reqs = agent.requirements(wheel, p.python_extras, p.extra_wheels)
            agent_digest = agent.agent_inputs_digest(wheel, reqs, cfg)
        key = image_key(cfg, agent_digest)
        if not force and _up_to_date(cfg, key):
            log.info("%s is up to date (%s)", cfg.out_dir, key)
            return cfg.out_dir / "manifest.json"
        cached = cache.path("images", f"{cfg.variant}-{key}")
        if not force and (cached / "manifest.json").exists():
            log.info("reusing the cached build %s", cached)
            _copy_out(cached, cfg.out_dir)
            return cfg.out_dir / "manifest.json"

        base, base_hit = rootfs.base_tarball(cfg, cache)
        if with_agent:
            deps, deps_hit = agent.dependencies(cfg, reqs, cache)
        root = work / "root"
        rootfs.extract(base, root)
        rootfs.apply_overlays(cfg, root)
        rootfs.configure(cfg, root, with_agent=with_agent)
        wheels: list[dict[str, str]] = []
        model = None
        if with_agent and wheel and deps:
            wheels = agent.install(cfg, root, wheel, deps)
            model = agent.model_bundle(cfg, root)
            (root / "etc/llmos/agent.toml").write_text(agent.agent_toml(cfg, model))
            polkit.write(root, agent.agent_settings(cfg, model)["policy"]["expose"])
        manifest: dict[str, object] = {
            "profile": p.name, "variant": cfg.variant, "key": key, "arch": p.arch,
            "suite": p.suite, "source_date_epoch": cfg.source_date_epoch,
            "agent": with_agent, "execution_providers": list(p.execution_providers),
            "cache": {"base": base_hit, "python_deps": deps_hit},
            "packages": rootfs.installed_packages(root), "wheels": wheels,
            "requirements": reqs, "model": model,
        }
        stage = cache.path("images", f"tmp-{os.getpid()}-{cfg.variant}")
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        # The SBOM from the finished tree, before the disk steps take it apart.
        sbom_file = f"{artifact_name(cfg)}.cdx.json"
        manifest["sbom"] = sbom.write(
            stage / sbom_file, root, name=artifact_name(cfg), version=key, suite=p.suite,
            source_date_epoch=cfg.source_date_epoch,
            pip_report=deps / "pip-report.json" if deps else None,
            properties={"profile": p.name, "variant": cfg.variant, "arch": p.arch})
        if p.output == "disk":
            files = _disk(cfg, root, work, stage, manifest)
        else:
            files = _rootfs_outputs(cfg, root, stage, manifest)
        manifest["files"] = [*files, sbom_file]
        build_seconds = round(time.monotonic() - t0, 1)
        manifest["build_seconds"] = build_seconds
        # What a build with an empty cache costs: the cached stages' recorded times plus this one.
        manifest["cold_seconds"] = round(
            build_seconds
            + (0 if not base_hit else recorded_seconds(base))
            + (0 if deps is None or not deps_hit else recorded_seconds(deps)), 1)
        (stage / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        cache.publish(stage, cached)
        cache.prune("images", keep=4)
        _copy_out(cached, cfg.out_dir)
        log.info("built %s in %.0fs", cfg.out_dir, time.monotonic() - t0)
        return cfg.out_dir / "manifest.json"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _disk(cfg: BuildConfig, root: Path, work: Path, stage: Path, manifest: dict[str, object]) -> list[str]:
    parts = disk.layout(cfg)
    (root / "etc/fstab").write_text(disk.fstab(parts))
    esp_stage = work / "esp"
    boot = disk.stage_esp(cfg, root, esp_stage, parts)
    if rauc_enabled(cfg):
        # The factory slot's version: what `os status` shows until RAUC installs a bundle.
        rauc_install(cfg, root, parts, f"factory-{manifest['key']}")
    # The data partition carries /var/lib/llmos (state survives root-slot updates).
    data_dir = work / "data"
    shutil.move(root / "var/lib/llmos", data_dir)
    (root / "var/lib/llmos").mkdir(mode=0o755)
    for d in (root, data_dir):
        rootfs.clamp_mtimes(d, cfg.source_date_epoch)
    fs: dict[str, Path] = {}
    by_name = {p.name: p for p in parts}
    fs["root-a"] = work / "root-a.ext4"
    disk.mkfs_ext4(cfg, fs["root-a"], root, by_name["root-a"], "llmos-root-a")
    fs["data"] = work / "data.ext4"
    disk.mkfs_ext4(cfg, fs["data"], data_dir, by_name["data"], "llmos-data")
    fs["esp"] = work / "esp.vfat"
    disk.mkfs_esp(cfg, fs["esp"], esp_stage, by_name["esp"])
    name = artifact_name(cfg)
    img = stage / f"{name}.img"
    disk.assemble(cfg, img, parts, fs)
    proc.run(["bmaptool", "-q", "create", "-o", stage / f"{name}.bmap", img], capture=True)
    proc.run(["zstd", "-q", "-T0", "-3", "-f", "-o", stage / f"{name}.img.zst", img])
    # The kernel and initrd alongside, for direct-kernel boots and the KVM probe.
    shutil.copy(root / "boot/vmlinuz", stage / "vmlinuz")
    shutil.copy(root / "boot/initrd.img", stage / "initrd.img")
    manifest.update(boot)
    manifest["partitions"] = disk.describe(parts)
    manifest["image"] = {
        "file": img.name, "size": img.stat().st_size,
        "allocated": img.stat().st_blocks * 512, "sha256": file_sha256(img),
        "zst_file": f"{name}.img.zst", "zst_size": (stage / f"{name}.img.zst").stat().st_size,
    }
    return [img.name, f"{name}.bmap", f"{name}.img.zst", "vmlinuz", "initrd.img"]


def _rootfs_outputs(cfg: BuildConfig, root: Path, stage: Path, manifest: dict[str, object]) -> list[str]:
    # /var/lib/llmos on L4T's user data partition (UDA), shared by APP and APP_b; its first
    # mount copies in what the tree has there (llmos-data-seed, image/overlay/jetson).
    (root / "etc/fstab").write_text(disk.fstab([], data_label=disk.L4T_DATA_LABEL))
    if rauc_enabled(cfg):
        # The board's flasher makes the A/B partitions (L4T: APP, APP_b): RAUC's slots are
        # named by those labels, not by a layout of ours.
        rauc_install(cfg, root, [], f"factory-{manifest['key']}")
    rootfs.clamp_mtimes(root, cfg.source_date_epoch)
    name = artifact_name(cfg)
    tar = stage / f"{name}-rootfs.tar"
    proc.run(["tar", "-C", root, "--sort=name", "--numeric-owner", "--xattrs",
              "--xattrs-include=*", f"--mtime=@{cfg.source_date_epoch}", "--clamp-mtime",
              "-cf", tar, "."])
    proc.run(["zstd", "-q", "-T0", "-3", "-f", "--rm", "-o", f"{tar}.zst", tar])
    proc.run(["cp", "-a", root, stage / "rootfs"], quiet=True)
    manifest["rootfs"] = {
        "tarball": f"{name}-rootfs.tar.zst", "size": (stage / f"{name}-rootfs.tar.zst").stat().st_size,
        "sha256": file_sha256(stage / f"{name}-rootfs.tar.zst"), "directory": "rootfs",
    }
    return [f"{name}-rootfs.tar.zst", "rootfs"]
