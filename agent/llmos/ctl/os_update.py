"""`llmosctl os install FILE|URL | status`: A/B OS updates (OsUpdateService, docs/updates.md).

`install FILE` streams a RAUC bundle to one device with a progress bar: it sends the bundle's
size and sha256 first, and the device answers how much of that bundle it already has, so an
upload that was cut off goes on where it stopped (also on `--retries` after a dropped
connection). Then RAUC installs it on the device, with its progress; `--reboot` boots the new
slot. The device finishes an install it has the whole bundle for without the client; a stream
dropped then is followed by `os status` to its end.

`install URL` (http:// or https://) has the device download the bundle itself, from a host on
its os_update.url_hosts. The device needs the bundle's sha256 and size: `--sha256` and `--size`
(from the release, as a fleet manager has them); without them llmosctl reads them itself, from
`URL.sha256` (what sha256sum prints) and the Content-Length of a HEAD request, so it must
reach the URL too. Those come from the same server as the bundle: they catch a wrong or
truncated file, while what vouches for the bundle is RAUC's signature check on the device.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import urllib.parse
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import urllib3
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from llmos.ctl.client import Exit, channel, to_dict
from llmos.ctl.inventory import Target
from llmos.v1 import os_update_pb2, os_update_pb2_grpc

P = os_update_pb2.InstallOsProgress
CHUNK = 60 << 10  # below the agent's grpc.max_message_bytes (64 KiB by default)
INSTALL_TIMEOUT_S = 3600.0


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    os_ = commands.add_parser("os", help="A/B OS updates: install a RAUC bundle, status")
    sub = os_.add_subparsers(dest="os_command", required=True)
    sub.add_parser("status", help="root slots, the booted one, versions, trial, last error")
    install = sub.add_parser("install", help="upload and install a RAUC bundle (.raucb), or "
                             "have the device download it from an http(s) URL")
    install.add_argument("source", metavar="FILE|URL",
                         help="a bundle file, or an http:// or https:// URL the device pulls "
                              "from (its host must be on the device's os_update.url_hosts)")
    install.add_argument("--sha256", default="", help="URL: the bundle's sha256 (else read "
                         "from URL.sha256 by llmosctl)")
    install.add_argument("--size", type=int, default=0, help="URL: the bundle's size in bytes "
                         "(else the Content-Length of a HEAD request by llmosctl)")
    install.add_argument("--reboot", action="store_true", help="reboot into the new slot")
    install.add_argument("--retries", type=int, default=3,
                         help="resume a dropped upload (or download) this many times")


def is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme.lower() in ("http", "https")


class TooOld(RuntimeError):
    """The device answered a URL install as an upload: its agent cannot pull."""


@dataclass(frozen=True)
class Bundle:
    """What `install` sends: a file's bytes, or a URL for the device to pull."""

    sha256: str
    size: int
    path: Path | None = None
    url: str = ""


_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


def url_facts(url: str, sha256: str, size: int, timeout: float) -> tuple[str, int]:
    """The bundle's sha256 and size for a URL install: as given, else read from the server
    (URL.sha256, a HEAD's Content-Length). ValueError saying what is missing and why."""
    if sha256 and not _SHA256.match(sha256):
        raise ValueError("--sha256: 64 hex digits expected")
    if sha256 and size > 0:
        return sha256.lower(), size
    http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=timeout, read=timeout),
                               retries=urllib3.Retry(total=2, redirect=5, raise_on_status=False))
    try:
        if not sha256:
            split = urllib.parse.urlsplit(url)
            side = urllib.parse.urlunsplit(split._replace(path=split.path + ".sha256", fragment=""))
            response = http.request("GET", side)
            words = response.data[:4096].decode(errors="replace").split()
            if response.status != 200 or not words or not _SHA256.match(words[0]):
                raise ValueError(f"{side}: no sha256 there (HTTP {response.status}); give --sha256")
            sha256 = words[0].lower()
        if size <= 0:
            response = http.request("HEAD", url)
            length = response.headers.get("Content-Length", "")
            if response.status != 200 or not length.isdigit() or int(length) <= 0:
                raise ValueError(f"{url}: no size from HEAD (HTTP {response.status}); give --size")
            size = int(length)
    except urllib3.exceptions.HTTPError as error:
        raise ValueError(f"cannot read the bundle's sha256 and size from {url} ({error}); "
                         "give --sha256 and --size") from None
    finally:
        http.clear()
    return sha256, size


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


