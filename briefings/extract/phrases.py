"""Dependency-tree helpers for statements: negation, finiteness and short readable phrases."""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.subjects import subtree_span

_FINITE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "relcl", "parataxis", "acomp"}
_MAX_WORDS = 22


def is_negated(token: Token) -> bool:
    """Whether the cue is negated ("did not call for", "will not join")."""
    if any(child.dep_ == "neg" for child in token.children):
        return True
    return token.dep_ in {"xcomp", "acomp"} and any(c.dep_ == "neg" for c in token.head.children)


def is_finite(token: Token) -> bool:
    """A main or coordinated predicate, not a participle describing a noun."""
    if token.dep_ in _FINITE_DEPS:
        return True
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)


def clip_words(text: str) -> str:
    """Shorten a phrase to a readable length at a word boundary."""
    text = " ".join(text.split()).strip(' ,;:.\u201c\u201d"')
    words = text.split()
    if len(words) <= _MAX_WORDS:
        return text
    cut = " ".join(words[:_MAX_WORDS])
    if "," in cut[len(cut) // 2 :]:
        cut = cut[: cut.rfind(",")]
    return cut.rstrip(" ,;:") + " …"


def phrase_of(token: Token) -> str:
    """The words `token` governs, as a short phrase."""
    return clip_words(subtree_span(token).text)


def object_of(token: Token) -> Token | None:
    """The complement carrying what a cue verb or noun is about."""
    preferred = ("dobj", "xcomp", "ccomp", "attr", "oprd")
    for dep in preferred:
        for child in token.children:
            if child.dep_ == dep:
                return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {
            "for",
            "to",
            "on",
            "upon",
            "against",
            "about",
            "regarding",
            "of",
            "over",
            "toward",
            "towards",
            "in",
        }:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return objects[0]
    return None


def verb_phrase(verb: Token) -> str:
    """The predicate from its first auxiliary to its last dependent, without the subject."""
    doc = verb.doc
    start = verb.i
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass", "neg", "advmod"} and child.i < verb.i:
            start = min(start, child.i)
    end = verb.right_edge.i + 1
    return clip_words(doc[start:end].text)


def governs_within_clause(outer: Token, inner: Token) -> bool:
    """Whether `outer` dominates `inner` without crossing a coordination."""
    token = inner
    while token.head.i != token.i:
        if token.dep_ == "conj":
            return False
        token = token.head
        if token.i == outer.i:
            return True
    return False
