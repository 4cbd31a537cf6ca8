"""Reported speech as statements, predictions inside quotations, and who "he" is."""

from __future__ import annotations

import pytest
from samples import brief_of

# ------------------------------------------------------------------ attributed claims


def test_said_that_claim_without_stance_verb_is_an_other_position_of_the_speaker() -> None:
    brief = brief_of(
        "Defence Minister Anna Keller said the militia was responsible for the shelling."
    )
    assert [(p.stance, p.by) for p in brief.positions] == [("other", ["Anna Keller"])]
    assert "militia was responsible" in brief.positions[0].what


def test_quoted_evaluation_with_speaker_after_it_is_the_speakers_position() -> None:
    brief = brief_of('"Leaving them alone is a big mistake," said Senator Paul Brandt.')
    assert len(brief.positions) == 1
    assert brief.positions[0].stance == "condemn"
    assert brief.positions[0].by == ["Paul Brandt"]


def test_according_to_an_actor_is_its_claim_but_according_to_an_outlet_is_not() -> None:
    claim = brief_of("According to the United Nations, the camp was shelled by government forces.")
    assert [p.by for p in claim.positions] == [["United Nations"]]
    report = brief_of("According to Reuters News Agency, Turkey hosts two million refugees.")
    assert report.positions == []


def test_denial_is_a_condemnation() -> None:
    brief = brief_of("The government of Kenya denied the allegations of vote rigging.")
    assert [p.stance for p in brief.positions] == ["condemn"]


def test_reporting_verb_without_content_is_no_statement() -> None:
    assert brief_of("Foreign Minister Lena Ortiz spoke to reporters in Lagos.").positions == []
    assert brief_of("President Omar Haddad told the crowd about his childhood.").positions == []


def test_unnamed_subject_states_no_position() -> None:
    assert brief_of("Witnesses said the market was crowded at the time.").positions == []


def test_each_sentence_of_a_quotation_is_its_own_position() -> None:
    brief = brief_of(
        'Senator Paul Brandt wrote on Twitter, "The ceasefire is collapsing. '
        'Thousands of civilians are trapped in the city."'
    )
    assert len(brief.positions) == 2
    assert {tuple(p.by) for p in brief.positions} == {("Paul Brandt",)}


# ------------------------------------------------------------------ predictions in quotations


def test_quoted_will_about_a_third_party_is_a_forecast_not_a_plan() -> None:
    brief = brief_of(
        'Senator Paul Brandt spoke on television, "The rebels will now regroup in the hills."'
    )
    assert brief.next_steps == []
    assert [p.by for p in brief.positions] == [["Paul Brandt"]]


def test_quoted_will_of_the_speakers_own_side_stays_a_plan() -> None:
    brief = brief_of('Prime Minister Jan Novak said, "We will open the border crossing on Monday."')
    assert [s.by for s in brief.next_steps] == [["Jan Novak"]]


# ------------------------------------------------------------------ who speaks


def test_he_is_the_person_named_last_not_the_country_of_the_last_statement() -> None:
    brief = brief_of(
        "Benjamin Roth, prime minister of Israel, said Israel will not be bound by the deal.\n\n"
        'He also said: "The deal is a gift to the hardliners."'
    )
    last = brief.positions[-1]
    assert "gift" in last.evidence[0].text
    assert last.by == ["Benjamin Roth"]


def test_the_apposition_names_the_speaker_of_a_nameless_head() -> None:
    brief = brief_of(
        'Sudanese Foreign Minister Ali Karti met his counterpart in Nairobi. "The situation is '
        'very grim," said his Kenyan counterpart, John Kamau.'
    )
    grim = [p for p in brief.positions if "grim" in p.evidence[0].text]
    assert [p.by for p in grim] == [["John Kamau"]]


# ------------------------------------------------------------------ participle demands


def test_calling_on_after_said_is_a_demand_of_the_speaker() -> None:
    brief = brief_of(
        'President Ana Reyes said the talks had failed, calling on the rebels to "lay down '
        'their arms".'
    )
    assert [d.by for d in brief.demands] == [["Ana Reyes"]]


def test_blamed_for_encouraging_is_an_accusation_not_a_demand() -> None:
    brief = brief_of(
        "Critics blame President Ana Reyes for encouraging farmers to burn the forest."
    )
    assert brief.demands == []


