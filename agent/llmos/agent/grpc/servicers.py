"""The llmos.v1 services, mapped onto AgentApi: validate, call, convert. Nothing else.

Authentication, roles and error statuses are the access interceptor's job (access.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc

from llmos.agent.api import AgentApi, Conflict, OsUpdateApi, UpdateApi
from llmos.agent.domain import JournalEntry
from llmos.agent.grpc import convert, validate
from llmos.agent.grpc.access import current_principal
from llmos.v1 import (
    commands_pb2,
    commands_pb2_grpc,
    device_pb2,
    device_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    model_pb2,
    model_pb2_grpc,
    os_update_pb2,
    os_update_pb2_grpc,
    policy_pb2,
    policy_pb2_grpc,
    update_pb2,
    update_pb2_grpc,
)

_STREAM_BATCH = 256  # entries per StreamEvents message at most
# A stream message costs far more than an entry in it (~100 us of gRPC work each on the 2-core
# reference machine), so all streams together send about this many messages a second during a
# burst, each with every entry that arrived meanwhile: 1 stream waits at most 1 ms, 100 streams
# 100 ms. The first entry after a quiet spell is always sent at once.
_STREAM_MESSAGES_PER_S = 1000
_STREAM_MAX_INTERVAL_S = 0.25


class DeviceServicer(device_pb2_grpc.DeviceServiceServicer):
    def __init__(self, api: AgentApi) -> None:
        self._api = api

    async def GetDeviceInfo(self, request: device_pb2.GetDeviceInfoRequest,
                            context: grpc.aio.ServicerContext[Any, Any]) -> device_pb2.GetDeviceInfoResponse:
        return convert.device_info(self._api.device_info(), self._api.model_info())

    async def GetHealth(self, request: device_pb2.GetHealthRequest,
                        context: grpc.aio.ServicerContext[Any, Any]) -> device_pb2.GetHealthResponse:
        return convert.health(self._api.health())


class StreamCaps:
    """Open event streams, on every listener together and per principal: each holds a
    subscription and a read-ahead buffer, so their number is bounded."""

    def __init__(self, total: int = 512, per_principal: int = 128) -> None:
        self.total, self.per_principal = total, per_principal
        self.open: dict[str, int] = {}
        self.refused = 0

    def acquire(self, principal: str) -> str:
        """Why a new stream is refused; empty if it is taken (release it after)."""
        if sum(self.open.values()) >= self.total:
            self.refused += 1
            return f"too many event streams ({self.total} open); try again later"
        if self.open.get(principal, 0) >= self.per_principal:
            self.refused += 1
            return f"{principal} has {self.per_principal} event streams open already"
        self.open[principal] = self.open.get(principal, 0) + 1
        return ""

    def release(self, principal: str) -> None:
        self.open[principal] -= 1
        if not self.open[principal]:
            del self.open[principal]


class EventServicer(events_pb2_grpc.EventServiceServicer):
    def __init__(self, api: AgentApi, caps: StreamCaps | None = None) -> None:
        self._api = api
        self._encoded = convert.EncodedEvents()
        self._streams = 0
        self._caps = caps or StreamCaps()

    async def StreamEvents(self, request: events_pb2.StreamEventsRequest,
                           context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[bytes]:
        """Yields serialized StreamEventsResponse messages (see EncodedEvents); registered
        with a pass-through serializer by `add_servicers`."""
        filt = validate.journal_filter(request.kinds, request.subsystems)
        who = current_principal().name
        refused = self._caps.acquire(who)
        if refused:
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, refused)
        self._streams += 1
        try:
            async for batch in _batches(self._api.follow(request.after_seq, filt),
                                        _STREAM_BATCH, self._interval):
                yield b"".join(self._encoded.field(e) for e in batch)
        finally:
            self._streams -= 1
            self._caps.release(who)

    def _interval(self) -> float:
        return min(self._streams / _STREAM_MESSAGES_PER_S, _STREAM_MAX_INTERVAL_S)

    async def ListEvents(self, request: events_pb2.ListEventsRequest,
                         context: grpc.aio.ServicerContext[Any, Any]) -> events_pb2.ListEventsResponse:
        filt = validate.journal_filter(request.kinds, request.subsystems, request.ref)
        size, cursor = validate.page(request.page_size, request.page_token)
        after = cursor if request.page_token else request.after_seq
        entries = await self._api.journal(after, size, filt)
        last = entries[-1].seq if entries else after
        return events_pb2.ListEventsResponse(events=[convert.event(e) for e in entries],
                                             next_page_token=str(last))


async def _batches(entries: AsyncIterator[JournalEntry], limit: int,
                   interval: Callable[[], float]) -> AsyncIterator[list[JournalEntry]]:
    """Group entries that are ready together. A pump task reads ahead into a bounded queue;
    each batch is what the queue holds when the stream may send again."""
    queue: asyncio.Queue[JournalEntry | Exception | None] = asyncio.Queue(limit)

    async def pump() -> None:
        try:
            async for entry in entries:
                await queue.put(entry)
        except Exception as error:  # handed to the stream, which fails with it
            await queue.put(error)
        else:
            await queue.put(None)  # the log ended: the agent stops
        finally:
            # Cancelled between two entries, the generator would only be closed by the garbage
            # collector; close it now so its subscription ends with the stream.
            aclose = getattr(entries, "aclose", None)
            if aclose is not None:
                await aclose()

    task = asyncio.create_task(pump())
    loop = asyncio.get_running_loop()
    sent = 0.0
    try:
        while True:
            batch: list[JournalEntry] = []
            item = await queue.get()
            wait = sent + interval() - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            while isinstance(item, JournalEntry):
                batch.append(item)
                if queue.empty() or len(batch) >= limit:
                    break
                item = queue.get_nowait()
            if batch:
                sent = loop.time()
                yield batch
            if isinstance(item, Exception):
                raise item
            if item is None:
                return
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


class CommandServicer(commands_pb2_grpc.CommandServiceServicer):
    def __init__(self, api: AgentApi) -> None:
        self._api = api

    async def Execute(self, request: commands_pb2.ExecuteRequest,
                      context: grpc.aio.ServicerContext[Any, Any]) -> commands_pb2.ExecuteResponse:
        outcome = await self._api.execute(validate.command(request), current_principal())
        return commands_pb2.ExecuteResponse(outcome=convert.outcome(outcome))

    async def Confirm(self, request: commands_pb2.ConfirmRequest,
                      context: grpc.aio.ServicerContext[Any, Any]) -> commands_pb2.ConfirmResponse:
        outcome = await self._api.confirm(validate.action_id(request.id), current_principal())
        return commands_pb2.ConfirmResponse(outcome=convert.outcome(outcome))

    async def Reject(self, request: commands_pb2.RejectRequest,
                     context: grpc.aio.ServicerContext[Any, Any]) -> commands_pb2.RejectResponse:
        reason = validate.text("reason", request.reason, validate.MAX_REASON)
        outcome = await self._api.reject(validate.action_id(request.id), current_principal(),
                                         reason)
        return commands_pb2.RejectResponse(outcome=convert.outcome(outcome))

    async def ListActions(self, request: commands_pb2.ListActionsRequest,
                          context: grpc.aio.ServicerContext[Any, Any]) -> commands_pb2.ListActionsResponse:
        statuses = validate.statuses(request.statuses)
        size, offset = validate.page(request.page_size, request.page_token)
        if offset > 100_000:
            raise validate.InvalidRequest("page_token: beyond the last page")
        # AgentApi.actions has no cursor: the newest `offset + size + 1` are read and sliced.
        # Listings are of pending or recent actions, so the pages asked for stay small.
        records = await self._api.actions(statuses, offset + size + 1)
        page = records[offset:offset + size]
        more = len(records) > offset + size
        return commands_pb2.ListActionsResponse(
            actions=[convert.action(r) for r in page],
            next_page_token=str(offset + size) if more else "",
        )


    async def Correct(self, request: commands_pb2.CorrectRequest,
                      context: grpc.aio.ServicerContext[Any, Any]) -> commands_pb2.CorrectResponse:
        tool, args = validate.structured_action(request.action)
        learned = await self._api.correct(validate.action_id(request.id), tool, args,
                                          current_principal())
        return commands_pb2.CorrectResponse(correction=convert.correction(learned))

    async def ListCorrections(self, request: commands_pb2.ListCorrectionsRequest,
                              context: grpc.aio.ServicerContext[Any, Any]
                              ) -> commands_pb2.ListCorrectionsResponse:
        return commands_pb2.ListCorrectionsResponse(
            corrections=[convert.correction(c) for c in await self._api.corrections()])


class PolicyServicer(policy_pb2_grpc.PolicyServiceServicer):
    def __init__(self, api: AgentApi) -> None:
        self._api = api

    async def GetPolicy(self, request: policy_pb2.GetPolicyRequest,
                        context: grpc.aio.ServicerContext[Any, Any]) -> policy_pb2.GetPolicyResponse:
        return policy_pb2.GetPolicyResponse(toml=self._api.policy_text())

    async def SetPolicy(self, request: policy_pb2.SetPolicyRequest,
                        context: grpc.aio.ServicerContext[Any, Any]) -> policy_pb2.SetPolicyResponse:
        text = await self._api.set_policy(validate.policy(request.toml), current_principal())
        return policy_pb2.SetPolicyResponse(toml=text)


class ModelServicer(model_pb2_grpc.ModelServiceServicer):
    def __init__(self, api: AgentApi) -> None:
        self._api = api

    async def GetModelInfo(self, request: model_pb2.GetModelInfoRequest,
                           context: grpc.aio.ServicerContext[Any, Any]) -> model_pb2.GetModelInfoResponse:
        return convert.model_info(self._api.model_info())


class UpdateServicer(update_pb2_grpc.UpdateServiceServicer):
    """Model updates (update/updater.py) and, in a line, the state of OS updates."""

    def __init__(self, updates: UpdateApi | None, os_updates: OsUpdateApi | None = None) -> None:
        self._updates = updates
        self._os_updates = os_updates

    def _updater(self) -> UpdateApi:
        if self._updates is None:
            raise Conflict("model updates are off: set updates.repo_url")
        return self._updates

    def _status(self) -> update_pb2.ModelUpdateStatus:
        if self._updates is None:
            return update_pb2.ModelUpdateStatus(enabled=False, current="factory")
        return convert.model_update_status(self._updates.status())

    async def GetUpdateStatus(self, request: update_pb2.GetUpdateStatusRequest,
                              context: grpc.aio.ServicerContext[Any, Any]) -> update_pb2.GetUpdateStatusResponse:
        if self._os_updates is None:
            os = update_pb2.OsUpdateStatus(supported=False,
                                           detail="OS updates are off: set os_update.enabled")
        else:
            os = convert.os_summary(await self._os_updates.status())
        return update_pb2.GetUpdateStatusResponse(model=self._status(), os=os)

    async def UpdateModel(self, request: update_pb2.UpdateModelRequest,
                          context: grpc.aio.ServicerContext[Any, Any]) -> update_pb2.UpdateModelResponse:
        version = validate.text("version", request.version, 64)
        result = await self._updater().update(version)
        return update_pb2.UpdateModelResponse(
            outcome=convert.update_outcome(result.outcome), version=result.version,
            detail=result.detail, status=self._status())

    async def RollbackModel(self, request: update_pb2.RollbackModelRequest,
                            context: grpc.aio.ServicerContext[Any, Any]) -> update_pb2.RollbackModelResponse:
        result = await self._updater().rollback()
        return update_pb2.RollbackModelResponse(
            outcome=convert.update_outcome(result.outcome), version=result.version,
            detail=result.detail, status=self._status())


class OsUpdateServicer(os_update_pb2_grpc.OsUpdateServiceServicer):
    """A/B OS updates (osupdate/updater.py): a streamed, resumable upload (or a download by
    the device from a URL), then RAUC."""

    def __init__(self, os_updates: OsUpdateApi | None) -> None:
        self._os_updates = os_updates

    def _updater(self) -> OsUpdateApi:
        if self._os_updates is None:
            raise Conflict("OS updates are off: set os_update.enabled")
        return self._os_updates

    async def GetOsStatus(self, request: os_update_pb2.GetOsStatusRequest,
                          context: grpc.aio.ServicerContext[Any, Any]) -> os_update_pb2.GetOsStatusResponse:
        if self._os_updates is None:
            return os_update_pb2.GetOsStatusResponse(enabled=False, trial="off")
        return convert.os_status(await self._os_updates.status())

    async def InstallOs(self, request_iterator: AsyncIterator[os_update_pb2.InstallOsRequest],
                        context: grpc.aio.ServicerContext[Any, Any]
                        ) -> AsyncIterator[os_update_pb2.InstallOsProgress]:
        updater = self._updater()
        first = await anext(aiter(request_iterator), None)
        if first is None or first.WhichOneof("part") != "start":
            raise validate.InvalidRequest("the first message must be start")

        async def chunks() -> AsyncIterator[bytes]:
            async for request in request_iterator:
                if request.WhichOneof("part") != "chunk":
                    raise validate.InvalidRequest("only chunks may follow start")
                yield request.chunk

        start = first.start
        if start.url:  # the device downloads the bundle itself: no chunks follow
            steps = updater.install_from_url(validate.text("url", start.url, 2048), start.sha256,
                                             start.size, start.reboot)
        else:
            steps = updater.install(start.sha256, start.size, chunks(), start.reboot)
        async for step in steps:
            yield convert.os_progress(step)


def add_servicers(server: grpc.aio.Server, api: AgentApi,
                  updates: UpdateApi | None = None,
                  caps: StreamCaps | None = None, os_updates: OsUpdateApi | None = None,
                  ) -> tuple[str, ...]:
    """Register the llmos.v1 services; returns their full names (for health and reflection).
    `updates`: the model updater, None when model updates are off; `caps`: the stream limits,
    shared by every listener."""
    device_pb2_grpc.add_DeviceServiceServicer_to_server(DeviceServicer(api), server)
    _add_event_service(EventServicer(api, caps), server)
    commands_pb2_grpc.add_CommandServiceServicer_to_server(CommandServicer(api), server)
    policy_pb2_grpc.add_PolicyServiceServicer_to_server(PolicyServicer(api), server)
    model_pb2_grpc.add_ModelServiceServicer_to_server(ModelServicer(api), server)
    update_pb2_grpc.add_UpdateServiceServicer_to_server(UpdateServicer(updates, os_updates), server)
    os_update_pb2_grpc.add_OsUpdateServiceServicer_to_server(OsUpdateServicer(os_updates), server)
    return tuple(
        module.DESCRIPTOR.services_by_name[name].full_name
        for module, name in (
            (device_pb2, "DeviceService"), (events_pb2, "EventService"),
            (commands_pb2, "CommandService"), (policy_pb2, "PolicyService"),
            (model_pb2, "ModelService"), (update_pb2, "UpdateService"),
            (os_update_pb2, "OsUpdateService"),
        )
    )


def _add_event_service(servicer: EventServicer, server: grpc.aio.Server) -> None:
    """As the generated add_EventServiceServicer_to_server, except that StreamEvents hands
    over messages it serialized itself."""
    handlers: dict[str, grpc.RpcMethodHandler[Any, Any]] = {
        "StreamEvents": grpc.unary_stream_rpc_method_handler(
            servicer.StreamEvents,
            request_deserializer=events_pb2.StreamEventsRequest.FromString,
            response_serializer=bytes,
        ),
        "ListEvents": grpc.unary_unary_rpc_method_handler(
            servicer.ListEvents,
            request_deserializer=events_pb2.ListEventsRequest.FromString,
            response_serializer=events_pb2.ListEventsResponse.SerializeToString,
        ),
    }
    name = events_pb2.DESCRIPTOR.services_by_name["EventService"].full_name
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(name, handlers),))
    server.add_registered_method_handlers(name, handlers)
