"""One parsed sentence -> its cues: a demand, position or next step per cue word or frame."""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.appraisals import (
    read_appraisal,
    read_predicate_appraisal,
    read_support,
)
from briefings.extract.cue import Cue
from briefings.extract.decisions import gapped_pledges, read_agreed_act
from briefings.extract.demands import (
    has_prep,
    head_actors,
    is_demand_frame,
    read_condition,
    read_demand_noun,
    read_demand_verb,
    read_listed_demands,
    read_modal,
    read_obligation,
    read_participle_demand,
    read_reported_obligation,
    reporting_verb,
)
from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import load_cues
from briefings.extract.intentions import read_intention
from briefings.extract.measures import read_measure, read_measure_enacted, read_planned_meeting
from briefings.extract.nesting import drop_nested
from briefings.extract.orders import (
    read_alert,
    read_expected,
    read_need,
    read_passive_order,
    read_request_of,
    read_wanted,
)
from briefings.extract.phrases import (
    clause_phrase,
    clip_words,
    has_no_subject,
    is_absolute_with,
    is_finite,
    is_inverted_condition,
    is_negated,
    is_to_infinitive,
    object_of,
    phrase_of,
    short_phrase,
    verb_phrase,
)
from briefings.extract.plans import (
    is_consequence,
    is_kept_in_place,
    is_mechanics,
    is_open_question,
    next_steps,
    read_commitment_noun,
    read_next_verb,
    read_plan_subject,
    reported_future,
    when_of,
)
from briefings.extract.referents import names_a_body
from briefings.extract.roles import load_title_words
from briefings.extract.speech import (
    HOLDING_VERBS,
    is_named_speaker,
)
from briefings.extract.stances import is_lodged_protest, position, stand_stance
from briefings.extract.subjects import is_outlet_report
from briefings.model import Stance

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
    "underline",
    "second",
    "make",
    "share",
    "restate",
    "issue",
}


# Verbs whose infinitive complement is an offered or begun action: "offered to mediate",
# "is prepared to use all tools", "accepted an invitation to return".
_UNDERTAKE = {"begin", "start", "offer", "prepared", "ready", "willing"}


# "It is vital to ...", "it is essential that ...": a call addressed to no one in particular.
_NECESSITY = {"vital", "essential", "necessary", "imperative", "crucial", "urgent", "indispensable"}


def is_necessity(be: Token) -> bool:
    """Whether "be" reads "it is <necessary> to ...", not negated."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(c.dep_ == "acomp" and c.lower_ in _NECESSITY for c in be.children)
        and not any(c.dep_ == "neg" for c in be.children)
    )


def necessary_clause(be: Token) -> str | None:
    """The "that" clause of "it is essential that humanitarian workers be protected"."""
    clause = next(
        (c for c in be.children if c.dep_ == "ccomp" and c.i > be.i and c.pos_ in {"VERB", "AUX"}),
        None,
    )
    if clause is None or not any(m.lower_ == "that" for m in clause.children):
        return None
    doc = be.doc
    start = clause.left_edge.i + (doc[clause.left_edge.i].lower_ == "that")
    return clip_words(doc[start : clause.right_edge.i + 1].text)


# Reserve about a course of action ("Chile has been cautious"): a position, no stance word;
# doubt about an outcome ("analysts are skeptical that the talks will succeed"): concern.
_RESERVED = {"cautious", "reluctant", "hesitant"}
_DOUBTING = {"skeptical", "sceptical", "unsure", "doubtful"}

# Objects that make "contest" a dispute of what someone said or decided ("the United States
# contests this", "contested the results"), not a run for office ("contest the election").
_CONTESTED = {
    "claim", "allegation", "accusation", "account", "finding", "result", "figure", "ruling",
    "decision", "version", "assertion", "charge", "verdict",
}  # fmt: skip


# Words of doubt whose complement is someone's assessment of a future, not a plan:
# "analysts are skeptical that the leaders will ...", "doubts about how hard Bush will push".
_DOUBT = {
    "skeptical", "sceptical", "doubt", "doubts", "doubtful", "persuaded", "convinced",
    "unsure", "uncertain", "question", "questions", "wonder",
}  # fmt: skip


# Steps of a procedure: "the budget must still be approved by the Fifth Committee" states
# what the rules require, not what anyone demands.
_PROCEDURE_VERBS = {"approve", "ratify", "endorse", "confirm", "adopt", "pass", "sign",
                    "review", "certify"}  # fmt: skip


def is_procedure(verb: Token) -> bool:
    """Whether a modal's verb is a passive step of a procedure with its agent named."""
    return (
        verb.lemma_.lower() in _PROCEDURE_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
    )


