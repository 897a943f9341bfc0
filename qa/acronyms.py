"""Acronyms and the names they stand for: "European Space Policy Institute" is "ESPI".

- ``initialisms``: the initials of a text's multi-word capitalised names, which BM25 and the sentence scores
  index beside the words, so "the IAC" and "the International Astronautical Congress" meet.
- ``expansions``/``with_expansions``: what each acronym of a text stands for, as terms.
- ``spelled_out``: a question with the names of its acronyms added, for the embedder.
It reads capital letters only: an acronym no text spells out ("NASA") stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa.text import terms

_CAPITAL_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|de)\s+)?[A-Z][\w’'-]*)+")
_MINOR = frozenset({"of", "for", "and", "the", "on", "de"})
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


def initialisms(text: str) -> list[str]:
    """Lower-case initials of multi-word capitalised names: "European Space Policy Institute" gives "espi"."""
    return [letters for letters, _ in _named_runs(text)]


def expansions(text: str) -> dict[str, frozenset[str]]:
    """What each initialism of ``text``'s names stands for, as terms: "iac" -> {"intern", "astronaut", "congress"}.

    Built from the names themselves, so "the IAC" in one sentence can be matched to a
    question that spells out "astronautical congress" when the article spells it out elsewhere.
    """
    out: dict[str, set[str]] = {}
    for letters, name in _named_runs(text):
        out.setdefault(letters, set()).update(terms(name))
    return {k: frozenset(v) for k, v in out.items()}


def with_expansions(found: set[str], text: str, known: dict[str, frozenset[str]]) -> set[str]:
    """``found`` plus the terms of the names that the capitalised acronyms in ``text`` stand for."""
    return found.union(*(known.get(acronym.lower(), ()) for acronym in _ACRONYM.findall(text)))


def spelled_out(question: str, text: str) -> str:
    """``question`` with each capitalised acronym that ``text`` spells out but never uses followed by its name.

    MiniLM does not know "ESPI": a question naming the institute so is far from a sentence naming the European
    Space Policy Institute (cosine 0.23, against 0.56 spelled out). An acronym the text uses itself ("the ILRS")
    is left alone: its sentences match it as it is, and the name would pull the question towards the one
    sentence that spells it out (five answers of the question sets lost). The first name ``text`` gives wins.
    """
    if not _ACRONYM.search(question):
        return question  # most questions: no need to read the passages' names
    used = set(_ACRONYM.findall(text))
    names: dict[str, str] = {}
    for letters, name in _named_runs(text):
        if letters.upper() not in used:
            names.setdefault(letters, name)

    def spell(match: re.Match[str]) -> str:
        name = names.get(match.group().lower())
        return f"{match.group()} ({name})" if name else match.group()

    return _ACRONYM.sub(spell, question)


def name_terms(text: str) -> set[str]:
    """The stemmed terms of ``text`` and the initialisms of its names: what a sentence or passage can match."""
    return set(terms(text)) | set(initialisms(text))


def _named_runs(text: str) -> Iterator[tuple[str, str]]:
    for match in _CAPITAL_RUN.finditer(text):
        letters = "".join(w[0] for w in match.group().split() if w not in _MINOR)
        if 2 <= len(letters) <= 8:
            yield letters.lower(), match.group()
