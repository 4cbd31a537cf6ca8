"""A dateline's date never runs into the sentence after its dash ("Nov. 3 - Peru ordered")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_TIME_LABELS = frozenset({"DATE", "TIME"})


_CALENDAR_WORDS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)


def cut_at_dash(ent: Span) -> Span | None:
    """The part of a date entity before a spaced dash that a word of the story follows
    ("Nov. 3 - Peru"), not the dash of a range ("Nov. 3 - 5", "Monday - Friday"); else None."""
    doc = ent.doc
    for token in ent[1:-1]:
        after = doc[token.i + 1]
        if (
            token.text in _DASHES
            and token.whitespace_
            and doc[token.i - 1].whitespace_
            and after.is_alpha
            and after.is_title
            and after.lower_.rstrip(".") not in _CALENDAR_WORDS
        ):
            return Span(doc, ent.start, token.i, label=ent.label)
    return None


@Language.component("dateline_dates")
def trim_dateline_dates(doc: Doc) -> Doc:
    """Cut DATE and TIME entities at a spaced dash: what follows is the story, not the date.

    The small model reads "LIMA, Nov. 3 - Peru ordered ..." as one date "Nov. 3 - Peru", which
    hides the subject; the country ruler after "ner" then names "Peru" on its own."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ in _TIME_LABELS:
            cut = cut_at_dash(ent)
            if cut is not None:
                ents[n] = cut
                changed = True
    if changed:
        doc.ents = ents
    return doc
