"""Who says it: subjects of statement cues -> actor names, resolving pronouns and collectives."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefings.extract.actors import ActorIndex, ActorRecord
from briefings.extract.cue import Cue
from briefings.extract.evidence import Sentence

# Subject heads that stand for the parties of the article rather than name anyone.
_COLLECTIVE = {
    "nations",
    "countries",
    "sides",
    "parties",
    "ministers",
    "governments",
    "leaders",
    "statement",
    "we",
    "they",
    "it",
    "both",
    "delegations",
    "counterparts",
    "secretary",
    "allies",
    "partners",
    "members",
    "ministry",
    "government",
    "officials",
    "communiqué",
    "declaration",
    "participants",
    "states",
    "he",
    "she",
    "representatives",
}
_AUTHOR_PRONOUNS = {"we", "us", "our"}
# "the two leaders", "both sides", "the three ministers": a counted group of the actors the
# text last named together, of the kind the noun names (None: any kind).
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_COUNTED_NOUNS: dict[str, str | None] = {
    "leaders": "person",
    "presidents": "person",
    "ministers": "person",
    "sides": None,
    "parties": None,
    "delegations": None,
    "countries": "country",
    "nations": "country",
    "governments": "country",
}
# Common nouns that stand for an organisation named before ("the bloc", "the council").
_BODY_WORDS = {
    "bloc", "body", "council", "organisation", "organization", "alliance", "commission", "agency",
    "committee", "mission", "union", "court",
}  # fmt: skip
# "We are concerned by X": X is what moves the speaker, not the agent of a passive.
_EMOTIONS = {
    "concern",
    "concerned",
    "worry",
    "worried",
    "alarm",
    "alarmed",
    "trouble",
    "troubled",
    "disappoint",
    "disappointed",
    "dismay",
    "dismayed",
    "encourage",
    "encouraged",
    "hearten",
    "heartened",
    "shock",
    "shocked",
    "sadden",
    "saddened",
    "appall",
    "appalled",
}
# Verbs that report speech or opinion (the parser hangs a second one on the quoted clause).
_SPEECH_VERBS = {
    "say", "tell", "state", "argue", "add", "warn", "claim", "insist", "note", "stress",
    "call", "urge", "ask", "appeal", "demand",
}  # fmt: skip
# Parts of a subject that describe it rather than name who acts ("The resolution, drafted by X").
_DESCRIPTIVE_DEPS = {"acl", "relcl", "appos"}


def is_owned_statement(subject: Span) -> bool:
    """ "Their demands", "its proposal": a demand noun owned by a pronoun."""
    root = subject.root
    return root.lemma_.lower() in {"demand", "request", "call", "proposal"} and any(
        c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in root.children
    )


def find_subject(token: Token) -> Span | None:
    """The subject (or passive agent) of the clause holding `token`."""
    current = token
    if current.pos_ in {"NOUN", "PROPN", "ADJ"} and current.dep_ not in {"ROOT", "conj"}:
        while current.dep_ not in {"ROOT"} and current.pos_ not in {"VERB", "AUX"}:
            current = current.head
    for _ in range(8):
        for child in current.children:
            if child.dep_ == "agent" and current.lemma_.lower() not in _EMOTIONS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return subtree_span(objects[0])
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if len(subjects) > 1:  # "PARAMARIBO — Suriname's government accused": the dateline
            subjects = [c for c in subjects if not c.text.isupper()] or subjects  # is no subject
        if subjects:
            return subtree_span(subjects[0])
        for aux in current.children:  # "The US | has been encouraging": hung on the auxiliary
            if aux.dep_ in {"aux", "auxpass"} and aux.i < current.i:
                for child in aux.children:
                    if child.dep_ in {"nsubj", "nsubjpass"}:
                        return subtree_span(child)
        if current.dep_ == "conj" and is_reporting_conjunct(current):
            current = current.head.head  # "X said A "..." and argued B": X argued
            continue
        if (
            current.dep_
            in {
                "conj",
                "xcomp",
                "advcl",
                "acomp",
                "pcomp",
                "prep",
                "pobj",
                "dobj",
                "ccomp",
                "amod",
                "acl",
            }
            and current.head.i != current.i
        ):
            current = current.head
            continue
        break
    return None


_BACK_PRONOUNS = {"they", "it", "he", "she", "we"}


def reporting_subject(subject: Span) -> Token | None:
    """The reporting verb whose own subject a pronoun subject refers to: in "X said it was
    concerned" or "X said they supported Y", "it"/"they" is X (the verb of saying is returned
    when its subject is a noun or a name, not another pronoun)."""
    if len(subject) != 1 or subject.root.lower_ not in _BACK_PRONOUNS:
        return None
    clause = subject.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it was concerned and would meet"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH_VERBS:
        return None
    verb = clause.head
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON":
        return None
    return verb


def is_reporting_conjunct(verb: Token) -> bool:
    """ "said the resolution "ignores X" and argued": the parser hung "argued" on the quoted
    clause; it is coordinated with "said" when both are verbs of saying and a closing quote or
    a change of tense separates it from the clause."""
    speech = _SPEECH_VERBS
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
        return False
    if verb.lemma_.lower() not in speech:
        return False
    between = verb.doc[clause.i : verb.i].text
    return any(q in between for q in ('"', "\u201d")) or clause.tag_ != verb.tag_


def drop_members(subject: Span, tokens: list[Token], index: ActorIndex) -> list[Token]:
    """ "We, the G7 Foreign Ministers of Canada, France ...": the collective speaks, not each
    member; countries listed after "of" in a collective actor's phrase are left out."""
    drop: set[int] = set()
    for token in tokens:
        actor = index.token_actor.get(token.i)
        if actor is None or actor.kind not in {"organization", "group"}:
            continue
        head = token
        while head.dep_ in {"compound", "amod", "nmod"} and head.head.i != head.i:
            head = head.head
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for member in prep.subtree:
                    listed = index.token_actor.get(member.i)
                    if listed is not None and listed.kind == "country":
                        drop.add(member.i)
    return [t for t in tokens if t.i not in drop]


