"""The deterministic rule controller: the default reactions to events, and commands read by
words alone (the language interpreter without its encoder).

It is the fallback when no model is loaded or the model fails, and the reference the model's
event-only behaviour is tested against.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from llmos.agent.controller.language.interpret import Interpreter
from llmos.agent.domain import DecisionRequest, DeviceState, HardwareEvent, Proposal

NAME = "rules"


def react(event: HardwareEvent, state: DeviceState) -> tuple[str, dict[str, object]]:
    """The default reaction to one hardware event, as (tool, args)."""
    props = event.properties
    node = event.devnode
    if event.subsystem == "block" and node:
        # (which bus, whose name: the udev properties a stick's owner or the model's training
        # events vary decide nothing here, tests/model/test_events.py; only what is no
        # filesystem, no plugged-in drive or the device's own disk is left alone)
        has_fs = bool(props.get("ID_FS_TYPE")) and props.get("ID_FS_USAGE", "filesystem") == "filesystem" \
            and not _NOT_A_FILESYSTEM.fullmatch(props["ID_FS_TYPE"])
        mounted = any(s.device == node and s.mounted for s in state.storage)
        if event.action == "add" and has_fs and not mounted and not _NOT_A_DRIVE.fullmatch(node) and \
                not _own_disk(node, state) and not _snap_image(node, props) and not _system_partition(props):
            # a coldplugged "add" replays devices that are already mounted (the root too)
            return "mount_storage", {"device": node, "readonly": True}
        partitions = [s for s in state.storage if re.fullmatch(rf"{re.escape(node)}p?\d+", s.device)]
        if event.action == "remove" and partitions and props.get("DEVTYPE") == "disk":
            # a disk pulled out after its partitions: what of it is still mounted, if anything
            still = [s.device for s in partitions if s.mounted]
            if len(still) == 1:
                return "unmount_storage", {"device": still[0]}
        elif event.action == "remove" and not any(s.device == node and not s.mounted for s in state.storage) and \
                not (_system_partition(props) and not mounted):
            # (a drive the state lists as not mounted leaves nothing to unmount; one it does not list may still be:
            # the live state is read after the drive is gone, its mount left behind, tests/e2e/test_appliance.py)
            return "unmount_storage", {"device": node}
        if event.action == "change":
            # Media inserted into or taken out of a reader (or a loop device attached/detached).
            # A partition of an NVMe or MMC disk is no media put in (a card in a slot comes as
            # "add"): its change is a filesystem rewritten, on the system disk as often as not.
            # A partition's own change is its filesystem touched (relabelled, checked, a trigger
            # replayed): media comes on the disk ("DISK_MEDIA_CHANGE=1"), its partitions as "add".
            media = props.get("DEVTYPE") != "partition" or props.get("DISK_MEDIA_CHANGE") == "1"
            # (a whole disk whose partitions the device knows, or an NVMe disk, has no filesystem of its own
            # put in; nor has a volume the system makes)
            whole_disk_known = props.get("DEVTYPE") == "disk" and bool(partitions or _NVME_DISK.fullmatch(node))
            if has_fs and not mounted and media and not _NO_MEDIA.fullmatch(node) and not whole_disk_known and \
                    not _NOT_A_DRIVE.fullmatch(node) and not _snap_image(node, props):
                return "mount_storage", {"device": node, "readonly": True}
            if not has_fs and mounted:
                return "unmount_storage", {"device": node}
    elif event.subsystem == "tty" and event.action == "add" and node:
        if re.fullmatch(r"/dev/tty(USB|ACM)\d{1,3}", node) and not _modem_port(props) and \
                not _a_units_port(props, state):
            return "attach_console", {"port": node}
    elif event.subsystem == "net" and event.action == "add":
        interface = props.get("INTERFACE") or event.devpath.rsplit("/", 1)[-1]
        # (a name no kernel gives a link, "eth0;reboot", is no link)
        if _IFNAME.fullmatch(interface) and _hardware_link(interface, props):
            if _WIRED.match(interface) and props.get("DEVTYPE") not in ("wlan", "wwan"):
                return "ignore", {"reason": f"{interface} is wired: systemd-networkd brings it up with DHCP"}
            if props.get("ID_VENDOR_ID", "").lower() in _GADGET_VENDORS:
                return "ignore", {"reason": f"{interface} is another Linux board's USB gadget link, not an uplink"}
            return "set_network", {"interface": interface, "state": "up"}
    elif event.subsystem == "power_supply" and _external(props):
        online = props.get("POWER_SUPPLY_ONLINE")
        # (a charger's input gone while the battery charges from another is no power lost)
        if online == "0" and (props.get("POWER_SUPPLY_TYPE", "Mains") == "Mains"
                              or props.get("POWER_SUPPLY_STATUS", "Discharging") == "Discharging"):
            return "set_power_profile", {"profile": "powersave"}
        if online == "1":
            return "set_power_profile", {"profile": "balanced"}
    elif event.subsystem == "power_supply" and props.get("POWER_SUPPLY_TYPE") == "Battery" and \
            props.get("POWER_SUPPLY_SCOPE") != "Device" and \
            props.get("POWER_SUPPLY_STATUS") == "Discharging" and state.power_profile == "balanced":
        # on battery, whether mains said so or not (a UPS HAT reports only its battery; a mouse's
        # or a keyboard's battery, scope Device, is not the device's); a profile someone chose is
        # left as it is, and once powersave the next change asks nothing
        return "set_power_profile", {"profile": "powersave"}
    elif event.subsystem == "thermal" and _is_trip(props):
        return "set_power_profile", {"profile": "powersave"}
    elif event.subsystem in ("input", "sound"):
        return "ignore", {"reason": f"{event.subsystem} device {event.action}: nothing to do"}
    return "ignore", {"reason": f"no reaction to {event.subsystem} {event.action}"}


def _external(props: Mapping[str, str]) -> bool:
    """Whether a power supply feeds the device from outside: mains, or a charger's USB or wireless
    input (a board on a battery charger reports its USB input: "bq25890-charger", type USB); never
    the battery itself."""
    kind = props.get("POWER_SUPPLY_TYPE", "Mains")
    # (a peripheral's own supply, scope Device, says nothing of the device's: a remote's charger)
    return props.get("POWER_SUPPLY_SCOPE") != "Device" and (
        kind == "Mains" or kind.startswith("USB") or kind == "Wireless")


_NO_MEDIA = re.compile(r"/dev/(?:nvme\d+n\d+p\d+|mmcblk\d+p\d+)")
_NVME_DISK = re.compile(r"/dev/nvme\d+n\d+")


# The GPT types (and MBR's EFI type) of an operating system's own partitions: EFI system, XBOOTLDR, root, /usr,
# /var, /home (the Discoverable Partitions Specification); a stick's data partition is none of them
_SYSTEM_TYPES = frozenset([
    "c12a7328-f81f-11d2-ba4b-00a0c93ec93b", "bc13c2ff-59e6-4262-a352-b275fd6f7172", "0xef",
    "4f68bce3-e8cd-4db1-96e7-fbcaf984b709", "b921b045-1df0-41c3-af44-4c6f280d3fae",
    "44479540-f297-41b2-9af7-d131d5f0458a", "69dad710-2ce4-4e3c-b16c-21a1d49abed3",
    "8484680c-9521-48c6-9c11-b0720656f69e", "b0e01050-ee5f-4390-949a-9101b17104e9",
    "4d21b016-b534-45c2-a9fb-5c16e091fd2d", "933ac7e1-2eb4-4f13-b844-0e14e2aef915"])


def _system_partition(props: Mapping[str, str]) -> bool:
    """Whether a partition is an operating system's own, by its type: nobody plugs it in to read
    (never by its name, which whoever made the stick chose: tests/model/test_events.py)."""
    return props.get("ID_PART_ENTRY_TYPE", "").lower() in _SYSTEM_TYPES


def _snap_image(node: str, props: Mapping[str, str]) -> bool:
    """Whether a loop device holds a squashfs image, as snapd and other package managers attach their own."""
    return node.startswith("/dev/loop") and props.get("ID_FS_TYPE") == "squashfs"
# Block devices the system makes, not drives anyone plugs in: a device-mapper or RAID volume, a
# network block device, compressed RAM (a loop device may be a stick's image: the integration
# tests plug one so)
# (and an eMMC's hardware boot and RPMB areas, which hold the board's firmware)
_NOT_A_DRIVE = re.compile(r"/dev/(?:(?:dm-|md|nbd|zram|ram)\d+(?:p\d+)?|mmcblk\d+(?:boot\d+|rpmb))")
# What blkid finds that no mount takes, when udev leaves ID_FS_USAGE out: members of a RAID, an
# LVM, ZFS or VMFS pool, an ext3 journal, swap, encrypted volumes
_NOT_A_FILESYSTEM = re.compile(r"(?i).*_member|jbd|swap|swsuspend|bitlocker|crypto_\w+|vmfs\w*|zfs")


def _own_disk(node: str, state: DeviceState) -> bool:
    """Whether a partition is of the device's own NVMe or eMMC disk, one of whose partitions is
    mounted (the root): coldplug replays those partitions as "add", and nobody plugged them in."""
    disk = re.sub(r"p\d+$", "", node)
    return bool(_NO_MEDIA.fullmatch(node)) and any(
        s.mounted and s.device != node and re.sub(r"p\d+$", "", s.device) == disk for s in state.storage)


# Links a container engine, a bridge or other software made (a virtual CAN bus, a dummy link, a
# VPN daemon's tun, tap or WireGuard link), which their makers bring up themselves, by their
# names ("veth3f2a" is a container's; a veth made by hand, as the integration test does, is
# brought up; so is a modem's PPP link)
_MADE_BY_SOFTWARE = re.compile(r"(?:veth|br-|docker|virbr|lo$|v(?:x)?can\d|dummy\d|tun\d|tap\d|wg\d|sit\d|ip6tnl\d|"
                               r"ip6gre\d|gre\d|gretap\d|erspan\d|ip_vti\d|ip6_vti\d|tunl\d|bond\d|team\d|"
                               r"hsr\d|prp\d|bnep\d|wpan\d|lowpan\d|"
                               r"vxlan|macvlan|macvtap|ipvlan|geneve)")


_IFNAME = re.compile(r"[A-Za-z0-9_.:@-]{1,15}")
# The wired links the image's 80-llmos-dhcp.network matches (Name=en* eth*): networkd's to bring
# up, as it does on boot. A radio link (wifi, cellular, a phone's tethering on usb0) is not.
_WIRED = re.compile(r"(?:en|eth)")


# The USB ids of Linux's own gadget drivers (g_ether, a configfs composite gadget): a Pi Zero or a
# BeagleBone plugged in as a peripheral, a cable to another computer (a phone's tethering has its maker's id)
_GADGET_VENDORS = frozenset({"1d6b", "0525"})  # Linux Foundation, NetChip (g_ether's default)


def _hardware_link(interface: str, props: Mapping[str, str]) -> bool:
    return not (_MADE_BY_SOFTWARE.match(interface) or props.get("DEVTYPE") in _SOFTWARE_KINDS
                or props.get("ID_NET_DRIVER") in _SOFTWARE_DRIVERS)


# ... and by their driver, whatever their name ("mv-wlan0" of macvlan, "ipip0", "ifb0", "nlmon0")
_SOFTWARE_DRIVERS = frozenset({"bridge", "vcan", "vxcan", "dummy", "tun", "wireguard", "ipip", "ip6_tunnel", "sit",
                               "gre", "ip_gre", "ip6_gre", "ifb", "nlmon", "macvlan", "macvtap", "ipvlan", "vxlan",
                               "geneve", "vrf", "bonding", "team", "8021q",
                               # (a redundancy ring over other links; a Bluetooth PAN and an 802.15.4 radio's links,
                               # which their own daemons bring up)
                               "hsr", "prp", "bnep", "mac802154", "6lowpan"})


# Links made over others (an overlay, a VLAN, a bond, a tunnel of the kernel's own: sit0, ip6tnl0)
_SOFTWARE_KINDS = frozenset({"bridge", "wireguard", "vxlan", "macvlan", "macvtap", "ipvlan", "vlan", "bond",
                             "team", "geneve", "gretap", "ip6gretap", "dummy", "tun", "tap"})


# USB serial drivers of cellular modems: their ports are ModemManager's (AT, QMI, diagnostics).
_MODEM_DRIVERS = frozenset({"option", "option1", "qcserial", "sierra", "qmi_wwan", "cdc_mbim",
                            "cdc_wdm", "huawei_cdc_ncm", "usb_wwan", "cdc_ncm"})


# USB vendors whose serial ports are a receiver or a radio, never a console: u-blox and Garmin
# (GNSS), dresden elektronik (ConBee Zigbee), and makers of cellular modems (Telit, Quectel,
# Sierra Wireless, Huawei, ZTE, Fibocom, SIMCom) whose ports a CDC-ACM driver may serve. By USB
# id, which the device's firmware reports (and by name below, only ever to refuse a console).
_RADIO_VENDORS = frozenset({"1546", "091e", "1cf1", "1bc7", "2c7c", "1199", "12d1", "19d2", "2cb7",
                            "1e0e"})


# What a radio stick on a generic USB-serial chip (a Sonoff Zigbee dongle on a CP210x, a GPS
# mouse on a PL2303) calls itself. The name is free text its maker or owner sets, so it is only
# ever a reason not to attach a console, never one to act: a console cable that says "GPS" gets
# no console, which is all a false name can do.
# And so is a 3D printer's or a CNC machine's controller board, whose port its host software
# (Klipper, OctoPrint) opens: Klipper's MCU firmware, Marlin, a Prusa, a Duet, grbl; and a DMX
# lighting interface, an RS-485/Modbus adapter, a card or barcode reader, a UPS, a lidar.
_RADIO_NAMES = re.compile(r"(?<![a-z])(?:zigbee|z-?wave|conbee|skyconnect|gnss|gps|lte|modem|"
                          r"lora(?:wan)?|thread|matter|ble|bluetooth|"
                          r"klipper|marlin|prusa|duet|reprap|grbl|smoothieboard|"
                          # (and a lighting or a field bus, a reader, a UPS: "ENTTEC DMX USB PRO")
                          r"dmx|enttec|rs-?485|modbus|rfid|nfc|bar[_ -]?code|ups|\w*lidar|"
                          # (a scale's or a printer's interface, a card reader, a laser scanner: "Ohaus
                          # Defender Scale Interface", "Zebra ZD420", "pcProx", "Hokuyo URG"; not an
                          # Arduino, whose port is a console as writers expect)
                          r"scales?|weigh\w*|checkweigher|printer|zpl|zebra|godex|pcprox|card[_ -]?reader|"
                          r"hokuyo|urg|"
                          # (a mesh radio, a drone's flight controller, a battery monitor's cable)
                          r"meshtastic|xbee|pixhawk|ardupilot|px4|ve[._ -]?direct|victron|"
                          # (round 53: "ultraDMX Micro", "Z-Stick 7", an nRF radio dongle; a J-Link's or ST-Link's
                          # port is the console of the board it debugs, models/llmos_models/events.py)
                          r"[a-z]*dmx|z-?stick|nrf\d*)(?![a-z])",
                          re.IGNORECASE)


# Words of a serial chip's or maker's own name, which say nothing of what it serves
_CHIP_WORDS = frozenset(["usb", "uart", "bridge", "controller", "serial", "port", "silicon", "labs", "technology",
                         "technologies", "inc", "ltd", "corp", "future", "devices", "converter", "adapter", "cable",
                         "device", "single", "dual", "quad", "prolific", "ftdi", "qinheng", "electronics", "generic",
                         # (what says it is a console, and an Arduino, whose port writers expect one on)
                         "console", "debug", "getty", "arduino", "genuino"])


def _a_units_port(props: Mapping[str, str], state: DeviceState) -> bool:
    """Whether the port's own name says a program of the device uses it: "SPORTident USB to UART Bridge
    Controller" beside sportident-reader@start (a word of the maker's name, not the chip's, in a unit's name or
    description). That program opens the port; a console there would take it from it."""
    said = {w for key in ("ID_MODEL", "ID_VENDOR", "ID_MODEL_FROM_DATABASE")
            for w in re.split(r"[^a-z0-9]+", props.get(key, "").lower()) if len(w) >= 4 and w not in _CHIP_WORDS}
    # (a unit's own name without its suffix: "service" says nothing)
    return any(said & set(re.split(r"[^a-z0-9]+", f"{unit.rsplit('.', 1)[0]} {info.description if info else ''}"
                                   .lower())) for unit in state.units for info in [state.unit_info.get(unit)])


def _modem_port(props: Mapping[str, str]) -> bool:
    """A modem's (or a receiver's, or a printer's controller board's) port: a modem driver,
    ModemManager's port-type tags, a radio's USB vendor, or a radio's name. (ID_MM_CANDIDATE
    alone says nothing: ModemManager's rules set it on every serial port.)"""
    return (props.get("ID_USB_DRIVER", "") in _MODEM_DRIVERS
            or props.get("ID_VENDOR_ID", "").lower() in _RADIO_VENDORS
            or any(key.startswith("ID_MM_PORT_TYPE_") for key in props)
            or any(_RADIO_NAMES.search(props.get(key, "")) for key in (
                "ID_MODEL", "ID_VENDOR", "ID_MODEL_FROM_DATABASE", "ID_SERIAL")))


