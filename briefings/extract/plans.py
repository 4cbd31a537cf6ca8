"""Next-step cues -> Cues: commitments, plans, agreements and "will" statements, with their time."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefings.extract.cue import Cue
from briefings.extract.gazetteer import load_cues, load_gazetteer
from briefings.extract.phrases import (
    action_phrase,
    clip_words,
    is_to_infinitive,
    phrase_of,
    verb_phrase,
)

_DESCRIPTIVE_ANNOUNCE = {"ccomp"}
_ACCEPTED_OFFERS = {"invitation", "offer", "proposal"}


def when_of(token: Token) -> str | None:
    """The text's own time expression inside the clause of `token`. One before the clause's
    subject gives way to one after it: "said on Wednesday they would recognise X on May 28"
    hangs both dates on "recognise", and only the second is the plan's."""
    gazetteer = load_gazetteer()
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if token.dep_ != "ccomp":
        subject = None  # only a reported clause takes its reporting verb's date by mistake
    found: list[str] = []
    for t in token.subtree:
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
            ent = entity_from(t)
            if gazetteer.find(ent.text) is not None:
                continue  # "soldiers in Niger": a country the model mistook for a date
            head = t.doc[ent.start].head if ent.root.dep_ == "pobj" else None
            if head is not None and head.dep_ == "prep" and head.i == ent.start - 1:
                text = t.doc[head.i : ent.end].text
            else:
                text = ent.text
            if subject is None or ent.start > subject.i or token.i < subject.i:
                return text
            found.append(text)  # before the subject: kept only if no other date follows
    return found[0] if found else None


def entity_from(first: Token) -> Span:
    """The entity whose first token is `first`, read off the tokens: `doc.ents` builds every
    entity of the document on each access, which made a long text's plans quadratic."""
    doc = first.doc
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first.i : end]


def plan_phrase(text: str) -> str:
    """A plan as a phrase: "to establish X" -> "establish X"."""
    return text.removeprefix("to ").strip()


def starts_listed_item(t: Token) -> bool:
    """Whether a verb opens a later infinitive of a listed series (", to halt Y")."""
    doc = t.doc
    return (
        t.pos_ == "VERB"
        and t.dep_ in {"conj", "advcl"}
        and any(c.dep_ == "aux" and c.lower_ in {"to", "would", "will"} for c in t.children)
        and t.left_edge.i > 0
        and preceding_word(doc, t.left_edge.i) in {",", "and", "or", ";"}
    )


def preceding_word(doc: Doc, i: int) -> str:
    """The token before position `i`, quotation marks skipped ('to "neutralise"')."""
    j = i - 1
    while j > 0 and doc[j].text in {'"', "\u201c", "\u201d"}:
        j -= 1
    return doc[j].lower_


def listed_infinitives(first: Token) -> list[tuple[Token, str]]:
    """ "agreed to not build X, to halt Y, to not install Z, and to disable W": each infinitive
    of a listed series with its own text (the parser chains them as advcl and conj)."""
    doc = first.doc

    later = [t for t in first.subtree if t.i > first.i and starts_listed_item(t)]
    if not any(t.dep_ == "conj" for t in later):
        return []
    items = [first, *later]
    starts = [t.left_edge.i for t in items]
    ends = [*(s - 1 for s in starts[1:]), first.right_edge.i + 1]
    found: list[tuple[Token, str]] = []
    for item, start, end in zip(items, starts, ends, strict=True):
        text = doc[start:end].text.strip().rstrip(",;").removesuffix(" and").removesuffix(" or")
        found.append((item, text.rstrip(" ,;").removeprefix("to ")))
    return found


def next_steps(token: Token, obj: Token | None) -> list[Cue]:
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
        found: list[Cue] = []
        for start, end in zip(starts, ends, strict=True):
            words = doc[start:end].text.rstrip(" ,").removesuffix(" and").rstrip(" ,")
            found.append(Cue("next_step", doc[start], what=clip_words(words), when=when_of(token)))
        return found
    listed = listed_infinitives(obj) if obj is not None and obj.dep_ == "xcomp" else []
    if listed:
        return [
            Cue("next_step", item, what=plan_phrase(clip_words(text)), when=when_of(token))
            for item, text in listed
        ]
    if (
        obj is not None
        and obj.pos_ in {"NOUN", "PROPN"}
        and (obj.dep_ == "dobj" or (obj.dep_ == "pobj" and obj.head.lower_ in {"to", "on"}))
    ):
        what = action_phrase(token, obj)  # "imposed asset freezes on X", not "asset freezes"
    else:
        what = phrase_of(obj) if obj is not None else verb_phrase(token)
    return [
        Cue("next_step", token, what=plan_phrase(what), when=when_of(token)),
        *coordinated_plans(obj),
        *conjoined_infinitives(token),
    ]


