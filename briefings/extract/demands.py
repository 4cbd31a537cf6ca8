"""Demand cues -> Cues: calls, urges, noun-form demands and "must" statements, with addressees."""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.decisions import MEETING_ACTS
from briefings.extract.gazetteer import load_cues
from briefings.extract.phrases import (
    clause_phrase,
    clip_words,
    is_to_infinitive,
    object_of,
    short_phrase,
    verb_phrase,
)
from briefings.extract.plans import when_of
from briefings.extract.referents import actors_on
from briefings.extract.subjects import names_no_party, subtree_span

_ADDRESSEE_PREPS = {"on", "upon"}
_MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
# Verbs whose complement clause is someone's opinion: "argued that sanctions should not ...".
_OPINION_VERBS = {
    "say",
    "argue",
    "believe",
    "think",
    "suggest",
    "tell",
    "add",
    "write",
    "claim",
    "insist",
    "maintain",
    "contend",
    "feel",
    "state",
    "tweet",
    "warn",
    "note",
}


def with_conjuncts(token: Token) -> list[Token]:
    """`token` and the words coordinated with it ("A, B and C")."""
    found = [token]
    for t in token.subtree:
        if t.dep_ == "conj" and t.head.i in {f.i for f in found} and t.pos_ in {"PROPN", "NOUN"}:
            found.append(t)
    return found


def head_actors(token: Token, index: ActorIndex) -> list[str]:
    """Actors a noun phrase names as its head: "the SAF, the RSF and allied groups" -> SAF, RSF.

    Modifiers do not count ("Sudan's warring parties" names no addressee).
    """
    tokens: list[Token] = []
    for head in with_conjuncts(token):
        tokens += [head, *(c for c in head.children if c.dep_ == "compound")]
        for example in examples_of(head):  # "allies such as Germany" -> Germany
            tokens += with_conjuncts(example)
    return actors_on(index, tokens)


def examples_of(noun: Token) -> list[Token]:
    """The named examples of a common noun: "allies such as Germany", "partners including X"."""
    if noun.pos_ != "NOUN":
        return []
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"as", "including", "like"}
        for o in p.children
        if o.dep_ == "pobj"
    ]


def owner_actors(noun: Token, index: ActorIndex) -> list[str]:
    """The actor a demanded act belongs to: "withdrawal of North Korean troops" -> North Korea."""
    names = actors_on(index, [c for c in noun.children if c.dep_ == "poss"])
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "by"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    modifiers = [c for c in pobj.children if c.dep_ in _MODIFIER_DEPS]
                    names += actors_on(index, [pobj, *modifiers])
    return list(dict.fromkeys(names))


def has_prep(token: Token, words: set[str]) -> bool:
    """Whether `token` governs one of the prepositions `words`."""
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in words for c in token.children)


def for_clauses(token: Token) -> list[Token]:
    """Clauses "for X to do Y" the parser hangs on the verb with "for" as their marker."""
    return [
        c
        for c in token.children
        if c.dep_ in {"advcl", "ccomp", "xcomp"}
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]


def is_demand_frame(token: Token, lemma: str) -> bool:
    """ "call for/on", "count on X to", "press for": the verb's demand reading.

    Under "could", "may" or "might" the verb is a possibility ("it could encourage X").
    """
    if any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in token.children):
        return False
    if token.dep_ == "xcomp" and is_generic_passive(token.head):
        return False  # "Red notices are issued to ask police to ...": what they are for
    if lemma == "call":
        return has_prep(token, {"for", "on", "upon"}) or bool(for_clauses(token))
    if lemma == "count":
        return has_prep(token, {"on"})
    if lemma == "invite":  # "invited X to join" asks; "invited X to the summit" plans
        return any(c.dep_ == "xcomp" for c in token.children)
    if lemma in {"press", "ask", "order", "direct", "instruct", "recommend", "advise"}:
        return (
            any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)
            or has_prep(token, {"for"})
            or asks_for_later(token)
            or has_told_infinitive(token)
            or (lemma == "order" and orders_out(token))
        )
    return True


