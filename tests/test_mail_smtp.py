"""`briefings email` against a real SMTP server (aiosmtpd) on 127.0.0.1, and as a draft."""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner

from briefings.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-canada-2plus2.txt"
SLUG = "south-korea-and-canada-demand-withdrawal-of-north-korean-troops-from-russia"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    """Accept alice / s3cret only."""
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"alice", b"s3cret")
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764144000")
    for name in ("HOST", "PORT", "USER", "SECURITY", "PASSWORD", "FROM"):
        monkeypatch.delenv(f"BRIEFINGS_SMTP_{name}", raising=False)
    return CliRunner()


@pytest.fixture(scope="module")
def brief_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's brief, extracted once for the module."""
    path = tmp_path_factory.mktemp("brief") / "brief.yaml"
    result = CliRunner().invoke(main, ["extract", str(SEED), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def server() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=authenticate, auth_require_tls=False
    )
    controller.start()
    yield inbox, port
    controller.stop()


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _send(port: int, *extra: str) -> list[str]:
    return [
        "--to", "Desk <desk@example.org>, b@example.org", "--cc", "c@example.org",
        "--from", "analyst@example.org", "--send", "--smtp-host", "127.0.0.1",
        "--smtp-port", str(port), "--smtp-security", "none", "--smtp-timeout", "5", *extra,
    ]  # fmt: skip


def test_sent_message_arrives_with_both_alternatives_and_the_files_written(
    runner: CliRunner, server: tuple[Inbox, int], tmp_path: Path
) -> None:
    inbox, port = server
    out = tmp_path / "out"
    arguments = ["email", str(SEED), *_send(port), "--save-attachments", "--output-dir", str(out)]
    result = runner.invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert f"via 127.0.0.1:{port}" in result.stderr
    [envelope] = inbox.envelopes
    assert envelope.mail_from == "analyst@example.org"
    assert sorted(envelope.rcpt_tos) == ["b@example.org", "c@example.org", "desk@example.org"]
    message = _parse(envelope.original_content)
    assert message["Subject"].startswith("[UNCLASSIFIED] South Korea and Canada")
    assert message["X-Unsent"] is None
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and "Key points" in plain.get_content()
    assert html is not None and "<h2" in html.get_content()
    attached = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(attached) == {f"{SLUG}.pdf", f"{SLUG}.docx"}
    assert attached[f"{SLUG}.pdf"].get_content_type() == "application/pdf"
    assert attached[f"{SLUG}.docx"].get_content_type() == DOCX_TYPE
    for name, part in attached.items():
        assert part.get_content() == (out / name).read_bytes()


def test_login_with_the_password_from_the_environment(
    runner: CliRunner, server: tuple[Inbox, int], brief_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = server
    monkeypatch.setenv("BRIEFINGS_SMTP_PASSWORD", "s3cret")
    result = runner.invoke(main, ["email", str(brief_file), *_send(port, "--smtp-user", "alice")])
    assert result.exit_code == 0, result.output
    assert len(inbox.envelopes) == 1


def test_wrong_password_is_delivery_failed(
    runner: CliRunner, server: tuple[Inbox, int], brief_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = server
    monkeypatch.setenv("BRIEFINGS_SMTP_PASSWORD", "wrong")
    result = runner.invoke(main, ["email", str(brief_file), *_send(port, "--smtp-user", "alice")])
    assert result.exit_code == 14
    assert result.output.strip().splitlines() == [
        f"Error: 127.0.0.1:{port}: authentication failed for alice "
        "(535 5.7.8 Authentication credentials invalid)"
    ]
    assert inbox.envelopes == []


def test_no_password_and_no_terminal_is_delivery_failed(
    runner: CliRunner, server: tuple[Inbox, int], brief_file: Path
) -> None:
    _, port = server
    result = runner.invoke(main, ["email", str(brief_file), *_send(port, "--smtp-user", "alice")])
    assert result.exit_code == 14 and "BRIEFINGS_SMTP_PASSWORD" in result.output


def test_connection_refused_is_delivery_failed(runner: CliRunner, brief_file: Path) -> None:
    port = free_port()
    result = runner.invoke(main, ["email", str(brief_file), *_send(port)])
    assert result.exit_code == 14
    assert result.output.strip() == f"Error: 127.0.0.1:{port}: connection refused"


def test_a_silent_server_times_out(runner: CliRunner, brief_file: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        arguments = ["email", str(brief_file), *_send(port), "--smtp-timeout", "0.3"]
        result = runner.invoke(main, arguments)
    assert result.exit_code == 14
    assert result.output.strip() == f"Error: 127.0.0.1:{port}: no answer within 0.3 s"


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_delivery_verifies_the_server(
    runner: CliRunner,
    brief_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    security: str,
) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox, port = Inbox(), free_port()
    options: dict[str, Any] = (
        {"tls_context": context, "require_starttls": True}
        if security == "starttls"
        else {"ssl_context": context, "auth_require_tls": False}  # implicit TLS
    )
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=authenticate, **options
    )
    controller.start()
    try:
        monkeypatch.setenv("BRIEFINGS_SMTP_PASSWORD", "s3cret")
        arguments = [
            "email", str(brief_file), *_send(port, "--smtp-user", "alice"),
            "--smtp-security", security,
        ]  # fmt: skip
        untrusted = runner.invoke(main, arguments)
        assert untrusted.exit_code == 14 and "TLS failed" in untrusted.output
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        trusted = runner.invoke(main, arguments)
        assert trusted.exit_code == 0, trusted.output
    finally:
        controller.stop()
    assert len(inbox.envelopes) == 1


def test_draft_is_written_atomically_with_x_unsent(
    runner: CliRunner, brief_file: Path, tmp_path: Path
) -> None:
    arguments = [
        "email",
        str(brief_file),
        "--to",
        "desk@example.org",
        "--output-dir",
        str(tmp_path),
    ]
    result = runner.invoke(main, arguments)
    assert result.exit_code == 0, result.output
    draft = tmp_path / f"{SLUG}.eml"
    assert result.stdout.strip() == str(draft)
    assert [path.name for path in tmp_path.iterdir()] == [draft.name]
    message = _parse(draft.read_bytes())
    assert message["X-Unsent"] == "1" and message["From"] is None
    assert {part.get_filename() for part in message.iter_attachments()} == {
        f"{SLUG}.pdf",
        f"{SLUG}.docx",
    }
    again = runner.invoke(main, arguments)
    assert again.exit_code == 12 and "already exists" in again.output


def test_draft_to_stdout_with_a_chosen_subject(runner: CliRunner, brief_file: Path) -> None:
    arguments = ["email", str(brief_file), "--to", "desk@example.org", "-o", "-", "-a", "md"]
    result = runner.invoke(main, [*arguments, "--subject", "Morning brief"])
    assert result.exit_code == 0, result.output
    message = _parse(result.stdout_bytes)
    assert message["Subject"] == "[UNCLASSIFIED] Morning brief"
    assert [part.get_filename() for part in message.iter_attachments()] == [f"{SLUG}.md"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--to", "not-an-address"], "not an email address"),
        (["--to", "a@example.org", "--send"], "--send needs a sender"),
    ],
)
def test_usage_errors(
    runner: CliRunner, brief_file: Path, arguments: list[str], message: str
) -> None:
    result = runner.invoke(main, ["email", str(brief_file), *arguments])
    assert result.exit_code == 2 and message in result.output
