"""One entity span -> its surface form, acronym, compass word and whether it names a place."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import fold_surface, load_gazetteer, read_data
from briefings.extract.places import name_head
from briefings.extract.roles import load_title_words

_LOCATIVE = {
    "in",
    "at",
    "into",
    "across",
    "throughout",
    "around",
    "near",
    "within",
    "inside",
    "over",
    "toward",
    "towards",
    "onto",
    "along",
    "outside",
    "beyond",
}
# "the suburb of X", "west of X": nouns and compass words whose "of" names a place.
_OF_PLACE = {
    "suburb", "suburbs", "outskirts", "exclave", "enclave", "coast", "shores", "capital",
    "area", "areas", "parts",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
}  # fmt: skip
# "the border with X": a line whose other side is a place.
_BORDERS = {"border", "borders", "frontier", "boundary"}

# Heads of armed or political groups' names ("Rapid Support Forces").
GROUP_HEADS = {
    "forces",
    "force",
    "army",
    "units",
    "party",
    "front",
    "brigades",
    "brigade",
    "movement",
    "militia",
    "guards",
    "corps",
    "fighters",
    "rebels",
    "group",
}
# Entity labels that never name an actor or a place.
SKIP_LABELS = {
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
    "LAW",
    "LANGUAGE",
    "WORK_OF_ART",
    "EVENT",
    "PRODUCT",
}


# Nouns whose examples are places: "destinations including Spain".
_PLACE_NOUNS = {
    "destinations", "destination", "cities", "places", "sites", "locations", "airports",
    "ports", "areas", "towns", "villages", "capitals", "venues",
}  # fmt: skip
# "the city of X", "the village of X": X names a place.
_RESIDENTS = {"residents", "inhabitants", "villagers", "townspeople", "people", "citizens"}
_SETTLEMENTS = {
    "city", "town", "village", "region", "province", "district", "island", "port",
    "municipality", "county", "governorate", "oblast", "state", "ports", "cities", "towns",
    "villages", "islands", "provinces", "districts", "prefecture",
}  # fmt: skip
# Verbs and participles whose "for X" is a destination: "a ship bound for Port Sudan".
_BOUND_FOR = {"bound", "head", "headed", "heading", "leave", "depart", "sail", "fly"}
_PLACE_NOUNS_TO = {
    "visit",
    "trip",
    "travel",
    "flight",
    "flights",
    "transports",
    "access",
    "route",
    "mission",
    "delegation",
    "return",
    "deployment",
    "road",
    "highway",
    "corridor",
}
# "Government of X", "Republic of the X", "Kingdom of X": the country X when the gazetteer knows it.


def trim_entity(span: Span) -> Span:
    """Drop leading articles/honorifics and trailing possessives, spaces and punctuation."""
    _, honorifics, _ = load_title_words()
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"}
        or doc[start].text in honorifics
        or doc[start].is_space
        or doc[start].is_punct
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or doc[end - 1].text in {"\u2019s", "'s", "\u2019", "'"}
        or (doc[end - 1].is_punct and doc[end - 1].text not in {")", "."})
        or (doc[end - 1].is_lower and doc[end - 2].whitespace_ != "" if end - 2 >= start else False)
    ):
        end -= 1
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]) and opened[-1] > start:
        end = opened[-1]  # "Civil Aviation Authority of Nepal (CAAN": the acronym follows
    return doc[start:end]


def clean_surface(span: Span) -> str:
    """The entity text without a glued possessive (North Korea's -> North Korea)."""
    text = span.text.strip()
    return re.sub(r"[\u2019']s$", "", text).strip()


# What is attacked, entered or besieged is a place when no gazetteer names it an actor.
_ATTACK_NOUNS = {
    "attack", "attacks", "siege", "assault", "offensive", "bombardment", "strike", "strikes",
    "shelling", "advance", "incursion", "raid", "raids", "capture", "fall",
}  # fmt: skip
_MOVE_VERBS = {
    "enter", "reach", "besiege", "shell", "bomb", "storm", "encircle", "capture", "seize",
}  # fmt: skip


@lru_cache(maxsize=1)
def load_institution_heads() -> frozenset[str]:
    """Head words that make a name an institution, never a place ("Agency", "Office")."""
    heads: list[str] = read_data("titles.yaml")["institution_heads"]
    return frozenset(heads)


def is_institution(surface: str) -> bool:
    """ "UN Relief and Works Agency", "Mahan Air": an organisation even after "to" or "in"."""
    return name_head(surface) in load_institution_heads()


def is_attacked_place(span: Span) -> bool:
    """ "the siege and attack on El Fasher", "entered Tell Tamer": the mention is a place."""
    token: Token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _MOVE_VERBS
    if token.dep_ != "pobj" or token.head.lower_ not in {"on", "against", "of"}:
        return False
    noun = token.head.head
    return noun.lower_ in _ATTACK_NOUNS or any(
        c.dep_ == "conj" and c.lower_ in _ATTACK_NOUNS for c in noun.children
    )


def follows_a_capital(span: Span) -> bool:
    """ "in Minsk, Belarus", "Doha, Qatar": a country named after a capital and a comma locates
    the city, so it is used as a place."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    gazetteer = load_gazetteer()
    country = gazetteer.find(span.text)
    if country is None or country.kind != "country":
        return False  # "the prosecutor general of Tehran, Ali Alghasi Mehr": a person
    comma = span.start - 1
    for size in (1, 2, 3):
        if (
            comma - size >= 0
            and gazetteer.capitals.get(fold_surface(doc[comma - size : comma].text)) is country
        ):
            return True
    return False


def is_locative(span: Span) -> bool:
    """Whether the mention is governed by a place preposition ("in Russia", "to Syria")."""
    if follows_a_capital(span) or opens_where_clause(span) or follows_off(span):
        return True
    token: Token = span.root
    if token.dep_ in {"compound", "amod", "nmod"} and (
        token.head.pos_ in {"NOUN", "ADJ"} or token.head.ent_type_ == ""
    ):
        gazetteer = load_gazetteer()
        if token.head.lower_ not in gazetteer.geo_nouns:
            return False  # "the Ukraine conflict", "U.S.-Japan-ROK trilateral": a modifier
    for _ in range(6):
        while (
            token.dep_ in {"conj", "appos", "compound", "amod", "nmod"} and token.head.i != token.i
        ):
            token = token.head
        if token.dep_ != "pobj":
            return False
        prep = token.head
        word = prep.lower_
        if word == "in" and prep.head.ent_type_ == "MONEY":
            return False  # "$500 million in Foreign Military Financing": what it is made of
        if word in _LOCATIVE:
            return True
        if word == "through" and not span.text.isupper():
            return True  # "shipped through Klaipeda"; "through MRC" names a channel, a body
        if word == "of" and prep.head.lower_ in _RESIDENTS | _OF_PLACE | _SETTLEMENTS:
            return True  # "residents of X", "the capital of X", "west of X", "the town of X"
        if word == "with" and prep.head.lower_ in _BORDERS:
            return True  # "across the border with Senegal"
        if word == "for" and (prep.head.lower_ in _BOUND_FOR or prep.head.lemma_ in _BOUND_FOR):
            return load_gazetteer().find(span.text) is None  # "bound for Port Sudan": a port
        if word == "from" and sends_delegates(prep):
            return False  # "observers had arrived from Angola": Angola takes part
        if word == "from" and prep.head.pos_ in {"VERB", "AUX"}:
            return True
        if word == "to" and prep.head.lower_ == "according":
            return False  # "according to Amnesty International": a source, not a place
        if word == "to" and (
            prep.head.pos_ == "VERB"
            or (prep.head.lower_ in _PLACE_NOUNS_TO and prep.head.pos_ != "PROPN")
        ):
            return True  # "travel to X", "a visit to X"; not "Observation Mission to X" (a name)
        if word in {"including", "like", "as"} and prep.head.pos_ in {"NOUN", "PROPN"}:
            if prep.head.lower_ in _PLACE_NOUNS:
                return True  # "destinations including Spain, Greece"
            token = prep.head
            continue
        return False
    return False


def opens_where_clause(span: Span) -> bool:
    """ "Estonia, where a Russian plane briefly entered its airspace": a place."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "where"
    )


