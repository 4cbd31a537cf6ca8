"""Parsed sentences -> demands, positions and next steps, found by cue lexicons and grammar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import load_cues
from briefings.extract.phrases import (
    clip_words,
    governs_within_clause,
    is_finite,
    is_negated,
    object_of,
    phrase_of,
    verb_phrase,
)
from briefings.extract.subjects import SubjectResolver, subtree_span
from briefings.model import Stance

Section = Literal["demand", "position", "next_step"]

_DEFERRING = {
    "reaffirm",
    "reiterate",
    "affirm",
    "emphasize",
    "emphasise",
    "express",
    "renew",
    "voice",
    "stress",
    "underscore",
    "second",
    "make",
    "share",
    "restate",
    "issue",
}
_IMPORTANCE = {"importance", "significance", "value", "need", "necessity", "role", "centrality"}


@dataclass
class Cue:
    """One statement found in a sentence."""

    section: Section
    token: Token
    stance: Stance | None = None
    what: str = ""
    target: str | None = None
    of: list[str] | None = None
    when: str | None = None
    by: list[str] | None = None


class SentenceReader:
    """Finds the cues of one sentence."""

    def __init__(self, sentence: Sentence, index: ActorIndex) -> None:
        self.sentence = sentence
        self.index = index
        self.cues = load_cues()
        self.found: list[Cue] = []

    def read(self) -> list[Cue]:
        """All cues of the sentence, nested duplicates removed."""
        for token in self.sentence.span:
            if token.is_space or token.is_punct:
                continue
            self.read_token(token)
        return self.drop_nested()

    def add(self, cue: Cue) -> None:
        """Keep a cue unless its token already carries one of the same section."""
        if any(c.token.i == cue.token.i and c.section == cue.section for c in self.found):
            return
        self.found.append(cue)

    def read_token(self, token: Token) -> None:
        """Try every cue family on one token."""
        cues = self.cues
        lemma = token.lemma_.lower()
        lower = token.lower_
        if is_negated(token):
            return
        if token.pos_ in {"VERB", "AUX"} or (
            token.pos_ == "ADJ" and token.dep_ in {"acomp", "ROOT"}
        ):
            self.read_verb(token, lemma)
        if token.pos_ in {"NOUN", "PROPN"}:
            self.read_noun(token, lemma, lower)
        if lower in {"will", "shall", "\u2019ll", "'ll"} and token.dep_ == "aux":
            self.read_will(token.head)
        if lemma in cues["demand_modals"] and token.dep_ == "aux" and lower != "need":
            head = token.head
            clause = token.doc[head.left_edge.i : head.right_edge.i + 1]
            self.add(Cue("demand", head, what=clip_words(clause.text)))

    def read_verb(self, token: Token, lemma: str) -> None:
        """Verb cues: call for, condemn, welcome, support, agree, sign ..."""
        cues = self.cues
        if not is_finite(token) and not self.is_absolute_with(token):
            return
        obj = object_of(token)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        past_perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)
        if (infinitive and token.dep_ in {"advcl", "acl", "relcl"}) or past_perfect:
            return
        if lemma == "be" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children
        ):
            self.add(Cue("next_step", token, what=verb_phrase(token), when=self.when_of(token)))
            return
        if lemma in {"cautious", "reluctant", "hesitant", "skeptical", "sceptical"}:
            self.add_position(token, "other", obj)
            return
        if lemma in cues["demand_verbs"] and self.is_demand_frame(token, lemma):
            self.add_demands(token)
            return
        if lemma == "need" and obj is not None and obj.dep_ == "xcomp":
            self.add(Cue("demand", token, what=verb_phrase(token)))
            return
        if lemma == "let" and any(
            c.lower_ in {"\u2019s", "'s", "us"}
            for t in [token, *token.children]
            for c in t.children
        ):
            self.add(Cue("demand", token, what=verb_phrase(token)))
            return
        if obj is not None and lemma in _DEFERRING and self.is_cue_noun(obj):
            return  # "reaffirmed their demand for ...": the noun is the statement
        if lemma in cues["condemn_verbs"] or (lemma == "stand" and self.has_prep(token, "against")):
            self.add_position(token, "condemn", obj)
        elif lemma in cues["concern_verbs"] or lemma in {"concerned", "worried", "alarmed"}:
            self.add_position(token, "concern", obj)
        elif lemma in cues["welcome_verbs"]:
            if obj is not None and obj.lemma_.lower() in cues["launch_nouns"]:
                self.add(Cue("next_step", token, what=phrase_of(obj)))
            else:
                self.add_position(token, "welcome", obj)
        elif lemma == "commit" or (lemma == "committed" and token.dep_ == "acomp"):
            self.read_commit(token, obj)
        elif lemma in cues["next_verbs"]:
            self.read_next_verb(token, lemma, obj)
        elif (lemma in {"begin", "start"} and obj is not None and obj.dep_ == "xcomp") or (
            lemma == "stand" and any(c.lower_ == "ready" for c in token.children)
        ):
            self.add(Cue("next_step", token, what=verb_phrase(token)))
        elif lemma in cues["support_verbs"] and not infinitive:
            self.read_support(token, lemma, obj)
        elif lemma in cues["other_verbs"] and obj is not None:
            self.add_position(token, "other", obj)

    def is_absolute_with(self, token: Token) -> bool:
        """ "With the US encouraging allies to ...": an absolute clause still states a demand."""
        return token.dep_ == "pcomp" and token.head.lower_ == "with"

    def has_prep(self, token: Token, word: str) -> bool:
        """Whether `token` governs the preposition `word`."""
        return any(c.dep_ in {"prep", "prt"} and c.lower_ == word for c in token.children)

    def is_cue_noun(self, token: Token) -> bool:
        """Whether a noun is itself a statement cue (demand, opposition, commitment ...)."""
        cues = self.cues
        lemma = token.lemma_.lower()
        return token.pos_ == "NOUN" and (
            lemma in cues["demand_nouns"]
            or lemma in cues["condemn_nouns"]
            or lemma in cues["concern_nouns"]
            or lemma in {"commitment", "backing", "support", "determination", "recommendation"}
        )

    def is_demand_frame(self, token: Token, lemma: str) -> bool:
        """ "call for/on", "count on X to", "press for": the verb's demand reading."""
        if lemma == "call":
            return (
                self.has_prep(token, "for")
                or self.has_prep(token, "on")
                or self.has_prep(token, "upon")
            )
        if lemma == "count":
            return self.has_prep(token, "on")
        if lemma in {"press", "ask", "order", "direct", "instruct"}:
            return any(c.dep_ in {"xcomp", "ccomp"} for c in token.children) or self.has_prep(
                token, "for"
            )
        return True

    def add_demands(self, token: Token) -> None:
        """One demand per addressee clause: "call for A to X and for B to Y" gives two."""
        preps = [
            c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"}
        ]
        for prep in list(preps):
            preps += [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
        if len(preps) > 1:
            for prep in preps:
                self.add_demand_part(token, prep)
            return
        clauses = [c for c in token.children if c.dep_ in {"advcl", "xcomp", "ccomp"}]
        if not preps and clauses:
            parts = [clauses[0], *[c for c in clauses[0].children if c.dep_ == "conj"]]
            with_subject = [p for p in parts[1:] if any(c.dep_ == "nsubj" for c in p.children)]
            if with_subject:
                self.add_clause_demands(token, parts)
                return
        self.add_demand_part(token, preps[0] if preps else None)

    def add_clause_demands(self, token: Token, parts: list[Token]) -> None:
        """ "call for A to X and for B to Y" parsed as coordinated clauses: one demand each."""
        doc = token.doc
        start = token.i + 1
        for part in parts:
            cut = [c.i for c in part.children if c.dep_ == "conj"]
            end = min(cut) if cut else part.right_edge.i + 1
            piece = doc[start:end]
            while len(piece) and piece[0].lower_ in {"for", "and", "on", ","}:
                piece = piece[1:]
            names = self.index.actors_in(piece.start, piece.end)
            self.add(Cue("demand", part, what=clip_words(piece.text), of=names[:1] or None))
            start = end

    def add_demand_part(self, token: Token, prep: Token | None) -> None:
        """A demand with its addressee and what is demanded."""
        doc = token.doc
        if prep is not None:
            piece = doc[prep.i + 1 : prep.right_edge.i + 1]
            conj_starts = [c.i for c in prep.children if c.dep_ == "conj"]
            if conj_starts:
                piece = doc[prep.i + 1 : min(conj_starts) - 1]
        else:
            obj = object_of(token)
            piece = (
                subtree_span(obj) if obj is not None else doc[token.i + 1 : token.right_edge.i + 1]
            )
            for child in token.children:
                if child.dep_ == "xcomp" and child.i > token.i:
                    piece = doc[token.i + 1 : child.right_edge.i + 1]
        addressees = self.index.actors_in(piece.start, piece.end)
        xcomps = [t for t in piece if t.dep_ in {"xcomp", "ccomp", "relcl"} and t.i > piece.start]
        of = (
            addressees[:2]
            if addressees and (xcomps or prep is None or prep.lower_ != "for")
            else None
        )
        if of is None and addressees and prep is not None and prep.lower_ == "for":
            first = piece[0] if len(piece) else None
            if (
                first is not None
                and first.ent_type_ in {"GPE", "NORP", "ORG"}
                and first.dep_
                in {
                    "nsubj",
                    "compound",
                    "poss",
                }
            ):
                of = addressees[:1]
        self.add(Cue("demand", token, what=clip_words(piece.text), of=of))

    def add_position(self, token: Token, stance: Stance, obj: Token | None) -> None:
        """A stance on what the cue's object names."""
        target = phrase_of(obj) if obj is not None else None
        what = verb_phrase(token) if token.pos_ in {"VERB", "AUX", "ADJ"} else phrase_of(token)
        self.add(Cue("position", token, stance=stance, what=what, target=target))

    def read_commit(self, token: Token, obj: Token | None) -> None:
        """ "committed to X" is a next step; "remain committed to X" is an ongoing position."""
        if token.dep_ == "acomp" or any(c.lemma_ == "remain" for c in [token.head]):
            self.add_position(token, "support", obj)
            return
        self.add_next(token, obj)

    def add_next(self, token: Token, obj: Token | None) -> None:
        """A next step; "agree to X by doing A and doing B" gives one per gerund."""
        doc = token.doc
        means = [
            c
            for t in ([obj] if obj is not None else []) + [token]
            for p in t.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for c in p.children
            if c.dep_ == "pcomp"
        ]
        if means:
            first = means[0]
            later = sorted(
                t.left_edge.i
                for t in first.subtree
                if t.dep_ == "conj" and t.i > first.i and "VBG" in {t.tag_, t.left_edge.tag_}
            )
            starts = [first.i, *later]
            ends = [*starts[1:], first.right_edge.i + 1]
            for start, end in zip(starts, ends, strict=True):
                words = doc[start:end].text.rstrip(" ,").removesuffix(" and").rstrip(" ,")
                self.add(
                    Cue("next_step", doc[start], what=clip_words(words), when=self.when_of(token))
                )
            return
        what = phrase_of(obj) if obj is not None else verb_phrase(token)
        self.add(Cue("next_step", token, what=what, when=self.when_of(token)))

    def read_next_verb(self, token: Token, lemma: str, obj: Token | None) -> None:
        """Agree, pledge, plan, launch, sign, announce ... as next steps."""
        if lemma == "announce":
            if obj is None or obj.dep_ == "ccomp":
                xcomp = [c for c in token.children if c.dep_ == "xcomp"]
                if not xcomp:
                    return
                obj = xcomp[0]
            self.add_next(token, obj)
            return
        if lemma in {"expect", "propose", "schedule"} and token.tag_ != "VBN":
            return
        if lemma == "plan" and token.dep_ == "xcomp":
            return
        if lemma in {"establish", "create"} and (
            any(c.dep_ == "auxpass" for c in token.children)
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        ):
            return
        self.add_next(token, obj)

    def read_support(self, token: Token, lemma: str, obj: Token | None) -> None:
        """Support, back, reaffirm X, stress the importance of X, highlight X."""
        if lemma in {"support", "back", "endorse", "champion", "second"}:
            self.add_position(token, "support", obj)
        elif lemma in {"favor", "favour"}:
            self.add_position(token, "other", obj)
        elif (
            obj is not None
            and obj.dep_ == "dobj"
            and (
                lemma in {"reaffirm", "reiterate", "affirm", "highlight"}
                or obj.lemma_.lower() in _IMPORTANCE
            )
        ):
            self.add_position(token, "support", obj)

    def read_noun(self, token: Token, lemma: str, lower: str) -> None:
        """Noun cues: demand for, opposition to, commitment to, concern, threat ..."""
        cues = self.cues
        if any(c.dep_ == "neg" for c in token.children) or any(
            c.lower_ == "no" for c in token.children
        ):
            if lemma in cues["other_nouns"]:
                self.add(Cue("position", token, stance="other", what=phrase_of(token)))
            return
        if lemma in {"demand", "appeal", "request", "recommendation", "ultimatum"} or (
            lemma == "call" and self.has_prep(token, "for")
        ):
            if lemma in {"demand", "call", "appeal", "request"} and not (
                self.has_prep(token, "for") or self.has_prep(token, "to")
            ):
                return
            self.add(Cue("demand", token, what=phrase_of(token)))
        elif lemma in {"opposition", "condemnation", "rejection"}:
            self.add(
                Cue(
                    "position",
                    token,
                    stance="condemn",
                    what=phrase_of(token),
                    target=self.prep_object(token),
                )
            )
        elif (
            lemma in {"aggression", "atrocity"}
            and token.dep_ != "compound"
            and not any(c.lower_ in {"further", "any", "more", "new"} for c in token.children)
        ):
            self.add(Cue("position", token, stance="condemn", what=phrase_of(token), target=lower))
        elif lemma in cues["concern_nouns"] and (lemma != "crisis" or token.dep_ == "attr"):
            if lemma == "risk" and token.dep_ not in {"dobj", "attr", "pobj"}:
                return
            self.add(
                Cue(
                    "position",
                    token,
                    stance="concern",
                    what=phrase_of(token),
                    target=self.prep_object(token),
                )
            )
        elif lemma == "determination":
            self.add(Cue("position", token, stance="support", what=phrase_of(token)))
        elif lemma == "commitment" and (
            token.head.lemma_.lower() in _DEFERRING | {"remain", "be", "reaffirm", "reiterate"}
        ):
            self.read_commitment_noun(token)
        elif lemma == "terrorist" and token.head.lower_ == "as":
            self.add(Cue("position", token, stance="condemn", what=phrase_of(token.head.head)))
        elif lemma in {"backing", "support", "solidarity"} and token.dep_ in {"dobj", "nsubj"}:
            self.add(
                Cue(
                    "position",
                    token,
                    stance="support",
                    what=phrase_of(token),
                    target=self.prep_object(token),
                )
            )
        elif lemma == "provision" and self.has_prep(token, "of"):
            self.add(Cue("next_step", token, what=phrase_of(token)))
        elif lemma in {"agreement", "deal"} and token.head.lemma_ in {"reach", "conclude"}:
            self.add(Cue("next_step", token, what=phrase_of(token.head)))
        elif lemma == "plan" and lower == "plans" and token.dep_ in {"nsubjpass"}:
            return
        elif lemma in {"goal", "condolence", "condolences"} and token.dep_ in {
            "nsubj",
            "dobj",
            "attr",
        }:
            self.add(Cue("position", token, stance="other", what=phrase_of(token.head)))

    def prep_object(self, token: Token) -> str | None:
        """The object of the noun's first preposition ("concern about X" -> X)."""
        for child in token.children:
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:
                    return phrase_of(objects[0])
        return None

    def read_commitment_noun(self, token: Token) -> None:
        """ "commitment to + verb" is a next step; "commitment to + noun" is support."""
        for child in token.children:
            if child.dep_ in {"acl", "xcomp"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children
            ):
                self.add(Cue("next_step", token, what=phrase_of(child), when=self.when_of(child)))
                return
            if child.dep_ == "prep" and child.lower_ == "to":
                verbs = [c for c in child.children if c.pos_ == "VERB"]
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if verbs:
                    self.add(Cue("next_step", token, what=phrase_of(verbs[0])))
                    return
                if objects:
                    self.add(
                        Cue(
                            "position",
                            token,
                            stance="support",
                            what=phrase_of(token),
                            target=phrase_of(objects[0]),
                        )
                    )
                    return
        self.add(Cue("position", token, stance="support", what=phrase_of(token)))

    def read_will(self, verb: Token) -> None:
        """ "will + verb": a next step unless descriptive, negated or a plain description."""
        if verb.lemma_.lower() in self.cues["will_descriptive"] or is_negated(verb):
            return
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() not in self.cues["plan_nouns"]:
            return
        self.add(Cue("next_step", verb, what=verb_phrase(verb), when=self.when_of(verb)))

    def when_of(self, token: Token) -> str | None:
        """The text's own time expression inside the clause of `token`."""
        for t in token.subtree:
            if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
                ent = next(e for e in token.doc.ents if e.start == t.i)
                head = t.doc[ent.start].head if ent.root.dep_ == "pobj" else None
                if head is not None and head.dep_ == "prep" and head.i == ent.start - 1:
                    return t.doc[head.i : ent.end].text
                return ent.text
        return None

    def drop_nested(self) -> list[Cue]:
        """Drop a cue inside another cue's clause of the same section (one item, not two)."""
        kept: list[Cue] = []
        others_seen = False
        for cue in self.found:
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
                and not (
                    cue.section == "next_step"
                    and cue.token.dep_ == "pcomp"
                    and cue.token.head.lower_ == "by"
                )
                and not (cue.section == "position" and cue.token.pos_ == "NOUN")
                for other in self.found
            )
            if cue.section == "position" and cue.stance == "other":
                if others_seen:
                    continue
                others_seen = True
            if not nested:
                kept.append(cue)
        return kept


def find_statements(
    sentences: list[Sentence], index: ActorIndex, resolver: SubjectResolver, skip: set[int]
) -> list[tuple[Cue, Sentence]]:
    """Every demand, position and next step of the article, with its sentence."""
    found: list[tuple[Cue, Sentence]] = []
    for sentence in sentences:
        if sentence.index in skip:
            continue
        for cue in SentenceReader(sentence, index).read():
            cue.by = resolver.resolve(cue.token)
            found.append((cue, sentence))
    return found
