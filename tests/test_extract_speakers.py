"""Who speaks, who is named and how: quotations, collectives, names, places and openers."""

from __future__ import annotations

import pytest
import spacy
from samples import brief_of

from briefings.extract.attributes import IndexedAttributes, speed_up_attributes
from briefings.extract.nlp import load_pipeline
from briefings.extract.quotes import quote_marks
from briefings.model import Brief


def actor(brief: Brief, name: str) -> dict[str, str | None]:
    found = next(a for a in brief.actors if a.name == name)
    return {"kind": found.kind, "role": found.role, "affiliation": found.affiliation}


def names(brief: Brief) -> set[str]:
    return {a.name for a in brief.actors}


# ------------------------------------------------------------------ pipeline speed


def test_indexed_attributes_annotate_exactly_as_the_attribute_ruler() -> None:
    fast = load_pipeline()
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributes)
    slow = spacy.load(fast.meta["lang"] + "_" + fast.meta["name"])
    text = (
        "There is a problem and there were two. I told you it gets worse; he got it. "
        "We'd have done it, didn't we? Let's go. Y'all ain't nothin' but Ministers of State. "
        "The U.S. and the U.K. said so, and she doesn't."
    )
    for ours, theirs in zip(fast(text), slow(text), strict=True):
        assert (ours.pos_, str(ours.morph), ours.lemma_) == (
            theirs.pos_,
            str(theirs.morph),
            theirs.lemma_,
        )


def test_speed_up_is_a_no_op_without_an_attribute_ruler() -> None:
    nlp = spacy.blank("en")
    speed_up_attributes(nlp)
    assert nlp.pipe_names == []


# ------------------------------------------------------------------ quotations


def test_quote_marks_follow_straight_quotes_across_sentences() -> None:
    assert quote_marks('He said, "We will.') == [(9, True)]
    assert quote_marks('They must go now."', inside=True) == [(17, False)]


def test_demand_inside_a_quotation_is_the_speakers() -> None:
    brief = brief_of(
        "British Ambassador Barbara Woodward told the council, \u201cThe people of Darfur "
        "cannot wait any longer. The warring parties must open the crossings now.\u201d"
    )
    assert [d.by for d in brief.demands] == [["United Kingdom", "Barbara Woodward"]]


def test_demand_after_the_quotation_closes_is_the_articles_again() -> None:
    brief = brief_of(
        "The Security Council met on Monday. Ambassador Jane Roe told reporters, \u201cWe "
        "are ready.\u201d\n\nThe warring parties must open the crossings now."
    )
    assert "Jane Roe" not in brief.demands[0].by


def test_second_reporting_verb_is_the_first_ones_subject() -> None:
    brief = brief_of(
        "The Security Council adopted a resolution on Sudan. Russian Deputy Ambassador "
        'Dmitry Polyanskiy said the resolution "ignores the views of the Sudanese '
        'government" and argued that sanctions should not be used to put pressure on Khartoum.'
    )
    opinion = next(p for p in brief.positions if "sanctions" in p.what)
    assert "Dmitry Polyanskiy" in opinion.by


# ------------------------------------------------------------------ collectives


def test_we_the_g7_ministers_of_members_speaks_as_the_g7() -> None:
    brief = brief_of(
        "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United "
        "Kingdom, and the United States of America, and the High Representative of the "
        "European Union condemn Iran\u2019s transfer of ballistic missiles to Russia.\n\n"
        "We call on Iran to cease all support for Russia\u2019s war."
    )
    assert brief.positions[0].by == ["G7", "European Union"]
    assert brief.demands[0].by == ["G7", "European Union"]


def test_ministers_of_countries_without_a_collective_keep_the_countries() -> None:
    brief = brief_of("The governments of France and Germany condemned the attack on Monday.")
    assert set(brief.positions[0].by) == {"France", "Germany"}


