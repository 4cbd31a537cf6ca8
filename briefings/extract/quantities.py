"""Numbers in the parsed article -> figures that count something substantive."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefings.extract.evidence import Sentence

_QUALIFIERS = (
    "at least",
    "more than",
    "over",
    "approximately",
    "close to",
    "nearly",
    "almost",
    "up to",
    "fewer than",
    "less than",
    "some",
    "roughly",
    "about",
    "around",
)
# Qualifiers kept in the value, verbatim as the corpus README asks ("at least 10,000",
# "about 120", "some 1,600 kilometres").
_KEPT = {
    "some",
    "about",
    "around",
    "well over",
    "at least",
    "more than",
    "approximately",
    "close to",
    "nearly",
    "almost",
    "up to",
    "fewer than",
    "less than",
    "roughly",
    "over",
}
_KEPT_LONGEST_FIRST = tuple(sorted(_KEPT, key=len, reverse=True))
_TIME_UNITS = {
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "times",
    "time",
    "a.m.",
    "p.m.",
}
# Words before a number that are no part of its value: "an additional $114 million".
_LEADING = {"the", "a", "an", "only", "just", "additional", "another", "further", "extra"}
# Counts small enough to be the parties themselves ("the two Central Asian states").
_FEW = {"two", "three", "four", "2", "3", "4"}
_PARTY_NOUNS = {
    "countries",
    "sides",
    "nations",
    "parties",
    "leaders",
    "ministers",
    "governments",
    "states",
    "allies",
    "partners",
    "delegations",
    "presidents",
    "officials",
    "militaries",
    "armies",
    "neighbours",
    "neighbors",
    "groups",
    "factions",
}
# Units of a target or reading rather than a count ("the 1.5 degree goal").
_NOT_COUNTS = {"degree", "degrees", "°", "°c", "°f", "celsius", "fahrenheit"}
_IDENTIFIER_WORDS = {
    "resolution",
    "resolutions",
    "unscr",
    "article",
    "order",
    "no.",
    "number",
    "e.o.",
    "section",
    "paragraph",
    "chapter",
    "rule",
    "flight",
    "covid",
    "group",
    "g",
    "phase",
    "round",
    "plus",
}
# Units of measure that belong to the amount they follow: "more than 270 kilograms".
_MEASURE_UNITS = {
    "kilograms", "kilogram", "kg", "tonnes", "tonne", "tons", "ton", "barrels", "barrel",
    "kilometres", "kilometers", "kilometre", "kilometer", "km", "miles", "mile", "metres",
    "meters", "hectares", "acres", "litres", "liters", "megawatts", "gigawatts", "mw", "gw",
}  # fmt: skip
_CURRENCY = {"$", "US$", "€", "£", "¥", "C$", "A$"}
# ISO 4217 codes written before an amount.
_CURRENCY_CODES = {
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "CHF",
    "NOK",
    "SEK",
    "DKK",
    "CAD",
    "AUD",
    "NZD",
    "INR",
    "RUB",
    "UAH",
    "KRW",
    "BRL",
    "ZAR",
    "TRY",
    "PLN",
    "SGD",
    "HKD",
    "MXN",
    "IDR",
    "SAR",
    "AED",
}
_VAGUE = re.compile(
    r"^(hundreds|thousands|dozens|scores|millions|billions|tens of thousands)$", re.I
)
# Currency names written after a number in words: "about 15 million euros".
_CURRENCY_WORDS = {
    "euros",
    "dollars",
    "pounds",
    "yen",
    "yuan",
    "rupees",
    "francs",
    "roubles",
    "rubles",
    "shillings",
    "dinars",
    "riyals",
}
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")


@dataclass
class FigureMention:
    """A figure found in a sentence."""

    value: str
    counts: str | None
    sentence: Sentence


def is_substantive(ent: Span) -> bool:
    """Whether a number counts something: not a year, identifier, time or a party count."""
    doc = ent.doc
    text = ent.text.strip()
    if ent.label_ == "CARDINAL" and _YEAR.match(text):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.lower_ in _IDENTIFIER_WORDS:
        return False
    if is_conversion(ent) or (after is not None and after.lower_ in _CLOCK_ZONES):
        return False  # "160 km (100 miles)", "(0100 UTC)"
    if any(t.lower_ in _NOT_COUNTS for t in doc[ent.start : min(ent.end + 1, len(doc))]):
        return False
    if is_listed_parties(ent):
        return False
    if is_tally(ent) or (after is not None and after.lower_ == "who"):
        return True  # "by 19 votes to 11", "over 600,000 who fled"
    if is_casualty_count(ent):
        return True  # "while 25 were injured", "killing four civilians and wounding six"
    if is_group_size(ent) or is_partitive_count(ent) or is_halving(ent):
        return True  # "its crew of 22", "detained two of its employees", "fall by half"
    if before is not None and before.lower_ == "the" and text.lower() in _FEW:
        return False  # "the two men": a reference back, not a new count
    if before is not None and before.text in _CURRENCY_CODES:
        return True
    if after is not None and (
        after.text in {"-", "+"} or after.lower_ in {"plus", "-page", "page"}
    ):
        return False
    if before is not None and before.text == "+" and before.whitespace_ == "":
        return False  # "2+2 dialogue": a format's name
    if after is not None and after.lower_ in _TIME_UNITS and ent.label_ == "CARDINAL":
        following = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if following is None or following.lower_ != "of":
            return False
    counted = ent.root.head if ent.root.dep_ == "nummod" and text.lower() in _FEW else after
    if (
        after is not None
        and (
            after.lower_ in _PARTY_NOUNS or (counted is not None and counted.lower_ in _PARTY_NOUNS)
        )
        and before is not None
        and (before.lower_ in {"the", "both", "all", "these", "those"})
    ):
        return False
    if text.lower() == "one" and after is not None and after.lower_ in _NOT_COUNTED_BY_ONE:
        return False
    if (
        ent.label_ == "CARDINAL"
        and text.lower() in {"one", "two", "both"}
        and (
            after is None
            or after.lower_ in _PARTY_NOUNS
            or (
                after.pos_ not in {"NOUN", "ADJ", "PROPN"}
                and not (after.tag_ == "VBN" and after.dep_ == "amod")
            )  # "two chartered aircraft": a participle before the counted noun
        )
    ):
        return False
    if is_counted_subject(ent) or is_gapped_count(ent):
        return True
    return (
        ent.label_ != "CARDINAL"
        or after is None
        or after.pos_ in {"NOUN", "ADJ", "PROPN", "ADP", "ADV"}
        or (after.tag_ in {"VBN", "VBG"} and after.dep_ == "amod" and ent.root.head.pos_ == "NOUN")
    )  # "11 suspected airspace violations", "54 developing countries": a participle first


_CLOCK_ZONES = {"utc", "gmt", "a.m.", "p.m."}
# Nouns "one" goes with in set phrases, not in counts: "training is one thing".
_NOT_COUNTED_BY_ONE = {"thing", "things", "way", "another"}


# Bodies of people whose size "of N" gives: "its crew of 22", "a local staff of 14".
_GROUP_SIZES = {"crew", "staff", "team", "force", "contingent", "delegation", "fleet", "convoy",
                "workforce", "garrison", "strength"}  # fmt: skip


def is_group_size(ent: Span) -> bool:
    """ "its crew of 22", "its local staff of 14": a number that sizes a body of people."""
    root = ent.root
    return (
        ent.label_ == "CARDINAL"
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in _GROUP_SIZES
    )


def is_partitive_count(ent: Span) -> bool:
    """ "detained two of its employees": a number of a plural group named after "of" (not "one
    of the largest", nor "two of the parties")."""
    doc = ent.doc
    if ent.label_ != "CARDINAL" or ent.text.strip().lower() in {"one", "1"} or ent.end >= len(doc):
        return False
    of = doc[ent.end]
    if of.lower_ != "of" or of.head.i not in range(ent.start, ent.end):
        return False
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.tag_ == "NNS" and obj.lower_ not in _PARTY_NOUNS


def is_halving(ent: Span) -> bool:
    """ "could fall by half", "cut by half": a share that counts."""
    root = ent.root
    return ent.text.strip().lower() == "half" and root.dep_ == "pobj" and root.head.lower_ == "by"


def is_conversion(ent: Span) -> bool:
    """A number in brackets right after a measure restates it: "160 km (100 miles)"."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].text == "("
        and doc[ent.start - 2].ent_type_ == "QUANTITY"
    )  # amounts of money in another currency are figures of their own in the gold


def is_counted_subject(ent: Span) -> bool:
    """A qualified or large number standing for people: "so far only 38 are working", "almost
    1.5 million have been forced to leave", "they would send fewer than ten"."""
    root = ent.root
    doc = ent.doc
    if ent.label_ == "CARDINAL" and _VAGUE.match(ent.text.strip()) and is_vague_count(root):
        return True  # "hundreds protested", "in the hundreds"
    if ent.label_ != "CARDINAL" or root.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    if root.head.pos_ not in {"VERB", "AUX"} or ent.text.strip().lower() in _FEW:
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in {"the", "these", "those"}:
        return False  # "the 36 must face charges": the people counted before
    qualified = starts_qualified(ent) or doc[ent.start].lower_ in _KEPT or before == "only"
    return qualified or (root.dep_ != "dobj" and any(ch.isdigit() for ch in ent.text))


_CASUALTY = {"kill", "killed", "injure", "injured", "wound", "wounded", "dead", "hurt", "die"}


_GROUPED_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def is_gapped_count(ent: Span) -> bool:
    """A count whose noun is left out after the first: "with the United States taking 20,000,
    Canada 8,000 and Spain 5,000" (a party's share, or a thousands-grouped number taken)."""
    if ent.label_ != "CARDINAL" or not any(ch.isdigit() for ch in ent.text):
        return False
    root = ent.root
    head = root.head
    if root.dep_ == "nummod" and head.i < root.i and head.ent_type_ in {"GPE", "ORG", "NORP"}:
        return True  # "Canada 8,000": the number follows the party it is the share of
    return root.dep_ == "dobj" and _GROUPED_DIGITS.match(ent.text.strip()) is not None


def is_casualty_count(ent: Span) -> bool:
    """A bare number that counts casualties: the subject of "were killed", the object of
    "wounding"."""
    if ent.label_ != "CARDINAL":
        return False
    root = ent.root
    head = root.head
    if root.dep_ in {"nsubjpass", "nsubj"} and head.lemma_.lower() in _CASUALTY | {"be"}:
        return head.lemma_.lower() in _CASUALTY or any(
            c.lemma_.lower() in _CASUALTY for c in head.children
        )
    return root.dep_ == "dobj" and head.lemma_.lower() in _CASUALTY


def is_listed_parties(ent: Span) -> bool:
    """ "Two groups did not sign: X and Y": a few parties counted, then named one by one."""
    doc = ent.doc
    if ent.text.strip().lower() not in _FEW or ent.root.dep_ != "nummod":
        return False
    noun = ent.root.head
    if noun.lower_ not in _PARTY_NOUNS or noun.i != ent.end:
        return False
    sentence = noun.sent
    return any(t.text == ":" for t in doc[noun.i + 1 : sentence.end])


def is_tally(ent: Span) -> bool:
    """The second number of a vote count: "by 19 votes to 11"."""
    doc = ent.doc
    return (
        ent.label_ == "CARDINAL"
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "to"
        and doc[ent.start - 2].lower_ in {"votes", "vote", "ballots"}
    )


_NUMBER_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few|"
    r"several)"
)
_DURATION = re.compile(
    r"^(?:(?:more than|over|nearly|almost|about|around|at least|up to|the last|the past|"
    r"less than|fewer than|roughly|approximately)\s+)?"
    rf"{_NUMBER_WORD}(?:\s+to\s+{_NUMBER_WORD})?[\s-](?:minute|day|week|month|year|hour|decade)s?$",
    re.I,
)
# Words after a length that make it a point in time, not a length: "two days ago".
_POINT_IN_TIME = {"ago", "earlier", "later", "before", "since", "old"}


