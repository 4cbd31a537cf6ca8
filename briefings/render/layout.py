"""Markdown -> Blocks: parse the composed brief into the closed set of blocks writers map.

Recognised Markdown: `#` title, `##`/`###` headings, paragraphs, bullet and ordered lists,
GFM tables, definition lists (facts), `::: subtitle`, `::: bottom-line LABEL`, `::: figures`
(a definition list of value / what it counts), footnotes (evidence notes), emphasis, links.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from briefings.blocks import (
    Block,
    BottomLine,
    BulletList,
    Callouts,
    Facts,
    Heading,
    Inline,
    Inlines,
    Link,
    Note,
    NoteRef,
    Notes,
    Paragraph,
    Subtitle,
    Table,
    Text,
    Title,
    plain_text,
)

CONTAINERS = ("subtitle", "bottom-line", "figures")


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    parser.use(footnote_plugin).use(deflist_plugin)
    for name in CONTAINERS:
        parser.use(container_plugin, name=name)
    return parser


def layout_blocks(markdown: str) -> tuple[Block, ...]:
    """Parse composed Markdown into blocks, in document order."""
    tokens = _parser().parse(markdown)
    return tuple(_Walker(tokens).blocks())


class _Walker:
    """Walks markdown-it's flat token stream, consuming one block at a time."""

    def __init__(self, tokens: list[Any]) -> None:
        self.tokens = tokens
        self.position = 0

    def blocks(self) -> list[Block]:
        found: list[Block] = []
        while self.position < len(self.tokens):
            block = self._next_block()
            if block is not None:
                found.append(block)
        return found

    def _take(self) -> Any:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def _skip_to(self, closing: str) -> None:
        while self._take().type != closing:
            pass

    def _next_block(self) -> Block | None:
        token = self._take()
        kind = token.type
        if kind == "heading_open":
            inlines = _inlines(self._take())
            self._take()
            level = int(token.tag[1])
            if level == 1:
                return Title(inlines)
            return Heading(level - 1, inlines, _anchor(plain_text(inlines)))
        if kind == "paragraph_open":
            inlines = _inlines(self._take())
            self._take()
            return Paragraph(inlines)
        if kind in ("bullet_list_open", "ordered_list_open"):
            return BulletList(tuple(self._list_items()), ordered=kind == "ordered_list_open")
        if kind == "table_open":
            return self._table()
        if kind == "dl_open":
            return Facts(tuple(self._definitions()))
        if kind == "container_subtitle_open":
            return Subtitle(self._container_inlines("container_subtitle_close"))
        if kind == "container_bottom-line_open":
            label = token.info.strip().removeprefix("bottom-line").strip() or "Bottom line"
            return BottomLine(label, self._container_inlines("container_bottom-line_close"))
        if kind == "container_figures_open":
            items: list[tuple[str, Inlines]] = []
            while self.tokens[self.position].type != "container_figures_close":
                if self._take().type == "dl_open":
                    items.extend(self._definitions())
            self._take()
            return Callouts(tuple(items))
        if kind == "footnote_block_open":
            # markdown-it orders notes by first reference; the brief numbers them in article order
            return Notes(tuple(sorted(self._notes(), key=lambda note: note.number)))
        if kind == "hr" or kind.endswith("_close"):
            return None
        if kind in ("fence", "code_block"):
            return Paragraph((Text(token.content.rstrip("\n")),))
        if kind == "blockquote_open":
            return None  # its paragraphs follow as ordinary paragraphs
        return None

    def _container_inlines(self, closing: str) -> Inlines:
        runs: list[Inline] = []
        while (token := self._take()).type != closing:
            if token.type == "inline":
                if runs:
                    runs.append(Text(" "))
                runs.extend(_inlines(token))
        return tuple(runs)

    def _list_items(self) -> list[Inlines]:
        items: list[Inlines] = []
        depth = 1
        current: list[Inline] = []
        while depth:
            token = self._take()
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
            elif token.type == "list_item_open" and depth == 1:
                current = []
            elif token.type == "list_item_close" and depth == 1:
                items.append(tuple(current))
            elif token.type == "inline":
                if current:
                    current.append(Text(" "))
                current.extend(_inlines(token))
        return items

    def _table(self) -> Table:
        header: list[Inlines] = []
        rows: list[tuple[Inlines, ...]] = []
        row: list[Inlines] = []
        in_head = False
        while (token := self._take()).type != "table_close":
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                if in_head:
                    header = row
                else:
                    rows.append(tuple(row))
            elif token.type == "inline":
                row.append(_inlines(token))
        return Table(tuple(header), tuple(rows))

    def _definitions(self) -> list[tuple[str, Inlines]]:
        items: list[tuple[str, Inlines]] = []
        term = ""
        while (token := self._take()).type != "dl_close":
            if token.type == "dt_open":
                term = plain_text(_inlines(self._take()))
            elif token.type == "dd_open":
                runs: list[Inline] = []
                while (inner := self._take()).type != "dd_close":
                    if inner.type == "inline":
                        runs.extend(_inlines(inner))
                items.append((term, tuple(runs)))
        return items

    def _notes(self) -> list[Note]:
        notes: list[Note] = []
        while (token := self._take()).type != "footnote_block_close":
            if token.type == "footnote_open":
                label = token.meta.get("label", "0")
                runs: list[Inline] = []
                while (inner := self._take()).type != "footnote_close":
                    if inner.type == "inline":
                        runs.extend(_inlines(inner))
                notes.append(Note(_note_number(label), _trim(tuple(runs))))
        return notes


def _inlines(token: Any) -> Inlines:
    runs: list[Inline] = []
    bold = italic = False
    href: str | None = None
    link_text = ""
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            bold = True
        elif kind == "strong_close":
            bold = False
        elif kind == "em_open":
            italic = True
        elif kind == "em_close":
            italic = False
        elif kind == "link_open":
            href, link_text = str(child.attrs.get("href", "")), ""
        elif kind == "link_close":
            runs.append(Link(link_text, href or ""))
            href = None
        elif kind in ("text", "code_inline", "softbreak", "hardbreak"):
            text = child.content if kind in ("text", "code_inline") else " "
            if href is not None:
                link_text += text
            elif text:
                runs.append(Text(text, bold=bold, italic=italic))
        elif kind == "footnote_ref":
            runs.append(NoteRef(_note_number(child.meta.get("label", "0"))))
    return _merge(runs)


def _merge(runs: list[Inline]) -> Inlines:
    merged: list[Inline] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            isinstance(run, Text)
            and isinstance(last, Text)
            and (last.bold, last.italic) == (run.bold, run.italic)
        ):
            merged[-1] = Text(last.text + run.text, bold=run.bold, italic=run.italic)
        else:
            merged.append(run)
    return tuple(run for run in merged if not (isinstance(run, Text) and not run.text))


def _trim(runs: Inlines) -> Inlines:
    if runs and isinstance(runs[-1], Text):
        last = runs[-1]
        return (*runs[:-1], Text(last.text.rstrip(), bold=last.bold, italic=last.italic))
    return runs


def _note_number(label: str) -> int:
    digits = re.sub(r"\D", "", label)
    return int(digits) if digits else 0


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"
