"""Whose view is asked: Beijing's view of Moscow does not tell how Moscow sees the partnership."""

from __future__ import annotations

import pytest

import qa
from qa import viewpoints
from tests.conftest import turns

ALIBERTI = (
    "China has a very realistic view of Russia and partnering with Moscow has never been Beijing's most "
    "preferred outcome, Marco Aliberti told SpaceNews."
)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("did he say anything about how Moscow views the partnership?", "Moscow"),  # blind219 hi24
        ("How does Beijing see Russia?", "Beijing"),
        ("How does the Kremlin regard the ILRS?", "Kremlin"),
        ("How did Russia react?", ""),  # a response is a statement asked for (``qa.statements``), not a view
        ("How did he describe China's view of Russia?", ""),  # a view's description is asked, not its holder
        ("how do they see it?", ""),  # a pronoun names no viewer
        ("How does the rover see in the dark?", ""),  # no capitalised party
        ("How did William Shirley feel about French advancement?", ""),  # SQuAD: people are not judged
    ],
)
def test_the_viewer_a_question_asks_about(question: str, who: str) -> None:
    assert viewpoints.asked(question) == who


@pytest.mark.parametrize(
    ("who", "sentence", "told"),
    [
        ("Moscow", ALIBERTI, False),  # Moscow is viewed, never viewing
        ("Beijing", ALIBERTI, True),  # China, Beijing's country, has the view
        ("Moscow", "Russia's position is that the base stays a joint project.", True),
        ("Moscow", "Russian officials have long said the station is a shared one.", True),
    ],
)
def test_a_sentence_gives_the_view_of_its_viewer(who: str, sentence: str, told: bool) -> None:
    assert viewpoints.told(who, sentence) is told


def test_how_moscow_sees_it_is_refused_when_only_beijings_view_is_told(seed: qa.Settings) -> None:
    history = turns(("What did the ESPI analyst say about China's attitude to Russia?", "China has a realistic view."))
    answer = qa.ask("did he say anything about how Moscow views the partnership?", history=history, settings=seed)
    assert answer.refused and "never say how Moscow sees it" in answer.text
    assert not qa.ask("How does Beijing view Russia?", settings=seed).refused
