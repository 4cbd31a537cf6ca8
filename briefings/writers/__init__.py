"""Document -> bytes: one writer per output format, chosen by name."""

from __future__ import annotations

from collections.abc import Callable

from briefings.blocks import Document
from briefings.brand import Brand

Writer = Callable[[Document, Brand], bytes]


def _write_pdf(document: Document, brand: Brand) -> bytes:
    from briefings.writers.pdf.writer import write_pdf

    return write_pdf(document, brand)


def _write_docx(document: Document, brand: Brand) -> bytes:
    from briefings.writers.docx.writer import write_docx

    return write_docx(document, brand)


def _write_markdown(document: Document, brand: Brand) -> bytes:
    from briefings.writers.markdown_writer import write_markdown

    return write_markdown(document, brand)


def _write_html(document: Document, brand: Brand) -> bytes:
    from briefings.writers.html_writer import write_html

    return write_html(document, brand)


def _write_json(document: Document, brand: Brand) -> bytes:
    from briefings.writers.json_writer import write_json

    return write_json(document, brand)


# The one registry of output formats; writers import their libraries lazily so that
# `briefings --help` stays fast.
WRITERS: dict[str, Writer] = {
    "pdf": _write_pdf,
    "docx": _write_docx,
    "md": _write_markdown,
    "html": _write_html,
    "json": _write_json,
}
