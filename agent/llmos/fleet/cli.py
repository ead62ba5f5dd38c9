"""llmos-fleet: `run` the fleet manager; `dev DIR` makes a development fleet (CA, certificates,
broker files, configuration) and runs Mosquitto and the fleet manager on loopback (make fleet)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import tomli_w

from llmos import pki
from llmos.agent.config import ConfigError
from llmos.agent.domain import Role
from llmos.fleet import broker
from llmos.fleet.config import FleetServiceConfig, load_fleet_config


def dev_fleet(directory: Path, api_port: int = 7543, enroll_port: int = 7544,
              broker_port: int = 8883, web_port: int | None = None) -> Path:
    """A development fleet in `directory` (the CA is reused if present); returns its config.
    With `web_port`, the dashboard listens there too (`make fleet`: 7545)."""
    pki_dir = directory / "pki"
    pki.make_dev_pki(pki_dir, "llmos-fleet-server", ("localhost",), ("127.0.0.1",))
    for stem, new in (("device", "fleet-server"),):
        (pki_dir / f"{stem}.crt").replace(pki_dir / f"{new}.crt")
        (pki_dir / f"{stem}.key").replace(pki_dir / f"{new}.key")
    ca = pki.load_issued(pki_dir / "fleet-ca.crt", pki_dir / "fleet-ca.key")
    pki.write_issued(pki.issue_device_cert(ca, "llmos-broker", ("localhost",), ("127.0.0.1",)),
                     pki_dir, "broker")
    pki.write_issued(pki.issue_client_cert(ca, "llmos-fleet", Role.ADMIN), pki_dir, "fleet")
    files = broker.BrokerFiles(directory / "broker")
    broker.write_broker_files(files, listen=f"127.0.0.1:{broker_port}",
                              ca=pki_dir / "fleet-ca.crt", cert=pki_dir / "broker.crt",
                              key=pki_dir / "broker.key", fleet_identity="llmos-fleet",
                              crl_pem=pki.make_crl(ca, []))
    config = FleetServiceConfig(
        state_dir=directory / "state", listen=f"127.0.0.1:{api_port}",
        enroll_listen=f"127.0.0.1:{enroll_port}", cert=pki_dir / "fleet-server.crt",
        key=pki_dir / "fleet-server.key", client_ca=pki_dir / "fleet-ca.crt",
        ca_cert=pki_dir / "fleet-ca.crt", ca_key=pki_dir / "fleet-ca.key",
        broker=f"127.0.0.1:{broker_port}", broker_ca=pki_dir / "fleet-ca.crt",
        mqtt_cert=pki_dir / "fleet.crt", mqtt_key=pki_dir / "fleet.key",
        broker_dir=files.directory,
        web_listen=f"127.0.0.1:{web_port}" if web_port is not None else "")
    path = directory / "fleet.toml"
    path.write_text(tomli_w.dumps(config.model_dump(mode="json", exclude_none=True)))
    return path


def broker_config(config: FleetServiceConfig, listen: str, cert: Path, key: Path) -> Path:
    """mosquitto.conf, the ACL and an empty CRL in the configured broker_dir (at install; the
    fleet rewrites the ACL and CRL from its registry at every start and revocation)."""
    if config.broker_dir is None:
        raise ConfigError("broker_dir: needed to write the embedded broker's files")
    files = broker.BrokerFiles(config.broker_dir)
    ca = pki.load_issued(config.ca_cert, config.ca_key)
    identity, _ = pki.certificate_identity(config.mqtt_cert.read_bytes())
    broker.write_broker_files(files, listen=listen, ca=config.ca_cert, cert=cert, key=key,
                              fleet_identity=identity, crl_pem=pki.make_crl(ca, []))
    return files.conf


def enroll_device(fleet: str, ca: Path, token: str, name: str, directory: Path,
                  dns: Sequence[str] = ()) -> str:
    """The device's side of enrollment: a new key (it never leaves `directory`), a CSR, and the
    certificate the fleet signs for it. Returns the broker to put in [fleet] broker."""
    import grpc

    from llmos.fleet.v1 import fleet_pb2, fleet_pb2_grpc

    key_pem, csr_pem = pki.make_csr(name, list(dns) or [name])
    stub = fleet_pb2_grpc.EnrollmentServiceStub(
        grpc.secure_channel(fleet, grpc.ssl_channel_credentials(ca.read_bytes())))
    answer = stub.Enroll(fleet_pb2.EnrollRequest(token=token, csr_pem=csr_pem), timeout=30)
    directory.mkdir(parents=True, exist_ok=True)
    key_path = directory / "device.key"
    key_path.unlink(missing_ok=True)  # a new file, so it is created 0600 whatever was there
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key_pem)
    (directory / "device.crt").write_bytes(answer.certificate_pem)
    (directory / "fleet-ca.crt").write_bytes(answer.ca_pem)
    return str(answer.broker)


def user_command(args: argparse.Namespace) -> int:
    """`llmos-fleet user add|remove|list`: the dashboard's users file (users.py)."""
    import getpass

    from llmos.fleet.users import UserError, Users

    users = Users(load_fleet_config(args.config).users_path)
    try:
        if args.action == "list":
            for user in users.all():
                print(f"{user.name}\t{user.role.name.lower()}")
        elif args.action == "remove":
            users.remove(args.name)
            print(f"removed {args.name} from {users.path}")
        else:
            if args.password_stdin:
                password = sys.stdin.readline().rstrip("\n")
            else:
                password = getpass.getpass(f"password for {args.name}: ")
                if getpass.getpass("again: ") != password:
                    print("llmos-fleet user: the passwords differ", file=sys.stderr)
                    return 2
            users.add(args.name, Role.parse(args.role), password)
            print(f"{args.name} ({args.role}) is in {users.path}")
    except (UserError, ValueError) as error:
        print(f"llmos-fleet user: {error}", file=sys.stderr)
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="llmos-fleet", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the fleet manager")
    run.add_argument("--config", type=Path, default=Path("/etc/llmos-fleet/fleet.toml"))
    dev = commands.add_parser("dev", help="a development fleet on loopback, with Mosquitto")
    dev.add_argument("directory", type=Path)
    conf = commands.add_parser("broker-config", help="write the embedded Mosquitto's files")
    conf.add_argument("--config", type=Path, default=Path("/etc/llmos-fleet/fleet.toml"))
    conf.add_argument("--listen", default="0.0.0.0:8883", help="the broker's TLS listener")
    conf.add_argument("--cert", type=Path, required=True, help="the broker's certificate")
    conf.add_argument("--key", type=Path, required=True, help="its key")
    enroll = commands.add_parser("enroll", help="on a device: enroll with a one-time token")
    enroll.add_argument("--fleet", required=True, help="the fleet's enrollment listener")
    enroll.add_argument("--ca", type=Path, required=True, help="the fleet CA, to check it")
    enroll.add_argument("--token", required=True)
    enroll.add_argument("--name", required=True, help="this device's name (as in the token)")
    enroll.add_argument("--dir", type=Path, default=Path("/etc/llmos/pki"))
    enroll.add_argument("--dns", action="append", default=[])
    user = commands.add_parser("user", help="the dashboard's users (hashed passwords, roles)")
    user.add_argument("action", choices=["add", "remove", "list"])
    user.add_argument("name", nargs="?", default="")
    user.add_argument("--role", choices=["viewer", "operator", "admin"], default="viewer")
    user.add_argument("--password-stdin", action="store_true",
                      help="read the password from one line of standard input")
    user.add_argument("--config", type=Path, default=Path("/etc/llmos-fleet/fleet.toml"))
    args = parser.parse_args(argv)
    if args.command == "user":
        if args.action != "list" and not args.name:
            parser.error("user add/remove: a NAME")
        try:
            return user_command(args)
        except ConfigError as error:
            print(f"llmos-fleet: {error}", file=sys.stderr)
            return 2
    if args.command == "enroll":
        import grpc

        try:
            broker_address = enroll_device(args.fleet, args.ca, args.token, args.name, args.dir,
                                           args.dns)
        except grpc.RpcError as error:
            print(f"llmos-fleet enroll: {error}", file=sys.stderr)
            return 1
        print(f"enrolled as {args.name}; in agent.toml: [fleet] enabled = true, "
              f"broker = \"{broker_address}\"")
        return 0
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        if args.command == "broker-config":
            written = broker_config(load_fleet_config(args.config), args.listen, args.cert,
                                    args.key)
            print(f"wrote {written}; run: mosquitto -c {written}")
            return 0
        if args.command == "dev":
            path = dev_fleet(args.directory, web_port=7545)
            config = load_fleet_config(path)
            assert config.broker_dir is not None
            proc = broker.start(broker.BrokerFiles(config.broker_dir))
            print(f"mosquitto on {config.broker}; llmosctl --fleet {config.listen} "
                  f"--ca {config.ca_cert} --cert {args.directory}/pki/admin.crt "
                  f"--key {args.directory}/pki/admin.key devices", flush=True)
            print(f"dashboard: https://{config.web_listen}/ (a login: llmos-fleet user add "
                  f"NAME --role operator --config {path})", flush=True)
            try:
                from llmos.fleet.daemon import run as run_fleet

                return asyncio.run(run_fleet(config))
            finally:
                broker.stop(proc)
        from llmos.fleet.daemon import run as run_fleet

        return asyncio.run(run_fleet(load_fleet_config(args.config)))
    except ConfigError as error:
        print(f"llmos-fleet: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
