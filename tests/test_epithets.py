"""A question for the other name an article gives a country is answered by a sentence using that name."""

from __future__ import annotations

import pytest

import qa
from qa import epithets, kinds


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What nickname does the ust_magazine article keep using for China?", "China"),  # blind260 jg10
        ("what nickname for China keeps popping up in the ust_magazine story?", "China"),  # blind254 ja26
        ("What's China's nickname?", "China"),
        ("what's china's nickname", "China"),
        ("What other name does the magazine use for China?", "China"),
        ("What does the UST magazine call China?", "China"),
        ("How does the ust article refer to China?", "China"),
        ("What is Russia's nickname in the articles?", "Russia"),
        ("what does ust_magazine keep calling China?", "China"),  # blind341 mj23: the habit of calling it
        ("How does the magazine tend to refer to China?", "China"),
        # not another name: what China named something, or what China is called in a longer phrase
        ("What did China call the base?", ""),
        ("What does the article call China a threat to?", ""),
        ("How does the magazine refer to China as a partner?", ""),
        ("What is the other name for the ILRS?", ""),  # not a country the table knows
    ],
)
def test_the_name_whose_epithet_is_asked_is_found(question: str, name: str) -> None:
    assert epithets.asked(question) == name
    assert (kinds.asked(question).kind == "epithet") == bool(name)


def test_an_epithet_is_found_for_its_own_name_only() -> None:
    sentence = "The Celestial Empire is looking for partners for its future missions."
    assert epithets.found(sentence, "China") == [("Celestial Empire", 0)]
    assert epithets.found(sentence, "Russia") == []


@pytest.mark.parametrize(
    "question",
    [
        "What nickname does the ust_magazine article keep using for China?",
        "What's China's nickname?",
        "What does the ust magazine call China?",
    ],
)
def test_the_epithet_an_article_uses_is_answered(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and "Celestial Empire" in answer.text
    assert all(c.outlet != "TIME" for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "What is Russia's nickname in the articles?",  # no article gives Russia another name
        "What does TIME call China?",  # only the magazine says "the Celestial Empire"
    ],
)
def test_an_epithet_no_article_uses_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()