def follows_off(span: Span) -> bool:
    """ "ordered the ship to anchor off Karlskrona": a place at sea, whatever the parse."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    return start > 0 and doc[start - 1].lower_ == "off"


@lru_cache(maxsize=1)
def load_delegate_nouns() -> frozenset[str]:
    """Nouns for people a country sends ("observers", "delegates"), from places.yaml."""
    nouns: list[str] = read_data("places.yaml")["delegate_nouns"]
    return frozenset(nouns)


def sends_delegates(prep: Token) -> bool:
    """Whether "from X" says where delegates come from: "observers from X", "delegates were
    from X", "observers arrived from A, with others from B"."""
    nouns = load_delegate_nouns()
    head = prep.head
    for _ in range(3):
        if head.lower_ in nouns:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "nsubj" and c.lower_ in nouns for c in head.children)
        if head.lower_ in {"others", "those"} and head.dep_ == "pobj":
            head = head.head.head  # "with others from B": as the verb's subject is
            continue
        return False
    return False


_DATELINE_DASHES = {"\u2014", "\u2013", "-", "--", ":"}


def is_dateline(span: Span) -> bool:
    """ "Brussels — The European Union ...", "JOHANNESBURG, April 17 - Finance ministers": a
    place opening its paragraph before a dash (a capitalised one may have a date between)."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text or doc[span.start].is_sent_start
    follows = doc[span.end].text if span.end < len(doc) else ""
    if not opens:
        return False
    if follows in _DATELINE_DASHES:
        return True
    if not span.text.isupper() or follows != ",":
        return False
    rest = doc[span.end : span.end + 8]
    return any(t.text in _DATELINE_DASHES and t.whitespace_ for t in rest) and any(
        t.ent_type_ in {"DATE", "GPE"} for t in rest
    )


_MOTION_VERBS = {
    "visit", "travel", "reach", "enter", "leave", "arrive", "fly", "return", "host", "move",
    "relocate", "hold", "attack", "strike", "bomb", "shell", "capture", "seize", "besiege",
}  # fmt: skip
_GROUP_NOUNS = {"states", "countries", "nations", "republics", "governments", "allies"}


def is_metonym_subject(span: Span) -> bool:
    """Whether a capital city stands for its state: "Seoul said", "blamed Washington for",
    "spying for Moscow", "Kremlin spokesman", "Beijing's decision"."""
    root = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return root.dep_ == "poss" or head.pos_ in {"VERB", "AUX"}
    if root.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() not in _MOTION_VERBS
    if root.dep_ == "compound":
        titles, _, _ = load_title_words()
        return head.lower_ in titles
    if root.dep_ == "pobj" and head.lower_ in {"on", "upon"}:
        return head.head.lemma_.lower() in {
            "call",
            "prevail",
            "rely",
            "count",
        }  # "called on Beijing"
    if root.dep_ in {"pobj", "conj"} and _between_parties(root):
        return True  # "the disagreement came between Washington and Beijing"
    if root.dep_ == "pobj" and head.lower_ in {"for", "against", "by"}:
        return head.head.pos_ in {"VERB", "NOUN"} and head.head.lower_ not in _PLACE_NOUNS_TO
    return False


# Nouns of a relation between two governments: "talks between Washington and Beijing".
_RELATION_NOUNS = {"disagreement", "dispute", "rift", "split", "talks", "tension", "tensions",
                   "relations", "row", "standoff", "negotiations", "dialogue", "deal",
                   "feud"}  # fmt: skip


def _between_parties(token: Token) -> bool:
    """Whether a name is one of the two after "between" that a relation noun or a verb of
    relating governs ("the disagreement came between Washington and Beijing")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "between" or not first.conjuncts:
        return False
    governor = prep.head
    nouns = [governor, *(c for c in governor.children if c.dep_ in {"nsubj", "dobj"})]
    return any(n.lemma_.lower() in _RELATION_NOUNS or n.lower_ in _RELATION_NOUNS for n in nouns)


