"""Actors that are not places, expansions after acronyms, possessive owners, events and titles."""

from __future__ import annotations

import pytest
from samples import brief_of


def names(brief: object) -> list[str]:
    return [a.name for a in brief.actors]  # type: ignore[attr-defined]


def places(brief: object) -> list[str]:
    return [loc.name for loc in brief.locations]  # type: ignore[attr-defined]


def test_an_outlet_cited_as_source_is_no_place() -> None:
    brief = brief_of("According to the BBC, fighting resumed in Damascus on Monday.")
    assert "BBC" not in places(brief)
    assert "Damascus" in places(brief)


def test_an_unknown_acronym_is_no_place_but_a_known_country_stays_one() -> None:
    brief = brief_of(
        "The embassy said threats by AQAP had grown. Delegates travelled to Yemen and Oman."
    )
    assert "AQAP" not in places(brief)
    assert {"Yemen", "Oman"} <= set(places(brief))


def test_expansion_in_brackets_after_an_acronym_is_the_same_actor() -> None:
    brief = brief_of(
        "Leaders from NATO (North Atlantic Treaty Organisation) member states met in Wales."
    )
    assert "North Atlantic Treaty Organisation" not in names(brief)
    nato = next(a for a in brief.actors if a.name == "NATO")
    assert "North Atlantic Treaty Organisation" in nato.aliases


def test_a_countrys_institution_is_named_without_the_possessive() -> None:
    brief = brief_of("Mozambique's National Electoral Commission said the vote would be credible.")
    assert "National Electoral Commission" in names(brief)
    assert "Mozambique's National Electoral Commission" not in names(brief)


def test_wars_and_flights_are_not_actors() -> None:
    brief = brief_of(
        "Refugees fled the Syrian Civil War. The suspect boarded Northwest Airlines Flight 253."
    )
    assert not {"Syrian Civil War", "Northwest Airlines Flight"} & set(names(brief))


def test_words_after_advisor_for_are_a_title_not_an_organisation() -> None:
    brief = brief_of(
        "Deputy National Security Advisor for Homeland Security John Brennan said the threat "
        "was real."
    )
    assert "Homeland Security" not in names(brief)


def test_a_name_after_a_titled_organisation_is_a_person_of_its_own() -> None:
    brief = brief_of(
        "Former US Ambassador to the United Nations Nikki Haley wrote that allies matter."
    )
    assert "Nikki Haley" in names(brief)
    assert "United Nations Nikki Haley" not in names(brief)


def test_an_organisation_ending_in_a_capitalised_head_is_not_split() -> None:
    brief = brief_of("The head of the United Nations Security Council said talks would resume.")
    assert "Security Council" not in names(brief)


def test_a_name_in_another_script_is_not_guessed_to_be_a_person() -> None:
    brief = brief_of(
        "CAIRO: Egypt's foreign ministry (الخارجية المصرية) said the talks would resume."
    )
    assert not [a for a in brief.actors if a.kind == "person"]


def test_an_unnamed_group_that_speaks_is_an_actor_and_the_speaker() -> None:
    brief = brief_of("Critics claim that the government has not kept its promises.")
    assert "Critics" in names(brief)
    assert [p.by for p in brief.positions] == [["Critics"]]


def test_a_modified_plural_group_is_an_actor_but_a_named_actors_forces_are_not() -> None:
    brief = brief_of(
        "Western nations have spent millions on the army. Somali forces repelled the attack."
    )
    assert "Western nations" in names(brief)
    assert "Somali forces" not in names(brief)


def test_a_people_the_model_tags_as_a_nationality_is_a_group() -> None:
    brief = brief_of("The Kurds were instrumental in the fight against the militants.")
    assert ("Kurds", "group") in [(a.name, a.kind) for a in brief.actors]


def test_a_country_the_model_misses_is_found_but_an_organisation_named_after_one_stays_whole() -> (
    None
):
    brief = brief_of(
        "Suriname's government accused the Guyana Defence Force of firing on a fishing boat."
    )
    assert {"Suriname", "Guyana Defence Force"} <= set(names(brief))
    assert [p.by for p in brief.positions] == [["Suriname"]]


