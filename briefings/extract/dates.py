"""Article text -> calendar expressions as written, with ISO forms where determinable."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
# news-agency abbreviations, only with their full stop and a day after them ("Oct. 9")
_MONTH_ABBREVIATIONS = {
    "Jan.": "January",
    "Feb.": "February",
    "Mar.": "March",
    "Apr.": "April",
    "Aug.": "August",
    "Sept.": "September",
    "Sep.": "September",
    "Oct.": "October",
    "Nov.": "November",
    "Dec.": "December",
}
_ABBREVIATED = "(?:" + "|".join(a.replace(".", r"\.") for a in _MONTH_ABBREVIATIONS) + ")"
_HOLIDAY = r"\b(?:Christmas|New Year’s|New Year's|Boxing) (?:Day|Eve)\b|\bBoxing Day\b"
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2}|\s+and\s+\d{1,2})?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_TO = r"\s*(?:and|to|through|until|[-\u2013])\s*"
_MAY_PREPOSITIONS = ("in", "since", "until", "by", "early", "late", "mid", "before", "after")
_PATTERNS = [
    # early October / late March 2019 / mid-June: the qualifier is part of the expression
    rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]{_MONTH}(?:\s+{_YEAR})?\b",
    # the 28th of October / 3rd of May 2024
    rf"\b\d{{1,2}}(?:st|nd|rd|th)\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b",
    # Oct. 9 / Sept. 14, 2025
    rf"\b{_ABBREVIATED}\s+\d{{1,2}}\b(?:,?\s+{_YEAR}\b)?",
    _HOLIDAY,
    # ranges across months: November 24 and December 1 / 30 November to 2 December 2024
    rf"{_MONTH}\s+\d{{1,2}}{_TO}{_MONTH}\s+\d{{1,2}}(?:,?\s+{_YEAR})?\b",
    rf"\b\d{{1,2}}\s+{_MONTH}{_TO}\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?\b",
    # Wednesday, January 23, 2019 / July 8, 2026 / June 25 and 26
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b",
    # 8 December / 7-9 December 2004
    rf"(?:{_WEEKDAY},?\s+)?\b{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\b",
    # March or April of 2005 / May 2023 / December 2004
    rf"\b{_MONTH}(?:\s+or\s+{_MONTH})?(?:\s+of)?\s+{_YEAR}\b",
    # year and month ranges, one expression: 1879 to 1884 / 1992-1995 / between 2008 and 2011 /
    # April to September ("in 2017 and 2018" stays two years)
    rf"\b{_YEAR}\s*(?:to|through|until|[-\u2013])\s*{_YEAR}\b",
    rf"(?<=\bbetween ){_YEAR}\s+and\s+{_YEAR}\b",
    rf"\b{_MONTH}\s+(?:to|through|until)\s+{_MONTH}\b(?!\s+\d)",
    # decades: 1970s
    r"\b(?:1[5-9]\d0|20\d0)s\b",
    # "May" only after a time preposition ("meet in May"), else it is mostly a modal
    "(?:" + "|".join(rf"(?<=\b{w} )" for w in _MAY_PREPOSITIONS) + r")May\b",
    # bare months and bare years
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b",
    rf"(?<![\d$.,/#-]){_YEAR}(?![\d%,.]\d|-\d|\s*(?:percent|people|troops|km|miles|UTC|GMT|hours))",
]
_COMBINED = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
_IDENTIFIER_BEFORE = re.compile(r"(?:resolution|UNSCR|No\.|Article|Order|number|E\.O\.)\s*$", re.I)


@dataclass
class DateFound:
    """A calendar expression with its character span."""

    text: str
    start: int
    end: int
    iso: str | None


def find_dates(text: str) -> list[DateFound]:
    """Absolute and calendar time expressions in `text`, in order, as written."""
    found: list[DateFound] = []
    for match in _COMBINED.finditer(text):
        value = match.group(0).strip()
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        if _IDENTIFIER_BEFORE.search(text[max(0, start - 14) : start]):
            continue
        found.append(DateFound(value, start, start + len(value), iso_of(value)))
    return found


def iso_of(value: str, year_if_missing: int | None = None) -> str | None:
    """ISO 8601 form of a date expression when it names a year (or one is supplied).

    Day and year ranges become intervals: "September 10-11, 2025" -> "2025-09-10/2025-09-11",
    "1992-1995" -> "1992/1995".
    """
    value = _expanded(value)
    year_match = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", value)
    if value.endswith("s"):
        return None
    years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", value)
    if len(years) == 2 and not any(m in value for m in _MONTHS):
        return f"{years[0]}/{years[1]}"  # "1879 to 1884", "between 2008 and 2011"
    if year_match is not None:
        year = year_match.group(1)
        rest = value.replace(year, "")
    elif year_if_missing is not None:
        year, rest = str(year_if_missing), value
    else:
        return None
    months = [i for i, m in enumerate(_MONTHS, start=1) if m in value]
    days = re.findall(r"(?<!\d)(\d{1,2})(?!\d)", value.replace(year, ""))
    if len(months) == 2 and len(days) == 2:
        first, second = sorted(months, key=lambda m: value.index(_MONTHS[m - 1]))
        return f"{year}-{first:02d}-{int(days[0]):02d}/{year}-{second:02d}-{int(days[1]):02d}"
    if len(months) != 1:
        return year if not months and year_match is not None else None
    month = f"{year}-{months[0]:02d}"
    days = re.findall(r"(?<!\d)(\d{1,2})(?!\d)", rest)
    if not days:
        return month
    if len(days) == 2 and re.search(r"\d\s*(?:[-\u2013]|and)\s*\d", rest):
        return f"{month}-{int(days[0]):02d}/{month}-{int(days[1]):02d}"
    return f"{month}-{int(days[0]):02d}" if len(days) == 1 else month


def month_of(value: str) -> int | None:
    """The month a yearless expression names ("July", "August 19"), if exactly one."""
    months = [i for i, m in enumerate(_MONTHS, start=1) if m in _expanded(value)]
    return months[0] if len(months) == 1 else None


def _expanded(value: str) -> str:
    """`value` with an abbreviated month written in full ("Oct. 9" -> "October 9")."""
    for short, full in _MONTH_ABBREVIATIONS.items():
        if value.startswith(short):
            return full + value[len(short) :]
    return value


def anchor_year(month: int, published: tuple[int, int], direction: int) -> int:
    """The year of a yearless month relative to the publication date.

    direction +1: a plan ("will meet in June" -> the next June); -1: a past event ("since
    April" -> the last April); 0: the publication year.
    """
    year, current = published
    if direction > 0 and month < current:
        return year + 1
    if direction < 0 and month > current:
        return year - 1
    return year


_FUTURE_WORDS = {"by", "until", "next", "upcoming", "till"}
_PAST_WORDS = {"since", "last", "earlier"}


def date_direction(doc: Doc, start: int, end: int) -> int:
    """+1 when the clause holding a date plans ahead, -1 when it reports the past, else 0."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _FUTURE_WORDS:
        return 1
    if before in _PAST_WORDS:
        return -1
    verb = span.root
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"will", "shall", "\u2019ll", "'ll", "to"} or verb.lemma_ in {"plan", "schedule"}:
        return 1
    if verb.tag_ == "VBD" or auxes & {"have", "has", "had"}:
        return -1
    return 0


def publication_of(published: str | None) -> tuple[int, int] | None:
    """Year and month of the source's publication date (found by read/facts.py), if any."""
    match = re.match(r"(\d{4})-(\d{2})", published or "")
    return (int(match.group(1)), int(match.group(2))) if match else None