def test_abstaining_is_an_other_position() -> None:
    brief = brief_of(
        "The council adopted the resolution. Russia and China abstained, saying the text "
        "interfered in Sudan\u2019s internal affairs."
    )
    abstained = [p for p in brief.positions if "abstained" in p.what]
    assert [(p.by, p.stance) for p in abstained] == [(["Russia", "China"], "other")]


# ------------------------------------------------------------------ names and places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "According to the UN Office for the Coordination of Humanitarian Affairs, "
            "more than 24 million people in Sudan need food.",
            "UN Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "The delegations welcomed the launch of a new Philippines-U.S. Critical Minerals "
            "Working Group.",
            "Critical Minerals Working Group",
        ),
        (
            "The Secretary thanked India for its contribution of $25 million to the UN Relief "
            "and Works Agency.",
            "UN Relief and Works Agency",
        ),
    ],
)
def test_organisation_names_are_completed(sentence: str, name: str) -> None:
    assert name in names(brief_of(sentence))


def test_organisation_names_do_not_swallow_neighbours() -> None:
    brief = brief_of(
        "The European Union and the United States condemned the attack. The statement by "
        "the EU on Ukraine was welcomed."
    )
    assert {"European Union", "United States", "Ukraine"} <= names(brief)


def test_a_title_after_an_organisation_is_not_part_of_its_name() -> None:
    brief = brief_of(
        "We support the efforts of the United Nations Secretary-General\u2019s Personal "
        "Envoy, Mr. Pekka Haavisto, to advance de-escalation."
    )
    assert not any("Secretary" in n for n in names(brief))


@pytest.mark.parametrize(
    ("sentence", "not_a_place"),
    [
        (
            "The United States announced $500 million in Foreign Military Financing for the "
            "Philippines.",
            "Foreign Military Financing",
        ),
        (
            "They stressed the importance of international law, including the UN Convention "
            "on the Law of the Sea.",
            "Sea",
        ),
        (
            "The Secretary thanked India for its contribution of $25 million to the UN Relief "
            "and Works Agency.",
            "UN Relief and Works Agency",
        ),
    ],
)
def test_programmes_institutions_and_bare_nouns_are_not_places(
    sentence: str, not_a_place: str
) -> None:
    brief = brief_of(sentence)
    assert not_a_place not in {place.name for place in brief.locations}


def test_programmes_are_not_actors() -> None:
    brief = brief_of(
        "The United States announced $500 million in Foreign Military Financing and the "
        "first project under the Ambassadors Fund for Cultural Preservation."
    )
    assert not names(brief) & {"Foreign Military Financing", "Ambassadors Fund for Cultural"}


def test_places_that_are_attacked_or_entered_are_places() -> None:
    brief = brief_of(
        "The ministers condemned the siege and attack on El Fasher. The Syrian Army entered "
        "Tell Tamer on Monday."
    )
    assert {"El Fasher", "Tell Tamer"} <= {place.name for place in brief.locations}
    assert not names(brief) & {"El Fasher", "Tell Tamer"}


def test_a_people_is_not_a_person_and_a_possessive_gives_the_affiliation() -> None:
    brief = brief_of(
        "China's representative Fu Cong said Beijing supported a political solution led by "
        "Africans."
    )
    assert "Africans" not in names(brief)
    assert actor(brief, "Fu Cong")["affiliation"] == "China"


def test_a_surname_the_model_took_for_an_organisation_is_the_person() -> None:
    brief = brief_of(
        "EU spokesperson Marta Lindqvist told reporters the bloc would act. Lindqvist said "
        "the EU would provide a further \u20ac20 million."
    )
    assert "Lindqvist" not in names(brief)
    assert actor(brief, "Marta Lindqvist")["kind"] == "person"


def test_official_names_nest() -> None:
    brief = brief_of(
        "The following is the text of a joint statement by the Governments of the Kingdom of "
        "Norway and the Republic of Chile. The ministers met in Oslo."
    )
    assert "Norway" in names(brief)
    assert not any(n.startswith("Governments") for n in names(brief))


