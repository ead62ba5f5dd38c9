"""Which entity of the device a command is about: names, typos, attributes, descriptions.

Every entity the device state lists (a unit with its description, an interface with its kind,
an LED with its colour and function, a drive with its label, model and size) is matched
against the command's words:

- by name: the full name, its base ("nginx"), its parts ("grafana" of grafana-server), the
  parts run together ("node red" is nodered), a typo or a prefix of them ("mosquito",
  "postgres");
- by attribute: "the wifi", "the power light", "the 64 gig drive", "the seagate";
- by meaning: a pretrained sentence encoder compares the words left over with each entity's
  description ("the web server" is the unit whose description says so).

Only names in the state are ever returned: a command about something the device does not have
finds nothing, and the interpreter says so.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from typing import Protocol

from llmos.agent.controller.language import boundaries, memo

UNIT, INTERFACE, LED, STORAGE, PORT = "unit", "interface", "led", "storage", "port"
COLOURS = frozenset(["red", "green", "blue", "amber", "yellow", "white", "orange", "purple"])

# Parts of names that never identify anything on their own.
GENERIC = frozenset(
    [
        "service", "services", "server", "daemon", "client", "agent", "manager", "logger",
        "player", "system", "systemd", "the", "a", "http", "https", "web", "data", "main",
        "default", "local", "node", "exporter", "worker", "helper", "app", "application", "proxy",
        "bridge", "gateway", "controller", "monitor", "api", "core", "host", "user", "users",
        "session", "sessions", "unit", "tool", "tools", "process", "quick", "device", "net",
        "network",
    ])
# What kind of software a well-known service is, for commands that name the kind ("restart the
# database", "the vpn is down"): general knowledge a unit's one-line description often lacks.
CATEGORIES = [
    ("nginx|apache|httpd|lighttpd|caddy", "web server http webserver website"),
    ("postgres|mysql|mariadb|mongo|influx|timescale|questdb|sqlite|cassandra|couchdb",
     "database db"),
    ("redis|memcache|valkey|keydb", "cache key-value kv"),
    ("smartmontools|smartd", "smart disk health"),
    ("postgres|mysql|mariadb|sqlite|mssql", "sql"),
    # (RabbitMQ and ActiveMQ speak MQTT only through a plugin: "the mqtt broker" beside
    # mosquitto is mosquitto)
    ("mosquitto|emqx|vernemq|nanomq|hivemq|mqtt", "broker mqtt message messaging"),
    ("rabbitmq|kafka|nats|activemq", "broker message messaging queue"),
    ("rabbitmq|activemq|qpid", "amqp"),
    ("openvpn|wireguard|wg-quick|tailscale|zerotier|strongswan|ipsec|openconnect|vpn",
     "vpn tunnel"),
    ("chrony|ntp|timesyncd|time sync", "time ntp clock sync synchronization"),
    ("dnsmasq|bind9|named|unbound|resolved|pihole|pi-hole", "dns resolver name"),
    ("pihole|pi-hole|adguard|blocky", "ad blocker adblocker adblock ads"),
    ("nvargus|argus|libcamera|motion|mjpg|camera|v4l2|rpicam", "camera video capture"),
    ("dnsmasq|isc-dhcp|kea|dhcpd", "dhcp"),
    ("nftables|iptables|ufw|firewalld|shorewall", "firewall"),
    ("docker|containerd|podman|k3s|kubelet|lxc|lxd", "container containers"),
    ("ros|ros2|rosbridge|micro-ros", "robot robotics"),
    ("grafana|chronograf|kibana", "dashboard dashboards graphs visualization charts"),
    ("telegraf|prometheus|node-exporter|collectd|netdata|zabbix", "metrics monitoring "
     "telemetry"),
    ("vnc|xrdp|rdp", "remote desktop screen sharing"),
    ("ssh|dropbear", "remote login shell"),
    ("smbd|nmbd|samba|nfs", "file sharing share shares network drive"),
    ("home-assistant|homeassistant|openhab|domoticz|iobroker", "home automation smart home"),
    ("home-assistant|homeassistant", "hass"),
    ("rsyslog|syslog|journald|fluent|promtail|vector", "logging logs syslog logger"),
    ("cups", "printer printing print"),
    ("ollama|llama|vllm|triton|deepstream|inference|tensorrt", "ai inference model"),
    ("ollama|llama|vllm|localai|text-generation", "llm llms"),
    ("gpsd", "gps location"),
    ("pcscd|pc/sc|smart card", "card reader readers smartcard"),  # (round 47: "the reader" beside a palm-vein reader)
    ("weewx|cumulusmx|weatherflow", "weather station"),
    ("hostapd", "access point hotspot wifi"),
    ("kiosk|chromium|firefox|cog|wpe", "browser kiosk screen display"),
    ("lightdm|gdm|sddm|xdm", "display login screen desktop"),
    ("mpd|mopidy|shairport|snapcast|pulseaudio|pipewire", "music audio sound player"),
    ("zigbee2mqtt|deconz|zigbee", "zigbee bridge coordinator z2m"),
    ("zwave|z-wave", "zwave z-wave bridge controller"),
    ("node-red|nodered", "flows automation"),
    ("modbus|opcua|opc-ua|plc", "field bus plc industrial"),
    ("fail2ban|crowdsec", "intrusion ban bans banning bruteforce bruteforcers brute-force "
     "security"),
    ("cron|anacron|atd", "scheduler jobs"),
    ("avahi|mdns", "mdns bonjour zeroconf discovery"),
    ("haproxy|traefik|envoy", "proxy reverse load balancer balancer"),
    ("varnish|squid", "proxy cache"),
    ("transmission|qbittorrent|deluge|rtorrent|aria2", "torrent torrents bittorrent download "
     "downloads downloader"),
    ("jellyfin|plex|emby|minidlna|navidrome|airsonic", "media server streaming library"),
    ("frigate|zoneminder|shinobi|motioneye|agent-dvr", "nvr recorder recording video camera cameras "
     "cctv surveillance"),
    ("klipper|octoprint|moonraker|mainsail|fluidd|repetier", "3d printer print printing"),
    ("klipper(?![a-z])", "firmware"),
    ("deconz", "conbee raspbee phoscon"),
    ("homebridge", "homekit apple home"),
    ("shairport|raop|airplay", "airplay airtunes"),
    ("rtl_433|rtl-433|rtl433|dump1090|readsb|rtl_tcp|rtl-sdr|sdr", "radio sdr decoder receiver"),
    ("mumble|murmur|teamspeak|ts3", "voice chat voip"),
    ("motioneye|mainsail|fluidd|phoscon|cockpit|webmin", "web ui webui interface frontend"),
    ("mariadb", "mysql"),
    ("postgres", "pg"),
    ("alertmanager", "alerting alerts alert paging pages"),
    ("pushgateway", "push gateway metrics"),
    ("frr|bird|quagga|zebra|bgpd|ospfd", "routing router routes bgp ospf"),
    ("snapserver|snapclient|snapcast", "multiroom multi-room"),
    ("influx|timescale|questdb|victoriametrics", "historian time-series timeseries tsdb"),
    ("rpcbind|portmap", "portmapper portmap rpc"),
    ("winbind|sssd|realmd", "domain logins login active directory ad ldap"),
    ("apache2|httpd", "apache"),
    ("node-red|nodered", "flow editor wiring"),
    ("smbd|samba smb", "windows smb cifs"),
    ("unbound", "recursive validating"),
    ("pihole|pi-hole|adguard", "sinkhole"),
    # (round 36) what crews call a site's machines: "the genny"
    ("genset|generator", "genny gennie generator genset"),
    ("video capture", "camera cameras cctv"),  # (motion: "Motion detection video capture daemon")
    # (round 39) "the vault camera recorder" of "CCTV recorder for vault"
    ("cctv|\\bnvr\\b", "camera cameras video surveillance"),
    ("public address|\\bpa\\b", "announcements announcement announcer tannoy pa"),
    ("iridium|inmarsat|starlink|rockblock|\\bsbd\\b|vsat|thuraya", "satellite sat satcom uplink"),
    ("direwolf", "aprs packet radio tnc"),
    ("rigctld|hamlib|flrig", "radio rig transceiver"),
    ("telegraf|collectd|otelcol|fluent-bit", "collector"),
    ("cups\\.service|cups scheduler", "spooler queue"),
    ("pkt_fwd|pkt-fwd|packet-forwarder|basicstation", "lora lorawan packet forwarder "
     "concentrator"),
    ("chirpstack", "lora lorawan"),
    ("postfix|exim|sendmail|opensmtpd", "mail email smtp"),
    ("syncthing|restic|borg|duplicati|rsnapshot", "sync backup backups"),
    ("nextcloud|owncloud|seafile", "cloud files"),
    ("x11vnc|tigervnc|realvnc|anydesk|teamviewer|rustdesk", "remote desktop vnc screen sharing"),
    ("mjpg|ustreamer|go2rtc|mediamtx|rtsp|camera-streamer|crowsnest|webcam", "stream streaming camera feed "
     "webcam video"),
    ("xibo|screenly|anthias|info-beamer|pisignage", "signage player display screen"),
    ("weewx", "weather station software"),
    ("radar|openradar|radar-pi", "radar"),
    ("home-assistant|homeassistant|hass", "ha"),
    ("companion", "streamdeck stream deck"),
    ("codesys|codesyscontrol", "codesys plc runtime"),
    ("calibre|kavita|komga|ubooquity|cops", "ebook ebooks books library catalogue catalog "
     "reading"),
    ("ptp4l|phc2sys|linuxptp|timemaster", "time ptp clock sync synchronization precision"),
    ("motion(?!eye)", "recording recorder cctv surveillance"),
    ("yolo|detector|detectron|tflite|openvino|hailo", "ai inference model vision detection"),
    ("slurm|pbs|torque|htcondor", "batch scheduler job jobs queue cluster hpc workload"),
    ("dnsmasq|isc-dhcp|kea|dhcpd", "addresses address leases lease"),
    ("klipperscreen", "touchscreen touch screen display"),
    ("zoneminder", "zm"),
    ("kplex", "mux multiplexer nmea"),
    ("signalk|signal-k|openplotter|opencpn", "boat marine nmea instruments chartplotter data"),
    ("orthanc|dcm4che|conquest", "dicom pacs imaging images xray x-ray radiology"),
    ("jupyter", "notebook notebooks"),
    ("sunshine", "game streaming stream host"),
    ("opensprinkler", "sprinkler irrigation watering valves"),
    ("bluetooth|bluez", "bt"),
    ("nut|apcupsd|upsd|upsmon|pwrstat", "ups"),
    ("asterisk|freeswitch|freepbx|kamailio|yate|3cx", "phone telephony pbx voip sip calls"),
    # (a word of a kind, not a product: "pos" is in _NOT_PRODUCTS)
    ("pos(?![a-z])|point.of.sale", "till tills register checkout"),
    # what shows something is a screen, and a screen a display
    ("display(?!port)", "screen"), ("screen(?!shot)", "display"),
]
# Every word CATEGORIES says a kind of program is (a word that may name what a unit is, whatever its
# description says)
CATEGORY_WORDS = frozenset(w for _, words in CATEGORIES for w in words.split())
# Well-known ports, said as what listens on them ("whatever listens on 1883", "port 8123 is not
# answering"): words of CATEGORIES, so grounding finds the unit by what it does. Ports many
# programs use (8080, 5000, 8000) say nothing.
PORTS = {22: "ssh", 53: "dns resolver", 80: "web server", 443: "web server", 123: "ntp",
         161: "snmp", 445: "windows smb", 139: "windows smb", 502: "modbus", 554: "camera stream",
         631: "printing", 1194: "openvpn", 1880: "node-red", 1883: "mqtt broker",
         8883: "mqtt broker", 3000: "grafana dashboard", 3306: "mysql", 5432: "postgres",
         5900: "vnc", 3389: "remote desktop", 6379: "redis", 7125: "moonraker",
         8086: "influx", 8096: "jellyfin", 8123: "home automation", 8554: "camera stream",
         9090: "prometheus", 9100: "node-exporter", 25565: "minecraft", 32400: "plex",
         51820: "wireguard"}


# Names in CATEGORIES that are no one product's name: a word of a kind ("camera", "mqtt"), a
# word of English ("motion", "named"), or a name another product answers to as well (dropbear
# is ssh, MariaDB is mysql, apache2 is httpd).
_NOT_PRODUCTS = frozenset(
    [
        "camera", "inference", "kiosk", "modbus", "motion", "mqtt", "named", "ntp", "plc", "rtsp",
        "syslog", "vpn", "vnc", "rdp", "zigbee", "llama", "vector", "resolved", "envoy",
        "cog", "wpe", "transmission", "fluent", "ssh", "bluetooth", "mdns", "cron",
        "atd", "mysql", "httpd", "iptables", "argus", "v4l2", "libcamera",
    ])
# Names of three letters that are one product's all the same: "the ros bridge" is ROS's.
_SHORT_PRODUCTS = frozenset(["ros", "kea"])
# Hyphenated product names people say as two words.
_SPLIT_PRODUCTS = frozenset(["node-red", "pi-hole", "home-assistant", "isc-dhcp", "node-exporter"])
# What names one product and nothing else: "restart apache" on a device without it is asked of
# something absent, not of the other web server the device has.
PRODUCTS = frozenset(
    name for products, _ in CATEGORIES for name in products.split("|")
    if (re.fullmatch(r"[a-z][a-z0-9-]{3,}", name) or name in _SHORT_PRODUCTS)
    and name not in _NOT_PRODUCTS)


# Programs that come beside a product under a name of their own: "the nginx exporter" is
# prometheus-nginx-exporter, never nginx itself ("the snmp agent" is snmpd: no "agent" here)
_COMPANIONS = frozenset(["exporter", "sentinel", "registry", "supervisor", "sidecar", "operator",
                         "notifier", "notifications", "updater", "updates", "watchdog",
                         "logrotate", "renderer", "dispatcher", "restarter", "healthcheck",
                         "plugin", "plugins", "datasource", "collector"])
# Words that, said after a unit's whole name, make another program: "the mosquitto poller", "the
# influxdb proxy" (after a mere part of a name they may say what it is: "the ups monitor")
_HELPER_NOUNS = frozenset(["helper", "monitor", "poller", "backup", "timer", "dashboard", "checker",
                           "health", "scraper", "reloader", "rotator", "syncer", "worker", "launcher",
                           "proxy", "wait", "hook", "keygen", "tunnel", "logger", "shipper",
                           "forwarder"])


# Programs whose name is another program's name and a word: "the ssh agent" is ssh-agent, never
# sshd; "docker compose" is a compose stack, never the docker daemon
_COMPOUNDS = frozenset(["ssh agent", "gpg agent", "docker compose", "docker-compose",
                        "podman compose", "nginx proxy manager", "grafana agent", "ssh tunnel"])


def compound_said(words: Sequence[str]) -> str | None:
    said = " ".join(words)
    return next((c for c in sorted(_COMPOUNDS, key=len, reverse=True) if _phrase_in(c, said)),
                None)


def has_compound(entity: Entity, compound: str) -> bool:
    """Whether the entity is that program, by its name or its description."""
    spaced = compound.replace("-", " ")
    return _phrase_in(spaced, entity.doc.lower().replace("-", " ")) or \
        spaced.replace(" ", "") in entity.name.lower().replace("-", "")


def exporter_unsaid(entity: Entity, words: Sequence[str]) -> bool:
    """Whether the unit exports another program's metrics by its name, and the command does not
    say so: "restart mosquitto" is never mosquitto-exporter."""
    return entity.kind == UNIT and "exporter" in _name_parts(entity.name) and not any(
        w in ("exporter", "exporters", "metrics", "prometheus") or typo_of(w, "exporter")
        for said in words for w in said.split("-"))  # ("node-exporter")


# What a helper of another program is called: said, only a unit that is one fits
_HELPER_ROLES = ("exporter", "updater", "upgrader", "notifier", "watchdog", "healthcheck", "timer")


def helper_unsaid_of(entity: Entity, words: Sequence[str]) -> bool:
    """Whether the command calls it a helper its name and description do not say it is: "the
    mqtt exporter" is not the mqtt broker."""
    own = {*_name_parts(entity.name), *tokens(entity.summary)}
    return entity.kind == UNIT and any(
        role in words and role not in own and f"{role}s" not in own for role in _HELPER_ROLES)


