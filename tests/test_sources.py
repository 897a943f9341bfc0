"""Which outlet the articles' reporting comes from is read from the credits each article gives, cited per article."""

from __future__ import annotations

from pathlib import Path

import pytest

import qa
from qa import sources
from qa.engine import reset
from tests.conftest import make_settings, turns
from tests.test_api import assert_valid


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Which publication's reporting are these stories based on?", True),
        ("Which outlet's reporting do all three stories draw on?", True),
        ("What source do the articles cite?", True),
        ("Which news site do both pieces credit?", True),
        ("Which outlet published the story about China's new partners?", False),  # one article's byline
        ("Which publication originally reported that China left Russia out?", False),  # asked of the facts
        ("What did the articles say about Russia?", False),
        # blind263 jj14, blind34 ao15, blind39 at10
        ("Whose reporting are these stories about China dropping Russia from its IAC talks based on?", True),
        ("Which outlet's reporting are all three of these write-ups based on?", True),
        ("Which space-industry publication's report do all three pieces draw upon?", True),
        ("Which news site did all three of these stories get their reporting from?", True),  # blind284 ke14
        ("what outlet did all three of these stories get their info from", True),  # blind362 ne21
        ("What's the original outlet all three of these pieces are drawing on?", True),  # blind371 nn21
    ],
)
def test_a_question_about_the_articles_common_source_is_recognised(question: str, asks: bool) -> None:
    assert sources.asks_about_sources(question) is asks


def test_the_source_every_seed_article_credits_is_the_answer(seed: qa.Settings) -> None:
    # Futurism and TIME write "As SpaceNews reports", UST ends with "According to spacenews.com".
    answer = qa.ask("Which outlet's reporting do all three stories draw on?", settings=seed)
    assert_valid(answer, seed)
    assert answer.text == "SpaceNews: all 3 articles credit its reporting [1][2][3]."
    assert len({c.article_id for c in answer.citations}) == 3
    assert all("spacenews" in c.text.casefold() for c in answer.citations)


def write(corpus: Path, name: str, body: str) -> None:
    (corpus / name).write_text(f"---\ntitle: {name}\n---\n{body}\n", encoding="utf-8")


def test_sources_credited_equally_often_leave_the_question_to_the_passages(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.md", "The harbour reopened on Monday, as Coast Daily reports. The mayor told Harbour Radio so.")
    write(corpus, "b.md", "Fees rise in May, according to Coast Daily. The port told Harbour Radio the same.")
    write(corpus, "c.md", "Ships returned on Tuesday, the port authority said.")
    settings = make_settings(corpus, tmp_path / "index")
    try:
        tied = qa.ask("Which outlet do these stories draw on?", settings=settings)
        assert "credit its reporting" not in tied.text  # two sources, each credited by two articles
        write(corpus, "c.md", "Ships returned on Tuesday, Coast Daily reported, as Coast Daily reports.")
        qa.ingest(settings)
        answer = qa.ask("Which outlet do these stories draw on?", settings=settings)
        assert_valid(answer, settings)
        assert answer.text == "Coast Daily: all 3 articles credit its reporting [1][2][3]."
    finally:
        reset(settings)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("whose reporting is the TIME article based on?", "The TIME article credits SpaceNews [1]."),
        ("What source does the UST article cite?", "The ust_magazine article credits spacenews.com [1]."),
        # blind358 mz26: the verb before "which site", the outlet named by its lower-case handle
        ("The ust_magazine piece credits which site as its source?", "The ust_magazine article credits spacenews.com [1]."),
        ("The TIME story cites which outlet?", "The TIME article credits SpaceNews [1]."),
    ],
)
def test_the_source_one_named_article_credits_is_its_answer(seed: qa.Settings, question: str, says: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert_valid(answer, seed)
    assert answer.text == says and len(answer.citations) == 1
    assert "spacenews" in answer.citations[0].text.casefold()


def test_who_wrote_the_source_the_articles_credit_is_refused(seed: qa.Settings) -> None:
    # blind380 nw25: the byline of the TIME piece the earlier turn asked about is no answer
    history = turns(("Who wrote the TIME piece?", "Jeffrey Kluger."))
    answer = qa.ask("and who wrote the SpaceNews report they're all based on?", history=history, settings=seed)
    assert answer.refused and not answer.citations
    assert "the SpaceNews piece they credit is not among them, so they never say who wrote it" in answer.text
    assert qa.ask("Who wrote the TIME piece?", settings=seed).text.startswith("Jeffrey Kluger")
