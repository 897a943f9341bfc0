"""Yes/no questions: the sentence that answers must name everyone the question asks about.

"Has NASA invited China to join Artemis?" is not answered by "NASA is partnering with multiple
nations ... Artemis": that sentence says nothing of China, and a reader shown it would take it for
a yes. The answer's lead sentence must name each country, agency and series member the question names
(``qa.parties``, ``qa.series``) and hold at least one of the words of its claim (``unsaid``), not of
its subject ("Will Pakistan's cubesat stay in orbit?" is not answered by a sentence saying only that
the cubesat flies): the best sentence, or else a close one that does (``led``), or the answer is a
refusal. Whether the answer is yes or no is left to the reader, who reads the cited sentence; other
parties (people, institutes) are not checked, and one shared word of the claim is a weak test.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qa import kinds, parties, series
from qa.demonyms import ADJECTIVE_PATTERN
from qa.paraphrases import kin
from qa.sentences import Candidate
from qa.text import OPENING, STOPWORDS, capitalised_terms, terms

# Words that carry no claim of their own: "Is anything from Pakistan going on it?" asks only whether something is.
_LIGHT_WORDS = frozenset("anything something going get gets got make makes made take takes took also".split())
_LIGHT = frozenset(terms(" ".join(_LIGHT_WORDS)))
_NO_CLAIM = STOPWORDS | _LIGHT_WORDS  # words of a question that are no verb of its claim
# Putting a payload on a mission, in the words of a question and of the articles: "Is Pakistan sending anything on
# Chang'e-6?" is answered by "a Pakistani cubesat will already be placed on the upcoming Chang'e-6 mission". Only
# for this check: as weights in ranking they would tie "will fly to an asteroid" to "sending".
_PAYLOAD = frozenset(terms("send sending sent place placed fly flying flown carry carrying carried host hosting hosted"))
# Countries by another word: "Is NASA doing that alone, or with other countries?" is answered by "NASA is
# partnering with multiple nations". Only for this check, as ``_PAYLOAD``.
_NATIONS = frozenset(terms("country countries nation nations"))
# "So is ESA itself formally joining the ILRS?": a follow-up's opening word leaves it a yes/no question
_POLAR = re.compile(rf"^\s*{OPENING}{kinds.AUXILIARY}\b", re.I)
# "Will the ILRS base at the lunar south pole be powered by a nuclear reactor?": what is claimed follows "be";
# the words before it only say what the claim is about.
_PASSIVE = re.compile(rf"^\s*{OPENING}{kinds.AUXILIARY}\b.+?\sbe(?:en)?\s+(?P<claim>.+)", re.I)
# "Will Pakistan's cubesat on Chang'e-6 stay in orbit around the Moon?": likewise, a subject opened by a
# determiner or a possessive, up to its first common noun and a named place it is on, only says what the
# claim is about. Reading the noun early leaves more words in the claim, never fewer.
_ACTIVE = re.compile(
    rf"^\s*{OPENING}{kinds.AUXILIARY}\s+(?:(?:the|a|an|its|their)\s+|(?-i:(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*['’]s\s+))"
    r"(?-i:[a-z][\w-]*)(?:\s+(?:on|of|from|aboard|for)\s+(?-i:[A-Z][\w’'-]*))?\s+(?P<claim>(?-i:[a-z]).+)",
    re.I,
)


# "Does the plan include a nuclear reactor ...?": what the question names with a determiner, up to three words.
# Each determiner starts its own phrase, even inside another's three words ("the ILRS a joint effort").
_DETERMINED = re.compile(r"\b(?:a|an|any|the|its|their|some)\s+(?=((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*))", re.I)
# "Will Russian cosmonauts take part ...?": the people or things the question is about, a plural noun after the
# auxiliary and any names, followed by the verb. Plural only: "Does Futurism admit ..." has a verb in that place.
# A participle after a noun, then a preposition, opens a clause about it ("a camera built by ...", "a probe launched
# from ..."); before a noun it describes the noun ("the first crewed landing").
_PARTICIPLE = re.compile(
    r"[a-z]+ed|built|made|sent|flown|given|taken|held|led|run|done|paid|brought|bought|won|"
    r"shown|known|seen|written|chosen|set|put|kept|sold|told|found|meant",
    re.I,
)
_CLAUSE_OPENING = re.compile(r"\b([\w’'-]+)\s+(?:by|from|with|in|on|at|for|to|into|under)\b", re.I)
_PLURAL_SUBJECT = re.compile(
    r"^\s*(?:will|would|can|could|do|does|did|should|may|might|are|were|have|had)\s+(?:(?:the|any|some|its|their)\s+)?"
    r"(?-i:(?:[A-Z][\w’'-]*\s+)*(?P<noun>[a-z][\w-]*s))\s+[a-z]",
    re.I,
)


def unmentioned(question: str, vocabulary: Collection[str]) -> str:
    """A thing a yes/no ``question`` names ("a nuclear reactor") of which no article uses a word, or "".

    A "yes" would rest on nothing the articles say, and a sentence that matches the rest of the question
    ("the ILRS plan", "the lunar base") reads as one. Every word of the phrase must be unknown, and its kin
    ("astronauts" for "uncrewed") too: "a joint effort" is known by "joint". A plural subject without a
    determiner ("Will Russian cosmonauts ...?") is read the same way.
    """
    if not _POLAR.match(question):
        return ""
    clauses = {m.group(1).lower() for m in _CLAUSE_OPENING.finditer(question)}  # not "the first crewed landing"
    for found in _DETERMINED.finditer(question):
        words = []
        for word in found.group(1).split():
            if word.lower() in STOPWORDS or (words and _PARTICIPLE.fullmatch(word) and word.lower() in clauses):
                break  # "a camera built by a European country": the thing is the camera; "built" tells of it
            words.append(word)
        if _unknown(" ".join(words), vocabulary):
            return " ".join(words)
    subject = _PLURAL_SUBJECT.match(question)
    return subject.group("noun") if subject and _unknown(subject.group("noun"), vocabulary) else ""


# "Has Beijing formally approved and funded construction ...?": the verbs of a yes/no question about a named
# party, after any adverb, as groups 1 and 2 ("approved", "funded"). Not a possessive or an adjective, whose
# noun comes next ("Did Russia's parliament ...", "Will Russian cosmonauts ..."), nor a verb opening a clause
# that holds the claim ("Does Futurism admit that ...?", "Has ESA confirmed it will ...?").
_NAMED_VERBS = re.compile(
    rf"^\s*(?:has|have|had|did|does|do|will|would|can|could)\s+(?-i:(?:[A-Z][\w’'.-]*\s+)*(?!{ADJECTIVE_PATTERN}\s)"
    r"[A-Z][\w.-]*(?<![’'])\s+)(?:[a-z]+ly\s+)?(?-i:([a-z]+))(?:\s+(?:and|or)\s+(?-i:([a-z]+)))?\b"
    r"(?!\s+(?:that|whether|if|how|why|what|it|they|he|she|we|there)\b)",
    re.I,
)


def unclaimed(question: str, vocabulary: Collection[str]) -> str:
    """The verbs of a yes/no ``question`` about a named party when no article uses any of them, or "".

    "Has Beijing formally approved and funded construction of the ILRS base?" is not answered by the
    sentence on China and Russia signing to build it: no article speaks of approving or funding anything, so
    a sentence that matches the rest of the question would read as a "yes" it does not give. Each verb must
    be unknown, with its kin; a question whose subject is not a name is not read.
    """
    found = _NAMED_VERBS.match(question)
    if not found:
        return ""
    verbs = [v for v in found.groups() if v and v.lower() not in _NO_CLAIM]
    return " or ".join(f"“{v}”" for v in verbs) if verbs and all(_unknown(v, vocabulary) for v in verbs) else ""


def _unknown(phrase: str, vocabulary: Collection[str]) -> bool:
    """No word of ``phrase``, nor any of its kin, is in ``vocabulary``; a phrase of no content words is known."""
    stems = set(terms(phrase))
    return bool(stems) and not any(t in vocabulary for t in stems | kin(stems))


def unnamed(question: str, lead: str, prior: str = "") -> list[str]:
    """The parties and series members a yes/no ``question`` names that ``lead`` does not; empty for other questions.

    "Will Pakistan also have an instrument on Chang'e-7?" is not answered by Pakistan's cubesat on Chang'e-6.
    A member may be named in the sentence ``prior`` to the lead, which "It will also host ..." refers back to.
    """
    if not _POLAR.match(question):
        return []
    missing = [forms[0] for forms in parties.asked(question) if not parties.named(forms, lead)]
    missing += [f"{name}-{number}" for name, number in series.named(question) - series.named(f"{prior} {lead}")]
    return sorted(missing)


# A claim of a first ("the first Pakistani payload ever sent"), which only a sentence claiming one answers
_RECORD_ASKED = re.compile(r"\bthe\s+first\b|\bever\b", re.I)
_RECORD_TOLD = re.compile(r"\b(?:first|ever|never\s+before|maiden|debut\w*|pioneer\w*)\b", re.I)


def unsaid(question: str, lead: str) -> bool:
    """Whether ``lead`` holds none of the words a yes/no ``question`` asks with besides names.

    "Will Tianwen-3 bring Martian samples back to Earth?" is not answered by "Tianwen-3 will go to Mars":
    nothing is said of bringing or samples. Words that make no claim ("Is anything going on it?") are left
    out, and a question of names alone is not checked. In a passive question only the words after "be"
    claim: "Will the base at the south pole be powered by a reactor?" is not answered by a sentence about
    the base at the south pole. A claim of a first or of "ever" needs a sentence that claims one too.
    """
    if not _POLAR.match(question):
        return False
    claimed = _PASSIVE.match(question) or _ACTIVE.match(question)
    asked = claimed.group("claim") if claimed else question
    claim = {t for t in terms(asked) if len(t) > 1 and not t.isdigit()} - capitalised_terms(question) - _LIGHT
    said = claim | kin(claim) | {t for group in (_PAYLOAD, _NATIONS) if claim & group for t in group}
    if _RECORD_ASKED.search(asked) and not _RECORD_TOLD.search(lead):
        return True  # "Is it the first Pakistani payload ever sent to the Moon?": a payload list claims no first
    return bool(claim) and not said & set(terms(lead))  # "astronauts" is said by "uncrewed"


def _answers(question: str, c: Candidate) -> bool:
    return not unnamed(question, c.text, c.prior) and not unsaid(question, c.text)


def led(question: str, ranked: list[Candidate], min_support: float, ratio: float) -> list[Candidate]:
    """``ranked`` led by a sentence that answers a yes/no question; empty when none close to the best does.

    The best sentence leads when it names every party asked about and says something of what is asked;
    otherwise the best supported one that does, if it scores at least ``ratio`` of the best ("Did China's
    presentation mention Russia's role?" is answered by a sentence about China and Russia, not by the
    better-scored one about Russia alone).
    """
    if not ranked or _answers(question, ranked[0]):
        return ranked
    lead = next((c for c in ranked if c.support >= min_support and _answers(question, c)), None)
    if lead is None or lead.score < ratio * ranked[0].score:
        return []
    return [lead, *(c for c in ranked if c is not lead)]
