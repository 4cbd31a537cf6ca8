"""RawArticle -> Article: decode, repair and structure the text; find title and source facts."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from briefings.errors import InputEmpty, InputUnreadable
from briefings.model import Article, RawArticle, Source, Span

# Characters that look like spaces or nothing, and what they become.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

# Joining two fragments into one word must make the text much more probable than keeping a
# space: "act|ion" -> "action" gains ~10 nats under wordninja's model, while "in|to",
# "can|not" or "every|one" gain less than 5 and stay apart.
_JOIN_MARGIN = 6.0

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?"
    r"\s*(?::|—|–|--| -)\s+(?=\S)"
)
_ATTRIBUTION = re.compile(
    r"\b(?:[Aa]ccording to|[Rr]eported by|[Aa]s reported by)\s+(?:the\s+)?"
    r"(?P<who>(?:[A-Z][\w&'’.-]*\s?){1,5}?(?:News Agency|Agency|News|Press|Times|Post|Reuters|"
    r"Associated Press|AFP|Xinhua|Yonhap|TASS|BBC|CNN))\b"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATE_LINE = re.compile(
    rf"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS})\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<mo3>\d{{2}})-(?P<d3>\d{{2}}))\.?$"
)


def clean_article(raw: RawArticle, text: str | None = None) -> Article:
    """Repair `raw` (or already-decoded `text`) into an Article with its source facts."""
    if text is None:
        text = decode_bytes(raw)
    text = normalise_characters(text)
    blocks = split_paragraphs(text)
    if not blocks:
        raise InputEmpty(f"{raw.name}: the article is empty")
    title = raw.metadata.get("title")
    if title is None and _looks_like_title(blocks):
        title = blocks.pop(0)
    if not blocks:
        raise InputEmpty(f"{raw.name}: the article has a title but no text")
    paragraphs = [repair_line_breaks(block) for block in blocks]
    body = "\n\n".join(paragraphs)
    spans: list[Span] = []
    offset = 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    source = find_source(raw, title, paragraphs)
    return Article(text=body, paragraphs=tuple(spans), source=source)


def decode_bytes(raw: RawArticle) -> str:
    """Decode bytes as UTF-8 (BOM or not), falling back to detection; repair mojibake."""
    data = raw.data
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputUnreadable(f"{raw.name}: not text (binary data?)") from None
        text = str(best)
    if "\x00" in text:
        raise InputUnreadable(f"{raw.name}: not text (binary data?)")
    import ftfy

    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def normalise_characters(text: str) -> str:
    """Unify line ends, spaces and invisible characters without touching quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_SPACE_LIKE).translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; surrounding space is dropped."""
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def repair_line_breaks(paragraph: str) -> str:
    """Join the lines of one paragraph, mending words broken across a line break."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if not lines:
        return ""
    if all(re.match(r"^(?:[-*•]|\d+[.)])\s", line) for line in lines):
        return "\n".join(lines)  # a list keeps one item per line
    joined = lines[0]
    for line in lines[1:]:
        joined = join_lines(joined, line)
    return re.sub(r"[ \t]{2,}", " ", joined)


def join_lines(before: str, after: str) -> str:
    """Join two lines of one paragraph: with a space, or mending a word broken between them."""
    left = re.search(r"([A-Za-z]+)([-’']?)$", before)
    right = re.match(r"([A-Za-z]+)", after)
    if left is None or right is None:
        return f"{before} {after}"
    head, mark, tail = left.group(1), left.group(2), right.group(1)
    if mark in ("’", "'"):
        # "Korea’⏎s weapons": a possessive or contraction split off its apostrophe.
        if tail.lower() in {"s", "t", "re", "ve", "ll", "d", "m"}:
            return before + after
        return f"{before} {after}"
    if mark == "-":
        # "secu-⏎rity" is one word again; "Tae-⏎yul" and "well-⏎known" keep their hyphen.
        if head.islower() and tail.islower() and _is_word(head + tail) and not (
            _is_word(head) and _is_word(tail)
        ):
            return before[:-1] + after
        return before + after
    if _prefers_joined(head, tail):
        return before + after
    return f"{before} {after}"


def _prefers_joined(head: str, tail: str) -> bool:
    costs = _word_costs()
    whole = costs.get((head + tail).lower())
    if whole is None:
        return False
    parts = costs.get(head.lower(), 30.0) + costs.get(tail.lower(), 30.0)
    return parts - whole >= _JOIN_MARGIN


def _is_word(word: str) -> bool:
    return word.lower() in _word_costs()


@lru_cache(maxsize=1)
def _word_costs() -> dict[str, float]:
    import wordninja

    costs: dict[str, float] = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    return costs


def _looks_like_title(blocks: list[str]) -> bool:
    first = blocks[0]
    return len(blocks) > 1 and "\n" not in first and len(first) <= 300


def find_source(raw: RawArticle, title: str | None, paragraphs: list[str]) -> Source:
    """Source facts: title, dateline, attributed publisher, publication date."""
    meta = raw.metadata
    source = Source(
        title=title,
        url=raw.url or meta.get("url"),
        publisher=meta.get("publisher"),
        published=meta.get("published"),
        author=meta.get("author"),
        sha256=hashlib.sha256(raw.data).hexdigest(),
    )
    for paragraph in paragraphs[:3]:
        date = _DATE_LINE.match(paragraph.strip())
        if date and source.published is None:
            source.published = _iso_from_match(date)
            continue
        dateline = _DATELINE.match(paragraph)
        if dateline and source.dateline is None:
            source.dateline = dateline.group("place").rstrip(".")
            if dateline.group("agency") and source.publisher is None:
                source.publisher = dateline.group("agency")
        break
    if source.publisher is None:
        for paragraph in paragraphs:
            attribution = _ATTRIBUTION.search(paragraph)
            if attribution:
                source.publisher = attribution.group("who").strip()
                break
    return source


def _iso_from_match(match: re.Match[str]) -> str | None:
    months = _MONTHS.split("|")
    if match.group("y3"):
        return f"{match.group('y3')}-{match.group('mo3')}-{match.group('d3')}"
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    year = match.group("y1") or match.group("y2")
    return f"{year}-{months.index(month) + 1:02d}-{int(day):02d}"
