"""Dependency-tree helpers for statements: negation, finiteness and short readable phrases."""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefings.extract.subjects import is_misread_finite, subtree_span

_FINITE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "relcl", "parataxis", "acomp"}
_MAX_WORDS = 22


def is_to_infinitive(token: Token) -> bool:
    """Whether a verb has its own "to" ("agreed | to exchange", "urged X | to free")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)


def is_negated(token: Token) -> bool:
    """Whether the cue is negated ("did not call for", "will not join")."""
    if any(child.dep_ == "neg" for child in token.children):
        return True
    if has_no_subject(token):
        return True
    return token.dep_ in {"xcomp", "acomp"} and any(c.dep_ == "neg" for c in token.head.children)


def has_no_subject(token: Token) -> bool:
    """ "Neither minister called for peacekeepers", "no UN member has recognised it": nobody did."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and any(d.dep_ == "det" and d.lower_ in {"neither", "no"} for d in c.children)
        for c in token.children
    )


def is_inverted_condition(modal: Token) -> bool:
    """ "Should the parties fail to ...": a condition, not a demand."""
    return modal.lower_ == "should" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i > modal.i for c in modal.head.children
    )


def is_finite(token: Token) -> bool:
    """A main or coordinated predicate, not a participle describing a noun."""
    if token.dep_ in _FINITE_DEPS or is_misread_finite(token):
        return True
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)


def clip_words(text: str) -> str:
    """Shorten a phrase to a readable length at a word boundary, its quote marks balanced."""
    text = " ".join(text.split()).strip(' ,;:.\u201c\u201d"')
    words = text.split()
    if len(words) <= _MAX_WORDS:
        return balance_quotes(text)
    cut = " ".join(words[:_MAX_WORDS])
    if "," in cut[len(cut) // 2 :]:
        cut = cut[: cut.rfind(",")]
    return balance_quotes(cut.rstrip(" ,;:")) + " …"


def balance_quotes(text: str) -> str:
    """Drop the quote marks and brackets a cut left alone: 'a “Korea-Canada dialogue'.

    A straight mark opens when it follows a space (or starts the text) and closes otherwise.
    """
    opened: list[int] = []
    unmatched: set[int] = set()
    for i, char in enumerate(text):
        if char not in '"\u201c\u201d':
            continue
        opens = char == "\u201c" or (char == '"' and (i == 0 or text[i - 1] in " (["))
        if opens:
            opened.append(i)
        elif opened:
            opened.pop()
        else:
            unmatched.add(i)
    unmatched.update(opened)
    for left, right in ("()", "[]"):
        depth: list[int] = []
        for i, char in enumerate(text):
            if char == left:
                depth.append(i)
            elif char == right:
                if depth:
                    depth.pop()
                else:
                    unmatched.add(i)
        unmatched.update(depth)
    if not unmatched:
        return text
    kept = "".join(c for i, c in enumerate(text) if i not in unmatched)
    return " ".join(kept.split())


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


# Prepositions that complete a measure after its object: "banned X from flying", "imposed X on Y".
_MEASURE_PREPS = {"from", "on", "upon", "to", "against", "into", "for"}


def action_phrase(verb: Token, obj: Token) -> str:
    """A measure as an action: "banned Iranian airline Mahan Air from flying in the nation".

    The verb (with its particle and the preposition leading to `obj`), the object without its
    comma-set additions, and the verb's prepositions that follow the object straight away.
    """
    doc = verb.doc
    head = [verb.text, *(c.text for c in verb.children if c.dep_ == "prt" and c.i < obj.i)]
    if obj.dep_ == "pobj" and obj.head.i != verb.i:
        head.append(obj.head.text)
    words = " ".join([*head, short_phrase(obj).removesuffix(" …")])
    end = obj.right_edge.i + 1
    for child in sorted(verb.children, key=lambda c: c.i):
        if (
            child.i == end
            and child.lower_ in _MEASURE_PREPS
            and not any(o.ent_type_ in {"DATE", "TIME"} for o in child.children)
        ):
            words += " " + doc[child.i : child.right_edge.i + 1].text
            end = child.right_edge.i + 1
    return clip_words(words)


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


# Words after a comma that open an addition a short phrase can do without.
_ADDITION_OPENERS = {
    "which",
    "who",
    "whose",
    "notably",
    "including",
    "especially",
    "particularly",
    "such",
    "as",
    "while",
    "with",
}
_POSSESSIVE_PRONOUNS = {"their", "our", "its", "his", "her", "my", "your"}
_LONG_PHRASE = 12


def short_phrase(token: Token, drop_possessive: bool = False) -> str:
    """What `token` governs, without additions set off by commas; long ones lose relative clauses.

    "North Korea's missile tests, notably the launch of X" -> "North Korea's missile tests".
    """
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    if drop_possessive and doc[start].lower_ in _POSSESSIVE_PRONOUNS and start < token.i:
        start += 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    for i in range(token.i + 1, end - 1):
        following = doc[i + 1]
        if doc[i].text in {",", ";", "\u2014", "(", "\u2013"} and (
            following.lower_ in _ADDITION_OPENERS
            or following.tag_ == "VBG"
            or following.dep_ in {"appos", "relcl", "advcl"}
        ):
            end = i
            break
    if end - start > _LONG_PHRASE:
        for t in doc[token.i + 1 : end]:
            if t.dep_ in {"relcl", "acl"} and t.head.i >= token.i and t.left_edge.i > token.i:
                end = t.left_edge.i
                break
    return clip_words(doc[start:end].text)


def clause_phrase(verb: Token) -> str:
    """A demanded or planned clause without its subject and leading "to"/"that"."""
    doc = verb.doc
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"aux", "auxpass", "neg", "advmod"}:
            start = min(start, child.i)
    while start < verb.i and doc[start].lower_ in {"to", "that"}:
        start += 1
    return clip_words(doc[start : verb.right_edge.i + 1].text)


