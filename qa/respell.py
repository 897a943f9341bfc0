"""A question word no article uses, read as the one article word a slip of the keys away, or as the word it negates.

"mision" finds "mission": one letter wrong, missing, extra, or two neighbours swapped. Only words
of five letters or more that general English hardly uses are respelled (wordfreq: "attend" is a
word, not a slip for "attention"), and only when exactly one article word is that close, so a
name the articles never mention ("Nelson") stays unknown and the question can still be refused.
The vocabulary is the BM25 index's terms (stems); its lookup table (each word with one letter
deleted) is built once per index generation, on first need. Answer scoring only: retrieval looks
words up as typed. ``slips`` does the same between a question and one sentence, for names the
outlets spell differently: a question about "Aliberti" meets TIME's "Albierti", though both
spellings are in the index.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from qa.lexical import LexicalIndex
from qa.names import one_edit
from qa.text import rarity, terms

MIN_LETTERS = 5
# Rarer than this in general English (wordfreq Zipf below 2.5, "mision" 1.5, "attend" 4.6): maybe a slip.
MIN_RARITY = (7.5 - 2.5) / 7.5


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=2)  # the live index and, briefly after an ingest, the one before it
def _table(lexical: LexicalIndex) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word in lexical.df:
        if len(word) >= MIN_LETTERS - 1:
            for key in _deletions(word) | {word}:
                table.setdefault(key, set()).add(word)
    return {key: frozenset(words) for key, words in table.items()}


def nearest(term: str, vocabulary: Collection[str], table: dict[str, frozenset[str]]) -> str:
    """The one vocabulary word a single edit from ``term``; "" when ``term`` is known, short, or has none or several."""
    if term in vocabulary or len(term) < MIN_LETTERS or not term.isalpha():
        return ""
    found = {word for key in _deletions(term) | {term} for word in table.get(key, ())}
    close = {word for word in found if one_edit(term, word, swap_only=False)}
    return next(iter(close)) if len(close) == 1 else ""


def respelled(term: str, word: str, lexical: LexicalIndex) -> str:
    """``nearest`` over the index's vocabulary, for a ``term`` whose ``word`` is no common English word."""
    if term in lexical.df or len(term) < MIN_LETTERS or rarity(word) <= MIN_RARITY:
        return ""
    return nearest(term, lexical.df, _table(lexical))


def slips(found: set[str], wanted: Collection[str]) -> set[str]:
    """The ``wanted`` terms not in ``found`` that a rare ``found`` term spells with one slip ("aliberti" for "albierti")."""
    out = set()
    for term in wanted:
        if term in found or len(term) < MIN_LETTERS + 1 or not term.isalpha() or rarity(term) <= MIN_RARITY:
            continue
        if any(
            abs(len(t) - len(term)) <= 1 and t[:1] == term[:1] and one_edit(term, t, swap_only=False) and rarity(t) > MIN_RARITY
            for t in found
        ):
            out.add(term)
    return out


def unnegated(term: str, word: str, lexical: LexicalIndex) -> tuple[str, str] | None:
    """A question word "un..." no article uses, as the article word it negates: "Russia went unmentioned" meets
    "a pretty jarring partnership to fail to mention". (term, word) of the root, or None."""
    if term in lexical.df or not word.lower().startswith("un") or len(word) < 7:
        return None
    root = terms(word[2:])
    return (root[0], word[2:]) if len(root) == 1 and root[0] in lexical.df else None
