"""The citation check on real passages (seed corpus, real Chroma, real embedder): what is kept, moved, dropped, flagged."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

import qa
from qa import citecheck
from qa.engine import engine_for
from qa.retrieve import retrieve
from qa.types import Answer, Passage

QUESTION = "What will Tianwen-4 and the Chang'e missions do?"
TIANWEN = "Tianwen-4 will go to Jupiter and Uranus."
CHANGE7 = "Chang'e-7 will land at the South Pole of the Moon."
GIRAFFE = "The mission will carry a purple giraffe to Venus in 1850."
_MARK = re.compile(r"\[(\d+)\]")


def assert_invariant(text: str, citations: Sequence[qa.Citation], unsupported: Sequence[str], settings: qa.Settings) -> None:
    """What every answer keeps: markers are exactly 1..n in order of first use, each citation is exact article text."""
    used = [int(n) for n in _MARK.findall(text)]
    assert list(dict.fromkeys(used)) == list(range(1, len(citations) + 1)), text
    assert [c.number for c in citations] == list(range(1, len(citations) + 1))
    for c in citations:
        assert qa.article_text(c.article_id, settings)[c.start : c.end] == c.text
        assert all(c.start <= s < e <= c.end for s, e in c.quotes)
    for sentence in unsupported:
        assert sentence in text and not _MARK.search(sentence)


def assert_answer_invariant(answer: Answer, settings: qa.Settings) -> None:
    assert_invariant(answer.text, answer.citations, answer.unsupported_sentences, settings)


@pytest.fixture(scope="module")
def sources(seed: qa.Settings) -> tuple[Passage, ...]:
    passages = retrieve(engine_for(seed), QUESTION, 8).passages
    assert number_of(passages, "Jupiter and Uranus") and number_of(passages, "South Pole of the Moon")
    return passages


def number_of(passages: Sequence[Passage], phrase: str) -> int:
    """The 1-based source number of the first passage holding ``phrase`` (0 when none does)."""
    return next((n for n, p in enumerate(passages, 1) if phrase in p.text.replace("’", "'").replace("“", "").replace("”", "")), 0)


def check(text: str, sources: Sequence[Passage], seed: qa.Settings) -> citecheck.Checked:
    result = citecheck.check(text, sources, engine_for(seed))
    assert_invariant(result.text, result.citations, result.unsupported, seed)
    return result


def test_a_supported_citation_is_kept_and_renumbered_from_one(sources: tuple[Passage, ...], seed: qa.Settings) -> None:
    n = number_of(sources, "Jupiter and Uranus")
    result = check(f"{TIANWEN[:-1]} [{n}].", sources, seed)
    assert result.text == "Tianwen-4 will go to Jupiter and Uranus [1]."
    assert result.citations[0].text == sources[n - 1].text and result.unresolved == () and result.unsupported == ()
    # The quoted sentence of the passage is the one that says it.
    ((start, end),) = result.citations[0].quotes
    assert "Uranus" in qa.article_text(result.citations[0].article_id, seed)[start:end]


def test_markers_naming_no_source_are_removed_and_recorded(sources: tuple[Passage, ...], seed: qa.Settings) -> None:
    result = check(f"{TIANWEN[:-1]} [0][99]. {CHANGE7} [42]", sources, seed)
    assert result.unresolved == (0, 99, 42)
    assert (
        result.text == "Tianwen-4 will go to Jupiter and Uranus [1]. Chang'e-7 will land at the South Pole of the Moon [1]."
        or (result.text == "Tianwen-4 will go to Jupiter and Uranus [1]. Chang'e-7 will land at the South Pole of the Moon [2].")
    )


def test_a_wrong_citation_moves_to_the_passage_that_supports_the_sentence(
    sources: tuple[Passage, ...], seed: qa.Settings
) -> None:
    right = number_of(sources, "Jupiter and Uranus")
    wrong = next(n for n, p in enumerate(sources, 1) if "Uranus" not in p.text and "Tianwen" not in p.text)
    result = check(f"{TIANWEN[:-1]} [{wrong}].", sources, seed)
    assert result.text.endswith("[1].") and result.citations[0].text == sources[right - 1].text


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("{t} {c}", "Tianwen-4 will go to Jupiter and Uranus [1]. Chang'e-7 will land at the South Pole of the Moon [2]."),
        ("{c} {t}", "Chang'e-7 will land at the South Pole of the Moon [1]. Tianwen-4 will go to Jupiter and Uranus [2]."),
    ],
    ids=["unmarked-in-order", "unmarked-reversed"],
)
def test_an_unmarked_sentence_gets_its_best_supporting_passage_numbered_by_first_use(
    sources: tuple[Passage, ...], seed: qa.Settings, written: str, expected: str
) -> None:
    if number_of(sources, "Jupiter and Uranus") == number_of(sources, "South Pole of the Moon"):
        expected = re.sub(r"\[2\]", "[1]", expected)
    assert check(written.format(t=TIANWEN, c=CHANGE7), sources, seed).text == expected


def test_a_sentence_nothing_supports_is_flagged_and_cites_nothing(sources: tuple[Passage, ...], seed: qa.Settings) -> None:
    result = check(f"{TIANWEN} {GIRAFFE[:-1]} [1].", sources, seed)
    assert result.unsupported == (GIRAFFE,)
    assert result.text == f"Tianwen-4 will go to Jupiter and Uranus [1]. {GIRAFFE}"
    assert len(result.citations) == 1


@pytest.mark.parametrize(
    "shape",
    ["{s} [{n}].", "{s}. [{n}]", "{s} [{n}, {n}].", "{s} [Source {n}].", "{s} [source {n} and {n}].", "{s} 【{n}】."],
    ids=["plain", "after-the-stop", "list", "source-word", "source-and", "fullwidth"],
)
def test_the_marker_shapes_models_write_all_resolve(sources: tuple[Passage, ...], seed: qa.Settings, shape: str) -> None:
    n = number_of(sources, "Jupiter and Uranus")
    result = check(shape.format(s=TIANWEN[:-1], n=n) + " " + CHANGE7, sources, seed)
    assert result.text.startswith("Tianwen-4 will go to Jupiter and Uranus [1]. Chang'e-7")
    assert result.unresolved == ()


def test_text_with_no_claims_keeps_no_markers(sources: tuple[Passage, ...], seed: qa.Settings) -> None:
    result = check("Sure! [1]", sources, seed)
    assert result.claims == 0 and result.citations == () and result.text == "Sure!"


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("The articles don't cover this.", True),
        ("The articles don’t cover this", True),
        ("  the articles don't cover this. Sorry.", True),
        ("The articles don't cover this, but Tianwen-4 goes to Jupiter and to Uranus and beyond that too [1].", False),
        ("Tianwen-4 will go to Jupiter [1].", False),
    ],
)
def test_the_model_s_refusal_is_recognised(text: str, refusal: bool) -> None:
    assert citecheck.is_refusal(text, "The articles don't cover this.") is refusal


PIECES = st.sampled_from([TIANWEN, CHANGE7, GIRAFFE, "Yes.", "It was announced in Paris.", "Russia was absent.", "\n- "])
MARKS = st.sampled_from(["", " [1]", " [2]", " [3][1]", " [7]", " [0]", "[Source 2]", " [1, 5]", " [999999]", " ["])


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(PIECES, MARKS), min_size=1, max_size=6))
def test_whatever_the_model_writes_the_invariant_holds(
    sources: tuple[Passage, ...], seed: qa.Settings, parts: list[tuple[str, str]]
) -> None:
    written = " ".join(piece + mark for piece, mark in parts)
    result = check(written, sources[:4], seed)
    assert all(c.score >= citecheck.THRESHOLD for c in result.citations)
    assert all(n not in range(1, 5) for n in result.unresolved)


def test_list_numbers_are_kept_outside_the_sentences_they_number(sources: tuple[Passage, ...], seed: qa.Settings) -> None:
    result = check(f"1. {TIANWEN}\n2. {GIRAFFE}\n- {CHANGE7}", sources, seed)
    lines = result.text.split("\n")
    assert lines[0] == "1. Tianwen-4 will go to Jupiter and Uranus [1]."
    assert lines[1] == f"2. {GIRAFFE}" and result.unsupported == (GIRAFFE,)
    assert lines[2].startswith("- Chang'e-7 will land at the South Pole of the Moon [")


def test_echoed_prompt_scaffolding_is_dropped(sources: tuple[Passage, ...], seed: qa.Settings) -> None:
    result = check(f"<<<SOURCE 6\nSource 6\n{TIANWEN}\nSOURCE 6>>>", sources, seed)
    assert result.text == "Tianwen-4 will go to Jupiter and Uranus [1]." and result.unsupported == ()
