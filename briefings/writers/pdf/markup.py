"""Inline runs -> ReportLab paragraph markup: escaped text, fallback-font runs, links, note refs."""

from __future__ import annotations

import re
import unicodedata
from typing import assert_never
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle

from briefings.blocks import Inlines, Link, NoteRef, Text
from briefings.writers.bidi_text import visual_order
from briefings.writers.pdf.fonts import (
    FontFamily,
    RegisteredFamily,
    covering_style,
    register_family,
)
from briefings.writers.pdf.styles import Sheet

_SAFE_LINK = re.compile(r"^(https?://|mailto:|ftp://)", re.IGNORECASE)


class Markup:
    """Inline runs -> ReportLab paragraph markup: escaped, with fallback fonts and links."""

    def __init__(self, sheet: Sheet, notes: frozenset[int]) -> None:
        self.sheet = sheet
        self.notes = notes
        self.link_color = _hex(sheet.palette.link)
        self.plain = (sheet.body.family, False, False)
        self.faces: dict[str, tuple[FontFamily, bool, bool]] = {}
        for registered in (sheet.heading, sheet.body):
            for bold in (False, True):
                for italic in (False, True):
                    self.faces[_face(registered, bold, italic)] = (registered.family, bold, italic)

    def inlines(self, inlines: Inlines, style: ParagraphStyle) -> str:
        """Markup for a sequence of inline runs."""
        parts: list[str] = []
        previous: object = None
        for run in inlines:
            match run:
                case Text(text, bold, italic):
                    markup = self.text(text, style, bold, italic)
                    if bold:
                        markup = f"<b>{markup}</b>"
                    if italic:
                        markup = f"<i>{markup}</i>"
                    parts.append(markup)
                case Link(text, url):
                    parts.append(self.link(text, url, style))
                case NoteRef(number):
                    separator = "<super>,</super>" if isinstance(previous, NoteRef) else ""
                    parts.append(separator + self.note_ref(number))
                case _:
                    assert_never(run)
            previous = run
        return "".join(parts)

    def text(
        self, text: str, style: ParagraphStyle, bold: bool = False, italic: bool = False
    ) -> str:
        """Escaped text in display order (RTL shaped and reversed), with runs the style's font
        lacks wrapped in a fallback font's face."""
        primary, bold_style, italic_style = self.faces.get(style.fontName, self.plain)
        bold, italic = bold or bold_style, italic or italic_style
        parts = []
        for family, run in self.sheet.chain.split_runs(visual_order(clean_text(text)), primary):
            escaped = escape(run)
            drawn = covering_style(family, run, bold, italic) if bold or italic else (bold, italic)
            if family == primary and drawn == (bold, italic):
                parts.append(escaped)
            else:
                # <b>/<i> do not reach into <font face>, so name the styled face itself.
                face = _face(register_family(family), *drawn)
                parts.append(f'<font face="{face}">{escaped}</font>')
        return "".join(parts)

    def link(self, text: str, url: str, style: ParagraphStyle) -> str:
        """A live, coloured link (only for web and mail addresses)."""
        label = self.text(text or url, style)
        if not _SAFE_LINK.match(url.strip()):
            return label
        href = escape(url.strip(), {'"': "&quot;"})
        return f'<a href="{href}" color="{self.link_color}"><u>{label}</u></a>'

    def note_ref(self, number: int) -> str:
        """A superscript note number linking to its note in the appendix."""
        if number not in self.notes:
            return f"<super>{number}</super>"
        return f'<super><a href="#ev{number}" color="{self.link_color}">{number}</a></super>'


def clean_text(text: str) -> str:
    """Text without control and format characters that would draw as boxes."""
    if text.isprintable():
        return text
    return "".join(
        " " if char in "\n\r\t" else char
        for char in text
        if char in "\n\r\t" or unicodedata.category(char) not in ("Cc", "Cf")
    )


def _face(registered: RegisteredFamily, bold: bool, italic: bool) -> str:
    if bold:
        return registered.bold_italic if italic else registered.bold
    return registered.italic if italic else registered.regular


def _hex(color: Color) -> str:
    return "#" + str(color.hexval())[2:]