# The kernel's thermal uevent EVENT= (enum thermal_notify_event): 1 is a temperature sample,
# 2 a trip point crossed.
_TRIP_VIOLATED = "2"


# A zone this hot is throttled whatever the event says (a trip point that moved, a sample):
# powersave does no harm, and an 85 C board is hot on every SoC this runs on. Below the cool
# mark a trip index alone is no reason (a fan's or a passive trip, crossed on the way down).
_HOT_MILLI_C = 85000
_COOL_MILLI_C = 60000


def _is_trip(props: Mapping[str, str]) -> bool:
    event = props.get("EVENT", "")
    temp = props.get("TEMP", "")
    if temp.isdigit() and int(temp) >= _HOT_MILLI_C:
        return True
    if event.isdigit():
        return event == _TRIP_VIOLATED
    cool = temp.isdigit() and int(temp) < _COOL_MILLI_C
    return "trip" in event.lower() or (not event and bool(props.get("TRIP")) and not cool)


class RuleController:
    name = NAME
    blocking = False

    def __init__(self) -> None:
        self.language = Interpreter(NAME)

    def decide(self, request: DecisionRequest) -> Proposal:
        if request.command:
            return self.language.decide(request.command, request.state, request.events)
        if request.events:
            # of events that come together (a partition and its disk, the mains and the
            # battery), the last one that asks for something
            reactions = [react(event, request.state) for event in request.events]
            tool, args = next((r for r in reversed(reactions) if r[0] != "ignore"), reactions[-1])
        else:
            tool, args = "ignore", {"reason": "nothing to decide"}
        return Proposal(tool=tool, args=args, controller=NAME)

    def info(self) -> dict[str, str]:
        return {"controller": NAME}

    def context_usage(self) -> dict[str, int]:
        return {}  # no context window
