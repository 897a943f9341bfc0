"""How a name is spelled across the articles: each spelling shown with its citation."""

from __future__ import annotations

import pytest

import qa
from qa import misspellings
from tests.conftest import candidate

ALIBERTI = "European Space Policy Institute senior research fellow Marco Aliberti told SpaceNews."
ALBIERTI = "For now, Marco Albierti, a senior research fellow at the European Space Policy Institute, told SpaceNews."
OTHER = "China offers other countries places on its missions, Marco Polo said."


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How did the ESPI researcher's surname get spelled in the different write-ups?", True),
        ("How do you spell the name of the ESPI fellow?", True),
        ("need the exact spelling of the European Space Policy Institute researcher", True),
        ("Who is the ESPI researcher?", False),
        ("What is the rover's name?", False),
    ],
)
def test_a_question_about_spelling(question: str, asked: bool) -> None:
    assert misspellings.asked(question) is asked


@pytest.mark.parametrize(
    ("ranked", "kept"),
    [
        ([(ALIBERTI, 0.34), (ALBIERTI, 0.33)], [ALIBERTI, ALBIERTI]),
        ([(ALBIERTI, 0.34), (OTHER, 0.3), (ALIBERTI, 0.3)], [ALBIERTI, ALIBERTI]),
        ([(ALIBERTI, 0.34), (ALBIERTI, 0.1)], []),  # the other spelling scores under half the best's
        ([(ALIBERTI, 0.34), (OTHER, 0.3)], []),  # "Marco" is the same name and "Polo" no slip of "Aliberti"
        ([(ALIBERTI, 0.34), (ALIBERTI, 0.33)], []),  # one spelling throughout
    ],
)
def test_the_variants_of_the_best_sentences_names(ranked: list[tuple[str, float]], kept: list[str]) -> None:
    got = misspellings.variants([candidate(text, score=score) for text, score in ranked], 0.5, 6)
    assert [c.text for c in got] == kept


def test_both_spellings_are_shown_with_their_citations(seed: qa.Settings) -> None:
    answer = qa.ask("How did the ESPI researcher's surname get spelled in the different write-ups?", settings=seed)
    assert not answer.refused
    assert "Aliberti" in answer.text and "Albierti" in answer.text
    assert len({c.article_id for c in answer.citations}) >= 2


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("How did his surname get spelled?", "How did his surname spelled?"),
        ("Why did it get misspelled?", "Why did it misspelled?"),
        ("Will it get samples?", "Will it get samples?"),  # the articles' own "get"
    ],
)
def test_the_get_of_a_passive_spelling_is_no_word_to_match(question: str, plain: str) -> None:
    assert misspellings.plain(question) == plain
