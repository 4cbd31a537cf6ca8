"""Lead-in sentences ending in a colon -> one statement per list item that follows them.

"The Ministers committed to the following:" then "- Launch ...", "- Expand ...": each item is
a next step whatever its own verb, and the lead-in is no item of its own; "We call on Iran to:"
then "- release ..." gives one demand per item, addressed as the lead-in is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.cue import Cue
from briefings.extract.evidence import Sentence
from briefings.extract.phrases import clip_words

_ITEM = re.compile(r"^(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])\s+")
# A number the sentence splitter cut off its item: "1." then "Expand the fund ...".
_BARE_MARKER = re.compile(r"^\d{1,2}[.)]$")


def is_list_item(sentence: Sentence) -> bool:
    """Whether the sentence is a bulleted or numbered line."""
    return _ITEM.match(sentence.text) is not None


def file_list_items(
    found: list[tuple[Cue, Sentence]], sentences: list[Sentence]
) -> list[tuple[Cue, Sentence]]:
    """Replace the cues of list items under a lead-in by one cue of the lead-in's section."""
    by_sentence: dict[int, list[Cue]] = {}
    for cue, sentence in found:
        by_sentence.setdefault(sentence.index, []).append(cue)
    replaced: dict[int, list[Cue]] = {}
    for position, sentence in enumerate(sentences):
        leads = by_sentence.get(sentence.index, [])
        if not leads or not sentence.text.rstrip().endswith(":"):
            continue
        lead = next((c for c in reversed(leads) if c.section != "position"), leads[-1])
        items = []
        marked = False
        for item in sentences[position + 1 :]:
            if _BARE_MARKER.match(item.text.strip()):
                marked = True
                continue
            if not (marked or is_list_item(item)):
                break
            marked = False
            items.append(item)
        if not items:
            continue
        replaced[sentence.index] = [c for c in leads if c is not lead]
        for item in items:
            own = [c for c in by_sentence.get(item.index, []) if c.section == lead.section]
            replaced[item.index] = own[:1] or [item_cue(lead, item)]
    if not replaced:
        return found
    kept = [(c, s) for c, s in found if s.index not in replaced]
    for index, cues in replaced.items():
        kept.extend((cue, sentences[index]) for cue in cues)
    order = {id(c): n for n, (c, _) in enumerate(found)}
    return sorted(kept, key=lambda pair: (pair[1].index, order.get(id(pair[0]), len(order))))


def item_cue(lead: Cue, item: Sentence) -> Cue:
    """The lead-in's statement, about what the item says."""
    root = item.span.root
    what = clip_words(_ITEM.sub("", item.text))
    return replace(lead, token=root, what=what, when=None)
