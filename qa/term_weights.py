"""How much each word of a question weighs when a sentence is scored against it.

A word weighs by its general rarity times its idf in the articles; an earlier turn's words, folded into a
follow-up, weigh half, or nothing when the question is set against that turn ("... this year instead?").
Words that only stress the question ("exactly") weigh nothing, nor do the words a spelling question uses
about the text itself when no article holds them. Spelling slips ("mision") and negations ("went
unmentioned") are read as the article's word. No I/O beyond the lexical index it is given.
"""

from __future__ import annotations

import re

from qa import attribution, misspellings
from qa.lexical import LexicalIndex
from qa.paraphrases import plain
from qa.respell import respelled, unnegated
from qa.spelling import american
from qa.text import ORDINALS, own_part, rarity, term_words, words

# "What's the Swedish instrument, exactly?": a word that only stresses the question says nothing of its subject,
# and as a word no article holds it would weigh as the rarest of all. Not "actually" or "really": "what is China
# actually after" meets the article's own "actually" (three answers lost when they were in this list).
_EMPHASIS = frozenset({"exactly", "precisely"})
# "and what do China's slides say this year instead?" after a turn about the 2021 roadmap: the earlier turn names
# what the answer is set against, so its words lead away from it (blind339 mh22)
_SET_AGAINST = re.compile(r"\binstead\s*[?.!]*\s*$", re.I)
CONTRASTED = 0.0  # a question set against the earlier turn weighs none of its words (0.5 otherwise)
# "China only cares about two things from Russia. What are they?" (blind376 ns08): "things" counted is a place
# for the answer's items, and weighed it met "The only thing that remains unclear"
_PLACEHOLDER = re.compile(r"\b(?:two|three|four|five|several|few|some|what|which|other|main|key)\s+things\b", re.I)


def term_weights(question: str, borrowed: str, lexical: LexicalIndex) -> dict[str, float]:
    """Weight of each question term: general rarity times corpus idf; borrowed terms count half, or nothing in a
    question set against the earlier turn ("instead").

    A word no article holds ("kept quiet", "operational") weighs as the rarest word some article
    holds, not more: absent from every sentence alike, it tells none of them apart, and at full
    idf it drowned the words that do.
    """
    weights: dict[str, float] = {}
    # "how is his surname spelled in the write-ups?" asks about the text: those words, when no article holds
    # them, only lower every sentence's coverage alike
    meta = misspellings.META if misspellings.asked(question) else frozenset()
    # "programme" meets "program"; "what is China after" is what it wants
    set_against = bool(borrowed) and bool(_SET_AGAINST.search(own_part(question)))
    borrowed_factor = CONTRASTED if set_against else 0.5
    own = plain(american(attribution.attributed(misspellings.plain(question))))
    placeholder = {"things"} if _PLACEHOLDER.search(own) else set()
    for factor, text in ((1.0, own), (borrowed_factor, american(borrowed))):
        pairs = term_words(text) + [(digit, word) for word in words(text) if (digit := ORDINALS.get(word))]
        for term, word in pairs:
            if (
                word in _EMPHASIS
                or (word in meta and term not in lexical.df)
                or (set_against and word == "instead")
                or (factor == 1.0 and word in placeholder)
            ):
                continue
            if near := respelled(term, word, lexical):  # "mision" is "mission"
                term, word = near, near
            elif (root := unnegated(term, word, lexical)) is not None:  # "went unmentioned": "fail to mention"
                term, word = root
            weights.setdefault(term, factor * rarity(word) * (0.5 + lexical.idf(term, unknown_as_rarest=True)))
    return weights
