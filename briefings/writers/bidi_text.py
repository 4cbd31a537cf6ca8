"""Right-to-left text: which characters are RTL, and logical order -> shaped visual order.

ReportLab draws a string left to right as given, without joining Arabic letters. The PDF writer
hands it the visual order: Arabic letters shaped into their joined (presentation) forms by
arabic-reshaper, then reordered by python-bidi (the Unicode Bidirectional Algorithm, UAX #9).
Word lays RTL text out itself once runs are marked (`w:rtl`), so the DOCX keeps logical order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

_RTL_CLASSES = frozenset({"R", "AL"})  # Hebrew and other RTL scripts; Arabic letters
_NEUTRAL_CLASSES = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "BN", "S", "EN", "AN"})


def is_rtl(char: str) -> bool:
    """Whether `char` is a strong right-to-left letter (Hebrew, Arabic, Syriac, Thaana…)."""
    return unicodedata.bidirectional(char) in _RTL_CLASSES


def has_rtl(text: str) -> bool:
    """Whether any character of `text` is right-to-left."""
    return any(is_rtl(char) for char in text)


def mostly_rtl(text: str) -> bool:
    """More strong right-to-left letters than left-to-right ones."""
    rtl = sum(1 for char in text if is_rtl(char))
    ltr = sum(1 for char in text if unicodedata.bidirectional(char) == "L")
    return rtl > ltr


def split_direction(text: str) -> Iterator[tuple[bool, str]]:
    """`text` as (is RTL, piece) pieces: RTL runs hold the neutrals between RTL letters."""
    start = 0
    index = 0
    length = len(text)
    while index < length:
        if not is_rtl(text[index]):
            index += 1
            continue
        end = index + 1
        scan = end
        while scan < length:
            kind = unicodedata.bidirectional(text[scan])
            if kind in _RTL_CLASSES:
                end = scan = scan + 1
            elif kind in _NEUTRAL_CLASSES:
                scan += 1
            else:
                break
        if index > start:
            yield False, text[start:index]
        yield True, text[index:end]
        start = index = end
    if start < length:
        yield False, text[start:]


def visual_order(text: str) -> str:
    """`text` shaped and in display order, for a renderer that draws strings left to right."""
    if not has_rtl(text):
        return text
    return _visual_order(text)


@lru_cache(maxsize=1)
def _reshaper() -> Any:
    from arabic_reshaper import ArabicReshaper

    # Keep the vowel marks (harakat): they are the article's text, not decoration.
    return ArabicReshaper(configuration={"delete_harakat": False})


def _visual_order(text: str) -> str:
    from bidi import get_display

    shaped: str = _reshaper().reshape(text)
    display: str = get_display(shaped)
    return display