def test_residents_of_a_town_make_it_a_place_and_their_claim_nobodys_statement() -> None:
    brief = brief_of("Residents of Nieuw Nickerie said fishing had stopped along the river.")
    assert "Nieuw Nickerie" in places(brief)
    assert brief.positions == []


def test_the_spokesperson_is_the_body_a_spokesperson_was_named_for() -> None:
    brief = brief_of(
        "A spokesperson for the Guyana Defence Force spoke in Georgetown. "
        '"Our soldiers acted with restraint," the spokesperson said.'
    )
    assert [p.by for p in brief.positions] == [["Guyana Defence Force"]]


def test_countries_sending_delegates_are_actors_not_places() -> None:
    brief = brief_of(
        "The bloc said 38 observers had arrived from Angola and Zambia to monitor the vote. "
        "Delegates at the talks were from twenty countries, including Kenya and Norway."
    )
    assert not {"Angola", "Zambia", "Kenya", "Norway"} & set(places(brief))
    assert {"Angola", "Zambia", "Kenya", "Norway"} <= set(names(brief))


def test_goods_or_travellers_from_a_country_still_name_a_place() -> None:
    brief = brief_of(
        "The minister said the refugees had arrived from Sudan. Oil shipped from Angola was seized."
    )
    assert {"Sudan", "Angola"} <= set(places(brief))


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Gordon Brown told the BBC that the threat was new.",
        "Senator Lindsey Graham spoke on Fox News about the withdrawal.",
        "In an interview with CNN, the minister called for a ceasefire.",
        "A spokesperson told the Military Times the attack took place at night.",
        "Hakim Almasmari, an editor of the Yemen Post newspaper, said the talks could help.",
        "The ministry said in a statement carried by the state news agency TASS that it flew.",
        "Deputy Minister Andrei Volkov told the state news agency TASS that Russia was ready.",
        "Russia dismissed the claims, in a statement quoted by the TASS news agency.",
        "The minister said the plan would work, according to remarks carried by Kyodo News.",
        "He told the state-run Herald newspaper that the number of deaths was small.",
    ],
)
def test_an_outlet_that_only_carried_the_remarks_is_no_actor(sentence: str) -> None:
    outlets = {"BBC", "Fox News", "CNN", "Military Times", "Yemen Post", "TASS", "Kyodo News"}
    outlets |= {"Herald"}
    assert not outlets & set(names(brief_of(sentence)))


def test_an_outlet_cited_as_the_source_of_a_report_stays_an_actor() -> None:
    brief = brief_of(
        "The BBC reported that the army had withdrawn. The minister later told the BBC he was "
        "satisfied."
    )
    assert "BBC" in names(brief)
    assert "TASS" in names(brief_of("According to TASS, the ship sank off the coast."))


def test_a_body_told_something_is_still_an_actor() -> None:
    brief = brief_of("The envoy told the Security Council that the truce was holding.")
    assert "Security Council" in " ".join(names(brief))


def test_a_country_after_its_capital_or_as_the_capital_of_is_a_place() -> None:
    brief = brief_of(
        "Talks in Minsk, Belarus produced a ceasefire. The summit met in Addis Ababa, capital "
        "of Ethiopia, on Monday."
    )
    assert {"Belarus", "Ethiopia"} <= set(places(brief))
    assert not {"Belarus", "Ethiopia"} & set(names(brief))


def test_a_person_after_a_capital_and_a_comma_is_no_place() -> None:
    brief = brief_of(
        "The prosecutor general of Tehran, Ali Alghasi Mehr, said 36 people were wanted."
    )
    assert "Ali Alghasi Mehr" not in places(brief)
    assert "Ali Alghasi Mehr" in names(brief)


def test_names_before_district_or_neighbourhood_are_places_even_coordinated() -> None:
    brief = brief_of(
        "The Hodan Wardhigley and Howl Wadag districts were the worst hit. Strikes hit the "
        "Shejaiyah neighborhood on Sunday."
    )
    assert {"Hodan Wardhigley", "Howl Wadag", "Shejaiyah"} <= set(places(brief))
    assert not {"Hodan Wardhigley", "Howl Wadag"} & set(names(brief))