def subtree_span(token: Token) -> Span:
    """The span covering `token` and everything it governs."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def find_parties(doc: Doc, sentences: list[Sentence], index: ActorIndex) -> list[str]:
    """The article's principal actors: who "We, the X" says it is, else the actors named in the
    first sentence that names a subject actor."""
    speakers = self_named(sentences, index)
    if speakers:
        return speakers
    for sentence in sentences:
        root = sentence.span.root
        subject = find_subject(root)
        names: list[str] = []
        if subject is not None:
            names = SubjectResolver(index, []).actors_on(
                drop_members(subject, list(subject), index)
            )
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                names += [
                    n for n in index.actors_in(child.i, child.right_edge.i + 1) if n not in names
                ]
        if names:
            return list(dict.fromkeys(affiliation_or_self(name, index) for name in names))
    return []


def self_named(sentences: list[Sentence], index: ActorIndex) -> list[str]:
    """The actors of the first "We, the G7 Foreign Ministers, ..." apposition, members left out."""
    for sentence in sentences:
        for token in sentence.span:
            if token.lower_ != "we" or token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for appos in (c for c in token.children if c.dep_ == "appos"):
                names = SubjectResolver(index, []).actors_on(
                    drop_members(subtree_span(appos), list(appos.subtree), index)
                )
                if names:
                    return list(dict.fromkeys(affiliation_or_self(n, index) for n in names))
    return []


def affiliation_or_self(name: str, index: ActorIndex) -> str:
    """A person's country or organisation when known, else the name itself."""
    actor = index.find(name)
    if (
        actor is not None
        and actor.kind == "person"
        and actor.affiliation
        and index.find(actor.affiliation) is not None
    ):
        return actor.affiliation
    return name


