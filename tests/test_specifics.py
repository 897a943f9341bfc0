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
        ("ok and what resources exactly is it supposed to try to extract?", "resources"),  # blind285 kf26
        ("What experiments specifically are going up?", "experiments"),
        ("Which resources will it try to extract?", ""),  # no insisting adverb: the general word may be all there is
        ("Which mission exactly?", ""),  # a singular thing is a name, asked by qa.kinds
        ("what resources is it after exactly - water ice?", "resources"),  # blind297 kr26: insisting at the end
        ("What does it say exactly?", ""),  # a verb, not a thing
        ("What years is it expected exactly?", ""),  # a value, asked by qa.kinds
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
        # countries are named by their names, not the noun
        ("countries", "A Swedish negative ion detector and an Italian retroreflector will be placed on Chang’e-6.", True),
        ("nations", "Chang’e-6 will have experiments aboard from Sweden and France.", True),
        ("countries", "It wants partners from many countries.", False),
    ],
)
def test_a_sentence_names_which_ones_or_only_that_there_are_some(noun: str, sentence: str, told: bool) -> None:
    assert specifics.told(noun, sentence) is told


def test_which_resources_exactly_is_refused_when_the_articles_name_none(seed: qa.Settings) -> None:
    history = turns(("What is Chang'e-8 meant to do?", "Chang'e-8 will try to extract resources on the Moon."))
    answer = qa.ask("Which resources exactly will it try to extract?", history=history, settings=seed)
    assert answer.refused and answer.citations == ()
    assert "they never say which resources" in answer.text


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Does the report say which specific asteroid it will visit?", "asteroid"),  # blind273 jt26
        ("which asteroid exactly is it headed for?", "asteroid"),
        ("what's their experiment, specifically?", "experiment"),  # blind274 ju25
        ("what's ESA's experiment going to be?", "experiment"),  # blind282 kc21
        ("what's the name of the ESA experiment?", "experiment"),  # blind288 ki26
        ("what's the ESA experiment called?", "experiment"),  # blind299 kt25
        ("What's the lunar base going to be?", ""),  # no one thing of a kind
        ("Which resources exactly will it try to extract?", ""),  # which ones of a plural: ``asked``
        ("What specific date was it signed?", ""),  # a value, read by qa.kinds
        ("Which asteroid will it visit?", ""),  # no insisting word
    ],
)
def test_a_question_insisting_on_which_one(question: str, noun: str) -> None:
    assert specifics.asked_one(question) == noun


@pytest.mark.parametrize(
    ("noun", "sentences", "unnamed"),
    [
        ("asteroid", ["“Tianwen-2” in 2025 will fly to a near-Earth asteroid and try to get samples on it."], True),
        ("experiment", ["Chang’e-6 alone will have experiments aboard from Sweden, France, and the ESA."], True),
        ("asteroid", ["It will fly to an asteroid called Kamo'oalewa."], False),  # named after the noun
        ("asteroid", ["It will fly to the asteroid and back."], False),  # the one already told of
        ("asteroid", ["It will fly to a near-Earth asteroid.", "Its target is asteroid 2016 HO3."], False),
        ("asteroid", ["“Tianwen-3” will go to Mars."], False),  # not spoken of: the noun may be a name asked
    ],
)
def test_sentences_speak_of_one_only_as_some_one_of_its_kind(noun: str, sentences: list[str], unnamed: bool) -> None:
    assert specifics.unnamed(noun, sentences) is unnamed


@pytest.mark.parametrize(
    ("history", "question", "why"),
    [
        (
            ("What will Tianwen-2 do?", "It will fly to a near-Earth asteroid in 2025 and try to collect samples."),
            "Does the report say which specific asteroid it will visit?",
            "they never say which asteroid it is",
        ),
        (
            ("Is any agency flying experiments on Chang'e-6?", "Yes, the European Space Agency has experiments aboard."),
            "what's their experiment, specifically?",
            "they never say which experiment it is",
        ),
        (
            ("Who has experiments on Chang'e-6?", "Sweden, France and the European Space Agency, according to TIME."),
            "what's the name of the ESA experiment?",
            "they never say which experiment it is",
        ),
        (
            (
                "Which European partners already have experiments on Chang'e-6?",
                "TIME lists Sweden, France and the European Space Agency.",
            ),
            "what's the ESA experiment called?",
            "they never say which experiment it is",
        ),
    ],
)
def test_which_one_specifically_is_refused_when_the_articles_only_say_there_is_one(
    seed: qa.Settings, history: tuple[str, str], question: str, why: str
) -> None:
    answer = qa.ask(question, history=turns(history), settings=seed)
    assert answer.refused and answer.citations == () and why in answer.text
