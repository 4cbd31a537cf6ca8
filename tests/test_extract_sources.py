"""Who a statement is credited to when the text cites a source, a dateline or a state body."""

from __future__ import annotations

from samples import brief_of


def names(brief: object) -> list[str]:
    return [a.name for a in brief.actors]  # type: ignore[attr-defined]


def step_by(brief: object, words: str) -> list[str]:
    steps = brief.next_steps  # type: ignore[attr-defined]
    return next(s.by for s in steps if words in s.evidence[0].text)


def test_a_name_the_model_cut_at_and_is_one_organisation() -> None:
    brief = brief_of(
        "The ruling Party of Action and Solidarity won most seats. The Guyana Gold and "
        "Diamond Miners Association said about 300 of its members work along the river."
    )
    assert {"Party of Action and Solidarity", "Guyana Gold and Diamond Miners Association"} <= set(
        names(brief)
    )
    assert not {"Solidarity", "Guyana Gold", "Diamond Miners Association"} & set(names(brief))


def test_two_bodies_joined_by_and_stay_two() -> None:
    brief = brief_of("Oxfam and the Norwegian Refugee Council said aid was blocked at the border.")
    assert {"Oxfam", "Norwegian Refugee Council"} <= set(names(brief))
    brief = brief_of("The Organization of American States and Mercosur called for calm.")
    assert {"Organization of American States", "Mercosur"} <= set(names(brief))


def test_of_after_an_institution_head_continues_its_name() -> None:
    brief = brief_of("A spokesman for the Alliance of Sahel States said the deal must not stand.")
    assert "Alliance of Sahel States" in names(brief)
    assert "Alliance" not in names(brief)


def test_coordinated_subject_after_an_agency_dateline_keeps_every_country() -> None:
    brief = brief_of(
        "ABUJA, March 3 (AFP) - Nigeria and Niger agreed on Tuesday to reopen their land border."
    )
    assert step_by(brief, "reopen") == ["Nigeria", "Niger"]


def test_a_step_whose_subject_names_no_party_is_the_cited_sources() -> None:
    brief = brief_of(
        "Nigeria and Niger agreed to reopen their border. Customs posts at Jibia will reopen "
        "first, according to the Nigerian Ministry of Foreign Affairs."
    )
    by = step_by(brief, "Customs posts")
    assert "Nigerian Ministry of Foreign Affairs" in by or "Ministry of Foreign Affairs" in by


def test_the_cited_source_stands_beside_a_named_doer() -> None:
    brief = brief_of(
        "Sudan and South Sudan agreed to resume oil exports. South Sudan will pay a transit fee "
        "of $12 a barrel, according to the African Union."
    )
    by = step_by(brief, "transit fee")
    assert "South Sudan" in by and "African Union" in by


def test_a_news_outlet_cited_as_source_is_no_party_to_the_step() -> None:
    brief = brief_of(
        "Sudan and South Sudan agreed to resume oil exports. South Sudan will pay a transit fee "
        "of $12 a barrel, according to Reuters."
    )
    by = step_by(brief, "transit fee")
    assert "South Sudan" in by and "Reuters" not in by


def test_a_state_body_speaks_for_its_country_too() -> None:
    brief = brief_of(
        "Russia and Finland traded accusations. The Russian Defence Ministry said it would move "
        "two brigades to the border."
    )
    assert step_by(brief, "brigades") == ["Russian Defence Ministry", "Russia"]


def test_an_office_for_a_countrys_affairs_and_a_private_body_are_not_that_country() -> None:
    brief = brief_of(
        "China and Taiwan traded accusations. The Taiwan Affairs Office said it would hold "
        "drills in May. Guyana protested. The Guyana Gold and Diamond Miners Association said "
        "it would hold a vigil on Friday."
    )
    assert "Taiwan" not in step_by(brief, "drills")
    assert "Guyana" not in step_by(brief, "vigil")


def test_a_country_name_before_an_institution_head_is_the_bodys_name() -> None:
    brief = brief_of(
        "The U.S. Navy said a destroyer sailed nearby. The Africa Corps acknowledged losses."
    )
    assert {"U.S. Navy", "Africa Corps"} <= set(names(brief))


def test_a_country_before_a_title_stays_the_country() -> None:
    brief = brief_of("US Secretary of State Marco Rubio said the talks would resume in May.")
    assert "United States" in names(brief)
    assert not any(name.startswith("US Secretary") for name in names(brief))