class SubjectResolver:
    """Resolves the speaker of each statement, remembering the last one for pronouns."""

    def __init__(self, index: ActorIndex, parties: list[str]) -> None:
        self.index = index
        self.parties = parties
        self.context: list[str] = list(parties)
        # Who speaks the quotation the current sentence lies in, when it does.
        self.quoted: list[str] | None = None
        # Who spoke last: in reporting, an unattributed sentence after a speaker is still theirs.
        self.speaker: list[str] = []

    def authors(self) -> list[str]:
        """Who states what the text asserts itself: the quoted speaker, else the parties."""
        return list(self.quoted or self.speaker or self.parties or self.context)

    def resolve(self, token: Token) -> list[str]:
        """Actor names that say or do what `token` expresses."""
        subject = find_subject(token)
        if subject is None:
            return self.authors()
        reporter = reporting_subject(subject)
        if reporter is not None and (names := self.resolve(reporter)):
            return names  # "Japan and Australia said they were concerned": Japan and Australia
        if subject.root.lower_ in {"he", "she"} and len(subject) == 1:
            person = self.last_person(subject.doc, subject.root.i)
            if person is not None:
                self.context = [person]
                return [person]
        named = self.named_in_apposition(subject)
        if named:
            self.context = named
            return named
        core = drop_members(subject, core_tokens(subject), self.index)
        # "Philip Hammond, UK Foreign Secretary, said": the speaker, and the government the
        # title says he speaks for.
        collective = any(t.lower_ in _COLLECTIVE for t in subject)
        names = []
        for name in self.actors_on(core):
            actor = self.index.find(name)
            if collective and actor is not None and actor.kind == "person":
                names.append(affiliation_or_self(name, self.index))
            names.append(name)
        names = drop_title_words(list(dict.fromkeys(names)), subject, self.index)
        if names:
            self.context = names
            return names
        group = self.counted_group(subject)
        if group and set(group) == set(self.parties):
            group = list(self.parties)  # the parties themselves, in the order they came in
        if group:  # "the two ministers": each with the government they speak for, as above
            group = list(
                dict.fromkeys(n for g in group for n in (affiliation_or_self(g, self.index), g))
            )
            self.context = group
            return group
        holder = self.title_holder(subject) or self.earlier_title(subject)
        if holder is not None:
            self.context = [holder]
            return [holder]
        words = {t.lower_ for t in subject}
        if words & _AUTHOR_PRONOUNS:
            return self.authors()
        if self.quoted:
            return list(self.quoted)
        if is_owned_statement(subject):  # "their demands included ...": the last speaker's,
            return list(self.speaker)  # none in this paragraph: no one's rather than a guess
        if subject.root.lower_ in {"they", "it", "he", "she", "statement"}:
            return list(self.context or self.parties)
        body = self.body_named(subject)
        if body is not None:
            self.context = [body]
            return [body]
        return list(self.parties or self.context)

    def counted_group(self, subject: Span) -> list[str]:
        """ "the two leaders" after "Olmert and Abbas": the last coordination of as many actors
        of the noun's kind before the subject (none found: [] and the caller goes on)."""
        root = subject.root
        if root.lower_ not in _COUNTED_NOUNS:
            return []
        kind = _COUNTED_NOUNS[root.lower_]
        count = next((_COUNTS[c.lower_] for c in root.children if c.lower_ in _COUNTS), None)
        if count is None:
            return []
        doc, known = subject.doc, self.index.token_actor
        for i in range(subject.start - 1, max(subject.start - 2000, 0) - 1, -1):
            actor = known.get(i)
            if actor is None or (kind is not None and actor.kind != kind) or not doc[i].conjuncts:
                continue
            members = [known.get(t.i) for t in (doc[i], *doc[i].conjuncts)]
            names = list(
                dict.fromkeys(
                    m.name for m in members if m is not None and (kind is None or m.kind == kind)
                )
            )
            if len(names) == count:
                return names
        return []

    def last_person(self, doc: Doc, before: int) -> str | None:
        """ "He said": the person named last before the pronoun (a speaker stays the speaker
        across sentences and paragraphs until another person is named)."""
        nearest: str | None = None
        doc_start = max(before - 400, 0)
        for i in range(before - 1, doc_start - 1, -1):
            actor = self.index.token_actor.get(i)
            if actor is None or actor.kind != "person":
                continue
            nearest = nearest or actor.name
            if is_in_subject(doc[i]):
                return actor.name  # the last person who spoke or acted, not one greeted
        return nearest

    def named_in_apposition(self, subject: Span) -> list[str]:
        """ "His Sudanese counterpart, Deng Alor", "one of these groups, the SDF": the subject's
        head names nobody, its apposition does."""
        root = subject.root
        if root.i in self.index.token_actor or root.pos_ == "PRON":
            return []
        for appos in (c for c in root.children if c.dep_ == "appos"):
            names = self.actors_on(list(appos.subtree))
            if names:
                return names[:1]
        return []

    def actors_on(self, tokens: list[Token]) -> list[str]:
        """Names of the actors the tokens mention, in order, without repeats."""
        names: list[str] = []
        for token in tokens:
            actor = self.index.token_actor.get(token.i)
            if actor is not None and actor.name not in names:
                names.append(actor.name)
        return names

    def body_named(self, subject: Span) -> str | None:
        """ "The West African bloc", "the council": the nearest organisation named before,
        one whose name has the word first ("the council" -> "Peace and Security Council")."""
        root = subject.root
        if root.lower_ == "government" and len(subject) == 2 and subject[0].lower_ == "the":
            countries = [a for a in self.index.actors if a.kind == "country"]
            if countries:  # "the government": the country the story is most about
                return max(countries, key=lambda a: len(a.sentences)).name
        if root.lemma_.lower() not in _BODY_WORDS or not any(t.lower_ == "the" for t in subject):
            return None
        named: list[str] = []
        for i in range(subject.start - 1, -1, -1):
            actor = self.index.token_actor.get(i)
            if actor is not None and actor.kind == "organization" and actor.name not in named:
                named.append(actor.name)
        same = [n for n in named if root.lower_ in n.lower()]
        choices = same or named
        return choices[0] if choices else None

    def earlier_title(self, subject: Span) -> str | None:
        """ "the spokesperson said" after "a spokesperson for the Guyana Defence Force": the body
        the title was given for."""
        root = subject.root
        if root.pos_ != "NOUN" or not any(t.lower_ == "the" for t in subject):
            return None
        doc = subject.doc
        for i in range(root.i - 1, max(root.i - 300, -1), -1):
            if doc[i].lower_ != root.lower_:
                continue
            for prep in doc[i].children:
                if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
                    names = self.actors_on(list(prep.subtree))
                    if names:
                        return names[0]
        return None

    def title_holder(self, subject: Span) -> str | None:
        """ "The Secretary" -> the one person the text gave that title, if exactly one."""
        root = subject.root
        if root.pos_ != "NOUN" and not (root.pos_ == "PROPN" and root.ent_type_ == ""):
            return None
        if not any(t.lower_ == "the" for t in subject) or len(subject) > 3:
            return None
        title = root.lower_
        holders = [
            a.name
            for a in self.index.actors
            if a.kind == "person" and a.role and title in a.role.lower().split()
        ]
        return holders[0] if len(holders) == 1 else None


