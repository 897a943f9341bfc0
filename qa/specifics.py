"""Which members of a kind a question insists on: "Which resources exactly will it try to extract?"

Asked which things "exactly" or "specifically", a reader wants them named; a sentence that only uses the
plural noun ("will try to extract resources on it") says that there are some, not which. A sentence tells
them when a capitalised name or a number follows the noun closely ("experiments aboard from Sweden,
France ..."), or a list opens after it ("such as", "including", a colon or a dash), or words before it
say what kind ("water ice and helium-3 resources", a hyphenated or a capitalised modifier).

Asked which one "specifically" ("Does the report say which specific asteroid it will visit?"), a reader
wants it named; when every close sentence speaking of it says only "a near-Earth asteroid" (or a bare plural,
"experiments aboard"), none says which (``unnamed``).

Left out: questions without such a word ("Which resources will it extract?" may be answered by the
sentence saying resources, which is all the articles have); a singular noun no close sentence uses
("Which specific region will it land in?" is answered by "the South Pole"), which is a name ``qa.kinds`` asks.
"""

from __future__ import annotations

import re

from qa import parties
from qa.text import OPENING

# "what resources is it after exactly?" (blind297 kr26): the insisting word may close the clause. Not a verb
# ("What does it say exactly?") nor a plural that asks a value ("What years exactly?": ``qa.kinds``).
_NOT_THINGS = r"(?:does|is|was|has|goes|says|years|dates|days|months|times|numbers|ones|kinds|types|sorts|parts|ways)"
_ASKED = re.compile(
    rf"^\s*{OPENING}(?:which|what)\s+(?!{_NOT_THINGS}\b)(?-i:(?P<noun>[a-z][a-z-]+s))\s+(?:[\w’'-]+\s+){{0,4}}?"
    r"(?:exactly|specifically|precisely|in\s+particular)\b",
    re.I,
)


# "which specific asteroid", "which asteroid exactly", "what's their experiment, specifically?", "what's ESA's
# experiment going to be?"
_ASKED_ONE = re.compile(
    r"\b(?:which|what)\s+(?:exact|specific|particular|precise)\s+(?-i:(?P<a>[a-z][a-z-]+))\b"
    r"|\b(?:which|what)\s+(?-i:(?P<b>[a-z][a-z-]+))\s+(?:exactly|specifically|precisely|in\s+particular)\b"
    r"|^\s*what(?:'s|’s|\s+is|\s+was)\s+(?:their|its|his|her|the)\s+(?-i:(?P<c>[a-z][a-z-]+)),?\s+"
    r"(?:exactly|specifically|precisely)\b"
    # "what's ESA's experiment going to be?": which one it will be, asked of its future
    r"|^\s*what(?:'s|’s|\s+is|\s+are)\s+(?:the|its|their|his|her|[\w’'-]+['’]s)\s+(?-i:(?P<d>[a-z][a-z-]+))\s+"
    r"(?:going\s+to|supposed\s+to|gonna)\s+be\s*\??\s*$"
    # "what's the name of the ESA experiment?": its name, where the sentences say "experiments aboard"
    r"|^\s*what(?:'s|’s|\s+is|\s+was)\s+the\s+name\s+of\s+(?:the|its|their|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?-i:(?P<e>[a-z][a-z-]+))\s*\??\s*$"
    # "what's the ESA experiment called?" (blind299 kt25): the same
    r"|^\s*what(?:'s|’s|\s+is|\s+was)\s+(?:the|its|their|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?-i:(?P<f>[a-z][a-z-]+))\s+(?:called|named)\s*\??\s*$",
    re.I,
)
# Nouns that ask a value (a date, a number) or a part, not which thing: ``qa.kinds`` and ``qa.facts`` read those.
_NOT_A_THING = frozenset(
    {"one", "ones", "kind", "type", "sort", "part", "date", "year", "day", "month", "time", "way", "number", "amount"}
)
_PREPOSITIONS = frozenset({"to", "of", "on", "in", "at", "from", "for", "with", "by", "about", "into", "onto"})
_INDEFINITE = frozenset({"a", "an", "another", "some", "any", "several", "various", "one"})
_DEFINITE = re.compile(r"(?:the|this|that|these|those|its|their|his|her|our|\w+['’]s)$", re.I)
_NAMED_AFTER = re.compile(r",?\s*(?:called|named|dubbed|known\s+as)\b|\s+[“\"]?[A-Z0-9]")


def asked_one(question: str) -> str:
    """The noun of the one thing ``question`` asks which specifically ("asteroid"), or "" (also when it asks
    which ones of a plural: ``asked``)."""
    found = _ASKED_ONE.search(question)
    noun = next((n for n in found.groups() if n), "") if found else ""
    return "" if not noun or noun in _NOT_A_THING or asked(question) else noun


def unnamed(noun: str, sentences: list[str]) -> bool:
    """Whether ``sentences`` speak of ``noun`` (or its plural) and every time only as some one of its kind:
    "will fly to a near-Earth asteroid", "will have experiments aboard from Sweden"."""
    mentions = [
        (s[: m.start()], s[m.end() :], bool(m.group(1)))
        for s in sentences
        for m in re.finditer(rf"\b{re.escape(noun)}(e?s)?\b", s, re.I)
    ]
    return bool(mentions) and all(_indefinite(before, after, plural) for before, after, plural in mentions)


def _indefinite(before: str, after: str, plural: bool) -> bool:
    if _NAMED_AFTER.match(after):  # "an asteroid called Kamo'oalewa", "asteroid 2016 HO3"
        return False
    for word in reversed(before.split()[-4:]):  # the noun phrase's modifiers back to its determiner
        word = word.strip("“”\"'(")
        if word.lower() in _INDEFINITE:
            return True
        if word.lower() in _PREPOSITIONS:  # the phrase began after it: "fly to asteroids"
            break
        if _DEFINITE.match(word) or word.endswith(","):
            return False
        if not (word[:1].isupper() or "-" in word or word.islower()):
            return False
    return plural  # a bare plural ("have experiments aboard") is some of them; a bare singular reads as a name


def asked(question: str) -> str:
    """The plural noun whose members ``question`` insists on ("resources"), or ""."""
    found = _ASKED.search(question)
    return found.group("noun") if found else ""


# Nouns whose members a sentence names by their own names, not by the noun: "Which countries exactly are
# sending instruments?" is told by "A Swedish negative ion detector, an Italian retroreflector ...".
_PARTIES = frozenset({"countries", "nations", "states", "partners", "agencies", "members", "participants"})


def told(noun: str, sentence: str) -> bool:
    """Whether ``sentence`` names which ``noun`` it speaks of, rather than only that there are some."""
    if noun.lower() in _PARTIES and parties.found(sentence):
        return True
    for found in re.finditer(rf"\b{re.escape(noun)}\b", sentence, re.I):
        after = sentence[found.end() : found.end() + 40]
        before = sentence[max(0, found.start() - 30) : found.start()]
        if re.match(r"\s*(?:such\s+as|including|like|namely|:|—|–|\()", after, re.I):
            return True
        if re.match(r"(?:\s+\S+){0,3}?\s+(?:[A-Z][\w’'-]*|\d)", after):  # "experiments aboard from Sweden"
            return True
        if re.search(r"(?:[A-Z][\w’'-]*|\w+-\w+)\s+$", before):  # "Lunar resources", "helium-3 resources"
            return True
    return False


def why(noun: str) -> str:
    return f"they never say which {noun}"


def why_one(noun: str) -> str:
    return f"they never say which {noun} it is"