def is_duration(ent: Span) -> bool:
    """A length that counts: "60 years of relations", "a three-day visit", "within 48 hours",
    "for more than six years" (the news stories count these); not "two days ago"."""
    if ent.label_ not in {"DATE", "TIME"} or not _DURATION.match(ent.text.strip()):
        return False
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "for":
        return True  # "for roughly four minutes before turning back": a length all the same
    text = ent.text.strip().lower()
    if before == "in" and not text.startswith(("the past ", "the last ")):
        return False  # "in two days": a deadline; "in the past five years" is a length
    return after not in _POINT_IN_TIME


def find_untagged(
    doc: Doc, owner: list[int], sentences: list[Sentence], skip: set[int]
) -> list[FigureMention]:
    """Digits the model left untagged before a noun ("around 1,100 US troops")."""
    found: list[FigureMention] = []
    for token in doc:
        if (
            token.ent_type_
            or not token.like_num
            or not any(ch.isdigit() for ch in token.text)
            or _YEAR.match(token.text)
            or owner[token.i] < 0
            or owner[token.i] in skip
            or token.i + 1 >= len(doc)
            or (
                doc[token.i + 1].pos_ not in {"NOUN", "PROPN", "ADJ"}
                and not (
                    token.dep_ in {"nsubj", "nsubjpass"}
                    and token.head.pos_ in {"VERB", "AUX"}
                    and doc[token.i - 1].lower_ not in {"the", "these", "those"}
                )
            )
            or doc[token.i + 1].lower_ in _TIME_UNITS | _CLOCK_ZONES
            or doc[token.i + 1].ent_type_ == "DATE"
        ):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (
            before.lower_ in _IDENTIFIER_WORDS or before.ent_type_ or before.text in {"-", "–", "+"}
        ):
            continue
        span = with_qualifier(doc[token.i : token.i + 1])
        found.append(FigureMention(span.text, None, sentences[owner[token.i]]))
    return found


