"""Votes, ultimatums, expulsions, signed documents and planned meetings -> Cues.

The grammar of decisions taken at the reported event, read before the general stance and plan
lexicons: "voted in favour of", "gave the military 15 days to", "ordered diplomats to leave",
"signed an MoU on X and a Letter of Intent on Y", "the upcoming ministerial meeting".
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.appraisals import appraisal_stance
from briefings.extract.cue import Cue
from briefings.extract.decisions import read_decision, voted_text
from briefings.extract.demands import has_prep, head_actors, read_demand_verb
from briefings.extract.gazetteer import load_cues
from briefings.extract.phrases import (
    clause_phrase,
    clip_words,
    is_to_infinitive,
    phrase_of,
    short_phrase,
    verb_phrase,
)
from briefings.extract.plans import when_of
from briefings.extract.referents import actors_on, story_actor
from briefings.extract.stances import position

# Heads that make a cue verb hypothetical: "unable to demand a halt", "failed to condemn".
_BLOCKING_HEADS = {"unable", "fail", "powerless"}
# Participles that state an accusation alongside a decision: "expelled X, accusing them of ...".
_ACCUSING = {"accuse", "blame", "condemn", "denounce", "criticise", "criticize"}
# Verbs whose participles only spell out a measure: "imposed sanctions, freezing assets and ...".
_MEASURE_VERBS = {"impose", "announce", "ban", "sanction", "adopt", "order", "expel", "designate"}
_TEXT_NOUNS = {"resolution", "draft", "text", "motion", "statement", "declaration", "letter"}
_SANCTION_NOUNS = {"sanction", "sanctions", "ban", "embargo", "restriction", "restrictions"}
_TIME_NOUNS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}
_LEAVE_VERBS = {"leave", "depart", "quit", "close", "shut", "cease", "vacate"}
_MEETING_NOUNS = {
    "meeting",
    "summit",
    "session",
    "dialogue",
    "visit",
    "talks",
    "conference",
    "round",
    "ministerial",
    "consultations",
}
_UPCOMING = {"upcoming", "next", "forthcoming"}
_CHARACTERISING = {"call", "describe", "brand", "label", "term"}


def is_blocked(token: Token) -> bool:
    """Whether a cue verb is only what someone could not or did not do."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in _BLOCKING_HEADS


def is_measure_detail(token: Token) -> bool:
    """ "..., freezing their assets and banning them": participles spelling out a measure."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return (
        current.tag_ == "VBG"
        and current.dep_ == "advcl"
        and current.head.lemma_.lower() in _MEASURE_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children)
    )


def is_unattributed_measure(token: Token, lemma: str) -> bool:
    """ "400 diplomats have been expelled from European capitals": a tally, no one's act."""
    return (
        lemma in {"expel", "sanction", "ban"}
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def is_resolution_demand(token: Token, lemma: str) -> bool:
    """ "a resolution demanding an immediate ceasefire": the text's demand."""
    return (
        lemma in {"demand", "call", "urge"}
        and token.tag_ == "VBG"
        and token.dep_ == "acl"
        and token.head.lemma_.lower() in _TEXT_NOUNS
    )


def read_background_measure(token: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """ "came a day after the EU announced new sanctions against X": a past stance, condemn."""
    if token.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in token.children
    ):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    sanctions = obj is not None and obj.lemma_.lower() in _SANCTION_NOUNS
    if lemma in {"sanction", "expel"} or (lemma in {"announce", "impose"} and sanctions):
        return position(token, "condemn", obj, index)
    return None


def read_placed_under(token: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """ "Madagascar, which was placed under SADC sanctions": a past measure is the imposer's
    stance (condemn); "will be placed under sanctions" is a next step. Credited to the owner
    the sanctions name ("SADC sanctions"), else to whoever the resolver finds."""
    if lemma not in {"place", "put"} or token.pos_ != "VERB":
        return None
    nouns = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "under"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in _SANCTION_NOUNS
    ]
    if not nouns or any(c.dep_ == "neg" for c in token.children):
        return None
    owners = [
        name
        for c in nouns[0].children
        if c.dep_ in {"compound", "poss", "amod"}
        for name in actors_on(index, [c])
    ]
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in token.children)
    if future:
        cue = Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    else:
        doc = token.doc
        what = clip_words(doc[token.i : nouns[0].right_edge.i + 1].text)  # not the "after" clause
        cue = Cue("position", token, stance="condemn", what=what)
        cue.target = phrase_of(nouns[0])
    cue.by = owners[:1] or None
    return cue