def test_a_district_official_is_no_place() -> None:
    brief = brief_of("District commissioner Amina Yusuf said the roads were closed.")
    assert "Amina Yusuf" not in places(brief)


def test_a_sheikh_named_in_full_is_one_person_under_every_spelling() -> None:
    brief = brief_of(
        "Sheikh Sharif Sheikh Ahmed was sworn in as president. Western nations back Sheik"
        " Sharif Sheik Ahmed's government. President Sheikh Sharif Ahmed said he would stay."
    )
    people = [a for a in brief.actors if a.kind == "person"]
    assert [p.name for p in people] == ["Sheikh Sharif Sheikh Ahmed"]


def test_a_title_before_sheikh_is_no_part_of_the_name_and_no_actor() -> None:
    brief = brief_of("Ban Ki-moon met Qatar's Emir Sheikh Tamim bin Hamad al-Thani in Doha.")
    assert "Sheikh" not in names(brief)
    assert "Sheikh Tamim bin Hamad al-Thani" in names(brief)


def test_a_rank_before_a_name_is_a_title_not_part_of_the_name() -> None:
    brief = brief_of("The minister visited the family of Sergeant Miguel Quispe in Lima.")
    assert "Miguel Quispe" in names(brief)
    assert "Sergeant Miguel Quispe" not in names(brief)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SAMARKAND, Uzbekistan, Sept. 14 - The leaders agreed on a fund.",
            ["SAMARKAND", "Uzbekistan"],
        ),
        ("NEW YORK, Oct. 9 - The Security Council voted on Friday.", ["NEW YORK"]),
        ("ABUJA — ECOWAS suspended the country. Leaders met in Abuja.", ["Abuja"]),
    ],
)
def test_a_dateline_in_capitals_names_its_city_and_country(text: str, expected: list[str]) -> None:
    assert [
        p for p in places(brief_of(text)) if p.casefold() in {e.casefold() for e in expected}
    ] == expected


def test_capitals_opening_a_line_without_a_dateline_are_no_place() -> None:
    assert "NATO" not in places(brief_of("NATO - The alliance met in Brussels."))


def test_an_organisation_that_acts_is_no_place_after_from() -> None:
    brief = brief_of(
        "Iran demanded from Interpol to publish a notice. Interpol did not disclose its answer."
    )
    assert "Interpol" not in places(brief)
    assert "Interpol" in names(brief)


def test_a_surname_without_its_diacritic_is_the_same_person() -> None:
    brief = brief_of(
        "President Recep Tayyip Erdoğan spoke on Monday. A statement by Erdogan's office followed."
    )
    assert "Erdogan" not in names(brief)


def test_a_commentators_affiliation_is_no_actor_but_a_body_that_acts_is() -> None:
    brief = brief_of(
        '"It is hard," said Bruce Riedel of the Brookings Institution. The Brookings Institution'
        " published a report on Monday."
    )
    assert "Brookings Institution" in names(brief)
    alone = brief_of('"It is hard," said Daniel Levy of the New America Foundation.')
    assert "New America Foundation" not in names(alone)
    assert "New America Foundation" not in places(alone)


def test_a_plural_demonym_is_the_countrys_alias_not_a_group() -> None:
    brief = brief_of("Annan met Kenyans in Nairobi. Kenya must reform its police, he said.")
    assert "Kenyans" not in names(brief)
    kenya = next(a for a in brief.actors if a.name == "Kenya")
    assert "Kenyans" in kenya.aliases


def test_a_plural_people_of_no_country_stays_a_group() -> None:
    brief = brief_of("The Kurds said they would defend the town against the offensive.")
    assert "Kurds" in names(brief)


@pytest.mark.parametrize(
    "text",
    [
        "Former UN chief Kofi Annan warned Kenya on Wednesday.",
        "Libya's envoy to the United Nations, Taher al-Mansouri, welcomed the vote.",
    ],
)
def test_an_organisation_only_in_a_former_or_envoys_title_is_no_actor(text: str) -> None:
    assert not {"United Nations", "UN"} & set(names(brief_of(text)))


