"""Decisions named by a verb and its object -> next steps and demands.

"The resolution still awaits approval by the Assembly", "Qatar won the bid to host the summit",
"has obligated $25 million toward the programme", "formed a new security alliance", "voted on a
resolution to expel Russia": what was decided, or is pending, at the reported event.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.phrases import (
    clause_phrase,
    clip_words,
    is_negated,
    is_to_infinitive,
    verb_phrase,
)
from briefings.extract.plans import is_open_question, when_of

# "awaits approval", "needs ratification": a decision still to be taken.
_PENDING_VERBS = {"await", "need", "require"}
_PENDING_NOUNS = {"approval", "ratification", "signature", "endorsement", "vote", "decision",
                  "confirmation", "consent"}  # fmt: skip
# "won the bid to host", "secured a contract": a decision in someone's favour.
_WON_VERBS = {"win", "secure", "clinch"}
_WON_NOUNS = {"bid", "tender", "contract", "right", "rights", "vote", "nomination"}
# "obligated $25 million toward", "allocated funds for": money committed.
_FUNDING_VERBS = {"obligate", "allocate", "earmark", "disburse", "release"}
# "formed a new alliance", "set up a commission": a new body.
_FORMING_VERBS = {"form", "found"}
_BODY_NOUNS = {"alliance", "coalition", "organisation", "organization", "body", "committee",
               "group", "force", "council", "union", "bloc", "commission", "partnership",
               "secretariat", "mechanism", "task"}  # fmt: skip
_TEXT_NOUNS = {"resolution", "motion", "draft", "proposal", "bill"}


# "invited the two sides to a meeting in Istanbul": the meeting is planned.
_MEETINGS = {"meeting", "summit", "talks", "conference", "session", "round", "dialogue",
             "consultations", "negotiations", "ceremony", "visit"}  # fmt: skip
# "said it was sending an aircraft carrier": a deployment under way is a next step.
_DEPLOYING = {"send", "deploy", "dispatch", "move", "mobilise", "mobilize", "station"}


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]


def read_decision(token: Token, lemma: str) -> Cue | None:
    """The next step or demand a decision verb names with its object, None when none does."""
    if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
        return None
    if any(a.lower_ == "without" for a in list(token.ancestors)[:4]):
        return None  # "ended without an agreement to set up a commission"
    objects = _objects(token)
    nouns = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    if lemma == "vote":
        return voted_text(token)
    if is_open_question(token):
        return None  # "did not say whether it would invite X to the summit"
    if lemma == "invite":
        return invited_meeting(token)
    if (
        lemma in _DEPLOYING
        and token.tag_ == "VBG"
        and token.dep_ in {"ccomp", "ROOT", "conj"}
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children)
    ):
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma in _PENDING_VERBS and nouns & _PENDING_NOUNS:
        doc = token.doc
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        start = subject.left_edge.i if subject is not None else token.i
        what = clip_words(doc[start : token.right_edge.i + 1].text.rstrip(" ,."))
        return Cue("next_step", token, what=what, when=when_of(token))
    if lemma == "have" and has_deadline(token):
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    decided = (
        (lemma == "open" and bool(nouns & _INQUIRY_NOUNS))
        or (
            lemma == "set"
            and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
            and bool(objects)
        )
        or (lemma in {"support", "back"} and funded_with(token))
        or (lemma in _WON_VERBS and bool(nouns & _WON_NOUNS))
        or (lemma in _FUNDING_VERBS and any(o.ent_type_ == "MONEY" for o in objects))
        or (lemma in _FORMING_VERBS and bool(nouns & _BODY_NOUNS))
    )
    return (
        Cue("next_step", token, what=verb_phrase(token), when=when_of(token)) if decided else None
    )


_INQUIRY_NOUNS = {"investigation", "inquiry", "probe", "case", "proceedings", "talks",
                  "negotiations", "dialogue", "consultations", "embassy", "office",
                  "consulate"}  # fmt: skip


def has_deadline(token: Token) -> bool:
    """ "The Council has until October 28 to rule on any challenges": a deadline set."""
    until = any(c.dep_ == "prep" and c.lower_ == "until" for c in token.children)
    return until and any(
        c.dep_ in {"advcl", "xcomp"} and is_to_infinitive(c) for c in token.children
    )


def funded_with(token: Token) -> bool:
    """ "would support the reconstruction of border areas with 50 million euros": money given."""
    return any(
        o.ent_type_ == "MONEY"
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.subtree
    )


def voted_text(token: Token) -> Cue | None:
    """ "voted on a resolution to expel Russia from the council": the text asks what its
    infinitive says, a demand of the voters (their vote itself is read elsewhere); "voted on
    Wednesday to extend the mission for another year": what the body decided, a next step."""
    decided = next(
        (c for c in token.children if c.dep_ in {"xcomp", "advcl"} and is_to_infinitive(c)), None
    )
    if decided is not None and not any(c.dep_ == "neg" for c in token.children):
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(decided))
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "for"}:
            continue
        for text in prep.children:
            if text.dep_ != "pobj" or text.lemma_.lower() not in _TEXT_NOUNS:
                continue
            wanted = next(
                (c for c in text.children if c.dep_ in {"acl", "relcl"} and is_to_infinitive(c)),
                None,
            )
            if wanted is not None:
                return Cue("demand", token, what=clause_phrase(wanted))
    return None