def read_accusation(token: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """ "Poland expelled 45 diplomats, accusing them of spying": the subject's condemnation."""
    if (
        lemma not in _ACCUSING
        or token.tag_ != "VBG"
        or token.dep_ != "advcl"
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    ):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    cue = position(token, "condemn", obj, index)
    cue.what = verb_phrase(token)
    cue.speaker = token.head
    return cue


def read_vote(token: Token, index: ActorIndex) -> Cue | None:
    """ "voted in favour of the draft" (support), "voted against it" (condemn)."""
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "against" and objects:
            return position(token, "condemn", objects[0], index)
        if prep.lower_ == "for" and objects:
            return position(token, "support", objects[0], index)
        if prep.lower_ == "in" and objects and objects[0].lower_ in {"favour", "favor"}:
            inner = [o for p in objects[0].children if p.lower_ == "of" for o in p.children]
            return position(token, "support", inner[0] if inner else objects[0], index)
        if prep.lower_ == "against" and not objects and prep.i == token.i + 1:
            return position(token, "condemn", None, index)  # "Russia and China voted against."
    return None


def read_ultimatum(token: Token, index: ActorIndex) -> Cue | None:
    """ "gave the military 15 days to restore the government": a demand with a deadline;
    "gave its foreign staff 72 hours to leave the country": an expulsion, a measure taken."""
    time = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in _TIME_NOUNS), None)
    if time is None:
        return None
    leaving = [
        c
        for holder in (token, time)
        for c in holder.children
        if c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and is_leaving(c)
    ]
    if leaving:
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    clauses = [
        c
        for holder in (token, time)
        for c in holder.children
        if c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and is_to_infinitive(c)
    ]
    if not clauses:
        return None
    addressee = next((c for c in token.children if c.dep_ in {"dative", "iobj"}), None)
    of = head_actors(addressee, index) if addressee is not None else []
    deadline = token.doc[time.left_edge.i : time.i + 1].text
    what = clip_words(f"{clause_phrase(clauses[0])} within {deadline}")
    return Cue("demand", token, what=what, of=of or None)


def is_leaving(verb: Token) -> bool:
    """ "to leave the country", "to close" (its office): told to go; "to close their borders"
    asks the addressee to shut something, a demand."""
    lemma = verb.lemma_.lower()
    if lemma in {"close", "shut", "cease"}:
        return not any(c.dep_ == "dobj" for c in verb.children)
    return lemma in _LEAVE_VERBS


def read_expulsion(token: Token) -> Cue | None:
    """ "ordered 45 diplomats to leave the country": an expulsion, a measure taken."""
    leave = next((c for c in token.children if c.dep_ == "xcomp" and is_leaving(c)), None)
    if leave is None:
        return None
    return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))


def is_persona_non_grata(verb: Token) -> bool:
    """ "declared a Russian diplomat persona non grata": an expulsion (a passive "had been
    declared" restates one)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    words = [t.lower_ for t in verb.doc[verb.i : verb.right_edge.i + 1]]
    return any(words[i : i + 3] == ["persona", "non", "grata"] for i in range(len(words)))


def read_signed(token: Token) -> list[Cue]:
    """ "signed an MoU on X and a Letter of Intent on Y": one next step per document."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    documents = [
        obj,
        *(c for c in obj.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}),
    ]
    if len(documents) < 2:
        return []
    return [
        Cue("next_step", doc, what=short_phrase(doc), when=when_of(token), speaker=token)
        for doc in documents
    ]