# Condemning verbs that are measures: in the future they are next steps, not stances.
_FUTURE_MEASURES = {"expel", "sanction"}


def is_doubted(verb: Token) -> bool:
    """Whether a "will" clause is the complement of a word of doubt (up to three heads up)."""
    current = verb
    for _ in range(3):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in _DOUBT or current.lower_ in _DOUBT:
            return True
    return False


def is_opposition_group(noun: Token) -> bool:
    """ "the Libyan opposition", "a real political opposition": the opposition as a group, not
    someone's opposition to something ("their opposition to coercion")."""
    if has_prep(noun, {"to", "against"}) or any(c.dep_ == "poss" for c in noun.children):
        return False
    return noun.head.lemma_.lower() not in HOLDING_VERBS


def is_dispute(verb: Token, lemma: str, obj: Token | None) -> bool:
    """ "The United States contests this", "the party disputed the results": a rejection."""
    if lemma != "contest" or obj is None or obj.dep_ != "dobj":
        return False
    return obj.lower_ in {"this", "that", "it"} or obj.lemma_.lower() in _CONTESTED


# Occasions one celebrates without taking a stance ("celebrate its first anniversary").
_OCCASIONS = {
    "anniversary", "birthday", "holiday", "holidays", "festival", "jubilee", "centenary",
    "centennial", "christmas", "eid", "ramadan",
}  # fmt: skip


def is_ceremony(verb: Token, obj: Token | None) -> bool:
    """ "The government was set to celebrate its first anniversary", "the negotiators were
    welcomed home by supporters": a celebration or a reception, not a stance on anything."""
    if obj is not None and verb.lemma_.lower() == "celebrate":
        return obj.lemma_.lower() in _OCCASIONS
    return verb.lemma_.lower() == "welcome" and any(
        c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod", "prt", "dobj"}
        for c in verb.children
    )


def is_stance_participle(verb: Token, lemma: str, cues: dict[str, frozenset[str]]) -> bool:
    """'..., she said, thanking France for its efforts', 'he said, condemning the raid': a
    participle after a reporting verb states the speaker's stance."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and verb.head.lemma_.lower() in cues["speech_verbs"]
        and (lemma in cues["welcome_verbs"] or lemma in cues["condemn_verbs"])
    )


def is_reported_request(verb: Token, lemma: str, demand_verbs: frozenset[str]) -> bool:
    """ "said that Tokyo had asked Seoul to suspend X": a request reported by its speaker, made
    in the story's time (no year in the clause), not background."""
    return (
        lemma in demand_verbs
        and reporting_verb(verb) is not None
        and not any(
            t.ent_type_ == "DATE" and any(c.isdigit() for c in t.text) for t in verb.subtree
        )
    )


