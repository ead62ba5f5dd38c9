"""The agent's configuration: one TOML file, parsed and validated once, at start.

Every key has a typed, documented default; an unknown key or a bad value is refused with the
key's dotted path and the reason. The rest of the agent receives a finished `AgentConfig`.
"""

from __future__ import annotations

import ipaddress
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    field_validator,
    model_validator,
)

from llmos.agent.domain import Role

DEFAULT_PATH = Path("/etc/llmos/agent.toml")
ALL_SUBSYSTEMS = (
    "block", "usb", "net", "tty", "input", "sound", "power_supply", "thermal", "accel",
)


def _parse_role(value: Any) -> Any:
    return Role.parse(value) if isinstance(value, str) else value


# A role is written by name in the file ("operator") and read back the same way.
RoleName = Annotated[Role, BeforeValidator(_parse_role),
                     PlainSerializer(lambda role: role.name.lower(), return_type=str)]


class ConfigError(ValueError):
    """The configuration file cannot be used. The message names the key and the reason."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GrpcConfig(_Section):
    listen: str = Field("0.0.0.0:7443", description="mTLS listener, host:port; empty disables it")
    cert: Path = Field(Path("/etc/llmos/pki/device.crt"), description="device certificate (PEM)")
    key: Path = Field(Path("/etc/llmos/pki/device.key"), description="device private key (PEM)")
    client_ca: Path = Field(Path("/etc/llmos/pki/fleet-ca.crt"), description="CA for client "
                            "certs; only certificates it issued directly carry a role")
    crl: Path | None = Field(None, description="revoked client certificates (PEM or DER, "
                             "signed by client_ca); read again when it changes")
    unix_socket: str = Field("/run/llmos/agent.sock", description="local socket; empty disables")
    insecure_listen: str = Field(
        "", description="plain-text listener for development; refused unless on loopback"
    )
    insecure_role: RoleName = Field(Role.VIEWER, description="role granted on the plain-text listener")
    max_message_bytes: int = Field(64 * 1024, ge=1024, le=16 * 1024 * 1024,
                                   description="largest request accepted")
    max_streams: int = Field(512, ge=1, le=100_000,
                             description="event streams open at once, every listener together")
    max_streams_per_principal: int = Field(128, ge=1, le=100_000,
                                           description="event streams one caller may hold")


    @field_validator("insecure_listen")
    @classmethod
    def _loopback_only(cls, value: str) -> str:
        if value:
            host = value.rsplit(":", 1)[0].strip("[]")
            if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
                raise ValueError("plain-text gRPC is only allowed on a loopback address")
        return value


class LocalRoles(_Section):
    """Roles for callers on the Unix socket, by their peer credentials."""

    admin_uids: tuple[int, ...] = Field((0,), description="uids granted admin (root by default)")
    operator_gids: tuple[int, ...] = Field((), description="gids whose members are operators")
    default: RoleName | None = Field(
        None, description='role for any other local user: viewer, operator, admin or "none" '
        "(refused, the default: least privilege)")
    max_connections_per_uid: int = Field(
        16, ge=1, le=4096, description="open connections one local uid may hold; more are "
        "closed at once (a local user cannot exhaust the agent)")

    @field_validator("default", mode="before")
    @classmethod
    def _none(cls, value: Any) -> Any:
        return None if value in ("", "none") else value


class ControllerConfig(_Section):
    kind: Literal["rules", "model"] = Field("rules", description="which controller decides")
    events: Literal["rules", "controller"] = Field(
        "rules", description="who decides events that come without a command: the default "
        "reactions (rules, deterministic) or the configured controller")
    decision_timeout_s: float = Field(
        5.0, gt=0, le=120, description="a controller slower than this is replaced by the rules")
    confirm_below: float = Field(
        0.7, ge=0, le=1, description="a change the controller is less sure of than this "
        "(0..1) is held for a confirmation, with a read-back of how it was understood")


class UdevConfig(_Section):
    enabled: bool = Field(True, description="listen to udev; false in development")
    subsystems: tuple[str, ...] = Field(ALL_SUBSYSTEMS, description="udev subsystems listened to")


class ReplayConfig(_Section):
    path: Path | None = Field(None, description="JSON lines of recorded events to replay at start")
    interval_s: float = Field(0.0, ge=0, description="pause between replayed events")
    state: Path | None = Field(None, description="a described device (the decide contract's "
                               "state, JSON) instead of this machine's: development and tests")


class QueueConfig(_Section):
    capacity: int = Field(1024, ge=8, le=1_000_000, description="events held for the controller")
    spool: int = Field(10_000, ge=0, le=1_000_000, description="events held in memory while "
                       "the journal cannot take them (disk full), logged when it can again")


class JournalConfig(_Section):
    """Retention of the event log (the journal): the oldest entries go first."""

    max_entries: int = Field(1_000_000, ge=1000, le=100_000_000,
                             description="entries kept at most")
    max_age_days: float = Field(90.0, gt=0, le=3650, description="entries older go")
    max_mb: int = Field(512, ge=8, le=1_000_000,
                        description="the state database's size the journal is pruned to")
    prune_every_s: float = Field(60.0, gt=0, le=86_400, description="how often to prune")


class ExecutorConfig(_Section):
    kind: Literal["system", "record"] = Field(
        "system", description="system acts on the machine; record only records what it would do"
    )
    sysfs_root: Path = Field(Path("/sys"), description="where LEDs, links, power are found")
    media_root: Path = Field(Path("/media/llmos"), description="where storage is mounted")
    command_timeout_s: float = Field(30.0, gt=0, le=600,
                                     description="a systemctl, mount or ip call slower than this fails")


class ToolRule(_Section):
    """Policy for one tool: allowed or not, argument constraints, rate limit."""

    allow: bool = True
    # Argument name -> glob patterns (fnmatch) the value must match, e.g. unit = ["nginx*.service"].
    args: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Argument name -> values that need an operator's confirmation, e.g. state = ["down"];
    # typed as the tool's schema types the argument (readonly = [false]), checked at parse time.
    confirm_when: dict[str, tuple[bool | int | str, ...]] = Field(default_factory=dict)
    confirm: bool | None = Field(None, description="None: confirm if the catalog marks it destructive")
    rate_per_minute: int | None = Field(None, ge=1, le=10_000_000)
    distinct_confirmer: bool = Field(
        False, description="the confirmation must come from another principal than the request")


def _default_tools() -> dict[str, ToolRule]:
    return {"set_network": ToolRule(confirm_when={"state": ("down",)})}


class Exposure(_Section):
    """What the agent may act on at all (the Home Assistant "exposed entities" model): globs
    over names; nothing is exposed by default. A floor no exposure lifts: exposure.py."""

    units: tuple[str, ...] = Field((), description='service units, e.g. ["nginx.service", "app-*.service"]')
    interfaces: tuple[str, ...] = Field((), description='network interfaces, e.g. ["eth*", "wl*"]')
    leds: tuple[str, ...] = Field((), description='LEDs of /sys/class/leds, e.g. ["*:status"]')
    storage: tuple[str, ...] = Field(
        (), description='block devices, matched after symlinks are resolved, e.g. ["/dev/sd*"]')


class PolicyConfig(_Section):
    default_allow: bool = Field(True, description="allow tools that have no rule")
    tools: dict[str, ToolRule] = Field(
        default_factory=_default_tools,
        description="[policy.tools.<tool>]: allow, args (globs), confirm, confirm_when, "
        "rate_per_minute, distinct_confirmer; merged key by key over the default rules")
    expose: Exposure = Field(Exposure(), description="[policy.expose]: units, interfaces, leds, "
                             "storage the agent may act on (globs); empty: none")
    confirm_role: RoleName = Field(Role.OPERATOR, description="least role that may confirm")
    pending_ttl_s: float = Field(300.0, gt=0, le=86_400,
                                 description="pending actions expire after this")
    rate_per_minute: int = Field(120, ge=1, le=10_000_000, description="all actions together")
    dry_run_per_minute: int = Field(
        60, ge=1, le=10_000_000, description="dry runs one caller may ask for a minute (each is "
        "logged; a viewer could otherwise fill the journal)")

    @field_validator("tools", mode="before")
    @classmethod
    def _over_defaults(cls, tools: Any) -> Any:
        # A rule for one tool must not silently remove the default rules of the others, nor
        # the default keys of its own (a rate limit alone keeps set_network's confirmation).
        if not isinstance(tools, dict):
            return tools
        merged: dict[str, Any] = {name: rule.model_dump(exclude_unset=True)
                                  for name, rule in _default_tools().items()}
        for name, rule in tools.items():
            given = rule.model_dump(exclude_unset=True) if isinstance(rule, ToolRule) else rule
            merged[name] = ({**merged[name], **given}
                            if name in merged and isinstance(given, dict) else given)
        return merged

    @field_validator("tools")
    @classmethod
    def _known_tools(cls, tools: dict[str, ToolRule]) -> dict[str, ToolRule]:
        from llmos.agent.catalog import load_catalog

        catalog = load_catalog()
        unknown = sorted(set(tools) - set(catalog.tools))
        if unknown:
            raise ValueError(f"unknown tool(s) {unknown}")
        typed = {}
        for name, rule in tools.items():
            properties = catalog.tools[name].parameters.get("properties", {})
            for arg in sorted({*rule.args, *rule.confirm_when} - set(properties)):
                raise ValueError(f"{name}: {arg!r} is not an argument of {name}")
            when = {arg: tuple(_typed(f"{name}.confirm_when.{arg}", properties[arg], v)
                               for v in values) for arg, values in rule.confirm_when.items()}
            typed[name] = rule.model_copy(update={"confirm_when": when})
        return typed


def _typed(where: str, schema: dict[str, Any], value: Any) -> Any:
    """A confirm_when value as the argument's schema types it: "false" for a boolean is false
    (compared as text it never matched), a value outside an enum is an error."""
    kind = schema.get("type")
    if kind == "boolean" and not isinstance(value, bool):
        if str(value).lower() not in ("true", "false"):
            raise ValueError(f"{where}: {value!r} is not a boolean")
        value = str(value).lower() == "true"
    elif kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        try:
            value = int(str(value))
        except ValueError:
            raise ValueError(f"{where}: {value!r} is not an integer") from None
    elif kind == "string" and not isinstance(value, str):
        raise ValueError(f"{where}: {value!r} is not a string")
    if "enum" in schema and value not in schema["enum"]:
        raise ValueError(f"{where}: {value!r} is not one of {schema['enum']}")
    return value


class ConsoleConfig(_Section):
    ports: tuple[str, ...] = Field((), description="serial ports that serve the console")
    baudrate: int = Field(115200, description="line speed of every console port")
    role: RoleName = Field(Role.OPERATOR, description="role of whoever types on the console")
    attached_role: RoleName = Field(
        Role.VIEWER, description="role on a port attached when plugged in (a USB serial "
        "adapter, attach_console): anyone with physical access; the ports above keep `role`")



class VoiceConfig(_Section):
    """Offline voice commands: microphone -> VAD -> speech recogniser -> the controller."""

    capture: str = Field(
        "", description="ALSA capture device (e.g. 'default', 'hw:1,0'); empty: off until a "
        "USB microphone appears (udev sound add)")
    backend: str = Field(
        "whisper", description="'whisper' (bundled Whisper tiny.en), 'moonshine' (bundled "
        "Moonshine base-en), or the path of a local model directory (CTranslate2 Whisper or "
        "Moonshine .ort files) for a stronger recogniser")
    threads: int = Field(2, ge=1, le=64, description="CPU threads for the recogniser")
    activation: Literal["always", "wake_word"] = Field(
        "always", description="always: every utterance is a command; wake_word: only those "
        "that start with the wake word (or follow it within listen_s)")
    wake_word: str = Field("computer", min_length=1, description="spoken before a command")
    listen_s: float = Field(5.0, gt=0, le=60, description="how long a bare wake word listens")
    min_confidence: float = Field(
        0.6, ge=0, le=1, description="below this the recognition is read back for confirmation")
    confirm_timeout_s: float = Field(
        10.0, gt=0, le=300, description="a spoken action not confirmed in time is rejected")
    confirm: Literal["effects", "risky"] = Field(
        "effects", description="which spoken actions wait for a spoken yes after their "
        "read-back: effects (every action that changes something) or risky (only those a "
        "misheard word could invert, destructive ones and unsure hearings; the others are read "
        "back and run at once). Answers never wait")
    role: RoleName = Field(Role.OPERATOR, description="role of whoever speaks to the device")
    tts: bool = Field(True, description="speak replies with espeak-ng (they are logged anyway)")
    voice: str = Field("en-us", description="espeak-ng voice for replies")



# The bundle shipped in the repository (models/default), and where the image installs it
# (image/llmos_image/agent.py copies it there).
DEVICE_BUNDLE = Path("/opt/llmos/model")
_REPO_BUNDLE = Path(__file__).resolve().parents[3] / "models" / "default"
DEFAULT_BUNDLE = _REPO_BUNDLE if _REPO_BUNDLE.is_dir() else DEVICE_BUNDLE


class ModelConfig(_Section):
    """Typed defaults for the on-device model; the agent's config file may override any field."""

    bundle: Path = Field(DEFAULT_BUNDLE, description="bundle directory with manifest.json; "
                         "models/default in a checkout, /opt/llmos/model on a device")
    threads: int = Field(2, ge=1, le=64, description="intra-op threads for onnxruntime's "
                         "decoder; the sentence encoders run each text on one thread, the texts "
                         "of a decision side by side on this many")
    provider: Literal["auto", "cpu", "cuda", "tensorrt", "openvino"] = Field(
        "auto", description="execution provider; auto: TensorRT/CUDA on Jetson, OpenVINO "
        "(NPU, then GPU) where present, CPU otherwise")
    max_new_tokens: int = Field(96, ge=8, le=512, description="decode limit per decision "
                                "(free text is kept short enough to always close within it)")
    deadline_ms: int = Field(1500, ge=10, description="wall-clock limit per decision")
    commands: Literal["language", "decoder"] = Field(
        "language", description="what reads operator commands: language (speech acts, "
        "grounding in the device state, the bundle's pretrained sentence encoder for meaning) "
        "or decoder (the bundle's generative model under a narrowed grammar; kept to measure "
        "against). Events without a command go to the decoder either way")
    router: bool = Field(True, description="use the bundle's intent router (a pretrained "
                         "sentence encoder that narrows tools and enum arguments for commands), "
                         "if it has one")
    narrowing: Literal["off", "names", "entities"] = Field(
        "entities", description="grammar narrowing per decision: off (catalog only), names "
        "(name arguments limited to names in the command, events or state), entities (also "
        "the tools those names allow)")
    context_budget_tokens: int = Field(448, ge=64, description="total prompt budget")
    state_budget_tokens: int = Field(128, ge=16, description="device-state summary share")
    event_budget_tokens: int = Field(128, ge=16, description="the request's events share")
    history_budget_tokens: int = Field(96, ge=0, description="recent + retrieved events share")
    command_budget_tokens: int = Field(64, ge=8, description="operator command share")
    recent_events: int = Field(2, ge=0, description="recent log events offered to the model")
    retrieved_events: int = Field(2, ge=0, description="log events retrieved by relevance")