_COMMITTING = {"agree", "pledge", "commit", "decide", "resolve", "vow", "promise", "undertake",
               "plan", "intend"}  # fmt: skip


def conjoined_infinitives(token: Token) -> list[Cue]:
    """ "agreed to a ceasefire and to exchange 300 prisoners": the infinitive coordinated with
    the commitment's own object is a second plan of the same parties."""
    if token.lemma_.lower() not in _COMMITTING:
        return []  # "announced X to deepen A, and to explore B": a purpose, not a second plan
    return [
        Cue("next_step", conj, what=plan_phrase(phrase_of(conj)), when=when_of(conj))
        for conj in token.children
        if conj.dep_ == "conj"
        and conj.pos_ == "VERB"
        and conj.tag_ == "VB"
        and is_to_infinitive(conj)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
    ]


def coordinated_plans(obj: Token | None) -> list[Cue]:
    """ "announced plans to A, as well as plans to B": the second plan is a next step too."""
    if obj is None or obj.pos_ != "NOUN":
        return []
    plan_nouns = load_cues()["plan_nouns"]
    return [
        Cue("next_step", conj, what=plan_phrase(phrase_of(conj)), when=when_of(conj))
        for conj in obj.children
        if conj.dep_ == "conj"
        and conj.lemma_.lower() in plan_nouns | {"plans"}
        and any(c.dep_ == "acl" for c in conj.children)
    ]


