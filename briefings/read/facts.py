"""Repaired paragraphs -> source facts: byline, title, date line, dateline, publisher, language."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from briefings.model import RawArticle, Source

# A line that ends a sentence (also used by clean.py to find paragraph ends).
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
# Date lines and kickers are looked for among this many paragraphs at the top.
_HEAD_PARAGRAPHS = 6
_KICKER_WORDS = 8
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "&", "-"}
_NAME_WORD = r"(?:[A-Z][\w.'\u2019-]*|(?:de|da|van|von|der|al|bin|la|le|du|di)\b)"
_BYLINE = re.compile(
    rf"^(?i:(?:written |words |reporting )?by):?\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
    rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}){{0,3}})"
    r"\s*(?:$|[,|•·\u2013—/-]\s*(?P<rest>[^.]{0,60})$)"
)
_ROLE = re.compile(
    r"\b(?:Correspondent|Writer|Editor|Reporter|Staff|Bureau|Agency|News|Press|Times|Post|Chief)\b",
    re.IGNORECASE,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CALENDAR_WORDS = frozenset(
    [
        *_MONTHS.lower().split("|"),
        *["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
        *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ]
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<mo3>\d{{2}})-(?P<d3>\d{{2}}))"
)
_DATE_LINE = re.compile(
    rf"^(?:(?:first )?(?:published|posted|updated|last updated|date)(?: on)?:?\s+)?"
    rf"(?:{_WEEKDAY},?\s+)?{_DATE}"
    r"(?:\s*[,|·•-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}[^\n]{0,30})?\.?$",
    re.IGNORECASE,
)
# A kicker and a date in one paragraph: "Office of the Spokesperson July 8, 2026".
_DATE_AT_END = re.compile(rf"(?:{_WEEKDAY},?\s+)?{_DATE}\.?$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\u2019-]+(?: [A-Z][A-Za-z.'\u2019-]+){0,3})"
    rf"(?:,\s*(?P<date>(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?P<year>\d{{4}}))?))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?"
    r"\s*(?::|—|\u2013|--|-)\s+(?=\S)"
)
_NOT_PLACES = {
    "additionally", "analysis", "background", "breaking", "correction", "editor", "exclusive",
    "however", "meanwhile", "note", "opinion", "summary", "update", "updated", "video", "watch",
    "photo", "listen", "key points", "q", "a", "read more", "related", "published", "posted",
    "date", "last updated", "first published",
}  # fmt: skip
_ATTRIBUTION = re.compile(
    r"\b(?:[Aa]ccording to|[Rr]eported by|[Aa]s reported by)\s+(?:the\s+)?"
    r"(?P<who>(?:[A-Z][\w&'\u2019.-]*\s?){1,5}?(?:News Agency|Agency|News|Press|Times|Post|Reuters|"
    r"Associated Press|AFP|Xinhua|Yonhap|TASS|BBC|CNN|Kyodo|Al Jazeera))\b"
)

# The most frequent words of each language (lowercase); an English text has many of its own.
_STOPWORDS = {
    "en": "the of and to in a is that for on with as by was were are it from at this be has said",
    "fr": "le la les de des du et est un une dans pour que qui sur au aux par pas avec ce sont",
    "de": "der die das und ist nicht mit den von zu ein eine im dem des auf für sich auch wird",
    "es": "el la los las de del y que en un una por con para es se al lo como más fue",
    "it": "il lo la gli le di del della e che in un una per con non sono è si al dei",
    "pt": "o a os as de do da dos das e que em um uma para com não por se no na foi",
    "nl": "de het een van en in is op te dat die voor met zijn niet aan er ook werd",
}  # fmt: skip
_SCRIPTS = {
    "CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "THAI": "th", "DEVANAGARI": "hi",
}  # fmt: skip
_LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "ar": "Arabic", "he": "Hebrew",
    "el": "Greek", "ko": "Korean", "ja": "Japanese", "zh": "Chinese", "th": "Thai", "hi": "Hindi",
}  # fmt: skip


def take_byline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The author of a "By Jane Doe" line near the top, and the paragraphs without it."""
    for index, paragraph in enumerate(paragraphs[:4]):
        match = _BYLINE.match(paragraph) if len(paragraph) <= 120 else None
        if match is None or match.group("name").split()[0].lower().rstrip(".,") in _CALENDAR_WORDS:
            continue  # "By Tuesday, ..." or "By November 2025 ..." is a sentence
        return _author_of(match.group("name")), paragraphs[:index] + paragraphs[index + 1 :]
    return None, paragraphs


def _author_of(names: str) -> str:
    """The names of a byline without a trailing agency or role ("Jane Doe, Reuters")."""
    parts = [part.strip() for part in names.split(",")]
    while len(parts) > 1 and (len(parts[-1].split()) == 1 or _ROLE.search(parts[-1])):
        parts.pop()
    return ", ".join(parts).strip(" ,")


