"""Which URLs the device may pull an OS bundle from: the guard before any connection.

A URL is taken apart once, by urllib3's parser, the same one the download uses, and the
download connects to exactly the scheme, host and port checked here (never to the URL string
again), so no second parser can read another host out of it. Python's own parser must agree
on the host as well: a URL the two read differently (a backslash, odd userinfo) is refused
rather than guessed at.

Refused: any scheme but http and https; credentials (userinfo) in the URL; characters outside
printable ASCII, backslashes, percent-escapes in the host; IP addresses in any form but the
canonical one (`2130706433`, `0x7f.1`, `0177.0.0.1` and `127.1` all reach 127.0.0.1 through
the C resolver, and none of them equals an allow-list entry written `127.0.0.1`); hosts not
on `os_update.url_hosts`. Host names compare case-insensitively without a trailing dot (DNS
does the same). An entry `*.example.com` allows every name below example.com, not
example.com itself. Non-ASCII names are refused: write them in their xn-- form.

Plain http is allowed: the bundle's sha256 comes over the authenticated control plane and RAUC
checks its signature, so a man in the middle can stop an install but not change what is
installed. The allow-list keeps the device from being used to reach anything else.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from dataclasses import dataclass

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from llmos.agent.api import Conflict, InvalidUpload

SCHEMES = ("http", "https")
MAX_URL = 2048
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PRINTABLE = re.compile(r"^[\x21-\x7e]+$")


@dataclass(frozen=True)
class Url:
    """A URL that passed the guard: what the download connects to and asks for."""

    scheme: str
    host: str  # normalised: lower case, no trailing dot, IPv6 in brackets and compressed
    port: int
    request_uri: str  # path and query, as sent in the request line

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{self.request_uri}"

    def shown(self) -> str:
        """For messages and logs: without the query, which may hold a token."""
        return f"{self.scheme}://{self.host}:{self.port}{self.request_uri.partition('?')[0]}"


def normal_host(host: str) -> str:
    """A host name or IP address in the one form the allow-list compares; ValueError for a
    name that is not plain DNS (letters, digits, hyphens) or an address in a non-canonical
    form."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        if "%" in host:
            raise ValueError(f"{host}: IPv6 zone identifiers are not allowed")
        try:
            return f"[{ipaddress.IPv6Address(host[1:-1]).compressed}]"
        except ValueError:
            raise ValueError(f"{host}: not an IPv6 address") from None
    if ":" in host:  # an IPv6 address without brackets (allow-list entries may be written so)
        try:
            return f"[{ipaddress.IPv6Address(host).compressed}]"
        except ValueError:
            raise ValueError(f"{host}: not a host name or address") from None
    name = host.lower()
    if name.endswith("."):
        name = name[:-1]
    labels = name.split(".")
    if not name or len(name) > 253 or not all(_LABEL.match(label) for label in labels):
        raise ValueError(f"{host!r}: not a plain DNS name (letters, digits, hyphens; "
                         "non-ASCII names in their xn-- form) or IP address")
    if labels[-1][0].isdigit() or labels[-1].startswith("0x"):
        # No top-level domain starts with a digit: this is an IPv4 address for the resolver,
        # and only its canonical dotted-quad form is compared.
        try:
            address = ipaddress.IPv4Address(name)
        except ValueError:
            raise ValueError(f"{host}: an IPv4 address must be written as four decimal "
                             "numbers without leading zeros") from None
        if str(address) != name:
            raise ValueError(f"{host}: not the canonical form of {address}")
    return name


def host_pattern(entry: str) -> str:
    """An allow-list entry (config): a host (normal_host) or `*.` and a domain."""
    if entry.startswith("*."):
        domain = normal_host(entry[2:])
        if domain.startswith("[") or domain.replace(".", "").isdigit():
            raise ValueError(f"{entry}: a wildcard needs a domain name")
        return f"*.{domain}"
    return normal_host(entry)


def host_allowed(host: str, patterns: tuple[str, ...]) -> bool:
    """`host` (normal_host'ed) against the allow-list (host_pattern'ed)."""
    for pattern in patterns:
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]) and not host.startswith("["):
                return True
        elif host == pattern:
            return True
    return False


def check_url(url: str, patterns: tuple[str, ...], *, scheme: str = "") -> Url:
    """The URL taken apart and checked, or an exception saying why not: Conflict when URL
    installs are off (no allow-list), InvalidUpload for a URL that is never allowed,
    PermissionError for a host not on the list. `scheme`: the one a redirect must keep."""
    if not patterns:
        raise Conflict("installing from a URL is off on this device: set os_update.url_hosts")
    if len(url) > MAX_URL or not _PRINTABLE.match(url) or "\\" in url:
        raise InvalidUpload(f"url: at most {MAX_URL} printable ASCII characters, without "
                            "spaces or backslashes")
    try:
        parsed = parse_url(url)
        split = urllib.parse.urlsplit(url)
        split_host = split.hostname
        split_port = split.port
    except (LocationParseError, ValueError) as error:
        raise InvalidUpload(f"url: cannot be parsed: {error}") from None
    if parsed.scheme not in SCHEMES or split.scheme.lower() not in SCHEMES:
        raise InvalidUpload(f"url: only {' and '.join(SCHEMES)} URLs are allowed, not "
                            f"{(split.scheme or 'no scheme')!r}")
    if scheme and parsed.scheme != scheme:
        raise InvalidUpload(f"url: a redirect from {scheme} to {parsed.scheme} is not followed")
    if parsed.auth is not None or "@" in split.netloc:
        raise InvalidUpload("url: credentials in the URL are not allowed")
    if not parsed.host or not split_host:
        raise InvalidUpload("url: no host")
    authority = split.netloc.rpartition(":")[0] if split_port is not None else split.netloc
    if "%" in authority:
        raise InvalidUpload("url: percent-escapes in the host are not allowed")
    try:
        host = normal_host(parsed.host)
        other = normal_host(f"[{split_host}]" if ":" in split_host else split_host)
    except ValueError as error:
        raise InvalidUpload(f"url: {error}") from None
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    if host != other or port != (split_port or port):
        raise InvalidUpload("url: its host reads differently to different parsers")
    if not host_allowed(host, patterns):
        raise PermissionError(f"url: {host} is not on this device's os_update.url_hosts")
    return Url(parsed.scheme, host, port, parsed.request_uri or "/")