def has_told_infinitive(token: Token) -> bool:
    """ "advised the 5,000 nationals living in Congo to stay at home": the parser may hang the
    infinitive on the verb as an adverbial clause once the object has a clause of its own."""
    return any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "advcl" and is_to_infinitive(c) for c in token.children
    )


def is_own_envoy_sent(verb: Token) -> bool:
    """ "The Secretary-General has asked his Special Representative to travel to Niamey": a
    party sending its own envoy, a next step rather than a demand."""
    if verb.lemma_.lower() not in {"ask", "instruct", "direct", "task", "order"}:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(
        c.dep_ == "poss" and c.lower_ in {"his", "her", "its", "their", "our"} for c in obj.children
    ):
        return False
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in MEETING_ACTS and is_to_infinitive(c)
        for c in verb.children
    )


def order_on_another(verb: Token, index: ActorIndex) -> Cue | None:
    """An order a government or authority gives a body that is not its own ("ordered the
    Russian state news agency TASS to close its office", "the decree orders the state oil
    company PDVSA to begin drilling", "ordered a team of French advisers to leave"): a measure,
    so a next step; an order to one's own troops or officials stays a demand (None)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if obj is None or act is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = (
        {index.token_actor[t.i].name for t in subject.subtree if t.i in index.token_actor}
        if (subject is not None)
        else set()
    )
    named = [
        index.token_actor[t.i] for t in obj.subtree if t.i in index.token_actor and t.i < act.i
    ]
    others = [a for a in named if a.name not in own and a.kind in {"organization", "country"}]
    if not others:
        return None
    doc = verb.doc
    what = clip_words(doc[verb.i : verb.right_edge.i + 1].text.rstrip(" ,."))
    return Cue("next_step", verb, what=what, when=when_of(verb))


def orders_out(token: Token) -> bool:
    """ "ordered all fishing boats out of the exclusion zone": told to leave a place."""
    return any(c.dep_ == "dobj" for c in token.children) and has_prep(token, {"out", "off"})


def is_generic_passive(verb: Token) -> bool:
    """ "Notices are issued", "warrants are sent": a bare plural subject of a present passive
    without an agent states what is done in general, not what someone did."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children)
        and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def asks_for_later(token: Token) -> bool:
    """ "asked the delegates at the conference for support": the parser hung "for" on the
    conference; it is still what was asked for."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if has_prep(obj, {"for"}):
                return True
    return False


def misparsed_infinitive(token: Token) -> list[Token]:
    """ "urged the junta to free Bazoum" parsed as the preposition "to" before an adjective:
    the word after "to" that is no determiner, pronoun or number starts the demanded act."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i + 1 >= len(prep.doc):
            continue
        after = prep.doc[prep.i + 1]
        if (
            after.pos_ in {"ADJ", "NOUN", "VERB"}
            and after.tag_ in {"JJ", "NN", "VB"}
            and prep.i in {after.head.i, after.head.head.i}
        ):
            return [after]
    return []


def infinitives(token: Token) -> list[Token]:
    """The demanded clauses: "to X and to Y" hung on the verb (or on its addressee)."""
    for holder in [token, *(c for c in token.children if c.dep_ in {"dobj", "prep"})]:
        for sub in [holder, *(c for c in holder.children if c.dep_ == "pobj")]:
            found = [
                c
                for c in sub.children
                if (
                    c.dep_ in {"xcomp", "ccomp"}
                    or (c.dep_ in {"acl", "advcl"} and c.tag_ != "VBG")  # not "nationals living in"
                )
                and c.i > token.i
                and not any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            ]
            if found:
                return found[:1]
    for conj in token.children:  # "urge X and allied groups to Y": "allied" parsed as a verb
        if conj.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in conj.children):
            found = [
                c
                for c in conj.children
                if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            ]
            if found:
                return found[:1]
    return []


# Verbs of pleading, said mostly of unnamed people ("residents are pleading for help").
_PLEADING = {"plead", "beg"}


