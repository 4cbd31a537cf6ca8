"""Entities of the parsed doc -> organisation names completed where the model or ruler cut them.

The EntityRuler claims known short forms ("UN") before the model runs, and the model often stops
at a capitalised adjective, so "UN Office for the Coordination of Humanitarian Affairs" arrives as
"UN" + "the Coordination of Humanitarian Affairs" and "Critical Minerals Working Group" without
"Critical". A name goes on over capitalised words and the connectors of names ("of", "for", "on",
"and" before a capitalised word); "in the X" only when an acronym in brackets closes the name. A
name that would end in a title ("UN Secretary-General") is left as it was: that is a person's
title, and the organisation before it stays an actor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefings.extract.gazetteer import load_gazetteer
from briefings.extract.mentions import load_institution_heads
from briefings.extract.roles import load_title_words

_CONNECTORS = {"of", "for", "on", "and"}
# Title words that also qualify organisations' names ("Office of Foreign Affairs").
_QUALIFIERS = {
    "foreign", "defense", "defence", "high", "special", "state", "affairs", "trade", "finance",
    "interior", "justice", "national", "security", "supreme", "interim", "general", "acting",
}  # fmt: skip
_STOP_LABELS = {"PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def is_name_word(token: Token) -> bool:
    """A capitalised word that can continue a name (not a sentence start, number or person)."""
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and not token.is_sent_start
        and token.ent_type_ not in _STOP_LABELS
    )


def name_end(doc: Doc, end: int) -> int:
    """Where a name whose entity ends at `end` really ends, going on over its capitalised words.

    Connectors join only after a word has been taken in ("UN Office for the ..."), never
    straight after the entity ("the EU on Ukraine"); "and" never joins another entity ("the EU
    and the United States"); a title word ends the attempt ("G7 Foreign Ministers of Canada").
    """
    titles, _, _ = load_title_words()
    i = end
    while i < len(doc):
        token = doc[i]
        if token.lower_ in titles and token.lower_ not in _QUALIFIERS:
            return end
        if is_name_word(token):
            if i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON":
                break  # a given name the model left out of the person ("State Antony J. Blinken")
            i += 1
        elif token.text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc) and i > end:
            if not is_name_word(doc[i + 1]):
                break
            i += 1
        elif token.lower_ in _CONNECTORS and i + 1 < len(doc) and (i > end or _joins(doc, i)):
            after = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            if after >= len(doc) or not is_name_word(doc[after]):
                break
            if token.lower_ == "and" and doc[after].ent_iob_ == "B" and not _joins(doc, i):
                break
            i = after
        elif token.lower_ == "in" and i > end and i + 2 < len(doc):
            closing = bracket_acronym_after(doc, i + 1)
            return closing if closing is not None else i
        else:
            break
    return i


def _joins(doc: Doc, i: int) -> bool:
    """Whether the connector at `i` goes on with the name even straight after an entity."""
    return (
        _joins_head(doc, i)
        if doc[i].lower_ == "of"
        else doc[i].lower_ == "and" and _joins_and(doc, i)
    )


def _joins_head(doc: Doc, i: int) -> bool:
    """ "the Alliance of Sahel States": "of" straight after an entity that ends in an
    institution's head word, before capitalised words the gazetteer does not know as a whole."""
    if doc[i].lower_ != "of" or doc[i - 1].lower_ not in load_institution_heads():
        return False
    j = i + 1
    while j < len(doc) and is_name_word(doc[j]):
        j += 1
    return j > i + 1 and load_gazetteer().find(doc[i + 1 : j].text) is None


def _joins_and(doc: Doc, i: int) -> bool:
    """ "the Party of Action and Solidarity", "the Guyana Gold and Diamond Miners Association":
    "and" inside one name the model cut in two, when neither part is a body the gazetteer
    knows and the name before "and" has an "of" or the one after ends in an institution head."""
    if doc[i + 1].lower_ == "the":
        return False
    before_start = i
    while before_start > 0 and (
        is_name_word(doc[before_start - 1]) or doc[before_start - 1].lower_ == "of"
    ):
        before_start -= 1
    j = i + 1
    while j < len(doc) and is_name_word(doc[j]):
        j += 1
    before, after = doc[before_start:i], doc[i + 1 : j]
    gazetteer = load_gazetteer()
    if len(before) < 2 or not after or gazetteer.find(before.text):
        return False
    if gazetteer.find(after.text) and after[-1].lower_ not in load_institution_heads():
        return False  # "... and Hamas"; but "AU Peace and Security Council" is one body
    if any(t.ent_type_ in {"GPE", "NORP", "PERSON"} for t in after):
        return False
    if before[-1].lower_ in load_institution_heads():
        return False  # "the Foreign Ministry and Defence Council": two bodies
    of_name = any(t.lower_ == "of" for t in before) and len(after) == 1
    return of_name or after[-1].lower_ in load_institution_heads()


def bracket_acronym_after(doc: Doc, start: int) -> int | None:
    """The end of "the Central African Republic" when "(ACRONYM)" follows it, else None."""
    i = start + 1 if doc[start].lower_ == "the" else start
    if i >= len(doc) or not is_name_word(doc[i]):
        return None
    while i < len(doc) and is_name_word(doc[i]):
        i += 1
    acronym = doc[i + 1].text if i + 2 < len(doc) else ""
    if doc[i].text == "(" and doc[i + 2].text == ")" and acronym.isupper() and len(acronym) >= 2:
        return i
    return None


def name_start(doc: Doc, span: Span) -> int:
    """Where an organisation's name begins: back over capitalised words that modify it."""
    titles, _, _ = load_title_words()
    i = span.start
    while i > 0:
        token = doc[i - 1]
        if (
            (is_name_word(token) or (token.is_sent_start and token.tag_ == "NNP"))
            and token.ent_type_ == ""
            and (token.lower_ not in titles or token.lower_ in _QUALIFIERS)
            and token.tag_ in {"NNP", "NNPS", "JJ"}
            and span.start <= token.head.i < span.end
        ):
            i -= 1
        else:
            break
    return i


def national_body(doc: Doc, ent: Span) -> Span | None:
    """ "US State Department", "U.S. Navy", "Africa Corps": a place or people's name followed
    by capitalised words the model left untagged that end in an institution's head word."""
    end = ent.end
    while end < len(doc) and is_name_word(doc[end]) and doc[end].ent_type_ == "":
        end += 1
    if end == ent.end or doc[end - 1].lower_ not in load_institution_heads():
        return None
    titles, _, _ = load_title_words()
    if any(t.lower_ in titles and t.lower_ not in _QUALIFIERS for t in doc[ent.end : end]):
        return None  # "US Secretary of State": a title, not a body
    return Span(doc, ent.start, end, label="ORG")


def country_after_title(doc: Doc, ent: Span) -> Span | None:
    """ "the Foreign Ministers of Australia" tagged ORG or LAW: the country, not a name."""
    titles, _, _ = load_title_words()
    of = next((t for t in ent if t.lower_ == "of"), None)
    if of is None or not any(t.lower_ in titles for t in doc[ent.start : of.i]):
        return None
    start = of.i + 2 if of.i + 1 < ent.end and doc[of.i + 1].lower_ == "the" else of.i + 1
    if start >= ent.end:
        return None
    entry = load_gazetteer().find(doc[start : ent.end].text)
    if entry is None or entry.kind != "country":
        return None
    return Span(doc, start, ent.end, label="GPE")


@Language.component("organisation_names")
def complete_organisation_names(doc: Doc) -> Doc:
    """Extend ORG entities to the whole name they start or end, merging the pieces."""
    ents = list(doc.ents)
    changed = False
    result: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        country = country_after_title(doc, ent) if ent.label_ in {"ORG", "LAW"} else None
        if country is not None:
            changed = True
            result.append(country)
            continue
        if ent.label_ in {"GPE", "LOC", "NORP"} and (body := national_body(doc, ent)) is not None:
            changed = True
            ent = body  # "The U.S. Navy", "the Africa Corps": the body, not the country
        if ent.label_ != "ORG":
            result.append(ent)
            continue
        start = name_start(doc, ent)
        end = name_end(doc, ent.end)
        while result and result[-1].end > start:
            start = min(start, result.pop().start)
        while i < len(ents) and ents[i].start < end:
            end = max(end, ents[i].end)
            i += 1
        if (start, end) != (ent.start, ent.end):
            changed = True
            ent = Span(doc, start, end, label="ORG")
        result.append(ent)
    if changed:
        doc.ents = result
    return doc
