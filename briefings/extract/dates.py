"""Article text -> calendar expressions as written, with ISO forms where determinable."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"\d{1,2}(?:\s*[-\u2013]\s*\d{1,2}|\s+and\s+\d{1,2})?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PATTERNS = [
    # Wednesday, January 23, 2019 / July 8, 2026 / June 25 and 26
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b",
    # 8 December / 7-9 December 2004
    rf"(?:{_WEEKDAY},?\s+)?\b{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\b",
    # March or April of 2005 / May 2023 / December 2004
    rf"\b{_MONTH}(?:\s+or\s+{_MONTH})?(?:\s+of)?\s+{_YEAR}\b",
    # decades: 1970s
    r"\b(?:1[5-9]\d0|20\d0)s\b",
    # bare months (not "May", which is mostly a modal) and bare years
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


def iso_of(value: str) -> str | None:
    """ISO 8601 form of a date expression when it names a year."""
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", value)
    if year is None or value.endswith("s"):
        return None
    months = [i for i, m in enumerate(_MONTHS, start=1) if m in value]
    day = re.search(r"(?<!\d)(\d{1,2})(?!\d)(?!\s*[-\u2013])", value.replace(year.group(1), ""))
    if len(months) != 1:
        return year.group(1) if not months else None
    if day is None or re.search(r"\d\s*(?:[-\u2013]|and)\s*\d", value):
        return f"{year.group(1)}-{months[0]:02d}"
    return f"{year.group(1)}-{months[0]:02d}-{int(day.group(1)):02d}"
