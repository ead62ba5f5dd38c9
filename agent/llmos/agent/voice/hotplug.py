"""Which udev sound events mean "a USB microphone is here" (or gone), as a capture device name."""

from __future__ import annotations

import re

from llmos.agent.domain import HardwareEvent

# ALSA capture PCMs end in "c" (pcmC1D0c); playback ones in "p".
_CAPTURE = re.compile(r"/dev/snd/pcmC(\d+)D(\d+)c")


def usb_microphone(event: HardwareEvent) -> str | None:
    """'hw:1,0' for the capture PCM of a USB sound device, None for any other event.

    PortAudio names ALSA devices like "USB PnP Sound Device: Audio (hw:1,0)"; sounddevice
    accepts any unique part of the name, so "hw:1,0" picks exactly this card and device.
    """
    if event.subsystem != "sound" or not event.devnode:
        return None
    found = _CAPTURE.fullmatch(event.devnode)
    usb = "/usb" in event.devpath or event.properties.get("ID_BUS") == "usb"
    if found is None or not usb:
        return None
    return f"hw:{found.group(1)},{found.group(2)}"