def absent_companion(words: Sequence[str], entities: Sequence[Entity]) -> str | None:
    """A companion program of a product ("the grafana agent", "the kiln logger", "the logger of
    the kiln") that no entity is."""
    # ("node-exporter": its two halves)
    words = [p for w in words for p in (w.split("-") if w.count("-") == 1 else [w])]
    units = [e for e in entities if e.kind == UNIT]
    for product, companion, owners in _product_and_companion(words, units):
        if product in FILLER or any(f"{product} {companion}" in re.sub(r"[-_]", " ", a)
                                    for e in entities for a in e.aliases) or any(
                e.kind != UNIT and {product, companion} <= set(e.attributes) for e in entities):
            continue  # ("the watchdog": "the" is no product, though prometheus spells it; the
            # SHOW-BACKUP drive is so called)
        if owners and not any(
                (e in owners or product in e.name.lower() or accounts_for(e, product))
                and (companion in (*_name_parts(e.name), *e.attributes) or (
                    companion == "logger" and not called_otherwise(e, product, f"{product} {companion}")))
                for e in units):  # (a "logger" may be a unit's "logging", a recorder, a DAQ)
            return f"{product} {companion}"
        if not owners and companion in _COMPANIONS and any(
                product in e.name.lower() and not _inside_a_part(product, e) for e in entities) and \
                not any(product in e.name.lower() and (companion in e.name.lower() or companion
                                                       in e.attributes) for e in entities):
            return f"{product} {companion}"
    return None


# Helpers said of whatever a unit is named by ("the ir camera logger"): other helper nouns only
# after a unit's own name ("the barcode checker" may be what verifies barcodes)
_HELPERS_OF_ANY = _COMPANIONS | frozenset(["logger", "shipper", "forwarder", "backup", "agent"])
# Words between a product and its helper: "the kiln log shipper", "the mast metrics agent"
_HELPER_OF = frozenset(["log", "logs", "metrics", "stats", "data", "monitoring"])


def _product_and_companion(words: Sequence[str],
                           units: Sequence[Entity]) -> Iterator[tuple[str, str, list[Entity]]]:
    """Each word said as a helper (or companion) of units named just before it ("the laser
    marker logger", "the ir camera logger", "the kiln log shipper", "the kiln metrics agent") or
    after "of" ("the logger of the xrf on bench 1"): the word beside it, the helper's, and the
    units those words name; a companion after any other word, and none."""
    def named_by(phrase: Sequence[str]) -> list[Entity]:
        said = " ".join(phrase)
        return [e for e in units if lexical(e, said, phrase) is not None]

    for i, word in enumerate(words):
        between = i >= 2 and words[i - 1] in _HELPER_OF
        if word not in _HELPER_NOUNS and word not in _COMPANIONS and not (between and word == "agent"):
            continue
        before = i - 1 if between else i
        if word in _COMPANIONS and i:
            yield words[i - 1], word, []
        if word in _HELPERS_OF_ANY and before and words[before - 1] not in FILLER and (
                owners := named_by(words[max(0, before - 4):before])):
            yield words[before - 1], word, owners
        elif word in _HELPER_NOUNS and before and any(words[before - 1] in e.aliases for e in units):
            yield words[before - 1], word, [e for e in units if words[before - 1] in e.aliases]
        of = i + 2 if words[i + 1:i + 2] in (["job"], ["jobs"], ["task"]) else i + 1  # ("backup job of")
        after = [w for w in words[of + 1:of + 5] if w not in FILLER]
        # (not "for": "the reverse proxy for grafana" is whatever proxies for it)
        if word in _HELPERS_OF_ANY and words[of:of + 1] == ["of"] and after and (
                owners := named_by(words[of + 1:of + 5])):
            yield after[0], word, owners


def _inside_a_part(word: str, entity: Entity) -> bool:
    """Whether the word is only letters inside a part of the name, not its start: "alert" of
    alertmanager is a start, "the" of prometheus is inside."""
    return not any(p.startswith(word) for p in _name_parts(entity.name))


