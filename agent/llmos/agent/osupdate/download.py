"""The device pulls an OS bundle from a URL into the upload store (`llmosctl os install URL`).

urllib3 (already on the device for python-tuf) does HTTP and TLS; this module decides what is
asked and what is taken:

- Only URLs that pass urls.check_url, and the connection goes to the host and port it checked.
  Redirects (at most 5) are checked the same way and must keep the scheme.
- The bundle grows `<sha256>.part` like an upload. A part left by an earlier attempt is resumed
  with `Range: bytes=<its length>-`; a server that answers 200 instead (no ranges) sends the
  whole bundle, and the part starts again from 0; a 206 for another range or a 416 also start
  again from 0.
- The announced size is a hard cap: a Content-Length that differs from what is left is refused
  before anything is written, nothing past the size is ever written, and a body longer than it
  (no or a lying Content-Length) is refused and its part removed. Size and sha256 are checked
  by Upload.finish before RAUC sees the file.
- Bounded: connect and read timeouts (os_update.url_timeout_s), `url_retries` resumed attempts
  per install after a cut-off or a 5xx (1 s, 2 s, 4 s ... apart), no content encodings
  (identity only: a compressed body cannot be checked against the size), no proxies.
- HTTPS verifies the server's certificate and name against the system's CA store or
  os_update.url_ca (TLS 1.2 or later, urllib3's defaults). An untrusted certificate is not
  retried.
"""

from __future__ import annotations

import asyncio
import logging
import re
import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path

from urllib3 import BaseHTTPResponse, HTTPConnectionPool, HTTPSConnectionPool, Timeout
from urllib3.exceptions import HTTPError, SSLError

from llmos.agent.api import DownloadFailed, InvalidUpload
from llmos.agent.osupdate.upload import Upload
from llmos.agent.osupdate.urls import Url, check_url

log = logging.getLogger("llmos.osupdate")

CHUNK = 1 << 20
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


class _Body:
    """An open response and the connection pool it came from (closed together)."""

    def __init__(self, response: BaseHTTPResponse, pool: HTTPConnectionPool) -> None:
        self.response, self.pool = response, pool

    def read(self, amount: int) -> bytes:
        return self.response.read(amount, decode_content=False)

    def close(self) -> None:
        self.response.close()
        self.pool.close()


