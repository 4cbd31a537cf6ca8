"""Stances without a stance verb: "described X as unacceptable", "said the vote was
encouraging", "was encouraged by X", "recalled its ambassador", "reaffirms that <clause>"."""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.gazetteer import load_cues
from briefings.extract.phrases import verb_phrase
from briefings.extract.stances import IMPORTANCE, position
from briefings.model import Stance

# Verbs that label what they are about: "described the attack as unacceptable".
_LABELLING = {"describe", "call", "term", "characterize", "characterise", "label", "brand"}
_ENVOYS = {"ambassador", "envoy", "ambassadors", "envoys", "chargé"}
_REAFFIRMING = {"reaffirm", "reiterate", "affirm"}
_OPENINGS = {"door", "path", "way", "window", "offer"}


def appraisal_stance(words: set[str]) -> Stance:
    """Condemn for a negative appraisal word, welcome for a positive one, else other."""
    cues = load_cues()
    if words & set(cues["appraisal_negative"]):
        return "condemn"
    if words & set(cues["appraisal_positive"]):
        return "welcome"
    return "other"


def read_appraisal(token: Token, lemma: str, obj: Token | None, index: ActorIndex) -> Cue | None:
    """A stance given by a label, a passive "encouraged by", or a recalled ambassador."""
    if lemma in _LABELLING and obj is not None and obj.dep_ == "dobj":
        labels = [c for c in token.children if c.dep_ == "oprd"]
        labels += [
            c
            for holder in (token, obj)
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
        ]
        if not labels:
            return None
        words = {t.lemma_.lower() for label in labels for t in label.subtree}
        words |= {t.lower_ for label in labels for t in label.subtree}
        if lemma == "call" and not any(c.dep_ == "oprd" for c in token.children):
            return None
        return position(token, appraisal_stance(words), obj, index)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if lemma == "encourage" and passive:
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children]
        if agents:
            return position(token, "welcome", agents[0], index)
    if lemma == "recall" and obj is not None and obj.lower_ in _ENVOYS:
        return position(token, "condemn", obj, index)
    return None


def read_predicate_appraisal(token: Token) -> Cue | None:
    """ "said the vote was encouraging", "the election was well administered", "the door
    remains open" (an offer: other)."""
    if token.dep_ != "acomp":
        return None
    clause = token.head
    subjects = {c.lemma_.lower() for c in clause.children if c.dep_ == "nsubj"}
    if token.lower_ == "open" and clause.lemma_.lower() == "remain" and subjects & _OPENINGS:
        return Cue("position", token, stance="other", what=verb_phrase(clause))
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in {"say", "tell", "state"}:
        return None
    well = token.tag_ == "VBN" and any(
        c.dep_ == "advmod" and c.lower_ == "well" for c in token.children
    )
    if not well and appraisal_stance({token.lemma_.lower(), token.lower_}) != "welcome":
        return None
    return Cue("position", token, stance="welcome", what=verb_phrase(clause))


def read_support(token: Token, lemma: str, obj: Token | None, index: ActorIndex) -> Cue | None:
    """Support, back, reaffirm X, reaffirm that <clause>, stress the importance of X."""
    if lemma in {"support", "back", "endorse", "champion", "second", "supportive"}:
        return position(token, "support", obj, index)
    if lemma in {"favor", "favour"}:
        return position(token, "other", obj, index)
    if obj is None or (lemma in _REAFFIRMING and states_concern(token)):
        return None
    if obj.dep_ == "dobj" and (
        lemma in _REAFFIRMING | {"highlight"} or obj.lemma_.lower() in IMPORTANCE
    ):
        return position(token, "support", obj, index)
    if (
        obj.dep_ == "ccomp"
        and lemma in _REAFFIRMING
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in obj.children)
    ):
        return position(token, "support", obj, index)
    return None


def states_concern(verb: Token) -> bool:
    """ "reaffirmed that climate change remains the greatest threat": the noun is the stance."""
    concern = load_cues()["concern_nouns"]
    return any(
        t.lemma_.lower() in concern and t.dep_ in {"attr", "dobj"}
        for c in verb.children
        if c.dep_ == "ccomp"
        for t in c.subtree
    )
