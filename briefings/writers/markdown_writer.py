"""Document -> Markdown bytes: the composed Markdown itself (pandoc-flavoured footnotes)."""

from __future__ import annotations

from briefings.blocks import Document
from briefings.brand import Brand


def write_markdown(document: Document, brand: Brand) -> bytes:
    """The Markdown the document was laid out from, with a classification line on top."""
    marking = f"**{brand.classification}**\n\n"
    return (marking + document.markdown).encode("utf-8")
