"""Demands without an active demand verb: passive orders, alerts, "the need to" and "at the
request of" (briefings/extract/orders.py)."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.model import Brief


def demands(brief: Brief) -> list[str]:
    return [d.what for d in brief.demands]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army has been told to prepare for war, the agency said.",
        "Border units were ordered to withdraw from the buffer zone on Monday.",
        "The navy was instructed to escort the convoy, according to Kenya's defence ministry.",
    ],
)
def test_a_passive_order_with_to_is_a_demand(sentence: str) -> None:
    assert len(brief_of(sentence).demands) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was told about the incident by the ambassador.",
        "The army has been ordered out of the capital.",
        "The spokesman told reporters that talks would resume.",
    ],
)
def test_a_passive_report_or_an_active_telling_is_no_order(sentence: str) -> None:
    assert brief_of(sentence).demands == []


def test_troops_placed_on_alert_are_ordered() -> None:
    brief = brief_of(
        "Japan has placed its coast guard on high alert. The ships were put on standby."
    )
    assert len(brief.demands) == 2


def test_placed_on_a_list_is_no_alert() -> None:
    brief = brief_of("The United States placed the group on a terrorism list in 2019.")
    assert brief.demands == []


def test_stressing_the_need_to_act_is_a_call() -> None:
    brief = brief_of("The ministers stressed the need to improve the humanitarian situation.")
    assert len(brief.demands) == 1
    assert "improve the humanitarian situation" in demands(brief)[0]
    assert brief.positions == []


def test_stressing_needs_without_an_act_is_no_call() -> None:
    brief = brief_of("The ministers stressed the needs of the refugees in the camps.")
    assert brief.demands == []


def test_a_meeting_held_at_the_request_of_a_country_is_its_request() -> None:
    brief = brief_of(
        "The Security Council met in New York at the request of Jordan to discuss Gaza."
    )
    assert [d.by for d in brief.demands] == [["Jordan"]]


def test_a_request_of_no_actor_is_no_demand() -> None:
    brief = brief_of("The hearing was moved at the request of the defence lawyers.")
    assert brief.demands == []


def test_a_reported_should_addressed_to_someone_is_a_demand() -> None:
    brief = brief_of("Minister William Ruto said the people making claims should come forward.")
    assert len(brief.demands) == 1
    assert brief.positions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolsonaro has said the Amazon rainforest should be opened up to agriculture.",
        "The prime minister said Yemen should not be portrayed as a failing nation.",
    ],
)
def test_a_reported_should_about_how_things_ought_to_be_is_an_opinion(sentence: str) -> None:
    brief = brief_of(sentence)
    assert brief.demands == []
    assert [p.stance for p in brief.positions] == ["other"]
