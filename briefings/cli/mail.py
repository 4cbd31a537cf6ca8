"""`briefings email`: a brief as a ready-to-send message, drafted or delivered over SMTP."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefings.cli.shared import (
    EXIT_CODES_HELP,
    FORMATS,
    brand_option,
    engine_option,
    force_option,
    input_format_option,
    now_from_environment,
    read_brief_source,
    resolve_brand,
    template_option,
)

if TYPE_CHECKING:
    from briefings.deliver.mail import SmtpServer


@click.command(name="email", epilog=EXIT_CODES_HELP)
@click.argument("source", metavar="ARTICLE|BRIEF")
@click.option(
    "--to",
    multiple=True,
    required=True,
    metavar="ADDR",
    help="Recipient; repeat, or separate addresses with commas.",
)
@click.option("--cc", multiple=True, metavar="ADDR", help="Copy recipient; repeat or use commas.")
@click.option(
    "--from",
    "sender",
    envvar="BRIEFINGS_SMTP_FROM",
    metavar="ADDR",
    help="Sender (needed with --send). Default: $BRIEFINGS_SMTP_FROM.",
)
@click.option(
    "--subject",
    metavar="TEXT",
    help="Subject after the [CLASSIFICATION] marking. Default: the brief's title.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write the message to FILE.eml (- for standard output). Default without --send: "
    "OUTPUT_DIR/<title-slug>.eml, a draft (X-Unsent) that Outlook and Thunderbird open "
    "for editing.",
)
@click.option("--send", is_flag=True, help="Deliver the message by SMTP.")
@click.option(
    "-a",
    "--attach",
    type=click.Choice(FORMATS),
    multiple=True,
    help="Format of the brief to attach; repeat. Default: pdf and docx.",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder of the default draft and of --save-attachments.",
)
@click.option(
    "--save-attachments", is_flag=True, help="Also write the attached files to OUTPUT_DIR."
)
@brand_option
@template_option
@click.option(
    "--body-template",
    default="email",
    show_default=True,
    metavar="NAME|FILE",
    help="Template of the message body (its text and HTML alternatives).",
)
@force_option
@engine_option
@input_format_option
@click.option("--smtp-host", metavar="HOST", help="SMTP server. Default: $BRIEFINGS_SMTP_HOST.")
@click.option(
    "--smtp-port",
    type=click.IntRange(1, 65535),
    help="Default: $BRIEFINGS_SMTP_PORT, else 587 (starttls), 465 (ssl) or 25 (none).",
)
@click.option(
    "--smtp-security",
    type=click.Choice(("starttls", "ssl", "none")),
    help="Transport security. Default: $BRIEFINGS_SMTP_SECURITY, else starttls.",
)
@click.option(
    "--smtp-user",
    metavar="NAME",
    help="Login name (default: $BRIEFINGS_SMTP_USER). The password is read from "
    "$BRIEFINGS_SMTP_PASSWORD, or asked for on a terminal; never from the command line.",
)
@click.option(
    "--smtp-timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the SMTP server.",
)
def email_command(
    source: str,
    to: tuple[str, ...],
    cc: tuple[str, ...],
    sender: str | None,
    subject: str | None,
    output: str | None,
    send: bool,
    attach: tuple[str, ...],
    output_dir: Path,
    save_attachments: bool,
    brand_file: str | None,
    template: str,
    body_template: str,
    force: bool,
    engine: str,
    input_format: str | None,
    smtp_host: str | None,
    smtp_port: int | None,
    smtp_security: str | None,
    smtp_user: str | None,
    smtp_timeout: float,
) -> None:
    """Email the brief of ARTICLE (or of a BRIEF .yaml/.json file) as a draft or by SMTP.

    The message's subject carries the classification and the title; its body (plain text
    and HTML) gives the bottom line, key points and next steps; the brief is attached as
    PDF and DOCX. Without --send it is written as a draft .eml file.

    \b
    Examples:
      briefings email seeds/korea-canada-2plus2.txt --to desk@example.org
      briefings email brief.yaml --to a@example.org --cc b@example.org -o draft.eml
      BRIEFINGS_SMTP_PASSWORD=… briefings email article.html --to desk@example.org \\
          --send --from me@example.org --smtp-host smtp.example.org --smtp-user me
    """
    from briefings.deliver import (
        build_message,
        format_plain_text,
        format_subject,
        message_bytes,
        plan_outputs,
        render_email_html,
        resolve_server,
        save_outputs,
        send_message,
        slugify,
    )
    from briefings.errors import OutputExists
    from briefings.pipeline import build_document, render_document

    recipients = parse_addresses(to, "--to")
    copies = parse_addresses(cc, "--cc") if cc else []
    if send and not sender:
        raise click.UsageError("--send needs a sender: --from ADDR or $BRIEFINGS_SMTP_FROM.")
    server = (
        resolve_server(smtp_host, smtp_port, smtp_security, smtp_user, smtp_timeout)
        if send
        else None
    )
    brief, _ = read_brief_source(source, input_format=input_format, engine=engine)
    slug = slugify(brief.title)
    target = output or (None if send else str(output_dir / f"{slug}.eml"))
    if target not in (None, "-") and Path(target).exists() and not force:
        raise OutputExists(f"{target}: already exists (use --force to overwrite)")
    brand = resolve_brand(brand_file)
    now = now_from_environment()
    chosen = tuple(dict.fromkeys(attach)) or ("pdf", "docx")
    rendered = render_document(
        build_document(brief, brand=brand, now=now, template=template), chosen, brand
    )
    if save_attachments:
        for path in save_outputs(rendered, plan_outputs(output_dir, slug, chosen, force)):
            click.echo(str(path))
    body = build_document(brief, brand=brand, now=now, template=body_template)
    message = build_message(
        subject=format_subject(brand.classification, subject or brief.title),
        to=recipients,
        cc=copies,
        sender=sender,
        text=format_plain_text(body, brand),
        html=render_email_html(body, brand),
        attachments={f"{slug}.{fmt}": data for fmt, data in rendered.items()},
        now=now,
        draft=not send,
    )
    if server is not None:
        send_message(message, server, ask_password(server))
        click.echo(f"Sent to {', '.join(recipients + copies)} via {server}.", err=True)
    if target is not None:
        write_message(message_bytes(message), target)


def parse_addresses(values: tuple[str, ...], option: str) -> list[str]:
    """`--to`/`--cc` values as formatted addresses; a usage error names the first bad one."""
    from email.utils import formataddr, getaddresses

    pairs = getaddresses(list(values))
    bad = [address for _, address in pairs if "@" not in address]
    if bad or not pairs:
        shown = bad[0] if bad else ""
        raise click.BadParameter(f"not an email address: {shown!r}", param_hint=option)
    return [formataddr(pair) for pair in pairs]


def ask_password(server: SmtpServer) -> str | None:
    """The SMTP password: $BRIEFINGS_SMTP_PASSWORD, else asked on a terminal; None if no user."""
    from briefings.errors import DeliveryFailed

    if not server.user:
        return None
    password = os.environ.get("BRIEFINGS_SMTP_PASSWORD")
    if password is None and not sys.stdin.isatty():
        raise DeliveryFailed(
            f"{server}: no password for {server.user} (set BRIEFINGS_SMTP_PASSWORD)"
        )
    if password is None:
        password = click.prompt(
            f"SMTP password for {server.user} at {server.host}", hide_input=True, err=True
        )
    if server.security == "none" and server.host not in ("localhost", "127.0.0.1", "::1"):
        click.echo(f"Warning: {server}: the password travels unencrypted.", err=True)
    return password


def write_message(data: bytes, target: str) -> None:
    """The message to standard output (-) or written atomically to a file whose path is shown."""
    from briefings.deliver import write_atomically

    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_atomically(Path(target), data)
    click.echo(target)
