"""polkit's rule for the agent's user: what llmos may ask of systemd, logind and udisks2.

The agent runs without root and without capabilities (docs/security.md "Privilege"); every
action with effects beyond its own files goes over D-Bus to a service that asks polkit. This
rule is written by the image build from the same exposure the agent's configuration carries
(`[policy.expose]`) and from the agent's built-in floor (llmos.agent.exposure), so the two
layers agree, and a bypassed agent policy still meets polkit's refusal:

- systemd `manage-units`: start, stop, restart of the exposed units only; never a unit of the
  floor (matched as the agent matches it: case, \\xNN escapes, trailing dots), never one of
  llmos's own units (the agent, its identity, the test shell), never a call without a unit
  (transient units, daemon reload: a transient unit would be a root command);
- `llmos-link-up@`/`llmos-link-down@<link>.service`: start, for the exposed interfaces only;
- logind: reboot (the catalog has no power-off, so neither has the rule);
- udisks2: mount a filesystem that is not a system device (its `filesystem-mount-system` stays
  refused), and unmount what it mounted (no rule needed; others' mounts stay refused);
- everything else the llmos user asks polkit: no.

An exposure widened later with SetPolicy is still bounded by this rule: polkit is the ceiling
the image sets.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

USER = "llmos"
PATH = "etc/polkit-1/rules.d/60-llmos.rules"
LINK_UNITS = ("llmos-link-up@", "llmos-link-down@")
UNIT_VERBS = ("start", "stop", "restart")
REBOOT_ACTIONS = ("org.freedesktop.login1.reboot", "org.freedesktop.login1.reboot-multiple-sessions",
                  "org.freedesktop.login1.reboot-ignore-inhibit")
SPECIAL = set(".^$+(){}|\\/")  # escaped in a JavaScript regular expression
MOUNT_ACTIONS = ("org.freedesktop.udisks2.filesystem-mount",
                 "org.freedesktop.udisks2.filesystem-mount-other-seat")


def glob_regex(pattern: str) -> str:
    """A shell glob (fnmatch: * ? [..] [!..]) as a whole-string JavaScript regular expression."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[" and (end := pattern.find("]", i + 2)) != -1:
            body = pattern[i + 1:end]
            negate = body.startswith("!")
            body = body[1:] if negate else body
            out.append("[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append("\\" + c if c in SPECIAL else c)
        i += 1
    return "^" + "".join(out) + "$"


def _regexes(patterns: Sequence[str], flags: str = "") -> str:
    return "[" + ", ".join(f"/{glob_regex(p)}/{flags}" for p in patterns) + "]"


def rules(expose: Mapping[str, Any]) -> str:
    """The rules file for an exposure (the `[policy.expose]` table of the image's agent.toml)."""
    from llmos.agent.exposure import FLOOR_UNITS

    units = list(expose.get("units", ()))
    interfaces = list(expose.get("interfaces", ()))
    return f"""\
// llmos: what the agent's user may ask of systemd, logind and udisks2. Written by the image
// build (image/llmos_image/polkit.py) from the agent's exposure and floor; docs/security.md.
polkit.addRule(function(action, subject) {{
    if (subject.user !== {json.dumps(USER)}) {{
        return polkit.Result.NOT_HANDLED;
    }}
    var FLOOR = {_regexes(FLOOR_UNITS, "i")};
    var UNITS = {_regexes(units)};
    var INTERFACES = {_regexes(interfaces)};
    var VERBS = {json.dumps(list(UNIT_VERBS))};
    var REBOOT = {json.dumps(list(REBOOT_ACTIONS))};
    var MOUNT = {json.dumps(list(MOUNT_ACTIONS))};
    function any(list, name) {{
        for (var i = 0; i < list.length; i++) {{
            if (list[i].test(name)) {{
                return true;
            }}
        }}
        return false;
    }}
    function key(unit) {{
        // as the agent's floor compares names: \\xNN escapes decoded, trailing dots, any case
        return unit.replace(/\\\\x([0-9a-fA-F]{{2}})/g, function(m, h) {{
            return String.fromCharCode(parseInt(h, 16));
        }}).replace(/\\.+$/, "").toLowerCase();
    }}
    function link(unit, verb) {{
        var m = /^llmos-link-(up|down)@(.+)\\.service$/.exec(unit);
        if (!m || verb !== "start") {{
            return false;
        }}
        var name = key(m[2]);
        return /^[A-Za-z0-9_.:-]{{1,15}}$/.test(name) && name.indexOf("..") < 0 &&
            any(INTERFACES, name);
    }}
    if (action.id === "org.freedesktop.systemd1.manage-units") {{
        var unit = action.lookup("unit");
        var verb = action.lookup("verb");
        if (!unit || !verb) {{
            return polkit.Result.NO;  // transient units and manager calls: never
        }}
        if (link(unit, verb)) {{
            return polkit.Result.YES;
        }}
        var k = key(unit);
        // the agent's own units (itself, its identity, the test shell) are never its to touch
        if (VERBS.indexOf(verb) < 0 || any(FLOOR, k) || k.indexOf("llmos-") === 0) {{
            return polkit.Result.NO;
        }}
        return any(UNITS, unit) ? polkit.Result.YES : polkit.Result.NO;
    }}
    if (REBOOT.indexOf(action.id) >= 0 || MOUNT.indexOf(action.id) >= 0) {{
        return polkit.Result.YES;
    }}
    return polkit.Result.NO;
}});
"""


def write(root: Path, expose: Mapping[str, Any]) -> Path:
    """Write the rule into the image's root (readable by polkitd, which runs as its own user)."""
    path = root / PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(rules(expose))
    path.chmod(0o644)
    return path
