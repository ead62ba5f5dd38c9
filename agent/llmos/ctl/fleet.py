"""llmosctl --fleet ADDR: the fleet through llmos-fleet's API (llmos.fleet.v1), for devices that
are not reachable directly. The same certificates and roles as talking to a device.

    llmosctl --fleet HOST:PORT --ca CA --cert CERT --key KEY [--json] COMMAND
      devices [--prefix P]                the registry: online, last seen, health
      exec DEVICE "text" [--wait S]       a command; queued while the device is offline
      exec DEVICE --tool T [key=value ...]
      pending                             actions held for a confirmation, on every device
      confirm DEVICE ID / reject DEVICE ID
      jobs                                jobs, newest first
      jobs show ID / jobs abort ID
      jobs create (--all | --device D ...) ("text" | --tool T key=value ...)
                  [--stages 1,50 [--percent]] [--wait-between S] [--max-failures N]
      jobs create (--all | --device D ...) --policy FILE     a policy for every device (admin)
      jobs create (--all | --device D ...) --update-model [VERSION]    a model update (admin)
      token DEVICE / revoke DEVICE / audit
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import grpc
from google.protobuf import json_format

from llmos.ctl.client import Exit, action_request
from llmos.fleet.v1 import fleet_pb2, fleet_pb2_grpc
from llmos.v1 import commands_pb2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="llmosctl --fleet", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fleet", required=True, help="llmos-fleet's API, host:port")
    parser.add_argument("--ca", type=Path, required=True)
    parser.add_argument("--cert", type=Path, required=True)
    parser.add_argument("--key", type=Path, required=True)
    parser.add_argument("--server-name", default="")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--timeout", type=float, default=10.0)
    commands = parser.add_subparsers(dest="command", required=True)
    devices = commands.add_parser("devices")
    devices.add_argument("--prefix", default="")
    commands.add_parser("pending")
    exec_ = commands.add_parser("exec")
    exec_.add_argument("device")
    _command_args(exec_)
    exec_.add_argument("--wait", type=int, default=30, help="seconds to wait for the answer")
    exec_.add_argument("--expiry", type=int, default=0, help="seconds it may wait offline")
    for name in ("confirm", "reject"):
        sub = commands.add_parser(name)
        sub.add_argument("device")
        sub.add_argument("id")
        sub.add_argument("--wait", type=int, default=30)
    jobs = commands.add_parser("jobs")
    jobs.add_argument("action", nargs="?", choices=["list", "show", "abort", "create"],
                      default="list")
    jobs.add_argument("id", nargs="?", default="")
    jobs.add_argument("--all", action="store_true")
    jobs.add_argument("--device", action="append", default=[])
    jobs.add_argument("--text", default=None)
    jobs.add_argument("--tool", default=None)
    jobs.add_argument("--arg", action="append", default=[], metavar="key=value")
    jobs.add_argument("--dry-run", action="store_true")
    jobs.add_argument("--policy", type=Path, default=None,
                      help="a [policy] TOML file for every device instead of a command (admin)")
    jobs.add_argument("--update-model", nargs="?", const="", default=None, metavar="VERSION",
                      help="install a model bundle (the newest, or VERSION) on every device "
                      "(admin)")
    jobs.add_argument("--stages", default="")
    jobs.add_argument("--percent", action="store_true")
    jobs.add_argument("--wait-between", type=int, default=0)
    jobs.add_argument("--max-failures", type=int, default=0)
    jobs.add_argument("--device-timeout", type=int, default=0)
    token = commands.add_parser("token")
    token.add_argument("device")
    revoke = commands.add_parser("revoke")
    revoke.add_argument("device")
    revoke.add_argument("--reason", default="")
    commands.add_parser("audit")
    return parser


def _command_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("text", nargs="?", default=None)
    sub.add_argument("--tool", default=None)
    sub.add_argument("--arg", action="append", default=[], metavar="key=value")
    sub.add_argument("--dry-run", action="store_true")


def _execute(text: str | None, tool: str | None, pairs: list[str],
             dry_run: bool) -> commands_pb2.ExecuteRequest:
    if (text is None) == (tool is None):
        raise ValueError("give a command text or --tool (not both)")
    if tool is not None:
        values: dict[str, Any] = {}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            if not sep:
                raise ValueError(f"{pair!r}: expected key=value")
            try:
                values[key] = json.loads(value)
            except json.JSONDecodeError:
                values[key] = value
        return action_request(tool, values, dry_run)
    return commands_pb2.ExecuteRequest(text=text, dry_run=dry_run)


def _stub(args: argparse.Namespace) -> fleet_pb2_grpc.FleetServiceStub:
    credentials = grpc.ssl_channel_credentials(args.ca.read_bytes(), args.key.read_bytes(),
                                               args.cert.read_bytes())
    options = [("grpc.ssl_target_name_override", args.server_name)] if args.server_name else []
    return fleet_pb2_grpc.FleetServiceStub(grpc.secure_channel(args.fleet, credentials, options))


def _call(stub: fleet_pb2_grpc.FleetServiceStub, args: argparse.Namespace) -> Any:
    """The call's answer (a llmos.fleet.v1 message)."""
    t = args.timeout
    if args.command == "devices":
        return stub.ListDevices(fleet_pb2.ListDevicesRequest(prefix=args.prefix), timeout=t)
    if args.command == "pending":
        return _Pending(stub.ListDevices(fleet_pb2.ListDevicesRequest(), timeout=t))
    if args.command == "exec":
        request = fleet_pb2.SendCommandRequest(
            device=args.device, execute=_execute(args.text, args.tool, args.arg, args.dry_run),
            wait_s=args.wait, expiry_s=args.expiry)
        return stub.SendCommand(request, timeout=t + args.wait)
    if args.command in ("confirm", "reject"):
        kw: dict[str, Any] = {args.command: {"id": args.id}}
        request = fleet_pb2.SendCommandRequest(device=args.device, wait_s=args.wait)
        json_format.ParseDict(kw, request)
        return stub.SendCommand(request, timeout=t + args.wait)
    if args.command == "jobs":
        if args.action == "list":
            return stub.ListJobs(fleet_pb2.ListJobsRequest(), timeout=t)
        if args.action == "show":
            return stub.GetJob(fleet_pb2.GetJobRequest(id=args.id), timeout=t)
        if args.action == "abort":
            return stub.AbortJob(fleet_pb2.AbortJobRequest(id=args.id), timeout=t)
        stages = [int(s) for s in args.stages.split(",") if s.strip()]
        job = fleet_pb2.CreateJobRequest(
            devices=args.device, all=args.all, stages=stages, stages_percent=args.percent,
            wait_s=args.wait_between, max_failures=args.max_failures,
            device_timeout_s=args.device_timeout)
        if args.policy is not None:
            job.set_policy.toml = args.policy.read_text()
        elif args.update_model is not None:
            job.update_model.version = args.update_model
        else:
            job.execute.CopyFrom(_execute(args.text, args.tool, args.arg, args.dry_run))
        return stub.CreateJob(job, timeout=t)
    if args.command == "token":
        return stub.CreateEnrollmentToken(
            fleet_pb2.CreateEnrollmentTokenRequest(device=args.device), timeout=t)
    if args.command == "revoke":
        return stub.RevokeDevice(fleet_pb2.RevokeDeviceRequest(name=args.device,
                                                               reason=args.reason), timeout=t)
    return stub.ListAudit(fleet_pb2.ListAuditRequest(), timeout=t)


