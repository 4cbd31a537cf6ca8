"""Place names and official names: "Kursk region", "Government of the Republic of X" -> X."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefings.extract.gazetteer import fold_surface, load_gazetteer

_OFFICIAL_NAME = re.compile(
    r"^(?:the )?(?:[Gg]overnments?|Republic|Kingdom|State|Commonwealth|Federation)"
    r" of (?:the )?(.+)$"
)


# A news-agency dateline: "SAMARKAND, Uzbekistan, Sept. 14 - ", "NEW YORK, Oct. 9 - ",
# "ABUJA — ", "SRINAGAR/ISLAMABAD - ", "BRAZZAVILLE, Republic of Congo (Reuters) - ": the city
# (or cities) in capitals, the country it is in, the date, the agency, then a dash.
_CITY = r"[A-Z][A-Z'.]{2,}(?:[ -][A-Z][A-Z'.]+){0,2}"
_DATELINE = re.compile(
    rf"^(?P<city>{_CITY}(?:/{_CITY})*)"
    r"(?:,\s(?P<country>[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+){0,3}))?"
    r"(?:,\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}))?"
    r"(?:\s\((?P<agency>[^()]{1,40})\))?"
    r"\s(?:—|–|-|--)\s"
)


def dateline_end(text: str) -> int:
    """Where a dateline opening `text` ends (0 when there is none)."""
    match = _DATELINE.match(text)
    return match.end() if match is not None else 0


def dateline_places(text: str) -> list[str]:
    """The city (or cities) and country of a dateline opening `text`, as written."""
    match = _DATELINE.match(text)
    if match is None:
        return []
    gazetteer = load_gazetteer()
    cities = match.group("city").split("/")
    entry = gazetteer.find(cities[0])
    if entry is not None and entry.kind != "country" and len(cities) == 1:
        return []  # "NATO - ...", "UNITED NATIONS (AFP) - ": a body, no place
    country = match.group("country")
    country_entry = gazetteer.find(country) if country else None
    if country and (
        (country_entry is not None and country_entry.kind == "country")
        or country.split()[0] in {"Republic", "Kingdom", "State"}
    ):
        return [*cities, country]
    return cities


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


_QUARTERS = {"district", "districts", "neighborhood", "neighbourhood", "area", "sector"}
# Divisions a capitalised name may end with ("Rakhine State", "Okinawa Prefecture").
DIVISIONS = frozenset(
    {"state", "province", "prefecture", "region", "governorate", "oblast", "district"}
)
_ADMINISTRATIVE = DIVISIONS | {
    "regions", "provinces", "city", "districts", "neighborhood", "neighbourhood", "prefectures",
    "county", "municipality", "states", "area", "sector", "border", "coast",
}  # fmt: skip
# Features whose capitalised name the model may leave untagged: "the Darien Gap".
_NATURAL = {
    "gap", "ocean", "canal", "river", "sea", "lake", "mountains", "valley", "desert",
    "peninsula", "strait", "basin", "island", "islands", "coast", "plateau", "delta", "plains",
    "dam",
}  # fmt: skip
# Sites named by the place they stand at: "the Fordow plant", "the Khurais oil field".
_SITES = {
    "plant", "field", "facility", "site", "base", "airbase", "refinery", "terminal", "mine",
    "reactor", "camp", "station",
}  # fmt: skip


# Capitalised words before "states"/"countries" that name no place: "Member states".
_NOT_NAMES = {"member", "members", "partner", "partners", "neighbouring", "neighboring",
              "coastal", "frontline", "front-line", "signatory", "donor"}  # fmt: skip


def find_geo_noun_places(doc: Doc) -> list[tuple[str, list[int]]]:
    """Names before a geographic noun, with the tokens they take: "Kursk region"."""
    gazetteer = load_gazetteer()
    found: list[tuple[str, list[int]]] = []
    for token in doc:
        if token.text in _OF_FEATURES and (end := feature_of(doc, token.i)) > token.i:
            found.append((doc[token.i : end].text, list(range(token.i, end))))
            continue
        if token.lower_ in _SITES and not token.is_title:
            found += site_name(doc, token.i)
            continue
        if token.is_title and token.i > 0:
            found += untagged_feature(doc, token.i)
            continue
        if token.lower_ not in gazetteer.geo_nouns or token.i == 0:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"guard", "guards", "guardsmen"}:
            continue  # "the Chinese coast guard": a service, not a coast
        start = name_start(doc, token.i)
        if start == token.i or doc[start].text == "-":
            continue
        run = doc[start : token.i]
        if run.text.lower() in _NOT_NAMES:
            continue  # '"Member states must respect ...": states of a body, no place'
        edge = token.lower_ in {"border", "coast"}
        if edge and fold_surface(run.text) in gazetteer.demonyms:
            continue  # "near the Sudanese border": the country's edge, named as a country
        if edge and any(fold_surface(t.text) in gazetteer.demonyms for t in run):
            name = doc[start : token.i + 1].text  # "the Syrian-Turkish border"
        elif token.lower_ in _ADMINISTRATIVE:
            quarter = token.lower_ in _QUARTERS and fold_surface(run.text) not in gazetteer.demonyms
            if is_models_place(run) and not quarter:
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


def is_models_place(run: Span) -> bool:
    """Whether the model tagged the name before the noun as a place itself, whole ("the Kursk
    region"); "Stung Treng province" read as a place and a person is no such name."""
    labels = {t.ent_type_ for t in run}
    return bool(labels & {"LOC", "GPE", "NORP"}) and (len(labels) == 1 or len(run) == 1)


def is_name_word(token: Token) -> bool:
    """A word of a place's name: a proper noun, or a capitalised word the tagger read as a
    verb or noun ("Rakhine and Sagaing regions")."""
    return token.pos_ == "PROPN" or (
        token.is_title and not token.is_sent_start and token.pos_ in {"VERB", "NOUN"}
    )


def name_start(doc: Doc, noun: int) -> int:
    """The first token of the name before the geographic noun at `noun` (`noun` if none)."""
    gazetteer = load_gazetteer()
    quarter = doc[noun].lower_ in _QUARTERS
    start = noun
    while start > 0 and (doc[start - 1].ent_type_ != "PERSON" or quarter):
        before = doc[start - 1]  # a district may bear a person's name: "the Howl Wadag districts"
        if (
            is_name_word(before)
            or before.ent_type_ == "NORP"
            or fold_surface(before.text) in gazetteer.demonyms  # "Syrian-Turkish"
        ):
            start -= 1
        elif (
            before.text == "-"
            and start >= 2
            and doc[start - 2].pos_ in {"PROPN", "ADJ"}
            and doc[start - 2].text[:1].isupper()
        ):
            start -= 2  # "the North-West and South-West regions"; not "non-state", "cross-border"
        else:
            break
    return start


def untagged_feature(doc: Doc, noun: int) -> list[tuple[str, list[int]]]:
    """ "through the Darien Gap": a capitalised feature the model left without a label."""
    if doc[noun].lower_ not in _NATURAL or doc[noun].ent_type_:
        return []
    if noun + 1 < len(doc) and doc[noun + 1].pos_ == "PROPN":
        return []  # "the Red Sea Fleet": a name that goes on
    start = noun
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1  # the model may tag the name alone: "Darien" as a person
    if start == noun or doc[start].is_sent_start:
        return []
    return [(doc[start : noun + 1].text, list(range(start, noun + 1)))]


def site_name(doc: Doc, noun: int) -> list[tuple[str, list[int]]]:
    """ "the Fordow plant", "the Khurais oil field", "the Fukushima Daiichi nuclear plant": the
    name of the place a site stands at (up to two plain words between)."""
    gazetteer = load_gazetteer()
    end = noun
    while (
        end > noun - 2
        and end > 0
        and doc[end - 1].is_lower
        and doc[end - 1].pos_
        in {
            "NOUN",
            "ADJ",
        }
    ):
        end -= 1  # "oil", "nuclear", "air"
    start = end
    while start > 0 and is_site_word(doc[start - 1]):
        start -= 1
    if start == end or doc[start].is_sent_start or start == 0 or doc[start - 1].tag_ == "POS":
        return []
    run = doc[start:end]
    if any(t.ent_type_ in {"PERSON", "NORP"} for t in run):
        return []  # "the Russian base", a base named for a person
    if gazetteer.find(run.text) is not None or mentioned_as_name(doc, run.text, noun):
        return []
    return [(run.text, list(range(start, end)))]


def is_site_word(token: Token) -> bool:
    """A capitalised word of a site's name; the tagger may read it as an adjective ("the
    Khurais oil field"), but a nationality is none ("the Iranian plant")."""
    return (
        token.is_title
        and token.pos_ in {"PROPN", "ADJ"}
        and fold_surface(token.text) not in load_gazetteer().demonyms
    )


def mentioned_as_name(doc: Doc, text: str, noun: int) -> bool:
    """Whether `text` names an organisation or a person elsewhere ("Aramco said ... the Aramco
    plant"): then the site is that body's, not a place."""
    return any(
        ent.text == text
        and ent.label_ in {"ORG", "PERSON"}
        and (ent.end < noun - 3 or ent.start > noun)  # not the site's own mention
        for ent in doc.ents
    )


def _coordinated_names(doc: Doc, conj: int) -> list[tuple[str, list[int]]]:
    """The name before "and" in "the A and B districts" (A is a district too)."""
    start = name_start(doc, conj)
    if start == conj or doc[start].text == "-":
        return []
    return [(doc[start:conj].text, list(range(start, conj)))]


def official_name(surface: str) -> str:
    """ "Governments of the Kingdom of Norway" -> "Norway"; other names unchanged."""
    while (match := _OFFICIAL_NAME.match(surface)) is not None:
        surface = match.group(1)
    return surface


def name_head(surface: str) -> str:
    """The head word of a name, before its first "of"/"for"/"on" ("Fund for X" -> "fund")."""
    words = re.split(r"\s+(?:of|for|on)\s+", surface, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""
