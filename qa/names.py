"""Names a question gives that the articles never mention: "How did Roscosmos respond ...?"

When a question names an organisation, person or event that no indexed
article mentions, nothing in them can say what it did, however many of the
question's other words a sentence shares. The check runs against the BM25
vocabulary of the whole index (stemmed terms and initialisms), so it costs a
dictionary look-up per name.

Left out on purpose: words shaped like adjectives of nationality
("Scandinavian", "Ukrainian"), which describe rather than name ("Which
Scandinavian country ...?" is answered by "Swedish"); a name whose stem
begins a known word ("Italy" for "Italian"); and the first word of the question
or of a sentence after a question mark, capitalised by position only.

Spelling is forgiven by one edit: a question typing "Counil" or "TEFU" (for
"Council", "TFEU") still reaches the passages about them, so a name one
letter away from an indexed word (two letters swapped, for a four-letter
one), a run-together pair of indexed words ("Superbowl"), a plural of an
initialism ("TDs") and the initials of a name the retrieved passages spell
out ("NYC" for "New York City") all count as mentioned. The strict check
cost 7 of 1,000 SQuAD questions their answers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

from qa.acronyms import initialisms
from qa.demonyms import kin
from qa.parties import AGENCIES
from qa.text import YEAR, terms

# Runs of capitalised words after the first word of the question: "FIFA World Cup", "China's Tiangong". Not the
# first word of a second sentence: "...? Pull together what TIME and ust_magazine each list." (blind318 lm14)
_RUN = re.compile(r"(?<=[^\s?!]\s)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_ADJECTIVE = re.compile(r"(?:an|ian|ese|ish|ic|i)$")
_MIN_PREFIX = 4
# Not names, though capitalised: month abbreviations ("in Feb 2010"), and units texts write as symbols ("°C").
_NOT_NAMES = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec celsius fahrenheit kelvin".split())


def unknown(question: str, vocabulary: Collection[str], nearby: str = "") -> list[str]:
    """The names in ``question`` that no article mentions, in question order; empty when every one is known.

    ``nearby`` is the retrieved passages' text, whose names' initials count as known; a name of three words or
    more whose initials the articles use is known too. A run of capitalised words is reported from its first
    unknown word on: "FIFA World Cup", "Tiangong".
    """
    missing: list[str] = []
    for run in _RUN.findall(question):
        words = run.split()
        if len(words) >= 3 and any(letters in vocabulary for letters in initialisms(run)):
            continue  # "Universe Space Tech" is the outlet the articles know by its initials (ust_magazine)
        first = next((i for i, w in enumerate(words) if not _ADJECTIVE.search(w) and not _named(w, vocabulary, nearby)), None)
        if first is not None:
            missing.append(" ".join(words[first:]))
    # "how did roscosmos react ...?": an agency typed in lower case is still a name
    missing += [name for name in _typed_agencies(question) if not _named(name, vocabulary, nearby)]
    # "Where will the 2023 congress be held?": articles that never name the year do not speak of that occasion.
    # A decade counts for its years ("the 2030s" for 2035). Only when no name is missing: "the 2022 FIFA World
    # Cup" is told by the name alone.
    if not missing:
        missing = [year for year in YEAR.findall(question) if year not in vocabulary and f"{year[:3]}0" not in vocabulary]
    return list(dict.fromkeys(missing))


def _typed_agencies(question: str) -> list[str]:
    """The space agencies ``question`` names in lower case ("roscosmos"), as news writes them ("Roscosmos")."""
    return [name for name in AGENCIES if re.search(rf"\b{name.lower()}\b", question) and name not in question]


def mentioned(word: str, vocabulary: Collection[str]) -> bool:
    """Whether the articles use ``word`` (each word of "launch site"), forgiving one slip of spelling ("programme")."""
    return all(_known(w, vocabulary) or _forgiven(w, vocabulary, "") for w in word.split())


def _named(word: str, vocabulary: Collection[str], nearby: str) -> bool:
    """Whether the articles mention ``word``. A country counts by its name or its adjective, never by a spelling
    near another word's: "India" is one letter from "indic" (indicated), which says nothing of India."""
    term = (terms(word) or [""])[0]
    if linked := kin({term}):
        return term in vocabulary or any(t in vocabulary for t in linked)
    return _known(word, vocabulary) or _forgiven(word, vocabulary, nearby)


def _known(name: str, vocabulary: Collection[str]) -> bool:
    found = terms(name) + initialisms(name)
    if not found or any(t in vocabulary for t in [*found, name.lower()]):
        return True  # a stopword ("The", "What") is no name to look up; "ILRS" is indexed as it is, unstemmed
    stem = _plain(found[0])[:-1]  # "itali" (Italy) begins "italian"; "beyonc" (Beyonce) begins "beyoncé"
    return len(stem) >= _MIN_PREFIX and any(_ascii(word).startswith(stem) for word in vocabulary)


def _plain(text: str) -> str:
    """Accents off: a question typed as "Beyonce" finds "Beyoncé"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ascii(word: str) -> str:
    return word if word.isascii() else _plain(word)


@lru_cache(maxsize=4)  # a question's runs share one retrieval; only reached when a name is not otherwise known
def _spelled_out(nearby: str) -> frozenset[str]:
    return frozenset(initialisms(nearby))


def _forgiven(name: str, vocabulary: Collection[str], nearby: str) -> bool:
    """A name a typo, a run-together spelling, a plural or initials away from what the articles say."""
    word = re.sub(r"[’']s$", "", name).lower()
    if word in _NOT_NAMES or (nearby and {word, word.rstrip("s")} & _spelled_out(nearby)):
        return True
    if f"{word}s" in vocabulary or (word.endswith("s") and word[:-1] in vocabulary):
        return True  # "PPP" where the articles say "PPPs", "TDs" where they say "TD"
    if any(word[:i] in vocabulary and word[i:] in vocabulary for i in range(3, len(word) - 2)):
        return True  # "Superbowl" for "Super Bowl"
    stem = (terms(word) or [word])[0]
    if len(stem) < 4:
        return False
    return any(
        one_edit(stem, _ascii(known), swap_only=len(stem) == 4) for known in vocabulary if abs(len(known) - len(stem)) <= 1
    )


def one_edit(a: str, b: str, swap_only: bool) -> bool:
    """``a`` and ``b`` differ by one substitution, insertion, deletion or swap of neighbours (only a swap if asked)."""
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
            return True
        return len(diffs) == 1 and not swap_only
    if swap_only:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]