def test_two_reporting_verbs_are_two_claims() -> None:
    brief = brief_of(
        'Prime Minister Jan Novak said the deal was a "historic mistake" and said the other side '
        'had made only "cosmetic concessions".'
    )
    assert len(brief.positions) == 2
    assert all(p.by == ["Jan Novak"] for p in brief.positions)


def test_a_claim_already_filed_as_a_demand_is_not_repeated_as_a_position() -> None:
    brief = brief_of("Foreign Minister Lena Ortiz said the rebels must release the hostages.")
    assert len(brief.demands) == 1
    assert brief.positions == []


# ------------------------------------------------------------------ reported events, necessity


def test_reported_signing_is_a_next_step_of_the_reported_party() -> None:
    brief = brief_of(
        "Foreign Minister Lena Ortiz said that Chile had signed a three-year agreement on "
        "port security."
    )
    assert len(brief.next_steps) == 1
    assert "signed a three-year agreement" in brief.next_steps[0].what
    assert brief.positions == []


def test_quoted_present_self_description_is_a_position_but_a_quoted_offer_stays_a_plan() -> None:
    described = brief_of(
        'Commission head Rui Lopes said, "Right now we are finalizing the last step of our '
        'preparation. We are prepared to run this election."'
    )
    assert described.next_steps == []
    offered = brief_of('"We stand ready to provide whatever help we can," said Minister Jan Novak.')
    assert len(offered.next_steps) == 1


def test_it_is_vital_to_is_a_demand_and_it_is_not_vital_is_none() -> None:
    assert len(brief_of("It is vital to tackle the root causes of the conflict.").demands) == 1
    assert brief_of("It is not vital to tackle every grievance at once.").demands == []


def test_she_is_the_last_person_who_spoke_not_the_last_person_greeted() -> None:
    brief = brief_of(
        'Rescued hostage Maria Duarte said, "I cry with joy." She was greeted by the First Lady, '
        'Ana Reyes.\n\n"I have been dreaming of this moment," she said.'
    )
    dream = [p for p in brief.positions if "dreaming" in p.evidence[0].text]
    assert [p.by for p in dream] == [["Maria Duarte"]]


def test_a_titled_speaker_is_credited_with_the_government_he_speaks_for() -> None:
    brief = brief_of(
        "Philip Hammond, UK Foreign Secretary, said it was clear that regional support was needed."
    )
    assert "Philip Hammond" in brief.positions[0].by


def test_a_second_quotation_without_attribution_keeps_the_paragraphs_speaker() -> None:
    brief = brief_of(
        'Envoy Kofi Mensah met the cabinet. "The talks were frank," Mensah said. "Only the '
        'politicians can solve the crisis. I urge them to listen to the voters."'
    )
    assert [d.by for d in brief.demands] == [["Kofi Mensah"]]


# ------------------------------------------------------------------ narrated stance nouns


def test_a_concern_noun_the_narrator_uses_is_nobodys_position() -> None:
    brief = brief_of(
        "Despite these concerns, donors from Gulf nations agreed to meet again in March."
    )
    assert brief.positions == []


def test_a_concern_someone_expresses_or_a_threat_something_poses_is_a_position() -> None:
    held = brief_of("Canada expressed concern over the missile tests.")
    assert [p.stance for p in held.positions] == ["concern"]
    posed = brief_of("South Korea and Canada said the launches pose a threat to the region.")
    assert [p.stance for p in posed.positions] == ["concern"]


def test_each_listed_infinitive_of_an_agreement_is_a_next_step() -> None:
    brief = brief_of(
        "Iran has agreed to not build any new enrichment facilities, to halt enrichment of "
        "uranium, to not install new centrifuges, and to disable a number of centrifuges."
    )
    assert [s.what for s in brief.next_steps] == [
        "not build any new enrichment facilities",
        "halt enrichment of uranium",
        "not install new centrifuges",
        "disable a number of centrifuges",
    ]


def test_a_purpose_clause_is_not_a_second_plan() -> None:
    brief = brief_of("The ministers agreed to deploy observers to monitor the ceasefire.")
    assert len(brief.next_steps) == 1


