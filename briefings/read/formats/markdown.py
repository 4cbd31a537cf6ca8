"""Markdown -> Recovered: paragraphs, headings and lists without their syntax (markdown-it-py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.model import RawArticle
from briefings.read.formats.recovered import Recovered

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEYS = {
    "title": "title",
    "author": "author",
    "date": "published",
    "published": "published",
    "publisher": "publisher",
    "source": "publisher",
    "url": "url",
}
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def recover_markdown(raw: RawArticle, text: str | None = None) -> Recovered:
    """The article of a Markdown document; a leading `# Title` (or front matter) gives the title."""
    if text is None:
        from briefings.read.formats.text import decode_text

        text = decode_text(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    metadata, text = _split_front_matter(text)
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks, title = _blocks_of(parser.parse(text))
    if title and "title" not in metadata:
        metadata["title"] = title
    return Recovered("\n\n".join(blocks), metadata, structured=True)


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    metadata: dict[str, str] = {}
    for line in match.group("body").split("\n"):
        key, sep, value = line.partition(":")
        key, value = key.strip().lower(), value.strip().strip("\"'")
        if sep and value and key in _FRONT_KEYS:
            metadata.setdefault(_FRONT_KEYS[key], value)
    if "published" in metadata:
        date = _ISO_DATE.match(metadata["published"])
        if date:
            metadata["published"] = date.group(1)
        else:
            del metadata["published"]
    return metadata, text[match.end() :]


def _blocks_of(tokens: list[Token]) -> tuple[list[str], str | None]:
    """Paragraph blocks, and the title when the document opens with a first-level heading."""
    blocks: list[str] = []
    title: str | None = None
    list_lines: list[str] = []
    list_depth = 0
    numbers: list[int | None] = []
    row: list[str] = []
    rows: list[str] = []
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            start = token.attrGet("start") if kind == "ordered_list_open" else None
            numbers.append(
                int(start) if start is not None else (1 if kind == "ordered_list_open" else None)
            )
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            numbers.pop()
            if list_depth == 0 and list_lines:
                blocks.append("\n".join(list_lines))
                list_lines = []
        elif kind == "inline" and list_depth:
            marker = "- " if numbers[-1] is None else f"{numbers[-1]}. "
            if tokens[index - 1].type == "paragraph_open" and _opens_item(tokens, index):
                list_lines.append(marker + " ".join(_inline_text(token).split()))
                if numbers[-1] is not None:
                    numbers[-1] += 1
            elif list_lines:
                list_lines[-1] += " " + " ".join(_inline_text(token).split())
        elif kind == "inline" and tokens[index - 1].type == "heading_open":
            heading = " ".join(_inline_text(token).split())
            if tokens[index - 1].tag == "h1" and not blocks and title is None:
                title = heading
            else:
                blocks.append(heading)
        elif kind == "inline" and tokens[index - 1].type in ("th_open", "td_open"):
            row.append(" ".join(_inline_text(token).split()))
        elif kind == "tr_close":
            rows.append(" | ".join(cell for cell in row if cell))
            row = []
        elif kind == "table_close":
            blocks.append("\n".join(r for r in rows if r))
            rows = []
        elif kind == "inline":
            blocks.append(_inline_text(token).strip())
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.strip())
    return [block for block in blocks if block.strip()], title


def _opens_item(tokens: list[Token], index: int) -> bool:
    """Whether the paragraph at tokens[index] is the first one of its list item."""
    return index >= 2 and tokens[index - 2].type == "list_item_open"


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)
