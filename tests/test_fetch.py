"""URL reading against a real HTTP server on 127.0.0.1: redirects, errors, limits, content types."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefings.errors import InputFetchFailed
from briefings.read.clean import clean_article
from briefings.read.fetch import fetch_url, user_agent
from briefings.read.sources import read_source

PAGE = (Path(__file__).parent / "inputs" / "korea-canada.html").read_bytes()
CLEAN = (Path(__file__).parent / "inputs" / "korea-canada.clean.txt").read_text(encoding="utf-8")
TITLE, BODY = CLEAN.strip().split("\n\n", 1)
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    """Routes for each behaviour a fetch must survive."""

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif path == "/plain":
            self._send(200, "text/plain; charset=windows-1252", CLEAN.encode("cp1252"))
        elif path == "/no-type":
            self._send(200, None, PAGE)
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hop/{left - 1}" if left > 0 else "/article")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file")
        elif path == "/missing":
            self._send(404, "text/html", b"<h1>Not here</h1>")
        elif path == "/broken":
            self._send(500, "text/html", b"<h1>Oops</h1>")
        elif path == "/slow":
            time.sleep(2.0)
            self._send(200, "text/html", PAGE)
        elif path == "/huge":
            self._send(200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>")
        elif path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(10):
                    self.wfile.write(b"<p>" + b"y" * 50_000 + b"</p>")
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n...")
        elif path == "/json":
            self._send(200, "application/json", b'{"a": 1}')
        elif path == "/empty-page":
            self._send(
                200, "text/html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
            )
        else:
            self._send(404, "text/plain", b"no route")

    def _send(self, status: int, content_type: str | None, body: bytes) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may give up (size cap or timeout), as it should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_reads_a_page_like_an_html_file(server: str) -> None:
    raw = read_source(f"{server}/article")
    article = clean_article(raw)
    assert raw.media_type == "text/html"
    assert raw.url == f"{server}/article"
    assert article.text == BODY
    assert article.source.title == TITLE
    assert article.source.url == f"{server}/article"  # the address read, not the canonical one
    assert article.source.publisher == "The Pacific Ledger"


def test_fetch_announces_itself(server: str) -> None:
    SEEN_AGENTS.clear()
    fetch_url(f"{server}/article")
    assert [user_agent()] == SEEN_AGENTS
    assert user_agent().startswith("briefings/")
    assert user_agent().endswith("(+policy brief generator)")


def test_fetch_decodes_plain_text_in_the_declared_charset(server: str) -> None:
    raw = read_source(f"{server}/plain")
    article = clean_article(raw)
    assert raw.metadata["charset"] == "windows-1252"
    assert article.text == BODY


def test_fetch_sniffs_a_page_without_content_type(server: str) -> None:
    assert read_source(f"{server}/no-type").media_type == "text/html"


def test_fetch_follows_up_to_five_redirects(server: str) -> None:
    raw = read_source(f"{server}/hop/4")
    assert raw.url == f"{server}/hop/4"
    assert raw.metadata["final_url"] == f"{server}/article"
    assert clean_article(raw).text == BODY


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/hop/5", "too many redirects (more than 5)"),
        ("/to-ftp", "unsupported URL scheme 'ftp' (redirected to ftp://127.0.0.1/file)"),
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/pdf", "not an HTML page or text (content type application/pdf)"),
        ("/json", "not an HTML page or text (content type application/json)"),
        ("/huge", "too large (300,007 bytes, over the 100,000-byte limit)"),
        ("/huge-unannounced", "too large (over the 100,000-byte limit)"),
    ],
)
def test_fetch_failures_are_one_clear_line(server: str, path: str, message: str) -> None:
    with pytest.raises(InputFetchFailed) as caught:
        read_source(f"{server}{path}", max_bytes=100_000)
    assert caught.value.format_message().startswith(f"{server}{path}: ")
    assert message in caught.value.format_message()
    assert "\n" not in caught.value.format_message()
    assert caught.value.exit_code == InputFetchFailed.exit_code


def test_fetch_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputFetchFailed, match=r"timed out after 0.5 s"):
        read_source(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 1.8


def test_fetch_reports_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputFetchFailed, match="connection refused"):
        read_source(f"http://127.0.0.1:{port}/article")


def test_a_page_without_an_article_is_no_article_found(server: str) -> None:
    from briefings.errors import NoArticleFound

    with pytest.raises(NoArticleFound, match="no article text found"):
        clean_article(read_source(f"{server}/empty-page"))


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_only_http_and_https_urls_are_fetched(url: str) -> None:
    with pytest.raises(InputFetchFailed, match="only http and https"):
        read_source(url)