async def _install_once(target: Target, bundle: Bundle, reboot: bool, timeout: float,
                        bar: Progress | None, last: dict[str, Any]) -> None:
    size, path = bundle.size, bundle.path
    ch = channel(target)
    try:
        call = os_update_pb2_grpc.OsUpdateServiceStub(ch).InstallOs(timeout=timeout)
        await call.write(os_update_pb2.InstallOsRequest(start=os_update_pb2.InstallOsStart(
            size=size, sha256=bundle.sha256, reboot=reboot, url=bundle.url)))
        if bundle.url:
            await call.done_writing()  # the device pulls: no chunks
        first = await call.read()
        if first is grpc.aio.EOF:
            raise ConnectionError("the device closed the stream")
        if bundle.url and not first.downloading:
            call.cancel()  # it waits for chunks that will never come
            raise TooOld("the device cannot download a bundle itself (its agent predates "
                         "InstallOsStart.url): install the file instead")
        last.update(to_dict(first))
        offset = first.resume_offset
        upload = bar.add_task("download (device)" if bundle.url else "upload", total=size,
                              completed=offset) if bar else None
        install = None

        async def send() -> None:
            if path is None:
                return
            with path.open("rb") as f:
                f.seek(offset)
                while chunk := f.read(CHUNK):
                    await call.write(os_update_pb2.InstallOsRequest(chunk=chunk))
                    if bar is not None and upload is not None:
                        bar.advance(upload, len(chunk))
            await call.done_writing()

        sender = asyncio.create_task(send())
        async for message in _messages(call):
            last.update(to_dict(message))
            if bar is not None and upload is not None and bundle.url and message.phase == P.UPLOADING:
                bar.update(upload, completed=message.received)
            if bar is not None and message.phase == P.INSTALLING:
                if install is None:
                    install = bar.add_task("install", total=100)
                bar.update(install, completed=message.percent,
                           description=f"install: {message.message[:40]}")
            if message.phase in (P.INSTALLED, P.REBOOTING, P.FAILED) and bar and install is not None:
                bar.update(install, completed=100 if message.phase != P.FAILED else message.percent)
        await sender
    finally:
        await ch.close()


async def _messages(call: Any) -> AsyncIterator[Any]:
    while True:
        message = await call.read()
        if message is grpc.aio.EOF:
            return
        yield message


async def install(target: Target, args: argparse.Namespace, console: Console) -> tuple[Exit, dict[str, Any]]:
    if is_url(args.source):
        try:
            sha256, size = await asyncio.to_thread(url_facts, args.source, args.sha256, args.size,
                                                   args.timeout)
        except ValueError as error:
            return Exit.USAGE, {"error": str(error)}
        bundle = Bundle(sha256, size, url=args.source)
    else:
        path = Path(args.source)
        bundle = Bundle(sha256_of(path), path.stat().st_size, path=path)
    sha256 = bundle.sha256
    last: dict[str, Any] = {}
    bar = None if args.json else Progress(
        TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
        console=console, transient=False)
    attempts = max(1, args.retries + 1)
    answered, before = await status(target, args.timeout)
    if answered is not Exit.OK:
        before = {}
    try:
        if bar is not None:
            bar.start()
        for attempt in range(attempts):
            try:
                await _install_once(target, bundle, args.reboot,
                                    max(args.timeout, INSTALL_TIMEOUT_S), bar, last)
                break
            except TooOld as error:
                return Exit.FAILED, {"error": str(error)}
            except grpc.aio.AioRpcError as error:
                phase = last.get("phase", "UPLOADING")
                dropped = error.code() in _DROPPED
                if dropped and phase == "UPLOADING" and attempt + 1 < attempts:
                    await asyncio.sleep(2)
                    continue  # the device says where to resume
                if dropped and phase == "REBOOTING":
                    break  # the device went down for its reboot
                if dropped and phase in ("INSTALLING", "INSTALLED"):
                    # The device has the whole bundle and finishes without us.
                    last.update(await follow(target, before, args.reboot,
                                             max(args.timeout, INSTALL_TIMEOUT_S)))
                    break
                code = Exit.USAGE if error.code() == grpc.StatusCode.INVALID_ARGUMENT else Exit.FAILED
                return code, {"code": error.code().name, "error": error.details() or ""}
    finally:
        if bar is not None:
            bar.stop()
    last["sha256"] = sha256
    if last.get("phase") == "FAILED":
        return Exit.DENIED, last
    return Exit.OK, last


_DROPPED = (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED)
_FOLLOW_EVERY_S = 1.0


