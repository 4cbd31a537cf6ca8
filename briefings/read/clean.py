"""RawArticle -> Article: recover the format's text, repair it, split paragraphs, add its source."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from briefings.errors import InputEmpty
from briefings.model import Article, RawArticle, Span
from briefings.read.facts import (
    SENTENCE_END,
    detect_language,
    find_source,
    language_warning,
    take_byline,
    take_title,
)
from briefings.read.formats import recover_text

# Characters that look like spaces or nothing, and what they become.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\u2002\u2003\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")

# Joining two fragments into one word must make the text much more probable than keeping a
# space: "act|ion" -> "action" gains ~10 nats under wordninja's model, while "in|to",
# "can|not" or "every|one" gain less than 5 and stay apart.
_JOIN_MARGIN = 6.0

_LIST_ITEM = re.compile(r"^(?:[-*•‣◦▪\u2013]|\d{1,3}[.)]|[a-z][.)])\s+\S")
_TABLE_CELLS = " | "  # how the format readers write a table row
# A hard-wrapped paragraph's lines fill most of the wrap width, which is at most this.
_MAX_WRAP_WIDTH = 100

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite|página)\s*)?\d{1,4}(?:\s*(?:of|/|von|de)\s*\d{1,4})?$"
    r"|^[-\u2013—]\s*\d{1,4}\s*[-\u2013—]$",
    re.IGNORECASE,
)

_BOILERPLATE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad"
    r"|story continues below(?: advertisement)?"
    r"|skip (?:to (?:main )?content|advertisement)|listen to this article|loading\W*"
    r"|share|share this (?:article|story|page)\b.*|share on \w+.*|(?:tweet|email|print|comments?)"
    r"|follow us\b.*|click here\b.*|read more(?::.*|\W*)|(?:also )?read:.*"
    r"|related(?: articles| stories| content| coverage| links)?(?::.*)?"
    r"|see also:?.*|recommended(?: for you| stories| articles)?:?"
    r"|(?:sign up|subscribe)\b.*(?:newsletter|updates|inbox|alerts|today|now|free).*"
    r"|sign up for (?:our|the) newsletter.*|subscribe(?: now)?"
    r"|(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,120}"
    r"|all rights reserved\.?)\W*$",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|accept (?:all )?cookies"
    r"|cookie (?:policy|settings|preferences|consent))\b",
    re.IGNORECASE,
)


def clean_article(raw: RawArticle, text: str | None = None) -> Article:
    """Repair `raw` (or its already-decoded `text`) into an Article with its source facts."""
    recovered = recover_text(raw, text)
    metadata = {**raw.metadata, **recovered.metadata}
    repaired = repair_characters(recovered.text)
    if recovered.structured:
        paragraphs = [repair_line_breaks(block) for block in _blocks_of(repaired)]
    else:
        paragraphs = split_paragraphs(drop_page_furniture(repaired))
    paragraphs = [p for p in paragraphs if p and not is_boilerplate(p)]
    if not paragraphs:
        what = "has a title but no text" if metadata.get("title") else "is empty"
        raise InputEmpty(f"{raw.name}: the article {what}")
    author, paragraphs = take_byline(paragraphs)
    title, paragraphs = take_title(paragraphs, metadata)
    if not paragraphs:
        raise InputEmpty(f"{raw.name}: the article has a title but no text")
    if author and "author" not in metadata:
        metadata["author"] = author
    body = "\n\n".join(paragraphs)
    spans: list[Span] = []
    offset = 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    source = find_source(raw, metadata, title, paragraphs)
    source.language = detect_language(body)
    warnings = () if source.language == "en" else (language_warning(source.language),)
    return Article(text=body, paragraphs=tuple(spans), source=source, warnings=warnings)


def repair_characters(text: str) -> str:
    """Repair mojibake (keeping curly quotes), line ends, spaces and invisible characters."""
    import ftfy

    text = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    return normalise_characters(text)


def normalise_characters(text: str) -> str:
    """Unify line ends, spaces and invisible characters without touching quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.translate(_SPACE_LIKE).translate(_INVISIBLE).translate(_HYPHENS)
    return unicodedata.normalize("NFC", text)