def read_characterisation(token: Token, index: ActorIndex) -> Cue | None:
    """ "called the decision an unfriendly act", "described it as a provocation": a stance."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    label = next((c for c in token.children if c.dep_ == "oprd"), None)
    if label is None and token.lemma_.lower() != "call":
        label = next(
            (o for p in token.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"),
            None,
        )
    if obj is not None and label is None:
        label = misparsed_label(obj)
    if obj is None or label is None or label.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return None  # "called the minister back home": no label
    words = {t.lemma_.lower() for t in label.subtree} | {t.lower_ for t in label.subtree}
    cue = position(token, appraisal_stance(words), obj, index)
    cue.what = phrase_of(label)
    return cue


def misparsed_label(obj: Token) -> Token | None:
    """ "calling the move unacceptable" parsed with the label as the object's adjective, "called
    the move protectionist" with the object as the label's compound: the label word."""
    after = [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
    if after:
        return after[0]
    cues = load_cues()
    labels = cues["appraisal_negative"] | cues["appraisal_positive"]
    if obj.lemma_.lower() in labels and any(c.dep_ == "compound" for c in obj.children):
        return obj
    return None


def read_measure(token: Token, lemma: str, index: ActorIndex) -> list[Cue] | None:
    """The cues of a decision verb, [] to drop it, None when no rule here applies."""
    accusation = read_accusation(token, lemma, index)
    if accusation is not None:
        return [accusation]
    if is_blocked(token) or is_measure_detail(token) or is_unattributed_measure(token, lemma):
        return []
    if is_resolution_demand(token, lemma):
        return read_demand_verb(token, index)
    placed = read_placed_under(token, lemma, index)
    if placed is not None:
        return [placed]
    background = read_background_measure(token, lemma, index)
    if background is not None:
        return [background]
    taken = read_measure_taken(token, lemma) or read_measure_effect(token, lemma, index)
    if taken is not None:
        return [taken]
    found: Cue | None = None
    if lemma == "vote":
        found = read_vote(token, index) or voted_text(token)
    elif lemma == "give":
        found = read_ultimatum(token, index)
    elif lemma in {"order", "tell", "give"}:
        found = read_expulsion(token)
    elif lemma == "declare" and is_persona_non_grata(token):
        found = Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    elif lemma == "sign":
        return read_signed(token) or None
    elif lemma in _CHARACTERISING:
        found = read_characterisation(token, index)
    if found is None and lemma != "vote":
        found = read_decision(token, lemma)
    return [found] if found is not None else None


# Measures named by verb and object: "closed their embassies", "issued arrest warrants",
# "threatened officials with travel bans", "came up with a plan".
_CLOSED = {"embassy", "embassies", "consulate", "consulates", "border", "borders", "airspace",
           "crossing", "crossings", "mission", "missions", "port", "ports", "airport"}  # fmt: skip
_ISSUED = {"warrant", "warrants", "ban", "bans", "sanction", "sanctions", "notice", "notices",
           "ultimatum", "order", "orders", "advisory", "warning", "alert", "alerts"}  # fmt: skip


def read_measure_taken(token: Token, lemma: str) -> Cue | None:
    """A closure, a warrant or ban issued, a threat of sanctions or a plan drawn up."""
    if any(c.dep_ == "neg" for c in [*token.children, *token.head.children]):
        return None
    if token.pos_ == "ADJ" and token.lower_ == "closed" and token.dep_ == "acomp":
        lemma = "close"  # "the embassy is closed today"
    elif token.pos_ != "VERB":
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "acomp":
        objects += [c for c in token.head.children if c.dep_ == "nsubj"]
    words = {o.lower_ for o in objects}
    if lemma in {"close", "shut"} and words & _CLOSED:
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma == "issue" and words & _ISSUED:
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma == "threaten" and has_prep(token, {"with"}):
        with_objects = [o for p in token.children if p.lower_ == "with" for o in p.children]
        if any(o.lower_ in _SANCTION_NOUNS or o.lower_ in _ISSUED for o in with_objects):
            return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma == "come" and any(c.lower_ == "up" for c in token.children):
        planned = [o for p in token.children if p.lower_ == "with" for o in p.children]
        if any(o.lemma_.lower() in {"plan", "proposal", "roadmap", "strategy"} for o in planned):
            return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma in {"summon", "recall"} and any(
        o.lemma_.lower() in _ENVOYS or o.lower_ in _ENVOYS for o in objects
    ):  # "summoned China's ambassador", "recalled its envoy": a diplomatic measure
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma == "take" and "effect" in words and objects_are_measures(token):
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    return None


# Envoys whose summoning, recall or expulsion is a diplomatic measure.
_ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
           "chargé", "charge", "attaché", "consul", "d'affaires", "d’affaires"}  # fmt: skip


# Subjects that are a measure or decision ("the sanctions", "the regulations", "the deal").
_MEASURE_SUBJECTS = _SANCTION_NOUNS | {
    "measure", "decision", "ban", "law", "rule", "rules", "policy", "order", "suspension",
    "agreement", "deal", "ceasefire", "truce", "resolution", "regulation", "decree", "package",
    "directive", "legislation", "bill", "amendment",
}  # fmt: skip
# What a measure does to those it names: "the regulations bar X from", "the measures add five
# entities to the list"; in the passive, what is done to them ("assets will be frozen").
_EFFECT_VERBS = {"bar", "prohibit", "ban", "add", "freeze", "require", "restrict", "forbid",
                 "block", "oblige", "give", "list", "target", "suspend", "cap", "limit",
                 "exempt", "seize", "deny"}  # fmt: skip