def is_group_adjective(span: Span) -> bool:
    """ "the Baltic states", "Gulf countries": a place word qualifying a group, no place."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _GROUP_NOUNS


def find_acronym(span: Span) -> str | None:
    """An acronym given in brackets right after `span`: "Syrian Democratic Forces (SDF)"."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        candidate = doc[span.end + 1].text
        if candidate.isupper() and 2 <= len(candidate) <= 8:
            return candidate
    return None


def initials_of(name: str) -> str:
    """Initials of the capitalised words of `name` ("Syrian Democratic Forces" -> "SDF")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


COMPASS_PREFIX = re.compile(r"^[a-z]+(?:-[a-z]+)? (?=[A-Z])")


_COMPASS = re.compile(
    r"^(north|south|east|west|central|northern|southern|eastern|western)"
    r"(-?(east|west|eastern|western))?$"
)


def with_compass(span: Span, surface: str) -> str:
    """Keep a compass word before a place: "north-eastern Syria", "northeast Syria"; and the
    "City" the model left out after it ("Gaza City", "Kuwait City")."""
    doc = span.doc
    start = span.start
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "City" and not after.ent_type_:
        surface = surface + " City"
    if (
        start >= 3
        and doc[start - 2].text == "-"
        and _COMPASS.match(doc[start - 3].lower_ + "-" + doc[start - 1].lower_)
    ):
        return doc[start - 3 : span.end].text.removesuffix("\u2019s").removesuffix("'s")
    if start >= 1 and _COMPASS.match(doc[start - 1].lower_):
        return doc[start - 1].text + " " + surface
    return surface


def is_header(sentence: Sentence) -> bool:
    """A page furniture line: "Media Note", "Office of the Spokesperson", "Begin Text"."""
    tokens = [t for t in sentence.span if not t.is_space and not t.is_punct]
    return len(tokens) <= 5 and not any(t.pos_ in {"VERB", "AUX"} for t in tokens)


def is_news_source(span: Span) -> bool:
    """ "Rudaw reports ...", "according to Reuters": a news outlet cited as a report's source."""
    root: Token = span.root
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() == "report" and root.head.pos_ == "VERB"
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "to"
        and root.head.head.lower_ == "according"
        and root.ent_type_ == "ORG"
    )