def noun_phrase(noun: Token) -> str:
    """A cue noun with its complements, also those the parser hung on the verb after it.

    "emphasized their vigilance regarding X" -> "vigilance regarding X".
    """
    doc = noun.doc
    start = noun.left_edge.i
    if doc[start].lower_ in _POSSESSIVE_PRONOUNS and start < noun.i:
        start += 1
    end = noun.right_edge.i + 1
    head = noun.head
    if noun.dep_ in {"dobj", "attr"}:
        for child in head.children:
            if child.dep_ == "prep" and child.i == end:
                end = child.right_edge.i + 1
                break
    return clip_words(doc[start:end].text)


_OPENER = re.compile(
    r"^(?:by way of example|for example|for instance|in fact|in particular|in addition|"
    r"in short|however|indeed|of course),\s+",
    re.IGNORECASE,
)


def strip_sentence_adverbs(text: str) -> str:
    """Drop discourse openers a phrase may start with ("Additionally, ...", "for example, ")."""
    text = _OPENER.sub("", text)
    words = text.split(" ", 1)
    if len(words) == 2 and words[0].rstrip(",").lower() in {
        "additionally",
        "also",
        "further",
        "furthermore",
        "moreover",
        "again",
    }:
        return words[1]
    return text


def has_own_subject(token: Token) -> bool:
    """ "..., while the United Kingdom abstained": an adverbial clause with its own actor;
    "accused X of Y, a charge Moscow denied": a relative clause with a named subject of its own
    (not a relative pronoun: "projects that will be carried out")."""
    if token.dep_ == "advcl":
        return any(c.dep_ == "nsubj" for c in token.children)
    return token.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in token.children
    )


def is_absolute_with(token: Token) -> bool:
    """ "With the US encouraging allies to ...": an absolute clause still states a demand."""
    return token.dep_ == "pcomp" and token.head.lower_ == "with"
