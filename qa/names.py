"""Names a question gives that the articles never mention: "How did Roscosmos respond ...?"

When a question names an organisation, person or event that no indexed
article mentions, nothing in them can say what it did, however many of the
question's other words a sentence shares. The check runs against the BM25
vocabulary of the whole index (stemmed terms and initialisms), so it costs a
dictionary look-up per name.

Left out on purpose: words shaped like adjectives of nationality
("Scandinavian", "Ukrainian"), which describe rather than name ("Which
Scandinavian country ...?" is answered by "Swedish"); a name whose stem
begins a known word ("Italy" for "Italian"); and the question's first word,
capitalised by position only. No spelling correction: a misspelt name is
reported as not mentioned, which tells the reader what to fix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from qa.text import initialisms, terms

# Runs of capitalised words after the first word of the question: "FIFA World Cup", "China's Tiangong".
_RUN = re.compile(r"(?<=\S\s)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_ADJECTIVE = re.compile(r"(?:an|ian|ese|ish|ic|i)$")
_MIN_PREFIX = 4


def unknown(question: str, vocabulary: Collection[str]) -> list[str]:
    """The names in ``question`` that no article mentions, in question order; empty when every one is known.

    A run of capitalised words is reported from its first unknown word on: "FIFA World Cup", "Tiangong".
    """
    missing: list[str] = []
    for run in _RUN.findall(question):
        words = run.split()
        first = next((i for i, w in enumerate(words) if not _ADJECTIVE.search(w) and not _known(w, vocabulary)), None)
        if first is not None:
            missing.append(" ".join(words[first:]))
    return list(dict.fromkeys(missing))


def _known(name: str, vocabulary: Collection[str]) -> bool:
    found = terms(name) + initialisms(name)
    if not found or any(t in vocabulary for t in [*found, name.lower()]):
        return True  # a stopword ("The", "What") is no name to look up; "ILRS" is indexed as it is, unstemmed
    stem = _plain(found[0])[:-1]  # "itali" (Italy) begins "italian"; "beyonc" (Beyonce) begins "beyoncé"
    return len(stem) >= _MIN_PREFIX and any((word if word.isascii() else _plain(word)).startswith(stem)
                                            for word in vocabulary)


def _plain(text: str) -> str:
    """Accents off: a question typed as "Beyonce" finds "Beyoncé"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
