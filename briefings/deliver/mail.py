"""Brief -> email: an RFC 5322 message with the brief attached, saved as a draft or sent by SMTP.

Named `mail` rather than `email` so that it never shadows the standard library's package.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from html import escape
from typing import Literal

from briefings.blocks import Document
from briefings.brand import Brand
from briefings.errors import DeliveryFailed

Security = Literal["starttls", "ssl", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "ssl", "none")
DEFAULT_PORTS: dict[Security, int] = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_TIMEOUT = 30.0

# MIME type of each output format, as (maintype, subtype).
MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "md": ("text", "markdown"),
    "html": ("text", "html"),
    "json": ("application", "json"),
}

_FENCE_OPEN = re.compile(r"^:::\s*[\w-]+\s*(?P<label>.*?)\s*$", re.MULTILINE)
_FENCE_CLOSE = re.compile(r"^:::\s*\n?", re.MULTILINE)


@dataclass(frozen=True)
class SmtpServer:
    """Where and how to deliver: host, port, transport security, login and timeout."""

    host: str
    port: int
    security: Security = "starttls"
    user: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def format_subject(classification: str, title: str) -> str:
    """The subject line: the classification marking in brackets, then the title."""
    marking = classification.strip().upper()
    return f"[{marking}] {title.strip()}" if marking else title.strip()


def format_plain_text(document: Document, brand: Brand) -> str:
    """The plain-text alternative: the composed Markdown, its fenced-div markers made readable."""
    text = _FENCE_OPEN.sub(
        lambda match: f"{match['label']}:" if match["label"] else "", document.markdown
    )
    text = _FENCE_CLOSE.sub("", text)
    marking = brand.classification.strip().upper()
    body = re.sub(r"\n{3,}", "\n\n", text).strip()
    return f"{marking}\n\n{body}\n\n{marking}\n" if marking else f"{body}\n"


def render_email_html(document: Document, brand: Brand) -> str:
    """A light HTML body for mail clients: the blocks, the brand's colours, marking banners."""
    from briefings.writers.html_writer import render_block

    body = "\n".join(render_block(block) for block in document.blocks)
    c = brand.colors
    banner = (
        f'<p style="background:{brand.classification_background};'
        f"color:{brand.classification_color};text-align:center;font-weight:bold;"
        f'font-size:12px;margin:0;padding:3px">{escape(brand.classification)}</p>'
    )
    css = (
        f"body{{font-family:Arial,Helvetica,sans-serif;color:{c['foreground']};"
        "line-height:1.45;margin:0}"
        f"h1{{color:{brand.heading_color};font-size:22px;margin:16px 0 6px}}"
        f"h2,h3{{color:{brand.heading_color};font-size:17px;margin:18px 0 6px}}"
        f".bottom-line{{background:{c['light']};border-left:4px solid {c['secondary']};"
        "padding:8px 12px}"
        "table{border-collapse:collapse;font-size:14px}"
        f"th{{background:{c['primary']};color:#fff;text-align:left;padding:4px 8px}}"
        f"td{{border-bottom:1px solid {c['border']};padding:4px 8px}}"
        f"sup a{{color:{c['secondary']};text-decoration:none}}"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(document.info.language)}">\n<head>\n'
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
        f"<title>{escape(document.info.title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f'{banner}\n<div style="max-width:640px;margin:0 auto;padding:8px 16px">\n'
        f"{body}\n</div>\n{banner}\n</body>\n</html>\n"
    )