def test_an_accusation_the_government_denies_is_the_governments_denial() -> None:
    brief = brief_of(
        "Kenya held talks in Nairobi. Critics claim that the government has broken its "
        "promises, an accusation the government strongly denies."
    )
    assert sorted((p.stance, tuple(p.by)) for p in brief.positions) == [
        ("condemn", ("Kenya",)),
        ("other", ("Critics",)),
    ]


def test_so_must_x_is_a_demand_made_of_one_more_party() -> None:
    brief = brief_of('"Chile must act. And so must the government of Peru," she said.')
    assert len(brief.demands) == 2
    assert "so must the government of Peru" in brief.demands[1].what


def test_a_plan_reported_by_someone_credits_the_reporter_and_the_party_that_plans() -> None:
    brief = brief_of(
        "Foreign Minister Lena Ortiz said Chile would open the border crossing on Monday."
    )
    assert set(brief.next_steps[0].by) == {"Lena Ortiz", "Chile"}


def test_an_unattributed_sentence_after_a_speaker_in_his_paragraph_is_his() -> None:
    brief = brief_of(
        "Ecuador and Peru met in Lima. Minister Jan Novak said the talks had failed. "
        "It is vital to reopen the border."
    )
    assert [d.by for d in brief.demands] == [["Jan Novak"]]


def test_asked_someone_somewhere_for_something_is_a_demand_for_it() -> None:
    brief = brief_of(
        "Foreign Minister Abu Bakr al-Qirbi asked the delegates at the conference for "
        '"international support to build roads, combat poverty and create jobs".'
    )
    assert len(brief.demands) == 1
    assert brief.demands[0].what.startswith("international support")
    assert brief.next_steps == []


def test_an_inverted_claim_of_unnamed_people_is_no_position() -> None:
    brief = brief_of("This was the most intense fighting in months, claim residents.")
    assert brief.positions == []


def test_a_report_by_an_actor_that_claims_something_is_the_actors_claim() -> None:
    brief = brief_of(
        "Kenya held talks on Monday. A Human Rights Watch report that claimed militias were "
        "arming was published on Wednesday."
    )
    assert any("militias were" in p.evidence[0].text for p in brief.positions)


def test_a_quotation_inside_its_own_sentence_speaks_for_the_quoted_speaker() -> None:
    brief = brief_of(
        "Israel continued its operation in Gaza. UN Secretary-General Ban Ki-moon, who is in "
        'Doha, said in a statement, "I will continue to press for an immediate ceasefire."'
    )
    (demand,) = brief.demands
    assert "Ban Ki-moon" in demand.by
    assert "Israel" not in demand.by


def test_a_quoted_must_after_the_speaker_is_the_speakers_demand_not_the_parties() -> None:
    brief = brief_of(
        "Canada and Mexico met in Ottawa. Their host, Foreign Minister Anita Rao, said, "
        '"Both sides must respect the ceasefire."'
    )
    assert any("Anita Rao" in d.by for d in brief.demands)


def test_a_statement_outside_the_quotation_keeps_its_own_subject() -> None:
    brief = brief_of(
        'Norway welcomed the agreement, while Sweden said "all parties must now implement it".'
    )
    welcome = next(p for p in brief.positions if p.stance == "welcome")
    assert welcome.by == ["Norway"]
    assert [d.by for d in brief.demands] == [["Sweden"]]


def test_a_bare_surname_the_model_missed_is_still_the_named_person() -> None:
    brief = brief_of(
        "The United Nations said the vote was delayed. Kenyan cabinet minister William Ruto "
        'dismissed the claims. "The people making these allegations should come forward," '
        "said Ruto."
    )
    assert any("William Ruto" in d.by for d in brief.demands)
    assert not any("United Nations" in d.by for d in brief.demands)


def test_a_surname_used_as_a_common_word_is_no_mention_of_the_person() -> None:
    from briefings.extract.actors import find_actors
    from briefings.extract.evidence import index_sentences, sentence_of_token
    from briefings.extract.nlp import parse_text

    doc = parse_text(
        "Aid chief Mark Young visited the camp on Monday. Young volunteers handed out food."
    )
    sentences = index_sentences(doc)
    index = find_actors(doc, sentence_of_token(sentences, doc), sentences, set())
    later = next(t for t in doc if t.text == "Young" and t.i > 5)
    assert later.i not in index.token_actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary of State Condoleezza Rice felt the conference was a success.",
        "Ivan Lewis echoed Mujawar's statements by saying that Yemen is not a failed state.",
    ],
)
def test_feeling_and_echoing_report_a_claim(sentence: str) -> None:
    assert len(brief_of(sentence).positions) == 1


