"""Bytes -> str for text inputs: BOM, UTF-8, BOM-less UTF-16, else detection (cp1252 first)."""

from __future__ import annotations

import codecs
import re

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
    mixed = decode_mixed(data)
    if mixed is not None:
        return mixed
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(data, name)


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def decode_mixed(data: bytes) -> str | None:
    """UTF-8 with stray Windows-1252 bytes (a paragraph pasted from another file), or None.

    Whole-text detection would pick one code page and turn every UTF-8 character into
    mojibake ("MÃ©lanie"); when the text has more valid UTF-8 sequences than bytes that are
    not, or those are under 2% of it (a few damaged bytes), each is read as Windows-1252.
    """
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not valid:
        return None
    stray = 0

    def as_cp1252(error: UnicodeError) -> tuple[str, int]:
        nonlocal stray
        assert isinstance(error, UnicodeDecodeError)
        piece = error.object[error.start : error.end]
        stray += len(piece)
        return piece.decode("cp1252", "replace"), error.end

    codecs.register_error("briefings-cp1252", as_cp1252)
    text = data.decode("utf-8", "briefings-cp1252")
    return text if stray <= max(valid, len(data) // 50) else None


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