def companions_said(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """The programs a companion said of a product names ("the frigate exporter", "the exporter
    for the plc counters"): by a name with both in it, or a description that says so ("Prometheus
    exporter for inverter metrics"); never the product itself."""
    said = re.sub(r"\b([a-z0-9]+)-([a-z0-9]+)\b", r"\1 \2", text)
    pairs = [(m[1], m[2]) for m in re.finditer(rf"\b([a-z][a-z0-9]+) ({'|'.join(_COMPANIONS)})\b",
                                                said)]
    pairs += [(m[2], m[1]) for m in re.finditer(
        rf"\b({'|'.join(_COMPANIONS)}) (?:for|of) (?:the |my |our )?([a-z][a-z0-9]+)\b", said)]
    for product, companion in pairs:
        if product in FILLER:
            continue
        fit = [e for e in entities if e.kind == UNIT and (
            {product, companion} <= set(_name_parts(e.name)) or memo.search(
                rf"\b(?:{product} {companion}|{companion} for (?:the )?{product})\b",
                e.summary.lower()))]
        if fit:
            return fit
    return []


def absent_product(words: Sequence[str], entities: Sequence[Entity]) -> str | None:
    """A product the command names ("apache", "node red") that nothing of the device is or
    mentions."""
    # (and a part of a hyphenated name: "prometheus-alertmanager" is alertmanager)
    for word in [*words, *(p for w in words if "-" in w for p in w.split("-"))]:
        if word in PRODUCTS and not any(_names_product(e, word) for e in entities):
            return word
    # two words for one hyphenated name: "node red" is Node-RED, here as nodered or not at all
    # (not "camera streamer" or "packet forwarder": what a program does, in words)
    for pair in (f"{a}-{b}" for a, b in pairwise(words)):
        if pair in _SPLIT_PRODUCTS and not any(
                pair.replace("-", "") in e.name.lower().replace("-", "") or pair in e.attributes
                for e in entities):
            return pair
    said = " ".join(words)  # "zigbee to mqtt" is zigbee2mqtt, not the mqtt broker
    for product, forms in SPOKEN.items():
        if any(_phrase_in(f, said) for f in forms) and \
                not any(product in e.name.lower() for e in entities):
            return product
    return None
def _names_product(entity: Entity, word: str) -> bool:
    """Whether the product's name names the entity, or it says what the product is: "node-red"
    is not prometheus-node-exporter by its "node", nor "prometheus" that exporter by its name's
    first word."""
    if word in entity.attributes and not memo.search(
            rf"\b{re.escape(word)}[\s-]+(?:{'|'.join(_COMPANIONS)})\b", entity.summary.lower()):
        return True  # (a "Prometheus exporter" is no Prometheus)
    match = lexical(entity, word, [word])
    if match is not None and match.how != "attribute":
        return True
    return word in entity.name.lower() and not satellite(entity)


# Names as they are said aloud (and then typed from a transcript): "engine x" is nginx.
SPOKEN = {"nginx": ("engine x", "engine-x", "enginex"), "mosquitto": ("mosquito",),
          "zigbee2mqtt": ("zigbee to mqtt", "zigbee 2 mqtt", "z2m")}
# (said exactly or not at all: "engine" is no mistyped "enginex", and "the rules engine" no nginx)
_SPOKEN_FORMS = frozenset(form for forms in SPOKEN.values() for form in forms)
STOP = frozenset(
    [
        "and", "for", "with", "from", "into", "the", "for", "all", "its", "via", "an", "of", "on",
        "in", "to", "by", "is", "are", "be", "this", "that", "high", "performance", "lightweight",
        "fast", "simple", "small", "open-source", "distributed", "plugin-driven", "advanced",
        "regular", "global", "based", "new", "service", "daemon", "instance", "the", "program",
        "stack",
        "processing", "system", "systemd", "machine", "all",
    ])
# The words of STOP that only join others: "for the" is no phrase of a description
_GRAMMAR = frozenset(["and", "for", "with", "from", "into", "the", "all", "its", "via", "an", "of",
                      "on", "in", "to", "by", "is", "are", "be", "this", "that"])
# Words that say what kind of software something is, and nothing else: a device either has
# such a program or not ("the ups daemon" is no scheduler however the encoder rates it)
KIND_WORDS = frozenset(["ups", "database", "db", "sql", "broker", "vpn", "dns", "dhcp",
                        "firewall", "nvr", "cctv", "smtp", "torrent", "ntp", "ldap", "vnc",
                        "printer", "pbx", "voip", "tunnel", "zigbee", "zwave", "bluetooth",
                        "ble", "gps", "gnss", "lora", "lorawan", "modbus", "bacnet", "knx",
                        "snmp", "ftp", "sftp", "nfs", "samba", "smb"])
# Signals, protocols and chemistry that name what a thing handles: a device either has a thing
# for them or not ("the sdi router" beside an NDI router, "the uv controller" beside chlorine dosing)
# (not rtsp or pH: a stream server or a nutrient doser serves them without saying so)
TECH_WORDS = frozenset(["sdi", "ndi", "sip", "opc", "hdmi", "rtmp", "dante", "uv", "dmx", "midi",
                        "hl7", "dicom", "iscsi", "nfc", "rfid", "ais", "nmea", "adsb", "ammonia", "ozone",
                        "orp", "co2", "nox", "profinet", "ethercat", "canopen", "mbus", "wmbus", "dab", "dvb"])
FILLER = frozenset(
    [
        "the", "a", "an", "my", "our", "your", "this", "that", "these", "those", "it", "its", "their",
        "please", "pls", "plz", "kindly", "thanks", "thank", "thx", "you", "u", "can", "could",
        "would", "will", "just", "now", "right", "away", "asap", "quickly", "quick", "real", "bit",
        "for", "me", "us", "to", "of", "on", "in", "at", "with", "and", "or", "but", "so", "some",
        "any", "again", "back", "up", "down", "off", "get", "go", "make", "let", "hey", "hi", "yo",
        "ok", "okay", "sir", "there", "here", "is", "are", "was", "be", "been", "being", "do",
        "does", "did", "have", "has", "i", "we", "they", "he", "she", "one", "thing", "stuff",
        "which", "what", "when", "while", "sec", "second", "moment", "minute", "service", "daemon",
        "please", "mind",
        # words of time: "in a quarter of an hour" is no mistyped strongswan-starter
        "quarter", "half", "hour", "hours", "minutes", "mins", "seconds", "secs", "today",
        "tonight", "tomorrow",
    ])


@dataclass(frozen=True)
class Entity:
    kind: str
    name: str  # the argument value the catalog takes
    aliases: tuple[str, ...]  # lower-case names that identify it outright
    parts: tuple[str, ...]  # lower-case name parts that identify it if no alias matches
    attributes: tuple[str, ...]  # lower-case words that describe it (kind, colour, label ...)
    doc: str  # what the sentence encoder compares with
    state: str = ""  # active/inactive, up/down, mounted/unmounted, on/off/blink
    summary: str = ""  # what a question back says of it: "web server", "wifi", "BACKUP, 64G"


@dataclass
class Match:
    entity: Entity
    score: float
    how: str  # "name", "part", "typo", "attribute", "meaning", "event"
    words: tuple[str, ...] = field(default=())


def damerau(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (a swap of two letters is one edit); a distance over
    `limit` may be given as `limit + 1`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    over = False  # the row before is all over the limit
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        # two rows in a row all over the limit: every later cell is one of theirs plus an edit
        # or more, so the distance is over it too
        if min(cur) > limit:
            if over:
                return limit + 1
            over = True
        else:
            over = False
        prev2, prev = prev, cur
    return prev[-1]


# Words of their own, never a name mistyped: "per the wiki, reboot" is no wifi-watchdog
_WORDS_NOT_MISTYPED = frozenset(["wiki", "docs", "memo", "mail", "email", "team", "boss", "vendor",
                                 # kinds of link: "restart the wifi" is no wiki
                                 "wifi", "wlan", "lan", "wan", "lte", "vpn", "router", "modem",
                                 "hotspot",
                                 # (round 39) "put the power back to normal" is no bay-tracker@lower
                                 "power", "normal", "upper", "lower", "north", "south", "east", "west"])


_DIGITS = re.compile(r"\d+")


@memo.recent
def typo_of(word: str, name: str) -> bool:
    """Whether `word` is `name` mistyped, or a prefix of it long enough to mean it. Digits are
    never mistyped: eth1 is not eth0."""
    if len(word) < 4 or len(name) < 4 or word == name:
        return False
    if word[:3] != name[:3] and abs(len(word) - len(name)) > 2:
        return False  # (as the last test says: no prefix, and too far to be one mistyped)
    if _DIGITS.findall(word) != _DIGITS.findall(name):
        return False
    if word[0] != name[0] and word[1:] == name[1:]:
        return False  # (another first letter makes another word: "bagging" is no "tagging" mistyped)
    if len(word) >= 5 and name.startswith(word) and len(word) >= len(name) * 0.6:
        return True  # postgres -> postgresql, influx -> influxdb
    if len(word) >= 7 and len(word) >= len(name) * 0.6 and word[:3] == name[:3] and \
            damerau(word, name[:len(word)], 1) <= 1:
        return True  # such a prefix mistyped: postgrse -> postgresql
    allowed = 1 if len(name) <= 6 else 2
    return damerau(word, name, allowed) <= allowed


_SPLIT = re.compile(r"[-_.@:/\s]+")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9_.:/@+-]*[a-z0-9]|[a-z0-9]")


@memo.recent_list
def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


@memo.recent_list
def _name_parts(name: str) -> list[str]:
    return [p for p in _SPLIT.split(name.lower()) if p]


def _size_words(size: str) -> list[str]:
    """"64G" -> 64g, 64gb, 64gig ...; "1T" -> 1t, 1tb, 1tera ..."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt])i?b?\s*", size.lower())
    if not m:
        return []
    n, unit = m.groups()
    long = {"k": ["kb"], "m": ["mb", "meg", "megs"], "g": ["gb", "gig", "gigs", "giga", "gigabyte",
                                                         "gigabytes"],
            "t": ["tb", "tera", "terabyte", "terabytes"]}[unit]
    said = [n]
    # lsblk counts in 1024s, the box in 1000s: a "4TB" drive shows as 3.6T, a 64 GB stick as 59G
    sold = float(n) * 1.024 ** {"k": 1, "m": 2, "g": 3, "t": 4}[unit]
    nominal = next((c for c in (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000) if
                    abs(sold - c) / c < 0.1), None)
    if nominal is not None and str(nominal) != n:
        said.append(str(nominal))
    return [w for x in said for w in [f"{x}{unit}"] + [f"{x}{u}" for u in long]
            + [f"{x} {u}" for u in [unit] + long]]


# Words and phrases that say which kind of link is meant; "link", "port" or "interface" alone
# says only that it is one ("bring the cellular link up" on a device without one names nothing).
INTERFACE_KINDS = {
    "wifi": "wifi, wi-fi, wireless, wlan, hotspot, wireless lan, wireless card, wifi card",
    "ethernet": "ethernet, wired, lan, eth, cable, nic, copper, ethernet port, lan card, "
                "ethernet card",
    "cellular": "lte, 4g, 5g, 3g, cellular, modem, mobile, wwan, sim, cell, mobile data, wireless",
    "vpn": "vpn, tunnel",
    "bridge": "bridge",
    # (NMEA 2000 and J1939 run on CAN: "the N2K bus" of a boat is its CAN link)
    "can": "can, canbus, can bus, fieldbus, n2k, nmea2000, nmea 2000, j1939",
    "loopback": "loopback, localhost",
}
# Labels of the partitions a system boots and runs from.
SYSTEM_LABELS = frozenset(["boot", "bootfs", "rootfs", "root", "system-boot", "writable", "efi",
                           "esp", "system"])
STORAGE_KINDS = {
    "usb": "usb stick usb drive usb disk usb key thumb drive thumbdrive flash drive pen drive "
           "pendrive usb stick drive disk external",
    "usb disk": "usb drive usb disk hard drive hard disk hdd drive disk external portable",
    "ssd": "ssd solid state drive disk",
    "card": "sd card sdcard card microsd micro sd memory card",
    "optical": "dvd cd disc disk optical blu-ray bluray cdrom dvd drive",
    "nvme": "nvme ssd drive disk",
    "emmc": "emmc internal onboard built-in flash",
}
_STORAGE_KIND_WORDS = frozenset(w for words in STORAGE_KINDS.values() for w in words.split())


# Words of a request that are no names, though a unit may be called so
_PLAIN_WORDS = frozenset(["yes", "no", "nobody", "anything", "everything", "all", "none", "later",
                          "today", "tonight", "reboot", "restart", "stop", "start", "shutdown",
                          "poweroff", "halt", "ok", "okay", "sure", "done", "test", "help"])


_INSTRUMENTS = frozenset(["gauge", "gauges", "meter", "meters", "probe", "probes", "detector", "detectors",
                          "transducer", "thermometer", "anemometer", "hygrometer", "barometer", "thermocouple",
                          "thermocouples", "pyranometer", "flowmeter", "rain-gauge", "disdrometer", "seismometer"])


# A prefix written with a hyphen, which people write joined as well ("pre-cooler", "precooler")
_PREFIXED = re.compile(r"(?:pre|post|multi|auto|anti|sub|super|inter|micro|mini|semi|over|under|cross)-[a-z]{3,}")
# ... and "multi" written whole before a word, which people say alone ("the gas logger" of "MultiGAS ... logger")
_MULTI = re.compile(r"multi[a-z]{3,}")


@memo.kept
def unit_entity(name: str, description: str = "", active: str = "") -> Entity:
    base = name.removesuffix(".service")
    template, _, instance = base.partition("@")
    # (not a number: "15" of postgresql@15-main is no name for "reboot in 15 min")
    parts = [p for p in _name_parts(base) if p not in GENERIC and len(p) >= 2 and not p.isdigit()]
    # "php" of php8.2-fpm, "python" of python3-app: a version is no part of what people say
    parts += [v for p in parts if len(v := re.sub(r"[\d.]+$", "", p)) >= 3 and v != p]
    parts += [_spelled_otherwise(p) for p in parts if _SPELLED_OTHERWISE.search(p)]  # ("analyser" of analyzer-astm)
    aliases = {name.lower(), base.lower(), re.sub(r"[-_.@]", "", base.lower()),
               re.sub(r"[-_.@]", " ", base.lower())}
    if instance:
        # a template's name is shared by its instances: it names one only as a part does
        parts += [template.lower(), re.sub(r"[-_.]", "", template.lower())]
        if instance.lower() not in GENERIC:
            aliases.add(instance.lower())
    else:
        aliases |= {re.sub(r"[-_.]", "", base.lower()), re.sub(r"[-_.]", " ", base.lower())}
    aliases |= set(SPOKEN.get(base.lower(), ()))
    # a name without its vendor's prefix, hyphenated as written: "node-exporter" of
    # prometheus-node-exporter
    pieces = base.lower().split("-")
    aliases |= {"-".join(pieces[i:]) for i in range(1, len(pieces) - 1) if "@" not in base}
    # a name that is a word and its major version: "apache" is apache2, "influxdb" influxdb2
    if (unversioned := re.fullmatch(r"([a-z]{4,})\d+", base.lower())):
        aliases.add(unversioned.group(1))
    # short daemon names go with or without their "d": sshd is ssh, smbd is smb (but
    # containerd is no "container" and snapd no "snap": those are words)
    low = base.lower()
    if "@" not in low and 3 <= len(low) <= 4:
        aliases.add(low[:-1] if low.endswith("d") and len(low) == 4 else f"{low}d")
    aliases |= set(_spelled_out(low, description))
    aliases = {a for a in aliases if a and a not in GENERIC}
    plain = base.lower() in FILLER or base.lower() in _PLAIN_WORDS
    if plain:
        # now.service, please.service, yes.service: the word is said in every command, so
        # only its unit name, or the word called a service, names it
        aliases = {name.lower(), f"{base.lower()} service", f"{base.lower()} unit"}
        parts = []
    doc = f"{base}: {description}" if description else base
    written = re.findall(r"[a-z0-9][a-z0-9-]*", description.lower())
    # and the pieces of a hyphenated word, and a prefixed one written whole: "ros" of "micro-ROS
    # agent", "precooler" of "Pre-cooler chiller"; a word with the number
    # or letter after it: "nmea2000" of "NMEA 2000 CAN bus", "signalk" of "Signal K server"
    said = written + [p for w in written if "-" in w for p in w.split("-")] + [
        w.replace("-", "") for w in written if _PREFIXED.fullmatch(w)] + [
        w[5:] for w in written if _MULTI.fullmatch(w)] + [
        a + b for a, b in pairwise(written) if a.isalpha() and a not in STOP and (
            b.isdigit() or (len(b) == 1 and b not in "ai"))]
    described = [w for w in said if len(w) >= 3 and w not in STOP and w not in aliases
                 and not (plain and w == base.lower())]
    # a word spelled as the other side of the Atlantic spells it: "analyser" of an "ASTM analyzer interface"
    described += [_spelled_otherwise(w) for w in said if _SPELLED_OTHERWISE.search(w)]
    # what it does, said as who does it: "Uploads flock records" is the uploader, "Reads the
    # tags" the reader
    if written and (doer := _doer(written[0])):
        described.append(doer)
    # a word that alone says nothing of a unit, said with the word beside it in its description:
    # "machine metrics" tells the machine-metrics exporter from the PLC one
    described += [f"{a} {b}" for a, b in pairwise(written) if (a in STOP) != (b in STOP)
                  and not {a, b} & _GRAMMAR and min(len(a), len(b)) >= 4]
    # generic parts of the name ("logger" of can-logger) describe it without naming it
    described += [p for p in _name_parts(base) if p in GENERIC and p not in STOP]
    # what measures is a sensor, whatever its instrument is called ("the sensor" of a rain gauge)
    if set(written) & _INSTRUMENTS and "sensor" not in written:
        described.append("sensor")
    known = _what_it_is(name, description)
    for products, words in CATEGORIES:
        if memo.search(rf"\b(?:{products})", known):
            described += words.split()
    return Entity(UNIT, name, tuple(sorted(aliases)), tuple(parts), tuple(described), doc,
                  active, description)


_SPELLED_OTHERWISE = re.compile(r"(?<=[a-z]{3}y)([sz])(ers?)$")


def _spelled_otherwise(word: str) -> str:
    """"analyser" of "analyzer", and the other way."""
    return _SPELLED_OTHERWISE.sub(lambda m: {"s": "z", "z": "s"}[m[1]] + m[2], word)


def _doer(verb: str) -> str | None:
    """'uploads' -> 'uploader', 'watches' -> 'watcher', 'logs' -> 'logger': who does what a
    description's first word, a verb in the third person, says."""
    if not re.fullmatch(r"[a-z]{3,}[^s]s", verb) or verb.endswith(("ss", "us", "is")):
        return None
    stem = verb[:-2] if re.search(r"(?:sh|ch|x|z)es$", verb) else verb[:-1]
    if re.search(r"[^aeiou][aeiou][bdglmnpt]$", stem) and len(stem) <= 4:
        stem += stem[-1]  # (log -> logger, not loger)
    return stem + ("r" if stem.endswith("e") else "er")


def _spelled_out(initials: str, description: str) -> list[str]:
    """The words of the description a name is the initials of: "music player daemon" is mpd."""
    words = re.findall(r"[a-z]+", description.lower())
    n = len(initials)
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
            if 3 <= n <= 5 and initials.isalpha() and "".join(w[0] for w in words[i:i + n]) == initials]


