"""Which places a sentence names, for the kind of place a question asks for."""

from __future__ import annotations

import pytest

from qa import places


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("Which country is sending a cubesat?", "country"),
        ("Which nations fly on Chang'e-6?", "country"),
        ("Where on the Moon will it land?", "surface"),
        ("Near which part of the Moon would the base be built?", "surface"),
        ("Where was the congress held?", ""),
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
    ],
)
def test_the_places_a_sentence_names(text: str, unit: str, named: list[str]) -> None:
    assert [value for value, _ in places.found(text, unit)] == named