def _blocks_of(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n[ \t]*\n", text) if block.strip()]


def drop_page_furniture(text: str) -> str:
    """Drop page numbers and running headers/footers of text copied from a PDF.

    Text on both sides of a page break is one paragraph unless the page ended a sentence in a
    text whose paragraphs are separated by blank lines.
    """
    lines = text.split("\n")
    keys = [_furniture_key(line) for line in lines]
    numbered = sum(1 for line in lines if _PAGE_NUMBER.match(line.strip()))
    counts = Counter(key for key in keys if key)
    least = 2 if numbered else 3
    items: list[tuple[str | None, str]] = []  # (what came before: None, "gap" or "cut", line)
    pending: str | None = None
    for line, key in zip(lines, keys, strict=True):
        if _PAGE_NUMBER.match(line.strip()) or (key and counts[key] >= least):
            pending = "cut"
        elif not line.strip():
            pending = pending or "gap"
        else:
            items.append((pending if items else None, line))
            pending = None
    if not any(before == "cut" for before, _ in items):
        return text
    gaps = sum(before == "gap" for before, _ in items)
    kept: list[str] = []
    for before, line in items:
        if before == "gap" or (
            before == "cut" and gaps >= 2 and SENTENCE_END.search(kept[-1].strip())
        ):
            kept.append("")
        kept.append(line)
    return "\n".join(kept)


def _furniture_key(line: str) -> str:
    """Lines that repeat, digits aside, are running heads; sentences and list items are not."""
    stripped = " ".join(line.split())
    if not stripped or len(stripped) > 120 or _LIST_ITEM.match(stripped):
        return ""
    if SENTENCE_END.search(stripped) and len(stripped.split()) > 8:
        return ""
    return re.sub(r"\d+", "#", stripped.lower())


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of raw text, whether separated by blank lines, one per line, or hard-wrapped."""
    blocks = [block for block in re.split(r"\n[ \t]*\n", text) if block.strip()]
    uses_blank_lines = len(blocks) >= 3
    paragraphs: list[str] = []
    for block in blocks:
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        for group in _split_block(lines, uses_blank_lines):
            paragraphs.append(repair_line_breaks("\n".join(group)))
    return [paragraph for paragraph in paragraphs if paragraph]


def _split_block(lines: list[str], uses_blank_lines: bool) -> list[list[str]]:
    """Split one block into paragraphs when its lines are paragraphs or wrapped without gaps."""
    if len(lines) < 2:
        return [lines]
    texts = [line.strip() for line in lines]
    width = max(len(line) for line in texts)
    inner = texts[:-1]
    wrapped = width <= _MAX_WRAP_WIDTH and (
        sum(len(line) >= 0.7 * width for line in inner) >= 0.6 * len(inner)
    )
    ended = [bool(SENTENCE_END.search(line)) for line in inner]
    one_per_line = (
        not wrapped
        and sum(ended) >= 0.75 * len(inner)
        and (not uses_blank_lines or len(inner) >= 2)
    )
    if not one_per_line and (uses_blank_lines or not wrapped):
        return [lines]
    indents = [len(line) - len(line.lstrip()) for line in lines]
    groups: list[list[str]] = [[lines[0]]]
    for index, line in enumerate(lines[1:], start=1):
        before = texts[index - 1]
        if one_per_line:
            breaks = ended[index - 1]
        else:
            next_word = texts[index].split()[0]
            fitted = len(before) + 1 + len(next_word) <= width
            breaks = (ended[index - 1] and fitted) or indents[index] > indents[index - 1] + 1
        if breaks and not _LIST_ITEM.match(texts[index]):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def repair_line_breaks(paragraph: str) -> str:
    """Join the lines of one paragraph, mending broken words; list items and table rows stay."""
    lines = [" ".join(line.split()) for line in paragraph.split("\n") if line.strip()]
    if not lines:
        return ""
    joined = lines[0]
    for before, line in itertools.pairwise(lines):
        keep = _LIST_ITEM.match(line) or (_TABLE_CELLS in line and _TABLE_CELLS in before)
        joined = f"{joined}\n{line}" if keep else join_lines(joined, line)
    return joined


def join_lines(before: str, after: str) -> str:
    """Join two lines of one paragraph: with a space, or mending a word broken between them."""
    if re.search(r"\d,$", before) and re.match(r"\d{3}\b", after):
        return before + after  # "10,⏎000"
    left = re.search(r"([A-Za-z]+)([-\u2019']?)$", before)
    right = re.match(r"([A-Za-z]+)", after)
    if left is None or right is None:
        return f"{before} {after}"
    head, mark, tail = left.group(1), left.group(2), right.group(1)
    if mark in ("\u2019", "'"):
        # "Korea'⏎s weapons", curly or straight: a possessive split off its apostrophe.
        if tail.lower() in {"s", "t", "re", "ve", "ll", "d", "m"}:
            return before + after
        return f"{before} {after}"
    if mark == "-":
        # "secu-⏎rity" is one word again; "Tae-⏎yul" and "front-⏎line" keep their hyphen.
        if head.islower() and tail.islower() and _prefers_joined(head, tail):
            return before[:-1] + after
        return before + after
    if tail[0].isupper() or not _prefers_joined(head, tail):
        return f"{before} {after}"
    return before + after


def _prefers_joined(head: str, tail: str) -> bool:
    costs = _word_costs()
    whole = costs.get((head + tail).lower())
    if whole is None:
        return False
    parts = costs.get(head.lower(), 30.0) + costs.get(tail.lower(), 30.0)
    return parts - whole >= _JOIN_MARGIN


@lru_cache(maxsize=1)
def _word_costs() -> dict[str, float]:
    import wordninja

    costs: dict[str, float] = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    return costs


def is_boilerplate(paragraph: str) -> bool:
    """Page furniture that is not the article: ads, share and newsletter prompts, cookie notices."""
    if len(paragraph) > 300:
        return False
    return bool(_BOILERPLATE.match(paragraph) or _COOKIE.search(paragraph))
