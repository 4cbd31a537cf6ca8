"""Email messages: subject, alternatives, attachments, drafts; SMTP server settings."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default

import pytest
from samples import seed_document

from briefings.brand import load_brand
from briefings.deliver.mail import (
    SmtpServer,
    build_message,
    format_plain_text,
    format_subject,
    message_bytes,
    render_email_html,
    resolve_server,
)
from briefings.errors import DeliveryFailed

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _message(draft: bool) -> EmailMessage:
    return build_message(
        subject=format_subject("Unclassified", "South Korea and Canada"),
        to=["Desk <desk@example.org>", "b@example.org"],
        cc=["c@example.org"],
        sender="Analyst <me@example.org>",
        text="Bottom line: ça va.\n",
        html="<p>Bottom line</p>",
        attachments={"brief.pdf": b"%PDF-1.7\x00\xff", "brief.docx": b"PK\x03\x04\x00"},
        now=NOW,
        draft=draft,
    )


def test_subject_carries_the_marking_then_the_title() -> None:
    assert format_subject("unclassified ", " A title ") == "[UNCLASSIFIED] A title"
    assert format_subject("", "A title") == "A title"


def test_message_has_alternatives_then_attachments_with_their_types() -> None:
    message = _parse(message_bytes(_message(draft=False)))
    assert message["Subject"] == "[UNCLASSIFIED] South Korea and Canada"
    assert message["To"] == "Desk <desk@example.org>, b@example.org"
    assert message["Cc"] == "c@example.org" and message["X-Unsent"] is None
    assert message["Message-ID"].endswith("@example.org>")
    assert message.get_content_type() == "multipart/mixed"
    body = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert body is not None and body.get_content().splitlines() == ["Bottom line: ça va."]
    assert html is not None and "<p>Bottom line</p>" in html.get_content()
    attached = {part.get_filename(): part for part in message.iter_attachments()}
    assert attached["brief.pdf"].get_content_type() == "application/pdf"
    assert attached["brief.docx"].get_content_type() == DOCX_TYPE
    assert attached["brief.pdf"].get_content() == b"%PDF-1.7\x00\xff"


def test_a_draft_is_marked_unsent_and_uses_crlf() -> None:
    data = message_bytes(_message(draft=True))
    assert _parse(data)["X-Unsent"] == "1"
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_body_text_and_html_come_from_the_blocks() -> None:
    brand = load_brand()
    document = seed_document()
    text = format_plain_text(document, brand)
    marking = brand.classification.upper()
    assert text.startswith(f"{marking}\n\n") and text.rstrip().endswith(marking)
    assert ":::" not in text
    html = render_email_html(document, brand)
    assert html.startswith("<!DOCTYPE html>") and "<h1>" in html and "<script" not in html


def test_server_comes_from_options_then_environment() -> None:
    environ = {
        "BRIEFINGS_SMTP_HOST": "mail.example.org",
        "BRIEFINGS_SMTP_SECURITY": "SSL",
        "BRIEFINGS_SMTP_USER": "alice",
    }
    assert resolve_server(None, None, None, None, environ=environ) == SmtpServer(
        "mail.example.org", 465, "ssl", "alice"
    )
    server = resolve_server("other", 2525, "none", "bob", 5.0, environ=environ)
    assert server == SmtpServer("other", 2525, "none", "bob", 5.0)
    assert resolve_server("h", None, None, None, environ={}).port == 587


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"BRIEFINGS_SMTP_HOST": "h", "BRIEFINGS_SMTP_PORT": "x"},
        {"BRIEFINGS_SMTP_HOST": "h", "BRIEFINGS_SMTP_SECURITY": "tls"},
    ],
)
def test_bad_server_settings_are_delivery_errors(environ: dict[str, str]) -> None:
    with pytest.raises(DeliveryFailed):
        resolve_server(None, None, None, None, environ=environ)
