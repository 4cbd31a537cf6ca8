"""Rendered bytes -> where they go: files written atomically, an email draft or an SMTP send."""

from briefings.deliver.mail import (
    build_message,
    format_plain_text,
    format_subject,
    message_bytes,
    render_email_html,
    resolve_server,
    send_message,
)
from briefings.deliver.save import (
    output_paths,
    plan_outputs,
    remove_stale_temporaries,
    save_outputs,
    slugify,
    write_atomically,
)

__all__ = [
    "build_message",
    "format_plain_text",
    "format_subject",
    "message_bytes",
    "output_paths",
    "plan_outputs",
    "remove_stale_temporaries",
    "render_email_html",
    "resolve_server",
    "save_outputs",
    "send_message",
    "slugify",
    "write_atomically",
]