@lru_cache(maxsize=1)
def load_media_words() -> dict[str, frozenset[str]]:
    """The lexicons of media.yaml (outlets, their head words, venue verbs and nouns)."""
    data: dict[str, list[str]] = read_data("media.yaml")
    return {key: frozenset(values) for key, values in data.items()}


def is_outlet(span: Span, surface: str) -> bool:
    """Whether the name is a news outlet's: a known outlet, an outlet head word ("Military
    Times", "al-Masirah TV") or followed by a media noun ("the Yemen Post newspaper")."""
    words = load_media_words()
    doc = span.doc
    if surface.removeprefix("the ").removeprefix("The ") in words["outlets"]:
        return True
    if surface.split()[-1] in words["outlet_heads"]:
        return True
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    if before[-1:] and before[-1] in words["media_nouns"]:
        return True  # "state broadcaster SSBC", "the state-run newspaper X"
    if before == ["news", "agency"] or before == ["press", "agency"]:
        return True  # "the state news agency IRNA"
    return span.end < len(doc) and doc[span.end].lower_ in words["media_nouns"]


def is_media_venue(span: Span, surface: str) -> bool:
    """ "told the BBC", "spoke on Fox News", "appeared on CNN's State of the Union", "in an
    interview with the BBC", "an editor of the Yemen Post newspaper": an outlet that carried
    someone's words or employs the speaker, not an actor of the story."""
    if not is_outlet(span, surface):
        return False
    words = load_media_words()
    token: Token = span.root
    if token.dep_ in {"poss", "compound"} and (
        token.head.pos_ in {"NOUN", "PROPN"} and token.head.i >= span.end
    ):
        token = token.head  # "CNN's State of the Union", "the Yemen Post newspaper"
    elif (
        token.dep_ not in {"dobj", "pobj"}
        and span.start > 0
        and span.doc[span.start - 1].lower_ in words["media_nouns"] | {"agency"}
    ):
        token = span.doc[span.start - 1]  # "told the state news agency TASS": as the agency is
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in words["told_verbs"]
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of":
        return token.lower_ in words["media_nouns"]  # "an editor of the X newspaper"
    if prep.lower_ == "by":  # "a statement carried by IRNA", "quoted by TASS"
        return prep.head.lemma_.lower() in words["carrying_verbs"]
    if prep.lower_ not in {"on", "to", "with"}:
        return False
    head = prep.head
    return head.lemma_.lower() in words["venue_heads"] or head.lower_ in words["venue_heads"]