def test_a_named_body_speaks_through_its_spokesperson_a_generic_one_does_not() -> None:
    brief = brief_of(
        "China Coast Guard spokesman Zhou Haitao said the boats had intruded. Foreign Ministry "
        "spokesman Li Wei said Beijing would respond."
    )
    assert "China Coast Guard" in names(brief)
    assert "Foreign Ministry" not in names(brief)


def positions_by(brief: object, words: str) -> list[list[str]]:
    items = brief.positions  # type: ignore[attr-defined]
    return [p.by for p in items if words in p.evidence[0].text]


def test_the_noun_that_ends_one_bodys_name_stands_for_it() -> None:
    brief = brief_of(
        "According to the General Police Inspectorate, 130 people were paid. The inspectorate "
        "said 47 people had been detained since the election."
    )
    assert ["General Police Inspectorate"] in positions_by(brief, "47 people")


def test_a_noun_two_bodies_end_with_stands_for_neither() -> None:
    brief = brief_of(
        "The Indonesian Palm Oil Association and the Malaysian Palm Oil Association met in "
        "Jakarta. The association said 47 people had been detained since the election."
    )
    for by in positions_by(brief, "47 people"):
        assert not {"Indonesian Palm Oil Association", "Malaysian Palm Oil Association"} & set(by)


def test_a_body_that_is_to_meet_has_a_next_step_a_duty_that_is_to_does_not() -> None:
    brief = brief_of(
        "The Joint Rivers Commission agreed to draft a deal. The commission is to meet again in "
        'New Delhi in March, officials said. "Our first duty is to find the missing men," Koh said.'
    )
    assert any("meet again" in s.what for s in brief.next_steps)
    assert not any("duty" in s.evidence[0].text for s in brief.next_steps)


def test_what_a_thing_would_have_to_do_is_a_demand_a_partys_is_its_step() -> None:
    brief = brief_of(
        "India and Bangladesh met. Vivek Menon said any agreement would have to take into "
        "account the needs of farmers. The World Food Programme said it would have to halve "
        "rations from July 1."
    )
    demands = [d.what for d in brief.demands]
    assert any("take into account the needs of farmers" in w for w in demands)
    assert not any("halve rations" in w for w in demands)
    assert any("halve rations" in s.what for s in brief.next_steps)


def test_expressed_gratitude_is_a_welcome_thanks_to_is_none() -> None:
    brief = brief_of(
        "Japan expressed its gratitude to Australia for its support. Thanks to the mediators, "
        "Japan and Australia agreed to meet in May."
    )
    welcomes = [p for p in brief.positions if p.stance == "welcome"]
    assert len(welcomes) == 1 and "gratitude" in welcomes[0].evidence[0].text


def test_a_stance_with_its_preposition_said_again_is_two_stances() -> None:
    brief = brief_of(
        "G7 members are deeply concerned by the expansion of Iran's missile programme and by the "
        "transfer of missiles to Russia. Japan condemned the attack on the convoy and the killing "
        "of aid workers."
    )
    concerns = [p.what for p in brief.positions if p.stance == "concern"]
    assert len(concerns) == 2 and any("transfer of missiles" in w for w in concerns)
    assert len([p for p in brief.positions if p.stance == "condemn"]) == 1


def test_a_statement_titled_by_its_author_speaks_for_that_author() -> None:
    brief = brief_of(
        "Since May 14, the Chinese survey ship Haiyang Dizhi 12 has been working in Japan's "
        "zone. We call on China to stop these activities. Japan will brief its partners.",
        title="Statement by the Ministry of Foreign Affairs of Japan on a Chinese Survey Ship",
    )
    assert [d.by for d in brief.demands] == [["Japan"]]


def test_a_vessels_name_is_no_actor_in_any_mention() -> None:
    brief = brief_of(
        "Israeli patrol boats surrounded the research ship Cana on Tuesday. The Cana had been "
        "mapping the seabed, Israel said."
    )
    assert "Cana" not in names(brief)
    assert "Israel" in names(brief)


def test_peace_and_security_council_is_one_body_not_the_un_security_council() -> None:
    brief = brief_of(
        "The U.N. Security Council voted on Wednesday. The African Union Peace and Security "
        "Council welcomed the vote."
    )
    welcome = next(p for p in brief.positions if p.stance == "welcome")
    assert welcome.by == ["African Union Peace and Security Council"]


