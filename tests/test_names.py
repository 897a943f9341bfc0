"""Names a question gives that no article mentions: the answer says so instead of answering around them."""

from __future__ import annotations

import pytest

import qa
from qa import names, things
from qa.acronyms import initialisms
from qa.text import terms

ARTICLES = (
    "China and Russia planned the International Lunar Research Station; an Italian retroreflector flies "
    "on Chang’e-6 with a Saudi Arabia rover and a Swedish detector. It indicated a base in the 2030s. "
    "Beyoncé sang. TIME Space ran the story."
)
VOCABULARY = frozenset(terms(ARTICLES) + initialisms(ARTICLES))


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("How did Roscosmos respond to the omission?", ["Roscosmos"]),
        ("how did roscosmos react to being left out", ["Roscosmos"]),  # blind234 ig20: an agency in lower case
        ("Who won the 2022 FIFA World Cup final?", ["FIFA World Cup"]),  # a run, from its first unknown word
        ("Where will the 2023 congress be held?", ["2023"]),  # a year no article names is another occasion
        ("Where will the station be in the 2030s?", []),
        ("Will the station be running by 2035?", []),  # the articles' "2030s" holds 2035
        ("Will India fly an experiment?", ["India"]),  # one letter from "indic" (indicated), but a country
        # blind318 lm14: a second sentence's first word is capitalised by position; a name after it still counts
        ("Which countries are flying on Chang'e-6? Pull together what TIME lists.", []),
        ("Which countries are flying on Chang'e-6? Compare with what Roscosmos lists.", ["Roscosmos"]),
        ("What do the Indians want?", ["Indians"]),
        ("Which experiment is Sweden sending?", []),  # a country known by its adjective ("Swedish")
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


@pytest.mark.parametrize(
    "question",
    [
        "Which rocket will launch the Chang'e-7 lander and orbiter?",  # no article mentions a rocket at all
        "Which crater near the lunar south pole has been picked as the landing site for Chang'e-7?",  # nor a crater
        "Which Italian institute built the retroreflector that will fly on Chang'e-6?",  # only "an Italian retroreflector"
        "Which Italian institute built the retroreflector?",  # found in the browser: "Chang'e-6" is no institute
        "What fee does China charge other countries to rent space on Chang'e-7?",  # no sum of money is given
        "From which Chinese launch site is the Chang'e-7 mission scheduled to lift off?",  # no launch site either
        "On what date did the International Astronautical Congress in Paris open?",  # only "last week"
        "What is the launch mass of the Chang'e-7 lander?",  # the only mass given is the Saudi rover's
        "Which launch vehicle will carry the Chang'e-7 lander and orbiter to the Moon?",
        "Which specific near-Earth asteroid is Tianwen-2 going to sample?",  # "a near-Earth asteroid", unnamed
        "How much is China charging other countries to put their instruments on Chang'e-7?",
        "What was the official theme of this year's International Astronautical Congress in Paris?",  # no theme
    ],
)
def test_a_question_for_a_thing_the_articles_never_name_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()


def test_the_refusal_says_which_kind_of_thing_no_article_mentions(seed: qa.Settings) -> None:
    answer = qa.ask("Which rocket will launch Chang'e-7?", settings=seed)
    assert answer.text == "The articles don't cover this: they never mention any rocket."


FORGIVING = frozenset([*terms("The Council met at the Super Bowl in 2010; a TD, the TFEU and PPPs."), "tfeu", "td", "ppps"])


@pytest.mark.parametrize(
    ("question", "nearby", "missing"),
    [
        ("When did the Counil meet?", "", []),  # one letter dropped
        ("Which TEFU article applies?", "", []),  # two letters swapped in a four-letter initialism
        ("Who won the Superbowl?", "", []),  # run together
        ("How many TDs were scored?", "", []),  # an initialism's plural
        ("What is a PPP?", "", []),  # ... and its singular
        ("When did the station in NYC open?", "The station in New York City signed on in 1948.", []),  # initials
        ("How many died in Feb 2010?", "", []),  # a month's abbreviation is no name
        ("How hot is it in degrees Celsius?", "", []),  # a unit the text writes as a symbol
        ("When did the Kounsil meet?", "", ["Kounsil"]),  # two letters off is another name
        ("Which TEFA article applies?", "", ["TEFA"]),  # a four-letter word forgives only a swap
    ],
)
def test_a_name_one_slip_away_from_the_articles_counts_as_mentioned(question: str, nearby: str, missing: list[str]) -> None:
    assert names.unknown(question, FORGIVING, nearby) == missing


def test_a_planet_is_named_without_the_word_planet(seed: qa.Settings) -> None:
    answer = qa.ask("Which planets is China's Tianwen-4 mission meant to explore?", settings=seed)
    assert not answer.refused and "Jupiter and Uranus" in answer.text


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("What was the official theme of this year's congress?", "theme"),
        ("What is the ILRS's motto?", "motto"),
        ("What is the purpose of the ILRS?", ""),  # a purpose is given in other words than "purpose"
        ("What theme did China stress?", ""),  # asks what China stressed, not the event's stated theme
    ],
)
def test_an_attribute_stated_by_its_own_word_is_found(question: str, attribute: str) -> None:
    assert things.attribute(question) == attribute
