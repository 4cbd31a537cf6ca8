"""Entities of the parsed doc -> persons named right after a title, where the model missed them.

"Spokesperson Ned Price" arrives as one organisation and "Deputy Spokesperson Vedant Patel" or
"Presidents Sadyr Japarov and ..." as nothing at all: a capitalised title word followed by two
or three capitalised words that are no known name is a person with that title.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefings.extract.gazetteer import load_gazetteer
from briefings.extract.roles import load_name_honorifics, load_title_words

# Title words that head a person's title when capitalised before a name.
_PERSON_TITLES = {
    "spokesperson", "spokesman", "spokeswoman", "president", "presidents", "minister",
    "ministers", "secretary", "ambassador", "envoy", "chancellor", "premier", "king", "queen",
    "prince", "governor", "senator", "commissioner", "general", "colonel", "director",
    "representative", "coordinator", "chairman", "chairwoman", "chairperson", "adviser",
    "advisor", "negotiator", "sergeant", "captain", "corporal", "lieutenant", "commander",
}  # fmt: skip


def is_given_word(token: Token) -> bool:
    """A word of a person's name: capitalised, not a title, not a known country or body."""
    titles, honorifics, _ = load_title_words()
    text = token.text
    if not text[:1].isupper() or token.lower_ in titles or text in honorifics:
        return False
    if not (token.is_alpha or (len(text) == 2 and text.endswith("."))):
        return False
    return load_gazetteer().find(text) is None


def name_after(doc: Doc, start: int) -> int:
    """The end of a run of two to three name words starting at `start` (else `start`)."""
    end = start
    while end < len(doc) and end - start < 3 and is_given_word(doc[end]):
        end += 1
    if end - start < 2 or (end < len(doc) and is_given_word(doc[end])):
        return start
    return end


def with_name_honorifics(doc: Doc) -> tuple[list[Span], bool]:
    """The entities with "Sheikh" taken into the person it names, split names joined.

    The model reads "Sheikh Sharif Sheikh Ahmed" as "Sharif" + "Sheikh Ahmed" and leaves the
    first "Sheikh" out: an honorific of the name before a person belongs to it, and a person
    that starts with one right after another person continues that person's name.
    """
    honorifics = load_name_honorifics()
    result: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start = ent.start
            while start > 0 and doc[start - 1].text in honorifics and not doc[start - 1].ent_type_:
                start -= 1
            previous = result[-1] if result else None
            if (
                previous is not None
                and previous.label_ == "PERSON"
                and previous.end == start
                and doc[start].text in honorifics
            ):
                start = result.pop().start
            elif (
                previous is not None
                and previous.label_ == "PERSON"
                and previous.end == start
                and doc[start - 1].text in honorifics
            ):  # "Emir Sheikh" + "Tamim bin Hamad": the title stays out of the name
                result.pop()
                while start - 1 >= previous.start and doc[start - 1].text in honorifics:
                    start -= 1
            if start != ent.start:
                ent = Span(doc, start, ent.end, label="PERSON")
                changed = True
        result.append(ent)
    return result, changed


# Words of a portfolio that are no one's name: "Commissioner for Human Rights", "Director of
# National Intelligence".
_PORTFOLIO_WORDS = {
    "affairs", "rights", "security", "intelligence", "development", "defense", "defence",
    "trade", "state", "justice", "health", "energy", "commerce", "agriculture", "treasury",
    "education", "labor", "labour", "transportation", "interior", "finance", "relations",
    "cooperation", "services", "policy", "operations", "refugees", "disarmament", "peace",
}  # fmt: skip


def name_after_portfolio(doc: Doc, start: int) -> tuple[int, int]:
    """The name closing "for Human Rights Navi Pillay" after a title, else nothing.

    A title's "for"/"of" complement runs on over capitalised words; when a portfolio word
    ("Rights", "Defence") is followed by two or three given words, they are the holder's name.
    """
    if start >= len(doc) or doc[start].lower_ not in {"for", "of"}:
        return start, start
    end = start + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    if end - (start + 1) < 3:
        return start, start
    first = end
    while first > start + 2 and end - first < 3:
        token = doc[first - 1]
        if token.lower_ in _PORTFOLIO_WORDS or not is_given_word(token) or token.ent_type_:
            break
        first -= 1
    if end - first < 2 or doc[first - 1].lower_ not in _PORTFOLIO_WORDS:
        return start, start  # the name must follow the portfolio it holds
    return first, end


@Language.component("titled_people")
def find_titled_people(doc: Doc) -> Doc:
    """Re-label "Title First Last" organisations and untagged names after a title as persons."""
    result: list[Span] = []
    ents, changed = with_name_honorifics(doc)
    taken: set[int] = set()
    for ent in ents:
        first = ent[0]
        if ent.label_ == "ORG" and first.lower_ in _PERSON_TITLES and len(ent) >= 3:
            end = name_after(doc, ent.start + 1)
            if end == ent.end:
                ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
                changed = True
        elif (
            ent.label_ == "ORG"
            and ent.start > 0
            and doc[ent.start - 1].lower_ in _PERSON_TITLES
            and name_after(doc, ent.start) == ent.end
        ):  # "spokesperson Morgan Ortagus" tagged as an organisation
            ent = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
        result.append(ent)
        taken.update(range(ent.start, ent.end))
    for token in doc[:-2]:
        if (
            token.lower_ in _PERSON_TITLES
            and token.text[:1].isupper()
            and token.i + 1 not in taken
            and token.ent_type_ in {"", "ORG"}
        ):
            start = token.i + 1
            end = name_after(doc, start)
            if end == start:
                start, end = name_after_portfolio(doc, start)
            if end > start and not any(i in taken for i in range(start, end)):
                result.append(Span(doc, start, end, label="PERSON"))
                taken.update(range(start, end))
                changed = True
    if changed:
        doc.ents = sorted(result, key=lambda span: span.start)
    return doc
