"""Which places a sentence names, for the kind of place a question asks for."""

from __future__ import annotations

import pytest

import qa
from qa import places
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("Which country is sending a cubesat?", "country"),
        ("Which nations fly on Chang'e-6?", "countries"),  # a list: refused when no close sentence names one
        ("Where on the Moon will it land?", "surface"),
        ("Near which part of the Moon would the base be built?", "surface"),
        ("At what site on the Moon is Chang'e-6 going to land?", "surface"),
        ("Whereabouts on the Moon is the lunar base meant to be located?", "surface"),
        ("Where is the lunar base to be built?", "surface"),  # a lunar site is on the Moon
        ("Where will the lunar samples be sent?", ""),
        ("Where was the congress held?", ""),
        ("Where's it going to land?", "landing"),  # blind235 ih24: a craft's landing site
        ("Where is Chang'e-6 going to land?", "landing"),
        ("Where did the Huguenots land in New York originally?", ""),  # SQuAD: people land, at no lunar site
    ],
)
def test_the_kind_of_place_asked_for(question: str, unit: str) -> None:
    assert places.unit(question) == unit


@pytest.mark.parametrize(
    ("text", "unit", "named"),
    [
        ("It met in Paris in June.", "", ["Paris"]),  # "in June" is a date
        ("A Pakistani cubesat and a Saudi Arabia rover will fly.", "country", ["Saudi Arabia", "Pakistan"]),
        ("A Pakistani cubesat will fly.", "", []),  # an adjective is a place only when a country is asked for
        ("It will land at the South Pole of the Moon, not in Paris.", "surface", ["South Pole"]),
        ("a crewed base at the moon’s south pole", "surface", ["south pole"]),  # written in lower case
        # blind228 ia24: the country offering is not one of the countries it offers to
        ("China offers other countries to rent places on these devices.", "country", []),
        ("Sweden and China will fly experiments.", "country", ["Sweden", "China"]),
        # blind234 ig24: the Moon is no country, nor a landing site; where experiments come from is no site
        ("Like NASA's Artemis program, it aims to set up shop near the Moon's south pole.", "countries", []),
        ("Uncrewed landings on the moon are planned, with experiments from Sweden.", "landing", []),
        ("It will land at the South Pole of the Moon soon", "landing", ["South Pole of the Moon", "South Pole"]),
    ],
)
def test_the_places_a_sentence_names(text: str, unit: str, named: list[str]) -> None:
    assert [value for value, _ in places.found(text, unit)] == named


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Where will the ILRS's ground control centre be located?", "ground control centre"),
        ("Where is the lunar base to be built?", "lunar base"),
        ("Where is the congress held?", "congress"),
        # a name, a number or a year picks out its own thing: the names check reads those (qa.names)
        ("Where is Tianwen-4 headed?", ""),
        ("Where was the 2021 China–Russia agreement on the lunar research station unveiled?", ""),
        ("Where did the TIME piece first run?", ""),
        ("Which city hosted the congress?", ""),
        ("And where is the second one going?", ""),  # a follow-up points back to a named mission
    ],
)
def test_the_thing_whose_place_is_asked(question: str, subject: str) -> None:
    assert places.asked_subject(question) == subject


def test_which_countries_is_refused_when_no_close_sentence_names_one(seed: qa.Settings) -> None:
    # blind228 ia24: Chang'e-8 is offered to other countries; none is said to have booked space on it
    history = turns(("What's Chang'e-8 meant to do?", "It is supposed to try to extract resources on the Moon."))
    answer = qa.ask("which countries have already booked space on it?", history=history, settings=seed)
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(
    "question",
    [
        "Which nations are NASA's partners in the Artemis program?",  # blind234 ig24: "multiple nations", unnamed
        "Where is Chang'e-6 going to land?",  # blind235 ih24: "uncrewed landings on the moon"; the South Pole is Chang'e-7's
    ],
)
def test_a_place_no_close_sentence_gives_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()


def test_the_place_of_a_thing_no_article_mentions_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("Where will the ILRS's ground control centre be located?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert "never mention any ground control centre" in answer.text


def test_the_place_of_a_thing_the_articles_mention_is_answered(seed: qa.Settings) -> None:
    answer = qa.ask("Where is the lunar base to be built?", settings=seed)
    assert not answer.refused and "south pole" in answer.text.lower()