class _Pending:
    """The devices' shadows, shown as the actions they hold (fleet-wide confirmations)."""

    def __init__(self, devices: fleet_pb2.ListDevicesResponse) -> None:
        self.devices = devices

    def rows(self) -> list[dict[str, Any]]:
        return [{"device": d.name, "id": a.id, "tool": a.tool,
                 "args": json_format.MessageToDict(a.args), "principal": a.principal,
                 "reason": a.reason}
                for d in self.devices.devices if not d.revoked for a in d.reported.pending]


def _text(answer: Any) -> str:
    if isinstance(answer, _Pending):
        rows = answer.rows()
        lines = [f"{r['device']:<24} {r['id']:<28} {r['tool']} {json.dumps(r['args'])} "
                 f"({r['principal']}: {r['reason']})" for r in rows]
        return "\n".join(lines) or "nothing pending"
    if isinstance(answer, fleet_pb2.ListDevicesResponse):
        lines = [f"{'DEVICE':<24} {'ONLINE':<7} {'HEALTH':<10} LAST SEEN"]
        for d in answer.devices:
            health = ("revoked" if d.revoked else "degraded" if d.reported.health.degraded
                      else "ok" if d.reported.health.serving else "-")
            seen = d.last_seen.ToDatetime().isoformat(timespec="seconds") if d.HasField(
                "last_seen") else "-"
            lines.append(f"{d.name:<24} {'yes' if d.online else 'no':<7} {health:<10} {seen}")
        return "\n".join(lines)
    if isinstance(answer, fleet_pb2.Command):
        status = fleet_pb2.CommandStatus.Name(answer.status).removeprefix("COMMAND_STATUS_")
        line = f"{answer.id} {answer.device}: {status.lower()}"
        if answer.code:
            line += f" {answer.code}"
        if answer.HasField("outcome"):
            o = answer.outcome
            line += (f" {commands_pb2.ActionStatus.Name(o.status).removeprefix('ACTION_STATUS_')}"
                     f" {o.proposal.tool} {o.result.detail or o.verdict.reason}")
        return line + (f" {answer.message}" if answer.message else "")
    if isinstance(answer, fleet_pb2.ListJobsResponse):
        return "\n".join(_job_line(j) for j in answer.jobs) or "no jobs"
    if isinstance(answer, fleet_pb2.Job):
        lines = [_job_line(answer)]
        for jd in answer.devices:
            status = fleet_pb2.DeviceJobStatus.Name(jd.status).removeprefix("DEVICE_JOB_STATUS_")
            lines.append(f"  stage {jd.stage + 1} {jd.device:<24} {status.lower():<12} {jd.detail}")
        return "\n".join(lines)
    return json_format.MessageToJson(answer, indent=2)


