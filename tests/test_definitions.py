"""What a word means is answered only by a sentence that explains it, not by one that lists it."""

from __future__ import annotations

import pytest

import qa
from qa import definitions
from tests.conftest import turns

PAYLOADS = (
    "A Swedish negative ion detector, an Italian retroreflector, a French radon detection device and a Pakistani "
    "cubesat will already be placed on the upcoming Chang’e-6 mission."
)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what does cubesat mean? like what is it exactly", "cubesat"),  # blind217 hp16
        ("What does a retroreflector actually do once it's sitting on the Moon?", "retroreflector"),  # blind217 hp17
        ("What is a cubesat, exactly?", "cubesat"),
        ("What does a retroreflector do?", "retroreflector"),
        ("What is meant by reconnaissance?", "reconnaissance"),
        ("ok but what does that phase actually involve?", "phase"),  # blind217 hp26, of the "reconnaissance" phase
        ("What does the ILRS plan involve?", ""),  # a sentence on the plan answers without defining "plan"
        ("What does isobaric mean?", "isobaric"),  # SQuAD, answered by "isobaric (constant pressure)"
        ("What's the Swedish instrument, exactly?", ""),  # which instrument: asked by its description
        # blind260 jg11: what China is interested in, asked in lower case; not what "china" means
        ("per the space magazine piece, what is china actually interested in getting out of russia?", ""),
        ("What does ILRS stand for?", ""),  # initials are read as a name
        ("What does it mean for China?", ""),  # a consequence
        ("What do students do after primary school?", ""),  # what they do next, not what they are
    ],
)
def test_a_question_asking_what_a_word_means(question: str, term: str) -> None:
    assert definitions.asked(question) == term


@pytest.mark.parametrize(
    ("term", "sentence", "told"),
    [
        ("cubesat", PAYLOADS, False),  # listed, not explained
        ("retroreflector", PAYLOADS, False),  # ", a French ..." is the next item of the list
        ("cubesat", "A cubesat is a small satellite built from standard units.", True),
        ("cubesat", "Pakistan will fly a cubesat, a small box-shaped satellite, on the mission.", True),
        ("retroreflector", "The retroreflector bounces laser light back to Earth.", True),
        ("isobaric", "Heat addition and rejection are isobaric (constant pressure) processes.", True),
        ("rhodophyte", "The rhodophyte, or red algal chloroplast lineage, is large.", True),
        ("cubesat", "The device is known as a cubesat.", True),
        ("phase", "They are in the “reconnaissance” phase of the project, which hopes to host crews.", False),
    ],
)
def test_a_sentence_explains_a_word_or_only_names_it(term: str, sentence: str, told: bool) -> None:
    assert definitions.told(term, sentence) is told


@pytest.mark.parametrize(
    ("question", "history", "why"),
    [
        ("what does cubesat mean? like what is it exactly", [], "they never explain the word “cubesat”"),
        (
            "What does a retroreflector actually do once it's sitting on the Moon?",
            [],
            "they never say what a retroreflector does",
        ),
        (
            "ok but what does that phase actually involve?",
            [("What stage is the ILRS project in right now?", "The countries are in the “reconnaissance” phase.")],
            "they never say what the phase involves",
        ),
    ],
)
def test_a_word_the_articles_only_list_is_not_explained(
    seed: qa.Settings, question: str, history: list[tuple[str, str]], why: str
) -> None:
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert answer.refused and answer.citations == ()
    assert why in answer.text