def _what_it_is(name: str, description: str) -> str:
    """The name and description without what the unit serves: "API Server for Klipper" is no
    printer firmware, "agent for reporting metrics into InfluxDB" no database."""
    return re.sub(r"\b(?:for|to|of|with|around|into|from|via|over|in)\s+\S+", " ",
                  f"{name} {description}".lower())


# What udev, NetworkManager and people call the same kinds of link.
_KIND_ALIASES = {"wwan": "cellular", "modem": "cellular", "lte": "cellular", "gsm": "cellular",
                 "mobile": "cellular", "wlan": "wifi", "wireless": "wifi", "802-11-wireless":
                 "wifi", "wired": "ethernet", "eth": "ethernet", "802-3-ethernet": "ethernet",
                 "wireguard": "vpn", "tun": "vpn", "tap": "vpn"}


@memo.kept
def interface_entity(name: str, kind: str = "", state: str = "") -> Entity:
    kind = _KIND_ALIASES.get(kind.lower(), kind.lower())
    attrs = [a.strip() for a in INTERFACE_KINDS.get(kind, kind).split(",") if a.strip()]
    low = name.lower()
    # "flannel" of flannel.1, "vlan" of vlan.10: the word of a name with a number after it
    stem = re.fullmatch(r"([a-z][a-z-]{2,})[._]\d+", low)
    if stem:
        attrs.append(stem.group(1))
    vlan = re.fullmatch(r"[a-z0-9-]+\.(\d+)", low)
    if vlan:  # "vlan 100" of enp2s0.100
        attrs += [f"vlan {vlan[1]}", f"vlan{vlan[1]}", f"vlan-{vlan[1]}"]
    if low.startswith("wg"):
        attrs += ["wireguard", "wg"]
    if low.startswith("tailscale"):
        attrs += ["tailscale"]
    if low.startswith(("tun", "tap")):
        attrs += ["openvpn"]
    if low.startswith("docker"):
        attrs += ["docker"]
    if low.startswith("usb"):
        attrs += ["usb"]  # a USB gadget link (usb0): "the usb network"
    doc = f"{name}: {kind} network interface" if kind else f"{name}: network interface"
    return Entity(INTERFACE, name, (low,), (), tuple(attrs), doc, state, kind)


# The kernel's LED triggers, as people say what the LED shows: "cpu0" shows CPU activity,
# "mmc1" the eMMC's or a card's, "phy0rx" the wifi's traffic
_LED_TRIGGERS = [(re.compile(p), words.split()) for p, words in (
    (r"cpu\d*", "cpu processor activity load"), (r"mmc\d+", "sd card emmc mmc disk activity"),
    (r"phy\d+(?:rx|tx|assoc|radio|tpt)", "wifi wireless"), (r"netdev", "network link"),
    (r"usbport|usb-host", "usb"), (r"(?:ide-)?disk-activity", "disk drive activity"))]


_LED_NOUNS = frozenset(["light", "lights", "led", "leds", "lamp", "lamps", "indicator"])


@memo.kept
def led_entity(name: str, color: str = "", function: str = "", state: str = "") -> Entity:
    parts = [p for p in name.lower().split(":") if p]
    # "beaglebone:green:usr0", "sign:red:open": the first part names the board or the device it
    # lights, which describes every LED on it alike
    device = [parts[0]] if len(parts) == 3 and not re.search(r"\d", parts[0]) else []
    if len(parts) == 3:
        parts = parts[1:]
    # "ir-leds", "user_led2": the words of a part, without the word for an LED
    parts += [w for p in parts if re.search(r"[-_]", p) for w in re.split(r"[-_]", p)
              if w and w not in _LED_NOUNS]  # ("path-light": every LED is a light)
    # parts that look like identifiers (usr0, mmc0) name it; words (power, status) describe it
    names = [p for p in parts if re.search(r"\d", p) and not p.isdigit()]
    attrs = [color.lower()] if color else []
    # ("mmc0::" is the card's activity LED, named by its trigger)
    attrs += [w for p in names for trigger, words in _LED_TRIGGERS if trigger.fullmatch(p)
              for w in words]
    attrs += [p for p in parts if p not in names and not p.isdigit()] + device
    for f in re.split(r"[-_ ]", function.lower()) if function else []:
        if f not in _LED_NOUNS:  # ("attract light": every LED is a light)
            attrs.append(f)
    extra = {"wlan": ["wifi", "wireless"], "wan": ["lte", "cellular", "internet"],
             "activity": ["act", "busy"], "heartbeat": ["heart", "beat"], "capslock": ["caps"],
             "numlock": ["num"], "scrolllock": ["scroll"], "disk": ["hdd", "drive", "storage"],
             "mmc0": ["sd", "card"], "fault": ["error", "alarm", "warning"],
             "power": ["pwr"], "status": ["state"], "kbd_backlight": ["keyboard", "backlight"],
             "kbd": ["keyboard"],
             # a server's unit-identification light ("the UID light", "the locator LED")
             "identify": ["uid", "locate", "locator", "id"],
             # an amber light is an orange one to many ("the orange wavemaker lamp"), and a yellow one in languages
             # with no word of amber ("क्रेन वाली पीली बत्ती": the crane's yellow light)
             "amber": ["orange", "yellow"]}
    # ("charging" is said "charge": the green charge light)
    attrs += [f"{a[:-3]}{e}" for a in attrs if a.endswith("ing") and len(a) >= 7 for e in ("", "e")]
    for a in list(attrs):
        attrs += extra.get(a, []) + next(
            (words for trigger, words in _LED_TRIGGERS if trigger.fullmatch(a)), [])
    if "input" in name.lower():
        attrs.append("keyboard")
    if color and function:
        doc = f"{name}: {color} {function} LED"
    else:
        doc = f"{name}: {' '.join(p for p in (color, function) if p)} LED".replace(":  ", ": ")
    return Entity(LED, name, tuple(dict.fromkeys([name.lower(), *names])), (), tuple(attrs), doc,
                  state, " ".join(p for p in (color, function) if p))


# External hard disks by their product lines: a USB disk, never a stick
_HARD_DISK = re.compile(r"\b(?:elements|expansion|passport|my book|backup plus|one touch|canvio|"
                        r"drivestation|hdd|hard (?:disk|drive)|external)\b")


# Portable SSDs whose model string says so only by name
_SSD_MODEL = re.compile(r"ssd|\b(?:samsung (?:portable )?(?:t5|t7|t9)|crucial x(?:6|8|9|10)|"
                        r"extreme portable|portable ssd)\b")


