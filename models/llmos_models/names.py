"""Names the model must copy, not memorise: units, interfaces, LEDs, device nodes.

Half of every pool is generated from syllables, so most names a test case uses were never seen in
training and the model has to learn to copy from the state or the event.
"""

from __future__ import annotations

import random

KNOWN_UNITS = ["nginx", "ssh", "sshd", "docker", "mosquitto", "node-red", "telegraf", "grafana",
               "influxdb", "redis", "postgresql", "cron", "avahi-daemon", "bluetooth", "cups",
               "apache2", "zigbee2mqtt", "home-assistant", "chronyd", "NetworkManager",
               "systemd-resolved", "wpa_supplicant", "containerd", "kubelet", "prometheus",
               "camera-stream", "modem-manager", "rsyslog", "snapd", "frigate", "motion",
               "getty@tty1", "serial-getty@ttyS0", "mqtt-bridge", "sensor-reader", "llmos-update"]
KNOWN_IFACES = ["eth0", "eth1", "wlan0", "wlan1", "enp3s0", "enp0s31f6", "wlp2s0", "usb0", "br0",
                "br-lan", "wg0", "can0", "eno1", "wwan0", "tun0", "lo", "enx00e04c", "docker0"]
KNOWN_LEDS = ["led0", "led1", "ACT", "PWR", "status", "user1", "user2", "heartbeat", "green:status",
              "red:fault", "beaglebone:green:usr0", "input3::capslock", "mmc0::", "sys-led",
              "blue:wifi", "amber:disk", "rpi:act", "white:power"]
SYLLABLES = ["ba", "ko", "ri", "zen", "tor", "mi", "lux", "fa", "dex", "no", "vel", "qua", "sto",
             "ra", "pi", "mon", "ix", "ter", "gal", "sun", "wa", "bel", "cor", "dy", "hub", "lo",
             "mesh", "net", "cam", "gate", "flow", "sync", "log", "io", "dat", "ops", "kit"]


def _word(rng: random.Random, parts: tuple[int, int] = (2, 3)) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*parts)))


def unit_base(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(KNOWN_UNITS)
    sep = rng.choice(["-", "-", "_", "", "."])
    base = _word(rng) if rng.random() < 0.5 else f"{_word(rng, (1, 2))}{sep}{_word(rng, (1, 2))}"
    if rng.random() < 0.15:
        base += str(rng.randint(0, 9))
    return base


def unit(rng: random.Random) -> str:
    return unit_base(rng) + ".service"


def interface(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(KNOWN_IFACES)
    stem = rng.choice(["eth", "wlan", "enp", "wlp", "usb", "br", "wg", "can", "veth", "eno", "en",
                       "lte", "ppp", "bond", _word(rng, (1, 1))])
    tail = rng.choice([str(rng.randint(0, 9)), f"{rng.randint(0, 9)}s{rng.randint(0, 9)}",
                       f"-{_word(rng, (1, 1))}", str(rng.randint(10, 99))])
    return (stem + tail)[:15]


def led(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(KNOWN_LEDS)
    colour = rng.choice(["green", "red", "blue", "amber", "white", "yellow"])
    shape = rng.choice([f"{colour}:{_word(rng, (1, 2))}",
                        f"{_word(rng, (1, 2))}{rng.randint(0, 9)}",
                        f"{_word(rng, (1, 1))}:{colour}:{_word(rng, (1, 1))}",
                        f"{_word(rng, (1, 2))}-led", _word(rng)])
    return shape[:64]


def block_device(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"/dev/sd{rng.choice('abcdefgh')}{rng.randint(1, 9)}"
    if kind < 0.7:
        return f"/dev/mmcblk{rng.randint(0, 2)}p{rng.randint(1, 4)}"
    if kind < 0.85:
        return f"/dev/nvme{rng.randint(0, 1)}n1p{rng.randint(1, 5)}"
    prefix = rng.choice(["/dev/vd", "/dev/hd", "/dev/xvd"])
    return prefix + f"{rng.choice('abc')}{rng.randint(1, 4)}"


def whole_disk(partition: str) -> str:
    """/dev/sdb1 -> /dev/sdb, /dev/mmcblk0p1 -> /dev/mmcblk0."""
    if "p" in partition[-3:] and partition[-1].isdigit() and ("mmcblk" in partition
                                                              or "nvme" in partition):
        return partition[: partition.rindex("p")]
    return partition.rstrip("0123456789")


def serial_port(rng: random.Random) -> str:
    return f"/dev/tty{rng.choice(['USB', 'USB', 'ACM', 'ACM'])}{rng.randint(0, 9)}"


def random_token(rng: random.Random) -> str:
    """A word the model never saw, to teach it that unknown words are noise."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(rng.choice(letters) for _ in range(rng.randint(3, 8)))