def repeated_stances(cue: Cue) -> list[Cue]:
    """ "concerned by A and by B", "concern over A, and over B": the preposition said again
    makes a second stance of the same kind, on B."""
    stances: list[Cue] = []
    token = cue.token
    for prep in token.children:
        if prep.dep_ not in {"prep", "agent"}:
            continue
        hung = list(token.head.children) if token.dep_ == "dobj" else []  # parser's choice
        for again in [*prep.children, *hung]:
            if again.dep_ == "conj" and again.lower_ == prep.lower_ and again.pos_ == "ADP":
                obj = next((o for o in again.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    what = short_phrase(obj, drop_possessive=obj.pos_ == "NOUN")
                    stances.append(Cue("position", again, stance=cue.stance, what=what))
    return stances


class SentenceReader:
    """Finds the cues of one sentence."""

    def __init__(self, sentence: Sentence, index: ActorIndex) -> None:
        self.sentence = sentence
        self.index = index
        self.cues = load_cues()
        self.found: list[Cue] = []
        self.conditioned: set[int] = set()

    def read(self) -> list[Cue]:
        """All cues of the sentence, nested duplicates removed."""
        for token in self.sentence.span:
            if token.is_space or token.is_punct:
                continue
            self.read_token(token)
        self.found = [c for c in self.found if not is_outlet_report(c, self.index)]
        return drop_nested(self.found) + gapped_pledges(self.found, self.index)

    def add(self, *cues: Cue | None) -> None:
        """Keep each cue unless its token already carries one of the same section."""
        for cue in cues:
            if cue is None or any(
                c.token.i == cue.token.i and c.section == cue.section for c in self.found
            ):
                continue
            if cue.token.i in self.conditioned and cue.section != "demand":
                continue  # the condition is the statement: "would keep X only if Y did Z"
            self.found.append(cue)
            if cue.section == "position" and cue.stance != "other":
                self.add(*repeated_stances(cue))

    def read_token(self, token: Token) -> None:
        """Try every cue family on one token."""
        cues = self.cues
        lemma = token.lemma_.lower()
        lower = token.lower_
        if is_undoubted_commitment(token):
            self.add(Cue("next_step", token, what=verb_phrase(token), when=when_of(token)))
            return  # "would not hesitate to take further steps if ...": a commitment
        if is_negated(token):
            if has_no_subject(token):
                return  # "no UN member has recognised it": no one's rejection
            if lemma in cues["rejected_when_negated"] and token.pos_ == "VERB":
                refused = lemma not in {"sign", "support"} or any(  # "would not sign": refused;
                    c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in token.children
                )  # "did not sign the letter": a fact
                if refused:
                    self.add(position(token, "condemn", object_of(token), self.index))
            return
        if token.pos_ == "VERB" and (condition := read_condition(token, self.index)):
            if condition.section == "demand":
                self.conditioned.add(token.i)
            self.found = [c for c in self.found if c.token.i != token.i]
            self.add(condition)
        elif token.pos_ in {"VERB", "AUX"} or (
            token.pos_ == "ADJ" and token.dep_ in {"acomp", "ROOT"}
        ):
            self.read_verb(token, lemma)
            self.read_enacted(token, lemma)
        elif token.dep_ == "amod" and lower == "due" and (due := read_plan_subject(token)):
            self.add(due)  # "with the first flights due to leave Sanaa on July 15"
        if token.pos_ in {"NOUN", "PROPN"}:
            self.read_noun(token, lemma, lower)
        bound = read_obligation(token.head, self.index) if token.dep_ == "aux" else None
        if lower in {"will", "would"} and bound is not None:
            self.add(bound)  # "any agreement would have to take into account X"
        elif lower in {"will", "shall", "\u2019ll", "'ll"} and token.dep_ == "aux":
            self.read_will(token.head)
        elif lower == "would" and token.dep_ == "aux" and not self.mechanics(token.head):
            self.add(reported_future(token, cues["speech_verbs"], cues["will_descriptive"]))
        if (
            lower in {"must", "should"}
            and token.dep_ != "aux"
            and any(c.dep_ == "nsubj" for c in token.children)
            and any(c.lower_ in {"so", "too"} for c in token.children)
        ):  # "And so must the Yemeni government": the demand made of one more party
            subject = next(c for c in token.children if c.dep_ == "nsubj")
            span = token.doc[token.left_edge.i : token.right_edge.i + 1]
            of = head_actors(subject, self.index) or None
            self.add(Cue("demand", token, what=clip_words(span.text), of=of))
        if (
            lemma in cues["demand_modals"]
            and token.dep_ == "aux"
            and lower != "need"
            and not is_inverted_condition(token)
            and not is_procedure(token.head)
        ):
            self.add(read_modal(token, self.index))

    def read_verb(self, token: Token, lemma: str) -> None:
        """Verb cues: call for, condemn, welcome, support, agree, sign ..."""
        cues = self.cues
        if token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.tag_ == "VB":
            return  # "support to build roads, combat poverty and create jobs": part of a noun
        measure = read_measure(token, lemma, self.index)
        if measure is not None:
            self.add(*measure)
            return
        if (intention := read_intention(token, lemma)) is not None:
            self.add(intention)
            return
        if (obliged := read_reported_obligation(token, self.index)) is not None:
            self.add(obliged)  # "He said SDF units had to join the ministry as individuals"
            return
        order = read_passive_order(token, lemma, self.index) or read_alert(token, lemma, self.index)
        if order is not None:
            self.add(order)
            return
        if (planned := read_plan_subject(token)) is not None:
            self.add(planned)
            return
        if (participle := read_participle_demand(token, lemma, self.index)) is not None:
            self.add(*participle)  # 'she said, calling on the group to "accept defeat"'
            return
        if is_stance_participle(token, lemma, cues):
            self.read_stance_verb(token, lemma, object_of(token), False)
            return
        if not is_finite(token) and not is_absolute_with(token):
            return
        obj = object_of(token)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        past_perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)
        if past_perfect and is_reported_request(token, lemma, cues["demand_verbs"]):
            past_perfect = False  # "Kanda said Tokyo had asked Seoul to suspend the salvage"
        if (infinitive and token.dep_ in {"advcl", "acl", "relcl"}) or past_perfect:
            return
        if lemma == "be" and is_necessity(token) and (needed := necessary_clause(token)):
            speaker = reporting_verb(token)  # "It is essential that X be protected, it said"
            cue = Cue("demand", token, what=needed, speaker=speaker, by_author=speaker is None)
            self.add(cue)
            return
        if lemma == "be" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children
        ):
            self.add(self.read_be_to(token))
            return
        if lemma in _RESERVED:
            self.add(position(token, "other", obj, self.index))
            return
        if lemma in _DOUBTING:  # "analysts are skeptical that ...", "X is unsure how ..."
            self.add(position(token, "concern", obj, self.index))
            return
        appraised = read_appraisal(token, lemma, obj, self.index) or read_predicate_appraisal(token)
        if appraised is not None:
            self.add(appraised)
            return
        if lemma in cues["demand_verbs"] and is_demand_frame(token, lemma):
            self.add(*read_demand_verb(token, self.index))
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
        if need := (
            read_need(token, lemma, obj)
            or read_expected(token, lemma, obj, self.index)
            or read_wanted(token, lemma, self.index)
        ):
            self.add(need)
            return
        if obj is not None and lemma in _DEFERRING and self.is_cue_noun(obj):
            return  # "reaffirmed their demand for ...": the noun is the statement
        self.read_stance_verb(token, lemma, obj, infinitive)

    def read_stance_verb(
        self, token: Token, lemma: str, obj: Token | None, infinitive: bool
    ) -> None:
        """Condemn, concern, welcome, commit, agree, support ..."""
        cues = self.cues
        if lemma == "decline" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT for c in token.children
        ):
            return  # "The company declined to comment": no statement at all
        if lemma == "decide" and is_judgment(token):
            return  # "has decided that its survival matters more": a judgment, no plan
        if lemma == "warn" and (warned := read_warned_to(token, self.index)) is not None:
            self.add(warned)  # "warned fishing boats to stay out of the area": a demand
            return
        if lemma == "stand" and (stance := stand_stance(token)) is not None:
            self.add(position(token, stance, obj, self.index))
        elif lemma in cues["condemn_verbs"] or is_dispute(token, lemma, obj):
            if lemma in _FUTURE_MEASURES and any(
                c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in token.children
            ):
                return  # "would expel four diplomats": the measure to come is the next step
            self.add(position(token, "condemn", obj, self.index))
        elif lemma in cues["concern_verbs"] or lemma in {"concerned", "worried", "alarmed"}:
            self.add(position(token, "concern", obj, self.index))
        elif lemma in cues["welcome_verbs"]:
            if is_ceremony(token, obj):
                return
            if obj is not None and obj.lemma_.lower() in cues["launch_nouns"]:
                self.add(Cue("next_step", token, what=phrase_of(obj)))
            else:
                self.add(position(token, "welcome", obj, self.index))
        elif lemma == "commit" or (lemma == "committed" and token.dep_ == "acomp"):
            if token.dep_ == "acomp" or token.head.lemma_ == "remain":
                self.add(position(token, "support", obj, self.index))
            else:
                self.add(*next_steps(token, obj))
        elif lemma in cues["next_verbs"]:
            if not is_open_question(token):  # "did not say whether it would invite X"
                self.add(*read_next_verb(token, lemma, obj))
        elif (lemma in _UNDERTAKE and obj is not None and obj.dep_ == "xcomp") or (
            lemma == "stand" and any(c.lower_ == "ready" for c in token.children)
        ):
            self.add(Cue("next_step", token, what=verb_phrase(token)))
        elif lemma in cues["support_verbs"] and not infinitive:
            self.add(read_support(token, lemma, obj, self.index))
        elif lemma in cues["other_verbs"] and obj is not None:
            if is_named_speaker(token, self.index):  # not "..., claim residents"
                self.add(position(token, "other", obj, self.index))
        elif lemma in cues["abstain_verbs"]:
            self.add(Cue("position", token, stance="other", what=verb_phrase(token)))

    def read_be_to(self, token: Token) -> Cue | None:
        """ "The minister is to visit Kyiv" (plan); "the operation was to prevent X" (purpose);
        "it is vital to tackle its root causes" (a demand of no one in particular)."""
        if token.dep_ == "relcl":
            return None  # "whose duty is to protect ...": a description
        xcomp = next(c for c in token.children if c.dep_ == "xcomp")
        if is_necessity(token):
            return Cue("demand", token, what=clause_phrase(xcomp), by_author=True)
        if any(c.dep_ == "auxpass" for c in xcomp.children):  # "a fund is to be launched"
            return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.pos_ == "NOUN"
            and subject.lemma_.lower() not in self.cues["plan_nouns"]
            and subject.lower_ not in load_title_words()[0]
            and subject.i not in self.index.token_actor
            and not names_a_body(subject, self.index)
        ):
            return Cue("position", token, stance="other", what=verb_phrase(token))
        return Cue("next_step", token, what=verb_phrase(token), when=when_of(token))

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

    def noun_position(self, token: Token, stance: Stance) -> None:
        """A stance expressed by a noun: "their opposition to X", "concern over X"."""
        self.add(position(token, stance, None, self.index))

    def read_noun(self, token: Token, lemma: str, lower: str) -> None:
        """Noun cues: demand for, opposition to, commitment to, concern, threat ..."""
        cues = self.cues
        if any(c.dep_ == "neg" for c in token.children) or any(
            c.lower_ == "no" for c in token.children
        ):
            if lemma in cues["other_nouns"]:
                self.add(Cue("position", token, stance="other", what=phrase_of(token)))
            return
        if (requested := read_request_of(token, self.index)) is not None:
            self.add(requested)
        elif lemma in {"demand", "appeal", "request", "recommendation", "ultimatum"} or (
            lemma == "call" and has_prep(token, {"for"})
        ):
            if token.head.lower_ == "with" or (
                lemma in {"demand", "call", "appeal", "request"}
                and not has_prep(token, {"for", "to"})
            ):
                self.add(*read_listed_demands(token, self.index))  # "demands included A, B"
                return  # "a report with recommendations" states none
            self.add(
                read_demand_noun(token, self.index) or Cue("demand", token, what=phrase_of(token))
            )
        elif lemma == "opposition" and is_opposition_group(token):
            return  # "unchallenged by a real political opposition", "the Libyan opposition"
        elif (
            lemma in {"opposition", "condemnation", "rejection"}
            or is_lodged_protest(token)
            or (lemma == "regret" and token.head.lemma_ == "express")
        ):
            self.noun_position(token, "condemn")
        elif (
            lemma in {"aggression", "atrocity"}
            and token.dep_ != "compound"
            and not any(c.lower_ in {"further", "any", "more", "new"} for c in token.children)
        ):
            self.add(position(token, "condemn", None, self.index))
            self.found[-1].what = phrase_of(token)
            self.found[-1].target = self.owner_or(token, lower)
        elif lemma in cues["concern_nouns"] and (lemma != "crisis" or token.dep_ == "attr"):
            if lemma == "risk" and token.dep_ not in {"dobj", "attr", "pobj"}:
                return
            self.noun_position(token, "concern")
        elif lemma in cues["welcome_nouns"] and token.head.lemma_ in cues["expressing_verbs"]:
            self.noun_position(token, "welcome")  # "expressed its gratitude to Zimbabwe"
        elif lemma == "determination":
            self.noun_position(token, "support")
        elif lemma == "commitment" and (
            token.head.lemma_.lower() in _DEFERRING | {"remain", "be", "reaffirm", "reiterate"}
        ):
            self.add(read_commitment_noun(token) or position(token, "support", None, self.index))
        elif lemma == "terrorist" and token.head.lower_ == "as":
            self.add(Cue("position", token, stance="condemn", what=phrase_of(token.head.head)))
        elif lemma in {"backing", "support", "solidarity"} and token.dep_ in {"dobj", "nsubj"}:
            self.noun_position(token, "support")
        elif lower == "provision" and has_prep(token, {"of"}):  # not "the provisions of the deal"
            self.add(Cue("next_step", token, what=phrase_of(token)))
        elif (meeting := read_planned_meeting(token) or read_agreed_act(token)) is not None:
            self.add(meeting)
        elif (
            lemma in {"agreement", "deal"}
            and token.head.lemma_ in {"reach", "conclude"}
            and not is_negated(token.head)
        ):
            self.add(Cue("next_step", token, what=phrase_of(token.head)))
        elif lemma in {"goal", "condolence", "condolences"} and token.dep_ in {
            "nsubj",
            "dobj",
            "attr",
        }:
            self.add(Cue("position", token, stance="other", what=phrase_of(token.head)))

    def owner_or(self, token: Token, default: str) -> str:
        """The actor owning a noun ("Russia's aggression" -> Russia), else `default`."""
        owners = [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}]
        for owner in owners:
            actor = self.index.token_actor.get(owner.i)
            if actor is not None:
                return actor.name
        return default

    def mechanics(self, verb: Token) -> bool:
        return is_mechanics(verb, self.cues["will_mechanics"])

    def read_enacted(self, token: Token, lemma: str) -> None:
        """A measure taken at the event ("added X to its sanctions list", "sent 3,000 troops",
        "declared a curfew"), when no other cue reads the verb but as a bare claim."""
        own = [c for c in self.found if c.token.i == token.i]
        if any(c.section != "position" or c.stance != "other" for c in own):
            return
        enacted = read_measure_enacted(token, lemma, self.index)
        if enacted is None:
            return
        self.found = [c for c in self.found if c.token.i != token.i]
        self.add(enacted)

    def read_will(self, verb: Token) -> None:
        """ "will + verb": a next step unless descriptive, negated or a plain description."""
        descriptive = verb.lemma_.lower() in self.cues["will_descriptive"]
        if (descriptive and not is_kept_in_place(verb)) or is_negated(verb):
            return
        if self.mechanics(verb):  # "will enter into force once ..."
            return
        if is_consequence(verb, frozenset({"this", "that", "it"})):
            return  # "criticized the dispatch, saying it will harm chances for peace"
        if is_open_question(verb):
            return  # "has not said whether it will attend": an open question
        if verb.dep_ == "relcl" and not is_planning_antecedent(verb.head, self.cues["plan_nouns"]):
            return
        if is_doubted(verb):  # "doubts about how hard Bush will push them": an assessment
            self.add(Cue("position", verb, stance="concern", what=verb_phrase(verb)))
            return
        self.add(Cue("next_step", verb, what=verb_phrase(verb), when=when_of(verb)))


