"""Who a question quotes: "According to the UST piece, ...", "What does the ESPI fellow say ...?",
"In Marco Aliberti's view, ...".

``qa.answer`` weighs the speaker's words less in a sentence (the name usually sits before the quote, or
is a surname alone) and reads "in X's view" as "according to X", so the word "view" picks no sentence
that happens to hold it. Left out: speakers named only by a pronoun ("in his view"), which name no one
a sentence could match.
"""

from __future__ import annotations

import re

# "According to TIME, ...", and typed without the comma, "according to TIME what ...?" (blind347 mp25). Without
# the comma only an outlet's shape is read as the source (initials, "SpaceNews", "ust_magazine", "the TIME
# piece"): "According to Lenin why must ...?" in SQuAD weighs Lenin as a word of its answer.
_OUTLET_SHAPE = (
    r"(?:the\s+)?(?:(?-i:[A-Z]{2,}[\w’'-]*)|(?-i:[A-Z][a-z]+[A-Z]\w*)|\w+_\w+)"
    r"(?:\s+(?:piece|article|report|story|magazine|outlet|write-?up))?"
)
_LEADING = re.compile(
    r"^\s*(?:according to|per|in the words of)\s+(?:([^,?]+),"
    rf"|({_OUTLET_SHAPE})\s+(?=(?i:what|which|who|whom|whose|when|where|why|how)\b))",
    re.I,
)
# "As SpaceNews reported it, why ...?", "As TIME puts it, ...": the same as "According to SpaceNews, ...".
_AS_TOLD = re.compile(
    r"^\s*as\s+([^,?]+?)\s+(?:reports?|reported|says|said|notes|noted|writes|wrote|tells\s+it|told\s+it|"
    r"puts\s+it|put\s+it|has\s+it|had\s+it)(?:\s+it)?\s*,",
    re.I,
)
# "Putting the TIME and ust_magazine accounts together, who ...?" (blind368 nk21): the accounts are the sources,
# as in "According to TIME and ust_magazine, ...", and "putting" or "together" is no word of the answer
_COMBINED = re.compile(
    r"^\s*(?:putting|taking|reading|combining|pooling|merging|drawing\s+on|going\s+by)\s+(?:both\s+)?(?:of\s+)?"
    r"([^,?]+?\s+(?:and|&)\s+[^,?]+?)(?:\s+together)?\s*,",
    re.I,
)
_VIEW_WORDS = r"(?:view|opinion|assessment|estimation|words|judge?ment)"
_VIEW = re.compile(rf"\bin\s+([^,?]+?)(?:'s|’s)\s+{_VIEW_WORDS}\b", re.I)
# "..., in the view of the article headlined '...'?"
_VIEW_OF = re.compile(rf"\bin\s+the\s+{_VIEW_WORDS}\s+of\s+([^,?]+)", re.I)
_SOURCES = (
    _LEADING,
    _AS_TOLD,
    _COMBINED,
    re.compile(
        r"\b(?:does|do|did)\s+((?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s+(?:say|claim|think|believe|argue|"
        r"suggest|insist|warn)\b",
        re.I,
    ),
    re.compile(r",?\s*\b(?:according to|per)\s+([^,?]+)\?\s*$", re.I),
    # "In Marco Aliberti's view, what ...?", "Why, in TIME's assessment, ...?"
    re.compile(rf"(?:^|,)\s*in\s+([^,?]+?)(?:'s|’s)\s+{_VIEW_WORDS}\s*[,?]", re.I),
    re.compile(rf"(?:^|,)\s*in\s+the\s+{_VIEW_WORDS}\s+of\s+([^,?]+?)\s*[,?]", re.I),
    # "how is that program described in the piece about China dropping Russia from its IAC slides?": the words
    # after "the piece about" pick the article, not the sentence
    re.compile(
        r"\b(?:in|by)\s+(the\s+(?:\w+\s+)?(?:piece|article|story|report|write-?up)\s+(?:about|on|covering)\s+[^,?]+?)\s*\??\s*$",
        re.I,
    ),
)


def source(question: str) -> str:
    """The phrase naming who the question quotes ("the European think-tank analyst"); "" when it quotes no one.

    News questions name the speaker to say whose account they want, and that
    name is usually in the sentence before the quote, or is a surname alone
    ("Aliberti added"), so a sentence matching only the speaker is no answer.
    """
    for pattern in _SOURCES:
        match = pattern.search(question)
        if match:
            return next((g for g in match.groups() if g), "")
    return ""


def without_leading(question: str) -> str:
    """The question without an opening attribution: "According to TIME, where ...?" -> "where ...?"."""
    return _LEADING.sub("", _AS_TOLD.sub("", _COMBINED.sub("", question, count=1), count=1), count=1)


def combined_as_according(question: str) -> str:
    """ "Putting the TIME and ust_magazine accounts together, who ...?" read as "According to the TIME and
    ust_magazine accounts, who ...?", whose retrieval "putting" and "together" would lead astray."""
    return _COMBINED.sub(lambda m: f"According to {m.group(1)},", question, count=1)


def attributed(question: str) -> str:
    """ "In Marco Aliberti's view, ..." (or "in the view of Marco Aliberti") read as "according to Marco Aliberti,
    ...": the word "view" asks for no sentence saying "view"."""
    question = _AS_TOLD.sub(lambda m: f"according to {m.group(1)},", question, count=1)
    question = combined_as_according(question)
    question = _VIEW.sub(lambda m: f"according to {m.group(1)}", question)
    return _VIEW_OF.sub(lambda m: f"according to {m.group(1)}", question)
