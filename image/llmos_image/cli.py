"""Command line: build, run, flash, provision, profiles."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .config import build_config, known_profiles
from .proc import BuildError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", default="x86_64-uefi", help="one of image/profiles/*.toml")
    p.add_argument("--plain", action="store_true",
                   help="the same pipeline without the agent (the boot-time baseline)")
    p.add_argument("--out", type=Path, help="output directory (default out/<profile>)")
    p.add_argument("--mirror", help="Debian mirror URL or sources file (default: the host's)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="llmos_image", description=__doc__)
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build an image into out/<profile>/")
    _common(b)
    b.add_argument("--force", action="store_true", help="rebuild even if inputs are unchanged")
    r = sub.add_parser("run", help="build if needed and boot in QEMU, serial on this terminal")
    _common(r)
    r.add_argument("--port", type=int, default=7443, help="host port forwarded to the agent's gRPC")
    r.add_argument("--persistent", action="store_true", help="keep guest writes in the image")
    f = sub.add_parser("flash", help="write an image to a removable disk with bmaptool")
    _common(f)
    f.add_argument("--device", required=True)
    f.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    pv = sub.add_parser("provision", help="put device certificates into an image's ESP")
    pv.add_argument("image", type=Path)
    pv.add_argument("directory", type=Path, help="holds device.crt, device.key, client-ca.crt")
    ub = sub.add_parser("bundle", help="a signed RAUC bundle (verity) of the image's root slot "
                        "(a rootfs profile: an ext4 of its tree)")
    _common(ub)
    ub.add_argument("--version", required=True, help="the bundle's version (shown by os status)")
    ub.add_argument("--file", action="append", default=[], metavar="PATH=LOCAL",
                    help="replace a file of the root slot in this bundle (repeatable)")
    ub.add_argument("--signing", type=Path,
                    help="directory with signing.crt/signing.key (default: the update CA's)")
    ub.add_argument("--bundle-dir", type=Path, help="where to write it (default out/<profile>/bundles)")
    sub.add_parser("profiles", help="list the known profiles")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s image: %(message)s", datefmt="%H:%M:%S")
    try:
        if args.cmd == "profiles":
            print("\n".join(known_profiles()))
            return 0
        if args.cmd == "provision":
            from .provision import provision
            provision(args.image, args.directory)
            return 0
        cfg = build_config(args.profile, out=args.out, mirror=args.mirror, with_agent=not args.plain)
        from .build import build
        if args.cmd == "build":
            manifest = json.loads(build(cfg, force=args.force).read_text())
            print(json.dumps({k: manifest.get(k) for k in ("variant", "key", "image", "rootfs",
                                                           "build_seconds") if k in manifest}, indent=2))
            return 0
        if args.cmd == "run":
            from .qemu import run_interactive
            build(cfg)
            return run_interactive(cfg, port=args.port, persistent=args.persistent)
        if args.cmd == "bundle":
            from .rauc import build_bundle
            build(cfg)
            files = dict((d, Path(src)) for d, _, src in (f.partition("=") for f in args.file))
            path = build_bundle(cfg, args.version, args.bundle_dir or cfg.out_dir / "bundles",
                                files=files, signing=args.signing)
            print(path)
            return 0
        if args.cmd == "flash":
            from .flash import flash
            build(cfg)
            return flash(cfg, args.device, assume_yes=args.yes)
    except BuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 1
