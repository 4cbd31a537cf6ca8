"""The parser's limits: chunked parsing of long texts and the sentence budget."""

from __future__ import annotations

import pytest

from briefings.extract.nlp import MAX_SENTENCE_TOKENS, parse_text, split_chunks


@pytest.mark.parametrize(
    "text",
    [
        "Word. " * 30_000,
        ("A first paragraph that ends here.\n\n" * 3_000),
        "nopunctuation " * 20_000,
        "x" * 120_000,
    ],
)
def test_chunks_join_back_into_the_text(text: str) -> None:
    chunks = split_chunks(text, 10_000)
    assert "".join(chunks) == text
    assert all(len(chunk) <= 10_000 for chunk in chunks)
    assert len(chunks) > 1


def test_chunks_end_at_paragraph_breaks_when_there_are_some() -> None:
    text = "A first paragraph that ends here.\n\n" * 3_000
    assert all(chunk.endswith(".\n\n") for chunk in split_chunks(text, 10_000)[:-1])


def test_a_text_without_stops_is_cut_into_sentences_within_the_budget() -> None:
    doc = parse_text("the ministers met in the capital and talked, " * 400)
    lengths = [len(sentence) for sentence in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert len(lengths) >= 400 * 9 // MAX_SENTENCE_TOKENS


def test_stops_the_parser_ignores_are_cut_too() -> None:
    doc = parse_text("Mr. Smith met Mr. Jones. " * 400)
    assert max(len(sentence) for sentence in doc.sents) <= 4 * MAX_SENTENCE_TOKENS


def test_a_long_text_parses_into_one_doc_with_its_exact_text() -> None:
    text = "Canada and South Korea met in Ottawa on Monday. " * 2_000 + "\n\nThe end."
    doc = parse_text(text)
    assert doc.text == text
    assert any(entity.text == "Ottawa" for entity in doc.ents[-5:])


def test_news_sentences_are_left_to_the_parser() -> None:
    sentence = (
        "The foreign and defence ministers of the two countries, meeting in Ottawa, said that "
        "they would deepen cooperation on maritime security, cyber defence, critical minerals "
        "and the supply chains of the defence industry."
    )
    doc = parse_text(sentence)
    assert [s.text for s in doc.sents] == [sentence]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens were killed in strikes in Gaza[...] I condemn this atrocious action.",
        "Dozens were killed in strikes in Gaza… We condemn this atrocious action.",
    ],
)
def test_an_elision_before_a_capital_starts_a_sentence(text: str) -> None:
    sentences = [s.text for s in parse_text(text).sents]
    assert sentences[-1].endswith("condemn this atrocious action.")
    assert len(sentences) == 2


def test_an_elision_inside_a_sentence_does_not_cut_it() -> None:
    text = "The ministers met [...] in Vienna and agreed to meet again."
    assert len(list(parse_text(text).sents)) == 1