def is_in_subject(token: Token) -> bool:
    """Whether a token is part of a clause's subject (climbing its noun phrase)."""
    current = token
    for _ in range(6):
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return False
        if current.dep_ not in {"compound", "appos", "conj", "flat", "amod", "poss"}:
            return False
        current = current.head
    return False


def core_tokens(subject: Span) -> list[Token]:
    """The subject without the clauses and appositions that describe it."""
    skipped: set[int] = set()
    for token in subject:
        if token.dep_ in _DESCRIPTIVE_DEPS and token.i != subject.root.i:
            skipped.update(t.i for t in token.subtree)
    return [t for t in subject if t.i not in skipped]


def drop_title_words(names: list[str], subject: Span, index: ActorIndex) -> list[str]:
    """ "US Ambassador to Germany Richard Grenell": Germany is part of his title, not a speaker.

    Countries and bodies named only before a person in the subject stay out unless they are the
    person's affiliation.
    """
    people = [
        t for t in subject if (a := index.token_actor.get(t.i)) is not None and a.kind == "person"
    ]
    if not people:
        return names
    person = index.token_actor[people[0].i]
    before = {  # "Ambassador to Germany": a place in the title, not a speaker
        a.name
        for t in subject
        if t.i < people[0].i
        and (a := index.token_actor.get(t.i)) is not None
        and after_preposition(t, a, index)
    }
    after = {
        a.name
        for t in subject
        if t.i > people[-1].i and (a := index.token_actor.get(t.i)) is not None
    }
    return [
        n for n in names if n not in before or n in after or n in {person.affiliation, person.name}
    ]


def is_outlet_report(cue: Cue, index: ActorIndex) -> bool:
    """ "Rudaw reports X has alleged ties to Y": an outlet's report of a fact, no stance."""
    if cue.section != "position":
        return False
    subject = find_subject(cue.token)
    if subject is not None and any(
        (a := index.token_actor.get(t.i)) is not None and a.kind != "person" for t in subject
    ):
        return False  # "Reuters reported that Germany condemned X": Germany's stance
    token = cue.token
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() == "report" and token.pos_ == "VERB":
            return any(
                c.dep_ == "nsubj"
                and (actor := index.token_actor.get(c.i)) is not None
                and actor.kind == "organization"
                for c in token.children
            )
    return False


def after_preposition(token: Token, actor: ActorRecord, index: ActorIndex) -> bool:
    """Whether the mention holding `token` follows "to", "in" or "for" ("Ambassador to X")."""
    start = token.i
    while start > 0 and index.token_actor.get(start - 1) is actor:
        start -= 1
    return start > 0 and token.doc[start - 1].lower_ in {"to", "in", "for"}
