"""Attributed claims without a stance cue -> positions: in reporting, reported speech is the
statement ("X said the group was responsible", '"It is a calamity," he said', "according to X").

The stance comes from the claim's own words (condemn, concern, welcome, support), else `other`.
A news outlet cited as the source of a fact states no position ("according to CNN, Turkey has
two million refugees"), and neither does an unnamed subject ("reports said").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import read_data
from briefings.extract.mentions import load_media_words
from briefings.extract.phrases import clause_phrase, clip_words
from briefings.extract.plans import is_held_event
from briefings.extract.quotes import quotation_at, quotation_speaker
from briefings.extract.referents import body_by_head, last_person
from briefings.extract.roles import load_title_words
from briefings.extract.subjects import find_subject, names_no_party
from briefings.model import Stance

_LEXICON = read_data("speech.yaml")  # lexicons as data: briefings/extract/data/speech.yaml

_CLAIM_VERBS = frozenset(_LEXICON["claim_verbs"])

# Verbs that report only when they carry the claim ("offered condolences", "sent sympathies").
_CARRIERS = {"offer", "extend", "send", "express", "point"}
_CARRIED = frozenset(_LEXICON["carried_nouns"])

_SPEAKING_NOUNS = frozenset(_LEXICON["speaking_nouns"])

_PRONOUNS = {"he", "she", "they", "we", "i", "it"}

_STANCE_WORDS: dict[Stance, frozenset[str]] = {
    stance: frozenset(words) for stance, words in _LEXICON["stance_words"].items()
}


def read_reported(
    sentence: Sentence,
    index: ActorIndex,
    quoted_by: Token | None,
    found: list[Cue],
    claiming: list[Token],
) -> list[Cue]:
    """The attributed claims of a sentence that no cue of `found` already states, as positions.

    `claiming` holds the sentence's reporting verbs (`claim_verbs`). Each is one claim ("said
    the deal was a mistake and said X had agreed only to Y" is two); a verb is spoken for when a
    cue lies in its clause or is the verb itself.
    """
    verbs = [v for v in claiming if not covers_cue(v, found, sentence)]
    claims = [
        claim
        for verb in verbs
        for claim in (
            split_claims(verb, found) or [reported_event(verb) or claim_of(sentence, verb)]
        )
    ]
    claims += [c for v in claiming if v not in verbs for c in split_claims(v, found)]
    if claims or found:
        return claims
    if quoted_by is not None and is_named_speaker(quoted_by, index):
        what = clip_words(sentence.text.strip().strip('"\u201c\u201d').rstrip("."))
        stance = stance_of(sentence, sentence.span.root)
        return [Cue("position", quoted_by, stance=stance, what=what, speaker=quoted_by)]
    source = according_to(sentence, index)
    name = source_name(source, index) if source is not None else None
    if source is None or name is None:
        return []
    cue = Cue("position", source, stance=stance_of(sentence, source), speaker=source)
    cue.what = claim_phrase(sentence, source)
    cue.by = [name]
    return [cue]


def split_claims(verb: Token, found: list[Cue]) -> list[Cue]:
    """ "said the air force targeted only X and that sanctions hurt Y": two reported clauses,
    two claims, but those a cue already states ([] when the clause is not split by "and that")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return []
    cued = {cue.token.i for cue in found}
    seconds = [
        c
        for c in clause.children
        if c.dep_ == "conj"
        and (
            any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or (c.i in cued and clause.i not in cued and is_plan_beside_fact(clause, c))
        )
    ]
    if not seconds:
        return []
    doc = verb.doc
    parts: list[tuple[Token, int, int]] = []
    start = clause.left_edge.i
    for second in seconds:
        parts.append((clause, start, second.left_edge.i))
        clause, start = second, second.left_edge.i
    parts.append((clause, start, clause.right_edge.i + 1))
    claims: list[Cue] = []
    for head, begin, end in parts:
        inside = range(begin, end)
        if any(cue.token.i in inside for cue in found):
            continue
        while begin < end and doc[begin].lower_ in {"that", "and", ","}:
            begin += 1
        text = doc[begin:end].text.strip(' ,"\u201c\u201d').removesuffix(" and").rstrip(" ,")
        if head.lemma_.lower() in _REPORTED_COMMITMENTS and not any(
            c.dep_ == "neg" for c in head.children
        ):  # "and that the parties had agreed to reopen the road": their step, reported
            step = Cue("next_step", head, what=clip_words(text), speaker=verb, also_by=head)
            claims.append(step)
        elif len(text.split()) >= 3:
            stance = stance_in(list(doc[begin:end]), verb)
            claims.append(Cue("position", head, stance=stance, what=clip_words(text), speaker=verb))
    return claims


