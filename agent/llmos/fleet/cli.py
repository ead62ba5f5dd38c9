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
              broker_port: int = 8883) -> Path:
    """A development fleet in `directory` (the CA is reused if present); returns its config."""
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
        broker_dir=files.directory)
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
    args = parser.parse_args(argv)
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
            path = dev_fleet(args.directory)
            config = load_fleet_config(path)
            assert config.broker_dir is not None
            proc = broker.start(broker.BrokerFiles(config.broker_dir))
            print(f"mosquitto on {config.broker}; llmosctl --fleet {config.listen} "
                  f"--ca {config.ca_cert} --cert {args.directory}/pki/admin.crt "
                  f"--key {args.directory}/pki/admin.key devices", flush=True)
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