def build_message(
    *,
    subject: str,
    to: Sequence[str],
    cc: Sequence[str] = (),
    sender: str | None = None,
    text: str,
    html: str,
    attachments: Mapping[str, bytes] | None = None,
    now: datetime,
    draft: bool = False,
) -> EmailMessage:
    """A multipart message: text and HTML alternatives, then the attachments by file name."""
    from email.policy import SMTP
    from email.utils import format_datetime, make_msgid

    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    if sender:
        message["From"] = sender
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Date"] = format_datetime(now)
    domain = sender.rpartition("@")[2].strip(" >") if sender and "@" in sender else "briefings"
    message["Message-ID"] = make_msgid(domain=domain)  # a domain avoids a slow getfqdn()
    if draft:
        message["X-Unsent"] = "1"  # Outlook and Thunderbird open the file as an editable draft
    message.set_content(text, subtype="plain")
    message.add_alternative(html, subtype="html")
    for filename, data in (attachments or {}).items():
        maintype, subtype = MEDIA_TYPES.get(
            filename.rpartition(".")[2].lower(), ("application", "octet-stream")
        )
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire (CRLF line ends)."""
    from email.policy import SMTP

    return message.as_bytes(policy=SMTP)


def resolve_server(
    host: str | None,
    port: int | None,
    security: str | None,
    user: str | None,
    timeout: float = DEFAULT_TIMEOUT,
    environ: Mapping[str, str] = os.environ,
) -> SmtpServer:
    """The SMTP server from options, else BRIEFINGS_SMTP_* variables; port by security."""
    host = host or environ.get("BRIEFINGS_SMTP_HOST")
    if not host:
        raise DeliveryFailed("no SMTP server: give --smtp-host or set BRIEFINGS_SMTP_HOST")
    chosen = (security or environ.get("BRIEFINGS_SMTP_SECURITY") or "starttls").lower()
    modes: dict[str, Security] = {mode: mode for mode in SECURITIES}
    if chosen not in modes:
        raise DeliveryFailed(f"BRIEFINGS_SMTP_SECURITY={chosen}: use starttls, ssl or none")
    mode = modes[chosen]
    if port is None and environ.get("BRIEFINGS_SMTP_PORT"):
        try:
            port = int(environ["BRIEFINGS_SMTP_PORT"])
        except ValueError:
            raise DeliveryFailed(
                f"BRIEFINGS_SMTP_PORT={environ['BRIEFINGS_SMTP_PORT']}: not a port number"
            ) from None
    user = user or environ.get("BRIEFINGS_SMTP_USER") or None
    return SmtpServer(host, port or DEFAULT_PORTS[mode], mode, user, timeout)


def send_message(message: EmailMessage, server: SmtpServer, password: str | None = None) -> None:
    """Deliver over SMTP; every failure becomes one line of DeliveryFailed."""
    import smtplib
    import socket
    import ssl

    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if server.security == "ssl":
            client = smtplib.SMTP_SSL(
                server.host, server.port, timeout=server.timeout, context=context
            )
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        with client:
            if server.security == "starttls":
                client.starttls(context=context)
            if server.user:
                client.login(server.user, password or "")
            refused = client.send_message(message)
    except smtplib.SMTPAuthenticationError as error:
        raise DeliveryFailed(
            f"{server}: authentication failed for {server.user} ({_reply(error)})"
        ) from None
    except smtplib.SMTPNotSupportedError as error:
        if "STARTTLS" in str(error):
            hint = "the server does not offer STARTTLS (use --smtp-security ssl or none)"
        elif "AUTH" in str(error):
            hint = "the server offers no login (AUTH); leave out --smtp-user"
        else:
            hint = str(error).rstrip(".")
        raise DeliveryFailed(f"{server}: {hint}") from None
    except smtplib.SMTPRecipientsRefused as error:
        names = ", ".join(sorted(error.recipients))
        raise DeliveryFailed(f"{server}: every recipient was refused ({names})") from None
    except smtplib.SMTPSenderRefused as error:
        raise DeliveryFailed(f"{server}: sender {error.sender} refused ({_reply(error)})") from None
    except smtplib.SMTPResponseException as error:
        raise DeliveryFailed(f"{server}: the server said {_reply(error)}") from None
    except smtplib.SMTPServerDisconnected as error:
        if "timed out" in str(error):  # smtplib reports a silent server this way
            raise DeliveryFailed(f"{server}: no answer within {server.timeout:g} s") from None
        raise DeliveryFailed(f"{server}: the server closed the connection") from None
    except smtplib.SMTPException as error:
        raise DeliveryFailed(f"{server}: {error}") from None
    except ssl.SSLError as error:
        raise DeliveryFailed(f"{server}: TLS failed ({error.reason or error})") from None
    except TimeoutError:
        raise DeliveryFailed(f"{server}: no answer within {server.timeout:g} s") from None
    except ConnectionRefusedError:
        raise DeliveryFailed(f"{server}: connection refused") from None
    except socket.gaierror:
        raise DeliveryFailed(f"{server}: unknown host {server.host}") from None
    except OSError as error:
        raise DeliveryFailed(f"{server}: cannot connect ({error.strerror or error})") from None
    if refused:
        names = ", ".join(sorted(refused))
        raise DeliveryFailed(f"{server}: delivered, but these recipients were refused: {names}")


def _reply(error: Exception) -> str:
    code = getattr(error, "smtp_code", "")
    text = getattr(error, "smtp_error", b"")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(f"{code} {text}".split())