# (not BKP: "start the backup" is the backup job's, whatever drive it writes to)
_TWO_LETTERS_SAID_OF_ANY_DRIVE = frozenset(["no", "as", "if", "am", "pm", "rw", "ro", "gb", "tb", "mb", "kb", "id",
                                            "sd"])
_LABEL_WORDS = {"fw": "firmware", "cfg": "config", "img": "images", "pics": "pictures", "vid": "video",
                "vids": "videos", "docs": "documents", "upd": "update", "xfer": "transfer"}
# ... and short words that are also what programs do, read only where a drive is asked for: "mount the backup drive"
# of CATTERY_BKP (while "start the backup" is restic-backup, not the drive)
DRIVE_LABEL_WORDS = {"bkp": "backup", "bak": "backup", "bkup": "backup", "bck": "backup", "arch": "archive",
                     "db": "database"}


@memo.kept
def storage_entity(device: str, mounted: bool, label: str = "", model: str = "",
                   size: str = "") -> Entity:
    short = device.removeprefix("/dev/")
    aliases = [device.lower(), short.lower()]
    # A label is what the owner calls the drive, but often only its brand ("KINGSTON"): it
    # describes the drive as its model and size do, so "the kingston" with a KINGSTON stick
    # and a Kingston model is asked about, and "the 32 gig kingston" is the one that is 32G.
    attrs: list[str] = []
    if label:
        # (a two-letter part too, unless it is a word said of anything: "the QA stick" of QA_SAMPLES)
        parts = [p for p in _name_parts(label) if len(p) >= 3 or (
            len(p) == 2 and p.isalpha() and p not in STOP | FILLER | _TWO_LETTERS_SAID_OF_ANY_DRIVE)]
        # "BACKUP2" is a backup drive too: "the backup" with BACKUP and BACKUP2 is asked about
        parts += [stem for p in parts if len(stem := re.sub(r"\d+$", "", p)) >= 3 and stem != p]
        # a short label word said in full: "the firmware stick" of FW_UPDATE
        parts += [_LABEL_WORDS[p] for p in _name_parts(label) if p in _LABEL_WORDS]
        # ... run together with another word: "the stand config card" of STANDCFG
        # (a word that is also what programs do only short: interpret.py reads it said in full)
        parts += [w for p in _name_parts(label) for short, full in (*_LABEL_WORDS.items(), *DRIVE_LABEL_WORDS.items())
                  if len(p) >= len(short) + 3 and p.isalpha() and p.endswith(short)
                  for w in (p[:-len(short)], short, full if short in _LABEL_WORDS else short)]
        attrs += [label.lower()] + parts
    model_words = [w for w in _name_parts(model) if len(w) >= 2 and w not in GENERIC]
    if label.lower() not in SYSTEM_LABELS:
        attrs += model_words
    if model.lower().startswith("wd ") or "western digital" in model.lower():
        attrs += ["wd", "western", "digital"]
    attrs += _size_words(size)
    kinds = []
    if short.startswith("sr"):
        kinds.append("optical")
    elif short.startswith("mmcblk"):
        # the board's own eMMC is an mmcblk as an SD card is, but no card anyone takes out
        kinds.append("emmc" if "emmc" in model.lower() else "card")
    elif short.startswith("nvme"):
        kinds.append("nvme")
    elif _HARD_DISK.search(model.lower()) or (size_bytes(size.lower().strip()) or 0) >= 300e9:
        kinds.append("usb disk")  # no stick, key or pen drive
    else:
        kinds.append("usb")
    if _SSD_MODEL.search(model.lower()):
        kinds.append("ssd")
    if re.search(r"\b(?:sd|card|reader|storage device|microsd|micro sd|sdhc|sdxc|compactflash|"
                 r"cfexpress)\b", model.lower()) and "ssd" not in kinds:
        kinds.append("card")
    if label.lower() not in SYSTEM_LABELS:
        # (the partitions the system runs from are no "drive" or "sd card" anyone means in
        # passing: they are named, or described by their label)
        for k in kinds:
            attrs += STORAGE_KINDS[k].split()
    known = [p for p in (label, model, size) if p]
    doc = f"{short}: {' '.join(known)} drive"
    state = "mounted" if mounted else "unmounted"
    return Entity(STORAGE, device, tuple(dict.fromkeys(aliases)), (), tuple(attrs), doc, state,
                  ", ".join(known + [state]))


@memo.recent
def _phrase_in(phrase: str, text: str) -> bool:
    return boundaries.phrase_in(phrase, text)  # (?<![a-z0-9])PHRASE(?![a-z0-9])


@memo.recent
def _name_in(name: str, text: str) -> bool:
    """A name as a whole in the text: "cups" is not in "cups-browsed", but "sdb1" is in
    "/dev/sdb1" and "sdb1." ends a sentence."""
    return boundaries.name_in(name, text)


# What a name may add to the part a command says and still be that thing: "grafana" is
# grafana-server, but "nginx" is not nginx-exporter and "ssh" is not ssh-keygen-once.
_HEAD_GENERIC = frozenset(["service", "services", "server", "daemon", "d", "agent", "manager",
                           "app", "application", "core", "main", "srv", "svc"])


def rest_is_generic(entity: Entity, hits: Sequence[str]) -> bool:
    if entity.kind != UNIT or "@" in entity.name:
        return True  # template instances share their template's parts (getty@tty1)
    base = entity.name.removesuffix(".service").split("@")[0]
    rest = [p for p in _name_parts(base) if p not in hits]
    return all(p in _HEAD_GENERIC or p in GENERIC_SAFE for p in rest)


GENERIC_SAFE = frozenset({"the", "a"})
# What every service is: said of one, it tells it from no other
_SERVING = frozenset({"server", "service", "services", "daemon", "d"})


# What a number counts, when it is no instance's number: "in 1 min", "2 times", "50%"
_COUNTED = r"(?:min|mins|minutes?|sec|secs|seconds?|s|h|hours?|hrs?|%|times?|x|gb?|mb?|tb?)\b"


def _its_number(entity: Entity, number: str, text: str) -> bool:
    """Whether a number said is the instance's: not a count ("in 1 min", "2 times"), and said
    alone or after a word of the unit's own ("bay 3", "controller 2"; not "boiler 2" of
    chiller-ctl@2, nor "off for 5")."""
    for said in memo.compiled(rf"(?:\b([a-z][\w-]*)\s+(?:no\.?\s*|number\s+|#)?)?(?<![\w./-]){number}"
                              rf"(?![\w./:-])(?!\s*{_COUNTED})").finditer(text):
        before, own = said[1], _own_words(entity)
        # (also a word mistyped, "compresor 2", or after words of its own: "temperature control of
        # the mixer 2" of "Malaxation tank 2 temperature control")
        if before is None or before in own or before.rstrip("s") in own or before in _INSTANCE_LEAD or \
                shares_a_stem(entity, before) or own & set(tokens(text[:said.start()])[-5:]):
            return True
    return False


# What may lead an instance's number besides the unit's own words: "restart 2", "the 3"
_INSTANCE_LEAD = frozenset(["restart", "start", "stop", "reboot", "bounce", "reset", "kill", "the", "number",
                            "unit", "instance", "and", "or", "then"])


