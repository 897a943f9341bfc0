"""Chunks are token-bounded, sentence-respecting, overlapping, and exact slices of the article."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.boundaries import sentence_spans
from qa.chunking import chunk_text, count_tokens
from qa.corpus import read_articles
from tests.conftest import DATA, SEED_CORPUS


@pytest.mark.parametrize("corpus", [SEED_CORPUS, DATA / "corpus"])
def test_every_chunk_is_an_exact_slice_within_the_token_budget(corpus) -> None:
    articles, _ = read_articles(corpus, 10**6)
    for article in articles:
        chunks = chunk_text(article.text, article.body_start, 120, 30)
        assert chunks
        for c in chunks:
            assert article.text[c.start : c.end] == c.text
            assert c.start >= article.body_start
            assert c.tokens == count_tokens(c.text) <= 120
        assert [c.index for c in chunks] == list(range(len(chunks)))


def test_chunks_end_on_sentence_boundaries_and_overlap() -> None:
    text = " ".join(f"Sentence number {i} talks about topic {i}." for i in range(60))
    chunks = chunk_text(text, 0, 50, 15)
    ends = {e for _, e in sentence_spans(text)}
    assert all(c.end in ends for c in chunks)
    assert all(b.start < a.end for a, b in itertools.pairwise(chunks))  # consecutive chunks overlap
    assert chunks[-1].end == len(text)


def test_a_sentence_longer_than_a_chunk_is_cut_at_token_boundaries() -> None:
    text = "word " * 500
    chunks = chunk_text(text, 0, 64, 0)
    assert len(chunks) >= 8
    assert all(c.tokens <= 64 and text[c.start : c.end] == c.text for c in chunks)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It was signed in St. Petersburg, Russia. Then it ended.", 2),
        ("Dr. Smith met Mr. Jones at 5 p.m. today.", 1),
        ("Headline line\nFirst sentence. Second one!", 3),
        ("“Quoted.” Next sentence here.", 2),
        ("China comments “the program was launched in China in 2014”. Of course.", 2),
    ],
)
def test_sentence_splitting(text: str, sentences: int) -> None:
    assert len(sentence_spans(text)) == sentences


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000), st.integers(min_value=16, max_value=200), st.integers(min_value=0, max_value=15))
def test_chunking_any_unicode_text(text: str, size: int, overlap: int) -> None:
    chunks = chunk_text(text, 0, size, overlap)
    covered = set()
    for c in chunks:
        assert c.text.strip(), "no empty chunk"
        assert 0 <= c.start < c.end <= len(text) and text[c.start : c.end] == c.text
        covered.update(range(c.start, c.end))
    # every non-space character of the text is in some chunk
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
