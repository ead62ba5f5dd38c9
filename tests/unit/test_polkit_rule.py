"""polkit's rule for the agent's user, as the image build writes it (image/llmos_image/polkit.py).

The rule itself runs in polkitd (tests/e2e/test_appliance.py asks it through systemd); here:
the glob translation, and that the rule carries the image's exposure and the agent's floor."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "image"))

from llmos.agent.exposure import FLOOR_UNITS
from llmos_image import polkit


def test_globs_become_whole_name_regexes() -> None:
    cases = {"app-*.service": ("app-x.service", "app-.service"),
             "eth?": ("eth0",), "usb[0-9]": ("usb3",), "wl[!x]*": ("wlan0",)}
    for glob, names in cases.items():
        rx = re.compile(polkit.glob_regex(glob))
        for name in names:
            assert rx.match(name), (glob, name)
    assert not re.match(polkit.glob_regex("app-*.service"), "xapp-x.service")
    assert not re.match(polkit.glob_regex("app-*.service"), "app-x.serviceX")
    assert not re.match(polkit.glob_regex("nginx.service"), "nginxXservice")  # the dot is a dot
    assert not re.match(polkit.glob_regex("wl[!x]*"), "wlxan")


def test_rule_carries_exposure_floor_and_only_reboot() -> None:
    text = polkit.rules({"units": ["app-*.service"], "interfaces": ["eth*"]})
    assert 'subject.user !== "llmos"' in text
    assert "var UNITS = [/^app-.*\\.service$/];" in text
    assert "var INTERFACES = [/^eth.*$/];" in text
    for pattern in FLOOR_UNITS:
        assert f"/{polkit.glob_regex(pattern)}/i" in text
    assert "org.freedesktop.login1.reboot" in text and "power-off" not in text
    assert "filesystem-mount-system" not in text.split("var MOUNT")[1].split("\n")[0]
    assert text.rstrip().endswith("return polkit.Result.NO;\n});".rstrip())


def test_written_readable_for_polkitd(tmp_path: Path) -> None:
    path = polkit.write(tmp_path, {"units": [], "interfaces": []})
    assert path == tmp_path / "etc/polkit-1/rules.d/60-llmos.rules"
    assert path.stat().st_mode & 0o777 == 0o644