def test_feeling_something_physical_is_no_claim() -> None:
    assert brief_of("Rescue workers in Kabul felt the tremor on Monday.").positions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal left a coalition government unchallenged by a real political opposition.",
        "Washington plans to give the Libyan opposition $25 million in assistance.",
    ],
)
def test_the_opposition_as_a_group_is_no_condemnation(sentence: str) -> None:
    assert [p for p in brief_of(sentence).positions if p.stance == "condemn"] == []


def test_someones_opposition_to_something_is_a_condemnation() -> None:
    brief = brief_of("Japan and Canada reiterated their opposition to economic coercion.")
    assert [p.stance for p in brief.positions] == ["condemn"]


def test_a_quotation_after_saying_is_the_speaker_of_the_main_verb() -> None:
    brief = brief_of(
        "Israel pressed on with its operation. UN Secretary-General Ban Ki-moon arrived in "
        "Doha on Sunday. Ban criticized Israel for the civilian death toll saying, "
        "\u201cDozens more civilians have been killed. I condemn this atrocious action.\u201d"
    )
    condemned = [p for p in brief.positions if "atrocious" in p.what]
    assert condemned, [p.what for p in brief.positions]
    assert all("Ban Ki-moon" in p.by and "Israel" not in p.by for p in condemned)


def test_a_pronoun_subject_under_said_is_the_reporting_verbs_subject() -> None:
    brief = brief_of(
        "China's spokesman Zhao Wen rejected the protest. Japan and Australia said they were "
        "seriously concerned by the incident. The African Union said it was gravely concerned."
    )
    concerns = [p.by for p in brief.positions if p.stance == "concern"]
    assert concerns == [["Japan", "Australia"], ["African Union"]]


def test_a_pronoun_under_a_pronoun_speaker_keeps_the_earlier_speaker() -> None:
    brief = brief_of(
        "Foreign Minister Ana Silva spoke after the talks. She said she was deeply concerned."
    )
    assert [p.by for p in brief.positions if p.stance == "concern"] == [["Ana Silva"]]


def test_the_agency_is_the_nearest_organisation_named_before() -> None:
    brief = brief_of(
        "The Economic Community of West African States closed the borders. According to the "
        "World Food Programme, two million people depend on imported rice. The agency said it "
        "was ready to deliver food aid and asked the bloc to exempt aid shipments."
    )
    assert [d.by for d in brief.demands] == [["World Food Programme"]]


def test_the_agency_with_no_organisation_before_falls_back_to_the_parties() -> None:
    brief = brief_of("Kenya closed the border. The agency said the border would reopen soon.")
    assert all("Kenya" in n.by for n in brief.next_steps)


# ------------------------------------------------------------------ one claim, one position


def test_a_participle_before_the_reporting_verb_is_no_second_claim() -> None:
    brief = brief_of(
        "Speaking to reporters in Geneva, Foreign Minister Lena Ortiz said, "
        '"The ministers expressed deep concern about the floods."'
    )
    assert [(p.stance, p.by) for p in brief.positions] == [("concern", ["Lena Ortiz"])]


@pytest.mark.parametrize(
    "sentence",
    [
        'Senator Paul Brandt said, "The plan was a failure and we can say that it betrays the '
        'farmers."',
        'Senator Paul Brandt wrote, "We have to admit that the harvest failed."',
    ],
)
def test_the_quoted_speakers_own_reporting_verb_is_part_of_the_quotation(sentence: str) -> None:
    brief = brief_of(sentence)
    assert [p.by for p in brief.positions] == [["Paul Brandt"]]


def test_a_claim_reported_after_the_reporting_verb_is_still_a_claim() -> None:
    brief = brief_of(
        "Foreign Minister Lena Ortiz said on Monday that the vote had been fair, adding that "
        "the count would end on Friday."
    )
    assert brief.positions
    assert all(p.by == ["Lena Ortiz"] for p in brief.positions)


# ------------------------------------------------------------------ a claim and a coordinated act