class UpdatesConfig(_Section):
    """Signed model updates from a TUF repository (docs/updates.md)."""

    repo_url: str = Field("", description="the fleet's TUF repository (http or https URL "
                          "serving metadata/ and targets/); empty: model updates off")
    trusted_root: Path = Field(Path("/etc/llmos/update/root.json"), description="the "
                               "repository's root metadata shipped with the image: the trust "
                               "anchor (later roots are fetched and verified from it)")
    slots_dir: Path | None = Field(None, description="where the A/B model slots live; "
                                   "<state_dir>/models if unset")
    check_interval_s: float = Field(21600.0, ge=0, description="how often the device checks "
                                    "the repository; 0: only when asked (llmosctl model update)")
    latency_factor: float = Field(2.0, ge=1, le=100, description="a candidate slower per "
                                  "decision than this many times the running model is refused")
    gate_timeout_s: float = Field(30.0, gt=0, le=600, description="after the switch the new "
                                  "model must decide within this time, or it is rolled back")
    min_accuracy: float = Field(0.9, ge=0, le=1, description="a bundle that claims less "
                                "exact match than this on its golden cases is refused")


class OsUpdateConfig(_Section):
    """A/B OS updates with RAUC (docs/updates.md, "OS updates")."""

    enabled: bool = Field(False, description="install RAUC bundles (OsUpdateService) and gate "
                          "each boot of a root slot; the A/B images turn it on")
    gate_timeout_s: float = Field(300.0, gt=0, le=3600, description="after boot, the health "
                                  "gate (control plane, policy, udev, model or rules) must pass "
                                  "within this time, or the slot is marked bad and the device "
                                  "reboots into the other one")
    upload_dir: Path | None = Field(None, description="where uploaded bundles are kept until "
                                    "installed (resumable); <state_dir>/os-update if unset")
    rauc: str = Field("rauc", description="RAUC's command line tool (talks to rauc.service "
                      "over D-Bus)")
    verdict_file: Path = Field(Path("/run/llmos/os-trial.json"), description="where the gate's "
                               "result goes for llmos-boot-trial.service (the root backstop)")
    url_hosts: tuple[str, ...] = Field((), description="hosts the device may download a bundle "
                                       "from itself (`llmosctl os install URL`), e.g. "
                                       '["updates.example.com", "*.cdn.example.com"]; empty: '
                                       "installs from a URL are off")
    url_ca: Path | None = Field(None, description="CA certificates (PEM) for https:// bundle "
                                "URLs; the system's CA store if unset")
    url_timeout_s: float = Field(30.0, gt=0, le=600, description="a bundle download gives up "
                                 "when connecting, or waiting for the next bytes, takes longer")
    url_retries: int = Field(3, ge=0, le=20, description="a download cut off is resumed (HTTP "
                             "Range) this many times before the install fails; the part is "
                             "kept for the next install of the same sha256 either way")

    @field_validator("url_hosts")
    @classmethod
    def _url_hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from llmos.agent.osupdate.urls import host_pattern

        return tuple(host_pattern(entry) for entry in value)


