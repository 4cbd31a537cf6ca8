"""Sentences -> the speaker of each sentence that lies inside a quotation opened earlier.

'She told the council, "The people cannot wait. The warring parties must open the crossings."'
The second sentence carries no reporting verb of its own, yet it is hers, not the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import load_cues

_OPENING = "\u201c"
_CLOSING = "\u201d"


_MARKS = re.compile('["\u201c\u201d]')


@dataclass
class Quotations:
    """Sentences that begin inside a quotation, and the reporting verb of each, when found."""

    inside: set[int] = field(default_factory=set)
    speaker: dict[int, Token] = field(default_factory=dict)


def quote_marks(text: str, inside: bool = False) -> list[tuple[int, bool]]:
    """Offsets of the quotation marks in `text`, each with whether it opens a quotation."""
    marks: list[tuple[int, bool]] = []
    for match in _MARKS.finditer(text):
        char = match.group(0)
        opens = char == _OPENING or (char == '"' and not inside)
        marks.append((match.start(), opens))
        inside = opens
    return marks


def speech_verb(sentence: Sentence, before: int | None = None, after: int = -1) -> Token | None:
    """The reporting verb ("told", "said") before a quotation opening at `before`, or after one
    closing at `after` (' ... in two days!" Macron told the world')."""
    speech = load_cues()["speech_verbs"]
    verbs = [
        t
        for t in sentence.span
        if (t.idx < before if before is not None else t.idx > after)
        and t.lemma_.lower() in speech
        and t.pos_ in {"VERB", "AUX"}
    ]
    if not verbs:
        return None
    return verbs[-1] if before is not None else verbs[0]


def quotation_at(text: str, at: int) -> tuple[int, int | None] | None:
    """The offsets of the opening and closing marks of the quotation of `text` that holds
    offset `at`; the closing one is None for a quotation that runs past the text."""
    opened: int | None = None
    for offset, opens in quote_marks(text):
        if opens and opened is None:
            opened = offset
        elif not opens and opened is not None:
            if opened < at < offset:
                return opened, offset
            opened = None
    return (opened, None) if opened is not None and opened < at else None


def quotation_speaker(sentence: Sentence, at: int) -> Token | None:
    """The reporting verb of the quotation of `sentence` that holds character offset `at`
    (relative to the sentence): 'Ban said, "I will press for a ceasefire"' -> "said"."""
    quotation = quotation_at(sentence.text, at)
    if quotation is None:
        return None
    opened, closed = quotation
    before = speech_verb(sentence, before=sentence.start + opened)
    if before is not None or closed is None:
        return before
    return speech_verb(sentence, after=sentence.start + closed)


def finite_speaker(verb: Token) -> Token:
    """ "Ban criticized Israel for the toll, saying, '...'": a participle speaks for the subject
    of the finite verb it hangs on (the parser may give "saying" a subject of its own)."""
    if verb.tag_ != "VBG":
        return verb
    return next((a for a in verb.ancestors if a.tag_ in {"VBD", "VBZ", "VBP"}), verb)


def reporting_root(sentence: Sentence, gap: str) -> Token | None:
    """'... in two days!" Macron told the world.': the next sentence, when no paragraph break
    (`gap`) comes first, it quotes nothing itself and its main verb reports speech."""
    root = sentence.span.root
    if "\n" in gap or quote_marks(sentence.text):
        return None
    return root if root.lemma_.lower() in load_cues()["speech_verbs"] else None


def follow_quotes(sentences: list[Sentence], text: str) -> Quotations:
    """Follow quotation marks sentence by sentence; a new paragraph closes any quotation.

    The speaker is the reporting verb before the opening mark, else the one right after the
    closing mark, which then speaks every sentence of the quotation.
    """
    found = Quotations()
    inside = False
    speaker: Token | None = None
    run: list[int] = []  # sentences of the current quotation still without a speaker
    last_end = 0
    previous: Token | None = None  # the speaker of the paragraph's last attributed quotation
    for position, sentence in enumerate(sentences):
        if "\n" in text[last_end : sentence.start]:
            inside, speaker, run, previous = False, None, [], None
        last_end = sentence.end
        if inside:
            found.inside.add(sentence.index)
            if speaker is not None:
                found.speaker[sentence.index] = speaker
            else:
                run.append(sentence.index)
        for offset, opens in quote_marks(sentence.text, inside):
            if opens and not inside:
                speaker = speech_verb(sentence, before=sentence.start + offset)
                run = [sentence.index] if offset == 0 and speaker is None else []
                if run:
                    found.inside.add(sentence.index)
            elif not opens and inside and speaker is None and run:
                late = speech_verb(sentence, after=sentence.start + offset)
                if late is None and position + 1 < len(sentences):
                    following = sentences[position + 1]
                    late = reporting_root(following, text[sentence.end : following.start])
                late = late or previous  # '"...," Annan said. "I urge them to ..."': still his
                if late is not None:
                    found.speaker.update(dict.fromkeys(run, late))
                run = []
            inside = opens
        if speaker is not None:
            previous = speaker
        elif sentence.index in found.speaker:
            previous = found.speaker[sentence.index]
        if not inside:
            speaker = None
    return found