def read_demand_verb(token: Token, index: ActorIndex) -> list[Cue]:
    """One demand per addressee clause of a demand verb (call, urge, demand ...).

    A plea whose own subject names no actor ("villagers are pleading for food") is credited to
    no one rather than guessed.
    """
    if is_own_envoy_sent(token):  # "has asked his Special Representative to travel to Niamey"
        return [Cue("next_step", token, what=verb_phrase(token), when=when_of(token))]
    if token.lemma_.lower() == "order" and (measure := order_on_another(token, index)):
        return [measure]  # "Azerbaijan ordered the Russian agency TASS to close its office"
    if token.lemma_.lower() == "order" and orders_out(token):
        obj = next(c for c in token.children if c.dep_ == "dobj")
        what = clip_words(token.doc[obj.left_edge.i : token.right_edge.i + 1].text.rstrip(" ,."))
        return [Cue("demand", token, what=what, of=head_actors(obj, index) or None)]
    found = addressed_demands(token, index)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if (
        token.lemma_.lower() in _PLEADING
        and subject is not None
        and subject.pos_ == "NOUN"
        and not head_actors(subject, index)
    ):
        for cue in found:
            cue.by = []
    return found


def addressed_demands(token: Token, index: ActorIndex) -> list[Cue]:
    """The demands of a demand verb, each with its addressee."""
    clauses = for_clauses(token)
    if clauses:
        return clause_demands(token, clauses[0], index)
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"}]
    for prep in list(preps):
        preps += [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
    if not preps and token.lemma_.lower() in {"ask", "press"}:
        preps = [  # "asked the delegates at the conference for support": hung on "conference"
            f
            for p in token.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj"
            for f in o.children
            if f.dep_ == "prep" and f.lower_ == "for"
        ][:1]
    wanted = infinitives(token)
    addressee = next(
        (c for c in token.children if c.dep_ == "dobj"),
        next(
            (
                o
                for p in preps
                if p.lower_ in _ADDRESSEE_PREPS
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        ),
    )
    misparsed = misparsed_infinitive(token) if not wanted else []
    if misparsed and addressee is not None and addressee.i < misparsed[0].i:
        doc = token.doc
        act = misparsed[0]
        what = clip_words(doc[act.i : act.head.right_edge.i + 1].text.rstrip(" ,."))
        return [Cue("demand", token, what=what, of=head_actors(addressee, index) or None)]
    if wanted and addressee is not None and addressee.i < wanted[0].i:
        return [
            Cue(
                "demand",
                token,
                what=clause_phrase(wanted[0]),
                of=head_actors(addressee, index) or None,
            )
        ]
    if len(preps) > 1:
        return [noun_demand(token, prep, index) for prep in preps]
    if preps:
        return [noun_demand(token, preps[0], index)]
    subordinate = [c for c in token.children if c.dep_ in {"ccomp", "xcomp"}]
    if subordinate:
        verb = subordinate[0]
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        of = head_actors(subjects[0], index) if subjects else []
        what = clause_phrase(verb)
        if subjects and subjects[0].dep_ == "nsubjpass" and not of:
            doc = token.doc  # "demanded that the results be annulled": what is to be done
            what = clip_words(doc[subjects[0].left_edge.i : verb.right_edge.i + 1].text)
        return [Cue("demand", token, what=what, of=of or None)]
    obj = object_of(token)
    if obj is not None:
        return [Cue("demand", token, what=short_phrase(obj), of=owner_actors(obj, index) or None)]
    return [
        Cue("demand", token, what=clip_words(token.doc[token.i + 1 : token.right_edge.i + 1].text))
    ]


# Texts whose participle asks: "sent a letter requesting an urgent session".
_SENT_TEXTS = {"letter", "note", "message", "petition", "motion", "resolution", "statement"}


def read_participle_demand(token: Token, lemma: str, index: ActorIndex) -> list[Cue] | None:
    """'she said, calling on the group to "accept defeat"', "thanked X for pressing Y to",
    "stated that X, whilst also calling for Y": a demand verb as a participle (None: not one).

    After "while" the call is the speaker's of the nearest verb of saying above it, which the
    parser may hang under the reported clause ("stated that A would B, whilst calling for C").
    """
    cues = load_cues()
    if token.tag_ != "VBG" or lemma not in cues["demand_verbs"]:
        return None
    subordinate = token.dep_ == "pcomp" and token.head.lower_ in {"while", "whilst"}
    if not (
        token.dep_ == "advcl"
        or (token.dep_ == "acl" and token.head.lemma_.lower() in _SENT_TEXTS)
        or (token.dep_ == "pcomp" and token.head.head.lemma_ in cues["welcome_verbs"])
        or subordinate
    ) or not is_demand_frame(token, lemma):
        return None
    found = read_demand_verb(token, index)
    speaker = next((a for a in token.ancestors if a.lemma_.lower() in _OPINION_VERBS), None)
    if subordinate and speaker is not None:
        for cue in found:
            cue.speaker = speaker
    return found


def noun_demand(token: Token, prep: Token, index: ActorIndex) -> Cue:
    """ "call for the withdrawal of X's troops": what is asked, addressed to whose act it is."""
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects:
        return Cue(
            "demand", token, what=clip_words(prep.head.doc[prep.i + 1 : prep.right_edge.i + 1].text)
        )
    obj = objects[0]
    if prep.lower_ in _ADDRESSEE_PREPS:
        return Cue("demand", token, what=short_phrase(obj), of=head_actors(obj, index) or None)
    return Cue("demand", token, what=short_phrase(obj), of=owner_actors(obj, index)[:1] or None)


def clause_demands(token: Token, first: Token, index: ActorIndex) -> list[Cue]:
    """ "call for A to X and for B to Y": one demand per clause, addressed to its subject."""
    found: list[Cue] = []
    parts = [first, *(c for c in first.children if c.dep_ == "conj")]
    for part in parts:
        subjects = [c for c in part.children if c.dep_ in {"nsubj", "nsubjpass"}]
        of = head_actors(subjects[0], index) if subjects else []
        found.append(Cue("demand", part, what=demanded_clause(part), of=of or None, speaker=token))
    if len(parts) == 1:
        found = split_and_for(found[0], first, index)
    return found


def split_and_for(cue: Cue, clause: Token, index: ActorIndex) -> list[Cue]:
    """ "... to X and for B to Y" that the parser buried inside clause X: a second demand."""
    doc = clause.doc
    tokens = list(doc[clause.i : clause.right_edge.i + 1])
    for t in tokens:
        if t.lower_ != "for" or doc[t.i - 1].lower_ != "and":
            continue
        to = next((x for x in doc[t.i + 1 : clause.right_edge.i + 1] if x.lower_ == "to"), None)
        if to is None or to.i + 1 > clause.right_edge.i or doc[to.i + 1].pos_ != "VERB":
            continue
        verb = doc[to.i + 1]
        first_what = clip_words(doc[cue.token.i : t.i - 1].text.rstrip(" ,"))
        first_what = first_what.removeprefix("to ")
        second = Cue(
            "demand",
            verb,
            what=clip_words(doc[verb.i : verb.right_edge.i + 1].text),
            of=actors_on(index, doc[t.i + 1 : to.i]) or None,
            speaker=cue.speaker,
        )
        return [Cue("demand", cue.token, what=first_what, of=cue.of, speaker=cue.speaker), second]
    return [cue]


def demanded_clause(verb: Token) -> str:
    """The clause of `verb` without its subject or coordinated clauses."""
    doc = verb.doc
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"aux", "neg", "advmod"}:
            start = min(start, child.i)
    while doc[start].lower_ == "to" and start < verb.i:
        start += 1
    cut = [c.left_edge.i for c in verb.children if c.dep_ in {"conj", "cc"} and c.i > verb.i]
    end = min(cut) if cut else verb.right_edge.i + 1
    return clip_words(doc[start:end].text.rstrip(" ,").removesuffix(" and"))


def read_demand_noun(token: Token, index: ActorIndex) -> Cue | None:
    """ "their demand for the dismantlement of X's weapons": addressed to X."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}:
            return noun_demand(token, prep, index)
    return None


# Verbs that list what a demand noun holds: "their demands included A, B and C".
_LISTING = {"include", "be", "comprise"}
_ITEM_DEPS = {"dobj", "attr", "xcomp", "advcl", "ccomp", "acomp"}


def read_listed_demands(noun: Token, index: ActorIndex) -> list[Cue]:
    """ "Their demands have included dissolving Parliament, appointing X and a date for Y": one
    demand per listed item, each the item's own words."""
    verb = noun.head
    if (
        noun.dep_ != "nsubj"
        or verb.lemma_.lower() not in _LISTING
        or noun.lemma_.lower() not in {"demand", "request", "call"}
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return []
    items = [c for c in verb.children if c.dep_ in _ITEM_DEPS | {"conj"} and c.i > verb.i]
    for item in items:  # "A, B and C": conjuncts chained on one another, or on the verb
        items += [c for c in item.children if is_next_item(c)]
    if not items:
        return []  # "Demand been": a noun and a verb, nothing listed
    items.sort(key=lambda t: t.i)
    doc = noun.doc
    starts = [t.left_edge.i for t in items]
    ends = [*starts[1:], verb.right_edge.i + 1]
    found: list[Cue] = []
    for item, start, end in zip(items, starts, ends, strict=True):
        text = doc[start:end].text.strip().rstrip(",;").removesuffix(" and").rstrip(" ,;")
        found.append(Cue("demand", item, what=clip_words(text), speaker=noun))
    return found


def is_next_item(token: Token) -> bool:
    """A conjunct, or a gerund after a comma the parser hung on the item before it."""
    if token.dep_ == "conj":
        return True
    doc = token.doc
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.left_edge.i > 0
        and doc[token.left_edge.i - 1].text == ","
    )


def reporting_verb(verb: Token) -> Token | None:
    """The verb of saying or arguing whose complement holds `verb` ("argued that X should")."""
    current = verb
    for _ in range(4):
        if current.dep_ not in {"ccomp", "conj", "xcomp"} or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in _OPINION_VERBS:
            return current
    return None


def is_addressed(verb: Token) -> bool:
    """ "X should do Y" with an active, positive verb asks X to act (a demand even when
    reported); "the forest should be opened up", "it should not be portrayed as" are opinions
    about how things ought to be."""
    if verb.dep_ == "conj" and any(c.dep_ == "aux" for c in verb.head.children):
        return False  # "X should either do A, or they should do B": one demand, already read
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(  # "the sanctions should be extended to X": a call to act on a measure
            c.dep_ == "nsubjpass" and c.lemma_.lower() in _ACTED_ON for c in verb.children
        )
    return any(c.dep_ in {"nsubj", "csubj"} and c.lower_ != "it" for c in verb.children)


# What a passive "should be ..." asks someone to act on: measures, talks, disputes, detainees.
_ACTED_ON = {"sanction", "sanctions", "embargo", "measure", "measures", "ban", "restriction",
             "restrictions", "talk", "talks", "negotiation", "negotiations", "ceasefire", "truce",
             "aid", "assistance", "investigation", "inquiry", "probe", "perpetrator",
             "perpetrators", "question", "issue", "dispute", "prisoner", "prisoners", "detainee",
             "detainees", "hostage", "hostages", "crossing", "crossings", "corridor"}  # fmt: skip


def read_modal(aux: Token, index: ActorIndex) -> Cue:
    """ "X must do Y": the authors' demand of X; "he argued X should ..." is his opinion."""
    verb = aux.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    of = head_actors(subjects[0], index) if subjects else []
    doc = verb.doc
    clause = doc[verb.left_edge.i : verb.right_edge.i + 1]
    words = clip_words(clause.text)
    if words.lower().startswith("that "):
        words = words[5:]
    speaker = reporting_verb(verb)
    if speaker is not None and aux.lower_ in {"should", "ought"} and not is_addressed(verb):
        return Cue("position", aux, stance="other", what=words, speaker=speaker)
    if of:
        words = clause_phrase(verb).removeprefix(aux.text + " ")
    if speaker is not None:
        return Cue("demand", aux, what=words, of=of or None, speaker=speaker)
    return Cue("demand", aux, what=words, of=of or None, by_author=True)


# Verbs whose negated "if" clause is an ultimatum: "threatened sanctions if X does not free Y".
_THREATS = {"threaten", "warn", "vow", "promise", "pledge"}
# Dependencies of an infinitive that is a planned action: "operations to destroy X if ...".
_PURPOSE_DEPS = {"advcl", "acl", "relcl"}


def read_condition(token: Token, index: ActorIndex) -> Cue | None:
    """A condition set on someone as a demand of them, or a threat as a next step.

    "threatened sanctions if the junta does not release X" and "would maintain the moratorium
    only if Washington took steps" ask the junta and Washington to act; a plain "if necessary"
    asks nothing. A threat whose condition names no party ("would respond if the broadcasts do
    not stop", "operations to destroy X if the enemy does not stop") asks no one in particular:
    it is the threatening party's announced step. None leaves a "will"/"would" threat to the
    plan readers, which keep the condition in its text.
    """
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children)
        negated = any(c.dep_ == "neg" for c in clause.children)
        threat = token.lemma_.lower() in _THREATS or any(
            c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in token.children
        )
        infinitive = token.dep_ in _PURPOSE_DEPS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        )
        ultimatum = (marks & {"if"} and negated and (threat or infinitive)) or marks & {"unless"}
        if not ((marks & {"if"} and only) or ultimatum):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            continue
        of = head_actors(subjects[0], index)
        if ultimatum and not only and not of:
            return threatened_step(token) if infinitive else None
        doc = token.doc
        rest = doc[clause.i + 1 : clause.right_edge.i + 1].text
        what = clip_words(f"{clause.lemma_} {rest}")
        return Cue("demand", token, what=what, of=of or None)
    return None


