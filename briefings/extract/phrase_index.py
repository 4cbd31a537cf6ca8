"""Text -> whether a phrase stands in it as whole words, without one scan of the text per phrase.

A regular expression per phrase reads the whole text each time, so naming every actor of a text
that names thousands of them was quadratic. The index lists where each word starts, once; a
phrase is then checked only where its first word stands.
"""

from __future__ import annotations

import re
from collections import defaultdict

_WORD = re.compile(r"\w+")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


class PhraseIndex:
    """Where each word of a text starts, for whole-word phrase lookups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = defaultdict(list)
        for match in _WORD.finditer(text):
            self.starts[match.group()].append(match.start())

    def has_phrase(self, phrase: str) -> bool:
        """Whether `phrase` stands in the text with no word character either side of it."""
        first = _WORD.match(phrase)
        if not phrase or first is None:  # starts with punctuation: the plain search
            pattern = rf"(?<!\w){re.escape(phrase)}(?!\w)"
            return bool(phrase) and re.search(pattern, self.text) is not None
        text, size = self.text, len(phrase)
        for start in self.starts.get(first.group(), ()):
            end = start + size
            if text.startswith(phrase, start) and (
                end == len(text) or not _is_word_char(text[end])
            ):
                return True
        return False