# Bodies a plan sets up, which then act: "a working group, which will hold its first meeting".
_NEW_BODIES = {"group", "committee", "council", "commission", "mechanism", "team", "force",
               "fund", "centre", "center", "office", "mission", "body", "secretariat",
               "taskforce", "panel"}  # fmt: skip


def is_planning_antecedent(noun: Token, plan_nouns: frozenset[str]) -> bool:
    """Whether "which will ..." after `noun` states a plan: a plan noun's ("a roadmap, which
    will ..."), or a body's the text names or sets up ("the Working Group, which will meet")."""
    lemma = noun.lemma_.lower()
    return lemma in plan_nouns or lemma in _NEW_BODIES


def is_undoubted_commitment(token: Token) -> bool:
    """ "would not hesitate to take further steps", "will not shy away from": a negated doubt
    about acting, i.e. a commitment to act."""
    return (
        token.lemma_.lower() == "hesitate"
        and any(c.dep_ == "neg" for c in token.children)
        and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in token.children)
        and any(c.dep_ == "xcomp" for c in token.children)
    )


def is_judgment(decided: Token) -> bool:
    """ "decided that its survival matters more than Europe": a finding, not a decision to
    act ("decided to hold talks", "decided that the dialogue will be held in May" are)."""
    if any(c.dep_ in {"xcomp", "dobj"} for c in decided.children):
        return False
    clauses = [c for c in decided.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        a.dep_ in {"aux", "auxpass"} and a.lower_ in {"will", "would", "shall", "should"}
        for c in clauses
        for a in c.children
    )


# What one declines to do that makes no statement: "declined to comment".
_NO_COMMENT = {"comment", "elaborate", "say", "confirm", "discuss", "speculate", "respond"}


def read_warned_to(token: Token, index: ActorIndex) -> Cue | None:
    """ "warned fishing boats to stay out of the area until Friday": telling someone to act, a
    demand of them (a warning that something will happen is a concern, read elsewhere)."""
    addressee = next((c for c in token.children if c.dep_ == "dobj"), None)
    act = next(
        (c for c in token.children if c.dep_ in {"xcomp", "advcl"} and is_to_infinitive(c)), None
    )
    if addressee is None or act is None or act.i < addressee.i:
        return None
    return Cue("demand", token, what=clause_phrase(act), of=head_actors(addressee, index) or None)
