"""Verbs of deliberation, anticipation and reaction -> Cues.

"Washington was reviewing sanctions" and "is considering new measures" weigh a measure: a next
step in the making. "He looked forward to traveling there" announces the speaker's own act: a
next step. "Russia reacted angrily" is a stance without a stance verb: condemnation; "took note
of the announcement" is a position with none.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.cue import Cue
from briefings.extract.phrases import clip_words, is_negated, verb_phrase
from briefings.extract.plans import when_of

_DELIBERATING = {"review", "consider", "weigh", "study", "examine", "prepare", "draft"}
# What a party weighs that is itself a measure or a course of action.
_MEASURES = {"sanction", "sanctions", "measure", "measures", "option", "options", "step",
             "steps", "response", "action", "restrictions", "ban", "tariffs", "tariff",
             "countermeasures", "retaliation"}  # fmt: skip
_ANGRILY = {"angrily", "furiously", "sharply", "indignantly", "strongly"}


def read_intention(token: Token, lemma: str) -> Cue | None:
    """A measure being weighed, an act looked forward to, or an angry reaction; else None."""
    if is_negated(token):
        return None
    if lemma in _DELIBERATING:
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.lemma_.lower() in _MEASURES or obj.lower_ in _MEASURES):
            return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
    if lemma == "look" and any(c.lower_ == "forward" for c in token.children):
        acts = [
            c
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for c in p.children
            if c.dep_ == "pcomp" and c.tag_ == "VBG"
        ]
        if acts:
            doc = token.doc
            what = clip_words(doc[acts[0].i : acts[0].right_edge.i + 1].text)
            return Cue("next_step", acts[0], what=what, when=when_of(acts[0]))
    if lemma == "react" and any(c.lower_ in _ANGRILY for c in token.children):
        return Cue("position", token, stance="condemn", what=verb_phrase(token))
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "note" for c in token.children):
        noted = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]  # "took note of the Government's announcement": a position without a stance word
        if noted:
            doc = token.doc
            what = clip_words(doc[noted[0].left_edge.i : noted[0].right_edge.i + 1].text)
            return Cue("position", token, stance="other", what=what)
    return None