async def follow(target: Target, before: dict[str, Any], reboot: bool,
                 timeout: float) -> dict[str, Any]:
    """What became of an install whose stream dropped after the upload, from `os status`:
    wait while the device says it is installing, then compare its slots with `before` (the
    status from before the install; {} when it did not answer then)."""
    deadline = asyncio.get_running_loop().time() + timeout
    now: dict[str, Any] = {}
    while asyncio.get_running_loop().time() < deadline:
        code, now = await status(target, 10.0)
        if code is Exit.OK and not now.get("activity", "").startswith("installing"):
            return _outcome(before, now, reboot)
        await asyncio.sleep(_FOLLOW_EVERY_S)
    return {"phase": "FAILED", "error": "the stream dropped during the install and the device "
            f"did not say how it ended within {timeout:.0f} s: {now.get('error', now)}"}


def _outcome(before: dict[str, Any], now: dict[str, Any], reboot: bool) -> dict[str, Any]:
    def installed(status: dict[str, Any]) -> dict[str, tuple[str, ...]]:
        return {s.get("bootname", ""): tuple(s.get(k, "") for k in ("version", "installed_at", "sha256"))
                for s in status.get("slots", [])}

    booted, primary = now.get("booted", ""), now.get("primary", "")
    if before.get("booted") and booted != before["booted"]:
        return {"phase": "REBOOTING", "slot": booted,
                "message": f"the device rebooted into slot {booted} (followed by its status)"}
    new = installed(now).get(primary) != installed(before).get(primary) if before \
        else primary != booted
    if not new or not primary:
        return {"phase": "FAILED", "error": "the stream dropped during the install, and the "
                "device installed nothing: its journal (llmos-agent) says why"}
    if reboot:
        return {"phase": "REBOOTING", "slot": primary,
                "message": f"installed into slot {primary}; the device reboots into it "
                           "(followed by its status)"}
    return {"phase": "INSTALLED", "slot": primary,
            "message": f"installed into slot {primary}; it boots next, on trial (followed by its status)"}


async def status(target: Target, timeout: float) -> tuple[Exit, dict[str, Any]]:
    ch = channel(target)
    try:
        response = await os_update_pb2_grpc.OsUpdateServiceStub(ch).GetOsStatus(
            os_update_pb2.GetOsStatusRequest(), timeout=timeout)
        return Exit.OK, to_dict(response)
    except grpc.aio.AioRpcError as error:
        return Exit.FAILED, {"code": error.code().name, "error": error.details() or ""}
    finally:
        await ch.close()


def render_status(data: dict[str, Any], console: Console) -> None:
    if not data.get("enabled"):
        console.print("OS updates: off", markup=False)
        return
    console.print(f"compatible {data.get('compatible', '')}  booted {data.get('booted', '?')} "
                  f"({data.get('version', '')})  next boot {data.get('primary', '?')}  "
                  f"trial {data.get('trial', '')}", markup=False)
    for slot in data.get("slots", []):
        console.print(f"  {slot.get('bootname', '')} {slot.get('name', '')}: "
                      f"{slot.get('state', '')}, {slot.get('boot_status', '')}, "
                      f"version {slot.get('version') or '-'}, installed "
                      f"{slot.get('installed_at') or '-'}", markup=False)
    if data.get("last_error"):
        console.print(f"last error (slot {data.get('last_error_slot', '')}, "
                      f"{data.get('last_error_version', '')}): {data['last_error']}",
                      style="red", markup=False)
    if data.get("activity"):
        console.print(f"now: {data['activity']}", markup=False)


def run(args: argparse.Namespace, targets: list[Target], errors: Console) -> int:
    if len(targets) != 1:
        errors.print("llmosctl os: one device at a time (--target or --unix)", style="red")
        return Exit.USAGE
    target = targets[0]
    console = Console()
    if args.os_command == "install":
        if not is_url(args.source) and not Path(args.source).is_file():
            errors.print(f"llmosctl: {args.source}: no such file (or an http:// or https:// "
                         "URL)", style="red", markup=False)
            return Exit.USAGE
        code, data = asyncio.run(install(target, args, errors))
    else:
        code, data = asyncio.run(status(target, args.timeout))
    if args.json:
        print(json.dumps({"device": target.name, "ok": code == Exit.OK, "exit": int(code), **data}))
    elif code != Exit.OK:
        errors.print(f"{target.name}: {data.get('error') or data.get('code', 'failed')}",
                     style="red", markup=False)
    elif args.os_command == "status":
        render_status(data, console)
    else:
        console.print(f"{target.name}: {data.get('message') or data.get('phase', '')}", markup=False)
    return int(code)
