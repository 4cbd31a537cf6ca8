"""Figures with their unit and qualifier, counts with their noun left out, and places."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.extract.dates import find_dates, iso_of


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


# ------------------------------------------------------------------ places


def places(body: str) -> list[str]:
    return [location.name for location in brief_of(body).locations]


def test_places_named_by_a_spatial_relation() -> None:
    found = places(
        "The shoal lies about 220 kilometres west of Luzon, the coast guard said. "
        "Sweden ordered the ship to anchor off Karlskrona while it is searched. "
        "Fuel is smuggled across the border with Senegal, officials said. "
        "The road runs to the border town of Togochale."
    )
    assert {"Luzon", "Karlskrona", "Senegal", "Togochale"} <= set(found)


def test_a_country_opening_a_where_clause_is_a_place_and_still_the_speaker() -> None:
    brief = brief_of(
        "Estonia, where a Russian plane briefly entered its airspace in June, said it stood "
        "with Finland."
    )
    assert "Estonia" in [location.name for location in brief.locations]
    assert [p.by for p in brief.positions] == [["Estonia"]]


def test_a_country_as_the_other_party_of_a_relation_is_no_place() -> None:
    assert "Latvia" not in places("Estonia signed a border treaty with Latvia on Monday.")


def test_coordinated_regions_each_a_place_even_when_misparsed() -> None:
    found = places(
        "The ministers expressed concern over the fighting in Myanmar's Rakhine and Sagaing "
        "regions. The WHO asked for access to Manicaland and Masvingo provinces. Soldiers "
        "removed ballot boxes in the North-West and South-West regions."
    )
    assert {"Rakhine", "Sagaing", "Manicaland", "Masvingo", "North-West", "South-West"} <= set(
        found
    )


def test_an_untagged_natural_feature_and_an_ocean() -> None:
    found = places(
        "The centre will track migrants moving through the Darien Gap, officials said. "
        "China accused Japan of turning the Pacific Ocean into a sewer."
    )
    assert {"Darien Gap", "Pacific Ocean"} <= set(found)


def test_a_named_fleet_is_no_feature() -> None:
    assert "Black Sea Fleet" not in places("The Black Sea Fleet Command said it had moved ships.")


def test_a_site_is_named_by_its_place() -> None:
    found = places(
        "Iran said it would install centrifuges at its Fordow plant. Drones struck the Khurais "
        "oil field. Water is released from the Fukushima Daiichi nuclear plant."
    )
    assert {"Fordow", "Khurais", "Fukushima Daiichi"} <= set(found)


def test_a_site_named_by_a_nationality_or_its_owner_is_no_place() -> None:
    found = places(
        "Aramco said production would resume soon. Drones struck the Aramco plant and the "
        "Iranian nuclear plant was shut."
    )
    assert "Aramco" not in found and "Iranian" not in found


def test_a_datelines_agency_and_cities_name_no_actor() -> None:
    brief = brief_of(
        "SANTO DOMINGO, Oct. 6 (AP) - The Dominican Republic closed all land crossings with "
        "Haiti on Monday, the government said."
    )
    assert "Associated Press" not in [a.name for a in brief.actors]
    assert "SANTO DOMINGO" in [p.name for p in brief.locations]
    twin = brief_of(
        "SRINAGAR/ISLAMABAD - Indian and Pakistani troops exchanged fire across the Line of "
        "Control on Monday, officials said."
    )
    assert {"SRINAGAR", "ISLAMABAD"} <= {p.name for p in twin.locations}
    assert all("/" not in a.name for a in twin.actors)


def test_a_body_as_dateline_is_neither_actor_nor_place() -> None:
    brief = brief_of(
        "UNITED NATIONS, April 30 (AFP) - The Security Council voted on Wednesday to extend "
        "the mission for another year."
    )
    assert "United Nations" not in [a.name for a in brief.actors]
    assert "UNITED NATIONS" not in [p.name for p in brief.locations]
    assert [a.name for a in brief.actors] == ["Security Council"]


def test_more_geographic_nouns_name_their_place() -> None:
    found = places(
        "The council demanded a halt to fighting in Upper Nile and Jonglei states. Patrols will "
        "visit the Depsang plains and the Demchok area. Five villagers were killed in the Poonch "
        "sector. Water was released from the Don Sahong dam into the Mekong Delta, officials said."
    )
    assert {"Upper Nile", "Jonglei", "Depsang plains", "Demchok", "Poonch"} <= set(found)
    assert {"Don Sahong dam", "Mekong Delta"} <= set(found)


def test_places_on_a_road_or_in_areas_of_a_region() -> None:
    found = places(
        "The colonel was arrested at a checkpoint on the road to Pointe-Noire. The two sides "
        "agreed on patrols in two disputed areas of eastern Ladakh."
    )
    assert {"Pointe-Noire", "eastern Ladakh"} <= set(found)


def test_a_two_word_unit_and_an_untagged_number_keep_their_unit() -> None:
    assert values("The ship was hit some 60 nautical miles west of Hodeidah, the navy said.") == [
        "some 60 nautical miles"
    ]


def test_a_university_is_no_place_and_a_sailors_nationality_no_actor() -> None:
    brief = brief_of(
        "Two Filipino sailors were killed. Tamar Beridze, a political scientist at Ilia State "
        "University in Tbilisi, said the sanctions would hurt."
    )
    assert "Ilia State University" not in [p.name for p in brief.locations]
    assert "Philippines" not in [a.name for a in brief.actors]


def test_a_border_or_coast_is_named_by_its_place() -> None:
    found = places(
        "The refugees will cross at the Ghumdhum border point. Mangroves along the Johor coast "
        "could be damaged. Troops massed on the Syrian-Turkish border."
    )
    assert {"Ghumdhum", "Johor", "Syrian-Turkish border"} <= set(found)
    assert "Johor coast" not in found
    assert "Sudanese border" not in places("The dam lies near the Sudanese border.")


def test_destinations_ports_states_and_titled_divisions_are_places() -> None:
    found = places(
        "The ship, bound for Port Sudan, was hit on Saturday. The drills would include a blockade "
        "of the ports of Kaohsiung and Keelung. Brazil reinforced its units in the state of "
        "Roraima. The refugees will be returned to Rakhine State by March."
    )
    assert {"Port Sudan", "Kaohsiung", "Keelung", "Roraima", "Rakhine State"} <= set(found)


def test_a_group_named_like_a_state_is_no_place() -> None:
    brief = brief_of("Islamic State claimed the attack in a statement.")
    assert "Islamic State" not in [p.name for p in brief.locations]


def test_a_crew_size_a_partitive_count_and_a_halving_are_figures() -> None:
    brief = brief_of(
        "Its crew of 22 was detained. Police detained two of its employees. Trade could fall by "
        "half. Two of the parties signed. It is one of the largest camps."
    )
    assert [f.value for f in brief.figures] == ["22", "two", "half"]


def test_hyphenated_prefixes_and_member_states_are_no_places_a_long_capital_is_one() -> None:
    brief = brief_of(
        '"Member states must respect the law," she said. Caracas will develop the cross-border '
        "field alone. G7 members condemned transfers to non-state actors. Officials in Port of "
        "Spain said the talks would resume."
    )
    places = [loc.name for loc in brief.locations]
    assert not {"Member", "cross-", "non-", "Port", "Spain"} & set(places)
    assert "Port of Spain" in places


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The war of 1879 to 1884 and the 1992-1995 war were recalled.",
            ["1879 to 1884", "1992-1995"],
        ),
        ("Clashes between 2008 and 2011 killed 28 people.", ["2008 and 2011"]),
        ("In 2017 and 2018 the rains came.", ["2017", "2018"]),
        ("Releases from April to September rose.", ["April to September"]),
    ],
)
def test_a_range_of_years_or_months_is_one_date_two_years_listed_are_two(
    text: str, dates: list[str]
) -> None:
    assert [d.text for d in find_dates(text)] == dates


def test_a_year_range_has_an_interval_as_iso() -> None:
    assert iso_of("1879 to 1884") == "1879/1884"
    assert iso_of("between 2008 and 2011") == "2008/2011"


def test_over_after_a_phrasal_verb_is_its_particle_not_a_qualifier() -> None:
    brief = brief_of(
        "Each side handed over 195 soldiers. The fighting displaced over 7,000 people."
    )
    assert [f.value for f in brief.figures] == ["195", "over 7,000"]


def test_a_small_count_before_a_participle_and_a_forces_strength_are_figures() -> None:
    brief = brief_of(
        "About 400 officers left aboard two chartered aircraft. The mission reached a third of its "
        "planned strength of 2,500. Two existing trade blocs merged."
    )
    values = [f.value for f in brief.figures]
    assert "two" in values and "2,500" in values
    assert "Two" not in values
