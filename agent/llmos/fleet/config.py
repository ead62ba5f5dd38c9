"""llmos-fleet's configuration: one TOML file, validated once (as the agent's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from llmos.agent.config import ConfigError, read_toml


class FleetServiceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    state_dir: Path = Field(Path("/var/lib/llmos-fleet"), description="the SQLite registry")
    database: str = Field("", description="a PostgreSQL DSN (postgresql://...) for large fleets; "
                          "empty: SQLite in state_dir")
    listen: str = Field("0.0.0.0:7543", description="the mTLS gRPC API, host:port")
    cert: Path = Field(Path("/etc/llmos-fleet/pki/fleet-server.crt"),
                       description="the API's server certificate")
    key: Path = Field(Path("/etc/llmos-fleet/pki/fleet-server.key"), description="its key")
    client_ca: Path = Field(Path("/etc/llmos-fleet/pki/fleet-ca.crt"),
                            description="CA of operators' client certificates (role in the OU)")
    enroll_listen: str = Field("", description="TLS listener (no client certificate) for "
                               "enrollment with a one-time token; empty: off")
    ca_cert: Path = Field(Path("/etc/llmos-fleet/pki/fleet-ca.crt"),
                          description="the fleet CA that signs device certificates")
    ca_key: Path = Field(Path("/etc/llmos-fleet/pki/fleet-ca.key"), description="its key")
    broker: str = Field("127.0.0.1:8883", description="the MQTT 5 broker, host:port (TLS)")
    broker_ca: Path = Field(Path("/etc/llmos-fleet/pki/fleet-ca.crt"),
                            description="CA of the broker's certificate")
    mqtt_cert: Path = Field(Path("/etc/llmos-fleet/pki/fleet.crt"),
                            description="the fleet's client certificate at the broker; its CN is "
                            "the identity the broker's ACL lets use llmos/#")
    mqtt_key: Path = Field(Path("/etc/llmos-fleet/pki/fleet.key"), description="its key")
    broker_public: str = Field("", description="the broker address enrolled devices dial; "
                               "empty: `broker`")
    broker_dir: Path | None = Field(None, description="the embedded Mosquitto's directory: its "
                                    "ACL and CRL are rewritten on enrollment and revocation")
    session_expiry_s: int = Field(7 * 86400, ge=0, description="the broker keeps the fleet's "
                                  "answers this long while the fleet is down")
    # The dashboard (fleet/web.py): HTTPS, off unless web_listen is set (docs/fleet.md).
    web_listen: str = Field("", description="the dashboard's HTTPS listener, host:port; "
                            "empty: off")
    web_cert: Path | None = Field(None, description="the dashboard's certificate; unset: `cert`")
    web_key: Path | None = Field(None, description="its key; unset: `key`")
    web_users: Path | None = Field(None, description="the dashboard's users (llmos-fleet user "
                                   "add); unset: web-users.json in state_dir")
    web_session_s: int = Field(8 * 3600, ge=60, le=30 * 86400,
                               description="a login lasts this long")
    web_client_certs: bool = Field(True, description="a client certificate from client_ca with "
                                   "a role (OU) also logs in")

    @property
    def users_path(self) -> Path:
        return self.web_users or self.state_dir / "web-users.json"


def load_fleet_config(path: Path | None, overrides: dict[str, Any] | None = None
                      ) -> FleetServiceConfig:
    raw = read_toml(path)
    raw.update(overrides or {})
    try:
        return FleetServiceConfig.model_validate(raw)
    except ValidationError as error:
        lines = [f"{'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}"
                 for e in error.errors()]
        raise ConfigError(f"{path or 'configuration'}: {'; '.join(lines)}") from None
