"""What a word means: "What does cubesat mean?" wants a sentence that says what a cubesat is.

A question asking what a common noun means, what such a thing is "exactly", or what one "actually does" or
"actually involves" is answered only by a sentence that defines or describes it: the word followed by a
copula or a verb of its own ("a retroreflector reflects ..."), by an apposition ("a cubesat, a small
satellite ...") or a parenthesis, or named as "called" or "known as". Listed among the payloads of a mission ("an Italian
retroreflector, a French radon detection device ...") it is mentioned, not explained.

Left out: names and initials ("What does ILRS stand for?", read by ``qa.things``), pronouns ("What does
it mean for China?", which asks for a consequence) and questions of more than one word asked about.
"""

from __future__ import annotations

import re

from qa.text import STOPWORDS

# The term as group "t", "u", "v" or "w": one lower-case word, with or without "a"/"an". What a thing does is
# asked with "actually" or at the end ("What does a retroreflector do?"), not "What do students do after
# school?"; what a stage involves with "actually" ("what does that phase actually involve?"), not "What does
# the ILRS plan involve?", which a sentence on the plan answers without defining the word "plan".
_ASKED = re.compile(
    r"\bwhat\s+(?:does|do)\s+(?:an?\s+)?(?-i:(?P<t>[a-z][\w-]+))\s+(?:(?:actually\s+|exactly\s+|really\s+)?mean\b"
    r"|(?:actually|exactly|really)\s+do\b|do\s*(?:\?|$))"
    # "what is a cubesat, exactly?", not "what is china actually interested in ...?" (blind260 jg11)
    r"|\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:an?\s+)?(?-i:(?P<u>[a-z][\w-]+))\s*,?\s+(?:exactly|actually)\s*[?.!]?\s*$"
    r"|\bwhat\s+is\s+meant\s+by\s+(?:an?\s+|the\s+)?(?-i:(?P<v>[a-z][\w-]+))\b"
    r"|\bwhat\s+(?:does|do|will)\s+(?:an?\s+|the\s+|that\s+|this\s+)?(?-i:(?P<w>[a-z][\w-]+))\s+"
    r"(?:actually|exactly|really)\s+(?:involve|entail|consist\s+of)\b",
    re.I,
)
_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "they", "he", "she", "one", "each"})


def asked(question: str) -> str:
    """The word whose meaning ``question`` asks for ("cubesat"), or ""."""
    found = _ASKED.search(question)
    if not found:
        return ""
    term = next(t for t in found.groups() if t)
    return "" if term in _PRONOUNS or term in STOPWORDS else term


def told(term: str, sentence: str) -> bool:
    """Whether ``sentence`` says what ``term`` is or does, rather than only naming one."""
    word = rf"\b{re.escape(term)}(?:s|es)?\b"
    return bool(
        re.search(
            rf"{word}\s*(?:\(|—|–|:)"  # "isobaric (constant pressure)", "a cubesat — a small satellite"
            rf"|{word},\s+(?:which|that|who|a|an|the|or|i\.e\.)\s+(?-i:[a-z])"  # "a cubesat, a small ...": not a list
            rf"|{word}\s+(?:is|are|was|were|means?|meant|refers?|stands?|consists?|(?-i:[a-z]+(?<!s)s))\b"
            rf"|\b(?:called|known\s+as|dubbed|termed|meaning|means)\s+(?:an?\s+|the\s+)?[“\"']?{word}",
            sentence,
            re.I,
        )
    )


def why(term: str, question: str) -> str:
    """The refusal's reason, worded as the question asked it."""
    if re.search(r"\b(?:involve|entail|consist)", question, re.I):
        return f"they never say what the {term} involves"
    if re.search(r"\bdo\s*(?:\?|$|once|when|on|in|after)", question, re.I):
        return f"they never say what {'an' if term[0] in 'aeiou' else 'a'} {term} does"
    return f"they never explain the word “{term}”"
