"""HTML page -> Recovered: the main article text and its metadata, via trafilatura."""

from __future__ import annotations

import re
from typing import Any

from briefings.errors import NoArticleFound
from briefings.model import RawArticle
from briefings.read.formats.recovered import Recovered

_META_FIELDS = {
    "title": "title",
    "author": "author",
    "date": "published",
    "sitename": "publisher",
    "url": "url",
}
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\s|$)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def recover_html(raw: RawArticle, text: str | None = None) -> Recovered:
    """The article of an HTML page: paragraphs in order, title, author, date, site name, URL."""
    if text is None:
        text = _decode_page(raw)
    import trafilatura

    document = trafilatura.bare_extraction(
        text,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        # Only dates the page states as its own: no guessing from the text or the URL.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise NoArticleFound(f"{raw.name}: no article text found in this HTML page")
    blocks = _blocks_of(_field(document, "body"))
    if not blocks:
        blocks = [line for line in str(_field(document, "text") or "").split("\n") if line.strip()]
    if not _has_prose(blocks):
        raise NoArticleFound(f"{raw.name}: no article text found in this HTML page")
    metadata: dict[str, str] = {}
    for name, key in _META_FIELDS.items():
        value = _field(document, name)
        if isinstance(value, str) and value.strip():
            metadata[key] = " ".join(value.split())
    if "published" in metadata and not _ISO_DATE.match(metadata["published"]):
        del metadata["published"]
    return Recovered("\n\n".join(blocks), metadata, structured=True)


def _has_prose(blocks: list[str]) -> bool:
    """Whether the blocks hold article prose, not just menus, teasers and notices.

    trafilatura falls back to any text of a page without an article, such as a front page.
    """
    sentences = [
        block
        for block in blocks
        if _SENTENCE.search(block) and "cookie" not in block.lower() and len(block.split()) >= 8
    ]
    return any(len(block.split()) >= 15 for block in sentences) or len(sentences) >= 3


def _decode_page(raw: RawArticle) -> str:
    from briefings.read.formats.text import decode_bytes

    declared = raw.metadata.get("charset")
    if declared is None:
        match = _META_CHARSET.search(raw.data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    return decode_bytes(raw.data, raw.name, declared)


def _field(document: Any, name: str) -> Any:
    # trafilatura 1.x returns a dict, 2.x a Document object.
    if isinstance(document, dict):
        return document.get(name)
    return getattr(document, name, None)


def _blocks_of(body: Any) -> list[str]:
    """Paragraph blocks of trafilatura's XML body: head, p, list, quote, table."""
    if body is None:
        return []
    blocks: list[str] = []
    for element in body:
        blocks.extend(_element_blocks(element))
    return [block for block in blocks if block.strip()]


def _element_blocks(element: Any) -> list[str]:
    tag = element.tag
    if tag == "list":
        return ["\n".join(_list_lines(element))]
    if tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [_inline_text(cell).strip() for cell in row.iter("cell")]
            rows.append(" | ".join(cell for cell in cells if cell))
        return ["\n".join(row for row in rows if row)]
    if tag == "quote" and len(element) and all(child.tag in ("p", "list") for child in element):
        return [block for child in element for block in _element_blocks(child)]
    if tag in ("graphic",):
        return []
    return [_inline_text(element).strip()]


def _list_lines(element: Any) -> list[str]:
    lines: list[str] = []
    for item in element:
        if item.tag != "item":
            continue
        text = (item.text or "") + "".join(
            _inline_text(child) + (child.tail or "") for child in item if child.tag != "list"
        )
        lines.append("- " + " ".join(text.split()))
        for child in item:
            if child.tag == "list":
                lines.extend(_list_lines(child))
    return lines


def _inline_text(element: Any) -> str:
    """Text of an element, with trafilatura's <lb/> line breaks as newlines."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