def is_plan_beside_fact(fact: Token, plan: Token) -> bool:
    """ "said it had flown in 40 tonnes of tablets and would truck water to schools": a past
    act reported beside a plan joined to it; each is a statement of its own."""
    return fact.tag_ in {"VBD", "VBN"} and any(
        c.dep_ == "aux" and c.lower_ in {"would", "will"} for c in plan.children
    )


def claim_of(sentence: Sentence, verb: Token) -> Cue:
    """The claim a reporting verb attributes, as a position."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    end = own_clause_start(clause) if clause is not None and clause.i > verb.i else None
    if clause is not None and end is not None:  # "X said A, while Y accused B": A only
        doc = verb.doc
        start = clause.left_edge.i
        while start < clause.i and doc[start].lower_ in {"that", ","}:
            start += 1
        while end > start and doc[end - 1].lower_ in {"and", "but", ","}:
            end -= 1  # "A, and called for B": A without the conjunction
        words = list(doc[start:end])
        what = clip_words(doc[start:end].text.strip(' ,"\u201c\u201d'))
        return Cue("position", verb, stance=stance_in(words, verb), what=what, speaker=verb)
    return Cue(
        "position",
        verb,
        stance=stance_of(sentence, verb),
        what=claim_phrase(sentence, verb),
        speaker=verb,
    )


def own_clause_start(clause: Token) -> int | None:
    """Where an adverbial clause with its own subject starts after the reported clause's head
    ("progress had been made, while Bayramov accused Yerevan"), None when there is none."""
    starts = [
        c.left_edge.i
        for c in clause.children
        if c.dep_ == "advcl"
        and c.i > clause.i
        and any(s.dep_ == "nsubj" for s in c.children)
        and any(m.dep_ == "mark" and m.lower_ in _CONTRASTING for m in c.children)
        and is_other_voice(c)
    ]
    starts += [c.left_edge.i for c in clause.children if c.dep_ == "conj" and is_coordinated_act(c)]
    return min(starts) if starts else None


def is_act_beside(token: Token, verb: Token) -> bool:
    """Whether `token` is a coordinated act joined to the clause `verb` reports."""
    return (
        token.dep_ == "conj"
        and token.head.dep_ == "ccomp"
        and token.head.head == verb
        and is_coordinated_act(token)
    )


def is_coordinated_act(conj: Token) -> bool:
    """ "said its teams had treated 1,300 survivors, and called for X", "said the board had sent
    a message, and its envoy urged Y": a finite stance or speech verb the parser joined to the
    reported clause is the speaker's (or another's) own act, no part of what was said."""
    lemma = conj.lemma_.lower()
    return (
        conj.tag_ in {"VBD", "VBZ"}
        and (lemma in _STANCE_VERBS or lemma in _CLAIM_VERBS)
        and not any(c.dep_ in {"aux", "neg"} for c in conj.children)
    )


def is_other_voice(verb: Token) -> bool:
    """Whether a contrasting clause reports another party's statement ("while Y accused X",
    "whereas Y said ..."), not a circumstance ("while soldiers shoot at fishermen")."""
    lemma = verb.lemma_.lower()
    return lemma in _CLAIM_VERBS or lemma in _STANCE_VERBS


# Marks of a clause that sets another party beside the speaker ("..., while Y accused B").
_CONTRASTING = {"while", "whilst", "whereas"}
_STANCE_VERBS = {"condemn", "reject", "welcome", "urge", "call", "demand", "criticise",
                 "criticize", "blame", "praise", "oppose", "support"}  # fmt: skip


# Verbs whose report is a step only with the right object: "had sent a formal protest note",
# "had raised their monitoring to the highest level".
_STEP_OBJECTS = {
    "send": {"note", "letter", "protest", "troops", "team", "delegation", "envoy", "aid"},
    "hand": {"note", "letter", "protest"},
    "raise": {"monitoring", "alert", "level", "readiness"},
    "increase": {"patrols", "monitoring", "presence"},
}  # fmt: skip


def is_reported_step(clause: Token) -> bool:
    """Whether a reported clause states a step taken: a commitment or measure verb ("had
    recalled its ambassador", "had evacuated its staff", "had handed a protest note")."""
    lemma = clause.lemma_.lower()
    if lemma in _REPORTED_COMMITMENTS:
        return True
    objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
    return bool(objects & _STEP_OBJECTS.get(lemma, set()))


def reported_event(verb: Token) -> Cue | None:
    """ "She said that the US had signed a three-year agreement": the report of a commitment
    made at the event is the commitment (a next step), not an opinion about it."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not is_reported_step(clause):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    if any(
        c.dep_ == "advmod" and c.lower_ == "only"
        for t in (clause, *clause.children)
        for c in t.children
    ):
        return None  # "said they had agreed only to cosmetic concessions": a belittling claim
    # "He said Suriname had recalled its ambassador": Suriname's step, reported by him.
    return Cue("next_step", clause, what=clause_phrase(clause), speaker=verb, also_by=clause)


def covers_cue(verb: Token, found: list[Cue], sentence: Sentence) -> bool:
    """Whether a cue already found is `verb` itself or lies in its clause (the nearest
    reporting verb above the cue is `verb`). A carrier verb that carries no claim noun is no
    reporting verb: in 'said, "The members expressed concern"' the concern is what "said"
    reports."""
    for cue in found:
        token = cue.token
        if token.i == verb.i or (
            verb.dep_ in {"ccomp", "parataxis"} and is_in_quoted_clause(cue.token, verb)
        ):  # '"...", he said' parsed with the attribution hung on the quoted clause
            return True
        while token.head.i != token.i and token.i >= sentence.span.start:
            if (
                token.dep_ == "advcl"
                and any(c.dep_ == "nsubj" for c in token.children)
                and any(m.dep_ == "mark" and m.lower_ in _CONTRASTING for m in token.children)
                and is_other_voice(token)
            ):
                break  # "X said A, while Y accused B": Y's clause is no part of what X said
            if is_act_beside(token, verb):
                break  # "X said A, and its envoy urged B": urging is no part of what X said
            token = token.head
            if is_reporting(token):
                if token.i == verb.i:
                    return True
                break
    return False


def is_reporting(token: Token) -> bool:
    """Whether a verb can report a claim: a claim verb, a carrier only with its noun."""
    lemma = token.lemma_.lower()
    if lemma not in _CLAIM_VERBS or token.pos_ not in {"VERB", "AUX"}:
        return False
    return lemma not in _CARRIERS or any(t.lemma_.lower() in _CARRIED for t in token.children)


def is_in_quoted_clause(token: Token, verb: Token) -> bool:
    """Whether `token` lies in the clause an attribution hangs on ('"Israel", he said, "is not
    bound ..."': "said" hangs on "bound", and all of "bound"'s clause is what he said)."""
    head = verb.head
    if token in verb.ancestors:
        return True
    return verb.dep_ == "parataxis" and head.left_edge.i <= token.i <= head.right_edge.i


def claim_verbs(sentence: Sentence, index: ActorIndex) -> list[Token]:
    """The verbs of the sentence that attribute a claim to a named speaker, in order."""
    verbs: list[Token] = []
    for token in sentence.span:
        lemma = token.lemma_.lower()
        if token.pos_ not in {"VERB", "AUX"} or lemma not in _CLAIM_VERBS:
            continue
        if lemma in _CARRIERS and not any(t.lemma_.lower() in _CARRIED for t in token.children):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "did not say": no claim
        if token.dep_ in {"relcl", "acl", "amod"} and not is_denied_claim(token):
            continue  # "the official who said ...": a description
        if not carries_claim(token, sentence) or is_framing(token, sentence):
            continue
        if is_named_speaker(token, index):
            verbs.append(token)
    return drop_own_framing(verbs)


def is_framing(verb: Token, sentence: Sentence) -> bool:
    """A reporting verb inside a quotation that another verb of the sentence reports, said by
    the quoted speaker ("I", "we") or by no subject of its own ("instability felt across the
    region"), is part of what is quoted: 'Ms Lund said, "We have to admit that the plan
    failed"' is one claim, hers. "... what they say they want," he said' quotes a second one."""
    speaker = quotation_speaker(sentence, verb.idx - sentence.start)
    if speaker is None or speaker.i == verb.i:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not subjects or any(c.lower_ in {"i", "we"} for c in subjects)


def drop_own_framing(verbs: list[Token]) -> list[Token]:
    """'"What we can say is that the vote was fair," Mr Osei said': a speaker's "I say", "we
    admit" frames the claim someone else in the sentence is reported to make; one claim."""

    def first_person(verb: Token) -> bool:
        subject = find_subject(verb)
        return subject is not None and subject.root.lower_ in {"i", "we"}

    reported = [v for v in verbs if not first_person(v)]
    return reported if reported else verbs


_CLAIM_NOUNS = {"accusation", "allegation", "allegations", "claim", "claims", "charge", "charges"}


def is_denied_claim(verb: Token) -> bool:
    """ "..., an accusation the government strongly denies": the denial is a claim of its own."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in {"deny", "dismiss", "reject", "dispute"}
        and verb.head.lower_ in _CLAIM_NOUNS
    )


_OBJECT_CLAIMS = frozenset(_LEXICON["object_claim_verbs"]) | _CARRIERS


def carries_claim(verb: Token, sentence: Sentence) -> bool:
    """Whether the verb reports content: a clause, a quotation, or an object it judges."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "parataxis"} or is_denied_claim(verb):
        return True
    if verb.lemma_.lower() == "describe":  # "described it as a calamity", not "in detail"
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if verb.lemma_.lower() in _OBJECT_CLAIMS and deps & {"dobj", "prep", "xcomp", "advcl"}:
        return True
    if verb.tag_ == "VBG" and verb.i < verb.head.i and verb.head.lemma_.lower() in _CLAIM_VERBS:
        return False  # "Speaking to reporters, the envoy said ...": one claim, the finite verb's
    if verb.head.i != verb.i and verb.dep_ in {"parataxis", "ccomp"}:
        return True  # '"...," he said': the verb hangs on the quoted clause
    return any(t.text in {'"', "\u201c", "\u201d"} for t in sentence.span)


def is_named_speaker(verb: Token, index: ActorIndex) -> bool:
    """Whether the subject of `verb` is an actor, a pronoun for one or a speaking body."""
    subject = find_subject(verb)
    if subject is None:
        return False
    if subject.root.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        head = verb.head  # "a BBC report that claimed ...": the report's owner speaks
        subject = head.doc[head.left_edge.i : head.i + 1]
    if any(t.i in index.token_actor for t in subject):
        actor = next(index.token_actor[t.i] for t in subject if t.i in index.token_actor)
        return not (actor.kind == "organization" and verb.lemma_.lower() == "report")
    root = subject.root
    lower = root.lower_
    if lower in _PRONOUNS:
        return True
    if lower in _SPEAKING_NOUNS or lower in load_title_words()[0]:
        return True
    return body_by_head(index, subject) is not None  # "the inspectorate said"


def according_to(sentence: Sentence, index: ActorIndex) -> Token | None:
    """ "According to X, ...": X's token when X is an actor that is not a news outlet."""
    for token in sentence.span:
        if token.lower_ != "according":
            continue
        for prep in token.children:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                actor = index.token_actor.get(obj.i)
                if actor is not None and not is_outlet(actor.name):
                    return obj
                owner = source_inside(obj, index)
                if owner is not None:
                    return owner  # "according to the U.N. humanitarian office", "to a
                    # statement from the Omani foreign ministry"
                if obj.lower_ in {"him", "her"}:
                    return obj  # "According to him, it was among the largest operations"
    return None


def source_name(source: Token, index: ActorIndex) -> str | None:
    """The actor an "according to" source token stands for ("him": the last person named)."""
    actor = index.token_actor.get(source.i)
    return actor.name if actor is not None else last_person(index, source.doc, source.i)


def with_source(cue: Cue, source: Token | None, index: ActorIndex, by: list[str]) -> list[str]:
    """The actors of a cue whose sentence cites "according to X" (`source`, X's token, from
    `according_to`): X beside the doer ("South Sudan will pay ..., according to the African
    Union"), X alone when the subject names no party ("Customs posts will reopen first,
    according to Nigeria's Ministry of Foreign Affairs"); `by` unchanged for a quoted or named
    speaker and the "according to" claim."""
    if cue.speaker is not None or cue.token.lower_ == "according":
        return by
    name = source_name(source, index) if source is not None else None
    if source is None or name is None or source.i == cue.token.i or is_outlet(name):
        return by  # "according to Yonhap": an outlet is no party to what it reports
    subject = find_subject(cue.token)
    if (
        subject is not None
        and names_no_party(subject, index)
        and subject.root.lower_ not in _SPEAKING_NOUNS
    ):
        return [name]
    return list(dict.fromkeys([*by, name]))


# Source nouns that name a body's voice; unnamed "officials" or "sources" are no body's.
_SOURCE_NOUNS = {"office", "ministry", "statement", "spokesman", "spokeswoman", "spokesperson",
                 "report", "agency", "department", "mission", "figures", "data", "estimates",
                 "commission"}  # fmt: skip


def source_inside(obj: Token, index: ActorIndex) -> Token | None:
    """The actor token inside a source noun phrase: "the U.N. humanitarian office" (the UN), "a
    statement from the Omani foreign ministry" (Oman); None for other nouns."""
    if obj.lemma_.lower() not in _SOURCE_NOUNS and obj.lower_ not in _SOURCE_NOUNS:
        return None
    for token in obj.subtree:
        if token.i == obj.i or token.text == ",":
            continue
        actor = index.token_actor.get(token.i)
        if actor is not None and not is_outlet(actor.name):
            return token
    return None


def is_outlet(name: str) -> bool:
    """Whether an actor is a news outlet (its report is a source, not a stance): by the words of
    its name or as one of media.yaml's outlets ("CNN", "Yonhap")."""
    return (
        any(word in name.split() for word in ("News", "Agency", "Times", "Post", "Press"))
        or name.removeprefix("the ") in load_media_words()["outlets"]
    )


def stance_of(sentence: Sentence, verb: Token) -> Stance:
    """The stance the claim's words express, `other` when none does."""
    return stance_in(list(sentence.span), verb)


def stance_in(tokens: list[Token], verb: Token) -> Stance:
    """The stance the words of `tokens` express for a claim reported by `verb`."""
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if verb.lemma_.lower() in {"deny", "dismiss", "accuse", "criticise", "criticize"}:
        return "condemn"
    for stance, words in _STANCE_WORDS.items():  # in order: condemn, concern, welcome, support
        if lemmas & words:
            return stance
    if lemmas & {"monitor", "follow", "watch"} and lemmas & {"situation", "developments"}:
        return "concern"  # "it was following the situation closely": vigilance
    return "other"


def claim_phrase(sentence: Sentence, verb: Token) -> str:
    """What the speaker claimed: the reported clause, else the sentence without attribution."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None and clause.i > verb.i:
        start = clause.left_edge.i
        while start < clause.i and clause.doc[start].lower_ in {"that", ","}:
            start += 1
        return clip_words(clause.doc[start : clause.right_edge.i + 1].text.strip(' "\u201c\u201d,'))
    text = sentence.text.strip().strip('"\u201c\u201d')
    return clip_words(text.rstrip(".").strip(' "\u201c\u201d,'))


_FIRST_PERSON = {"i", "we", "us", "our"}

_REPORTED_COMMITMENTS = frozenset(_LEXICON["reported_commitments"])
# Future auxiliaries: inside a quotation only these (or a commitment verb) make a plan.
_FUTURE = {"will", "would", "shall", "\u2019ll", "'ll", "going"}


# States a measure leaves behind: '"The embassy is closed today"' announces the measure.
_MEASURE_STATES = {"closed", "shut", "suspended", "banned", "halted", "cancelled", "canceled"}


def is_quoted(cue: Cue, sentence: Sentence, quoted: bool) -> bool:
    """Whether the cue lies inside a quotation: the whole sentence does (`quoted`), or the cue
    follows an opening quotation mark of the sentence."""
    return quoted or quotation_at(sentence.text, cue.token.idx - sentence.start) is not None


def is_quoted_description(cue: Cue, commitments: frozenset[str]) -> bool:
    """ "We are just finalizing the last step", "we are prepared to run this election": a speaker
    describing the present inside a quotation states a position; a plan there needs a future
    ("we will ...") or a commitment verb ("we agreed to ...")."""
    if cue.section != "next_step" or cue.token.pos_ not in {"VERB", "ADJ", "AUX"}:
        return False
    verb = cue.token
    if verb.lower_ in _MEASURE_STATES:
        return False  # '"The embassy is closed today"': a measure in force, not a description
    committed = commitments | _REPORTED_COMMITMENTS | {"stand", "offer"}
    if verb.lemma_.lower() in committed and verb.tag_ != "VBG":
        return False  # "we stand ready to help", "we offered to mediate": offers are plans
    if any(
        c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
        for c in verb.children
    ):
        return False  # "to destroy X if the enemy does not stop": a threat, not the present
    chain = [verb, *verb.ancestors][:3]
    return not any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for t in chain for c in t.children
    ) and not any(t.lower_ in _FUTURE for t in chain)


def is_prediction(cue: Cue, index: ActorIndex, sentence: Sentence, quoted: bool) -> bool:
    """A quoted "will" about someone else ("the Kurds will now align with Assad") is the speaker's
    forecast, not a plan: a plan binds its subject, and the subject here is not the speaker.

    `quoted`: the whole sentence lies inside a quotation; else the cue must follow an opening
    quotation mark of the sentence.
    """
    if cue.section != "next_step" or cue.token.pos_ != "VERB" or cue.token.dep_ == "relcl":
        return False  # "projects that will be carried out": the relative clause is the plan
    if not is_quoted(cue, sentence, quoted):
        return False
    if not any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "\u2019ll", "'ll"}
        for c in cue.token.children
    ):
        return False
    subject = find_subject(cue.token)
    if subject is None:
        return False
    if is_held_event(cue.token):
        return False  # "The referendum would go ahead whatever the court decided": a plan
    words = {t.lower_ for t in subject}
    return not words & _FIRST_PERSON and not any(
        (actor := index.token_actor.get(t.i)) is not None and actor.kind != "group" for t in subject
    )  # a named state or person "will": its plan, reported; an unnamed group's: a forecast


_HOLDING_VERBS = frozenset(_LEXICON["holding_verbs"])
HOLDING_VERBS = _HOLDING_VERBS  # also read by statements.py (the opposition as a group)


def is_narrated_noun(cue: Cue, sentence: Sentence, spoken: bool) -> bool:
    """ "Despite these concerns, donors agreed ...", "leaders met to discuss new threats": a
    concern or support noun the narrator uses, held by no one, is not a position. A stance noun
    is someone's when a verb of holding governs it ("expressed concern") or someone speaks
    (`spoken`: the sentence is quoted or has a reporting verb)."""
    token = cue.token
    if cue.section != "position" or token.pos_ != "NOUN":
        return False
    if spoken or is_quoted(cue, sentence, False):
        return False
    if token.lemma_.lower() == "goal":  # "X has long been a goal of both blocs": background
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if cue.stance not in {"concern", "support"}:
        return False
    head = token.head
    while head.dep_ in {"prep", "pobj", "conj", "amod", "compound"} and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() not in _HOLDING_VERBS
