"""Figures with their unit and qualifier, counts with their noun left out, and places."""

from __future__ import annotations

from samples import brief_of


def values(body: str) -> list[str]:
    return [figure.value for figure in brief_of(body).figures]


# ------------------------------------------------------------------ figures


def test_a_unit_of_measure_belongs_to_the_amount() -> None:
    assert "more than 270 kilograms" in values(
        "Iran now holds more than 270 kilograms of enriched uranium, the agency said."
    )
    assert "more than 100,000 tonnes" in values(
        "Japan has so far released more than 100,000 tonnes."
    )


def test_a_counted_noun_is_no_unit() -> None:
    assert values("More than 270 soldiers were deployed to the border, the army said.") == [
        "More than 270"
    ]


def test_some_and_well_over_are_kept_verbatim() -> None:
    found = values(
        "The ship dragged its anchor for well over 100 kilometres. "
        "A pipeline of some 1,600 kilometres links the two countries."
    )
    assert found == ["well over 100 kilometres", "some 1,600 kilometres"]


def test_some_of_a_number_is_no_qualifier() -> None:
    assert values("Some of the 300 detainees were freed on Monday, the ministry said.") == ["300"]


def test_counts_with_their_noun_left_out_are_each_a_figure() -> None:
    found = values(
        "The participants pledged to resettle 45,000 refugees, with the United States taking "
        "20,000, Canada 8,000 and Spain 5,000, the ministry said."
    )
    assert found == ["45,000", "20,000", "8,000", "5,000"]


def test_a_small_bare_object_is_no_gapped_count() -> None:
    assert values("The committee approved 12 and rejected the rest, the chairman said.") == []


def test_a_participle_before_the_counted_noun() -> None:
    assert values("The fund will help 54 developing countries, the bank said.") == ["54"]
