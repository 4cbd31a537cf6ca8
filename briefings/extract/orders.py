"""Demands stated without a demand verb in the active voice.

Orders reported in the passive ("the military has been told to prepare for war", "units were
ordered to withdraw"), alerts ("placed its troops on high alert"), "stressed the need to X" and
"held at the request of X" (X asked for it).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.demands import head_actors
from briefings.extract.gazetteer import read_data
from briefings.extract.phrases import clause_phrase, clip_words, is_to_infinitive, phrase_of


@lru_cache(maxsize=1)
def load_order_words() -> dict[str, frozenset[str]]:
    """The lexicons of orders.yaml: order verbs, alert verbs and nouns, need verbs."""
    data: dict[str, list[str]] = read_data("orders.yaml")
    return {key: frozenset(values) for key, values in data.items()}


def _passive_subject(verb: Token) -> Token | None:
    """The passive subject of `verb`, or of the verb it is coordinated with."""
    current = verb
    for _ in range(3):
        subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject
        if current.dep_ != "conj" or current.head.i == current.i:
            return None
        current = current.head
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def read_passive_order(verb: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """ "X has been told/ordered/instructed to Y": a demand of X to Y."""
    if lemma not in load_order_words()["order_verbs"] or not _is_passive(verb):
        return None
    wanted = next(
        (c for c in verb.children if c.dep_ == "xcomp" and is_to_infinitive(c)),
        None,
    )
    if wanted is None:
        return None
    subject = _passive_subject(verb)
    of = head_actors(subject, index) if subject is not None else []
    return Cue("demand", verb, what=clause_phrase(wanted), of=of or None)


def read_alert(verb: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """ "placed on high alert", "put their militaries on high levels of alert": an order."""
    words = load_order_words()
    if lemma not in words["alert_verbs"]:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" for g in p.children)]
        if not any(n.lemma_.lower() in words["alert_nouns"] for n in nouns):
            continue
        target = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if target is None:
            target = _passive_subject(verb)
        of = head_actors(target, index) if target is not None else []
        doc = verb.doc
        what = clip_words(doc[verb.i : prep.right_edge.i + 1].text)
        return Cue("demand", verb, what=what, of=of or None)
    return None


def read_need(verb: Token, lemma: str, obj: Token | None) -> Cue | None:
    """ "emphasized the need to improve X", "stressed the need for restraint": a call."""
    if obj is None or obj.lemma_.lower() != "need" or obj.dep_ != "dobj":
        return None
    if lemma not in load_order_words()["need_verbs"]:
        return None
    if not any(
        (c.dep_ == "acl" and c.pos_ == "VERB") or (c.dep_ == "prep" and c.lower_ == "for")
        for c in obj.children
    ):
        return None
    return Cue("demand", verb, what=phrase_of(obj))


def read_expected(verb: Token, lemma: str, obj: Token | None, index: ActorIndex) -> Cue | None:
    """ "Finland expected a full explanation and guarantees", "sought an apology from X": what
    is owed, expected of someone, is a demand (of: who it is wanted from, when named)."""
    words = load_order_words()
    if lemma not in words["expecting_verbs"] or obj is None or obj.dep_ != "dobj":
        return None
    if obj.lemma_.lower() not in words["owed_nouns"] or any(c.dep_ == "neg" for c in verb.children):
        return None
    givers = [
        o
        for t in (verb, obj)
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    of = head_actors(givers[0], index) if givers else []
    return Cue("demand", verb, what=phrase_of(obj), of=of or None)


def read_wanted(verb: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """ "Germany wants Russia to withdraw its troops", "would like Iran to return": wanting
    someone else to act is asking them to (wanting to act oneself is no demand)."""
    if lemma not in {"want", "like", "wish", "expect"} or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return None
    if lemma == "like" and not any(c.lower_ in {"would", "'d"} for c in verb.children):
        return None
    if lemma == "expect" and not is_party_expecting(verb, index):
        return None  # "analysts expect China to retaliate": a forecast, asked of no one
    for act in verb.children:
        if act.dep_ not in {"ccomp", "xcomp"} or not is_to_infinitive(act):
            continue
        asked = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if asked is None and act.dep_ == "xcomp":
            asked = next((c for c in verb.children if c.dep_ == "dobj" and c.i < act.i), None)
        of = head_actors(asked, index) if asked is not None else []
        if not of:
            return None  # "wanted the plant to be operating by 2030": a goal, asked of no one
        return Cue("demand", verb, what=clause_phrase(act), of=of)
    return None


def is_party_expecting(verb: Token, index: ActorIndex) -> bool:
    """ "Russia expected the United Nations to help": a party that expects another to act
    asks it to; the expecting subject is an actor or a pronoun for one, not commentators."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.i in index.token_actor or subject.lower_ in {"it", "he", "she", "they", "we"}


def read_request_of(noun: Token, index: ActorIndex) -> Cue | None:
    """ "a meeting held at the request of Jordan": Jordan's request, for what was held."""
    if noun.lemma_.lower() != "request" or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ not in {"at", "on", "upon"}:
        return None
    owner = next(
        (
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if owner is None:
        return None
    by = head_actors(owner, index)
    if not by:
        return None
    act = noun.head.head
    doc = noun.doc
    if act.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        start = subject.left_edge.i if subject is not None else act.i
        what = clip_words(doc[start : noun.head.i].text.rstrip(" ,"))
    else:
        what = clip_words(doc[act.left_edge.i : noun.head.i].text.rstrip(" ,"))
    return Cue("demand", noun, what=what, by=by)
