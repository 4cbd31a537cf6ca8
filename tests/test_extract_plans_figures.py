"""Planned resumptions in reported speech, treaty mechanics, temperature targets, listed
parties and countries the model tags as dates."""

from __future__ import annotations

from briefings.extract.rules import extract_with_rules
from briefings.model import Brief, RawArticle
from briefings.read.clean import clean_article


def brief_of(body: str) -> Brief:
    data = f"A test article\n\n{body}\n".encode()
    return extract_with_rules(
        clean_article(RawArticle(data=data, name="test.txt", media_type="text/plain"))
    )


def test_planned_resumption_in_a_second_reported_clause_is_a_next_step() -> None:
    brief = brief_of(
        "The prime minister said the door remains open and that talks with the rebels "
        "would resume in Addis Ababa."
    )
    assert any("resume in Addis Ababa" in n.what for n in brief.next_steps)


def test_reported_clause_without_would_is_no_next_step() -> None:
    brief = brief_of("The prime minister said the door remains open and that talks had failed.")
    assert brief.next_steps == []


def test_entry_into_force_is_no_next_step() -> None:
    brief = brief_of(
        "The two sides noted that the agreement will enter into force once both sides "
        "complete their domestic procedures."
    )
    assert brief.next_steps == []
    reported = brief_of("She said the treaty would take effect in May.")
    assert reported.next_steps == []


def test_a_plan_to_enter_talks_stays_a_next_step() -> None:
    brief = brief_of("The two governments will enter talks on a new trade agreement in June.")
    assert brief.next_steps


def test_temperature_target_is_no_figure() -> None:
    brief = brief_of(
        "The ministers urged emitters to align their targets with the 1.5 degree goal."
    )
    assert brief.figures == []


def test_parties_counted_then_listed_are_no_figure() -> None:
    brief = brief_of("Two groups did not sign: the SLM faction and the SPLM-North.")
    assert brief.figures == []
    kept = brief_of("Rebels released 300 prisoners: soldiers and civilians.")
    assert [f.value for f in kept.figures] == ["300"]


def test_country_tagged_as_date_is_no_time_of_a_plan() -> None:
    brief = brief_of("Soldiers in Niger will stay.")
    assert all(n.when is None for n in brief.next_steps)
    dated = brief_of("Soldiers in Niger will stay until March.")
    assert [n.when for n in dated.next_steps] == ["until March"]


def test_what_a_thing_of_the_plan_is_due_to_do_is_a_step_of_its_own() -> None:
    brief = brief_of(
        "Under the agreement, the two sides will release the detainees in stages, with the "
        "first flights due to leave Sanaa and Aden on July 15."
    )
    assert len(brief.next_steps) == 2
    assert brief.next_steps[1].what.startswith("the first flights due to leave")
    assert brief.next_steps[1].when == "on July 15"
    team = brief_of(
        "Sweden and Latvia agreed to form a joint investigation team, which is due to report "
        "back by January 15."
    )
    assert [(s.by, s.when) for s in team.next_steps][1] == (["Sweden", "Latvia"], "by January 15")


def test_due_to_inside_an_agreed_clause_stays_one_step() -> None:
    brief = brief_of("The two sides agreed that talks are due to resume in May.")
    assert len(brief.next_steps) == 1


def test_a_subject_the_tagger_reads_as_a_verb_is_due_all_the_same() -> None:
    brief = brief_of(
        "Ethiopia will build a road to the border. Work on the road is due to start in July."
    )
    assert [s.when for s in brief.next_steps][-1] == "in July"
    assert len(brief.next_steps) == 2


def test_what_a_new_body_will_do_is_a_step_beside_its_launch() -> None:
    brief = brief_of(
        "The Ministers welcomed the launch of a bilateral Maritime Domain Awareness Working "
        "Group, which will hold its first meeting in Tokyo in November 2026."
    )
    assert [s.when for s in brief.next_steps] == [None, "in November 2026"]


def test_what_a_thing_will_cause_in_a_relative_clause_is_no_step() -> None:
    brief = brief_of("Canada imposed sanctions on the regime, which will hurt ordinary people.")
    assert all("hurt" not in s.what for s in brief.next_steps)


def test_not_hesitating_to_act_is_a_commitment() -> None:
    brief = brief_of(
        "A spokesperson said Washington would not hesitate to take further steps if the "
        "repression continued."
    )
    assert [s.what for s in brief.next_steps] == [
        "would not hesitate to take further steps if the repression continued"
    ]


def test_not_hesitating_to_criticise_in_the_past_is_no_plan() -> None:
    assert brief_of("The minister did not hesitate to criticise the deal.").next_steps == []


def test_an_event_someone_holds_will_go_ahead_in_an_inserted_report() -> None:
    brief = brief_of("The referendum, Rangel added, would go ahead whatever the court decided.")
    assert [s.what for s in brief.next_steps] == ["would go ahead whatever the court decided"]


def test_what_a_thing_would_do_in_an_inserted_report_is_no_plan() -> None:
    brief = brief_of("The dam, it said, would double the country's electricity output.")
    assert brief.next_steps == []


def test_an_order_to_close_an_office_is_an_expulsion_to_close_borders_a_demand() -> None:
    office = brief_of(
        "The military government ordered the UN human rights office in Ouagadougou to close and "
        "gave its foreign staff 72 hours to leave the country."
    )
    assert [s.what.split()[0] for s in office.next_steps] == ["ordered", "gave"]
    borders = brief_of("ECOWAS ordered member states to close their borders with the country.")
    assert borders.next_steps == [] and len(borders.demands) == 1


def test_a_past_act_dated_to_an_earlier_month_and_year_is_background() -> None:
    brief = brief_of(
        "On March 4, 2025, the EU met. The Houthis began attacking merchant ships in "
        "November 2023. The EU will expand the mission, officials said on Tuesday."
    )
    assert [s.what.split()[0] for s in brief.next_steps] == ["will"]


def test_a_measure_or_post_kept_in_place_is_a_step() -> None:
    brief = brief_of("Colombia said its consulates in San Cristobal would remain open.")
    assert [s.what for s in brief.next_steps] == ["would remain open"]


def test_remaining_calm_or_a_state_is_no_step() -> None:
    assert brief_of("The minister said the situation would remain tense.").next_steps == []


def test_what_a_party_would_have_to_do_is_its_step() -> None:
    brief = brief_of(
        "The World Food Programme said it would have to halve rations from July 1 unless it "
        "received new funding."
    )
    assert [s.by for s in brief.next_steps] == [["World Food Programme"]]


def test_what_a_party_would_have_is_no_step() -> None:
    assert brief_of("The minister said the country would have enough fuel.").next_steps == []
