"""Position cues -> Cues: what a stance is about (`what`) and whom it targets (`target`)."""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.demands import with_conjuncts
from briefings.extract.phrases import (
    clip_words,
    noun_phrase,
    short_phrase,
    strip_sentence_adverbs,
    verb_phrase,
)
from briefings.extract.referents import actors_on
from briefings.extract.subjects import find_subject
from briefings.model import Stance

IMPORTANCE = {"importance", "significance", "value", "need", "necessity", "role", "centrality"}
_OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
_LODGING = {"lodge", "file", "register", "issue", "deliver", "make", "send"}


def stand_stance(token: Token) -> Stance | None:
    """ "stand against X" condemns; "stands with its ally", "stand by Ukraine" support."""
    preps = {c.lower_ for c in token.children if c.dep_ in {"prep", "prt"}}
    if "against" in preps:
        return "condemn"
    if preps & {"with", "by"}:
        return "support"
    return None


def is_lodged_protest(noun: Token) -> bool:
    """ "lodged a formal diplomatic protest with China": a condemnation."""
    return noun.lemma_.lower() == "protest" and noun.head.lemma_.lower() in _LODGING


def target_of(obj: Token, index: ActorIndex) -> str:
    """Whom or what a stance targets: the actor owning its object, else the object itself.

    "condemned Russia's strikes on X" -> "Russia"; "the launch by North Korea" -> "North Korea".
    """
    heads = with_conjuncts(obj)
    owners = [c for h in heads for c in h.children if c.dep_ in _OWNER_DEPS]
    names = actors_on(index, [*heads, *owners])
    if not names:
        for head in heads[:1]:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in {"by", "of", "from"}:
                    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                    if pobjs and obj.lemma_.lower() in IMPORTANCE:
                        return short_phrase(pobjs[0])
                    for pobj in pobjs:
                        names += actors_on(
                            index, [pobj, *(c for c in pobj.children if c.dep_ in _OWNER_DEPS)]
                        )
    if names:
        return ", ".join(dict.fromkeys(names))
    return short_phrase(obj, drop_possessive=True)


def position(token: Token, stance: Stance, obj: Token | None, index: ActorIndex) -> Cue:
    """A stance on what the cue's object names."""
    if token.pos_ in {"VERB", "AUX", "ADJ"}:
        thanked = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "for" and stance == "welcome"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if thanked:
            obj = thanked[0]
        elif obj is not None and stance == "welcome":
            obj = next(
                (o for p in obj.children if p.lower_ == "for" for o in p.children),
                obj,
            )
        if obj is None and stance == "concern":
            obj = next(
                (
                    o
                    for p in token.children
                    if p.dep_ in {"prep", "agent"}
                    and p.lower_ in {"by", "at", "about", "over", "with"}
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
        if obj is not None:
            what = short_phrase(obj, drop_possessive=obj.pos_ == "NOUN" and stance != "condemn")
            what = strip_sentence_adverbs(what)
            if obj.dep_ == "dobj" and obj.pos_ in {"PRON", "PROPN"} and len(what.split()) <= 3:
                what = predicate_phrase(
                    token
                )  # "blamed Washington for refusing X", not "Washington"
            return Cue("position", token, stance=stance, what=what, target=target_of(obj, index))
        return Cue(
            "position", token, stance=stance, what=strip_sentence_adverbs(verb_phrase(token))
        )
    target = prep_object(token, index)
    return Cue("position", token, stance=stance, what=noun_phrase(token), target=target)


def predicate_phrase(verb: Token) -> str:
    """The verb with its object and complements, without coordinated clauses."""
    doc = verb.doc
    ends = [
        c.right_edge.i + 1
        for c in verb.children
        if c.i > verb.i and c.dep_ in {"dobj", "prep", "advmod", "xcomp", "ccomp", "npadvmod"}
    ]
    return clip_words(doc[verb.i : max(ends, default=verb.i + 1)].text)


def prep_object(token: Token, index: ActorIndex) -> str | None:
    """The object of a cue noun's preposition ("concern about X" -> X), even one on its verb."""
    holders = [token]
    if token.dep_ in {"dobj", "attr"}:
        holders.append(token.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and (holder is token or child.i > token.i):
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:
                    return target_of(objects[0], index)
    return None


_CROWDS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "crowd"}


def is_crowd_stance(cue: Cue, index: ActorIndex) -> bool:
    """ "Hundreds protested the conference": a crowd's demonstration, reported as an event; no
    party of the article takes that stance, and none may be credited with it."""
    if cue.section != "position" or cue.speaker is not None or cue.token.pos_ != "VERB":
        return False
    subject = find_subject(cue.token)
    if subject is None or any(t.i in index.token_actor for t in subject):
        return False
    return subject.root.lower_ in _CROWDS or subject.root.lemma_.lower() in _CROWDS