def _job_line(j: fleet_pb2.Job) -> str:
    status = fleet_pb2.JobStatus.Name(j.status).removeprefix("JOB_STATUS_").lower()
    return (f"{j.id} {status} stage {j.stage + 1}/{j.stages}, {len(j.devices)} devices, "
            f"{j.failures} failed (abort over {j.max_failures}) {j.reason}")


def _exit(answer: Any) -> int:
    if isinstance(answer, fleet_pb2.Command):
        if answer.status != fleet_pb2.COMMAND_STATUS_ANSWERED:
            return Exit.PENDING if answer.status == fleet_pb2.COMMAND_STATUS_QUEUED else Exit.FAILED
        if answer.code != "OK":
            return Exit.USAGE if answer.code == "INVALID_ARGUMENT" else Exit.FAILED
        status = answer.outcome.status
        if status == commands_pb2.ACTION_STATUS_PENDING:
            return Exit.PENDING
        if status in (commands_pb2.ACTION_STATUS_DENIED, commands_pb2.ACTION_STATUS_FAILED,
                      commands_pb2.ACTION_STATUS_REJECTED):
            return Exit.DENIED
    if isinstance(answer, fleet_pb2.Job) and answer.status == fleet_pb2.JOB_STATUS_ABORTED:
        return Exit.DENIED
    return Exit.OK


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        answer = _call(_stub(args), args)
    except ValueError as error:
        print(f"llmosctl: {error}", file=sys.stderr)
        return Exit.USAGE
    except OSError as error:
        print(f"llmosctl: {error}", file=sys.stderr)
        return Exit.USAGE
    except grpc.RpcError as error:
        # what grpc raises for a failed call is also a grpc.Call (code, details)
        code: grpc.StatusCode | None = getattr(error, "code", lambda: None)()
        text = str(error)
        details = getattr(error, "details", lambda: text)()
        print(f"llmosctl: {args.fleet}: {code.name if code else 'error'}: {details}",
              file=sys.stderr)
        return Exit.USAGE if code == grpc.StatusCode.INVALID_ARGUMENT else Exit.FAILED
    if args.json:
        print(json.dumps(answer.rows(), indent=2) if isinstance(answer, _Pending)
              else json_format.MessageToJson(answer, indent=2))
    else:
        print(_text(answer))
    return _exit(answer)