_EFFECT_PARTICIPLES = {"frozen", "barred", "banned", "prohibited", "blocked", "suspended",
                       "restricted", "seized"}  # fmt: skip
_PRESENT_OR_FUTURE = {"VBZ", "VBP"}
_FUTURE_MODALS = {"will", "would", "shall", "’ll", "'ll"}


def objects_are_measures(token: Token) -> bool:
    """ "The sanctions take effect at midnight": the subject is a measure or decision."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _MEASURE_SUBJECTS


def read_measure_effect(token: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """What a measure does, in the present or future: "The regulations also bar companies from
    insuring cargoes", "The measures add five entities to the list", "whose assets will be
    frozen", "The officers are also barred from entering the country"."""
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ in _EFFECT_PARTICIPLES:
        be = token.head
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in be.children):
            return None
        # "officers of the Air Force, whose assets will be frozen": not the Air Force's act
        antecedent = actors_on(index, [be.head]) if be.dep_ == "relcl" else []
        doer = story_actor(index, antecedent)
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        start = subject.left_edge.i if subject is not None else be.i
        what = clip_words(token.doc[start : token.i + 1].text)  # "whose assets will be frozen"
        return Cue("next_step", token, what=what, when=when_of(be), by=[doer] if doer else None)
    if lemma not in _EFFECT_VERBS or token.pos_ != "VERB":
        return None
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in children)
    passive = [c for c in children if c.dep_ == "auxpass"]
    owners = [  # "add five entities to Canada's sanctions list": Canada's measure
        name
        for t in token.subtree
        if t.dep_ == "poss"
        for name in actors_on(index, [t])
        if (actor := index.find(name)) is not None and actor.kind != "person"
    ]
    if passive:
        if lemma == "require" or not (
            modal or (passive[0].tag_ in _PRESENT_OR_FUTURE and token.dep_ != "relcl")
        ):
            return None  # "is required to", "the only country that is barred": a state
        patients = actors_on(
            index, [t for c in children if c.dep_ == "nsubjpass" for t in c.subtree]
        )
        doers = owners[:1] or [d for d in [story_actor(index, patients)] if d is not None]
        return Cue(
            "next_step", token, what=verb_phrase(token), when=when_of(token), by=doers or None
        )
    finite = token.tag_ in _PRESENT_OR_FUTURE or (  # "The measures ... freeze any assets"
        token.tag_ == "VB" and token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children)
    )
    if not (modal or finite) or not objects_are_measures(token):
        return None
    subject = next(c for c in children if c.dep_ == "nsubj")
    what = clip_words(token.doc[subject.left_edge.i : token.right_edge.i + 1].text.rstrip(" ,."))
    issuers = owners[:1] or [d for d in [story_actor(index)] if d is not None]  # the government
    return Cue("next_step", token, what=what, when=when_of(token), by=issuers or None)


# Measures enacted at the reported event, past tense: "added BPC to its sanctions list and banned
# imports from August 1", "sent 3,000 troops to the border", "stopped issuing visas", "was
# suspended until further notice", "declared a curfew", "extended the mission's mandate".
_ENACTED = _EFFECT_VERBS - {"give", "require", "target", "deny"} | {"impose", "reimpose"}
_DEPLOYED = {"troops", "soldiers", "forces", "police", "ships", "warships", "aircraft",
             "personnel", "reinforcements", "units", "team", "experts", "destroyer", "frigate",
             "warship", "vessels", "drones", "jets", "battalion", "carrier"}  # fmt: skip
# People sent on a mission: "sent its ambassador for the Pacific to New Caledonia".
_SENT_ON_MISSION = {"ambassador", "envoy", "envoys", "delegation", "monitors", "observers",
                    "inspectors", "advisers", "advisors", "negotiators", "mediators",
                    "minister"}  # fmt: skip