def take_title(paragraphs: list[str], metadata: dict[str, str]) -> tuple[str | None, list[str]]:
    """The article's title (metadata's, else a headline-like first paragraph) and the rest."""
    title = metadata.get("title")
    if title is None and _looks_like_title(paragraphs):
        return paragraphs[0], paragraphs[1:]
    if title is not None and paragraphs and _same_text(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the page repeats its headline above the text
    return title or metadata.get("subject") or None, paragraphs


def _looks_like_title(paragraphs: list[str]) -> bool:
    if len(paragraphs) < 2:  # a headline needs a text under it (a byline alone leaves none)
        return False
    first = paragraphs[0]
    return (
        "\n" not in first
        and len(first) <= 250
        and len(first.split()) <= (20 if SENTENCE_END.search(first) else 30)
        and not _DATE_LINE.match(first)
        and not _starts_with_dateline(first)
    )


def _same_text(paragraph: str, title: str) -> bool:
    def key(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().lower()

    return key(paragraph) == key(title)


def find_source(
    raw: RawArticle, metadata: dict[str, str], title: str | None, paragraphs: list[str]
) -> Source:
    """Source facts: title, dateline, author, publisher, publication date, URL, checksum."""
    source = Source(
        title=title,
        url=raw.url or metadata.get("url"),
        publisher=metadata.get("publisher"),
        published=metadata.get("published"),
        author=metadata.get("author"),
        sha256=hashlib.sha256(raw.data).hexdigest(),
    )
    read_page_head(source, paragraphs)
    if source.publisher is None:
        for paragraph in paragraphs:
            attribution = _ATTRIBUTION.search(paragraph)
            if attribution:
                source.publisher = attribution.group("who").strip()
                break
    return source


def read_page_head(source: Source, paragraphs: list[str]) -> None:
    """Publication date, dateline and agency from the lines above and at the start of the text.

    Kicker lines ("Media Note", "Office of the Spokesperson", "Begin Text:") are passed over,
    so a date line below them is still found; the first paragraph that is none of these is the
    body's first, whose dateline ("SEOUL, Nov. 2, 2024 (Yonhap) --") is read, and the search ends.
    """
    for paragraph in paragraphs[:_HEAD_PARAGRAPHS]:
        date = date_line_of(paragraph)
        if date is not None:
            source.published = source.published or date
            continue
        dateline = _starts_with_dateline(paragraph)
        if dateline:
            source.dateline = _place_name(dateline.group("place"))
            if dateline.group("agency") and source.publisher is None:
                source.publisher = dateline.group("agency").strip()
            if dateline.group("year") and source.published is None:
                found = re.search(_DATE, dateline.group("date"), re.IGNORECASE)
                source.published = _iso_from_match(found) if found else None
            return
        if not is_kicker(paragraph):
            return


def date_line_of(paragraph: str) -> str | None:
    """The ISO date of a paragraph that is a date line, alone or after a kicker, else None."""
    line = paragraph.strip()
    match = _DATE_LINE.match(line)
    if match is None:
        tail = _DATE_AT_END.search(line)
        if tail is None or not is_kicker(line[: tail.start()]):
            return None
        match = _DATE_LINE.match(tail.group(0).strip())
        if match is None:
            return None
    return _iso_from_match(match)


def is_kicker(paragraph: str) -> bool:
    """A short heading above the text ("Media Note", "Begin Text:"): title case or a colon."""
    line = paragraph.strip()
    words = line.split()
    if not 0 < len(words) <= _KICKER_WORDS or "\n" in line or SENTENCE_END.search(line):
        return False
    if line.endswith(":"):
        return words[0][:1].isupper()
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _starts_with_dateline(paragraph: str) -> re.Match[str] | None:
    match = _DATELINE.match(paragraph)
    if match is None or match.group("place").lower().rstrip(".") in _NOT_PLACES:
        return None
    return match


def _place_name(place: str) -> str:
    place = place.rstrip(".") if not re.search(r"\b[A-Z]\.[A-Z]\.$", place) else place
    return place.title() if place.isupper() and len(place) > 3 else place


def _iso_from_match(match: re.Match[str]) -> str | None:
    if match.group("y3"):
        return f"{match.group('y3')}-{match.group('mo3')}-{match.group('d3')}"
    month_word = (match.group("m1") or match.group("m2")).lower()[:3]
    month = [name[:3].lower() for name in _MONTHS.split("|")].index(month_word) + 1
    day = int(match.group("d1") or match.group("d2"))
    year = match.group("y1") or match.group("y2")
    return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language from its script and stopwords; None if unsure."""
    letters = [char for char in text[:20000] if char.isalpha()]
    if not letters:
        return None
    scripts = Counter(unicodedata.name(char, "LATIN").split()[0] for char in letters)
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count >= 0.3 * len(letters):
        return _SCRIPTS.get(script)
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 20:
        return "en"
    shares = {
        language: sum(word in vocabulary for word in words) / len(words)
        for language, vocabulary in _vocabularies().items()
    }
    best = max(shares, key=lambda language: shares[language])
    if shares["en"] >= 0.15 or best == "en":
        return "en"
    return best if shares[best] >= 0.1 else None


@lru_cache(maxsize=1)
def _vocabularies() -> dict[str, frozenset[str]]:
    return {language: frozenset(words.split()) for language, words in _STOPWORDS.items()}


def language_warning(language: str | None) -> str:
    if language is None:
        return "the article's language could not be told; extraction is English-only"
    name = _LANGUAGE_NAMES.get(language, language)
    return f"the article looks {name} ({language}), not English: extraction is English-only"
