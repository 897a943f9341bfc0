"""A question's words meet the article's other words for the same thing: what China "is after" is what it is "interested in"."""

from __future__ import annotations

import pytest

import qa
from qa import paraphrases


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("What is China really after in its dealings with Russia?", "What is China really wanting in its dealings with Russia?"),
        ("What are they after, according to UST?", "What are they wanting, according to UST?"),
        ("What is China actually after?", "What is China actually wanting?"),
        ("What is the mission after Chang'e-7?", "What is the mission after Chang'e-7?"),  # the next one, not a wish
        ("And where is the mission after it headed?", "And where is the mission after it headed?"),
        ("What happened after the invasion?", "What happened after the invasion?"),
    ],
)
def test_being_after_something_is_wanting_it(question: str, read: str) -> None:
    assert paraphrases.plain(question) == read


@pytest.mark.parametrize(
    ("found", "linked"),
    [
        ({"interest"}, {"want", "seek", "desir"}),
        ({"want", "interest"}, {"seek", "desir"}),  # a word the sentence holds is no paraphrase of itself
        ({"indic"}, {"hint", "sign", "clue"}),  # "the only indication" answers "the only hint"
        ({"spearhead"}, {"lead"}),  # "jointly spearheaded" answers "jointly led"
        ({"moon"}, set()),
    ],
)
def test_words_for_the_same_thing_are_linked(found: set[str], linked: set[str]) -> None:
    assert paraphrases.kin(found) == linked


def test_what_china_is_after_is_answered_by_what_it_is_interested_in(seed: qa.Settings) -> None:
    answer = qa.ask("What does the UST piece say China is really after in its dealings with Russia?", settings=seed)
    assert "technology and production facilities" in answer.text


def test_where_the_only_hint_of_joint_leadership_appeared_is_found_in_other_words(seed: qa.Settings) -> None:
    answer = qa.ask("Where did the only hint appear that the lunar station is meant to be jointly led by China "
                    "and Russia?", settings=seed)
    assert "single slide" in answer.text
