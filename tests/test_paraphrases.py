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
        ("And where is it going to touch down?", "And where is it going to land?"),  # the articles say "land"
        ("Where has it touched down before?", "Where has it landed before?"),
        ("Is it touching down near the south pole?", "Is it landing near the south pole?"),
        ("Whereabouts on the Moon will it set down?", "Whereabouts on the Moon will it land?"),
        ("Which think tank does the analyst work for?", "Which institute does the analyst work for?"),
        ("Which European think-tanks ...?", "Which European institutes ...?"),
        ("Where did the TIME piece first run?", "Where did the TIME piece first appeared?"),  # "originally appeared"
        ("Which TIME newsletter first carried Kluger's piece?", "Which TIME newsletter first appeared Kluger's piece?"),
        ("Did TIME carry the story?", "Did TIME carry the story?"),  # only a first carrying is where it appeared
        ("Which mission is bound for Mars?", "Which mission is going to Mars?"),  # "“Tianwen-3” will go to Mars"
        ("What will it attempt once it gets there?", "What will it attempt once it arrives?"),  # arriving, not getting
        ("Who will get samples?", "Who will get samples?"),
        ("Why was Russia absent from the congress?", "Why was Russia not at the congress?"),  # "was not at the IAC"
        ("What explains Russia's absence at the IAC?", "What explains Russia's not at the IAC?"),
        ("Which partner was absent?", "Which partner was absent?"),  # no place it was not at
        ("Why wasn't Russia present at the congress in Paris?", "Why wasn't Russia at the congress in Paris?"),
        ("Who was present at the congress?", "Who was present at the congress?"),  # no negation: who was there
        ("What kept Russia away from the congress?", "What kept Russia not at the congress?"),  # blind202 ha14
        ("Why did Russia stay away from the IAC?", "Why did Russia stay not at the IAC?"),
        ("Did they take it away from the agency?", "Did they take it away from the agency?"),  # no keeping away
        ("Who runs the agency?", "Who runs the agency?"),
    ],
)
def test_a_question_is_read_in_the_words_the_articles_use(question: str, read: str) -> None:
    assert paraphrases.plain(question) == read


@pytest.mark.parametrize(
    ("found", "linked"),
    [
        ({"interest"}, {"want", "seek", "desir", "care"}),  # in two groups: linked to both
        ({"care"}, {"interest"}),  # blind376 ns08: "only cares about" is "only interested in", not "wants"
        ({"want", "interest"}, {"seek", "desir", "care"}),  # a word the sentence holds is no paraphrase of itself
        ({"indic"}, {"hint", "sign", "clue"}),  # "the only indication" answers "the only hint"
        ({"spearhead"}, {"lead"}),  # "jointly spearheaded" answers "jointly led"
        ({"stori", "origin"}, {"piec", "articl", "first"}),  # "This story originally appeared in ..."
        ({"phase"}, {"stage"}),  # "What stage is the project in?": the "reconnaissance" phase
        ({"astronaut"}, {"crew", "uncrew"}),  # "Will they carry astronauts?": "uncrewed landings"
        ({"attempt"}, {"tri"}),  # "What will it attempt?": "which will try to extract resources"
        (
            {"detector"},
            {"instrument", "devic", "apparatus", "equip", "sensor", "hardwar"},
        ),  # "the Swedish instrument": "a ... detector"
        ({"moon"}, set()),
    ],
)
def test_words_for_the_same_thing_are_linked(found: set[str], linked: set[str]) -> None:
    assert paraphrases.kin(found) == linked


def test_what_china_is_after_is_answered_by_what_it_is_interested_in(seed: qa.Settings) -> None:
    answer = qa.ask("What does the UST piece say China is really after in its dealings with Russia?", settings=seed)
    assert "technology and production facilities" in answer.text


def test_where_the_only_hint_of_joint_leadership_appeared_is_found_in_other_words(seed: qa.Settings) -> None:
    answer = qa.ask(
        "Where did the only hint appear that the lunar station is meant to be jointly led by China and Russia?", settings=seed
    )
    assert "single slide" in answer.text


def test_where_a_piece_first_ran_is_answered_by_where_the_story_originally_appeared(seed: qa.Settings) -> None:
    answer = qa.ask("Where did the TIME article first appear?", settings=seed)
    assert "originally appeared in TIME Space" in answer.text


def test_where_a_mission_touches_down_is_where_it_lands(seed: qa.Settings) -> None:
    history = [
        {"role": "user", "content": "Which mission did China say it was open to international proposals for?"},
        {"role": "assistant", "content": "Its Chang'e-7 lander and orbiter mission."},
    ]
    answer = qa.ask("And where is it going to touch down?", history=history, settings=seed)
    assert "South Pole of the Moon" in answer.text


def test_what_the_second_mission_will_attempt_is_what_it_will_try(seed: qa.Settings) -> None:
    # "the second one" is Chang'e-8; Tianwen-2 will also "try to get samples", which "gets there" once matched
    history = [
        {"role": "user", "content": "Which lunar missions did China put the main focus on at the congress?"},
        {"role": "assistant", "content": "Chang'e-7, which is to land at the Moon's south pole, and Chang'e-8."},
    ]
    answer = qa.ask("What is the second one going to attempt once it gets there?", settings=seed, history=history)
    assert not answer.refused and "extract resources" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which think tank does the analyst quoted by SpaceNews work for?",
        # blind296 kq20: the thing asked is weighed as "institute" too, so a sentence naming one leads
        "which think tank does the expert quoted on China and Russia work for",
    ],
)
def test_a_think_tank_is_the_institute_the_articles_name(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and answer.text.startswith('"Be it in space') and "European Space Policy Institute" in answer.text
