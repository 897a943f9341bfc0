"""When something ends is answered only by a sentence that tells of an end."""

from __future__ import annotations

import pytest

import qa
from qa import endings
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When is the reconnaissance phase of the lunar research station expected to wrap up?", True),
        ("When did BSkyB end their analogue service?", True),
        ("In which year was the Musical Instruments gallery closed?", True),
        ("When will construction of the station be completed?", True),
        ("When will the phase come to an end?", True),
        ("and when is that phase expected to wrap up?", True),  # blind231 id26: a continuation
        ("ok, and when does it finish?", True),
        ("When is the ILRS supposed to move out of its reconnaissance phase?", True),  # blind346 mo08
        ("When will the project exit the reconnaissance stage?", True),
        ("When did Edward leave England?", False),  # leaving a place is no end of a stage
        ("When did the reconnaissance phase begin?", False),
        ("When was the ILRS announced?", False),
        ("How did the congress end?", False),  # asks how, not when
    ],
)
def test_a_question_about_when_something_ends_is_recognised(question: str, asked: bool) -> None:
    assert endings.asked(question) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When is it expected to return its asteroid samples to Earth?", True),  # blind267 jn16
        ("When will Tianwen-2 bring the samples back?", True),
        ("When will the probe return to Earth?", True),
        ("When is China's asteroid sample-return probe Tianwen-2 due to fly?", False),  # a kind of probe, not a return
        ("When did Edward return?", False),  # SQuAD: a bare return is left to the other checks
    ],
)
def test_a_question_about_when_something_comes_back_is_recognised(question: str, asked: bool) -> None:
    assert endings.asked_return(question) is asked


def test_a_return_is_not_dated_by_the_way_out(seed: qa.Settings) -> None:
    history = turns(
        (
            "What is China's Tianwen-2 mission going to do?",
            "Tianwen-2 is slated to fly in 2025 to a near-Earth asteroid and try to collect samples from it.",
        )
    )
    answer = qa.ask("When is it expected to return its asteroid samples to Earth?", history=history, settings=seed)
    assert answer.refused and answer.citations == ()
    assert "2025" in qa.ask("When is China's asteroid sample-return probe Tianwen-2 due to fly?", settings=seed).text


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("BSkyB ended its analogue service on 27 September 2001.", True),
        ("The gallery was open from 1996–2008.", True),  # a span of years
        ("The countries are in the reconnaissance phase, which hopes to host crewed missions by the mid-2030s.", False),
        ("The ILRS was announced in June 2021.", False),
    ],
)
def test_a_sentence_telling_of_an_end_is_recognised(sentence: str, told: bool) -> None:
    assert endings.told(sentence) is told


def test_when_a_phase_ends_is_not_answered_by_the_date_of_what_follows(seed: qa.Settings) -> None:
    # The only date beside the phase is when crewed missions are hoped for.
    answer = qa.ask("When is the reconnaissance phase of the lunar research station expected to wrap up?", settings=seed)
    assert answer.refused and answer.citations == ()
