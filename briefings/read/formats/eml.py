"""Email (.eml) -> Recovered: the article in the body, without forward headers, quotes, sign-off."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage, MIMEPart

from briefings.errors import NoArticleFound
from briefings.model import RawArticle
from briefings.read.formats.recovered import HTML, Recovered

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|tr|aw|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht)\s*-{2,}"
    r"|Begin forwarded message:|_{10,})\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(
    r"^\s*\**(?P<key>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To)\**\s*:\**\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_WROTE_LINE = re.compile(r"^\s*On\b.{5,200}\bwrote:\s*$")
_QUOTE_MARK = re.compile(r"^(?:\s?>)+ ?")
# A note above a forwarded article: "Worth a brief.", "FYI:", "Hi all,", "See below!"
_NOTE_WORDS = 12
_NOTE_END = re.compile(r"[.!?:,\u2026][\"'\u201d\u2019)]*$")


def recover_eml(raw: RawArticle, text: str | None = None) -> Recovered:
    """The article of an email: its text/plain part, else its HTML part; subject as fallback."""
    if text is None:
        message = email.message_from_bytes(raw.data, policy=policy.default)
    else:
        message = email.message_from_string(text, policy=policy.default)
    assert isinstance(message, EmailMessage)
    subject = _SUBJECT_PREFIX.sub("", str(message.get("subject", "") or "")).strip()
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise NoArticleFound(f"{raw.name}: this email has no text or HTML body")
    if part.get_content_type() == "text/html":
        from briefings.read.formats.html import recover_html

        html_bytes = part.get_payload(decode=True)
        assert isinstance(html_bytes, bytes)
        page = RawArticle(
            data=html_bytes,
            name=raw.name,
            media_type=HTML,
            metadata={"charset": part.get_content_charset() or "utf-8"},
        )
        recovered = recover_html(page)
        body, forwarded_subject = strip_email_furniture(recovered.text)
        metadata = {**recovered.metadata}
        structured = True
    else:
        body, forwarded_subject = strip_email_furniture(_plain_content(part, raw.name))
        metadata = {}
        structured = False
    fallback = forwarded_subject or subject
    if fallback:
        metadata["subject"] = fallback
        body, had_note = drop_note(body, fallback)
        if had_note:
            metadata.setdefault("title", fallback)
    if not body.strip():
        raise NoArticleFound(f"{raw.name}: the email body holds no article text")
    return Recovered(body, metadata, structured)


def drop_note(body: str, subject: str) -> tuple[str, bool]:
    """The body without a sender's short note above the article ("Worth a brief."), if any.

    A note is a first paragraph of one short line that ends like a sentence or a greeting
    (a headline does not) and is not the subject itself; the subject then titles the article.
    """
    first, gap, rest = body.strip("\n").partition("\n\n")
    note = first.strip()
    if (
        not gap
        or not rest.strip()
        or "\n" in note
        or len(note.split()) > _NOTE_WORDS
        or not _NOTE_END.search(note)
        or _key(note) == _key(subject)
    ):
        return body, False
    return rest.lstrip("\n"), True


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _plain_content(part: MIMEPart, name: str) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        from briefings.read.formats.text import decode_bytes

        payload = part.get_payload(decode=True)
        content = decode_bytes(payload if isinstance(payload, bytes) else b"", name)
    assert isinstance(content, str)
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if _param(part, "format") == "flowed":
        content = unflow_text(content, delsp=_param(part, "delsp") == "yes")
    return content


def _param(part: MIMEPart, name: str) -> str:
    value = part.get_param(name, "")
    return value.lower() if isinstance(value, str) else ""


def unflow_text(text: str, *, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next line."""
    lines: list[str] = []
    current = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            current += line[:-1] if delsp else line
            continue
        lines.append(current + line)
        current = ""
    if current:
        lines.append(current)
    return "\n".join(lines)


def strip_email_furniture(body: str) -> tuple[str, str | None]:
    """The article part of an email body, and the forwarded message's subject if there is one."""
    lines = body.split("\n")
    forwarded_subject: str | None = None
    for index, line in enumerate(lines):
        if _FORWARD_MARK.match(line):
            lines, forwarded_subject = _skip_forward_headers(lines[index + 1 :])
            break
    lines = _unquote(lines)
    for index, line in enumerate(lines):
        if line.rstrip() == "--":
            lines = lines[:index]
            break
    return "\n".join(lines).strip("\n"), forwarded_subject


def _skip_forward_headers(lines: list[str]) -> tuple[list[str], str | None]:
    subject: str | None = None
    index = 0
    in_header = False
    while index < len(lines):
        line = lines[index]
        header = _HEADER_LINE.match(line)
        if header:
            in_header = True
            if header.group("key").lower() == "subject":
                subject = _SUBJECT_PREFIX.sub("", header.group("value")).strip() or None
        elif not line.strip() or (in_header and line[:1] in (" ", "\t")):
            pass
        else:
            break
        index += 1
    return lines[index:], subject


def _unquote(lines: list[str]) -> list[str]:
    quoted = [line for line in lines if _QUOTE_MARK.match(line)]
    if not quoted:
        return lines
    kept = [line for line in lines if not _WROTE_LINE.match(line)]
    return [_QUOTE_MARK.sub("", line, count=1) for line in kept]
