"""clean_article and its repairs: line breaks, paragraphs, page furniture, boilerplate, source."""

from __future__ import annotations

import pytest

from briefings.errors import InputEmpty
from briefings.model import Article, RawArticle
from briefings.read.clean import (
    clean_article,
    drop_page_furniture,
    is_boilerplate,
    join_lines,
    normalise_characters,
    split_paragraphs,
)
from briefings.read.facts import date_line_of, detect_language, is_kicker, take_byline, take_title

LOREM = (
    "The ministers met in the capital on Monday to discuss the troop deployment and agreed "
    "to meet again before the end of the year."
)


def _clean(text: str, media_type: str = "text/plain") -> Article:
    return clean_article(RawArticle(text.encode("utf-8"), "test.txt", media_type))


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("following an act", "ion plan", "following an action plan"),
        ("North Korea’", "s weapons", "North Korea’s weapons"),
        ("the country'", "s army", "the country's army"),
        ("growing secu-", "rity issues", "growing security issues"),
        ("officials Cho Tae-", "yul and Kim", "officials Cho Tae-yul and Kim"),
        ("the western front-", "line region", "the western front-line region"),
        ("the deal went in", "to force", "the deal went in to force"),
        ("it can", "not be", "it can not be"),
        ("every", "one agreed", "every one agreed"),
        ("a total of 10,", "000 troops", "a total of 10,000 troops"),
        ("talks in", "Ottawa", "talks in Ottawa"),
        ("the U.N.", "Security Council", "the U.N. Security Council"),
        ("an act", "Ion", "an act Ion"),
        ("the “grave", "escalation”", "the “grave escalation”"),
    ],
)
def test_join_lines(before: str, after: str, joined: str) -> None:
    assert join_lines(before, after) == joined


def test_paragraphs_separated_by_blank_lines_keep_their_broken_lines_joined() -> None:
    text = "First paragraph that was cut by an act\nion of the copy.\n\nSecond one.\n\nThird one."
    assert split_paragraphs(text) == [
        "First paragraph that was cut by an action of the copy.",
        "Second one.",
        "Third one.",
    ]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = f"{LOREM}\nSecond paragraph, a short one.\nThird paragraph: {LOREM}"
    assert split_paragraphs(text) == [
        LOREM,
        "Second paragraph, a short one.",
        f"Third paragraph: {LOREM}",
    ]


def test_hard_wrapped_email_with_blank_lines() -> None:
    import textwrap

    paragraphs = [LOREM * 2, "Short one.", LOREM + " " + LOREM.lower()]
    text = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    assert split_paragraphs(text) == paragraphs


def test_hard_wrapped_text_without_blank_lines_splits_at_short_final_lines() -> None:
    text = (
        "The ministers met in the capital on Monday to discuss the deployment and\n"
        "agreed to meet again.\n"
        "They also announced a dialogue on security in the region, to be held in\n"
        "the spring.\n"
        "  An indented paragraph starts here and runs on to a second line of the\n"
        "text"
    )
    assert split_paragraphs(text) == [
        "The ministers met in the capital on Monday to discuss the deployment and agreed to meet"
        " again.",
        "They also announced a dialogue on security in the region, to be held in the spring.",
        "An indented paragraph starts here and runs on to a second line of the text",
    ]


def test_list_items_stay_one_per_line_inside_their_paragraph() -> None:
    text = (
        "The statement listed:\n- a ceasefire\n- the withdrawal of\n  troops\n1. sanctions\n\nEnd."
    )
    assert split_paragraphs(text) == [
        "The statement listed:\n- a ceasefire\n- the withdrawal of troops\n1. sanctions",
        "End.",
    ]


def test_page_numbers_and_running_heads_are_dropped_and_the_cut_paragraph_rejoined() -> None:
    text = (
        "Title of the Report\n\nThe ministers met in the western front-line\n\n"
        "Page 1 of 2\n\fPOLICY DIGEST | Asia\n\nKursk region to talk.\n\nA second paragraph.\n\n"
        "Third paragraph ends here.\n\n2\n\fPOLICY DIGEST | Asia\n\nFourth paragraph.\n\n- 3 -\n"
    )
    assert split_paragraphs(drop_page_furniture(normalise_characters(text))) == [
        "Title of the Report",
        "The ministers met in the western front-line Kursk region to talk.",
        "A second paragraph.",
        "Third paragraph ends here.",
        "Fourth paragraph.",
    ]


