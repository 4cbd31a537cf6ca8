"""Bytes -> str for text inputs: BOM, UTF-8, BOM-less UTF-16, else detection (cp1252 first)."""

from __future__ import annotations

import codecs

from briefings.errors import InputUnreadable
from briefings.model import RawArticle

# Longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Candidates whose noise ("chaos") is within this of the best are equally plausible.
_CHAOS_TOLERANCE = 0.01


def decode_text(raw: RawArticle) -> str:
    """Decode the bytes of `raw`, honouring a charset the source declared (metadata "charset")."""
    return decode_bytes(raw.data, raw.name, raw.metadata.get("charset"))


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode article bytes; text that is not text raises InputUnreadable."""
    text = _decode(data, name, declared)
    if "\x00" in text:
        raise InputUnreadable(f"{name}: looks like binary data, not an article")
    return text


def _decode(data: bytes, name: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputUnreadable(f"{name}: broken {encoding} text") from None
    utf16 = sniff_utf16(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(data, name)


def sniff_utf16(data: bytes) -> str | None:
    """The UTF-16 codec that BOM-less bytes (of mostly Latin text) are in, or None."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nuls, odd_nuls = even.count(0), odd.count(0)
    if odd_nuls > 0.4 * len(odd) and even_nuls < 0.05 * len(even):
        return "utf-16-le"
    if even_nuls > 0.4 * len(even) and odd_nuls < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _detect(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputUnreadable(f"{name}: not text in any known encoding (binary data?)")
    best = matches[0]
    # Short English texts are ambiguous between single-byte code pages (cp775 reads "café" as
    # "cafķ"); articles here are English, so Windows-1252 wins whenever it is as plausible.
    for match in matches:
        if match.chaos <= best.chaos + _CHAOS_TOLERANCE and "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                break
    return str(best)