class FleetConfig(_Section):
    """The fleet link: the agent dials out to an MQTT 5 broker (docs/fleet.md)."""

    enabled: bool = Field(False, description="connect to the fleet's MQTT broker")
    broker: str = Field("", description="the broker, host:port (MQTT over TLS)")
    ca: Path = Field(Path("/etc/llmos/pki/fleet-ca.crt"), description="CA of the broker's certificate")
    cert: Path = Field(Path("/etc/llmos/pki/device.crt"),
                       description="device certificate; its CN is the device's name at the broker")
    key: Path = Field(Path("/etc/llmos/pki/device.key"), description="device private key (PEM)")
    role: RoleName = Field(Role.OPERATOR, description="the most a fleet command may do (the "
                           "role of a person at the fleet who has less applies instead)")
    session_expiry_s: int = Field(7 * 86400, ge=0, le=2**32 - 1,
                                  description="how long the broker keeps commands while offline")
    keepalive_s: int = Field(30, ge=5, le=3600, description="MQTT keepalive")
    report_interval_s: float = Field(30.0, gt=0, description="how often the state is reported")
    reconnect_s: float = Field(1.0, gt=0, le=60, description="first pause before reconnecting")
    follow_crl: bool = Field(False, description="write the fleet's CRL (checked: signed by "
                             "grpc.client_ca, not older) into grpc.crl; needs grpc.crl")

    @field_validator("broker")
    @classmethod
    def _broker(cls, value: str) -> str:
        if value and not value.rpartition(":")[2].isdigit():
            raise ValueError("must be host:port")
        return value

    @model_validator(mode="after")
    def _needs_broker(self) -> FleetConfig:
        if self.enabled and not self.broker:
            raise ValueError("broker: needed when the fleet link is enabled")
        return self