def test_repeated_lines_are_not_furniture_without_page_signs_unless_frequent() -> None:
    text = "Yes.\n\nHe said.\n\nYes.\n\nShe said."
    assert drop_page_furniture(text) == text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Read more",
        "Read more: North Korean troops in Kursk",
        "Share this article",
        "Sign up for our newsletter",
        "Subscribe now to get the latest updates in your inbox.",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Related articles: Canada's Indo-Pacific strategy",
        "© 2024 The Pacific Ledger. All rights reserved.",
        "Copyright 2024 Yonhap",
    ],
)
def test_boilerplate(paragraph: str) -> None:
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Related talks will resume in December, the ministry said.",
        "Copyright disputes were not on the agenda.",
        "Read the statement in full on the ministry's website.",
        "Share prices in Seoul rose after the announcement.",
        LOREM,
    ],
)
def test_not_boilerplate(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("BY JANE DOE", "JANE DOE"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("By Jane Doe | November 3, 2024", "Jane Doe"),
        ("Written by Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("By Tuesday, the ministers agreed", None),
        ("By contrast, Canada said nothing.", None),
    ],
)
def test_byline(line: str, author: str | None) -> None:
    found, rest = take_byline([line, LOREM])
    assert found == author
    assert rest == ([LOREM] if author else [line, LOREM])


@pytest.mark.parametrize(
    ("first", "dateline", "publisher", "published"),
    [
        ("Ottawa: Canada said", "Ottawa", None, None),
        ("SEOUL, Nov 2 (Reuters) - North Korea said", "Seoul", "Reuters", None),
        ("SEOUL, Nov. 2, 2024 (Yonhap) -- North Korea said", "Seoul", "Yonhap", "2024-11-02"),
        ("WASHINGTON (AP) — The United States said", "Washington", "AP", None),
        ("BRUSSELS, 3 November 2024 – NATO said", "Brussels", None, "2024-11-03"),
        ("NEW YORK — The UN said", "New York", None, None),
        ("Port-au-Prince: Haiti said", "Port-au-Prince", None, None),
        ("Update: the meeting moved", None, None, None),
        ("The ministers said", None, None, None),
    ],
)
def test_dateline(
    first: str, dateline: str | None, publisher: str | None, published: str | None
) -> None:
    source = _clean(f"A Title for the Story\n\n{first} {LOREM}\n\nMore text.").source
    assert (source.dateline, source.publisher, source.published) == (dateline, publisher, published)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("November 3, 2024", "2024-11-03"),
        ("Sunday, November 3, 2024", "2024-11-03"),
        ("Nov. 3, 2024 10:32 AM EST", "2024-11-03"),
        ("3 November 2024", "2024-11-03"),
        ("Published: 3 Nov 2024 | 09:15 GMT", "2024-11-03"),
        ("Updated on 2024-11-03", "2024-11-03"),
    ],
)
def test_publication_date_line_is_parsed_and_kept(line: str, iso: str) -> None:
    article = _clean(f"A Title for the Story\n\n{line}\n\nOttawa: {LOREM}\n\nMore text.")
    assert article.source.published == iso
    assert article.source.dateline == "Ottawa"
    assert article.text.startswith(line + "\n\n")  # kept as evidence


@pytest.mark.parametrize(
    ("head", "iso", "dateline"),
    [
        # State Department pages: kickers above the date line.
        (["Media Note", "Office of the Spokesperson", "July 8, 2026"], "2026-07-08", None),
        (["Media Note", "Office of the Spokesman", "October 7, 2026"], "2026-10-07", None),
        (["Office of the Spokesperson July 8, 2026"], "2026-07-08", None),
        (["Press Statement", "Thursday, 6 November 2025"], "2025-11-06", None),
        # A kicker, then the text with a dated dateline.
        (["Media Note", f"WASHINGTON, July 8, 2026 \u2014 {LOREM}"], "2026-07-08", "Washington"),
        # A month and year is not a publication day; the search goes on past it.
        (["December 2004", "Begin Text:"], None, None),
        # The first sentence ends the search: a date line below it is part of the text.
        ([LOREM, "July 8, 2026"], None, None),
    ],
)
def test_date_line_below_kickers(head: list[str], iso: str | None, dateline: str | None) -> None:
    text = "\n\n".join(["A Title for the Story", *head, LOREM, "More text."])
    source = _clean(text).source
    assert (source.published, source.dateline) == (iso, dateline)


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("Media Note", True),
        ("Office of the Spokesperson", True),
        ("Begin Text:", True),
        ("The following is attributable to Spokesperson Matthew Miller:", True),
        ("The ministers met.", False),
        (LOREM, False),
        ("more text without a capital", False),
    ],
)
def test_is_kicker(line: str, kicker: bool) -> None:
    assert is_kicker(line) is kicker


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("July 8, 2026", "2026-07-08"),
        ("Media Note July 8, 2026", "2026-07-08"),
        ("The ministers met on July 8, 2026", None),
        ("July 2026", None),
    ],
)
def test_date_line_of(line: str, iso: str | None) -> None:
    assert date_line_of(line) == iso


