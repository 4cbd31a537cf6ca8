"""PhraseIndex answers as the whole-word regular expression it replaces, for any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefings.extract.phrase_index import PhraseIndex

# Few letters, so that phrases often stand in the text, next to word characters or not.
_TEXT = st.text(alphabet="ab _-.'\u00e9\u0663\n", max_size=40)


def _by_regex(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


@given(_TEXT, _TEXT)
def test_same_answer_as_the_regex(text: str, phrase: str) -> None:
    if phrase:
        assert PhraseIndex(text).has_phrase(phrase) == _by_regex(text, phrase)


def test_whole_words_only() -> None:
    index = PhraseIndex("Kim Jong Un met Kimberly Smith; Ban Ki-moon's aide, the (UN) and _Ban.")
    assert index.has_phrase("Kim Jong Un")
    assert index.has_phrase("Kim Jong")
    assert index.has_phrase("Ban Ki-moon")
    assert not index.has_phrase("Kimberly Smit")
    assert not index.has_phrase("Kim Smith")
    assert index.has_phrase("Smith")
    assert not index.has_phrase("Ban.")  # "_Ban": the underscore is a word character
    assert not index.has_phrase("")
    assert index.has_phrase("(UN)")  # starting with punctuation: the plain search
    assert not index.has_phrase("'s aide")  # the plain search also wants no word before it


def test_a_phrase_longer_than_what_is_left_of_the_text() -> None:
    """Found by fuzzing: the first word stands at the end, the phrase runs past it."""
    assert not PhraseIndex("_").has_phrase("_.")
    assert not PhraseIndex("South Korean South ").has_phrase("South Korean South Africa")