def test_an_organisation_whose_official_speaks_for_it_stays_an_actor() -> None:
    brief = brief_of("United Nations Secretary-General Ban Ki-moon called for a ceasefire.")
    assert "United Nations" in names(brief)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two helicopters flew over the Gulf of Finland on Wednesday.", "Gulf of Finland"),
        ("Troops deployed along the Syrian-Turkish border on Monday.", "Syrian-Turkish border"),
        ("She was held for six years in the Colombian jungle.", "Colombian jungle"),
        ("Donors from across the Arab world met on Monday.", "Arab world"),
        ("Shelling hit a suburb of Gaza City on Sunday.", "Gaza City"),
    ],
)
def test_compound_places_are_kept_whole(text: str, place: str) -> None:
    assert place in places(brief_of(text))


def test_a_feature_word_without_of_and_a_name_is_no_compound_place() -> None:
    brief = brief_of("The Gulf states met in Riyadh. The city council of Lima voted.")
    assert not [p for p in places(brief) if " of " in p]
    assert "Lima City" not in places(brief)


def test_negotiating_groups_and_bodies_in_acronym_form_are_actors() -> None:
    brief = brief_of("In return, the P5+1 is to provide relief. Iran asked Interpol for help.")
    assert {"P5+1", "Interpol"} <= set(names(brief))
    assert "Interpol" not in places(brief)


def test_a_plus_format_that_is_no_known_group_is_no_actor() -> None:
    assert "2+2" not in names(brief_of("The fourth 2+2 Ministerial Dialogue was held in Delhi."))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Protesters have blocked the main highways for 12 days.", "Protesters"),
        ("Demonstrators marched on the parliament on Friday.", "Demonstrators"),
    ],
)
def test_a_bare_plural_group_that_acts_is_an_actor(text: str, group: str) -> None:
    assert group in names(brief_of(text))


def test_a_bare_plural_group_that_does_not_act_is_no_actor() -> None:
    brief = brief_of("Police used tear gas against protesters in the capital.")
    assert not [n for n in names(brief) if n.lower() == "protesters"]


def test_the_country_a_body_is_based_in_is_a_place_not_an_actor() -> None:
    brief = brief_of("The Yemen-based Houthi movement claimed responsibility for the attacks.")
    assert "Yemen" not in names(brief)
    assert "Yemen" in places(brief)


def test_a_country_before_a_hyphenated_word_other_than_based_stays_an_actor() -> None:
    brief = brief_of("The Yemen-led talks ended. Yemen said it would return to Muscat.")
    assert "Yemen" in names(brief)


def test_a_name_after_a_titles_portfolio_is_the_titled_person() -> None:
    brief = brief_of(
        "UN High Commissioner for Human Rights Navi Pillay stated that civilians must be spared."
    )
    assert "Navi Pillay" in names(brief)


def test_a_portfolio_alone_after_a_title_is_nobody() -> None:
    brief = brief_of("The Director of National Intelligence Office said the threat had grown.")
    assert not [a for a in brief.actors if a.kind == "person"]


def test_a_two_word_surname_after_the_full_name_is_the_same_person() -> None:
    brief = brief_of(
        "Italian Minister for Defence Ignazio La Russa said advisers would go."
        " La Russa said in a news conference that their roles were open."
    )
    assert "La Russa" not in names(brief)


def test_a_person_in_apposition_after_a_city_is_a_person_not_a_place() -> None:
    brief = brief_of(
        "A spokesman for the Taliban administration in Kabul, Abdul Wahid Safi, rejected the"
        " criticism."
    )
    assert "Abdul Wahid Safi" not in places(brief)
    assert "Kabul" in places(brief)


def test_a_bare_compass_point_is_no_place_but_a_compass_before_a_name_stays() -> None:
    brief = brief_of(
        "Seoul broadcasts propaganda into the North. Troops moved into northern Syria."
    )
    assert "North" not in places(brief)
    assert "northern Syria" in places(brief)


def test_documents_and_works_named_like_bodies_are_no_actors() -> None:
    brief = brief_of(
        "Japan and the Philippines signed the Exchange of Notes for this assistance and a loan "
        "for the second phase of the North-South Commuter Railway."
    )
    assert {"Exchange of Notes", "Railway", "North-South Commuter Railway"}.isdisjoint(names(brief))
    assert {"Japan", "Philippines"} <= set(names(brief))


