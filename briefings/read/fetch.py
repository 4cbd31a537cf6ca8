"""http(s) URL -> RawArticle: one bounded GET (timeout, size cap, redirect cap, content type)."""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from http.client import HTTPException, HTTPResponse
from typing import IO
from urllib.parse import urljoin, urlsplit

from briefings.errors import InputFetchFailed
from briefings.model import RawArticle
from briefings.read.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

MAX_REDIRECTS = 5

_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
# Content types read as an article, and the media type each becomes.
_ACCEPTED = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "text/plain": "text/plain",
    "text/markdown": "text/markdown",
    "text/x-markdown": "text/markdown",
}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by `fetch_url` itself, to count them and check each hop."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def user_agent() -> str:
    """The User-Agent this tool announces itself with."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("briefings")
    except PackageNotFoundError:
        release = "dev"
    return f"briefings/{release} (+policy brief generator)"


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> RawArticle:
    """GET `url` and return the page; every failure is one InputFetchFailed line."""
    opener = urllib.request.build_opener(_NoRedirect)
    deadline = time.monotonic() + timeout
    current = url
    for _hop in range(max_redirects + 1):
        _check_scheme(url, current)
        request = urllib.request.Request(
            current,
            headers={
                "User-Agent": user_agent(),
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "identity",
            },
        )
        try:
            response = opener.open(request, timeout=max(0.1, deadline - time.monotonic()))
        except urllib.error.HTTPError as error:
            location = error.headers.get("Location") if error.headers else None
            error.close()
            if error.code in _REDIRECTS and location:
                current = urljoin(current, location)
                continue
            raise InputFetchFailed(f"{url}: HTTP {error.code} {error.reason}") from None
        except (urllib.error.URLError, OSError, HTTPException, ValueError) as error:
            raise InputFetchFailed(f"{url}: {_describe(error, timeout)}") from None
        with response:
            return _read_response(url, current, response, deadline, timeout, max_bytes)
    raise InputFetchFailed(f"{url}: too many redirects (more than {max_redirects})")


def _check_scheme(url: str, current: str) -> None:
    scheme = urlsplit(current).scheme.lower()
    if scheme not in ("http", "https"):
        where = "" if current == url else f" (redirected to {current})"
        raise InputFetchFailed(
            f"{url}: unsupported URL scheme {scheme!r}{where}; only http and https"
        )


def _read_response(
    url: str, final: str, response: HTTPResponse, deadline: float, timeout: float, max_bytes: int
) -> RawArticle:
    headers = response.headers
    declared = headers.get("Content-Type")
    content_type = headers.get_content_type() if declared else None
    if content_type is not None and content_type not in _ACCEPTED:
        raise InputFetchFailed(f"{url}: not an HTML page or text (content type {content_type})")
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise InputFetchFailed(
            f"{url}: too large ({int(length):,} bytes, over the {max_bytes:,}-byte limit)"
        )
    data = _read_bounded(url, response, deadline, timeout, max_bytes)
    metadata: dict[str, str] = {}
    charset = headers.get_content_charset()
    if charset:
        metadata["charset"] = charset
    if final != url:
        metadata["final_url"] = final
    media_type = _ACCEPTED.get(content_type or "", "")
    if media_type == "text/plain" and urlsplit(final).path.lower().endswith((".md", ".markdown")):
        media_type = "text/markdown"
    # An empty media type lets the reader sniff the bytes.
    return RawArticle(data=data, name=url, media_type=media_type, url=url, metadata=metadata)


def _read_bounded(
    url: str, stream: IO[bytes], deadline: float, timeout: float, max_bytes: int
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputFetchFailed(f"{url}: timed out after {timeout:g} s")
        try:
            chunk = stream.read(_CHUNK)
        except (OSError, HTTPException) as error:
            raise InputFetchFailed(f"{url}: {_describe(error, timeout)}") from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputFetchFailed(f"{url}: too large (over the {max_bytes:,}-byte limit)")
        chunks.append(chunk)


def _describe(error: BaseException, timeout: float) -> str:
    reason: object = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(reason, HTTPException):
        return f"bad HTTP response ({type(reason).__name__})"
    return str(reason) or type(reason).__name__
