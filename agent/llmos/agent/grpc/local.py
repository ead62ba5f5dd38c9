"""The on-device Unix socket, authorised by the caller's peer credentials (SO_PEERCRED).

gRPC Python does not expose a connection's peer credentials, nor does its local-credentials
mode check them (grpc/grpc#15511, #28755). So the public socket is ours: an asyncio server that
reads SO_PEERCRED for each connection, decides the caller's role from its uid and groups
(config `[local_roles]`), and then only relays bytes to a private gRPC server listening in a
0700 directory. Each relayed connection connects from its own address in that directory, which
the private server reports as the call's peer; the relay registers that address with the
principal it decided (auth.PeerAuthenticator). The kernel's word on who connected is thus the
only input to the role, and gRPC still parses every byte.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import pwd
import socket
import stat
import struct
from pathlib import Path

from llmos.agent.config import LocalRoles
from llmos.agent.domain import Principal, Role
from llmos.agent.grpc.auth import PeerAuthenticator

log = logging.getLogger(__name__)

INTERFACE = "grpc-unix"
_UCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid
_CHUNK = 64 * 1024


def local_principal(uid: int, gid: int, roles: LocalRoles) -> Principal | str:
    """The principal of a local uid, or why it has none. Blocking: reads the user database."""
    name = f"uid:{uid}"
    if uid in roles.admin_uids:
        return Principal(name, Role.ADMIN, INTERFACE)
    if roles.operator_gids and set(roles.operator_gids) & _groups(uid, gid):
        return Principal(name, Role.OPERATOR, INTERFACE)
    if roles.default is not None:
        return Principal(name, roles.default, INTERFACE)
    return f"{name} has no role on the local socket (see [local_roles])"


def _groups(uid: int, gid: int) -> set[int]:
    """The connecting gid plus every group the uid belongs to in the group database."""
    try:
        user = pwd.getpwuid(uid)
    except KeyError:
        return {gid}
    # getgrouplist asks NSS (/etc/group and friends) for the supplementary groups.
    return set(os.getgrouplist(user.pw_name, user.pw_gid)) | {gid}


def peer_credentials(sock: socket.socket) -> tuple[int, int, int]:
    """(pid, uid, gid) of the process that connected, as the kernel recorded at connect()."""
    return _UCRED.unpack(sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _UCRED.size))


class LocalSocket:
    def __init__(self, path: Path, upstream: Path, relay_dir: Path, roles: LocalRoles,
                 peers: PeerAuthenticator) -> None:
        self.path = path
        self._upstream = upstream
        self._relay_dir = relay_dir
        self._roles = roles
        self._peers = peers
        self._numbers = itertools.count(1)
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()  # both ends of every relay
        self._open: dict[int, int] = {}  # uid -> connections relayed now
        self.refused_connections = 0

    async def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(self.path.lstat().st_mode):
                self.path.unlink()  # left over from a previous run
        self._server = await asyncio.start_unix_server(self._accept, self.path)
        # Anyone may connect; what they may do is decided by their credentials.
        os.chmod(self.path, 0o666)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        # Closing both ends lets every relay finish on its own (cancelling the connection tasks
        # instead makes asyncio's stream server log them as errors).
        for writer in list(self._writers):
            writer.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            await self._relay(reader, writer)
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        _, uid, gid = peer_credentials(writer.get_extra_info("socket"))
        if self._open.get(uid, 0) >= self._roles.max_connections_per_uid:
            self.refused_connections += 1
            log.warning("local socket: uid %d holds %d connections already; closing another",
                        uid, self._open[uid])
            return
        self._open[uid] = self._open.get(uid, 0) + 1
        try:
            await self._relay_as(uid, gid, reader, writer)
        finally:
            self._open[uid] -= 1
            if not self._open[uid]:
                del self._open[uid]

    async def _relay_as(self, uid: int, gid: int, reader: asyncio.StreamReader,
                        writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        principal = await loop.run_in_executor(None, local_principal, uid, gid, self._roles)
        address = self._relay_dir / f"c{next(self._numbers)}"
        upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        upstream.setblocking(False)
        peer = f"unix:{address}"
        try:
            upstream.bind(str(address))
            self._peers.register(peer, principal)
            await loop.sock_connect(upstream, str(self._upstream))
            up_reader, up_writer = await asyncio.open_unix_connection(sock=upstream)
            self._writers.add(up_writer)
            try:
                await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
            finally:
                self._writers.discard(up_writer)
                up_writer.close()
        except OSError as error:
            log.warning("local socket relay for uid %d failed: %s", uid, error)
        finally:
            self._peers.forget(peer)
            upstream.close()
            with contextlib.suppress(FileNotFoundError):
                address.unlink()


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while data := await source.read(_CHUNK):
            sink.write(data)
            await sink.drain()
        if sink.can_write_eof():
            sink.write_eof()
    except ConnectionError:
        sink.close()
