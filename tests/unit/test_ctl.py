"""llmosctl without devices: inventory files, key=value arguments, exit codes, usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmos.ctl.cli import UsageError, main, parse_assignments
from llmos.ctl.client import Exit, worst
from llmos.ctl.inventory import InventoryError, load_inventory


def test_inventory_defaults_and_relative_paths(tmp_path: Path) -> None:
    path = tmp_path / "fleet.toml"
    path.write_text('[defaults]\nca = "pki/ca.crt"\ncert = "pki/op.crt"\nkey = "pki/op.key"\n'
                    '[[device]]\nname = "a"\naddress = "10.0.0.1:7443"\n'
                    '[[device]]\nname = "b"\naddress = "127.0.0.1:7000"\ninsecure = true\n'
                    '[[device]]\nname = "c"\nunix = "/run/llmos/agent.sock"\nca = ""\n'
                    'cert = ""\nkey = ""\n')
    a, b, c = load_inventory(path)
    assert a.ca == tmp_path / "pki/ca.crt" and a.key == tmp_path / "pki/op.key"
    assert b.insecure and b.address == "127.0.0.1:7000"
    assert c.unix == Path("/run/llmos/agent.sock")


@pytest.mark.parametrize("text, message", [
    ("", "no [[device]]"),
    ('[[device]]\nname = "a"\n', "needs an address"),
    ('[[device]]\nname = "a"\naddress = "h:1"\n', "mTLS needs ca, cert and key"),
    ('[[device]]\nname = "a"\naddress = "h:1"\ninsecure = true\ncolour = "red"\n', "colour"),
    ('[[device]]\nname = "a"\naddress = "h:1"\ninsecure = true\n'
     '[[device]]\nname = "a"\naddress = "h:2"\ninsecure = true\n', "duplicate"),
    ("[[device]\n", "not valid TOML"),
])
def test_inventory_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "fleet.toml"
    path.write_text(text)
    with pytest.raises(InventoryError, match=message.replace("[", r"\[")):
        load_inventory(path)


def test_assignments_are_json_when_they_parse() -> None:
    assert parse_assignments(["delay_s=30", "readonly=false", "unit=nginx.service",
                              'text="5"', "x="]) == {
        "delay_s": 30, "readonly": False, "unit": "nginx.service", "text": "5", "x": ""}
    with pytest.raises(UsageError):
        parse_assignments(["novalue"])


def test_worst_exit_code_wins() -> None:
    assert worst([]) == Exit.OK
    assert worst([Exit.OK, Exit.PENDING, Exit.DENIED]) == Exit.DENIED
    assert worst([Exit.PENDING, Exit.FAILED, Exit.USAGE]) == Exit.FAILED


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status"]) == 2  # no device named
    assert main(["--target", "h:1", "status"]) == 2  # mTLS without files
    assert main(["--insecure", "--target", "h:1", "act", "reboot", "delay_s=-5"]) == 2
    with pytest.raises(SystemExit) as raised:
        main(["--insecure", "--target", "h:1", "act", "format_disk"])
    assert raised.value.code == 2
    assert "delay_s" in capsys.readouterr().err


def test_integer_arguments_print_as_integers() -> None:
    from google.protobuf import struct_pb2
    from rich.console import Console

    from llmos.ctl.client import Result, to_dict
    from llmos.ctl.render import print_table
    from llmos.v1 import commands_pb2

    args = struct_pb2.Struct()
    args.update({"delay_s": 600})  # a Struct holds it as the double 600.0
    outcome = commands_pb2.Outcome(id="cmd-1", status=commands_pb2.ACTION_STATUS_PENDING,
                                   proposal=commands_pb2.Proposal(tool="reboot", args=args))
    data = to_dict(outcome)
    assert data["proposal"]["args"] == {"delay_s": 600}
    assert type(data["proposal"]["args"]["delay_s"]) is int
    console = Console(record=True, width=200)
    print_table("outcome", [Result("edge", Exit.PENDING, {"outcome": data})], console)
    assert "reboot(delay_s=600)" in console.export_text()


def test_journal_text_is_not_markup_and_ids_survive_80_columns() -> None:
    from rich.console import Console

    from llmos.ctl.client import Result
    from llmos.ctl.render import print_table

    hostile = "block add /dev/sdb1 id_fs_label=[/] [bold]x[/bold] [link=http://e]y"
    events = [{"seq": 7, "time": "2026-12-02T10:00:00Z", "kind": "EVENT_KIND_HARDWARE",
               "summary": hostile}]
    console = Console(record=True, width=80)
    print_table("events", [Result("edge", Exit.OK, {"events": events})], console)
    text = console.export_text()
    assert "[/]" in text and "[bold]x[/bold]" in text
    action_id = "cmd-0123456789ab"
    long = "x" * 300
    outcome = {"id": action_id, "status": "ACTION_STATUS_PENDING",
               "proposal": {"tool": "mount_storage", "args": {"device": "/dev/sdb1", "l": long}},
               "verdict": {"reason": "needs an operator's confirmation " + long}}
    pending = {"actions": [{"id": action_id, "tool": "reboot", "args": {"l": long},
                            "reason": long, "expires": "2026-12-02T10:05:00Z",
                            "principal": "dev-operator[/]"}]}
    for kind, data in (("outcome", {"outcome": outcome}), ("pending", pending)):
        console = Console(record=True, width=80)
        print_table(kind, [Result("edge-with-a-long-name", Exit.PENDING, data)], console)
        assert action_id in console.export_text(), kind
