"""Document -> JSON bytes: the Brief, as `briefings extract --format json` writes it."""

from __future__ import annotations

from briefings.blocks import Document
from briefings.brand import Brand


def write_json(document: Document, brand: Brand) -> bytes:
    """The Brief behind the document as indented JSON."""
    return (document.brief.model_dump_json(indent=2) + "\n").encode("utf-8")
