"""A question about when something began is answered only by a sentence telling of that beginning."""

from __future__ import annotations

import pytest

import qa
from qa import origins


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("In what year was the China National Space Administration founded?", "the China National Space Administration"),
        ("When was the ILRS first created?", "the ILRS"),
        ("Which year was the European Space Policy Institute set up?", "the European Space Policy Institute"),
        ("When did China and Russia sign their agreement?", ""),
        ("When was Chang'e-6 launched?", ""),
    ],
)
def test_the_thing_whose_beginning_is_asked_is_found(question: str, thing: str) -> None:
    assert origins.asked(question) == thing


@pytest.mark.parametrize(
    ("thing", "sentence", "told"),
    [
        ("the ILRS", "In March 2021 China and Russia signed a contract to build the ILRS.", True),
        ("the China National Space Administration", "CNSA was founded in 1993.", True),
        ("CNSA", "The China National Space Administration was established in 1993.", True),
        # names the thing, but dates something else
        (
            "the China National Space Administration",
            "Timelines released by the China National Space Administration point to the mid-2030s.",
            False,
        ),
        # tells of a beginning, but not of the thing asked about
        ("the China National Space Administration", "The program was launched in China in 2014.", False),
    ],
)
def test_a_sentence_tells_of_a_beginning_when_it_names_the_thing_and_a_start(thing: str, sentence: str, told: bool) -> None:
    assert origins.told(thing, sentence) == told


def test_the_founding_of_an_agency_the_articles_only_name_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("In what year was the China National Space Administration founded?", settings=seed)
    assert answer.refused and answer.citations == ()


def test_the_beginning_of_the_station_is_dated_by_its_signing(seed: qa.Settings) -> None:
    answer = qa.ask("When was the International Lunar Research Station established?", settings=seed)
    assert not answer.refused and "March 2021" in answer.text
