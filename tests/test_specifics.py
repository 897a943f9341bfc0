"""Asked which things "exactly", a sentence must name them, not only say there are some."""

from __future__ import annotations

import pytest

import qa
from qa import specifics
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Which resources exactly will it try to extract?", "resources"),  # blind226 hy25
        ("What experiments specifically are going up?", "experiments"),
        ("Which resources will it try to extract?", ""),  # no insisting adverb: the general word may be all there is
        ("Which mission exactly?", ""),  # a singular thing is a name, asked by qa.kinds
    ],
)
def test_a_question_insisting_on_which_ones(question: str, noun: str) -> None:
    assert specifics.asked(question) == noun


@pytest.mark.parametrize(
    ("noun", "sentence", "told"),
    [
        ("resources", "“Chang’e-8” will try to extract resources on it.", False),
        ("experiments", "Chang’e-6 alone will have experiments aboard from Sweden, France, and the ESA.", True),
        ("resources", "It will extract resources such as water ice.", True),
        ("resources", "It will extract helium-3 resources.", True),
        ("resources", "It will extract resources: water and oxygen.", True),
    ],
)
def test_a_sentence_names_which_ones_or_only_that_there_are_some(noun: str, sentence: str, told: bool) -> None:
    assert specifics.told(noun, sentence) is told


def test_which_resources_exactly_is_refused_when_the_articles_name_none(seed: qa.Settings) -> None:
    history = turns(("What is Chang'e-8 meant to do?", "Chang'e-8 will try to extract resources on the Moon."))
    answer = qa.ask("Which resources exactly will it try to extract?", history=history, settings=seed)
    assert answer.refused and answer.citations == ()
    assert "they never say which resources" in answer.text