def is_modal_perfect(verb: Token) -> bool:
    """ "could have expected", "would have signed": a past that did not or need not happen."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "have" in auxes and bool(auxes & {"could", "would", "might", "should", "may", "must"})


def expects_to_act(verb: Token) -> bool:
    """ "The agency said it expected to raise the hull by June": a party that expects to do
    something plans it (not "analysts expect growth", nor "expected China to retaliate")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and (subject.lower_ in {"it", "he", "she", "they", "we"} or subject.pos_ == "PROPN")
        and any(c.dep_ == "xcomp" and is_to_infinitive(c) for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def read_next_verb(token: Token, lemma: str, obj: Token | None) -> list[Cue]:
    """Agree, pledge, plan, launch, sign, announce ... as next steps."""
    if is_modal_perfect(token):
        return []  # "more than anyone could have expected", "would have agreed": no plan
    if lemma == "announce":
        if obj is None or obj.dep_ in _DESCRIPTIVE_ANNOUNCE:
            xcomp = [c for c in token.children if c.dep_ == "xcomp"]
            if not xcomp:
                return []
            obj = xcomp[0]
        return next_steps(token, obj)
    if lemma == "expel":  # "expelled two of the other's diplomats on Monday": a measure taken
        return [Cue("next_step", token, what=plan_phrase(verb_phrase(token)), when=when_of(token))]
    if lemma == "accept" and (obj is None or obj.lemma_.lower() not in _ACCEPTED_OFFERS):
        return []  # "accepted the results" is no plan; "accepted an invitation to visit" is
    if lemma == "suspend" and (
        obj is None
        or obj.ent_type_ not in {"GPE", "ORG"}
        or any(c.dep_ == "auxpass" for c in token.children)
    ):
        return []  # only a member suspended by a body ("the AU suspended Guinea") is a measure
    if lemma in {"expect", "propose", "schedule"} and token.tag_ != "VBN":
        if not (lemma == "expect" and expects_to_act(token)):
            return []
        obj = next(c for c in token.children if c.dep_ == "xcomp")  # "it expected to raise X"
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    if obj is not None and obj.dep_ == "pobj" and passive:  # "X and Y are proposed in Z": X and Y
        doc = token.doc
        what = clip_words(doc[passive[0].left_edge.i : passive[-1].right_edge.i + 1].text)
        return [Cue("next_step", token, what=plan_phrase(what), when=when_of(token))]
    if obj is not None and obj.pos_ == "PRON" and obj.dep_ == "dobj":
        return []  # "approved it in July": the plan is named elsewhere
    if lemma == "plan" and token.dep_ == "xcomp":
        return []
    if lemma in {"adopt", "approve"} and any(c.dep_ == "auxpass" for c in token.children):
        return []  # "projects were approved": a result reported, not a party's decision
    if lemma in {"establish", "create"} and (
        any(c.dep_ == "auxpass" for c in token.children)
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    ):
        return []
    return next_steps(token, obj)


def read_commitment_noun(token: Token) -> Cue | None:
    """ "commitment to + verb" is a next step (None: the caller files it as support)."""
    for child in token.children:
        if child.dep_ in {"acl", "xcomp"} and is_to_infinitive(child):
            return Cue("next_step", token, what=plan_phrase(phrase_of(child)), when=when_of(child))
        if child.dep_ == "prep" and child.lower_ == "to":
            verbs = [c for c in child.children if c.pos_ == "VERB"]
            if verbs:
                return Cue("next_step", token, what=phrase_of(verbs[0]))
    return None


# Verbs that set out plans in their object: "outlined four areas where NATO would help".
_SETTING_OUT = {"outline", "unveil", "detail", "announce", "present", "set", "list", "identify"}


def reported_future(
    aux: Token, speech_verbs: frozenset[str], descriptive: frozenset[str]
) -> Cue | None:
    """ "She said the council would review X": a plan reported in the past."""
    verb = aux.head
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said X remains open and that talks would resume"
    if verb.dep_ == "conj" and clause.dep_ == "ccomp" and not is_speech(clause.head, speech_verbs):
        clause = clause.head  # "said Canada would not allow X to become Y and would share Z":
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # the second modal hung on the clause inside the first
    speaker = clause.head
    if clause.dep_ == "relcl" and clause.head.dep_ == "dobj":
        speaker = clause.head.head  # "outlined four areas where the alliance would provide X"
        if speaker.lemma_.lower() not in _SETTING_OUT:
            return None
    elif (
        clause.dep_ == "ROOT"
        and is_held_event(clause)
        and (
            inserted := next(
                (
                    c
                    for c in clause.children
                    if c.dep_ == "parataxis" and c.lemma_.lower() in speech_verbs
                ),
                None,
            )
        )
    ):
        speaker = inserted  # "The referendum, Rangel added, would go ahead": his report
    elif clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech_verbs:
        return None
    if verb.lemma_.lower() in descriptive and not is_kept_in_place(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if is_consequence(verb):
        return None  # "said the aid would only prolong the war": a claim, not a plan
    if is_open_question(verb):
        return None  # "did not say whether it would invite X": an open question
    start = aux.i
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ == "conj" and own is not None and own.pos_ == "NOUN":
        start = own.left_edge.i  # "... and a decision to reopen would be made on Monday"
    return Cue(
        "next_step",
        verb,
        what=clip_words(verb.doc[start : own_clause_end(verb)].text.rstrip(" ,")),
        when=when_of(verb),
        speaker=speaker,
        also_by=verb,  # "the statement said Turkey would be moving into Syria": Turkey's plan
    )


# Events a party holds or runs: "The referendum would go ahead", "the talks would resume".
_HELD_EVENTS = {"referendum", "vote", "election", "elections", "drill", "drills", "exercise",
                "exercises", "talks", "meeting", "summit", "session", "operation", "mission",
                "ceremony", "visit", "conference", "hearing", "hearings", "plan",
                "programme"}  # fmt: skip


def is_held_event(verb: Token) -> bool:
    """Whether the verb's subject is an event someone holds ("The referendum ... would go
    ahead"), whose future is that party's plan rather than a forecast."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (c.lemma_.lower() in _HELD_EVENTS or c.lower_ in _HELD_EVENTS)  # "talks" -> "talk"
        for c in verb.children
    )


# Measures, missions and posts a party keeps as they are: "its consulates would remain open".
_KEPT = {"closure", "ban", "sanctions", "embargo", "consulate", "consulates", "embassy",
         "embassies", "force", "forces", "troops", "mission", "border", "crossing", "crossings",
         "curfew", "restrictions", "measures", "office", "offices", "airport",
         "airspace", "suspension", "halt", "freeze", "moratorium", "blockade", "tariffs",
         "tariff", "surcharge", "controls", "veto"}  # fmt: skip


def is_kept_in_place(verb: Token) -> bool:
    """ "the stabilisation force would remain in the country", "the closure would remain in
    force": a measure or post kept, the keeper's step (a plain "would remain calm" is none);
    "would have to halve rations unless ...": what the party is bound to do."""
    if verb.lemma_.lower() == "have" and any(
        c.dep_ == "xcomp" and is_to_infinitive(c) for c in verb.children
    ):
        return True
    return verb.lemma_.lower() == "remain" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in _KEPT or c.lower_ in _KEPT)
        for c in verb.children
    )


def is_speech(token: Token, speech_verbs: frozenset[str]) -> bool:
    """Whether a token is a verb of saying ("said", "told")."""
    return token.lemma_.lower() in speech_verbs


# What a thing would do, forecast rather than planned ("the aid would only prolong the war").
_CONSEQUENCES = {"harden", "inflame", "prolong", "worsen", "harm", "hurt", "undermine", "damage",
                 "destabilise",
                 "destabilize", "jeopardise", "jeopardize", "fuel", "escalate", "deepen",
                 "complicate", "fail", "collapse", "backfire", "endanger", "weaken", "embolden",
                 "threaten", "doom", "derail", "exacerbate", "aggravate"}  # fmt: skip


def is_consequence(verb: Token, things: frozenset[str] = frozenset({"this", "that"})) -> bool:
    """Whether a future is what a thing would cause, not what a party will do ("the aid would
    only prolong the war"); `things`: pronouns that stand for a thing here."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        verb.lemma_.lower() in _CONSEQUENCES
        and subject is not None
        and (subject.pos_ == "NOUN" or subject.lower_ in things)
    )  # "said it would weaken X": "it" may be the party itself


def is_open_question(verb: Token) -> bool:
    """ "has not said whether it will attend", "it is unknown who will replace him": a future
    asked about, not planned (a relative "who will" is: "the envoy, who will travel to X")."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return True
    return verb.dep_ in {"ccomp", "csubj"} and any(
        (c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.tag_ in {"WP", "WDT"})
        or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i)  # "did not say how"
        for c in verb.children
    )


def own_clause_end(verb: Token) -> int:
    """Where the clause of `verb` ends before a coordinated clause with its own modal: "would
    attack X and would respond Y" holds two plans."""
    later = [
        c.left_edge.i
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ in _MODALS for a in c.children)
    ]
    if not later:
        return verb.right_edge.i + 1
    end = min(later)
    while end > verb.i + 1 and verb.doc[end - 1].dep_ in {"cc", "punct"}:
        end -= 1
    return end


_MODALS = {"will", "would", "shall", "\u2019ll", "'ll"}


def is_mechanics(verb: Token, phrases: frozenset[str]) -> bool:
    """ "will enter into force once ...": how a text takes effect, not a party's plan."""
    doc = verb.doc
    words = [verb.lemma_.lower(), *(t.lower_ for t in doc[verb.i + 1 : verb.i + 3])]
    return any(" ".join(words[: len(p.split())]) == p for p in phrases)


_BARE_YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$", re.I)


def latest_year(doc: Doc) -> int | None:
    """The latest four-digit year the article dates a past act or the page to (its own time,
    roughly; "will meet again in 2011" is a plan, not the article's year)."""
    years = [
        int(y)
        for ent in doc.ents
        if ent.label_ == "DATE" and not _in_future(ent.root)
        for y in re.findall(r"\b(?:19|20)\d\d\b", ent.text)
    ]
    return max(years) if years else None


def _in_future(token: Token) -> bool:
    """Whether the token hangs on a verb with "will", "would", "shall" or an infinitive."""
    for verb in [token, *token.ancestors][:4]:
        if verb.pos_ in {"VERB", "AUX"}:
            return any(
                c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "to", "\u2019ll", "'ll"}
                for c in verb.children
            )
    return False


