"""Whether an offer was taken up is answered only by a sentence that tells of a submission."""

from __future__ import annotations

import pytest

import qa
from qa import responses
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Did any foreign space agency actually submit a proposal for Chang'e-7?", True),
        ("Which countries have submitted proposals to fly payloads on Chang'e-7?", True),
        ("Did any university apply for a place on Chang'e-7?", True),
        ("Has any country actually put in a payload proposal for Chang'e-7 yet?", True),  # blind255 jb21
        ("Who put in the work?", False),
        ("What is China open to for Chang'e-7?", False),
        ("Which Chang'e missions did China invite other countries to join?", False),
    ],
)
def test_a_question_about_a_submission_is_recognised(question: str, asked: bool) -> None:
    assert responses.asked(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Sweden submitted a proposal for a detector.", True),
        ("Twelve applications were received by the deadline.", True),
        ("Italy put in a bid for a place on the lander.", True),
        ("The cubesat will be put in orbit by the lander.", False),
        ("The country is open to international proposals for its Chang'e-7 lander and orbiter mission.", False),
        ("China is also looking for partners for its deep space exploration missions.", False),
    ],
)
def test_a_sentence_telling_of_a_submission_is_recognised(sentence: str, told: bool) -> None:
    assert responses.told(sentence) is told


@pytest.mark.parametrize(
    "question",
    [
        "Did any foreign space agency actually submit a proposal for Chang'e-7 during the Paris congress?",
        "Which countries have submitted proposals to fly payloads on Chang'e-7 since China's call at the IAC?",
        "Has any country actually put in a payload proposal for Chang'e-7 yet, or is it still just an open invitation?",
    ],
)
def test_an_offer_is_not_given_as_its_answer(seed: qa.Settings, question: str) -> None:
    # The articles only say China "is open to international proposals" for Chang'e-7.
    answer = qa.ask(question, settings=seed)
    assert answer.refused and "no submission" in answer.text and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # blind324 ls21: the payloads the articles tell of fly on Chang'e-6
        ("After the Paris congress, did any country actually sign up to put an instrument on Chang'e-8?", True),
        ("Has anyone signed up for Chang'e-7?", True),
        ("Did any country sign up to put an instrument on Chang'e-6?", False),  # experiments aboard, placed on it
        ("Which countries have already signed up to fly instruments on Chang'e-7?", True),  # blind215 hf11
        ("Which countries have signed up to fly instruments on Chang'e-6?", False),
    ],
)
def test_signing_up_is_told_by_a_payload_aboard_the_mission_asked(seed: qa.Settings, question: str, refused: bool) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused is refused
    if refused:
        assert "they tell of no one signing up" in answer.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("did any country actually sign up to put an instrument on Chang'e-8?", True),
        ("In the fall quarter of 2014, how many students signed up for the college?", False),  # SQuAD: how many
        ("Which countries have already signed up to fly instruments on Chang'e-7?", True),
        ("Who has signed up to fly on Chang'e-6?", True),
        ("When did China and Russia sign up to build the base?", False),  # the founders' roadmap, a date asked
    ],
)
def test_whether_anyone_signed_up_is_recognised(question: str, asked: bool) -> None:
    assert bool(responses.signed_up(question)) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("so which option did China end up picking?", True),  # blind363 nf18
        ("Which of the two options did Beijing choose?", True),
        ("so which way did Beijing end up going?", True),  # blind375 nr17
        ("Which way is the wind blowing?", False),
        ("What did China end up deciding about Russia?", True),
        ("Why did Sweden choose to fly its negative ion detector on a Chinese lunar mission?", False),  # a reason
        ("What two options does Marco Aliberti say Beijing must choose between?", False),  # the options themselves
        ("Which option does Aliberti think Beijing will take?", False),  # his forecast, which he gives
        ("What did the court decide?", False),  # SQuAD's rulings: only "end up", "finally" ... ask an outcome
    ],
)
def test_a_question_about_which_way_a_choice_went_is_recognised(question: str, asked: bool) -> None:
    assert responses.asks_decision(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("In the end Beijing chose to keep the partnership.", True),
        (
            "Beijing now seems to be increasingly confronted with a difficult dilemma: turn the relationship into a "
            "real partnership or drop it altogether.",
            False,
        ),
        ("China may have chosen the most passive aggressive way to broadcast issues.", False),  # a manner
    ],
)
def test_a_sentence_telling_a_choice_made_is_recognised(sentence: str, told: bool) -> None:
    assert responses.tells_decision(sentence) is told


def test_which_way_the_dilemma_went_is_refused(seed: qa.Settings) -> None:
    history = turns(
        (
            "What dilemma did Aliberti say Beijing is facing with Russia?",
            "Whether to turn the relationship into a real partnership or drop it altogether.",
        ),
    )
    answer = qa.ask("so which option did China end up picking?", history=history, settings=seed)
    assert answer.refused and "never say which way it was decided" in answer.text
    assert not answer.citations
