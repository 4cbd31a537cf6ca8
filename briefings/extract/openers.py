"""Sentences -> their opening pronoun replaced by whom it stands for, for key points and summary.

"He condemned X" or "We call on Iran" cannot stand alone in a brief. "We" becomes whom the text
says "we" is ("We, the G7 Foreign Ministers, ..."); "he", "she", "they" and "it" become the
subject of the nearest earlier sentence that agrees in person and number. When no such
antecedent is found, or the sentence lies inside a quotation, it is left out of the key points
and the bottom line rather than shown with a dangling pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from briefings.extract.actors import ActorIndex
from briefings.extract.evidence import Sentence
from briefings.extract.quotes import Quotations
from briefings.extract.roles import load_title_words
from briefings.extract.subjects import core_tokens, find_subject

_PERSONAL = {"he", "she"}
_LOOK_BACK = 3
_MAX_WORDS = 8
_FIRST_PERSON = [(r"\bour\b", "their"), (r"\bOur\b", "Their"), (r"\bus\b", "them")]


@dataclass
class Openers:
    """Rewritten openings by sentence index, and the sentences that cannot be rewritten."""

    texts: dict[int, str] = field(default_factory=dict)
    dangling: set[int] = field(default_factory=set)

    def text_of(self, sentence: Sentence) -> str:
        """The sentence with its opening pronoun named, else as written."""
        return self.texts.get(sentence.index, sentence.text)


def opening_pronoun(sentence: Sentence) -> Token | None:
    """The sentence's first word when it is a pronoun subject ("It further criticized ...")."""
    tokens = [t for t in sentence.span if not t.is_space]
    if not tokens:
        return None
    first = tokens[0]
    if first.lower_ not in _PERSONAL | {"they", "it", "we"} or first.dep_ not in {
        "nsubj",
        "nsubjpass",
    }:
        return None
    if first.lower_ == "it" and first.head.lemma_ == "be":
        return None  # "It is important that ...": no one is meant
    return first


def self_name(sentences: list[Sentence]) -> str | None:
    """Whom "we" names itself: "We, the G7 Foreign Ministers, ..." -> "the G7 Foreign Ministers"."""
    for sentence in sentences:
        for token in sentence.span:
            if token.lower_ != "we" or token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for appos in (c for c in token.children if c.dep_ == "appos"):
                left = [c for c in appos.lefts if c.dep_ in {"det", "compound", "amod"}]
                start = min([appos.i, *(c.left_edge.i for c in left)])
                return appos.doc[start : appos.i + 1].text
    return None


def agrees(pronoun: str, subject: Span, index: ActorIndex) -> bool:
    """Whether an earlier subject can be what the pronoun stands for."""
    root = subject.root
    plural = root.tag_ in {"NNS", "NNPS"} or any(t.dep_ == "conj" for t in subject)
    actors = [index.token_actor[t.i] for t in subject if t.i in index.token_actor]
    titles, _, _ = load_title_words()
    person = any(a.kind == "person" for a in actors) or root.lower_ in titles
    if pronoun in _PERSONAL:
        return person and not plural
    if pronoun == "they":
        return plural
    return not plural and not person and (bool(actors) or root.pos_ in {"NOUN", "PROPN"})


def antecedent(
    pronoun: str, sentences: list[Sentence], position: int, index: ActorIndex
) -> str | None:
    """The surface of the nearest earlier subject the pronoun can stand for."""
    for sentence in reversed(sentences[max(0, position - _LOOK_BACK) : position]):
        subject = find_subject(sentence.span.root)
        if subject is None or subject.root.pos_ == "PRON":
            continue
        core = core_tokens(subject)
        words = "".join(t.text_with_ws for t in core).strip(" ,")
        if agrees(pronoun, subject, index) and len(core) <= _MAX_WORDS:
            return words
        return None  # the nearest subject does not agree: too uncertain to guess further
    return None


def name_openers(sentences: list[Sentence], index: ActorIndex, quotes: Quotations) -> Openers:
    """Rewrite or mark every sentence that opens with a pronoun subject."""
    openers = Openers()
    we = self_name(sentences)
    for position, sentence in enumerate(sentences):
        quoted = sentence.index in quotes.inside
        pronoun = opening_pronoun(sentence)
        if pronoun is None:
            continue
        word = pronoun.lower_
        if word == "we" and any(c.dep_ == "appos" for c in pronoun.children):
            continue  # "We, the G7 Foreign Ministers, ...": the sentence names itself
        name = we if word == "we" else antecedent(word, sentences, position, index)
        if name is None or quoted:
            openers.dangling.add(sentence.index)
            continue
        rest = sentence.text[pronoun.idx - sentence.start + len(pronoun.text) :]
        if word == "we":
            for pattern, replacement in _FIRST_PERSON:
                rest = re.sub(pattern, replacement, rest)
        openers.texts[sentence.index] = name[:1].upper() + name[1:] + rest
    return openers