def test_take_title_from_metadata_drops_the_repeated_headline() -> None:
    title, rest = take_title(["Talks end", LOREM], {"title": "Talks end"})
    assert (title, rest) == ("Talks end", [LOREM])
    title, rest = take_title([LOREM, LOREM], {})
    assert (title, rest) == (None, [LOREM, LOREM])


def test_byline_is_dropped_and_attribution_gives_the_publisher() -> None:
    article = _clean(
        f"A Title\n\nBy Jane Doe\n\n{LOREM}\n\nAccording to the Korea Times, it ended."
    )
    assert article.source.author == "Jane Doe"
    assert article.source.publisher == "Korea Times"
    assert "Jane Doe" not in article.text


def test_boilerplate_paragraphs_are_dropped_from_the_text() -> None:
    article = _clean(f"A Title\n\nAdvertisement\n\n{LOREM}\n\nShare this article\n\nThe end.")
    assert article.text == f"{LOREM}\n\nThe end."


def test_a_first_paragraph_that_is_a_sentence_is_not_a_title() -> None:
    article = _clean(f"Ottawa: {LOREM}\n\nSecond.")
    assert article.source.title is None
    assert article.text.startswith("Ottawa:")


def test_characters_are_normalised_and_quotes_kept() -> None:
    article = _clean(
        "Title\n\nNorth\u00a0Korea\u200b’s “grave\u2009escalation”\u00ad and non\u2011stop"
        " talks.\n\nEnd."
    )
    assert article.text.split("\n\n")[0] == "North Korea’s “grave escalation” and non-stop talks."


def test_mojibake_is_repaired() -> None:
    article = _clean("Title\n\nNorth Koreaâ€™s â€œgrave escalationâ€\x9d was condemned.\n\nEnd.")
    assert article.text.split("\n\n")[0] == "North Korea’s “grave escalation” was condemned."


def test_empty_after_cleaning() -> None:
    with pytest.raises(InputEmpty, match=r"test\.txt: the article is empty"):
        _clean("Advertisement\n\nShare this article")
    with pytest.raises(InputEmpty, match="has a title but no text"):
        _clean("# Only a title\n", "text/markdown")


FRENCH = (
    "Le ministre des Affaires étrangères a déclaré que la Corée du Sud et le Canada demandent le "
    "retrait des troupes nord-coréennes de la Russie. Les deux pays ont signé une déclaration "
    "commune pour la sécurité dans la région et ils sont inquiets de la situation."
)
GERMAN = (
    "Der Außenminister hat erklärt, dass Südkorea und Kanada den Abzug der nordkoreanischen "
    "Truppen aus Russland fordern. Die beiden Länder haben eine gemeinsame Erklärung für die "
    "Sicherheit in der Region unterzeichnet und sind auch besorgt über die Lage."
)
RUSSIAN = "Министр иностранных дел заявил, что Южная Корея и Канада требуют вывода войск из России."
KOREAN = "한국과 캐나다는 러시아에 파견된 북한군의 철수를 요구했다. 회의가 오타와에서 열렸다."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (LOREM * 3, "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (RUSSIAN, "ru"),
        (KOREAN, "ko"),
        ("Short.", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_non_english_article_is_warned_about() -> None:
    article = _clean(f"Titre de l'article\n\n{FRENCH}\n\n{FRENCH}")
    assert article.source.language == "fr"
    assert article.warnings == (
        "the article looks French (fr), not English: extraction is English-only",
    )
    assert _clean(f"A Title\n\n{LOREM}\n\n{LOREM}").warnings == ()