# ------------------------------------------------------------------ openers


def test_key_point_pronoun_is_named_by_the_earlier_subject() -> None:
    brief = brief_of(
        "Secretary of State Antony J. Blinken spoke today with Indian External Affairs "
        "Minister Subrahmanyam Jaishankar. The Secretary urged India to press for a just peace "
        "in Ukraine. He condemned Russia\u2019s continued strikes on Ukrainian energy "
        "infrastructure. The two leaders agreed to convene the next dialogue in New Delhi."
    )
    texts = [k.text for k in brief.key_points] + [brief.summary]
    assert not any(t.startswith("He ") for t in texts)
    assert any(t.startswith("The Secretary condemned") for t in texts)


def test_we_in_the_bottom_line_is_who_we_said_we_are() -> None:
    brief = brief_of(
        "We, the G7 Foreign Ministers, strongly condemn Iran\u2019s transfer of ballistic "
        "missiles to Russia.\n\nWe call on Iran to immediately cease all support for "
        "Russia\u2019s war and to cooperate with the International Atomic Energy Agency."
    )
    assert brief.summary.startswith("The G7 Foreign Ministers call on Iran")
    assert "We call" not in brief.summary


def test_unresolvable_pronoun_sentences_are_left_out() -> None:
    brief = brief_of(
        "Talks on the crisis resumed in Geneva on Monday with several delegations present. "
        "It further criticized the strikes on civilian infrastructure across the region. "
        "The delegations agreed to meet again in March to review the ceasefire."
    )
    texts = [k.text for k in brief.key_points] + [brief.summary]
    assert not any(t.startswith("It ") for t in texts)


def test_an_airline_the_model_took_for_a_building_is_an_organisation() -> None:
    brief = brief_of(
        "Germany on Monday banned Iranian airline Mahan Air from flying in the European "
        "nation. Mahan has been the subject of United States sanctions since 2011."
    )
    assert "Mahan Air" in names(brief)
    assert not {"Mahan Air", "Mahan"} & {place.name for place in brief.locations}


def test_a_capital_in_the_dateline_is_a_place_not_its_government() -> None:
    brief = brief_of(
        "The bloc met on Monday.\n\nBrussels \u2014 The European Union on Tuesday imposed "
        "travel bans on eight individuals."
    )
    assert "Brussels" not in names(brief)


def test_examples_of_destinations_are_places() -> None:
    brief = brief_of(
        "The airline still operates in Europe with destinations including Spain, Greece, "
        "France and Italy."
    )
    assert not names(brief) & {"Spain", "Greece", "France", "Italy"}


# ------------------------------------------------------------------ stance words


def test_grateful_for_is_a_welcome() -> None:
    brief = brief_of(
        "Foreign Minister Rose-Anne C\u00e9lestin said her government was grateful for the "
        "solidarity of its European partners."
    )
    assert [p.stance for p in brief.positions] == ["welcome"]


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        (
            "Several members said they will not recognise any election held under the junta.",
            ["condemn"],
        ),
        ("The ministers will recognise the election results.", []),
        ("The ministers did not meet the envoy.", []),
    ],
)
def test_refusing_to_recognise_is_a_condemnation(sentence: str, stances: list[str]) -> None:
    assert [p.stance for p in brief_of(sentence).positions] == stances


def test_speaker_named_after_the_quotation_speaks_all_of_it() -> None:
    brief = brief_of(
        "Canada and Japan sent ministers to the summit.\n\n"
        '"Our house is burning. It is an international crisis. Members of the G7 Summit, '
        "let's discuss this emergency first order in two days!\" French President Emmanuel "
        "Macron told the world on Thursday."
    )
    assert len(brief.demands) == 1
    assert "France" in brief.demands[0].by
    assert not {"Canada", "Japan"} & set(brief.demands[0].by)
