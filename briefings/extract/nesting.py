"""A sentence's cues -> one item each: a cue inside another's clause of its section is dropped."""

from __future__ import annotations

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
            and not (
                cue.section == "next_step"
                and cue.token.dep_ == "pcomp"
                and cue.token.head.lower_ == "by"
            )
            and not (cue.section == "next_step" and starts_listed_item(cue.token))
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


def _inside_demand(cue: Cue, found: list[Cue]) -> bool:
    """Whether a cue lies inside the demanded clause of a demand verb of the sentence."""
    return any(
        other.section == "demand"
        and other.token.pos_ == "VERB"
        and governs_within_clause(other.token, cue.token)
        for other in found
    )
