"""A sentence's cues -> one item each: a cue inside another's clause of its section is dropped."""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.cue import Cue
from briefings.extract.phrases import governs_within_clause, has_own_subject
from briefings.extract.plans import starts_listed_item


def drop_nested(found: list[Cue]) -> list[Cue]:
    """Drop a cue inside another cue's clause of the same section (one item, not two)."""
    kept: list[Cue] = []
    others_seen = False
    for cue in found:
        nested = any(
            other is not cue
            and cue.token.i != other.token.i
            and (
                other.section == cue.section
                or (
                    other.section == "demand"
                    and other.token.pos_ != "AUX"
                    and cue.token.pos_ == "VERB"
                )
            )
            and governs_within_clause(other.token, cue.token)
            and not (cue.speaker is not None and other.speaker is cue.speaker)
            and not has_own_subject(cue.token)
            and not under_own_clause(cue.token, other.token)
            and not (
                cue.section == "next_step"
                and cue.token.dep_ == "pcomp"
                and cue.token.head.lower_ == "by"
            )
            and not (cue.section == "next_step" and starts_listed_item(cue.token))
            and not is_own_schedule(cue)
            and not is_second_act(cue, other)
            and not (cue.section == "position" and cue.token.pos_ == "NOUN")
            for other in found
        )
        if cue.section == "position" and cue.token.pos_ == "NOUN" and _inside_demand(cue, found):
            continue  # "cease all support for X": part of what is demanded
        if cue.section == "position" and cue.stance == "other":
            if others_seen:
                continue
            others_seen = True
        if not nested:
            kept.append(cue)
    return kept


def is_own_schedule(cue: Cue) -> bool:
    """ "with the first flights due to leave on July 15", "a team, which is due to report by
    January 15", "a group, which will hold its first meeting in May": what a thing of the plan
    is due or will do is a step of its own."""
    token = cue.token
    if cue.section != "next_step":
        return False
    if token.lower_ == "due":
        return token.dep_ == "amod" or token.head.dep_ == "relcl"
    return (  # "the launch of a working group, which will hold its first meeting in Tokyo"
        token.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in token.children)
        and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in token.children)
    )


def is_second_act(cue: Cue, other: Cue) -> bool:
    """ "added BPC to its sanctions list and banned imports from August 1": two measures taken,
    joined in the past tense, each with its object, are two next steps."""
    token = cue.token
    return (
        cue.section == other.section == "next_step"
        and token.dep_ == "conj"
        and token.head.i == other.token.i
        and token.tag_ == other.token.tag_ == "VBD"
        and any(c.dep_ == "dobj" for c in token.children)
    )


def under_own_clause(token: Token, above: Token) -> bool:
    """Whether an adverbial clause with its own subject lies between `token` and the cue
    `above` it: "Britain pledged X, while the United States said it would provide Y" holds
    two plans, not one."""
    current = token
    for _ in range(8):
        if current.i == above.i or current.head.i == current.i:
            return False
        if current.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in current.children):
            return True
        current = current.head
    return False


def _inside_demand(cue: Cue, found: list[Cue]) -> bool:
    """Whether a cue lies inside the demanded clause of a demand verb of the sentence."""
    return any(
        other.section == "demand"
        and other.token.pos_ == "VERB"
        and governs_within_clause(other.token, cue.token)
        for other in found
    )