def threatened_step(verb: Token) -> Cue:
    """ "... to destroy the loudspeakers if the enemy does not stop": the threatened action."""
    return Cue("next_step", verb, what=clause_phrase(verb), when=when_of(verb))


def read_obligation(verb: Token, index: ActorIndex) -> Cue | None:
    """ "any agreement would have to take into account the needs of farmers": what a thing (no
    party) would have to do is a demand of no one in particular; None for a party's "would
    have to halve rations", which is its step."""
    if verb.lemma_.lower() != "have" or not any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not names_no_party(subtree_span(subject), index):
        return None
    doc = verb.doc
    what = clip_words(doc[subject.left_edge.i : verb.right_edge.i + 1].text)
    speaker = reporting_verb(verb)
    if speaker is not None:
        return Cue("demand", verb, what=what, speaker=speaker)
    return Cue("demand", verb, what=what, by_author=True)


# What a party is "expected to" do that honours an obligation: "Venezuela was expected to
# honour its commitments", said by another party, asks it to.
_OBLIGED_ACTS = {"honour", "honor", "respect", "comply", "abide", "fulfil", "fulfill",
                 "implement", "uphold", "observe", "keep"}  # fmt: skip


def read_reported_obligation(verb: Token, index: ActorIndex) -> Cue | None:
    """ "He said SDF units had to join the ministry as individuals", "the State Department said
    Venezuela was expected to honour its commitments": what a speaker says another party had
    to do, or is expected to honour, is a demand of it (a party's own "would have to" is its
    step, read elsewhere)."""
    speaker = reporting_verb(verb)
    if speaker is None:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and is_to_infinitive(c)), None)
    if act is None:
        return None
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    had_to = (
        lemma == "have"
        and verb.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in verb.children)
        and verb.i + 1 < len(verb.doc)
        and verb.doc[verb.i + 1].lower_ == "to"  # not "had too much in common to let"
    )
    expected = lemma == "expect" and passive and act.lemma_.lower() in _OBLIGED_ACTS
    if not (had_to or expected):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    doc = verb.doc
    what = clip_words(doc[subject.left_edge.i : verb.right_edge.i + 1].text)
    return Cue("demand", verb, what=what, of=head_actors(subject, index) or None, speaker=speaker)
