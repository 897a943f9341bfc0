"""Questions about an article itself are answered from its front matter, cited like any passage."""

from __future__ import annotations

from pathlib import Path

import pytest

import qa
from qa import byline
from qa.engine import reset
from tests.conftest import make_settings, turns
from tests.test_api import assert_valid

TIME_PIECE = "the TIME piece on China looking for new Moon mission partners"


@pytest.mark.parametrize(
    ("question", "field"),
    [
        (f"Who wrote {TIME_PIECE}?", "author"),
        ("Who is the author of the TIME article?", "author"),
        ("Who is the TIME journalist behind the story?", "author"),  # a role word between "the" and "journalist"
        ("Who is the bylined writer of the TIME piece?", "author"),
        ("Who is the byline on the TIME article about China's new moon partners?", "author"),  # blind251 ix03
        ("whose byline is on the futurism piece?", "author"),
        ("Which TIME journalist wrote the piece on China and Russia?", "author"),
        ("Which Chinese official wrote to the agency?", ""),  # a role, not a writer of the article
        ("Which outlet published the story about China's new partners?", "outlet"),
        ("When was the TIME article published?", "published"),
        ("Who wrote to the agency?", "author"),  # a byline question in form; no title matches, so it falls through
        ("Who is Marco Aliberti?", ""),
        ("When did China and Russia sign the agreement?", ""),
        ("What date was it published?", "published"),  # blind229 ib25, after "Who wrote the TIME article ...?"
        ("How can I contact him?", "contact"),  # blind221 ht20, after "Who wrote TIME's article ...?"
        ("What's the email address of the TIME reporter?", "contact"),
        ("How did China contact its partners?", ""),  # not a reader reaching the writer
        ("What's the contact email given for him?", "contact"),  # blind305 kz21, after "Who wrote the TIME article ...?"
        ("Is there an email for the author?", "contact"),
        ("What email did China send its partners?", ""),  # not the writer's address
    ],
)
def test_which_field_a_question_asks_for(question: str, field: str) -> None:
    assert byline.asked_field(question) == field


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (f"Who wrote {TIME_PIECE}?", "Write to Jeffrey Kluger at jeffrey.kluger@time.com", "Jeffrey Kluger"),  # body line
        ("Which outlet published the story about China wanting new partners for its Moon missions?", "outlet: TIME", "TIME"),
        # Its words fit UST's title ("China seeks new partners in space") as well as TIME's: the outlet named decides.
        (
            "Who is the author of the TIME piece on China seeking new lunar partners?",
            "Write to Jeffrey Kluger at jeffrey.kluger@time.com",
            "Jeffrey Kluger",
        ),
        (
            "Who is the TIME journalist behind the story about China's cooling relationship with Russia?",
            "Write to Jeffrey Kluger at jeffrey.kluger@time.com",
            "Jeffrey Kluger",
        ),
        (
            "Which TIME journalist wrote the piece on China cooling toward Russia in space?",
            "Write to Jeffrey Kluger at jeffrey.kluger@time.com",
            "Jeffrey Kluger",
        ),
    ],
)
def test_the_byline_comes_from_the_described_articles_front_matter(
    seed: qa.Settings, question: str, text: str, value: str
) -> None:
    answer = qa.ask(question, settings=seed)
    assert_valid(answer, seed)
    assert answer.citations[0].text == text and answer.citations[0].title.startswith("China Wants New Partners")
    if text.startswith("Write to"):  # the article's own line first, then the byline it confirms
        assert answer.text == f"{value} [1][2]." and answer.citations[1].text == f"author: {value}"
    else:
        assert answer.text == f"{value} [1]." and len(answer.citations) == 1


def test_a_follow_up_asking_who_wrote_it_uses_the_earlier_turn(seed: qa.Settings) -> None:
    history = [
        {"role": "user", "content": "What does the TIME article say about China's Moon partners?"},
        {"role": "assistant", "content": "China is looking for new partners."},
    ]
    answer = qa.ask("Who wrote it?", history=history, settings=seed)
    assert_valid(answer, seed)
    assert answer.text == "Jeffrey Kluger [1][2]."


@pytest.mark.parametrize(
    ("question", "history", "text"),
    [
        (
            "How can I contact him?",
            [("Who wrote TIME's article about China looking for new moon partners?", "It was written by Jeffrey Kluger.")],
            "Write to Jeffrey Kluger at jeffrey.kluger@time.com [1].",
        ),
        ("What's the email address of the TIME reporter?", [], "Write to Jeffrey Kluger at jeffrey.kluger@time.com [1]."),
    ],
)
def test_the_writers_contact_is_the_articles_own_line(
    seed: qa.Settings, question: str, history: list[tuple[str, str]], text: str
) -> None:
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert_valid(answer, seed)
    assert answer.text == text and answer.citations[0].text == text.removesuffix(" [1].")


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("When was the TIME article published?", []),
        (
            "What date was it published?",
            [("Who wrote the TIME article about China seeking new moon partners?", "Jeffrey Kluger.")],
        ),
    ],
)
def test_a_publication_date_the_front_matter_lacks_is_refused(
    seed: qa.Settings, question: str, history: list[tuple[str, str]]
) -> None:
    # blind229 ib25: "the program was launched in China in 2014" dates a programme, not the article
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert answer.refused and answer.citations == ()
    assert "they never say when “China Wants New Partners" in answer.text


def test_no_contact_is_guessed_for_an_article_that_gives_none(seed: qa.Settings) -> None:
    answer = qa.ask("How can I contact the author of the Futurism piece?", settings=seed)
    assert "@" not in answer.text


def test_no_byline_is_guessed_when_the_front_matter_has_none(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Harbour reopens after storm\noutlet: Coast Daily\n---\n"
        "The harbour reopened on Monday. Written by the newsdesk.\n",
        encoding="utf-8",
    )
    (corpus / "b.md").write_text("---\ntitle: Harbour fees rise\nauthor: Ann Lee\n---\nFees rise in May.\n", encoding="utf-8")
    settings = make_settings(corpus, tmp_path / "index")
    try:
        answer = qa.ask("Who wrote the Coast Daily story on the harbour reopening?", settings=settings)
        assert "Ann Lee" not in answer.text  # b.md has an author, but it is not the article asked about
        tied = qa.ask("Who wrote the harbour story?", settings=settings)  # matches both titles: not answered from metadata
        assert "[1]." not in tied.text or tied.citations[0].text != "author: Ann Lee"
    finally:
        reset(settings)