def is_titled_apposition(span: Span, titles: frozenset[str]) -> bool:
    """Whether a name is followed by ", the <title> of": a person ("X, the chairperson of")."""
    doc = span.doc
    words = [t.lower_ for t in doc[span.end : span.end + 4]]
    return (
        len(words) == 4
        and words[0] == ","
        and words[1] in {"the", "a"}
        and words[2] in titles
        and words[3] == "of"
        and len(span) >= 2
        and all(t.is_title for t in span)
    )


def is_name_modifier(span: Span) -> bool:
    """ "the Berlin principles", "the Minsk process": a city naming a common noun."""
    root = span.root
    head = root.head
    if root.dep_ != "compound" or head.pos_ != "NOUN":
        return False
    titles, _, _ = load_title_words()
    return head.lower_ not in load_gazetteer().geo_nouns and head.lower_ not in titles


def is_settlement_name(span: Span) -> bool:
    """ "turned the city of Sao Paulo dark": the name of a city, town or village."""
    root = span.root
    return (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _SETTLEMENTS
    )


# Common nouns a place's name modifies: "the Lay Wah camp", "the Yei corridor".
_PLACE_HEADS = {
    "camp", "camps", "corridor", "district", "province", "region", "county", "temple", "dam",
    "barrage", "river", "valley", "village", "town", "city", "island", "islands", "strait",
    "crossing", "airport", "airbase", "field", "plains", "plateau", "municipality",
    "governorate", "prefecture", "settlement", "enclave", "peninsula", "coast", "bay", "post",
    "outpost", "crossings", "base", "airstrip", "refinery", "terminal",
}  # fmt: skip


def names_a_place_noun(span: Span) -> bool:
    """ "the Lay Wah camp", "the Torkham border crossing", "Vigo-based": a place's name."""
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lower_ in _PLACE_HEADS:
        return root.head.i >= span.end
    after = [t.lower_ for t in span.doc[span.end : span.end + 2]]
    return after[:1] == ["based"] or after == ["-", "based"]


def names_its_body(span: Span) -> bool:
    """ "The UN refugee agency, UNHCR, said": the organisation only qualifies a body that the
    apposition names; the named body acts, not the one in its description."""
    root = span.root
    head = root.head
    if root.dep_ not in {"compound", "nmod"} or head.pos_ != "NOUN" or head.i < span.end:
        return False
    doc = span.doc
    after = head.i + 1
    while (
        after < min(len(doc), head.i + 6)
        and doc[after].text != ","
        and (doc[after].pos_ in {"ADP", "DET", "NOUN", "PROPN", "ADJ"})
    ):
        after += 1  # "the UN peacekeeping mission in the country, MONUSCO,"
    return (
        after + 2 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].ent_type_ == "ORG"
        and doc[after + 1].ent_iob_ == "B"
    )


def used_as_place(span: Span, surface: str) -> bool:
    """A place name used as one: a dateline, "the city of X", a compass word, a geographic head
    noun ("South China Sea"), or a mention that is not a subject, possessor or modifier."""
    if is_dateline(span) or is_settlement_name(span) or with_compass(span, surface) != surface:
        return True
    if surface.split()[-1].lower() in load_gazetteer().geo_nouns:
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Bureau of Population, Refugees, and Migration"
    if root.dep_ in {"nsubj", "nsubjpass", "poss", "amod", "compound", "dobj"}:
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in {"of", "by", "for"})