def test_a_claim_stays_when_the_parser_joins_the_speakers_call_to_it() -> None:
    brief = brief_of(
        "Doctors Without Borders said its teams had treated more than 1,300 survivors of "
        "violence last year, and called for a permanent medical presence at the centres."
    )
    assert [(p.by, p.what) for p in brief.positions] == [
        (
            ["Doctors Without Borders"],
            "its teams had treated more than 1,300 survivors of violence last year",
        )
    ]
    assert [d.by for d in brief.demands] == [["Doctors Without Borders"]]


def test_a_claim_stays_beside_another_voice_joined_to_it() -> None:
    brief = brief_of(
        "The United States said the board had sent a clear message, and its envoy, Laura "
        "Whitfield, urged Tehran to resume full cooperation with the agency."
    )
    assert [(p.by, p.what) for p in brief.positions] == [
        (["United States"], "the board had sent a clear message")
    ]
    assert [d.by for d in brief.demands] == [["Laura Whitfield"]]


def test_planned_acts_joined_in_a_reported_clause_add_no_claim() -> None:
    brief = brief_of("Canada said it would host talks in May and sign the accord in June.")
    assert brief.positions == []
    assert len(brief.next_steps) >= 1


def test_a_reported_past_act_beside_a_plan_is_a_claim_and_a_step() -> None:
    brief = brief_of(
        "UNICEF said it had flown in 40 tonnes of water purification tablets and would truck "
        "clean water to schools in Chitungwiza."
    )
    assert [(p.by, p.what) for p in brief.positions] == [
        (["UNICEF"], "it had flown in 40 tonnes of water purification tablets")
    ]
    assert [s.by for s in brief.next_steps] == [["UNICEF"]]


def test_two_plans_in_a_reported_clause_are_no_claim() -> None:
    brief = brief_of("UNICEF said it would send tablets and would truck water to schools.")
    assert brief.positions == []


def test_a_vote_against_with_nothing_after_it_is_opposition() -> None:
    brief = brief_of(
        "The resolution was adopted by 19 votes to three. Russia and China voted against."
    )
    assert [(p.by, p.stance) for p in brief.positions] == [(["Russia", "China"], "condemn")]


def test_voting_against_a_motion_later_is_no_bare_vote() -> None:
    brief = brief_of("Russia voted on Monday, and the text passed.")
    assert brief.positions == []


def test_a_closing_said_whose_speaker_the_parser_hung_on_the_clause() -> None:
    brief = brief_of(
        "A tanker and a container ship collided in the Strait of Malacca on Thursday, killing "
        "two crew members, the Maritime and Port Authority of Singapore (MPA) said."
    )
    assert len(brief.positions) == 1
    assert "Authority of Singapore" in brief.positions[0].by[0]


def test_a_list_of_speakers_before_a_closing_said() -> None:
    brief = brief_of(
        '"Iran must now choose between cooperation and isolation," France, Germany and Britain '
        "said in a joint statement."
    )
    assert [d.by for d in brief.demands] == [["France", "Germany", "Britain"]]


def test_the_authority_and_the_secretariat_speak_for_the_body_named_before() -> None:
    brief = brief_of(
        "The Civil Aviation Authority of Nepal (CAAN) closed the airport. Three passengers were "
        "missing and 31 had been rescued, the authority said."
    )
    assert [p.by for p in brief.positions] == [["Civil Aviation Authority of Nepal"]]


def test_through_an_acronym_is_no_place() -> None:
    brief = brief_of(
        "The Mekong River Commission (MRC) said the dam had released water. Data is shared "
        "through MRC, the ministry said."
    )
    assert "MRC" not in [p.name for p in brief.locations]


def test_a_reported_protest_note_or_raised_monitoring_is_a_step_taken() -> None:
    note = brief_of("He said Colombia had sent a formal protest note to Caracas.")
    assert [(s.by, s.what) for s in note.next_steps] == [
        (["Colombia"], "had sent a formal protest note to Caracas")
    ]
    raised = brief_of("Latvia and Poland said they had raised their own monitoring to the top.")
    assert [s.by for s in raised.next_steps] == [["Latvia", "Poland"]]


def test_a_reported_message_or_handover_stays_a_claim() -> None:
    brief = brief_of("Hakobyan said Armenia had already handed over every map it held.")
    assert brief.next_steps == [] and len(brief.positions) == 1
