"""The words of the catalog: which phrases ask for which kind of change, and which ask for
something the catalog cannot do.

A verb alone does not pick a tool: "turn off" stops a service, takes a link down or switches an
LED off, depending on what it is said of. So the words here name an *effect*, and the
interpreter combines it with the kind of entity the command is about.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass

from llmos.agent.controller.language import memo


class Effect(enum.Enum):
    RESTART = "restart"
    REBOOT = "reboot"  # the device itself, or a service when said of one
    ON = "on"  # start, bring up, switch on, enable
    OFF = "off"  # stop, take down, switch off, disable
    BLINK = "blink"
    MOUNT = "mount"
    UNMOUNT = "unmount"
    CONSOLE = "console"
    PROFILE = "profile"


def _words(*phrases: str) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


# The words and phrases that say each effect, as typed (lower case); a mistyped verb is also
# caught by TYPO_VERBS below.
EFFECT_WORDS: dict[Effect, tuple[str, ...]] = {
    Effect.RESTART: (
        "restart", "restarts", "restarting", "re-start", "refresh", "re-boot", "relaunch",
        "respawn", "bounce", "kick", "kickstart", "kick-start", "cycle", "recycle", "reload", "reset", "rerun",
        "re-run", "restarted", "restrat", "rstart", "rstrt", "restar", "retsart", "resart",
        "restrt", "reboots", "rst",
    ),
    Effect.REBOOT: (
        "reboot", "rebooting", "re-boot", "reeboot", "rebot", "reboto", "power-cycle",
        "power cycle", "powercycle",
    ),
    Effect.ON: (
        "start", "starts", "starting", "launch", "enable", "enabled", "activate", "resume", "up",
        "online", "connect", "ifup", "on", "unpause", "strat", "satrt", "startup", "fire up",
        "no shut", "no shutdown",
        "spin up", "boot up", "run", "boot", "bring up", "kick off", "power up", "power on",
        "begin", "bgin", "raise", "reconnect", "open", "put up", "light up",
        "illuminate", "switch on", "turn on", "load", "hook up", "make available", "access",
        "add", "use", "plug in", "mount up", "lit", "solid", "steady", "steady on", "lit mode",
    ),
    Effect.OFF: (
        "stop", "stops", "stopping", "halt", "kill", "terminate", "disable", "disabled",
        "deactivate", "pause", "down", "offline", "disconnect", "ifdown", "off", "shut",
        "shutdown", "quit", "stp", "sotp", "dwon", "donw", "diwn", "dwn", "dn", "cut", "drop",
        "end",
        "turn of", "switch of", "shut of",
        "take down", "bring down", "shut off", "switch off", "turn off", "power off",
        "power down", "darken", "extinguish", "douse", "put out", "release", "unplug", "remove",
        "close", "lower", "dark", "unlit", "dimmed out", "dark mode", "silence", "mute",
    ),
    Effect.BLINK: (
        "blink", "blinking", "blinks", "flash", "flashing", "strobe", "flicker", "blnk", "bilnk",
        "pulse", "pulsing", "blinky",
    ),
    Effect.MOUNT: (
        "mount", "mounting", "mnt", "moutn", "muont",
    ),
    Effect.UNMOUNT: (
        "unmount", "umount", "un-mount", "dismount", "eject", "unmounting", "ejecting", "unmout",
        "unmoutn", "umnount", "detach",
    ),
}
# Constructions that say an effect around other words ("give nginx a kick", "X should be
# stopped").
_GAP = r"(?:\s+\S+){0,4}?\s+"
_MODAL = r"\b(?:should|needs? to|must|has to|have to|ought to)\s+be\s+"
EFFECT_PHRASES: dict[Effect, str] = {
    Effect.RESTART: rf"\b(?:needs?|wants?|could use) (?:a )?(?:restart(?:ing)?|reboot(?:ing)?|"
    rf"bounc(?:e|ing)|kick)\b"
    rf"|{_MODAL}(?:restarted|rebooted|bounced)\b"
    rf"|\bturn(?:ed)?{_GAP}off and (?:back )?on(?: again)?\b"
    rf"|\bgive{_GAP}(?:a )?(?:kick|restart|bounce|nudge)\b",
    # "light the amber LED": the verb only where a request starts
    Effect.ON: r"(?:^|(?<=[,.;!] )|(?<=please )|(?<=pls ))light(?= (?:the|it|that|this|both|all|my|"
    r"our|up)\b)|"
    rf"\bget\b.{{0,40}}\b(?:going|running|started|back)\b"
    # (round 51) "kick the floor loop on": a kick that says on is a start
    rf"|\bkick{_GAP}on\b(?! (?:the|a|an|my|our|its|their|this|that) )"
    # ("kick it off now": a kick that says off is a start, as "kick off" is)
    r"|\bkick (?:it|them|that|this) off\b"
    rf"|{_MODAL}(?:started|enabled|running|up|brought up|online|on)\b",
    Effect.OFF: rf"{_MODAL}(?:stopped|disabled|halted|killed|taken down|shut down|brought down|"
    rf"offline|off|down)\b",
    Effect.UNMOUNT: r"\bsafely remove\b",
    Effect.CONSOLE: r"\b(?:console|getty|login prompt|login|terminal|shell)\b",
}
EFFECT_PATTERNS: dict[Effect, str] = {
    effect: "|".join(p for p in (
        rf"\b(?:{_words(*EFFECT_WORDS[effect])})\b" if effect in EFFECT_WORDS else "",
        EFFECT_PHRASES.get(effect, "")) if p)
    for effect in Effect if effect in EFFECT_WORDS or effect in EFFECT_PHRASES
}
EFFECT_RES = {effect: re.compile(p) for effect, p in EFFECT_PATTERNS.items()}

# The power profiles, by what people call them.
PROFILES: dict[str, re.Pattern[str]] = {
    "performance": re.compile(
        # (not "max power saving", "maximum battery life", "full power save": the most saving)
        r"\b(?:performance|max(?:imum)?(?! (?:(?:power|battery|energy|pwr) ?)?sav|(?: battery| eco| energy))"
        r"(?: power| speed| performance)?|maxn|perf|turbo|full (?:power(?! ?sav)|speed|throttle)|fastest|"
        r"high[- ]performance|perf(?: mode)?|go fast|boost|(?:top )?speed|fast mode)\b"),
    "powersave": re.compile(
        r"\b(?:(?:power|powr|pwr|pow) ?sav(?:e|ing|er)|battery (?:saver|saving|mode)|eco(?: mode)?|low[- ]power|"
        r"save (?:power|energy|battery)|energy[- ]sav(?:ing|er)|least power|go easy on (?:the )?"
        r"power|conserve (?:power|energy|battery)|quiet mode|minimal power|lowest power|saving "
        r"mode|save mode|low energy|sip (?:power|battery|energy)|(?:stretch|spare|save) the battery|"
        r"(?:use|draw) (?:as )?little (?:power|energy)(?: as possible)?)\b"),
    "balanced": re.compile(
        # ("switch back to normal": the profile is "normal", after a verb that may say "back to")
        # (not balancing done by people: "after we balance the tills")
        r"\b(?:balanced|(?<!we )(?<!i )(?<!they )(?<!you )balance(?! (?:the|our|my|a|an|their|his|her|its|"
        r"books|accounts|tills?)\b)|normal(?: power)?|default(?: power)?|standard|"
        r"(?<!switch )(?<!change )(?<!go )(?<!set )(?<!move )(?<!put it )(?<!get it )back to normal|auto(?:matic)?"
        r"(?: power)?|regular|medium|middle(?! of\b))\b"),  # (not "froze in the middle of a call")
}
PROFILE_CONTEXT = re.compile(r"\b(?:power|profile|mode|cpu|governor|energy|battery|ups|run in|"
                             r"performance|turbo|eco|saver|powersave)\b")

# Requests the catalog cannot carry out. A verb counts only when it comes before any catalog
# verb ("mount sdc1 so I can copy files onto it" is still a mount); a modifier counts anywhere
# ("enable nginx at boot": the catalog cannot make anything persistent).
OUT_OF_CATALOG_VERB = re.compile(
    r"(?<![\w.@-])(?:format|wipe|erase|delete|rm|purge|renew|"
    r"(?:un)?ban(?= +(?:the|this|that|player|players|user|users|ip|ips|him|her|them|account|\d))|"
    # a reload re-reads a configuration in place; a restart is not what was asked
    r"reload (?:the |its |their |my )?(?:[\w@.-]+ )?(?:config(?:uration)?s?|conf|cfg)\b|"
    r"empty(?= (?:the|my|our|all|its|this|that)\b)|release (?:the )?(?:dhcp|lease|ip)|"
    r"(?:drain|cordon|uncordon)(?= +(?:the|this|that|it|k8s|node|worker)\b)|speed ?test|"
    # a container's or process manager's CLI acts on what it runs, not on a systemd unit
    r"^(?:sudo )?(?:docker(?:-compose| compose)?|podman|kubectl|k3s kubectl|helm|pm2|"
    r"supervisorctl|lxc|incus|virsh)(?: compose)? +(?:restart|start|stop|kill|rm|run|exec|pull|"
    r"up|down|logs|ps|rollout|delete|apply|scale|get|describe|drain|cordon|reload|update|"
    r"pause|unpause)(?= +\S)|clean ?up|clear|truncate|rotate|vacuum|update|"
    r"upgrade|install|uninstall|reinstall|download|upload|ping|traceroute|nslookup|dig|curl|"
    r"wget|ssh into|chmod|chown|rename|copy(?![ -](?:stand|desk|room|editor|shop|machine|station|cam(?:era)?)s?\b)|"
    r"move|mv|back up (?:the|my|all|your|our|files|data|"
    r"everything|database|db)|backup (?:the|my|all)|"
    # ("back up influxdb onto the stick": not "bring influxdb back up")
    r"back ?up [\w@.-]+ (?:onto|to|into|on)\b|"
    # ("cp" of what it copies, not "the CP rectifier monitor": cathodic protection's)
    r"cp(?= +(?:-|/|~|\.|\$|(?:the|my|our|all|these|those|it|them|files?|logs?|data|config\w*|everything|"
    r"backups?)\b|\S+\.\w{1,4}\b))|"
    r"screenshot|screen ?shot|mask|unmask|schedule(?! (?:a |the )?reboot)|fsck|repair|defrag|partition|encrypt|"
    # (round 35) "open the cd tray", "put the outstation on hold"
    r"open (?:the )?(?:cd |dvd |disc |optical |drive )?tray|(?:put|place|keep) (?:[\w@.-]+ ){1,4}on hold\b|"
    r"decrypt|block|unblock|whitelist|blacklist|port ?forward|add (?:a )?(?:new )?user|create|"
    # what a database holds: "drop the old mission tables from postgres"
    r"drop (?:the |all |old |all the )*(?:[\w-]+ ){0,3}(?:tables?|databases?|dbs?|rows?|index(?:es)?|schemas?|columns?|"
    r"records?|collections?|views?|users?|roles?)\b|"
    # (round 43) what is done to files: "anonymise today's scans before they go out"
    r"anonymi[sz]e|pseudonymi[sz]e|de-?identify|redact|compress|zip|unzip|transcode|"
    r"remove (?:the )?user|passwd|set (?:the |a )?(?:date|time|clock|ip|dns|gateway|route|fan|"
    r"volume|brightness|resolution|hostname|timezone|password)|change (?:the )?(?:\w+ )?"
    r"(?:password|hostname|ip|name|ssid|channel|colou?r|timezone)|join|pair|scan|"
    r"factory[- ]reset|flash (?:the )?(?:new )?(?:bios|firmware|image|os|rom)|sleep|hibernate|"
    r"suspend|dim|joke|weather|poem|haiku|song|story|calculate|search|google|email|e-mail|"
    r"(?:re)?boot (?:from|off|into)(?! (?:the )?(?:new|other|next) (?:slot|os|system))|"
    r"systemctl (?:enable|disable|mask|unmask|edit|set-property|daemon-reload)|"
    r"kill (?:process|pid|-9|all)|kill \d+|open (?:up )?port|close port|iptables|ufw|"
    r"give (?!me\b)(?:my |our |the |a |an )?[\w-]+ (?:an? )?(?:login|account|access|password|"
    r"key)|"
    r"add (?:an? |the )?(?:[\w.-]+ ){0,2}(?:jobs?|tasks?|entry|entries|rules?|users?|"
    r"cron(?:jobs?|tabs?)?|schedules?|timers?)|"
    # what the device drives is no service: "open valve 3", "turn down the stream audio"
    r"(?:open|close|shut) (?:the )?(?:[\w.-]+ ){0,2}(?:valves?|doors?|gates?|locks?|barriers?|"
    r"shutters?|blinds?|hatch(?:es)?|taps?|sluices?|vents?|dampers?)|"
    r"turn (?:up|down) (?:the )?(?:[\w.-]+ ){0,3}(?:audio|sound|volume|gain|music|mic|heating|heat|heaters?|cooling|"
    r"temperature|temp|thermostat|ventilation|aircon|air ?con|fans?|brightness)|"
    # (said around it: "turn the PA down", "turn the cold room down two degrees"; faster or slower, warmer or colder)
    r"turn (?:the )?(?:[\w.-]+ ){0,3}(?:up|down) (?:by )?(?:\d+|one|two|three|four|five|a few|a couple of|a bit|"
    r"a little|a notch)\b|turn (?:the )?(?:[\w.-]+ ){0,2}(?:pa|speakers?|audio|sound|volume|music|heating|heat|"
    r"heaters?|temperature|temp|thermostat|fans?|aircon|cold room|freezer|fridge|darkness|contrast|speed|salinity|"
    r"pressure|flow|dose|dosing|rate|level)\s+(?:up|down)\b|"
    r"turn (?:up|down) (?:the )?(?:[\w.-]+ ){0,3}(?:darkness|contrast|speed|salinity|pressure|flow|dose|dosing|rate|"
    r"level)\b|\b(?:slow|speed) (?:the |it |them )?(?:[\w.-]+ ){0,3}(?:down|up)\b|"
    r"\b(?:run|make|set|turn|get|keep)\s+(?:the |it |them )?(?:[\w.-]+ ){0,3}(?:slower|faster|louder|quieter|warmer|"
    r"cooler|colder|hotter|brighter|dimmer)\b|"
    # (muting audio is a level, not the program stopped: "mute the PA", "silence the speakers in zone 2")
    r"(?:mute|unmute|silence) (?:the )?(?:[\w.-]+ ){0,3}(?:pa|speakers?|audio|sound|music|mics?|microphones?|"
    r"paging|announcements?|intercom|tannoy|amps?|amplifiers?|channels?|zones?)\b|"
    r"(?:kill|terminate|end) (?:the |that |this |a |all )?(?:[\w@.-]+(?:'s)? ){0,3}"
    # (and a process in other languages: "kill den Prozess von X", "kill processo X", "kill proses X")
    r"(?:process(?:es)?|pids?|tasks?|jobs?|prozess(?:e|es)?|proces(?:y|u|em|a|s|sen|set)?|processo|processus|"
    r"proses|proceso|süreci?|sureci?|tiến trình|tien trinh)|\bkill\b[^,.;]*\s-(?:9|kill|sigkill|hup|term)\b|"
    # (round 44) a signal sent, a failed state reset, a unit's setting, start at boot: "kill -HUP mosquitto",
    # "systemctl reset-failed the spooler", "set mosquitto Restart=always", "end task node-red"
    r"kill -\w+|reset-failed|\b\w+=(?:always|on-failure|no|yes|true|false)\b|"
    r"(?:to )?(?:start|run|come up) (?:automatically|on (?:its own|boot|startup)|at (?:boot|startup))|end task|"
    r"run (?:a |an |the )?(?:[\w.-]+ ){0,3}(?:tests?|speedtests?|scans?|checks?|benchmarks?|backups?|scripts?|"
    r"commands?|jobs?|updates?)|add (?:a |an |the )?new|add (?:[\w.-]+ ){1,4}(?:to|as|with)|"
    r"turn (?:the )?volume|volume (?:up|down|to|louder|quieter)|configure|set up|setup|"
    r"roll ?back|downgrade|patch|compile|rebuild|export|import|overclock|undervolt|calibrate|"
    r"benchmark|send|share|expose|restore (?:the |a |my )?(?:backup|snapshot|database|db|files?|"
    r"data)|switch to (?:the |a )?(?:wifi |wireless )?(?:network|ssid)|reset (?:the )?"
    # (a unit's own figures said between: "reset the xrf on bench 2 counters")
    r"(?:[\w@.-]+ ){0,4}(?:password|settings|config(?:uration)?|counters?|statistics|stats|totals|"
    r"tall(?:y|ies)|(?:high ?)?scores?(?: tables?)?|rankings?|history))(?![\w.@-])")
_FEATURES = (r"persistence|logging(?! (?:off|on|in|out)\b)|analytics|telemetry|sign-?ups|usage stats|editor|frontend|"
             r"web ?ui|permit join|(?:root |password )?logins?|discoverable|discovery|server mode|"
             r"monitor mode|emails?|(?:wlan\d*|wifi|wireless|eth\d*) power ?sav(?:e|ing)|"
             r"power management|energy efficient ethernet|eee|dhcp|wol|wake on lan|"
             r"autoneg(?:otiation)?|mesh|roaming|ipv6|debug(?: mode| logging)?|verbose|tls|ssl|"
             r"auth(?:entication)?|caching|cache|compression|rate limit(?:ing)?|access logs?|"
             # (round 43) what a program sends or checks by itself: "stop nginx phoning home", "turn off ssh tracing"
             r"(?:phoning|calling) home|phone-? ?home|call-? ?home|crash[- ]?report(?:s|ing)?|update[- ]?checks?|"
             r"tracing|heartbeats?|(?:usage|metrics|error) reporting")
# (what serves the feature is a program: "stop the dhcp server", "the login manager")
_NOT_A_FEATURE = (r"-?(?:server|daemon|service|client|relay|agent|proxy|network|vpn|node|manager|"
                  r"screen|prompt|shell|console|page|gateway|bridge|container|app|"
                  # (nor a light or a monitor named by it: "the heartbeat led")
                  r"led|light|lamp|indicator|monitor)s?\b")
OUT_OF_CATALOG_MODIFIER = re.compile(
    r"(?<![\w.@-])(?:at boot|on boot|at startup|on startup|after boot|autostart|auto-start|from starting|--now|"
    # (round 51) "make the wifi come up by itself at every boot"
    r"(?:at|on|after) (?:every|each) (?:boot|reboot|startup|restart|power[- ]?up)|by itself (?:at|on|after) (?:boot|"
    r"startup|power[- ]?up)|"
    r"come up on boot|permanently|persistent(?:ly)?|"
    # a part of what a unit serves, not the unit: "kill my ssh session", "close the vnc tab"
    r"\b(?:my|the|his|her|your|their|this|that|all|our) (?:(?:[\w@.-]+ ){1,2}(?:tabs?|"
    r"quer(?:y|ies)|pairings?)|(?:ssh|vnc|rdp|remote desktop|terminal|shell|tmux|mqtt|database|db) "
    r"(?:connections?|sessions?))\b|"
    # what is not to happen to it: "stop nginx from crashing", "stop wlan0 flapping"
    r"from (?:going|timing|dropping|falling|shutting|powering) (?:down|out|off|offline|asleep)|"
    r"from \w{3,}ing|(?<=\bstop )(?:the |my |our )?[\w@.:-]+(?: [\w@.:-]+)? (?:crashing|"
    r"flapping|dropping(?: out)?|dying|hanging|freezing|timing out|disconnecting|overheating|"
    r"spamming|crash-?looping|looping|restarting|rebooting|going (?:down|offline|off))|"
    r"(?<!takes )(?<!take )(?<!took )(?<!taking )(?<!loads )(?<!load )(?<!loading )"
    r"(?<!spins )(?<!spinning )(?<!hangs )(?<!waits )(?<!waiting )forever|for good|every "
    r"(?:night|day|hour|week|morning|time|weekend|month|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|(?<!the )(?:nightly|daily|weekly|hourly)|brightness|process \d+|"
    r"pid \d+|port \d+|static ip|ssid|password|"
    r"hostname|timezone|(?<!with the )(?<!with )firmware(?! (?:stick|usb|drive|disk|card|key|thumb ?drive))|bios|"
    r"by -?\d+(?:\.\d+)? ?(?:db|%|percent|degrees?))(?![\w.@-])"
    r"|\bconnect\b.{0,30}\bto (?:the )?(?:network|ssid|wifi|access point|hotspot|\w+net)\b"
    r"|\bto (?:the )?(?:latest|newest|new|next|last) (?:version|release|build|revision)\b"
    # another device ("stop nginx on the other server"), a value to turn to ("the oven up to 230")
    r"|\bon (?:the |my |our )?(?:other|another|second|remote|spare|neighbou?ring|old) (?:server|box|"
    r"machine|host|pi|device|node|computer|gateway|unit|board)\b"
    r"|\b(?:turn|crank|dial|set|put|bump|spin|ramp|slow|throttle)\b[^,.;!?]{0,50}\b(?:up|down) to -?\d+"
    # a value a program keeps to, not the program: "turn the humidity setpoint up"
    r"|\b(?:setpoint|set point|set-point|target temperature|thresholds?)\b"
    # a setting put back, not a restart: "reset the detector calibration to factory"
    # (not "set the power profile to default")
    r"|\bcalibrations? (?:to|back)\b|\bto (?:the )?(?:factory|defaults)\b|"
    r"\b(?:factory|default) (?:settings|values|calibration)\b"
    # all of a kind at once, or all but one: one at a time
    r"|\ball (?:the |of the )?(?:services|units|daemons|interfaces|links|drives|disks|leds|"
    r"lights)\b|\b(?:all|everything) (?:but|save|except)\b|\bevery (?:service|unit|daemon|"
    r"interface|drive|disk|led|light)\b"
    # the device's power, not its power LED: "turn off the power", "cut the power"
    r"|\b(?:turn|switch|shut|cut|kill|pull)(?: (?:off|down|on))? (?:the |all )?(?:main )?"
    r"power(?: supply)?\b(?!\s*(?:led|light|lamp|indicator|profile|mode|sav\w+|plan|governor|"
    r"button|usage|draw|consumption)\b)"
    # a feature of a program or a link turned off or on, not the program or the link:
    # "disable mosquitto persistence", "eth0 dhcp off", "wlan0 power save off"
    rf"|\b(?:disable|enable|turn (?:off|on)|switch (?:off|on)|deactivate|activate|stop|kill)\b"
    # (not a name that holds the word: "mesh-led", "gal:green:mesh")
    rf"[^,.;!?]{{0,40}}(?<![\w:.@-])(?:{_FEATURES})(?![\w:.@-])(?!\s*(?:{_NOT_A_FEATURE}))|"
    rf"(?<![\w:.@-])(?:{_FEATURES})\s*(?::\s*)?(?:off|on\W*$|disabled|enabled)\b|"
    # (its own updates, said after its name: "turn off ssh auto update", not "stop the auto updates" of
    # unattended-upgrades)
    r"\b(?:disable|turn off|switch off|stop|kill)\s+(?:the\s+)?(?!the\b)[\w@.'-]+(?:\s+[\w@.'-]+){0,3}?\s+"
    r"auto[- ]?updat(?:e|es|ing)\b")


# Another device or place, said in the clause that asks: "restart docker on the nas",
# "bluetooth on my phone is off", "restart nginx in staging"
ELSEWHERE = re.compile(
    r"\b(?:on|in) (?:my|his|her|their|your|the|our) (?:phone|laptop|pc|computer|tablet|ipad|"
    r"iphone|watch|car|tv|desktop|mac|nas|workstation)\b|\bin (?:staging|prod|production|the "
    r"docs)\b|"
    # ("stop mosquitto on the sister ship", "restart grafana on the shore server", "... on your side")
    r"\b(?:on|at) (?:the|our|my) (?:other|sister|shore|office|remote|home|main) (?:boat|ship|vessel|"
    r"server|site|box|pc|office|machine|device|unit|plant)\b|\bon (?:your|their) (?:side|end)\b")


# Another machine rebooted or restarted: "reboot the router", "the till needs a reboot", "give the mesh node a
# reboot" (unless the device has something of that name: then it is its unit)
# (not a pc or a computer: the device itself, as often as not; nor a sip phone, a program)
_OTHER_MACHINE = (r"(?P<machine>router|modem|isp box|access point|mesh node|extender|repeater|tablet|ipad|"
                  r"(?<!sip )(?<!voip )(?<!soft)(?<!ip )phone|laptop|till|card terminal|payment terminal|pos terminal|"
                  r"printer|tv|smart tv|nas|starlink|dish|switch(?! to\b)|firewall)")
_ANOTHER_MACHINE = (
    re.compile(r"\b(?:reboot|power ?cycle|restart|reset|bounce)\s+(?:the |our |my |that |this |their |his |her )?"
               rf"(?P<said>(?:[\w-]+ ){{0,2}}?{_OTHER_MACHINE})(?=\s*(?:$|[,.;!?]|(?:now|please|pls|in|at|for|again|"
               r"too|asap|quickly|later|tonight|first|as well|when|once|after|before|real quick|quick|real fast)\b))"),
    re.compile(rf"\b(?:the |our |my )?(?P<said>(?:[\w-]+ ){{0,2}}?{_OTHER_MACHINE}) (?:needs|could use|wants|"
               r"is due) (?:a |another )?(?:reboot|restart|power ?cycle|rebooting|restarting|power ?cycling)\b"),
    re.compile(rf"\bgiv?e? (?:the |our |my )?(?P<said>(?:[\w-]+ ){{0,2}}?{_OTHER_MACHINE}) (?:a |another )?"
               r"(?:quick |good )?(?:reboot|restart|power ?cycle|kick|bounce|nudge)\b"))
# (round 51) "the router is down, reboot it", "the router frozen, reboot": what fails said first, then rebooted
_ANOTHER_MACHINE_FAILING = re.compile(
    rf"^\W*(?:the |our |my )?(?P<said>(?:[\w-]+ ){{0,2}}?{_OTHER_MACHINE})(?: is|'s| has| seems)? "
    r"(?:down|frozen|stuck|dead|hung|hanging|offline|crashed|not responding|unresponsive|acting up|playing up)"
    r"[^.;!?]{0,40}?[,.;:!-]+\s*(?:please |pls |can you |could you )?(?:reboot|restart|power ?cycle|bounce|reset)"
    r"(?: (?:it|that|him))?(?: (?:now|asap|please|pls|in \d+ ?\w+|in an? \w+))*\W*$")


def another_machine(text: str) -> tuple[str, str]:
    """The other machine a reboot or restart is asked of, and the words that name it, or ("", "")."""
    return next(((m["machine"], m["said"]) for p in _ANOTHER_MACHINE if (m := p.search(text))), ("", ""))


def another_machine_failing(text: str) -> tuple[str, str]:
    """The other machine said to fail, then rebooted with nothing else named, and the words that name it, or
    ("", "")."""
    found = _ANOTHER_MACHINE_FAILING.search(text)
    return (found["machine"], found["said"]) if found else ("", "")


# Powering the device off (not the same as taking something down): not in the catalog. Said
# with the device as its object, whatever else the device's names say ("power the box off").
POWER_THE_DEVICE_OFF = re.compile(
    r"\b(?:power|shut|turn|switch) (?:the |this |that |our |whole |entire )*(?:device|box|system|machine|pi|"
    r"gateway|router|computer|server|unit|appliance|everything|it all) (?:off|down)\b|"
    # ("power the whole thing off for the night": all of it, whatever LED says power)
    r"\b(?:power|shut|turn|switch) (?:the |this |that |our )*(?:whole|entire) (?:thing|lot|setup|set-up|kit|rig|"
    r"shebang|place) (?:off|down)\b|"
    # (a box said by what it is for: "power off the timing box")
    r"\b(?:power|shut) (?:off|down) (?:the |this |that |our )?(?:[\w-]+ ){1,2}(?:box|device|appliance|machine|pc|"
    r"computer|gateway)\b|"
    # ("switch the kura box off", "kill the hare box", "the timing box off pls": a box is the device's, never a
    # service's nor a drive's)
    r"\b(?:(?:power|shut|turn|switch) (?:the |this |that |our )?(?:[\w-]+ ){1,2}box (?:off|down)|"
    r"(?:kill|unplug) (?:the |this |that |our )?(?:[\w-]+ ){0,2}box)\b|"
    r"^(?:the |this |that |our )?(?:[\w-]+ ){1,2}box (?:off|down)\b")
POWER_OFF = re.compile(
    r"\b(?:shut ?down|power (?:off|down)|poweroff|switch off|turn off|halt)\b[^,.;!?]{0,20}\b"
    r"(?:device|box|system|machine|gateway|router|computer|pc|server|pi|unit|node|hub|board|"
    r"everything|it all)\b|^(?:shut ?down|poweroff|power off|halt)(?: now| please| pls)?\W*$|"
    + POWER_THE_DEVICE_OFF.pattern)

# The device itself, when a restart is said of it.
SELF = re.compile(
    r"\b(?:whole|entire|complete|full|device|box|system|machine|gateway|router|computer|pc|pi|raspberry|unit|node|hub|"
    r"board|appliance|everything|whole thing|this thing|kiosk box|controller|jetson|nuc|host|"
    r"sbc|rig|station|till|it)\b")

STATUS_TOPICS: list[tuple[str, re.Pattern[str]]] = [
    # ("the controller", not "the tracker controller": a unit)
    ("model", re.compile(r"\b(?:model|llm|language model|ai|(?:the|your|this|our|llm|ai)[ -]controller|"
                         r"^controller|context|brain|"
                         r"inference engine|onnx|assistant|(?:are|do|did|will|can) you (?:run|"
                         r"use|using|running))\b")),
    # (not a drive named for what it holds: "is the log drive mounted")
    ("events", re.compile(r"\b(?:events?|happen(?:ed|ing)?|udev|history|recent(?:ly)?|"
                          r"logs?(?! (?:drives?|disks?|sticks?|partitions?|cards?|ssds?|usbs?|volumes?)\b)|"
                          r"overnight|trips?|tripped|lately|last (?:hour|day|minute|\d+ \w+)|since|plugged in "
                          r"(?:during|since|in the last|recently|lately|today))\b")),
    ("storage", re.compile(r"\b(?:disk|disks|space|storage(?:-wise)?|drives?|mounted|mounts?|"
                           r"usb|sd ?card|partitions?|filesystems?|free space|full|stick|ssd)\b")),
    ("network", re.compile(r"\b(?:network|networking|online|internet|connected|connection|"
                           r"interfaces?|ip|ips|wifi|wi-fi|wlan\d*|eth\d*|lte|link|links|modems?|"
                           r"sim|4g|5g|net|"
                           r"wg\d*|wireguard|tun\d*|wwan\d*|en[ops]\w+|wl[ops]\w+|tailscale\d*|"
                           r"can\d+|can ?bus|end\d+|usb\d+|br\d+|docker\d+|"
                           r"ethernet|wireless|offline|dns|reachable|signal|cellular|vpn|"
                           r"tunnels?|access points?|aps?|hotspots?|ssids?)\b")),
    ("system", re.compile(r"\b(?:status|system|health|healthy|load|uptime|cpu|memory|ram|"
                          r"running|temperature|temp|services?|doing|overview|state|usage|"
                          r"alive|ok|okay|fine|stats|sys|active|up|version|online|"
                          r"failed|failing|failures?|broken|wrong|problems?|issues?)\b")),
]
# "Never mind": nothing to do, said as such.
_UNDONE = (r"(?:that|it|this|the request|my request|my last (?:command|request|message)|what i "
           r"said|waht i said|the last one|the order|that command|the whole thing|the previous "
           r"request|that instruction|that request|all that)")
CANCEL = re.compile(
    r"^\W*(?:(?:hi|hey|ok|okay|so|um|please|well|oh|no|on second thought|actually|wait)[,!.]?\s*)*"
    r"(?:never ?mind(?: that)?|nevermind|nothing(?: for now| needed| to do)?|no action(?: needed)?|"
    r"do nothing|don'?t do anything|no(?:pe)?|nah|no thanks?|no thank you|not now|not needed "
    r"anymore|hold (?:off|on)|leave it(?: be)?|let it be|belay that|stand down|no need|pass|skip|"
    r"abort|don'?t bother|i changed my mind|we'?re good|all (?:good|fine)|it'?s fine|as you "
    r"were|stop right there|don'?t|do not do that|"
    r"(?:cancel|forget|ignore|drop|scrap|skip|undo|disregard|abort|call off|scratch|never mind|"
    r"revoke|withdraw|don'?t do|stop|kill|belay) " + _UNDONE + r"|cancel)"
    r"(?:[,.!]?\s*(?:thanks?|thx|please|pls|all good|leave it|nothing to do|no action needed|"
    r"actually|now|for now|"
    r"don'?t))*\W*$")

# An action taken back by its name ("cancel the nginx restart", "stop the reboot"): the catalog
# has nothing that cancels, and doing the action named is the opposite of what is asked.
CANCEL_ACTION = re.compile(
    # (not what a thing will not stop doing: "red light won't stop blinking, turn it off")
    r"(?<!won't )(?<!wont )(?<!doesn't )(?<!doesnt )(?<!didn't )(?<!can't )(?<!keeps )"
    r"\b(?:cancel|drop|scrap|abort|call off|stop|halt|kill|undo|revoke|postpone|delay|hold|"
    r"forget|scratch|belay|nix|park|shelve|table|defer|pause|ditch|skip|disable|turn off|"
    r"switch off|end) "
    r"(?:the |that |this |my |any |your )?(?:pending |scheduled |planned |upcoming |queued )?"
    r"(?:[\w@-]+(?:\.[\w@-]+)* ){0,2}(?:reboot|restart|shutdown|bounce|power ?cycle|blink(?:ing)?|"
    # (not a unit named by what it does: "stop the UPS shutdown controller")
    # ("kill the blinking yellow call light": a light said of, two words on)
    r"flashing)s?\b(?! (?:[a-z]+ )?(?:leds?|lights?|lamps?|indicators?|beacons?|one)\b)"
    r"(?<!ing(?= [a-z]+ [a-z]+ (?:leds?|lights?|lamps?|indicators?|beacons?)\b))"
    r"(?! (?:controller|manager|service|daemon|script|timer|helper|monitor|agent|"
    r"watcher|watchdog|handler|scheduler|job|unit|hook|logic|policy|notifier|guard)\b)|"
    # "reboot disabled", "set reboot to off", "nginx restart: false", "power led blink off":
    # a setting, not a request
    r"\b(?:reboot|restart|shutdown|blink|blinking|flashing)s?\s*(?:disabled\b|"
    r"(?:to |: ?|= ?|-> ?)?off\b|"
    r"(?::|=|->) ?(?:false|0|no|skip|never)\b)")

# Questions no status report answers: the catalog has nothing for them.
SMALL_TALK = re.compile(r"\b(?:weather|joke|poem|haiku|song|story|news|meaning of life|who are "
                        r"you|your name|time is it|what time|date today|capital of|recipe|"
                        r"translate|calculate)\b")
STATUS_ASK = re.compile(r"\b(?:status|show|list|report|display|tell me|give me|check|how "
                        r"much|how many|which|what|what's|whats|is|are|any|anything|overview|"
                        r"info|stats|sys|how's|hows|how is|how are|usage|health)\b")


@dataclass(frozen=True)
class Found:
    effect: Effect
    start: int
    end: int


# Single-word verbs a typo of which still says the effect ("sttop", "relaunnch", "acctivate").
TYPO_VERBS: dict[str, Effect] = {
    **dict.fromkeys(("restart", "relaunch", "refresh", "bounce", "recycle", "reload"),
                    Effect.RESTART),
    **dict.fromkeys(("reboot",), Effect.REBOOT),
    **dict.fromkeys(("start", "launch", "activate", "enable", "begin", "resume"), Effect.ON),
    **dict.fromkeys(("stop", "halt", "kill", "terminate", "disable", "deactivate",
                     "disconnect", "shutdown"), Effect.OFF),
    **dict.fromkeys(("blink", "flash", "flicker"), Effect.BLINK),
    **dict.fromkeys(("mount",), Effect.MOUNT),
    **dict.fromkeys(("access", "attach"), Effect.ON),
    **dict.fromkeys(("unmount", "dismount", "eject"), Effect.UNMOUNT),
}
_WORD = re.compile(r"(?<![\w.@/-])[a-z]{5,12}(?![\w.@/-])")


# English words (and well-known programs) one or two letters away from a verb: spelled right,
# they mean themselves ("unbound restart": the DNS resolver, not an unmount).
_REAL_WORDS = frozenset(["unbound", "rebound", "abound", "amount", "account", "discount",
                         "restore", "restrict", "restrain", "startx", "stay", "step", "stoop",
                         "store", "unbind", "remind", "reboots", "rstudio", "smart", "stark",
                         "stare", "spark", "sport", "short", "shop", "stock", "stamp", "lunch",
                         "blank", "brink", "bling", "blind", "flask", "flush", "flesh",
                         "attack", "elect", "stars", "activity", "actively", "activist",
                         # (round 37) "retort 2 bridge hung", "the ticket terminal froze"
                         "retort", "restate", "resort", "terminal", "terminals", "stow",
                         "actuate", "activator", "erect", "stomp", "stopper", "stoppers",
                         # (round 39) "stop the active absorption loop"
                         "active"])


def _mistyped(word: str, verb: str) -> bool:
    from llmos.agent.controller.language.ground import damerau  # one edit, two if long

    if word == verb + verb[-1]:
        return True  # a key held down: "stopp", "restartt"
    if word.startswith(verb) or word in _REAL_WORDS:
        return False  # an inflection ("unmounted") or another word, not a typo
    allowed = 1 if len(verb) <= 6 else 2
    return word[0] == verb[0] and damerau(word, verb, allowed) <= allowed


def _outside_names(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, but not one that begins inside a name ("power on" of "turn
    green:power on": the "on" after it is still found)."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        if re.match(r"\w[:@._]", text[max(0, m.start() - 2):m.start()]):
            at = m.start() + 1
            continue
        yield m
        at = max(m.end(), m.start() + 1)


@memo.recent_list
def effects(text: str) -> list[Found]:
    """Every effect phrase in the text, in order; a phrase inside a longer one ("cycle" in
    "power cycle") is not counted on its own; a mistyped verb counts as the verb."""
    found = [Found(effect, m.start(), m.end()) for effect, pattern in EFFECT_RES.items()
             for m in _outside_names(pattern, text)]
    taken = [(f.start, f.end) for f in found]
    for m in _WORD.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        verb = next((v for v in TYPO_VERBS if _mistyped(m.group(), v)), None)
        if verb:
            found.append(Found(TYPO_VERBS[verb], m.start(), m.end()))
    kept = [f for f in found if not any(
        g.start <= f.start and f.end <= g.end and (g.end - g.start) > (f.end - f.start)
        for g in found) and not (f.effect is Effect.CONSOLE and (
            _A_THING.search(text[:f.start]) or _A_SCREEN.match(text, f.end)
            or _REPORTED_ON.match(text, f.end)))
        and not _COMPOUND_NOUN.match(text, f.end) and not _HYPHEN_HEAD.search(text, 0, f.start)
        and not (f.effect is Effect.BLINK and _A_LIGHT_SWITCHED.match(text, f.end))
        and not (text[f.start:f.end] in ("silence", "mute") and (
            _SILENCE_NOUN.match(text, f.end) or _SILENCE_HAD.search(text, 0, f.start)))
        and not (text[f.start:f.end] in ("on", "off", "up", "down", "run") and _HYPHEN_TAIL.match(text, f.end))
        and not (text[f.start:f.end] in ("up", "down") and _STATE_BEFORE_A_NOUN.search(text, 0, f.start)
                 and _A_NOUN_AFTER.match(text, f.end))
        and not _how_a_light_is(text, f)
        and not (text[f.start:f.end] in ("open", "close", "shut") and _A_MOVING_PART_BEFORE.search(text, 0, f.start))
        and not (text[f.start:f.end] in _EVENT_NOUNS and _HAD_AN_EVENT.search(text, 0, f.start))
        and not (text[f.start:f.end] in ("lit", "solid", "steady") and _COPULA.search(text, 0, f.start))
        and not (text[f.start:f.end] in ("on", "off") and _POWERED_BY.match(text, f.end))
        and not (text[f.start:f.end] == "off" and _RUNNING.search(text, 0, f.start)
                 and _POWERED_BY_SOME.match(text, f.end))
        and not (text[f.start:f.end] == "off" and _MOVING_OFF.search(text, 0, f.start))
        # ("the start times look off by a few seconds": wrong by so much, not switched off)
        and not (text[f.start:f.end] == "off" and _OFF_BY.match(text, f.end) and _SEEMS.search(text, 0, f.start))
        and not (text[f.start:f.end] == "end" and _AN_END.search(text, 0, f.start))
        and not (text[f.start:f.end] in ("shut", "open", "closed") and STUCK.search(text, 0, f.start))
        and not (text[f.start:f.end] == "release" and _A_RELEASE.search(text, 0, f.start))
        and not (text[f.start:f.end] == "up" and _WHATS.search(text, 0, f.start))
        and not (text[f.start:f.end] == "dark" and (_BECAME.search(text, 0, f.start)
                                                     or not _MADE.search(text, 0, f.start)))
        and not (text[f.start:f.end] == "on" and PLACE_AFTER.match(text, f.end) and any(
            (g.end <= f.start and text[g.start:g.end] not in ("on", "off"))
            or (g.start >= f.end and text[g.start:g.end] in ("on", "off")) for g in found))
        and not (_NOUN_AFTER.match(text, f.end) and DETERMINED.search(text, 0, f.start))
        and not (text[f.start:f.end] == "cycle" and _A_CYCLE.search(text, 0, f.start))
        and not (text[f.start:f.end] in ("stop", "end", "start") and _AT_A_TIME.match(text, f.end)
                 and _THINGS_BEFORE.search(text, 0, f.start))
        and not (text[f.start:f.end] in ("online", "offline") and _SAID_OF_WHO.match(text, f.end)
                 and _A_CLAUSE_BEGINS.search(text, 0, f.start))
        # ("the passport with run 0412 on it": a run, numbered, is no verb)
        and not (text[f.start:f.end] == "run" and _NUMBERED.match(text, f.end) and f.start > 0)
        # ("the stick has a readme on it": what a thing carries, not a thing switched on)
        and not (text[f.start:f.end] == "on" and _ON_IT.match(text, f.end) and _CARRIES.search(text, 0, f.start))
        and not (f.effect is not Effect.CONSOLE and _THE_NOUN.search(text, 0, f.start)
                 and (_OF_SOMETHING.match(text, f.end) or _CLAUSE_END.match(text, f.end)))]
    return sorted(kept, key=lambda f: f.start)


_NUMBERED = re.compile(r"\s*(?:no\.?\s*|#)?\d")
_OFF_BY = re.compile(r"\s+by\s+(?:a|an|about|around|some|several|up to|almost|nearly|over|\d)\b")
_SEEMS = re.compile(r"\b(?:looks?|looking|seems?|is|are|was|were|been|appears?|runs?|running|drifted|drifts?|still)"
                    r"(?:\s+\w+)?\s+$")
_ON_IT = re.compile(r"\s+(?:it|them|there)\b")
_CARRIES = re.compile(r"\b(?:has|have|had|got|with|put|saved|stored|wrote|written|copied)\s+(?:a|an|the|some|\w+'s|"
                      r"my|our|his|her|their|no|any)\s[^,.;:!?]{0,40}$")
# Where things stop or start, said of them: "files stop at 0600", "the readings start at 3am" (never "please stop at 6")
_AT_A_TIME = re.compile(r"\s+(?:at|around|after|before)\s+\d")
_THINGS_BEFORE = re.compile(r"\b(?!(?:please|pls|plz|always|just|also|then|and|this|thus|was|is|has)\s)[a-z]{3,}s\s+$")


# Where a thing is, beside the verb that acts on it: "stop the dryer on table 2", "turn the
# dryer on table 2 off" (not "on")
PLACE_AFTER = re.compile(r"\s+(?:the\s+)?[a-z]+\s*#?\d+\b")


# How a light is, said of the one meant: "the LED that's lit", "the blinking amber one"
_LIGHT_STATES = frozenset(["lit", "unlit", "dark", "on", "off", "blinking", "flashing", "flickering",
                           "pulsing", "solid", "steady", "blinky", "flashy", "flickery"])
_WHICH_IS = re.compile(r"\b(?:that|which|who)(?:'s|s| is| are)\s+(?:still\s+|currently\s+|now\s+|"
                       r"already\s+|constantly\s+)?$")
# ("so they know the burner's lit", "whichever light is lit": how a thing is, no request)
_COPULA = re.compile(r"(?:'s|\bis|\bare|\bwas|\bwere|\bstays?|\bremains?)\s+(?:still\s+|now\s+|already\s+)?$")
# ("switch to balanced, it's on mains now", "we're off grid": what powers it, no request)
_POWERED_BY = re.compile(r"\s+(?:the )?(?:mains|battery|batteries|ac|generator|solar|grid|shore power|ups|"
                         r"backup power|wall power)\b")
# ("we're running the room off the trolley UPS": what powers it, said after what runs)
_RUNNING = re.compile(r"\b(?:running|runs|run|powered|powering)(?:\s+[\w'-]+){0,3}\s+$")
_POWERED_BY_SOME = re.compile(r"\s+(?:the |our |a |its )?(?:[a-z-]+ ){0,2}?(?:mains|battery|batteries|generator|"
                              r"genset|solar|"
                              r"grid|shore power|ups|inverter|backup power|wall power)\b")
_A_THING_AFTER = re.compile(r"\s+(?!(?:and|or|to|for|by|in|at|again|now|please|pls|then|first|on|off|"
                            r"up|down)\b)[a-z]")


def _how_a_light_is(text: str, found: Found) -> bool:
    word = text[found.start:found.end]
    return word in _LIGHT_STATES and bool(
        _WHICH_IS.search(text, 0, found.start) or (
            word not in ("on", "off") and _STATE_BEFORE_A_NOUN.search(text, 0, found.start)
            and _A_THING_AFTER.match(text, found.end)))


# A verb's word as the second half of a hyphenated word is part of a name: "the e-stop light",
# "the auto-start script" (the verbs written with a hyphen, "re-start", are matched whole).
_HYPHEN_HEAD = re.compile(r"[a-z0-9]-$")
# "board coming off the dry end", "labels peeling off": where a thing moves, not a request
_MOVING_OFF = re.compile(r"\b(?:com(?:e|es|ing)|came|fall(?:s|ing|en)?|fell|drop(?:s|ping|ped)?|peel(?:s|ing|ed)?|"
                         r"roll(?:s|ing|ed)?|slid(?:e|es|ing)?|fl(?:y|ies|ying|ew)|jump(?:s|ing|ed)?)\s+$")
# "the door release isn't buzzing people in", "the brake release": a thing that releases, a noun
_A_RELEASE = re.compile(r"\b(?:door|brake|quick|mag|magnetic|lock|latch|gate|pressure|emergency|cable|hand|seat|trap|"
                        r"valve|press|barrier|turnstile|bolt|strike)\s+$")
# ("turn the sign dark", "go dark": dark only as what is made so)
_MADE = re.compile(r"\b(?:turn|switch|make|set|go|put|keep|leave)\b[^,.;!?]*$")
# "what's up with it": a question, no "up"
_WHATS = re.compile(r"\bwhat(?:'s|s| is)\s+$")
# "the order board went dark": how it became, told
_BECAME = re.compile(r"(?:\b(?:went|gone|goes|going|is|are|was|were|turned|been)|'s)\s+(?:all\s+|completely\s+)?$")
# "vents stuck shut", "the door's jammed open": how a thing is stuck
STUCK = re.compile(r"\b(?:stuck|jammed|wedged|frozen|seized|hung|locked|welded|latched)\s+$")
# "the dry end", "the back end", "its far end": a noun
_AN_END = re.compile(r"\b(?:the|a|an|its|our|my|their|this|that)\s+(?:[a-z]+\s+)?$")
# ... and a particle as the first half: "the on-air light", "the off-grid inverter" (or "run": "the run-out table")
_HYPHEN_TAIL = re.compile(r"-[a-z]{2,}")

# A verb's word inside a noun phrase, before the noun it qualifies: "the UPS shutdown watcher",
# "the nginx restart script" (not "stop service nginx": no determiner before the verb)
_NOUN_AFTER = re.compile(r"\s+(?:watcher|watchdog|controller|script|timer|handler|policy|hook|"
                         r"routine|logic|scheduler|notice|signal|monitor|daemon|service|job|"
                         r"procedure|helper|manager|agent|unit)\b")
# ("stop milkmeter for the cleaning cycle": a cycle of something, not a restart)
_A_CYCLE = re.compile(r"\b(?:\w+ing|the|a|an|each|every|next|this|that|one|duty|wash|charge|life|"
                      r"sleep|milking|rinse|print)\s+$")
# What ends with a determiner and up to two words: a word after it is in a noun phrase.
# "after the last run of the day", "the restart of nginx failed", "after the bottling run": a
# noun, said of something
_THE_NOUN = re.compile(r"(?<!make )(?<!do )(?<!perform )(?<!schedule )(?<!trigger )(?<!run )"
                       r"\b(?:the|this|that|each|every|its|their|his|her)\s+(?:(?:last|first|next|"
                       r"nightly|daily|weekly|morning|evening|final|previous|scheduled|[a-z]{3,}ing|"
                       r"backup|test|batch|production|print|trial|dry)\s+)?$")
_OF_SOMETHING = re.compile(r"\s+(?:of|at|from)\b")
# (and a courtesy after it: "restart the stop please")
_CLAUSE_END = re.compile(r"\s*(?:(?:please|pls|plz|now|thanks|thx|asap)\b\s*)*(?:[,.;!?]|$)")
# "the down one", "our up link": how a link is, said before it
# What a thing had, said as a noun: "crane 2 threw MCU shutdown", "the PLC had a reset"
_EVENT_NOUNS = frozenset(["shutdown", "reset", "restart", "reboot", "stop", "halt", "trip"])
_HAD_AN_EVENT = re.compile(r"\b(?:threw|throws|had|has|got|gets|reported|reports|showed|shows|logged|logs|hit|"
                           r"triggered|did) (?:an? |the |another )?"
                           r"(?:(?!(?:it|that|this|them|you|me|us)\b)[\w-]+ ){0,2}$")
# How a thing that moves stands, not a request: "stuck showing door open", "lid shut"
_A_MOVING_PART_BEFORE = re.compile(r"\b(?:doors?|gates?|lids?|hatch(?:es)?|windows?|valves?|barriers?|covers?|"
                                   r"drawers?|flaps?|dampers?|shutters?|guards?)\s+(?:still\s+|now\s+)?$")
_STATE_BEFORE_A_NOUN = re.compile(r"\b(?:the|my|our|that|this)\s+(?:(?:red|green|blue|amber|yellow|white|orange|"
                                  r"purple|little|small|big)\s+)?$")  # ("the blue blinky light")
_A_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|for|by|in|at|again|now|please|pls|then|first)\b)[a-z]")
# "online buyers dropped off", "the offline orders": who or what is online, not a request to go online
_SAID_OF_WHO = re.compile(r"\s+(?!(?:the|a|an|it|its|them|this|that|these|those|now|please|pls|again|too|then|and|"
                          r"or|mode|again|asap|first|right)\b)[a-z]{3,}")
_A_CLAUSE_BEGINS = re.compile(r"(?:^\s*|[,;.!?]\s*|\b(?:the|our|all|any|some|no|many|few)\s+)$")
DETERMINED = re.compile(r"\b(?:the|a|an|my|our|your|its|this|that)\s+(?:[\w-]+\s+){0,2}$")

# "the silence detector", "mute button": a thing, not a request to silence
_SILENCE_NOUN = re.compile(r"[\s-]+(?:detector|detection|sensor|monitor|alarm|alert|level|threshold|"
                           r"button|switch|mode|period|window|time)s?\b")
# ("we had 20s of silence", "after the silence": the noun)
_SILENCE_HAD = re.compile(r"\b(?:had|have|has|of|the|a|an|some|no|any|total|dead|radio|more)\s+$")
# A verb's word as the first half of a noun: "the access point", "a restart loop", "the
# mount point", "the start menu"
# "flash light on", "the strobe lamp off": a light named by what it does, switched
_A_LIGHT_SWITCHED = re.compile(r"\s+(?:light|lamp|led|beacon)s?\s+(?:on|off)\b")
_COMPOUND_NOUN = re.compile(r"\s+(?:point|points|loop|loops|menu|button|sequence|request|requests|"
                            r"attempt|attempts|operation|limit|timeout|failure|failures|"
                            # "end of shift", "close of business": when, not what
                            r"of (?:the |this |my |our )?(?:shift|day|business|week|month|year|"
                            r"term|season|semester|trading|session|lesson|class|show|service|"
                            r"line|road|queue))\b(?![-.@])")  # ("restart menu-board": a name)
# "stuck at a black login", "the login screen": a login screen, not a request for one ("give
# me a login" is)
# ("the login prompt is stuck": what is reported on, not a console asked for)
_REPORTED_ON = re.compile(r"\s+(?:is|are|was|were|keeps|has|hangs|froze|seems|looks)\b")
_A_SCREEN = re.compile(r"\s+(?:screen|page|prompt|window|manager|loop|issue|problem|error)\b")
_A_THING = re.compile(r"(?<!give me )(?<!get me )(?<!spawn )(?<!open )(?<!start )(?<!serve )"
                      r"(?<!attach )(?<!need )(?<!want )\b(?:a|an|the|this|that|my|its)\s+"
                      r"(?:[a-z]+\s+)?$")


ANY_PROFILE = "|".join(f"(?:{p.pattern})" for p in PROFILES.values())
# The profile left, said beside the one asked for: "switch to balanced from turbo", "eco instead of turbo",
# "performance to eco mode" (and "turbo -> eco", whose arrow is read as "to")
# (round 53, red team 59: "profile: performance to powersave", "performance>>powersave", "leave performance, go
# powersave", "lose X", "stop X and use Y", "switch X for Y", "Y over X")
_PROFILE_LEFT = re.compile(rf"\b(?:from|instead of|in place of|rather than|over|leave|lose|ditch|drop|quit|exit|stop|"
                           rf"no more|not|no)\s+(?:the\s+|my\s+|our\s+)?(?:{ANY_PROFILE})(?:\s+mode)?|"
                           rf"(?:^|(?<=[:,;(]))\s*(?:{ANY_PROFILE})(?:\s+mode)?\s*(?:\s(?:to|into)\s|->|=>|>>?|\u2192)\s*"
                           rf"(?=(?:{ANY_PROFILE}))|"
                           rf"\b(?:switch|swap|trade|change|exchange)\s+(?:the\s+)?(?:{ANY_PROFILE})(?:\s+mode)?\s+(?=for\s)")


def profile(text: str) -> str | None:
    """The power profile asked for, of those the text says."""
    asked = _PROFILE_LEFT.sub(" ", text)
    for name, pattern in PROFILES.items():
        if pattern.search(asked):
            return name
    return None


def status_topic(text: str) -> str | None:
    """The report a status question asks for, if it names one."""
    for topic, pattern in STATUS_TOPICS:
        if pattern.search(text):
            return topic
    return None