def lexical(entity: Entity, text: str, words: Sequence[str]) -> Match | None:
    """How the command names this entity by its words alone, if it does."""
    for alias in entity.aliases:
        if _name_in(alias, text) and not (alias.isdigit() and not _its_number(entity, alias, text)):
            return Match(entity, 3.0, "name", (alias,))
    # (a name of three words or more said with a hyphen between two: "the tether-winch logger")
    spaced = text.replace("-", " ") if "-" in text else ""
    for alias in entity.aliases:
        if spaced and alias.count(" ") >= 2 and _name_in(alias, spaced):
            return Match(entity, 3.0, "name", (alias,))
    joined = {"".join(words[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}
    for alias in entity.aliases:
        if alias in joined and len(alias) >= 4:
            return Match(entity, 3.0, "name", (alias,))
    for alias in (*entity.aliases, *entity.parts):
        if " " in alias or len(alias) < 4 or entity.kind in (STORAGE, INTERFACE, PORT) or \
                alias in _SPOKEN_FORMS:
            continue  # device and interface names are identifiers: said exactly or not at all
        for w in words:
            if w not in FILLER and w not in _WORDS_NOT_MISTYPED and typo_of(w, alias):
                if w in entity.parts:
                    # a whole part of the name is that part, not the name half said: "barrier"
                    # is barrier-exit's as much as barrier-entry's, "pihole" pihole-FTL's
                    return Match(entity, 2.0, "part", tuple(p for p in entity.parts if p in words))
                return Match(entity, 2.5 if alias in entity.aliases else 1.8, "typo", (w,))
    # a name heard as two short words: "note read" is node-red
    for a, b in pairwise(words):
        both = a + b
        if max(len(a), len(b)) <= 5 and not {a, b} & (FILLER | STOP | _NEGATING) and any(
                len(alias) >= 7 and alias.isalpha() and typo_of(both, alias) for alias in entity.aliases):
            return Match(entity, 1.8, "typo", (both,))
    hits = [p for p in entity.parts if p in words or (" " not in p and p in joined)]
    # ("pkt fwd" names lora_pkt_fwd: two of its three parts, in a row; "slurm exporter"
    # prometheus-slurm-exporter, its generic part said too)
    in_a_row = False
    if hits:
        whole = _name_parts(entity.name.removesuffix(".service").split("@")[0]) \
            if entity.kind == UNIT else list(entity.parts)
        said = [p for p in whole if p in words]
        in_a_row = len(said) >= max(2, len(whole) - 1) and " ".join(said) in " ".join(whole)
    if hits and (rest_is_generic(entity, hits) or in_a_row):
        return Match(entity, 2.0, "part", tuple(hits))
    return described_by(entity, text, hits if satellite(entity) else ())


@memo.kept
def named_alone(entity: Entity, word: str) -> bool:
    """Whether one word alone names or describes the entity: asked of a command's every word
    (other languages, interpret.Scene.named_by), kept across decisions as the entities are."""
    return lexical(entity, word, (word,)) is not None


_NEGATING = frozenset(["no", "not", "nor", "dont", "never", "nope", "nah"])


# Name parts that make a unit a tool around another one: "nginx" is not nginx-exporter,
# "ssh" not ssh-keygen-once, "postgres" not postgres-backup.
_SATELLITES = frozenset({"exporter", "keygen", "once", "backup", "cleanup", "logrotate",
                         "setup", "init", "wait", "firstboot", "migrate", "healthcheck",
                         "rotate", "prune", "gui"})


def satellite(entity: Entity) -> bool:
    return entity.kind == UNIT and any(p in _SATELLITES for p in _name_parts(
        entity.name.removesuffix(".service").split("@")[0]))


# Parts of a name that make a unit a helper of the unit named by the rest: greenhouse-climate-
# updater updates greenhouse-climate
_ADD_ONS = frozenset({"updater", "upgrader", "update", "cleanup", "healthcheck",
                      "backup", "exporter", "notifier", "reporter"})


def add_on_unsaid(entity: Entity, words: Sequence[str]) -> bool:
    """Whether the unit is a helper of another by its name, and the command does not say so."""
    # (or by what its description says it is, last: "ClamAV virus database updater"; an
    # instance's own name is no helper's: openvpn@backup is a second tunnel)
    base, _, instance = entity.name.lower().removesuffix(".service").partition("@")
    # (what its name ends in, said, is what it is: "the encoder" is rds-encoder's, whatever
    # its description ends in)
    named_as = _name_parts(base)[-1:]
    head = [w for w in tokens(entity.summary)[-1:] if w != instance and not set(named_as) & set(words)]
    return entity.kind == UNIT and any(
        p in _ADD_ONS and p not in words and p.rstrip("r") not in words
        for p in [*_name_parts(base), *head])


def mistyped_brand(entity: Entity, text: str) -> Match | None:
    """A drive's brand or label mistyped ("the tosiba"): asked only when no drive fits the
    words as they are (a word said in the other number is that word, never a typo: "the second
    recipe stick" of the one RECIPES stick is another, not here)."""
    said = [w for w in tokens(text) if len(w) >= 5 and any(
        a.isalpha() and len(a) >= 6 and damerau(w, a, 1) == 1 for a in entity.attributes) and not any(
        a in (f"{w}s", f"{w}es") or w in (f"{a}s", f"{a}es") for a in entity.attributes)]
    return Match(entity, 1.05, "typo", tuple(said)) if entity.kind == STORAGE and said else None


def label_stem_of(word: str, attribute: str) -> bool:
    """A drive's short label said in full: "calibration" of CALIB, "backups" of BACKUP (but a
    word of what kind of drive it is is no label: "stickers" are no stick)."""
    return len(attribute) >= 4 and attribute.isalpha() and len(word) > len(attribute) and \
        word.startswith(attribute) and word[len(attribute):].isalpha() and \
        attribute not in _STORAGE_KIND_WORDS  # (and not BACKUP of backup2)


_LETTER_HYPHEN = re.compile(r"(?<![\w./@-])([a-z])-(?=[a-z]{3,}\b)")


@memo.recent
def _letters_joined(text: str) -> str:
    return _LETTER_HYPHEN.sub(r"\1", text)


@functools.cache
def _doing(word: str, doer: bool) -> frozenset[str]:
    """The "-ing" forms a verb ("grades" → grading, "stream" → streaming) or a doer's word
    ("misters" → misting) may stand for, of a stem of four letters or more. A doer's word counts
    only against the unit's name: "the label printer" is no "label printing app"."""
    ends = ("er", "ers") if doer else ("s", "es")
    stems = {word[:-len(end)] for end in ends if word.endswith(end)} | (set() if doer else {word})
    return frozenset(f"{stem[:-1] if stem.endswith('e') else stem}ing" for stem in stems if len(stem) >= 4)


def described_by(entity: Entity, text: str, hits: Sequence[str] = ()) -> Match | None:
    """How the command describes the entity, if it does. A part of its name that does not
    name it (`hits`: "ssh" of ssh-keygen-once) does not describe it either."""
    # ("the e-stop light" is the estop LED: a letter and a hyphen before a word are part of it)
    joined = _letters_joined(text)
    told = tokens(text)  # (the same for every entity: kept, and read here once)
    # (a phrase is in a text only if it is a part of it: that first, without the boundaries)
    said = [a for a in entity.attributes if ((a in text and _phrase_in(a, text)) or (
            a in joined and _phrase_in(a, joined))) and a not in hits
            and (a not in _ARTICLE_LIKE or _lettered(entity, a, text))]
    if entity.kind == STORAGE:
        said += [w for w in told if w not in said and any(
            label_stem_of(w, a) or a in (f"{w}s", f"{w}es") for a in entity.attributes)]
    if entity.kind == LED:
        # its function said as another word of its family: "the measurement lamp" of
        # yellow:measure, "the heating light" of heat
        said += [w for w in told if w not in said and any(kin_of(w, a) for a in entity.attributes)]
    if entity.kind == UNIT:
        # a word of what it is said as the head of another package's name: "syslog-ng" is not
        # rsyslog's "syslog" (but "on-air" is the on-air light's, said whole)
        packages = [t.split("-") for t in told if t.count("-") == 1 and t not in entity.attributes
                    and t not in entity.aliases]
        said = [a for a in said if not any(
            a == p[0] and len(p[1]) <= 3 and p[1].isalpha() and p[1] not in _name_parts(entity.name)
            for p in packages)]
    if entity.kind == UNIT:
        # one of what it says it does many of: "the probe logger" of "(1-Wire probes)"; many
        # of what it says it does one of: "container numbers" of "Container number OCR"
        # (not a verb: "the thing that feeds the geckos" is no camera feed)
        words = told
        said += [w for i, w in enumerate(words) if len(w) >= 4 and w not in said
                 and w not in STOP and (f"{w}s" in entity.attributes or f"{w}es" in entity.attributes
                 or (len(w) >= 5 and w.endswith("s") and w[:-1] in entity.attributes
                     and words[i - 1:i] not in (["that"], ["which"], ["who"], ["it"])))]
    if entity.kind == UNIT:
        # a word inside a compound: "sprinkler" of opensprinkler, "torrent" of BitTorrent
        # (a generic word only as the head of the name itself: "bridge" of homebridge)
        said += [w for w in told if len(w) >= 5 and w not in said and any(
            _compound_of(w, a) for a in (
                entity.parts if w in GENERIC else (*entity.attributes, *entity.parts)))]
    if entity.kind == UNIT:
        # a word its description says as what it does: "stream" of "streaming media server",
        # "grades" of "grading station", "the misters" of "misting pumps"
        said += [w for w in told if len(w) >= 4 and w not in said and w not in STOP
                 and (any(doing in entity.attributes for doing in _doing(w, doer=False))
                      or any(doing in entity.parts for doing in _doing(w, doer=True) | _doing(w, doer=False)))]
    # what it does said last as a noun: "restart the printing" of a "label print queue" (not "the streaming
    # server", whose head is "server")
    if entity.kind == UNIT and told and told[-1].endswith("ing") and len(told[-1]) >= 7 and told[-1] not in said \
            and {told[-1][:-3], f"{told[-1][:-3]}e", told[-1][:-4]} & {*entity.attributes, *entity.parts}:
        said.append(told[-1])
    if entity.kind == UNIT:
        # the last part of its name, what it is: "the uploader" of dashcam-uploader
        *rest, head = _name_parts(entity.name.removesuffix(".service").split("@")[0])
        if rest and len(head) >= 4 and head.isalpha() and head not in GENERIC and \
                head not in said and _phrase_in(head, text):
            said.append(head)
    if entity.kind == UNIT:
        # a part said as the thing it is: "logger" of interlocking-log
        own = _name_parts(entity.name.removesuffix(".service"))
        said += [w for w in told if w not in said and any(
            len(p) >= 3 and w.startswith(p) and (w[len(p):] in ("ger", "ging", "s") or (
                len(p) >= 4 and w[len(p):] in _DOER_ENDINGS and w not in _ROLE_NOUNS)) for p in own)]
        # ("feeder" of feed-line; not "uploader", which any program that uploads is)
    if said and entity.kind == UNIT:
        # a part of its name said beside its description counts as a described word ("the hive
        # logger": hive-temp's "hive" fits as well as hive-scale's "hive weight logger")
        said += [p for p in entity.parts if len(p) >= 3 and p not in said and p not in hits
                 and _phrase_in(p, text)]
    if said:
        # the more of the command's words its attributes account for, the closer the match
        # ("the wireless lan" is the wifi more than a lan; "the dns server": "server" tells
        # no dns server from another)
        # (but a light's function is its own: the yellow "service" light)
        distinct = {w for a in said for w in a.split() if w not in _SERVING or entity.kind in (LED, STORAGE)}
        if distinct:
            # "server" tells a server only from a client ("the snapcast server")
            role = next((w for w in _ROLE_WORDS if _phrase_in(w, text)), "")
            other = _ROLE_WORDS.get(role)
            # (chrony, "an NTP client/server", is both: "the time server" is not wrong of it)
            wrong = other is not None and other in entity.attributes and role not in entity.attributes
            return Match(entity, 1.0 + 0.1 * len(distinct) - 0.01 * wrong, "attribute",
                         tuple(said))
    return None


_ROLE_WORDS = {"server": "client", "client": "server"}
_DOER_ENDINGS = ("er", "ers")
_ROLE_NOUNS = frozenset(["uploader", "uploaders", "downloader", "loader", "reader", "readers", "logger", "sender",
                         "poller", "scheduler", "recorder", "streamer", "player", "scanner", "printer", "forwarder"])
# ("needs a restart" says no "twy-a")
_ARTICLE_LIKE = frozenset(["a", "i"])


def _lettered(entity: Entity, letter: str, text: str) -> bool:
    """Whether a letter that is also a word is said after a word of the entity: "scanner a's
    light" of amber:scan-a, "twy a" of agl-ccr@twy-a."""
    own = (*entity.attributes, *entity.parts)
    return any(w in own or any(len(o) >= 3 and w.startswith(o) for o in own)
               for w in re.findall(rf"\b([a-z]+)[ -]{letter}\b", text))
_KIN_ENDINGS = ("ment", "ments", "ing", "ings", "s", "es", "er", "ers", "ed")


def kin_of(word: str, stem: str) -> bool:
    """A word made of the stem and an ending: "measurement", "measuring" of measure."""
    if len(stem) < 4 or not stem.isalpha() or word == stem:
        return False
    base = stem[:-1] if stem.endswith("e") else stem
    return word.startswith(base) and word[len(base):] in (*_KIN_ENDINGS, *(stem[len(base):] + e for e in _KIN_ENDINGS))


def _compound_of(word: str, whole: str) -> bool:
    """The word as the head of a compound ("open-sprinkler", "touchscreen"), never a word's start
    ("graph" is no "graphical") nor its tail after a syllable ("lector" is no "collector")."""
    head = whole[:-len(word)]
    return len(whole) >= len(word) + 3 and whole.endswith(word) and word not in _NO_HEAD \
        and " " not in whole and (len(head) >= 4 or head.endswith("-"))


# Words that say nothing of what a thing is: "the aprs thing" is no syncthing
_NO_HEAD = frozenset({"thing", "things", "stuff", "one", "ones"})


# Words that tell one of a set from the others: the rear camera is not the front one.
POSITIONS = frozenset(["front", "rear", "upper", "lower", "north", "south", "east", "west", "entry",
                       "entrance", "exit",
                       "indoor", "outdoor", "inner", "outer", "inbound", "outbound", "upstairs",
                       "downstairs"])
_SAID_ID = re.compile(r"\b([a-z]{2,}?)s? ?(?:-|#|no\.? ?)?(\d+(?:\.\d+)?)\b")
_AT_THE_BACK = re.compile(r"\b(?:at|on|in) the back\b|\bback (?:one|led|light|camera|cam|door|gate)\b")
_SAID_LETTER = re.compile(r"\b([a-z]{3,}?)s? ([b-hj-z]\b|a(?=\s*(?:$|[).,;!?])))")
_DOC_ID = re.compile(r"\b([a-z]{2,}?)s? ?-?(\d+)(?:\s*(?:-|to)\s*(?:\1)?(\d+))?\b")
_DOC_LETTERS = re.compile(r"\b([A-Za-z]{3,}?)s? ([A-Z]\b(?:\s*(?:,|and|or|/|&)\s*[A-Z]\b)*)")
# a number said in words after what it tells apart: "the die tracker on press three" (not "pump one more time"; "one"
# only after "on", "for"...: "the apache one" is which one)
_SPELLED_IDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_NOT_AN_ID_AFTER = r"(?! (?:more|of|at|by|times?|restart|reboot|go|sec|secs|seconds?|min|mins|minutes?|hours?)\b)"
_SAID_SPELLED = re.compile(rf"\b([a-z]{{3,}}?)s? ({'|'.join(_SPELLED_IDS[1:])})\b{_NOT_AN_ID_AFTER}|"
                           rf"\b(?:on|for|at|in|of) (?:the )?([a-z]{{3,}}?)s? (one)\b{_NOT_AN_ID_AFTER}")
# a letter said before what it tells apart, as a line or a side is named: "B line", "the D line pump" (never "a", "I")
_LETTERED = r"[ -](line|side|shift|bay|hall|deck|wing|block|stand|tank|press|dock|gate|zone|lane|track|platform|" \
            r"pier|berth|shed|house|row|bank)s?\b"
_DOC_LETTER_FIRST = re.compile(r"(?<![\w-])([A-HJ-Z])" + _LETTERED)  # ("(A line)": a description has no article there)
_SAID_LETTER_FIRST = re.compile(r"(?<![\w-])([b-hj-z]|(?<=the )a|(?<=on )a|(?<=for )a|(?<=\()a)" + _LETTERED)


_NUMBER_MARK = r"(?:#|no\.? ?|number )"
_NUMBERED = (rf" ?{_NUMBER_MARK}?([2-9]|\d{{2,}})\b"  # (not "nginx 2 minutes", "2 times")
             r"(?!\s*(?:m|mins?|minutes?|s|secs?|seconds?|h|hrs?|hours?|times|x|%|am|pm)\b|:)")


def _another_instance(entity: Entity, text: str) -> bool:
    """Whether a number said after the unit's name asks for another of it ("restart camera 2",
    "broker #2") when it has no number of its own (after a product's name, a bare number is
    its version: "influxdb 2")."""
    if not _DIGITS.search(text) or _DIGITS.search(f"{entity.name} {entity.summary}"):
        return False  # (no number said, or one of its own)
    names = [p for p in _name_parts(entity.name)
             if len(p) >= 3 and not any(p.startswith(product) for product in PRODUCTS)]
    words = [w for w in (*_name_parts(entity.name), *tokens(entity.summary))
             if len(w) >= 3 and w not in STOP]
    return any(memo.search(rf"\b{re.escape(w)}s?{_NUMBERED}", text) for w in names) or any(
        memo.search(rf"\b{re.escape(w)}s? ?{_NUMBER_MARK}([2-9]|\d{{2,}})\b", text)
        for w in words)


_SATELLITE = re.compile(r"\b(?:satellite|satcom|iridium|inmarsat|vsat|sat)\b", re.IGNORECASE)
_OPTICAL = re.compile(r"\b(?:dvd|cd|cd-?rom|blu-?ray|optical)s?\b", re.IGNORECASE)


def _another_version(entity: Entity, text: str) -> bool:
    """Whether a version said after the unit's name is not its own: "postgres 13" of
    postgresql@15-main, "php 7.4" of php8.2-fpm ("php 8" is 8.2)."""
    own = re.findall(r"\d+(?:\.\d+)*", entity.name)
    if not own:
        return False
    stems = re.findall(r"[a-z]{3,}", entity.name.lower().removesuffix(".service"))
    for word, number in _VERSION_SAID.findall(text):
        if any(word == s or (len(word) >= 5 and (s.startswith(word) or word.startswith(s)))
               for s in stems) and not any(
                f"{o}.".startswith(f"{number}.") or f"{number}.".startswith(f"{o}.") for o in own):
            return True
    return False


_VERSION_SAID = re.compile(r"\b([a-z]{3,})[ -]?v?(\d+(?:\.\d+)*)\b")


def _doc_ids(entity: Entity) -> dict[str, set[str]]:
    """What numbers and letters tell the entity from others of its kind: "plc4" of
    modbus-poller-plc4, "lift a", "lift b" of "Elevator monitor (lifts A and B)"."""
    ids: dict[str, set[str]] = {}
    text = f"{entity.name} {entity.summary}"
    if entity.kind == INTERFACE:
        text += " " + " ".join(entity.attributes)  # ("vlan 100" of enp2s0.100)
    for m in _DOC_ID.finditer(text.lower().replace("_", " ")):
        low, high = int(m[2]), int(m[3] or m[2])
        ids.setdefault(m[1], set()).update(
            str(n) for n in range(low, high + 1) if high - low <= 64)
    for m in re.finditer(r"(?<![a-z])([a-z]{3,})-([a-z])(?![\w-])", entity.name.lower()):
        ids.setdefault(m[1], set()).add(m[2])  # ("platform b" is not psd-controller@platform-a)
    for m in _DOC_LETTERS.finditer(text):
        ids.setdefault(m[1].lower(), set()).update(c.lower() for c in re.findall(r"\b[A-Z]\b",
                                                                                 m[2]))
    for m in _DOC_LETTER_FIRST.finditer(text):  # ("Mist eliminator fan control (B line)")
        ids.setdefault(m[2], set()).add(m[1].lower())
    return ids


_LED_FUNCTIONS = frozenset(["power", "status", "activity", "heartbeat", "disk", "fault", "alarm",
                            "error", "wifi", "network", "identify", "battery", "charging",
                            "bluetooth", "cellular", "record", "recording", "warning"])
_LED_FUNCTION_SAID = re.compile(rf"\b({'|'.join(_LED_FUNCTIONS)}) (?:led|light|lamp|indicator)s?\b")


_STATE_SAID = re.compile(r"\b(?:that is|that'?s|thats|which is|which'?s|currently) (up|down|online|offline)\b|"
                         r"\b(?:the|my|our) (up|down|online|offline) (?!(?:and|or|to|for|by|in|at)\b)[a-z]")
_RUNNING_SAID = re.compile(r"\b(?:that is|that'?s|thats|which is|which'?s|currently) (running|active|stopped|"
                           r"inactive)\b|\b(?:the|my|our) (running|active|stopped|inactive) (?!(?:and|or)\b)[a-z]")
_UP_OR_DOWN = {"up": "up", "online": "up", "down": "down", "offline": "down"}


# How a light is said to be, of the one meant: "the LED that's lit", "the blinking one", "the
# one that's dark" (not "the dark": "working in the dark"); and, loosely, what is told of it:
# "the red light is on" (said too of a light the operator wants on, "make sure it is on", so
# it picks among equals and rules nothing out). "on" and "off" only where nothing follows them
# (not "the LED that's on the door").
_ALONE = r"(?=\s*(?:[,.;:!?)-]|$|(?:and|but|so|now|right now|again|already|too|still|please|pls)\b))"
_LIGHT_WORDS = (r"(?:(blinking|flashing|flickering|pulsing|strobing)|(lit up|lit|glowing|solid|steady|"
                rf"on{_ALONE})|(dark|unlit|off{_ALONE}|out{_ALONE}))\b")
_LIGHT_SAID = re.compile(r"(?:\b(?:that|which|who)(?:'s|s| is| are)|\bthe one(?: that'?s| that is"
                         r"| which is)?|\b(?:the|that|this)(?= (?!on|off|out|dark)))\s+" + _LIGHT_WORDS)
_LIGHT_TOLD = re.compile(r"\b(?:is|are|'s|keeps?)(?: still| currently| now| constantly)?\s+"
                         + _LIGHT_WORDS)


def light_said(text: str, told: bool = False) -> tuple[str, ...]:
    """The states an LED may be in, as the command says it is (a light that blinks is lit too,
    now and then); () if it says none."""
    said = _LIGHT_SAID.search(text) or (_LIGHT_TOLD.search(text) if told else None)
    if said is None:
        return ()
    return ("blink",) if said[1] else ("on", "blink") if said[2] else ("off",)


def not_in_state_said(entity: Entity, text: str) -> bool:
    """Whether the command says the link or unit is in a state it is not: "the wifi that is up"
    of a wifi that is down, "the bluetooth that is running" of a stopped one."""
    if entity.kind == UNIT:
        running = _RUNNING_SAID.search(text)
        return running is not None and entity.state in ("active", "inactive", "failed") and (
            entity.state == "active") != ((running[1] or running[2]) in ("running", "active"))
    if entity.kind == LED:
        lights = light_said(text)
        return bool(lights) and entity.state in ("on", "off", "blink") and entity.state not in lights
    said = _STATE_SAID.search(text)
    return entity.kind == INTERFACE and said is not None and entity.state in ("up", "down") and \
        _UP_OR_DOWN[said[1] or said[2]] != entity.state


# Words of a kind of thing that its opposite rules out: said of a unit whose description has the
# opposite (and not the word), another thing is meant
_OPPOSITE_PAIRS = (("hot", "cold"), ("warm", "cold"), ("heating", "cooling"), ("heater", "cooler"),
                   ("heater", "chiller"), ("heated", "chilled"), ("intake", "exhaust"), ("inlet", "outlet"),
                   ("input", "output"), ("incoming", "outgoing"), ("arrivals", "departures"),
                   ("import", "export"), ("summer", "winter"), ("day", "night"), ("wet", "dry"),
                   ("clean", "dirty"), ("fill", "drain"), ("male", "female"), ("freshwater", "wastewater"),
                   ("manual", "automatic"), ("analog", "digital"), ("analogue", "digital"),
                   # one gas is no other ("the helium generator monitor" is no nitrogen generator's)
                   *combinations(("nitrogen", "helium", "oxygen", "hydrogen", "argon", "propane", "methane",
                                            "ammonia", "chlorine", "ozone", "acetylene", "butane"), 2))
_OPPOSITES: dict[str, frozenset[str]] = {
    w: frozenset(b if a == w else a for a, b in _OPPOSITE_PAIRS if w in (a, b))
    for pair in _OPPOSITE_PAIRS for w in pair}


def opposite_said(entity: Entity, text: str) -> bool:
    """Whether the command says the opposite of a word of the entity's description: "the hot
    air inflator" is no cold inflation fan, "intake fan 1" no exhaust fan 1."""
    own = set(tokens(entity.doc))
    return any(w not in own and _OPPOSITES[w] & own for w in set(tokens(text)) & _OPPOSITES.keys())


def positions_said(text: str) -> frozenset[str]:
    """Where the command says the thing is: "the rear camera", "zone east", "at the back"."""
    return POSITIONS & set(tokens(text)) | ({"rear"} if _AT_THE_BACK.search(text) else frozenset())


# The product lines of USB sticks, cards and portable drives (each a maker's own word)
_PRODUCT_LINES = frozenset(["extreme", "ultra", "cruzer", "blade", "glide", "fit", "luxe", "dual",
                            "evo", "shield", "exodia", "datatraveler", "kyson", "canvas", "elements",
                            "passport", "expansion", "jumpdrive", "flair", "bar", "duo", "ixpand",
                            "endurance", "book"])
# Makers of drives, sticks and cards: one said is the maker of the drive meant
_BRANDS = frozenset(["sandisk", "kingston", "samsung", "lexar", "seagate", "toshiba", "crucial",
                     "transcend", "pny", "verbatim", "lacie", "intenso", "kioxia", "adata", "corsair",
                     "sabrent", "netac", "emtec", "swissbit", "innodisk", "apacer", "teamgroup",
                     "gigastone", "maxtor", "hgst", "wd"])
# A size said of a drive ("the 2TB sandisk", "64 gig"), not space on it ("with 200GB free")
SIZE_SAID = re.compile(r"\b\d+(?:\.\d+)?\s*(?:[kmgt]b|gigs?|tera|(?:giga|tera)bytes?|[gt])\b"
                       r"(?!\s*(?:free|left|used|available|remaining|of|full|worth|lte|modem|router|sim)\b)")
# A capacity said as a bare number, as sticks and cards are sold: "the sandisk 128"
NOMINAL_SIZE = re.compile(r"(?<![\w./-])(8|16|32|64|128|256|512)(?![\w./:-])(?!\s*(?:s|secs?|"
                          r"seconds?|m|mins?|minutes?|h|hours?|%)\b)")


def size_bytes(size: str) -> float | None:
    """'14.3g' -> 14.3e9 (a size word of a drive or of a command), else None."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgt])\w*", size)
    return float(m.group(1)) * 1000 ** "kmgt".index(m.group(2)) * 1000 if m else None


def size_fits(said: str, entity: Entity) -> bool:
    """Whether a size as people say it ("14 gig", "1tb", "64gb") is about the drive's: rounded,
    and in 1000s or 1024s (lsblk shows a 64 GB stick as 59G)."""
    want = size_bytes(said)
    sizes = [b for a in entity.attributes if (b := size_bytes(a))]
    return want is None or any(0.85 < want / b < 1.2 for b in sizes)


def _other_drive_said(entity: Entity, text: str) -> bool:
    """Whether the command says a maker, size or label the drive has not: "the 32GB sandisk" of
    a 32G Kingston, "the sandisk 2TB" of a 1T SanDisk, "CLIPS-OUT" of CLIPS-IN."""
    own = set(tokens(entity.doc)) | set(entity.attributes)
    said = tokens(text)
    if any(w in _BRANDS and w not in own for w in said) and any(w in _BRANDS for w in own):
        return True
    lowered = text.lower()
    sizes = [m[0] for m in SIZE_SAID.finditer(lowered) if not re.fullmatch(r"[2-5]\s*g", m[0])]  # (no 4G modem)
    sizes += [f"{m[1]}g" for m in NOMINAL_SIZE.finditer(lowered)
              if (before := tokens(lowered[:m.start()])[-1:]) and before[0] in own - _STORAGE_KIND_WORDS]
    if sizes and any(size_bytes(a) for a in entity.attributes) and not any(size_fits(s, entity) for s in sizes):
        return True
    # a label of two parts said with another second part: "clips-out" of CLIPS-IN
    label = _name_parts(entity.attributes[0]) if entity.attributes else []
    return len(label) == 2 and any(
        len(parts := _name_parts(w)) == 2 and parts[0] == label[0] and parts[1] != label[1]
        for w in said if "-" in w or "_" in w)


def contradicts(entity: Entity, text: str) -> bool:
    """Whether the command says the entity is another one of its set: a colour it has not ("the
    green beacon" of an amber one), a position ("the rear camera recorder" of one recording the
    front and cabin), a number or letter ("the poller for plc 4" of PLC 3's)."""
    said = tokens(text)
    if entity.kind == LED:
        colours = {a for a in entity.attributes if a in COLOURS}
        told = {w for i, w in enumerate(said) if w in COLOURS and not (
            i > 0 and said[i - 1] in ("is", "shows", "showing", "goes", "turns", "flashing"))}
        if colours and told and not colours & told:
            return True
        # "the green power LED" is not the green status one, "the red power light" not red:trap-jam, whose
        # own words are not said (but "the wind warning lamp" is yellow:wind; a light of no function may be any)
        # (its own words looked for only when a function it lacks is said: this runs for every light and command)
        if any(f not in entity.attributes for f in _LED_FUNCTION_SAID.findall(text.lower())):
            squeezed = re.sub(r"[\s-]", "", text.lower())
            lit_for = [a for a in entity.attributes if a not in COLOURS and re.fullmatch(r"[a-z][a-z-]{2,}", a)]
            if any(a in _LED_FUNCTIONS for a in entity.attributes) or (
                    lit_for and not any(a.replace("-", "") in squeezed for a in lit_for)):
                return True
    # "the wd blue" of a WD Elements, "the sandisk extreme" of a SanDisk Ultra Fit, "the t7
    # shield" of a T7: another product line said beside its brand or model
    if entity.kind == STORAGE and any(
            (w in COLOURS or w in _PRODUCT_LINES) and w not in entity.attributes and (
                (i > 0 and said[i - 1] in entity.attributes) or
                (i + 1 < len(said) and said[i + 1] in entity.attributes))
            for i, w in enumerate(said)):
        return True
    if entity.kind == STORAGE and _other_drive_said(entity, text):
        return True
    if entity.kind == STORAGE and _OPTICAL.search(text) and "optical" not in entity.attributes:
        return True  # "the DVD with the exhibit videos" is no USB stick labelled EXHIBIT
    if entity.kind == INTERFACE and _SATELLITE.search(text) and not _SATELLITE.search(
            f"{entity.name} {' '.join(entity.attributes)} {entity.doc}"):
        return True  # "the satellite modem" is no cellular one
    own = set(tokens(entity.doc))
    where = positions_said(text)
    if where and own & POSITIONS and not where & own:
        return True
    if opposite_said(entity, text):
        return True
    if entity.kind == UNIT and (_another_instance(entity, text.lower()) or
                                _another_version(entity, text.lower())):
        return True
    ids = _doc_ids(entity)
    for stem, said_id in [*_SAID_ID.findall(text), *_SAID_LETTER.findall(text),
                          *((a or b, str(_SPELLED_IDS.index(c or d) + 1))
                            for a, c, b, d in _SAID_SPELLED.findall(text)),
                          *((stem, letter) for letter, stem in _SAID_LETTER_FIRST.findall(text))]:
        # ("run 0412" is RUN_0412's 412; "lane 1.5" is none of lanes 1 and 2)
        n = str(int(said_id)) if said_id.isdigit() else "x" if re.fullmatch(r"\d+\.\d+", said_id) else said_id
        if n == "x" and said_id in f"{entity.name} {entity.doc}".lower():
            continue  # ("php 8.2" of php8.2-fpm: a version it has)
        alike = {i for i in ids.get(stem, ()) if i.isdigit() == (n.isdigit() or n == "x")}
        if alike and n not in alike:
            return True
    return False


@memo.kept
def _own_words(entity: Entity) -> frozenset[str]:
    return frozenset(w for text in (entity.doc, entity.summary, *entity.aliases, *entity.parts,
                                    *entity.attributes) for w in tokens(text))


def is_what(entity: Entity, word: str) -> bool:
    """Whether the word is what the unit is, by its name or the kind of program it is ("influx",
    "the database" of influxdb), not only what its description mentions ("fish" of a fish
    feeder)."""
    parts = {*_name_parts(entity.name), *entity.aliases}
    if word in parts or any(len(p) >= 4 and (p.startswith(word) or word.startswith(p))
                            for p in parts if len(word) >= 4):
        return True
    known = _what_it_is(entity.name, entity.summary)
    return any(word in words.split() for products, words in CATEGORIES
               if memo.search(rf"\b(?:{products})", known))


def is_called(entity: Entity, name: str, numbered: bool = False) -> bool:
    """Whether the entity goes by exactly that name ("the drive labelled BACKUP", "the service
    called tunnel"): its name or label as a whole, never a part or what it does; or, `numbered`,
    a label that is the name with a number after it ("labelled MATSURI" of MATSURI2025)."""
    label = entity.attributes[0] if entity.kind == STORAGE and entity.attributes else ""
    return name in entity.aliases or name == label or (
        numbered and len(name) >= 3 and label.startswith(name) and label[len(name):].lstrip("_-").isdigit())


def shares_a_stem(entity: Entity, word: str) -> bool:
    """Whether the word begins as one of the entity's words of five letters or more does
    ("graphing" of graphs, "charging" of charger)."""
    return len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in _own_words(entity))


def says(entity: Entity, word: str) -> bool:
    """Whether the entity's names or description say the word itself (or its plural)."""
    own = _own_words(entity)
    return word in own or word.removesuffix("s") in own or f"{word}s" in own


# Nouns that say what a thing is, a program or a machine: said right after a unit's name, the
# unit must be one ("the vaccine printer" is no fridge monitor of the vaccine fridge)
_THINGS = frozenset(
    ["printer", "robot", "exporter", "engine", "generator", "gearbox", "shaft", "pump", "compressor",
     "motor", "fan", "valve", "heater", "boiler", "chiller", "fridge", "freezer", "camera", "sensor",
     "scanner", "reader", "meter", "poller", "monitor", "alarm", "bridge", "controller",
     "gateway", "broker", "database", "scheduler", "recorder", "encoder", "decoder", "router", "modem",
     "dashboard", "portal", "kiosk", "display", "screen", "website", "proxy", "firewall", "player",
     "feeder", "dialer", "analyzer", "analyser", "dispenser", "conveyor", "crane", "elevator", "door",
     "gate", "barrier", "uploader", "downloader", "collector", "forwarder", "tracker", "updater",
     "watchdog", "timer", "backup", "logger", "shipper",
     # and what a program sends: "the orthanc alerts" are no orthanc
     "alert", "notification", "warning", "email", "reminder", "popup", "metric"])


# Things one may call by the other's name: "the modbus bridge" of a Modbus TCP gateway
_ALIKE_THINGS = (frozenset(["bridge", "gateway", "proxy", "router", "converter", "forwarder", "relay"]),
                 frozenset(["screen", "display", "board", "sign", "signage", "monitor", "kiosk", "feed"]),
                 frozenset(["recorder", "historian", "logger", "logging", "datalogger", "daq",
                            "acquisition"]))


def called_otherwise(entity: Entity, word: str, text: str) -> bool:
    """Whether the command calls the unit named by `word` a thing its names and description never
    say it is: "the port exporter" of modbus-poller@port, "the port fuel logger" of it too."""
    said = memo.search(rf"(?<![\w-]){re.escape(word)}[\s-]+([a-z]+)(?:[\s-]+([a-z]+))?", text)
    if said is None:
        return False
    noun = next((w.removesuffix("s") for w in said.groups() if w and w.removesuffix("s") in _THINGS), None)
    if noun is None:
        return False
    alike = next((group for group in _ALIKE_THINGS if noun in group), {noun})
    own = _head_words(entity)  # (what it serves is not what it is: "the CT scanner" of a router for it)
    return not any(_accounted(w, own) or is_what(entity, w) or any(
        len(p) >= 3 and w.startswith(p) for p in entity.parts) or any(  # ("cam" of a camera)
        len(os.path.commonprefix([w, o])) >= max(4, len(w) - 2) for o in own)  # (logging)
        for w in alike)


# Where a description turns from what the unit is to what it serves: "DICOM router | for CT scanner"
_SERVED = re.compile(r"\s+for\s+")


@memo.kept
def _head_words(entity: Entity) -> frozenset[str]:
    """The words of an instance's names and of its description before what it serves (its
    instance says what it serves: dicom-router@ct, "DICOM router for CT scanner")."""
    if entity.kind != UNIT or "@" not in entity.name or not _SERVED.search(entity.summary):
        return _own_words(entity)
    head = _SERVED.split(entity.summary, maxsplit=1)[0]
    return frozenset(w for text in (head, *entity.parts) for w in tokens(text))


def accounts_for(entity: Entity, word: str) -> bool:
    """Whether the word is one the entity's names or description say, or nearly."""
    return _accounted(word, _own_words(entity))


def _accounted(word: str, own: frozenset[str]) -> bool:
    # (or a short form of one, or one in full: "temp" of temperature, "calibration" of CALIB)
    return word in own or word.rstrip("s") in own or f"{word}s" in own or any(
        len(w) >= 4 and (typo_of(word, w) or w.startswith(word) or word.startswith(w))
        for w in own)


class Similarity(Protocol):
    """A pretrained sentence encoder's view of meaning (controller/model/meaning.py)."""

    def __call__(self, phrase: str, docs: Sequence[str]) -> Sequence[float]:
        """How well the phrase fits each doc, cosine, -1..1."""
        ...

    def knows(self, word: str) -> bool:
        """Whether the word is in the encoder's vocabulary as a word: only such words carry a
        meaning it can compare (a made-up name only looks like one)."""
        ...
