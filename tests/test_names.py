"""Names a question gives that no article mentions: the answer says so instead of answering around them."""

from __future__ import annotations

import pytest

import qa
from qa import names
from qa.text import initialisms, terms

ARTICLES = ("China and Russia planned the International Lunar Research Station; an Italian retroreflector flies "
            "on Chang’e-6 with a Saudi Arabia rover. Beyoncé sang. TIME Space ran the story.")
VOCABULARY = frozenset(terms(ARTICLES) + initialisms(ARTICLES))


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("How did Roscosmos respond to the omission?", ["Roscosmos"]),
        ("Who won the 2022 FIFA World Cup final?", ["FIFA World Cup"]),  # a run, from its first unknown word
        ("How many astronauts live on China's Tiangong station?", ["Tiangong"]),
        ("What is the ILRS?", []),  # an initialism of a name the articles spell out
        ("What instrument is Italy contributing?", []),  # "Italy" is the stem of "Italian"
        ("Which Scandinavian country sends a detector?", []),  # an adjective describes, it does not name
        ("Which rover flies on Chang'e-6?", []),  # straight and curly apostrophes alike
        ("When did Beyonce sing?", []),  # accents aside
        ("Which newsletter did TIME run it in?", []),
        ("Where is the station?", []),  # the first word is capitalised by position only
    ],
)
def test_names_no_article_mentions_are_found(question: str, missing: list[str]) -> None:
    assert names.unknown(question, VOCABULARY) == missing


def test_a_question_about_someone_the_articles_never_mention_says_so(seed: qa.Settings) -> None:
    answer = qa.ask("How did Roscosmos respond to being left out of China's presentations?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert answer.text == "The articles don't cover this: they never mention Roscosmos."