# People whose forecast is no one's plan: "The talks are likely to fail, analysts said".
_FORECASTERS = {"analyst", "analysts", "expert", "experts", "observer", "observers",
                "commentator", "commentators", "scholar", "scholars", "academic", "academics",
                "critic", "critics", "economist", "economists", "pundit", "pundits"}  # fmt: skip


def is_forecast(verb: Token) -> bool:
    """Whether a future is what commentators expect, not what a party plans: the nearest
    verb of saying or expecting above it has analysts or experts as its subject."""
    for above in [verb, *verb.ancestors][:6]:
        subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _FORECASTERS:
            return True
    return False


_PAST_PERIOD = re.compile(
    r"(?:last|previous) (?:year|month|decade|spring|summer|autumn|fall|winter)"
    r"|\w+ (?:years|decades) ago"
)


def is_background(verb: Token, latest: int | None) -> bool:
    """ "In 2015, Saudi Arabia started supporting X", "the government was established in 2003":
    a past act dated to an earlier year than the article's own is background, not a next step."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "to", "shall"} for c in verb.children):
        return False
    dated = [*verb.children, *(g for c in verb.children if c.dep_ == "xcomp" for g in c.children)]
    for child in dated:  # "began attacking ships in November 2023": the date on the xcomp
        if child.dep_ not in {"prep", "npadvmod"}:
            continue
        words = child.doc[child.i : child.right_edge.i + 1].text
        if child.dep_ == "npadvmod" and _PAST_PERIOD.fullmatch(words.strip().lower()):
            return True  # "the compact signed last year": an earlier act, not this event's
        if latest is None:
            continue
        match = _BARE_YEAR.match(words.strip()) or _MONTH_YEAR.match(words.strip())
        if match and int(match.group(1)) < latest:
            return True  # "in 2015", "in November 2023"
    return False


_MONTH_YEAR = re.compile(
    r"^(?:in|since|from)\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+\.?\s+((?:19|20)\d\d)$"
)


# Predicates whose subject, a plan or measure, is thereby going ahead: "these plans aim to
# allow reinforcements to ...", "sanctions being prepared are likely to go ahead".
_PLAN_PREDICATES = {"aim", "seek", "likely", "set", "due", "poised"}
# Of these, the ones that make a plan of what any named party is to do ("diplomats are due to
# meet", "the government was set to celebrate"); the others want a plan as their subject.
_PARTY_PREDICATES = {"due", "set"}
_MEASURE_NOUNS = {"sanction", "sanctions", "measure", "measures", "ban", "restrictions"}


def read_plan_subject(token: Token) -> Cue | None:
    """A plan or measure as the subject of "aim to", "is likely to", "is due to": a next step."""
    if token.lemma_.lower() not in _PLAN_PREDICATES:
        return None
    clause = token.head if token.dep_ == "acomp" else token
    subject = plan_subject(token, clause)
    if subject is None:
        return None
    nouns = load_cues()["plan_nouns"] | {"plans"} | _MEASURE_NOUNS
    due = token.lower_ in _PARTY_PREDICATES and (
        subject.pos_ in {"NOUN", "PROPN"} or (subject.dep_ == "nsubj" and subject.pos_ == "VERB")
    )  # "Work on the road is due to start in July": the tagger may call "Work" a verb
    if subject.lemma_.lower() not in nouns and subject.lower_ not in nouns and not due:
        return None
    wanted = next(
        (c for c in token.children if c.dep_ == "xcomp" and is_to_infinitive(c)),
        None,
    )
    if wanted is None or any(c.dep_ == "neg" for c in [*clause.children, *token.children]):
        return None
    doc = token.doc
    start = subject.i if token.dep_ == "amod" else subject.left_edge.i
    if token.dep_ == "amod":
        start = min([start, *(c.i for c in subject.children if c.i < subject.i)])
    what = clip_words(doc[start : wanted.right_edge.i + 1].text)
    cue = Cue("next_step", token, what=plan_phrase(what), when=when_of(wanted))
    if token.dep_ == "amod" or clause.dep_ == "relcl":  # the plan's parties: "agreed to form"
        cue.also_by = next((a for a in subject.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return cue


def plan_subject(token: Token, clause: Token) -> Token | None:
    """What is due: the subject of "is due to", the antecedent of "which is due to", the noun
    "due to" qualifies ("with the first flights due to leave on July 15")."""
    if token.dep_ == "amod" and token.lower_ in _PARTY_PREDICATES:
        return token.head if token.head.pos_ in {"NOUN", "PROPN"} else None
    subject = next(
        (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None
    )  # the parser may call "Work" a clause
    if (
        subject is not None
        and subject.lower_ in {"which", "that"}
        and clause.dep_ == "relcl"
        and clause.head.pos_ in {"NOUN", "PROPN"}
    ):
        return clause.head  # "a joint team, which is due to report back by January 15"
    return subject