def test_a_service_named_by_its_demonym_is_the_countrys_alias() -> None:
    brief = brief_of(
        "Somalia said the talks had failed. The Somali army said it had retaken the town, and "
        "Iraqi security forces fled from Iraq."
    )
    aliases = {a.name: a.aliases for a in brief.actors}
    assert "Somali army" in aliases["Somalia"]
    assert "Iraqi security forces" in aliases["Iraq"]
    alone = brief_of("The Somali army said it had retaken the town.")
    assert [a.name for a in alone.actors] == ["Somali army"]  # named as the text names it


def test_a_service_word_modifying_a_noun_is_no_alias() -> None:
    brief = brief_of("Two Russian military helicopters entered Finnish airspace, Finland said.")
    aliases = {a.name: a.aliases for a in brief.actors}
    assert "Russian military" not in aliases.get("Russia", [])


def test_a_demonym_that_only_describes_a_thing_names_no_actor() -> None:
    brief = brief_of(
        "A Liberian-flagged oil tanker collided with a container ship. Aegean Crest Shipping, "
        "the Greek operator of the tanker, said the ship had turned across its path."
    )
    assert {"Liberia", "Greece"}.isdisjoint(names(brief))


def test_a_demonym_that_acts_names_the_country() -> None:
    brief = brief_of("The Greek government said the ship had turned across its path.")
    assert "Greece" in names(brief)


def test_a_body_cited_with_according_to_is_an_actor_not_a_place() -> None:
    brief = brief_of(
        "At least four people were killed in clashes in Douala on Monday, according to "
        "Amnesty International. Internet access was cut across the capital, according to "
        "the monitoring group NetBlocks."
    )
    assert {"Amnesty International", "NetBlocks"} <= set(names(brief))
    assert not {"Amnesty International", "NetBlocks"} & set(places(brief))
    assert "Douala" in places(brief)


def test_a_place_after_a_verb_of_motion_to_stays_a_place() -> None:
    brief = brief_of("The envoy travelled to Kismayo on Monday, according to Reuters.")
    assert "Kismayo" in places(brief)
    assert "Kismayo" not in names(brief)


def test_a_name_modifying_a_place_noun_is_a_place() -> None:
    brief = brief_of(
        "Two jets bombed the Lay Wah camp on Monday. They welcomed the Mission's decision to "
        "patrol the Yei corridor. A Vigo-based association said jobs were at risk."
    )
    assert {"Lay Wah", "Yei"} <= set(places(brief))
    assert not {"Lay Wah", "Yei", "Vigo"} & set(names(brief))


def test_an_organisation_describing_a_named_body_is_not_an_actor() -> None:
    brief = brief_of("The UN refugee agency, UNHCR, said it was deeply concerned.")
    assert names(brief) == ["UNHCR"]
    brief = brief_of("The UN humanitarian office said aid convoys were blocked.")
    assert "United Nations" in names(brief)


def test_a_river_named_with_its_noun_is_a_place_in_every_mention() -> None:
    brief = brief_of(
        "Turkey will raise the flow on the Tigris river. The Tigris was carrying about 180 cubic "
        "metres per second, Iraq said."
    )
    assert "Tigris" not in names(brief)
    assert "Tigris" in places(brief)


def test_a_measure_kept_in_place_and_a_future_invitation_are_next_steps() -> None:
    brief = brief_of(
        "He said the suspension would remain in place until an audit was completed. She said the "
        "government would invite foreign investors to bid for two plants."
    )
    whats = [s.what for s in brief.next_steps]
    assert any("remain in place" in w for w in whats)
    assert any("invite foreign investors" in w for w in whats)
    assert brief.demands == []


def test_a_news_outlet_cited_with_according_to_states_no_position() -> None:
    brief = brief_of(
        "According to CNN, Turkey has an estimated two million Syrian refugees. According to "
        "Amnesty International, at least four people were killed."
    )
    assert [p.by for p in brief.positions] == [["Amnesty International"]]