class AgentConfig(_Section):
    state_dir: Path = Field(Path("/var/lib/llmos"), description="SQLite event log and state")
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="journald under systemd, stderr otherwise")
    device_name: str = Field("", description="name reported to the fleet; hostname if empty")
    grpc: GrpcConfig = GrpcConfig()
    local_roles: LocalRoles = LocalRoles()
    controller: ControllerConfig = ControllerConfig()
    model: ModelConfig = ModelConfig()
    udev: UdevConfig = UdevConfig()
    replay: ReplayConfig = ReplayConfig()
    queue: QueueConfig = QueueConfig()
    journal: JournalConfig = JournalConfig()
    executor: ExecutorConfig = ExecutorConfig()
    policy: PolicyConfig = PolicyConfig()
    console: ConsoleConfig = ConsoleConfig()
    voice: VoiceConfig = VoiceConfig()
    updates: UpdatesConfig = UpdatesConfig()
    os_update: OsUpdateConfig = OsUpdateConfig()
    fleet: FleetConfig = FleetConfig()
    watchdog_stall_s: Annotated[float, Field(gt=0)] = Field(
        120.0, description="stop pinging the watchdog when the worker has spent this long on "
        "one event while others wait; longer than a decision and an action together may take "
        "(each has its own timeout), so only a worker that hangs is restarted"
    )

    @model_validator(mode="after")
    def _stall_outlasts_a_step(self) -> AgentConfig:
        step = self.controller.decision_timeout_s + self.executor.command_timeout_s
        if self.watchdog_stall_s <= step:
            raise ValueError(f"watchdog_stall_s: must exceed controller.decision_timeout_s + "
                             f"executor.command_timeout_s ({step:g} s), or a slow but healthy "
                             "event is taken for a hung worker and the agent is restarted")
        return self

    @model_validator(mode="after")
    def _crl_target(self) -> AgentConfig:
        if self.fleet.follow_crl and self.grpc.crl is None:
            raise ValueError("fleet.follow_crl: needs grpc.crl, the file it writes")
        return self



def _explain(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        key = ".".join(str(p) for p in item["loc"]) or "(file)"
        lines.append(f"{key}: {item['msg']}")
    return "; ".join(lines)


def parse_config(raw: dict[str, Any]) -> AgentConfig:
    try:
        return AgentConfig.model_validate(raw)
    except ValidationError as error:
        raise ConfigError(_explain(error)) from None


def read_toml(path: Path | None) -> dict[str, Any]:
    """A configuration file's tables (none without a file), or ConfigError saying why not."""
    if path is None:
        return {}
    try:
        return tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def load_config(path: Path | None, overrides: dict[str, Any] | None = None) -> AgentConfig:
    """Read the TOML file (if given) and apply overrides (nested dicts) on top of it."""
    raw = read_toml(path)
    for section, values in (overrides or {}).items():
        if isinstance(values, dict):
            raw.setdefault(section, {}).update(values)
        else:
            raw[section] = values
    try:
        return parse_config(raw)
    except ConfigError as error:
        raise ConfigError(f"{path or 'configuration'}: {error}") from None
