"""The one place every call passes: authenticate, check the role, bound the size, map errors.

gRPC's Python interceptors do not see the call's context, so this interceptor wraps each method's
handler instead: the wrapper runs with the deserialized request and the context, which is what
authentication (peer, certificate) and the dry-run rule need. The servicers then read the caller
from `current_principal()` and raise the agent's own exceptions; the wrapper turns those into
status codes, so no servicer handles errors itself.
"""

from __future__ import annotations

import contextvars
import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from google.protobuf.message import Message

from llmos.agent.api import Conflict, InvalidUpload, NotFound, RateLimited, Unavailable
from llmos.agent.config import ConfigError
from llmos.agent.domain import Principal, Role
from llmos.agent.grpc.auth import Authenticator, Refused, role_name
from llmos.agent.grpc.roles import required_role
from llmos.agent.grpc.validate import InvalidRequest

log = logging.getLogger(__name__)

_PRINCIPAL: contextvars.ContextVar[Principal] = contextvars.ContextVar("principal")

# The agent's exceptions and the status each one means for a client.
_STATUS: tuple[tuple[type[BaseException], grpc.StatusCode], ...] = (
    (InvalidRequest, grpc.StatusCode.INVALID_ARGUMENT),
    (ConfigError, grpc.StatusCode.INVALID_ARGUMENT),  # a policy document that does not parse
    (InvalidUpload, grpc.StatusCode.INVALID_ARGUMENT),
    (NotFound, grpc.StatusCode.NOT_FOUND),
    (Conflict, grpc.StatusCode.FAILED_PRECONDITION),
    (Unavailable, grpc.StatusCode.UNAVAILABLE),
    (RateLimited, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (PermissionError, grpc.StatusCode.PERMISSION_DENIED),  # the agent's own role checks
)


def current_principal() -> Principal:
    """The authenticated caller of the call being served."""
    return _PRINCIPAL.get()


def serve_as(principal: Principal) -> None:
    """For another transport that calls the servicers (the MQTT link): the caller of what the
    current task serves next. Tasks copy their context, so it stays with that task."""
    _PRINCIPAL.set(principal)


def status_for(error: Exception) -> grpc.StatusCode | None:
    """The status an agent exception means for a client; None for an unexpected one (a bug)."""
    if isinstance(error, Refused):
        return error.code
    for kind, code in _STATUS:
        if isinstance(error, kind):
            return code
    return None


class AccessInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, authenticator: Authenticator, max_request_bytes: int,
                 roles: Callable[[str, Any], Role | None] = required_role) -> None:
        """`roles` is the role table (the agent's by default; llmos-fleet brings its own)."""
        self._auth = authenticator
        self._max = max_request_bytes
        self._roles = roles
        self._wrapped: dict[str, grpc.RpcMethodHandler[Any, Any]] = {}

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails],
                               Awaitable[grpc.RpcMethodHandler[Any, Any] | None]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        method = details.method
        cached = self._wrapped.get(method)
        if cached is not None:
            return cached
        handler = await continuation(details)
        if handler is None:
            return None  # not served at all: gRPC answers UNIMPLEMENTED
        wrapped = self._wrap(method, handler)
        self._wrapped[method] = wrapped
        return wrapped

    def _wrap(self, method: str, handler: grpc.RpcMethodHandler[Any, Any]
              ) -> grpc.RpcMethodHandler[Any, Any]:
        codecs = dict(request_deserializer=handler.request_deserializer,
                      response_serializer=handler.response_serializer)
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                self._unary(method, handler.unary_unary), **codecs)
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                self._stream(method, handler.unary_stream, request_streaming=False), **codecs)
        if handler.stream_stream:
            return grpc.stream_stream_rpc_method_handler(
                self._stream(method, handler.stream_stream, request_streaming=True), **codecs)
        assert handler.stream_unary is not None  # one of the four is always set
        return grpc.stream_unary_rpc_method_handler(
            self._unary(method, handler.stream_unary, request_streaming=True), **codecs)

    def _admit(self, method: str, request: Any, context: grpc.aio.ServicerContext[Any, Any]
               ) -> Principal:
        """Who may call: identity first, then the role, then the request's size."""
        principal = self._auth.authenticate(context)
        needed = self._roles(method, request)
        if needed is None:
            raise Refused(grpc.StatusCode.PERMISSION_DENIED, f"{method} is not open to any role")
        if principal.role < needed:
            raise Refused(
                grpc.StatusCode.PERMISSION_DENIED,
                f"{method} needs the {role_name(needed)} role; {principal.name} is "
                f"{role_name(principal.role)}",
            )
        if isinstance(request, Message):
            size = request.ByteSize()
            if size > self._max:
                raise Refused(grpc.StatusCode.INVALID_ARGUMENT,
                              f"request is {size} bytes, at most {self._max} allowed")
        return principal

    def _unary(self, method: str, behaviour: Callable[..., Any],
               request_streaming: bool = False) -> Callable[..., Awaitable[Any]]:
        async def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            try:
                _PRINCIPAL.set(self._admit(method, None if request_streaming else request, context))
                result = behaviour(request, context)
                return await result if inspect.isawaitable(result) else result
            except Exception as error:
                await _abort(context, method, error)

        return call

    def _stream(self, method: str, behaviour: Callable[..., Any],
                request_streaming: bool) -> Callable[..., AsyncIterator[Any]]:
        async def call(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
            try:
                _PRINCIPAL.set(self._admit(method, None if request_streaming else request, context))
                result = behaviour(request, context)
                if inspect.isasyncgen(result):
                    async for item in result:
                        yield item
                elif inspect.isawaitable(result):  # writes with context.write() (health Watch)
                    await result
                else:
                    for item in result:
                        yield item
            except Exception as error:
                await _abort(context, method, error)

        return call


async def _abort(context: grpc.aio.ServicerContext[Any, Any], method: str, error: Exception) -> None:
    if isinstance(error, Refused):
        await context.abort(error.code, error.message)
    for kind, code in _STATUS:
        if isinstance(error, kind):
            await context.abort(code, str(error))
    if isinstance(error, grpc.aio.AbortError):
        raise error  # a servicer aborted on purpose (context.abort): pass it on
    log.exception("%s failed", method)
    await context.abort(grpc.StatusCode.INTERNAL, f"internal error: {type(error).__name__}")