_ENACTED_OBJECTS = {
    "extend": {"mandate", "mission", "sanctions", "ban", "embargo", "ceasefire", "truce",
               "deadline", "closure", "curfew", "suspension"},
    "renew": {"mandate", "mission", "sanctions", "embargo"},
    "declare": {"curfew", "emergency", "ceasefire", "truce", "law", "mourning"},
    "order": {"curfew", "evacuation", "closure", "lockdown", "inquiry", "investigation",
              "withdrawal", "mobilisation", "mobilization"},
    "send": _DEPLOYED | _SENT_ON_MISSION,
    "offer": {"reward", "rewards", "asylum", "compensation", "loan", "loans", "grant", "grants"},
    "deploy": _DEPLOYED,
    "reinforce": {"units", "troops", "forces", "presence", "border", "defences", "defenses"},
    "increase": {"patrols", "presence", "surveillance", "troops", "deployments"},
    "strengthen": {"surveillance", "vigilance", "patrols", "presence", "defences", "security"},
    "raise": {"alert"},
    "step": {"patrols", "surveillance", "presence", "security"},
}  # fmt: skip
# Acts of deployment reported in the perfect too: "The Indian Navy has sent a destroyer".
_DEPLOYING_ACTS = {"send", "deploy", "reinforce", "increase", "strengthen", "raise", "step"}
_STOPPED = {"issue", "issuing", "accept", "accepting", "grant", "granting", "export",
            "exporting", "import", "importing"}  # fmt: skip
_LIMITS = {"until", "from", "for", "pending"}


def read_measure_enacted(token: Token, lemma: str, index: ActorIndex) -> Cue | None:
    """A measure the text reports taken at the event, in the past tense, by a named party (a
    passive one only with its term: "was suspended until further notice")."""
    children = list(token.children)
    if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in children):
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for c in children)
    if perfect and lemma not in _DEPLOYING_ACTS:
        return None  # "have blacklisted BPC since 2021", "had blocked the package": a past stance
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in children):
        return None
    if any(c.dep_ == "auxpass" for c in children):
        if lemma not in _ENACTED or token.tag_ != "VBN" or token.dep_ == "relcl":
            return None
        if not any(c.dep_ == "prep" and c.lower_ in _LIMITS for c in children):
            return None
        return Cue("next_step", token, what=act_phrase(token), when=when_of(token))
    ongoing = token.tag_ == "VBG" and any(  # "the Department of State is offering a reward"
        c.dep_ == "aux" and c.lower_ in {"is", "are"} for c in children
    )
    past = token.tag_ == "VBD" or (perfect and token.tag_ == "VBN") or ongoing  # "has sent"
    if not past or not has_party_subject(token, index):
        return None
    objects = {c.lower_ for c in children if c.dep_ == "dobj"}
    if lemma in _ENACTED_OBJECTS:
        enacted = bool(objects & _ENACTED_OBJECTS[lemma])
    elif lemma in {"stop", "halt", "suspend"} and any(
        c.dep_ == "xcomp" and c.lower_ in _STOPPED for c in children
    ):
        enacted = True  # "stopped issuing visas to Haitian nationals"
    else:
        enacted = lemma in _ENACTED and bool(objects) and token.dep_ in {"ROOT", "conj", "ccomp"}
    if not enacted:
        return None
    return Cue("next_step", token, what=act_phrase(token), when=when_of(token))


def act_phrase(verb: Token) -> str:
    """The act from its verb to its last dependent before a second act joined to it."""
    doc = verb.doc
    ends = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    end = min(ends) if ends else verb.right_edge.i + 1
    while end > verb.i + 1 and doc[end - 1].dep_ in {"cc", "punct"}:
        end -= 1
    return clip_words(doc[verb.i : end].text)


_PARTY_WORDS = {"it", "they", "he", "she", "we", "government", "authorities", "ministry",
                "council", "bloc", "union", "commission"}  # fmt: skip


def has_party_subject(token: Token, index: ActorIndex) -> bool:
    """Whether the verb (or the verb it is joined to) has an actor or a pronoun as subject."""
    current = token
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            return any(
                s.i in index.token_actor or s.lower_ in _PARTY_WORDS for s in subjects
            )  # "BRUSSELS, 24 June - The European Union on Monday added": the dateline too
        if current.dep_ != "conj":
            return False
        current = current.head
    return False


def read_planned_meeting(token: Token) -> Cue | None:
    """ "the upcoming Foreign Ministers' Meeting", "the next summit": a planned meeting."""
    if token.lemma_.lower() not in _MEETING_NOUNS and token.lower_ not in _MEETING_NOUNS:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _UPCOMING for c in token.children):
        return None
    if token.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass", "attr"}:
        return None
    if has_prep(token, {"since"}):
        return None
    return Cue("next_step", token, what=phrase_of(token), when=when_of(token.head))
