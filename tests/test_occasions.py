"""Questions about another occasion than the articles' ("next year's congress") are answered only by sentences
that speak of that occasion."""

from __future__ import annotations

import pytest

import qa
from qa import occasions


@pytest.mark.parametrize(
    ("question", "later", "unit"),
    [
        ("Where will next year's International Astronautical Congress be held?", True, "year"),
        ("What happened at last year's gathering?", False, "year"),
        ("Who spoke at the previous month's meeting?", False, "month"),
        ("What is planned for the coming decade?", True, "decade"),
        ("Where will the next International Astronautical Congress be held?", True, "congress"),
        ("When is the following IAC?", True, "iac"),
    ],
)
def test_the_other_occasion_a_question_asks_about_is_found(question: str, later: bool, unit: str) -> None:
    occasion = occasions.asked(question)
    assert occasion is not None and (occasion.later, occasion.unit) == (later, unit)


@pytest.mark.parametrize(
    "question",
    [
        "What will Chang'e-7 explore next?",
        "Where was this year's congress held?",
        "What is the next mission?",
        "What happened at the last congress?",
    ],
)
def test_a_question_without_another_occasion_names_none(question: str) -> None:
    assert occasions.asked(question) is None


@pytest.mark.parametrize(
    ("question", "sentence", "published", "told"),
    [
        ("Where is next year's congress?", "The congress, which just ended in Paris, drew 8,000.", "2022-10-01", False),
        ("Where is next year's congress?", "Next year the congress moves to Baku.", "", True),
        ("Where is next year's congress?", "The 2023 congress will be held in Baku.", "2022-10-01", True),
        ("Where is next year's congress?", "The 2021 congress was held in Dubai.", "2022-10-01", False),
        ("Where is next year's congress?", "The 2023 congress will be held in Baku.", "", False),  # no date to count from
        ("What happened at last year's gathering?", "It was a year ago, at a gathering in St. Petersburg.", "", True),
        ("What happened at last year's gathering?", "A year of talks follows.", "", False),
        ("Where is the next congress?", "The next congress will be held in Baku.", "", True),
        ("Where is the next congress?", "The congress moves to Baku next year.", "", True),
        ("Where is the next congress?", "The 2023 congress will be held in Baku.", "2022-10-01", True),
        ("Where is the next congress?", "The congress, which just ended in Paris, drew 8,000.", "2022-10-01", False),
    ],
)
def test_a_sentence_tells_of_the_occasion_by_its_phrase_or_a_year_on_its_side(
    question: str, sentence: str, published: str, told: bool
) -> None:
    occasion = occasions.asked(question)
    assert occasion is not None and occasion.told_in(sentence, published) == told


def test_next_years_congress_is_refused_with_the_reason(seed: qa.Settings) -> None:
    answer = qa.ask("Where will next year's International Astronautical Congress be held?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert answer.text == "The articles don't cover this: they say nothing about next year."


def test_the_next_congress_is_refused_with_the_reason(seed: qa.Settings) -> None:
    answer = qa.ask("Where will the next International Astronautical Congress be held?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert answer.text == "The articles don't cover this: they say nothing about the next Congress."


def test_a_year_ago_answers_last_years_gathering(seed: qa.Settings) -> None:
    answer = qa.ask("What happened at last year's gathering of the International Astronautical Federation?", settings=seed)
    assert not answer.refused and "June 2021" in answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "elsewhere"),
    [
        ("What were the dates of this year's congress?", "A year ago, in June 2021, they met in St. Petersburg.", True),
        ("What were the dates of this year's congress?", "The congress, which just ended in Paris, ...", False),
        ("When was the ILRS announced?", "A year ago, in June 2021, they met in St. Petersburg.", False),
    ],
)
def test_a_sentence_about_another_occasion_does_not_date_this_years(question: str, sentence: str, elsewhere: bool) -> None:
    assert occasions.elsewhere(question, sentence) == elsewhere


def test_this_years_congress_is_not_dated_by_last_years_gathering(seed: qa.Settings) -> None:
    answer = qa.ask("What were the exact dates of this year's International Astronautical Congress in Paris?", settings=seed)
    assert answer.refused and answer.citations == ()