class Downloader:
    def __init__(self, patterns: tuple[str, ...], *, ca: Path | None = None,
                 timeout_s: float = 30.0, retries: int = 3, backoff_s: float = 1.0) -> None:
        self.patterns = patterns
        self.ca = ca
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s

    def check(self, url: str) -> Url:
        """The guard (urls.check_url) with this device's allow-list."""
        return check_url(url, self.patterns)

    async def chunks(self, url: Url, upload: Upload) -> AsyncIterator[bytes]:
        """The bundle's bytes from `upload.received` on, for the caller to write into `upload`
        before asking for more. A cut-off download is resumed up to `retries` times."""
        failures = 0
        while upload.received < upload.size:
            try:
                body = await asyncio.to_thread(self._open, url, upload)
            except DownloadFailed as error:
                failures = await self._failed(failures, error)
                continue
            try:
                while upload.received < upload.size:
                    left = upload.size - upload.received
                    try:
                        chunk = await asyncio.to_thread(body.read, min(CHUNK, left))
                        more = await asyncio.to_thread(body.read, 1) if len(chunk) == left else b""
                    except (HTTPError, OSError) as error:
                        raise DownloadFailed(f"{url.shown()}: cut off at {upload.received} of "
                                             f"{upload.size} bytes: {error}") from None
                    if more:
                        upload.discard()
                        raise InvalidUpload(f"{url.shown()} sends more than the announced "
                                            f"size of {upload.size} bytes")
                    if not chunk:
                        raise DownloadFailed(f"{url.shown()}: the server ended the download at "
                                             f"{upload.received} of {upload.size} bytes")
                    yield chunk
            except DownloadFailed as error:
                body.close()  # not held through the pause
                failures = await self._failed(failures, error)
            finally:
                body.close()

    async def _failed(self, failures: int, error: DownloadFailed) -> int:
        failures += 1
        if failures > self.retries:
            raise DownloadFailed(f"{error} (gave up after {failures} attempts; the next install "
                                 "of this bundle resumes)") from None
        delay = self.backoff_s * 2 ** (failures - 1)
        log.warning("bundle download: %s; resuming in %.0f s", error, delay)
        await asyncio.sleep(delay)
        return failures

    def _pool(self, url: Url) -> HTTPConnectionPool:
        timeout = Timeout(connect=self.timeout_s, read=self.timeout_s)
        if url.scheme == "https":
            return HTTPSConnectionPool(url.host, url.port, timeout=timeout, retries=False,
                                       maxsize=1, cert_reqs="CERT_REQUIRED",
                                       ca_certs=str(self.ca) if self.ca else None)
        return HTTPConnectionPool(url.host, url.port, timeout=timeout, retries=False, maxsize=1)

    def _request(self, url: Url, offset: int) -> _Body:
        headers = {"Accept-Encoding": "identity", "User-Agent": "llmos-agent"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        pool = self._pool(url)
        try:
            response = pool.urlopen("GET", url.request_uri, headers=headers, redirect=False,
                                    retries=False, preload_content=False, decode_content=False)
        except SSLError as error:
            pool.close()
            raise PermissionError(f"{url.shown()}: TLS refused: {error}") from None
        except (HTTPError, OSError) as error:
            pool.close()
            raise DownloadFailed(f"{url.shown()}: {error}") from None
        return _Body(response, pool)

    def _open(self, url: Url, upload: Upload) -> _Body:
        """A response whose body is the bundle from `upload.received` on (the part reset to 0
        when the server cannot resume), its headers checked; runs in a worker thread."""
        current = url
        hops = 0
        while True:
            offset = upload.received
            body = self._request(current, offset)
            try:
                status, headers = body.response.status, body.response.headers
                if status in _REDIRECTS:
                    hops += 1
                    if hops > MAX_REDIRECTS:
                        raise InvalidUpload(f"{url.shown()}: more than {MAX_REDIRECTS} redirects")
                    target = urllib.parse.urljoin(str(current), headers.get("Location", ""))
                    current = check_url(target, self.patterns, scheme=url.scheme)
                    log.info("bundle download: redirected to %s", current.shown())
                    body.close()
                    continue
                if status >= 500 or status == 429:
                    raise DownloadFailed(f"{current.shown()} answers HTTP {status}")
                if status == 416 and offset:  # the part is no prefix of what it has
                    body.close()
                    upload.reset()
                    continue
                if status == 206 and offset:
                    match = _CONTENT_RANGE.match(headers.get("Content-Range", ""))
                    if match and match.group(3) not in ("*", str(upload.size)):
                        raise InvalidUpload(f"{current.shown()} has {match.group(3)} bytes, "
                                            f"not the announced {upload.size}")
                    if not match or int(match.group(1)) != offset:
                        body.close()
                        upload.reset()
                        continue
                    left = upload.size - offset
                elif status == 200:
                    left = upload.size
                else:
                    raise InvalidUpload(f"{current.shown()} answers HTTP {status}")
                encoding = headers.get("Content-Encoding", "identity").strip().lower()
                if encoding not in ("", "identity"):
                    raise InvalidUpload(f"{current.shown()} sends it {encoding}-encoded; "
                                        "only identity is taken")
                length = headers.get("Content-Length")
                if length is not None and length.strip() != str(left):
                    raise InvalidUpload(f"{current.shown()} announces {length.strip()} bytes, "
                                        f"{left} expected (announced size {upload.size})")
                if status == 200 and offset:
                    log.info("bundle download: %s does not resume; from the start",
                             current.shown())
                    upload.reset()
                return body
            except BaseException:
                body.close()
                raise
