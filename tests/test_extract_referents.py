"""Datelines that hide a subject, and nouns that refer back to a body named before."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.extract.nlp import parse_text

# ------------------------------------------------------------------ dateline dates


def test_a_dateline_date_does_not_swallow_the_subject_after_its_dash() -> None:
    brief = brief_of(
        "LIMA, Nov. 3 - Peru ordered three Bolivian diplomats to leave the country within "
        "72 hours and shut Bolivia's consulate in Puno. Foreign Ministry spokeswoman Lucia "
        "Paredes said the three had been declared persona non grata."
    )
    assert brief.next_steps, brief
    assert {tuple(s.by) for s in brief.next_steps} == {("Peru",)}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The talks ran from Nov. 3 - 5 in Geneva.", "Nov. 3 - 5"),
        ("The office is open Monday - Friday to visitors.", "Monday - Friday"),
    ],
)
def test_a_date_range_keeps_its_dash(text: str, date: str) -> None:
    doc = parse_text(text)
    dates = [e.text for e in doc.ents if e.label_ == "DATE"]
    assert any(date in d for d in dates), dates


# ------------------------------------------------------------------ nouns for a named body


def test_the_office_is_the_office_named_before_not_the_country() -> None:
    brief = brief_of(
        "Peru expelled three diplomats on Tuesday. According to Peru's Ombudsman Office, at "
        "least 40 people have been injured. The office urged both the protesters and the police "
        "to show restraint."
    )
    assert [d.by for d in brief.demands] == [["Ombudsman Office"]]


def test_a_named_body_word_without_such_a_body_named_is_not_the_nearest_organisation() -> None:
    text = (
        "Peru and the African Union held talks in Lima on Tuesday. The African Union later sent "
        "observers. The {noun} urged restraint."
    )
    assert [d.by for d in brief_of(text.format(noun="council")).demands] == [["African Union"]]
    assert [d.by for d in brief_of(text.format(noun="board")).demands] != [["African Union"]]


def test_the_ministry_is_the_owner_of_the_ministry_named_last() -> None:
    brief = brief_of(
        "Finland summoned Russia's charge d'affaires on Wednesday. Russia's defence ministry "
        'denied that any of its aircraft had crossed the border. "Russian aircraft flew '
        'strictly in accordance with international rules," the ministry said.'
    )
    claims = [p for p in brief.positions if "strictly" in p.what]
    assert claims and claims[0].by == ["Russia"]


def test_the_committee_is_the_committee_named_before_not_its_parent_body() -> None:
    brief = brief_of(
        "The budget must still be approved by the General Assembly's Fifth Committee. The "
        "committee is expected to take up the request in November, diplomats said."
    )
    steps = [s for s in brief.next_steps if "take up" in s.what]
    assert steps and steps[0].by == ["Fifth Committee"]


# ------------------------------------------------------------------ diplomatic measures


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland summoned Russia's charge d'affaires on Wednesday.",
        "Peru has also recalled its ambassador from La Paz for consultations.",
    ],
)
def test_summoning_or_recalling_an_envoy_is_a_next_step(sentence: str) -> None:
    brief = brief_of(sentence)
    assert len(brief.next_steps) == 1
    assert brief.positions == []


def test_recalling_a_fact_is_no_measure() -> None:
    brief = brief_of("Peru recalled that its ambassador had served in La Paz for a decade.")
    assert brief.next_steps == []


# ------------------------------------------------------------------ passives with no agent


def test_the_subject_of_an_agentless_passive_is_not_who_acted() -> None:
    brief = brief_of(
        "Peru expelled three Bolivian diplomats on Tuesday, Peru's foreign ministry said. "
        "Peru accused them of organising blockades.\n\n"
        "The Bolivian charge d'affaires was summoned to the ministry and was called on to "
        "guarantee that the officials left Peruvian territory by Friday."
    )
    assert [d.by for d in brief.demands] == [["Peru"]]


def test_a_raising_passive_keeps_its_subject_as_the_doer() -> None:
    brief = brief_of(
        "Peru and Bolivia met in Lima on Tuesday. Bolivia is expected to send a delegation to "
        "the talks in May."
    )
    assert [s.by for s in brief.next_steps] == [["Bolivia"]]


# ------------------------------------------------------------------ what a measure does


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulations also bar Canadian companies from insuring fuel cargoes bound for Myanmar.",
        "The measures add five entities to Canada's sanctions list.",
        "The officers are also barred from entering the country.",
        "Three officers of the Myanmar Air Force, whose assets in Canada will be frozen, "
        "were named.",
    ],
)
def test_what_a_measure_does_now_or_will_do_is_a_next_step(sentence: str) -> None:
    brief = brief_of("Canada banned exports of jet fuel to Myanmar on Monday. " + sentence)
    assert len(brief.next_steps) == 2, brief.next_steps
    assert all(s.by == ["Canada"] for s in brief.next_steps[1:])


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulations barred companies from insuring cargoes in 2019.",  # past: background
        "The only country that is barred from sending observers is Madagascar.",  # a state
        "Each member is required to report every year.",  # an obligation, not a measure taken
        "The regulations do not bar companies from insuring cargoes.",
    ],
)
def test_a_past_state_or_negated_effect_is_no_next_step(sentence: str) -> None:
    assert brief_of(sentence).next_steps == []


# ------------------------------------------------------------------ two plans after one verb


def test_an_infinitive_coordinated_with_a_commitment_is_a_second_plan() -> None:
    brief = brief_of(
        "Yemen and the Houthis agreed on Monday to a ceasefire and to exchange about 300 prisoners."
    )
    assert [s.what for s in brief.next_steps] == [
        "agreed on Monday to a ceasefire",
        "exchange about 300 prisoners",
    ]


def test_a_purpose_infinitive_after_an_announcement_is_no_second_plan() -> None:
    brief = brief_of(
        "Greece and the United States announced $4 billion in arms sales to deepen "
        "interoperability, and to explore future cooperation."
    )
    assert len(brief.next_steps) == 1


def test_a_second_modal_hung_on_the_first_clause_is_still_a_reported_plan() -> None:
    brief = brief_of(
        "She said Canada would not allow its businesses to become part of the supply chain and "
        "would share intelligence on fuel shipments with its allies."
    )
    assert [s.what for s in brief.next_steps] == [
        "would share intelligence on fuel shipments with its allies"
    ]


def test_a_modal_under_a_verb_that_is_not_speech_is_no_reported_plan() -> None:
    brief = brief_of(
        "Canada feared the ban would not stop its businesses from becoming part of the supply "
        "chain and would hurt exporters."
    )
    assert brief.next_steps == []


# ------------------------------------------------------------------ indirect demands


def test_a_letter_requesting_something_is_its_senders_demand() -> None:
    brief = brief_of(
        "Bolivia's ambassador, Elena Mamani, sent a letter to the Permanent Council on Tuesday "
        "requesting an urgent session."
    )
    assert [(d.by, d.what) for d in brief.demands] == [(["Elena Mamani"], "an urgent session")]


def test_a_letter_describing_something_asks_nothing() -> None:
    brief = brief_of("Bolivia sent a letter describing the incident to the Permanent Council.")
    assert brief.demands == []


@pytest.mark.parametrize(
    ("sentence", "of"),
    [
        ("Finland expected a full explanation and guarantees from Russia.", "Russia"),
        ("Finland sought an apology for the incursion.", None),
    ],
)
def test_what_is_owed_and_expected_is_a_demand(sentence: str, of: str | None) -> None:
    brief = brief_of(sentence)
    assert [(d.by, d.of) for d in brief.demands] == [(["Finland"], of)]


def test_an_expected_event_is_no_demand() -> None:
    assert brief_of("Finland expected a decision on Friday.").demands == []
    assert brief_of("Finland did not expect an apology.").demands == []


# ------------------------------------------------------------------ "according to him"


def test_according_to_a_pronoun_is_the_person_named_before() -> None:
    brief = brief_of(
        "Houthi military spokesman Yahya Sarea claimed the attack on Saturday. According to him, "
        "it was among the largest operations inside Saudi Arabia."
    )
    claims = [p for p in brief.positions if "largest" in p.what]
    assert [p.by for p in claims] == [["Yahya Sarea"]]


def test_according_to_them_credits_no_one_it_cannot_name() -> None:
    brief = brief_of("According to them, it was among the largest operations in years.")
    assert brief.positions == []


# ------------------------------------------------------------------ "said A and that B"


def test_two_reported_clauses_joined_by_and_that_are_two_claims() -> None:
    brief = brief_of(
        "Spokesman Zhao Wen said the boat had entered Chinese waters without permission and that "
        "the coast guard had acted in a restrained manner."
    )
    assert [p.what for p in brief.positions] == [
        "the boat had entered Chinese waters without permission",
        "the coast guard had acted in a restrained manner",
    ]
    assert all(p.by == ["Zhao Wen"] for p in brief.positions)


def test_a_reported_agreement_after_and_that_is_a_next_step() -> None:
    brief = brief_of(
        "Omani envoy Salim al-Harthy said the talks had been difficult and that the parties had "
        "also agreed to reopen the main road within two weeks."
    )
    assert [p.what for p in brief.positions] == ["the talks had been difficult"]
    assert [s.what for s in brief.next_steps] == [
        "the parties had also agreed to reopen the main road within two weeks"
    ]


def test_one_reported_clause_with_and_inside_stays_one_claim() -> None:
    brief = brief_of(
        "Spokesman Zhao Wen said the boat had entered Chinese waters and fished without permission."
    )
    assert len(brief.positions) == 1


# ------------------------------------------------------------------ placed under sanctions


def test_placed_under_sanctions_is_the_imposers_past_stance() -> None:
    brief = brief_of(
        "Madagascar, which was placed under SADC sanctions in 2009, sent no observers to the "
        "Southern African Development Community mission."
    )
    placed = [p for p in brief.positions if "sanctions" in p.what]
    assert [(p.by, p.stance) for p in placed] == [
        (["Southern African Development Community"], "condemn")
    ]


def test_placed_under_supervision_or_not_under_sanctions_is_no_measure() -> None:
    assert brief_of("The ballots were placed under guard by the police.").positions == []
    assert brief_of("Madagascar was not placed under sanctions.").positions == []


# ------------------------------------------------------------------ decisions by verb and object


@pytest.mark.parametrize(
    ("sentence", "section"),
    [
        ("The resolution still awaits approval by the General Assembly.", "next_steps"),
        ("Qatar won the bid to host the 2030 summit.", "next_steps"),
        ("The United States has obligated $25 million toward the program.", "next_steps"),
        ("Five West African countries formed a new security alliance on Sunday.", "next_steps"),
        ("The European Union voted on a resolution to expel Russia from the council.", "demands"),
    ],
)
def test_a_decision_named_by_verb_and_object(sentence: str, section: str) -> None:
    brief = brief_of(sentence)
    assert len(getattr(brief, section)) == 1, brief


@pytest.mark.parametrize(
    "sentence",
    [
        "The resolution awaits a reader in the archive.",
        "Qatar won the match on Sunday.",
        "The United States released a statement toward midnight.",
        "Protesters formed a long queue outside the embassy.",
        "The European Union voted on a resolution on the budget.",
    ],
)
def test_the_same_verbs_with_other_objects_decide_nothing(sentence: str) -> None:
    brief = brief_of(sentence)
    assert brief.next_steps == [] and brief.demands == []


def test_what_analysts_expect_is_no_plan_but_what_diplomats_report_is() -> None:
    assert brief_of("The talks are likely to fail, analysts said.").next_steps == []
    reported = brief_of(
        "The committee is expected to take up the request in November, diplomats said."
    )
    assert len(reported.next_steps) == 1


def test_a_step_of_a_procedure_is_no_demand() -> None:
    brief = brief_of("The budget must still be approved by the General Assembly's Fifth Committee.")
    assert brief.demands == []
    assert len(brief_of("The Houthis must release all detainees.").demands) == 1


# ------------------------------------------------------------------ parser repairs


def test_a_demanded_act_the_parser_read_as_to_plus_adjective() -> None:
    brief = brief_of("Nigeria urged the junta to free Bazoum.")
    assert [(d.by, d.what) for d in brief.demands] == [(["Nigeria"], "free Bazoum")]


def test_an_invitation_to_a_place_is_still_no_demand() -> None:
    assert brief_of("France invited Germany to the summit in Paris.").demands == []


def test_calling_accusations_baseless_condemns_them() -> None:
    brief = brief_of("Spokesman Nasser Kanaani called the accusations baseless.")
    assert [p.stance for p in brief.positions] == ["condemn"]


def test_a_denial_in_a_relative_clause_is_the_deniers_position() -> None:
    brief = brief_of(
        "Fighting continued on Monday. Ukraine accused Russia of targeting civilians, a charge "
        "Moscow denied."
    )
    assert [p.by for p in brief.positions] == [["Ukraine"], ["Russia"]]


def test_what_a_thing_would_cause_is_a_claim_not_a_plan() -> None:
    brief = brief_of(
        "Hungary vetoed the package. Prime Minister Viktor Orban said the aid would only prolong "
        "the war."
    )
    assert brief.next_steps == []
    assert any("prolong" in p.what for p in brief.positions)
    planned = brief_of("Prime Minister Viktor Orban said Hungary would send aid to Ukraine.")
    assert len(planned.next_steps) == 1


def test_the_speaker_after_an_according_to_source_the_parser_took_for_subject() -> None:
    brief = brief_of(
        "Iran issued warrants on Monday. According to semi-official news agency ISNA, the "
        "prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face charges."
    )
    assert [d.by for d in brief.demands] == [["Ali Alghasi Mehr"]]


def test_their_demands_after_a_group_spoke_in_the_paragraph_are_the_groups() -> None:
    brief = brief_of(
        "Protests continued in Baghdad on Monday.\n\nProtesters have claimed Iran is influencing "
        "their government. Their demands have included dissolving Parliament."
    )
    assert [(d.by, d.what) for d in brief.demands] == [(["Protesters"], "dissolving Parliament")]


def test_what_it_will_cause_is_no_plan() -> None:
    brief = brief_of(
        "Libya's foreign minister criticized the dispatch of advisers, saying it will harm "
        "chances for peace."
    )
    assert brief.next_steps == []
    assert len(brief_of("Libya said it will send advisers to Benghazi.").next_steps) == 1


def test_the_ministry_is_no_spokeswomans_title() -> None:
    brief = brief_of(
        "Foreign Ministry spokeswoman Lucia Paredes said Peru had evidence. Bolivia's foreign "
        "ministry rejected the accusations.\n\nDeputy minister Ramiro Condori said the ministry "
        "had also expressed its condolences to the family."
    )
    condolences = [p for p in brief.positions if "condolences" in p.what]
    assert condolences and "Lucia Paredes" not in condolences[0].by


def test_what_a_measure_does_is_the_governments_when_no_owner_is_named() -> None:
    brief = brief_of(
        "Canada banned exports of jet fuel to Myanmar on Monday, Foreign Minister Claire "
        "Ouellette said.\n\nThe regulations also bar Canadian companies from insuring cargoes."
    )
    bar = [s for s in brief.next_steps if "bar" in s.what]
    assert [s.by for s in bar] == [["Canada"]]


def test_it_after_a_resolution_is_the_body_that_voted_it_not_its_drafter() -> None:
    brief = brief_of(
        "The U.N. Security Council voted on Thursday to deploy monitors to Sirte. The resolution, "
        "drafted by Britain, was adopted with Russia and China abstaining. It demands that all "
        "armed groups withdraw heavy weapons from the city."
    )
    assert [d.by for d in brief.demands] == [["U.N. Security Council"]]


def test_it_after_a_statement_keeps_the_statements_authors() -> None:
    brief = brief_of(
        "South Korea and Canada issued a joint statement on Friday. The statement was released "
        "in Seoul. It condemned North Korea's missile launches."
    )
    assert [p.by for p in brief.positions if "North Korea" in p.what] == [["South Korea", "Canada"]]


# ------------------------------------------------------------------ plans in news wording


@pytest.mark.parametrize(
    "sentence",
    [
        "The two delegations are scheduled to meet again in Doha on March 3.",
        "Turkey has invited the two sides to a meeting in Istanbul on Friday.",
        "The United States said it was sending an aircraft carrier to the region.",
        "The summit ended with an agreement to set up a joint commission.",
        "Britain announced it would expel four Russian diplomats.",
    ],
)
def test_a_plan_in_news_wording_is_one_next_step(sentence: str) -> None:
    brief = brief_of(sentence)
    assert len(brief.next_steps) == 1, brief.next_steps
    assert brief.positions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Philippines did not say whether it would invite the minister to the summit.",
        "The talks ended without an agreement to set up a commission.",
        "Ministers did not reach a deal to cut tariffs.",
        "Turkey invited the two sides to join the mission.",
    ],
)
def test_an_open_question_a_missing_deal_or_an_invitation_to_act_plans_nothing(
    sentence: str,
) -> None:
    assert brief_of(sentence).next_steps == []


def test_a_demand_noun_listing_nothing_is_no_crash() -> None:
    assert brief_of("Demand been ").demands == []


def test_officials_in_a_capital_speak_for_its_country() -> None:
    brief = brief_of(
        "South Korea raised its alert. Officials in Seoul said the North had fired two missiles."
    )
    assert [p.by for p in brief.positions] == [["South Korea"]]
    unnamed = brief_of("Russia sent envoys. Diplomats in Geneva said the talks had stalled.")
    assert all(p.by == [] for p in unnamed.positions)


@pytest.mark.parametrize(
    "sentence",
    [
        "China vowed to retaliate, calling the move unacceptable.",
        "China called the move protectionist.",
    ],
)
def test_a_label_the_parser_hung_on_the_object_is_still_a_characterisation(sentence: str) -> None:
    brief = brief_of("Tariffs were raised on Monday. " + sentence)
    assert [(p.by, p.stance) for p in brief.positions] == [(["China"], "condemn")]


def test_calling_someone_back_is_no_label() -> None:
    brief = brief_of("Tariffs were raised. Kenya called the minister back home.")
    assert all("home" not in p.what for p in brief.positions)


def test_a_compact_signed_last_year_is_background() -> None:
    brief = brief_of("The ministers discussed the $500 million compact signed last year.")
    assert brief.next_steps == []
    assert len(brief_of("They agreed last week to hold talks in Manila.").next_steps) == 1


ARMENIA_AZERBAIJAN = (
    "Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov "
    "in Almaty on Friday.\n\nThe two sides agreed to continue talks on a peace treaty. Mirzoyan "
    "said progress had been made, while Bayramov accused Yerevan of delaying the process."
)


def test_the_two_sides_after_a_meeting_are_its_two_parties() -> None:
    brief = brief_of(ARMENIA_AZERBAIJAN)
    # Armenia is named "Yerevan", its surface form: the text never names the country itself.
    assert [s.by for s in brief.next_steps] == [["Yerevan", "Azerbaijan"]]


def test_a_surname_tagged_as_a_nationality_is_still_the_person() -> None:
    brief = brief_of(ARMENIA_AZERBAIJAN)
    claims = {p.what: p.by for p in brief.positions}
    assert claims["progress had been made"] == ["Ararat Mirzoyan"]


def test_a_contrasting_clause_of_another_speaker_is_not_part_of_the_claim() -> None:
    brief = brief_of(ARMENIA_AZERBAIJAN)
    assert sorted(p.by[0] for p in brief.positions) == ["Ararat Mirzoyan", "Jeyhun Bayramov"]
    kept = brief_of(
        "Guyana and Suriname met in May.\n\nEnvoy Albert Ramdin said the talks cannot succeed "
        "while soldiers shoot at fishermen."
    )
    assert [p.what for p in kept.positions] == [
        "the talks cannot succeed while soldiers shoot at fishermen"
    ]


def test_wanting_another_party_to_act_asks_it_to() -> None:
    brief = brief_of("Talks were held. Germany wants Russia to withdraw its troops.")
    assert [(d.by, d.of) for d in brief.demands] == [(["Germany"], "Russia")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany wants to withdraw its troops.",
        "Germany does not want Russia to withdraw.",
        "Both sides wanted the plant to be operating by 2030.",
    ],
)
def test_wanting_to_act_oneself_or_a_goal_asks_no_one(sentence: str) -> None:
    assert brief_of("Talks were held. " + sentence).demands == []


def test_it_is_essential_that_is_a_demand_of_the_text() -> None:
    brief = brief_of(
        "Talks were held. It is essential that humanitarian workers be protected, the statement "
        "said."
    )
    assert [d.what for d in brief.demands] == ["humanitarian workers be protected"]
    assert brief_of("Talks were held. It is important that the talks succeeded.").demands == []


def test_a_demanded_passive_keeps_what_is_to_be_done() -> None:
    brief = brief_of("Talks were held. The opposition demanded that the results be annulled.")
    assert [d.what for d in brief.demands] == ["the results be annulled"]


def test_a_reported_plan_takes_its_own_date_not_the_reporting_verbs() -> None:
    brief = brief_of(
        "Spain, Ireland and Norway said on Wednesday they would recognise a Palestinian state "
        "on May 28."
    )
    assert [s.when for s in brief.next_steps] == ["on May 28"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Work on the road is due to start in July.",
        "The Constitutional Council has until October 28 to rule on any challenges.",
        "Swedish prosecutors opened a preliminary sabotage investigation on Wednesday.",
        "The ministers set up a $5 million fund to pay for radiation testing.",
        "The EU said the bloc would support the reconstruction of border areas with 50 million "
        "euros.",
    ],
)
def test_a_measure_or_deadline_in_other_words_is_a_next_step(sentence: str) -> None:
    brief = brief_of("Talks were held in Brussels on Monday. " + sentence)
    assert len(brief.next_steps) == 1, brief.next_steps


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers opened the meeting with a minute of silence.",
        "The EU supports the reconstruction of border areas.",
        "Russia said the vote would only harden positions.",
    ],
)
def test_the_same_verbs_without_a_measure_plan_nothing(sentence: str) -> None:
    assert brief_of("Talks were held in Brussels on Monday. " + sentence).next_steps == []


def test_a_plan_in_a_while_clause_of_another_party_is_its_own() -> None:
    brief = brief_of(
        "Donors met in Geneva. Britain pledged 8 million pounds, while the United States said it "
        "would provide $5 million through UNICEF."
    )
    assert [s.by for s in brief.next_steps] == [["Britain"], ["United States"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Hossein Rahmani said in a statement carried by the state news agency "
        "IRNA that the vote was illegal.",
        "The minister told state broadcaster SSBC that the oil would flow again.",
    ],
)
def test_an_outlet_that_only_carried_the_words_is_no_actor(sentence: str) -> None:
    brief = brief_of("Talks were held in Vienna on Monday. " + sentence)
    assert not {"IRNA", "SSBC"} & {a.name for a in brief.actors}


def test_an_outlet_cited_as_the_source_of_a_report_stays_an_actor() -> None:
    brief = brief_of("Talks were held. According to Yonhap, the North fired two missiles.")
    assert "Yonhap" in {a.name for a in brief.actors}


def test_a_capitalised_dateline_with_a_date_is_a_place_not_an_actor() -> None:
    brief = brief_of(
        "JOHANNESBURG, April 17 - Finance ministers of the Group of 20 agreed on Thursday to give "
        "creditors a six-month deadline."
    )
    assert "JOHANNESBURG" not in {a.name for a in brief.actors}
    assert "JOHANNESBURG" in {p.name for p in brief.locations}


def test_capitals_between_which_a_dispute_runs_are_governments() -> None:
    brief = brief_of(
        "Finance ministers met on Thursday. China and the United States disagreed. The sharpest "
        "disagreement came between Washington and Beijing."
    )
    assert not {"Washington", "Beijing"} & {p.name for p in brief.locations}
    travel = brief_of(
        "Ministers met on Thursday. The flight between Washington and Beijing was long."
    )
    assert {"Washington", "Beijing"} <= {p.name for p in travel.locations}


def test_a_capital_the_model_reads_as_a_name_is_still_its_government() -> None:
    brief = brief_of(
        "Talks ended. South Sudan's petroleum minister, Deng Majok Akol, welcomed the agreement "
        "but said Juba had not dropped its claim for compensation."
    )
    assert "Juba" not in {p.name for p in brief.locations}


def test_a_pledge_repeated_with_the_verb_left_out_is_each_partys() -> None:
    brief = brief_of(
        "Donors met in Geneva. Britain pledged 8 million pounds and the European Union 10 "
        "million euros."
    )
    assert [(s.by, s.what) for s in brief.next_steps] == [
        (["Britain"], "pledged 8 million pounds"),
        (["European Union"], "the European Union 10 million euros"),
    ]


def test_a_pledge_to_two_countries_is_one_pledge() -> None:
    brief = brief_of("Donors met in Geneva. Japan pledged $5 million to Kenya and Uganda.")
    assert [s.by for s in brief.next_steps] == [["Japan"]]
