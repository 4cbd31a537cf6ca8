"""Bottom line, key points, dates, actors and places: the brief as a whole."""

from __future__ import annotations

import pytest

from briefings.extract.dates import anchor_year, iso_of
from briefings.extract.keypoints import compress_sentence
from briefings.extract.rules import extract_with_rules
from briefings.model import Brief, RawArticle, Source
from briefings.read.clean import clean_article


def brief_of(body: str, published: str | None = None) -> Brief:
    data = f"A test article\n\n{body}\n".encode()
    article = clean_article(RawArticle(data=data, name="test.txt", media_type="text/plain"))
    if published:
        article = type(article)(
            text=article.text,
            paragraphs=article.paragraphs,
            source=Source(**{**article.source.model_dump(), "published": published}),
        )
    return extract_with_rules(article)


RELEASE = (
    "The text of the following statement was released by the Governments of Kenya and Ghana.\n\n"
    "Kenya and Ghana held talks in Nairobi on trade and security. "
    "They called on Ethiopia to withdraw its troops from the border region. "
    "The two countries welcomed the new regional trade agreement. "
    "Kenya will host the next round of talks in Mombasa. "
    "Ghana condemned the attack on peacekeepers in Somalia."
)


def test_summary_leads_with_the_demand_and_skips_release_formulas() -> None:
    brief = extract_with_rules(
        clean_article(
            RawArticle(data=f"Title\n\n{RELEASE}\n".encode(), name="t.txt", media_type="text/plain")
        )
    )
    assert brief.summary.startswith("They called on Ethiopia") or "Ethiopia" in brief.summary
    assert "was released by" not in brief.summary
    assert all("was released by" not in k.text for k in brief.key_points)
    summary_sentences = {e.sentence for e in brief.summary_evidence}
    assert all(k.evidence[0].sentence not in summary_sentences for k in brief.key_points)
    assert 3 <= len(brief.key_points) <= 6
    assert len(brief.summary.split()) <= 60


@pytest.mark.parametrize(
    ("text", "compressed"),
    [
        ("Ottawa: Canada called for talks.", "Canada called for talks."),
        ("Additionally, the statement denounced the tests.", "The statement denounced the tests."),
        ("According to Yonhap, the two met in Seoul.", "The two met in Seoul."),
        ("Canada called for talks, according to Reuters.", "Canada called for talks."),
    ],
)
def test_compress_sentence(text: str, compressed: str) -> None:
    assert compress_sentence(text) == compressed


def test_compress_drops_a_trailing_aside_only_from_long_sentences() -> None:
    short = "Japan condemned the tests, which violate resolutions."
    assert compress_sentence(short) == short
    long = (
        "The joint statement unequivocally condemned North Korea's military alignment with "
        "Russia and its supply of weapons to the front, which is seen as a violation of "
        "several resolutions of the council."
    )
    assert compress_sentence(long).endswith("to the front.")


# ------------------------------------------------------------------ dates


def test_iso_of_day_ranges_is_an_interval() -> None:
    assert iso_of("September 10-11, 2025") == "2025-09-10/2025-09-11"
    assert iso_of("August 19", 2025) == "2025-08-19"
    assert iso_of("July") is None


@pytest.mark.parametrize(
    ("month", "direction", "year"),
    [(6, 1, 2026), (2, 1, 2026), (4, -1, 2025), (12, -1, 2024), (12, 0, 2025)],
)
def test_anchor_year(month: int, direction: int, year: int) -> None:
    assert anchor_year(month, (2025, 11), direction) == year


def test_bare_months_resolve_only_with_a_publication_date() -> None:
    body = "The ministers met in Paris. They will meet again in February. Talks began in July."
    assert [d.iso for d in brief_of(body).dates] == [None, None]
    dated = brief_of(body, published="2025-11-06")
    assert [(d.text, d.iso) for d in dated.dates] == [("February", "2026-02"), ("July", "2025-07")]


# ------------------------------------------------------------------ actors and places


def test_country_modifying_a_noun_is_not_a_place() -> None:
    brief = brief_of("Troops prepared to engage in the Ukraine conflict, Russia said.")
    assert "Ukraine" not in {loc.name for loc in brief.locations}


def test_official_country_name_is_the_country() -> None:
    brief = brief_of(
        "The Governments of the United States and the Republic of the Philippines met. "
        "Both sides condemned the attack."
    )
    assert {"United States", "Philippines"} <= {a.name for a in brief.actors}
    assert brief.positions[0].by == ["United States", "Philippines"]


def test_title_parts_are_not_organisations() -> None:
    brief = brief_of(
        "Indian External Affairs Minister Raj Kumar met Under Secretary of State for "
        "Political Affairs John Bass in Delhi."
    )
    names = {a.name for a in brief.actors}
    assert "External Affairs" not in names
    assert "State for Political Affairs" not in names