def test_a_party_that_expects_to_act_plans_it_and_each_modal_clause_is_a_step() -> None:
    brief = brief_of(
        "The Korea Coast Guard said the work went well. The agency said it expected to raise the "
        "hull by the end of June and would deploy four more patrol vessels. Analysts expect "
        "growth to slow."
    )
    whats = [s.what for s in brief.next_steps]
    assert any(w.startswith("raise the hull") for w in whats)
    assert any("would deploy four more patrol vessels" in w for w in whats)
    assert not any("growth" in w for w in whats)


def test_a_reported_request_in_the_past_perfect_is_a_demand_background_is_not() -> None:
    brief = brief_of("Kanda said on Friday that Tokyo had asked Seoul to suspend the salvage.")
    assert [d.what for d in brief.demands] == ["suspend the salvage"]
    brief = brief_of("Kanda said Tokyo had asked Seoul in 2019 to suspend the salvage.")
    assert brief.demands == []


def test_a_remark_he_also_made_is_not_the_bottom_line() -> None:
    brief = brief_of(
        "At least 31 people were killed when aircraft bombed a camp on Monday. He also said "
        "Bangkok had asked Naypyidaw to respect the safety of civilians. ASEAN called for an "
        "immediate halt to the violence."
    )
    assert brief.summary.startswith("ASEAN called for an immediate halt")


def test_the_leaders_after_a_call_are_its_two_parties() -> None:
    brief = brief_of(
        "The President of the United States spoke today with the President of the Republic of "
        "Indonesia. The leaders also agreed to launch a joint working group on supply chains.",
        title="Readout of the President's Call with the President of the Republic of Indonesia",
    )
    assert step_by(brief, "working group") == ["United States", "Indonesia"]


def test_the_authors_a_media_note_names_speak_for_the_ministers() -> None:
    brief = brief_of(
        "The following is the text of a joint statement by the United States of America and the "
        "Socialist Republic of Viet Nam on the occasion of the dialogue. Secretary of State Daniel "
        "Whitford and Minister Nguyen Minh Duc met in Hanoi. The Ministers decided to launch a "
        "working group on semiconductors."
    )
    by = step_by(brief, "working group")
    assert len(by) == 2 and by[0] == "United States" and "Viet" in by[1]


def test_a_statement_cited_by_according_to_names_no_author_of_the_text() -> None:
    brief = brief_of(
        "Yemen's government and the Houthis agreed to swap prisoners. Under the agreement, the two "
        "sides will release the detainees in stages, according to a statement from the Omani "
        "foreign ministry."
    )
    assert {"Yemen", "Houthi"} & set(step_by(brief, "release the detainees"))


def test_a_title_of_a_country_before_the_name_gives_the_leaders_their_countries() -> None:
    brief = brief_of(
        "Prime Minister of India, Mr. Rajesh Varadarajan, and Prime Minister of Japan, Mr. Kenji "
        "Tanabe, held the annual summit in New Delhi. The two leaders agreed to meet again in "
        "Tokyo in 2028. Prime Minister Tanabe announced a new loan."
    )
    leaders = {a.name: a.affiliation for a in brief.actors if a.kind == "person"}
    assert leaders == {"Rajesh Varadarajan": "India", "Kenji Tanabe": "Japan"}


def test_a_capital_described_before_a_name_is_no_title() -> None:
    brief = brief_of(
        "Talks opened in Nairobi, capital of Kenya, Mr. Rajesh Varadarajan said on Monday."
    )
    assert [(a.name, a.affiliation) for a in brief.actors] == [("Rajesh Varadarajan", None)]


def test_an_unnamed_secretary_general_speaks_as_the_office() -> None:
    brief = brief_of(
        "The Secretary-General condemns in the strongest terms the killing of hostages."
    )
    assert [p.by for p in brief.positions] == [["Secretary-General"]]
    brief = brief_of(
        "UN Secretary-General Antonio Rossi condemned the attack. The Secretary-General called "
        "for calm."
    )
    assert "Secretary-General" not in names(brief)


def test_she_after_a_spokesperson_reporting_another_is_the_spokesperson() -> None:
    brief = brief_of(
        "UN spokesperson Leila Mansour said the Secretary-General condemned the attack. She urged "
        "the Malian authorities to act."
    )
    assert [d.by for d in brief.demands] == [["Leila Mansour"]]
