"""What "the" dilemma (or goal, or problem) is: the sentence that names it and then says what it is leads."""

from __future__ import annotations

import pytest

import qa
from qa import contents
from qa.text import terms
from tests.conftest import candidate, turns

DILEMMA = (
    '"In moving forward," Aliberti added, "Beijing now seems to be increasingly confronted with a difficult dilemma: '
    'turn the relationship into a real partnership or drop it altogether."'
)
QUOTE = "China has a very realistic view of Russia, European Space Policy Institute fellow Marco Aliberti told SpaceNews."


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("What's the dilemma he thinks Beijing is facing?", "dilemma"),
        ("so what's the dilemma he says Beijing is facing?", "dilemma"),
        ("what does he think beijing's dilemma is?", "dilemma"),
        ("What was their goal?", "goal"),
        ("What is the dilemma? Who is Marco Aliberti?", "dilemma"),  # only the question's own part is read
        ("and what dilemma does he say Beijing is now facing?", "dilemma"),  # blind339 mh15
        ("What will Tianwen-4 explore?", ""),  # asks a thing done, not what a named thing is
        ("Who is Marco Aliberti?", ""),
    ],
)
def test_the_thing_whose_content_is_asked(question: str, thing: str) -> None:
    assert contents.asked(question) == (terms(thing)[0] if thing else "")


@pytest.mark.parametrize(
    ("thing", "sentence", "says"),
    [
        ("dilemma", DILEMMA, True),
        ("goal", "The goal is to return samples by 2030.", True),
        ("problem", "The problem was that Russia had been left out.", True),
        ("dilemma", "It certainly does sound like a difficult dilemma, and one that will result in drama.", False),
        ("goal", "Their goals differ from NASA's.", False),  # named, never said what it is
        ("choic", DILEMMA, True),  # blind370 nm14: a choice spelled out as a dilemma
        ("goal", DILEMMA, False),
    ],
)
def test_a_sentence_that_says_what_the_thing_is(thing: str, sentence: str, says: bool) -> None:
    assert contents.says_what(thing if thing == "choic" else terms(thing)[0], sentence) is says


def test_the_spelling_out_sentence_leads_when_close_enough() -> None:
    best, spelled = candidate(QUOTE, score=0.43), candidate(DILEMMA, score=0.32)
    question = "What's the dilemma he thinks Beijing is facing?"
    assert contents.led(question, [best, spelled], 0.3, 0.5, 3) == [spelled, best]
    far = candidate(DILEMMA, score=0.1)  # under half the best's score: the order stands
    assert contents.led(question, [best, far], 0.3, 0.5, 3) == [best, far]


@pytest.mark.parametrize(
    "question",
    [
        "what does he think beijing's dilemma is?",
        "so what's the dilemma he says Beijing is facing?",
        "and what dilemma does he say Beijing is now facing?",  # asks a choice: the dilemma spelled out still leads
        "And what does he think China's choice is going forward?",  # blind370 nm14
    ],
)
def test_a_follow_up_asking_the_dilemma_is_answered_by_it(seed: qa.Settings, question: str) -> None:
    history = turns(("Which analyst did SpaceNews quote about China and Russia?", "Marco Aliberti, of the ESPI."))
    answer = qa.ask(question, history=history, settings=seed)
    assert "turn the relationship into a real partnership or drop it altogether" in answer.text


SLIDE = "Indeed, the only indication that the ILRS is to be led by China and Russia came on a single slide."


@pytest.mark.parametrize(
    ("question", "sentence", "names"),
    [
        ("what was the only sign that Russia was still part of the ILRS", SLIDE, True),  # blind347 mp10: a paraphrase
        ("What was the only hint that Russia was still involved?", SLIDE, True),
        ("and where in the presentations was the only hint that Russia is still a partner?", SLIDE, True),  # mu22
        ("What was the only sign?", "The only thing that remains unclear is China's silence.", False),
        ("What was the sign?", SLIDE, False),  # not asked as the only one
    ],
)
def test_the_only_one_of_its_kind_is_named_in_the_articles_word(question: str, sentence: str, names: bool) -> None:
    assert contents.names_only(contents.asked_only(question), sentence) is names


def test_the_only_sign_is_answered_by_the_sentence_naming_the_only_indication(seed: qa.Settings) -> None:
    answer = qa.ask("what was the only sign in China's IAC presentation that Russia was still part of the ILRS", settings=seed)
    assert "single slide" in answer.text.split(" [1]")[0]