# What one is invited to do that is a meeting the inviter holds: "invited X to meet in Y".
MEETING_ACTS = {"meet", "visit", "attend", "talk", "travel", "come", "gather", "convene"}


def invited_meeting(token: Token) -> Cue | None:
    """ "Turkey has invited the two sides to a meeting in Istanbul on Friday", "invited the
    three ministers to meet in Addis Ababa", "would invite investors to bid": a planned meeting
    or act (the invitation to act now, "invited X to join", is a demand read elsewhere)."""
    to_meeting = any(
        o.dep_ == "pobj" and (o.lemma_.lower() in _MEETINGS or o.lower_ in _MEETINGS)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for o in prep.children
    )
    to_meet = any(
        c.dep_ == "xcomp" and c.lemma_.lower() in MEETING_ACTS and is_to_infinitive(c)
        for c in token.children
    )
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in token.children)
    if not (to_meeting or to_meet or future):
        return None
    return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))


_AGREEMENT_NOUNS = {"agreement", "deal", "decision", "accord", "consensus", "understanding"}


def read_agreed_act(noun: Token) -> Cue | None:
    """ "The summit ended with an agreement to set up a joint commission": what the agreement
    is to do is a next step."""
    if noun.lemma_.lower() not in _AGREEMENT_NOUNS or any(
        c.dep_ == "neg" or c.lower_ == "no" for c in noun.children
    ):
        return None
    if noun.head.lower_ in {"without", "against"} or is_negated(noun.head):
        return None  # "ended without an agreement to X", "did not reach a deal to X"
    for act in noun.children:
        if act.dep_ in {"acl", "relcl"} and act.pos_ == "VERB" and is_to_infinitive(act):
            return Cue("next_step", act, what=clause_phrase(act), when=when_of(act))
    return None


# Verbs whose quantity another party's gapped clause repeats ("pledged $200 million and
# Turkmenistan $100 million", "with the United States taking 20,000, Canada 8,000").
_GAPPING_VERBS = {"pledge", "provide", "commit", "contribute", "give", "offer", "take", "accept",
                  "allocate", "donate", "promise"}  # fmt: skip
_QUANTITIES = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"}


def gapped_pledges(cues: list[Cue], index: ActorIndex) -> list[Cue]:
    """The elided-verb clauses after a pledge of a quantity: "Kazakhstan pledged $200 million
    and Turkmenistan $100 million" is Turkmenistan's pledge too; one next step per party named
    right before a quantity after the verb, with no verb between."""
    found: list[Cue] = []
    claimed = {c.token.i for c in cues}
    for cue in cues:
        verb = cue.token
        if cue.section != "next_step" or verb.lemma_.lower() not in _GAPPING_VERBS:
            continue
        sentence = verb.sent
        if not any(t.ent_type_ in _QUANTITIES for t in verb.subtree):
            continue
        i = verb.i + 1
        while i < sentence.end - 1:
            actor = index.token_actor.get(i)
            if actor is None or actor.kind == "person":
                i += 1
                continue
            end = i
            while end + 1 < sentence.end and index.token_actor.get(end + 1) is actor:
                end += 1
            after = verb.doc[end + 1] if end + 1 < sentence.end else None
            before = verb.doc[i - 1] if i > 0 else None
            if (
                after is not None
                and (after.ent_type_ in _QUANTITIES or after.text == "$")
                and before is not None
                and before.lower_ in {",", "and", "the"}
                and i not in claimed
            ):
                stop = end + 1
                while (
                    stop < sentence.end
                    and verb.doc[stop].ent_type_ in _QUANTITIES | {""}
                    and (verb.doc[stop].ent_type_ or verb.doc[stop].text == "$")
                ):
                    stop += 1
                if stop < sentence.end and verb.doc[stop].pos_ == "NOUN":
                    stop += 1  # "10 million euros"
                start = i - 1 if verb.doc[i - 1].lower_ == "the" else i
                what = verb.doc[start:stop].text
                found.append(Cue("next_step", verb.doc[end], what=what, by=[actor.name]))
            i = end + 1
    return found
