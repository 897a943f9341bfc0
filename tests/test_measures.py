"""A measure question is answered only by a measure of the dimension it asks for."""

from __future__ import annotations

import pytest

import qa
from qa import kinds, measures
from tests.conftest import turns


@pytest.mark.parametrize(
    ("value", "dimension"),
    [
        ("10 kg", "mass"),
        ("400 m", "length"),
        ("10 m/s", "speed"),  # not "10 m"
        ("17 nm", "length"),
        ("6 feet", "length"),
        ("1110 AM", "frequency"),
        ("36%", "ratio"),
        ("130 million cubic foot", "shaped"),  # a volume, not a length
        ("12 parsecs", ""),
    ],
)
def test_the_dimension_of_a_found_measure(value: str, dimension: str) -> None:
    assert measures.dimension(value) == dimension


@pytest.mark.parametrize(
    ("question", "kind", "unit"),
    [
        ("how big is the swedish negative ion detector going on chang'e-6", "measure", ""),
        ("How large are Chloroplast ribosomes?", "measure", ""),
        ("How large was the audience BSkyB said they could reach?", "", ""),  # the size of a group is a count
        ("How big a role does Russia play?", "", ""),
        ("What orbital altitude will the Chang'e-7 orbiter operate at?", "measure", "length"),
        ("what laser wavelength is the italian retroreflector designed to reflect", "measure", "length"),
        ("What is the frequency of the radio station WBT?", "measure", "frequency"),
        ("How heavy is the Saudi rover?", "measure", "mass"),
        ("What is the launch mass of the Chang'e-7 lander?", "measure", "mass"),
        ("How high is unemployment?", "measure", "height"),
        # a quantity word that is not the thing asked
        ("What does political pressure push to extend?", "", ""),
        ("What is an object's mass proportional to at the surface of the Earth?", "", ""),
        ("What is a very seldom used unit of mass in the metric system?", "", ""),
    ],
)
def test_the_dimension_a_question_asks_for(question: str, kind: str, unit: str) -> None:
    assert kinds.asked(question) == kinds.Asked(kind, unit)


@pytest.mark.parametrize(
    ("value", "wanted", "fits"),
    [
        ("10 kg", "length", False),  # a rover's weight is no wavelength
        ("10 kg", "mass", True),
        ("10 kg", "", True),  # "How big is it?" takes any measure
        ("36%", "height", True),  # "How high is unemployment?"
        ("400 m", "height", True),
    ],
)
def test_a_measure_fits_the_dimension_asked(value: str, wanted: str, fits: bool) -> None:
    assert measures.fits(value, wanted) is fits


@pytest.mark.parametrize(
    "question",
    [
        "what laser wavelength is the italian retroreflector on chang'e-6 designed to reflect",
        "What orbital altitude will the Chang'e-7 orbiter operate at?",
        "how big is the swedish negative ion detector going on chang'e-6",
    ],
)
def test_a_measure_no_article_gives_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()


def test_how_many_of_those_counts_the_thing_named_after() -> None:
    assert kinds.asked("How many of those Luna probes have already flown?") == kinds.Asked("count", "luna")


@pytest.mark.parametrize(
    ("question", "history"),
    [
        # the one close sentence with a span of time is about Russia's war, too far off to be kept
        ("How long is the small Saudi rover expected to keep operating on the lunar surface?", []),
        # "a single slide" counts slides, not Luna probes
        (
            "How many of those Luna probes have already flown?",
            [
                (
                    "Which Russian missions were tied to the lunar station in China's presentation?",
                    "Future Russian Luna missions.",
                ),
            ],
        ),
    ],
)
def test_a_span_or_count_of_another_thing_is_no_answer(seed: qa.Settings, question: str, history: list[tuple[str, str]]) -> None:
    assert qa.ask(question, history=turns(*history), settings=seed).refused