def with_qualifier(ent: Span) -> Span:
    """Extend the number over a preceding "at least"/"more than" the text gives, and over the
    unit of measure after it ("more than 270 kilograms", "some 60 nautical miles")."""
    span = qualified_number(ent)
    doc = ent.doc
    end = span.end
    if ent.label_ in {"CARDINAL", ""} and end < len(doc) and doc[end].lower_ in _MEASURE_UNITS:
        end += 1
    elif (
        ent.label_ in {"CARDINAL", ""}
        and end + 1 < len(doc)
        and doc[end].lower_ in {"nautical", "square", "cubic"}
        and doc[end + 1].lower_ in _MEASURE_UNITS
    ):
        end += 2
    return doc[span.start : end]


# Verbs whose particle "over" looks like a qualifier: "handed over 195 soldiers".
_OVER_VERBS = {"hand", "turn", "take", "pass", "give", "sign"}


def is_handed_over(doc: Doc, over: int) -> bool:
    """Whether the "over" at `over` is a phrasal verb's particle ("handed over 195")."""
    return over > 0 and doc[over].lower_ == "over" and doc[over - 1].lemma_.lower() in _OVER_VERBS


def qualified_number(ent: Span) -> Span:
    """The number with a preceding "at least"/"more than" the text gives."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if doc[start].lower_ == "an" and start + 1 < end and doc[start + 1].lower_ == "estimated":
        return doc[start + 1 : end]  # "an estimated 7.5 million": "estimated 7.5 million"
    if start > 1 and doc[start - 1].lower_ == "estimated" and doc[start - 2].lower_ == "an":
        return doc[start - 1 : end]
    if start < end - 1 and doc[start].lower_ == "over" and is_handed_over(doc, start):
        start += 1  # "handed over 195 soldiers": the verb's particle, no qualifier
    qualified = doc[start].lower_ in _KEPT
    while start < end - 1 and doc[start].lower_ in _LEADING:
        start += 1
    if (
        end < len(doc)
        and doc[end].lower_ in _CURRENCY_WORDS
        and doc[end - 1].lower_ in {"million", "billion", "trillion", "thousand"}
    ):
        end += 1  # "about 15 million euros": the currency is part of the amount
    if start > 0 and doc[start - 1].lower_ == "not" and starts_qualified(doc[start:end]):
        start -= 1  # "not more than 400"
    if qualified:
        return doc[start:end]
    while start > 0 and doc[start - 1].whitespace_ == "" and doc[start - 1].text in _CURRENCY:
        start -= 1
    while (
        end < len(doc)
        and doc[end - 1].whitespace_ == ""
        and doc[end].is_alpha
        and doc[end].lower_ in {"m", "bn", "b", "k", "million", "billion", "trillion"}
    ):
        end += 1
    if start > 0 and doc[start - 1].text in _CURRENCY_CODES:
        start -= 1  # "NOK 150 million"
    if end != ent.end and doc[start].text not in _CURRENCY | _CURRENCY_CODES:
        return doc[start:end]
    for qualifier in _KEPT_LONGEST_FIRST:  # "well over" before "over"
        size = len(qualifier.split())
        if start - size >= 0 and doc[start - size : start].text.lower() == qualifier:
            if qualifier == "over" and (
                is_time_span(doc, ent, start - size) or is_handed_over(doc, start - size)
            ):
                return doc[start:end]  # "over two years"; "handed over 195 soldiers"
            start -= size
            if start > 0 and doc[start - 1].lower_ == "not":
                start -= 1  # "not more than 400"
            return doc[start:end]
    return doc[start:end]


# Words before "over N weeks" that make "over" mean "more than": "for over two decades".
_OVER_AS_MORE = {"for", "of", "in", "after", "within", "by", "than", "since"}


def is_time_span(doc: Doc, ent: Span, over: int) -> bool:
    """ "released in stages over three weeks": "over" is the preposition of a length of time
    here, no part of the figure ("for over two decades" keeps it: more than two decades)."""
    return ent.label_ in {"DATE", "TIME"} and over > 0 and doc[over - 1].lower_ not in _OVER_AS_MORE


def starts_qualified(span: Span) -> bool:
    """Whether the span opens with a kept qualifier ("more than 400", "fewer than ten")."""
    text = span.text.lower()
    return any(text.startswith(q + " ") for q in _KEPT)


def counts_of(ent: Span) -> str | None:
    """What the number counts: its noun and modifiers ("North Korean troops in Russia")."""
    doc = ent.doc
    root = ent.root
    head = root.head if root.dep_ in {"nummod", "quantmod", "compound", "amod"} else root
    if ent.label_ in {"MONEY", "PERCENT"} or head.i == root.i:
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "of", "for"}:
                return " ".join(doc[child.i : child.right_edge.i + 1].text.split())
        if head.i == root.i:
            return None
    if head.i < ent.start:
        return None
    words = doc[ent.end : head.right_edge.i + 1].text
    words = re.split(r"\s*[,;:(]\s*|\s+(?:with|which|who|that)\s+", words)[0]
    return " ".join(words.split()) or None


def is_vague_count(token: Token) -> bool:
    """ "hundreds protested", "scores were killed", "placed the death count in the hundreds":
    a word-count of people standing alone as subject or as "in the hundreds"."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        return True
    doc = token.doc
    return (
        token.dep_ == "pobj"
        and token.i >= 2
        and doc[token.i - 1].lower_ == "the"
        and doc[token.i - 2].lower_ == "in"
    )


