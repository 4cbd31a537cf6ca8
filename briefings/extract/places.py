"""Place names and official names: "Kursk region", "Government of the Republic of X" -> X."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from briefings.extract.gazetteer import fold_surface, load_gazetteer

_OFFICIAL_NAME = re.compile(
    r"^(?:the )?(?:[Gg]overnments?|Republic|Kingdom|State|Commonwealth|Federation)"
    r" of (?:the )?(.+)$"
)


# A news-agency dateline: "SAMARKAND, Uzbekistan, Sept. 14 - ", "NEW YORK, Oct. 9 - ",
# "ABUJA — ": the city in capitals, the country it is in, the date, then a dash.
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'.]{2,}(?:[ -][A-Z][A-Z'.]+){0,2})"
    r"(?:,\s(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?"
    r"(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"\s(?:—|–|-|--)\s"
)


def dateline_places(text: str) -> list[str]:
    """The city (and country) of a dateline opening `text`, as written; else nothing."""
    match = _DATELINE.match(text)
    if match is None:
        return []
    gazetteer = load_gazetteer()
    city = match.group("city")
    entry = gazetteer.find(city)
    if entry is not None and entry.kind != "country":
        return []  # "NATO - ...": an organisation opening a line, no dateline
    country = match.group("country")
    country_entry = gazetteer.find(country) if country else None
    if country_entry is not None and country_entry.kind == "country":
        return [city, country] if country else [city]
    return [city]


# Capitalised features named "X of Y": "Gulf of Finland", "Bay of Bengal", "Horn of Africa".
_OF_FEATURES = {"Gulf", "Bay", "Sea", "Strait", "Straits", "Horn", "Isle", "Cape", "Lake"}


def feature_of(doc: Doc, i: int) -> int:
    """The end of "Gulf of Finland" when token `i` opens one, else `i`."""
    if doc[i].text not in _OF_FEATURES or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return i
    end = i + 2
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return end if end > i + 2 else i


_QUARTERS = {"district", "districts", "neighborhood", "neighbourhood"}


def find_geo_noun_places(doc: Doc) -> list[tuple[str, list[int]]]:
    """Names before a geographic noun, with the tokens they take: "Kursk region"."""
    gazetteer = load_gazetteer()
    found: list[tuple[str, list[int]]] = []
    administrative = {
        "region", "regions", "province", "city", "state", "oblast", "governorate", "district",
        "districts", "neighborhood", "neighbourhood",
    }  # fmt: skip
    for token in doc:
        if token.text in _OF_FEATURES and (end := feature_of(doc, token.i)) > token.i:
            found.append((doc[token.i : end].text, list(range(token.i, end))))
            continue
        if token.lower_ not in gazetteer.geo_nouns or token.i == 0 or token.is_title:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"guard", "guards", "guardsmen"}:
            continue  # "the Chinese coast guard": a service, not a coast
        start = token.i
        while (
            start > 0
            and (
                doc[start - 1].pos_ == "PROPN"
                or doc[start - 1].ent_type_ == "NORP"
                or fold_surface(doc[start - 1].text) in gazetteer.demonyms  # "Syrian-Turkish"
                or (
                    doc[start - 1].text == "-"
                    and start - 2 >= 0
                    and doc[start - 2].pos_ in {"PROPN", "ADJ"}
                )
            )
            and (doc[start - 1].ent_type_ != "PERSON" or token.lower_ in _QUARTERS)
        ):
            start -= 1  # a district may bear a person's name: "the Howl Wadag districts"
        if start == token.i or doc[start].text == "-":
            continue
        run = doc[start : token.i]
        if token.lower_ in administrative:
            quarter = token.lower_ in _QUARTERS and fold_surface(run.text) not in gazetteer.demonyms
            if any(t.ent_type_ in {"LOC", "GPE", "NORP"} for t in run) and not quarter:
                continue  # "the Kursk region": the model's own place; a NORP quarter is kept
            name = run.text
        else:
            name = doc[start : token.i + 1].text
        if fold_surface(name) in gazetteer.by_surface:
            continue
        found.append((name, list(range(start, token.i + 1))))
        if token.lower_.endswith("s") and start >= 2 and doc[start - 1].lower_ == "and":
            found += _coordinated_names(doc, start - 1)  # "the A and B districts"
    return found


def _coordinated_names(doc: Doc, conj: int) -> list[tuple[str, list[int]]]:
    """The proper name before "and" in "the A and B districts" (A is a district too)."""
    end = conj
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == end:
        return []
    return [(doc[start:end].text, list(range(start, end)))]


def official_name(surface: str) -> str:
    """ "Governments of the Kingdom of Norway" -> "Norway"; other names unchanged."""
    while (match := _OFFICIAL_NAME.match(surface)) is not None:
        surface = match.group(1)
    return surface


def name_head(surface: str) -> str:
    """The head word of a name, before its first "of"/"for"/"on" ("Fund for X" -> "fund")."""
    words = re.split(r"\s+(?:of|for|on)\s+", surface, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""
