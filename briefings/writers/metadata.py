"""Document property values fitted to each format's limits (the body keeps the full text)."""

from __future__ import annotations

# Word refuses core properties longer than this (python-docx raises); its custom properties too.
WORD_PROPERTY_LIMIT = 255
# A PDF string holds at most 32,767 bytes (ISO 32000-1, Annex C); info strings beyond Latin-1
# are UTF-16 with a BOM, so 8,000 characters fit even if every one needs a surrogate pair.
PDF_STRING_LIMIT = 8_000


def fit_text(value: str, limit: int) -> str:
    """`value` on one line, cut to `limit` characters at a word boundary with an ellipsis."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"