def is_repeated(ent: Span, value: str, found: list[FigureMention]) -> bool:
    """ "Among the 36 arrest warrants" after "warrants on 36 people": the same count referred
    back to with "the", no new figure."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in {"the", "these", "those"} and any(f.value == value for f in found)


def find_figures(
    doc: Doc, owner: list[int], sentences: list[Sentence], skip: set[int]
) -> list[FigureMention]:
    """Substantive figures in article order."""
    found: list[FigureMention] = []
    for ent in doc.ents:
        if ent.label_ not in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"} and not is_duration(ent):
            continue
        if owner[ent.start] < 0 or owner[ent.start] in skip or not is_substantive(ent):
            continue
        span = with_qualifier(ent)
        value = span.text.strip()
        value = re.sub(r"^(the|a)\s+", "", value)
        value = re.sub(r"^(?:last|past)\s+(?=\S+\s+(?:day|week|month|year|decade)s?$)", "", value)
        value = re.sub(
            r"^((?:hundreds|thousands|millions|billions)) of (?!thousands|millions|billions)\w+$",
            r"\1",
            value,
        )
        if is_repeated(ent, value, found):
            continue
        found.append(FigureMention(value, counts_of(ent), sentences[owner[ent.start]]))
    found += find_untagged(doc, owner, sentences, skip)
    for token in doc:
        if (
            _VAGUE.match(token.text)
            and token.ent_type_ == ""
            and owner[token.i] >= 0
            and owner[token.i] not in skip
            and (any(c.lower_ == "of" for c in token.children) or is_vague_count(token))
        ):
            of = next((c for c in token.children if c.lower_ == "of"), None)
            counted = " ".join(doc[of.i + 1 : of.right_edge.i + 1].text.split()) if of else None
            found.append(FigureMention(token.text, counted, sentences[owner[token.i]]))
    found.sort(key=lambda f: f.sentence.index)
    return found
