"""Two questions asked as one are split, answered in turn and joined under one run of citation numbers."""

from __future__ import annotations

import re

import pytest

import qa
from qa import compound
from qa.types import Answer, Citation


@pytest.mark.parametrize(
    ("question", "halves"),
    [
        (
            "why wasn't russia at the paris congress, and what's behind china dropping its name?",
            ("why wasn't russia at the paris congress?", "What's behind china dropping its name?"),
        ),
        (
            "Who is the expert SpaceNews quoted, and which organisation does he work for?",
            ("Who is the expert SpaceNews quoted?", "Which organisation does he work for?"),
        ),
        (  # blind218 hq13: a slash or a second question mark joins two questions as "and" does
            "Why wasn't Russia at the congress / why did it get left out of China's pitch?",
            ("Why wasn't Russia at the congress?", "Why did it get left out of China's pitch?"),
        ),
        (
            "who was the chinese official who actually gave the presentation in paris? what's his name",
            ("who was the chinese official who actually gave the presentation in paris?", "What's his name?"),
        ),
        ("When will Tianwen-2 fly, and where to?", None),  # the second half is too short to stand as a question
        ("What did China and Russia sign, and when?", None),
        ("Which countries and agencies have experiments on Chang'e-6?", None),  # one question with "and"
        ("According to TIME, what will Tianwen-4 explore, and why?", None),
    ],
)
def test_a_question_is_split_only_into_two_whole_questions(question: str, halves: tuple[str, str] | None) -> None:
    assert compound.parts(question) == halves


def _citation(number: int, start: int, quotes: tuple[tuple[int, int], ...]) -> Citation:
    return Citation(
        number=number,
        article_id="a.txt",
        title="A",
        outlet="O",
        url="",
        published="",
        text="x" * 50,
        start=start,
        end=start + 50,
        score=0.5,
        quotes=quotes,
    )


def _answer(text: str, *citations: Citation) -> Answer:
    return Answer(question="q", text=text, citations=citations, refused=not citations)


HALVES = ("Where is it going?", "What will it do there?")


def test_the_second_answer_is_renumbered_after_the_first() -> None:
    first = _answer("It goes to Mars [1].", _citation(1, 0, ((0, 10),)))
    second = _answer("It lands [1]. It digs [2].", _citation(1, 100, ((100, 110),)), _citation(2, 0, ((20, 30),)))
    merged = compound.merge("q?", HALVES, first, second)
    assert merged.text == "It goes to Mars [1]. It lands [2]. It digs [1]."
    assert [c.number for c in merged.citations] == [1, 2]
    assert merged.citations[0].quotes == ((0, 10), (20, 30))  # one passage cited by both halves
    assert {int(n) for n in re.findall(r"\[(\d+)\]", merged.text)} == {c.number for c in merged.citations}


def test_a_sentence_both_halves_give_is_said_once() -> None:
    first = _answer("It goes to Mars [1].", _citation(1, 0, ((0, 10),)))
    second = _answer("It goes to Mars [1].", _citation(1, 0, ((0, 10),)))
    merged = compound.merge("q?", HALVES, first, second)
    assert merged.text == "It goes to Mars [1]." and len(merged.citations) == 1


@pytest.mark.parametrize(("first_refused", "uncovered"), [(True, HALVES[0]), (False, HALVES[1])])
def test_a_half_the_articles_do_not_cover_is_named(first_refused: bool, uncovered: str) -> None:
    covered = _answer("It goes to Mars [1].", _citation(1, 0, ((0, 10),)))
    refused = _answer("The articles don't cover this.")
    first, second = (refused, covered) if first_refused else (covered, refused)
    merged = compound.merge("q?", HALVES, first, second)
    assert not merged.refused and merged.text.endswith(f"{compound.UNCOVERED}: “{uncovered}”")
    assert merged.citations == covered.citations


def test_both_halves_uncovered_is_a_refusal() -> None:
    refused = _answer("The articles don't cover this.")
    assert compound.merge("q?", HALVES, refused, refused).refused


def test_each_half_is_answered_from_the_articles(seed: qa.Settings) -> None:
    answer = qa.ask("why wasn't russia at the paris congress, and what's behind china dropping its name?", settings=seed)
    assert "invasion of Ukraine" in answer.text and "removing the country's name" in answer.text
    assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)} == {c.number for c in answer.citations}


def test_the_half_they_do_not_cover_is_said_so(seed: qa.Settings) -> None:
    answer = qa.ask("Who built the Saudi rover, and where is Tianwen-2 headed?", settings=seed)
    assert not answer.refused and "near-Earth asteroid" in answer.text
    assert answer.text.endswith(f"{compound.UNCOVERED}: “Who built the Saudi rover?”")


@pytest.mark.parametrize(
    ("halves", "first_kind", "about"),
    [
        (("Which Chinese official gave the presentation?", "What's their title?"), "name", True),
        (("Who wrote the TIME piece?", "How can I contact him?"), "name", True),
        (("Who wrote the TIME piece?", "Where was the congress held?"), "name", False),  # no one pointed back at
        (("When did Russia sign?", "What did they sign?"), "date", False),  # "they" are named by the first half
    ],
)
def test_a_second_half_about_the_person_the_first_asks_for_is_recognised(
    halves: tuple[str, str], first_kind: str, about: bool
) -> None:
    assert compound.about_asked_person(halves, first_kind) is about


def test_the_title_of_a_person_the_articles_never_name_is_refused(seed: qa.Settings) -> None:
    # blind232 ie08: no official is named, so the second half's "their" has no one to give a title of
    answer = qa.ask(
        "Which Chinese official gave the presentation at the IAC inviting proposals for Chang'e-7, and what's their title?",
        settings=seed,
    )
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        # blind374 nq19: "where" asks of what the first question asks whether
        (
            "Was Russia mentioned at all in China's IAC presentation? If so, where and in what context?",
            "Where was Russia mentioned at all in China's IAC presentation?",
        ),
        ("Did Italy send anything? If so, when?", "When did Italy send anything?"),
        ("Was Russia mentioned? Where?", "Was Russia mentioned? Where?"),  # no "if so": left to ``parts``
        ("Where was it signed?", "Where was it signed?"),
    ],
)
def test_whether_and_if_so_where_is_asked_as_where(question: str, asked: str) -> None:
    assert compound.if_so(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Where was Russia mentioned in China's IAC presentation?",
        "Was Russia mentioned at all in China's IAC presentation? If so, where and in what context?",
        # blind384 pa26: "where in" the presentation, asked before the verb
        "Where in China's IAC presentation was Russia's role in the ILRS actually acknowledged, and what did it say?",
    ],
)
def test_where_in_a_presentation_is_answered_by_the_part_that_shows_it(seed: qa.Settings, question: str) -> None:
    # the sentences saying Russia went unnamed meet every word and scored twice the slide's
    answer = qa.ask(question, settings=seed)
    assert answer.question == question
    assert "single slide" in answer.text.split("[1]")[0]
