"""Instruments and payloads, for "What instrument is Italy contributing to Chang'e-6?".

Such a question is answered by a sentence naming a piece of kit ("an Italian retroreflector", "a French
radon detection device"); a sentence that only says a country "will have experiments aboard", or that a
rover weighs 10 kg, names none, and the articles then do not say which. A kit word alone ("detector",
"cubesat") names one; a general one ("device", "experiment") only after a word saying what it does or
whose it is ("radon detection device", "Swedish payload").

The words are hand-picked for space and science news. When no retrieved sentence names any kit of these
kinds (an orchestra's instruments, a patent's devices), the words do not fit the subject and the
answerer does not hold their absence against an answer (``qa.answer``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qa import parties
from qa.demonyms import ADJECTIVE_PATTERN
from qa.text import OPENING, terms

# A sensor is a general word too: "What kind of sensor is Sweden sending?" is answered by its "negative ion detector".
_GENERAL = r"(?:instruments?|experiments?|devices?|payloads?|equipment|tools?|hardware|apparatus|sensors?)"
# "What Swedish instrument ...?", "What kind of payload ...?", "Which scientific instruments ...?". Not "Which
# countries have experiments ...?": the words between name no kind of kit.
ASKED = re.compile(
    r"^\s*(?:(?:in|at|on|from|for|to|of|by|with|into)\s+)?(?:what|which)\s+(?:(?:kind|type|sort)s?\s+of\s+)?"
    r"(?:(?!(?:is|are|was|were|will|would|do|does|did|has|have|had|can|could|the|a|an|of|and|or)\b)[\w’'-]+\s+){0,2}?"
    rf"{_GENERAL}\b",
    re.I,
)
_KIT = (
    r"(?:\w*detectors?|\w*reflectors?|cubesats?|cameras?|\w+meters?|\w+scopes?|\w+graphs?|radars?|"
    r"lasers?|drills?|imagers?|analy[sz]ers?|antennas?|rovers?|landers?|robotic arms?)"
)
KIT_WORDS = rf"(?:{_GENERAL}|{_KIT})"  # any word for a piece of kit, general or specific
# Asked for an instrument, experiment or device, a vehicle is none: "the Chang'e-7 lander and orbiter mission"
# lists no instrument for the orbiter. A payload or equipment may be one ("a Saudi rover" rides along).
_SCIENCE = re.compile(r"\b(?:instruments?|experiments?|devices?|tools?|apparatus|sensors?)\b", re.I)
_VEHICLES = frozenset({"rover", "rovers", "lander", "landers"})
_WHOSE = parties.COUNTRY_PATTERN  # "an Italian ...", "a Saudi Arabia rover"
# "And what rover will it carry?": which one, told by whose it is ("a Saudi Arabia rover"); not "Which Chinese
# rover found ...?", which asks for a rover's name.
# Nor "Which Chang'e lander is meant to ...?" (blind311 lf06): a name before the kit asks which member it is; a
# country's adjective or an agency's initials say whose kit it is.
ASKED_KIT = re.compile(
    rf"^\s*(?:(?:and|so|but|also)\s+)?(?:what|which)\s+(?:(?!(?!(?:{ADJECTIVE_PATTERN}|Saudi)\b|(?-i:[A-Z]{{2,}}\b))(?-i:[A-Z]))[\w’'-]+\s+){{0,2}}?"
    rf"(?P<kit>{_KIT})\s+"
    r"(?:will|would|does|do|did|is|are|was|were|has|have|can)\b",
    re.I,
)
# "what's the swedish contribution?": a country's share of a payload is its kit; so is what a country is sending
# ("and what's France sending?"), though not "What is Britain sending troops to?"
ASKED_SHARE = re.compile(
    rf"^\s*{OPENING}what(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:the\s+)?(?i:{ADJECTIVE_PATTERN})\s+"
    r"(?:contribution|payload|offering|share)s?\b"
    rf"|^\s*{OPENING}what(?:'s|’s|\s+is|\s+are|\s+will)\s+(?:the\s+)?{_WHOSE}\s+(?:actually\s+|really\s+|exactly\s+)?"
    r"(?:sending|send|contributing|contribute|providing|provide|supplying|supply|putting\s+(?:aboard|on\s+board))"
    # "what's sweden actually contributing hardware-wise?"
    r"(?:\s+[\w-]+-wise)?"
    r"\s*(?:\?|$|to\s+(?:it|that|the\s+(?:mission|lander|probe|spacecraft)|Chang)|for\s+(?:it|that|the\s+mission))",
    re.I,
)
# Verbs of a party giving kit: "What is Italy contributing?", "what's France sending?"
GIVING = r"(?:send|sending|sends|contribut\w*|provid\w*|supply|supplying|supplies|offer\w*|bring\w*|brought)"
_KIT_FOUND = re.compile(
    rf"\b(?:(?P<whose>{_WHOSE})\s+(?:[a-z-]+\s+){{0,2}}?)?(?P<kit>{_KIT})\b"
    rf"|\b(?P<owner>{_WHOSE}|[a-z]+ion)(?:\s+[a-z-]+){{0,2}}?\s+(?P<general>{_GENERAL})\b"
)


def found(text: str, question: str, before: str = "") -> list[tuple[str, int]]:
    """Each piece of kit ``text`` names that may be what ``question`` asks for, with where it starts.

    Asked about the Saudi rover's instruments, the rover itself is none; asked what the ESA sends, a sentence
    that (with ``before`` it) names none of the parties the question names lists someone else's, and kit
    of another country ("a Swedish detector", asked about Pakistan's) is someone else's too.
    """
    asked = set(question.lower().replace("’", "'").split())
    which = ASKED_KIT.match(question)
    which_kit = which.group("kit").lower().rstrip("s") if which else ""  # "What rover will it carry?"
    wanted = ASKED.match(question)
    science = bool(wanted and _SCIENCE.search(wanted.group()))
    told = before + " " + text
    asked_of = parties.asked(question)
    # of several ("Italy ... China's next lunar mission"), one may be the mission's owner, not the kit's
    if asked_of and not any(parties.named(forms, told) for forms in asked_of):
        return []
    out = []
    for m in _KIT_FOUND.finditer(text):
        kit = (m.group("kit") or "").lower()
        if which_kit and kit.rstrip("s") != which_kit:
            continue  # asked which rover, a lander is none
        if kit and (kit in asked or kit.rstrip("s") in asked) and not (which_kit and m.group("whose")):
            continue  # the thing asked about, not its kit; but whose it is tells which one was asked for
        if science and kit in _VEHICLES:
            continue
        whose = parties.country(m.group("whose") or m.group("owner") or "")
        if whose and asked_of and not any(whose in forms for forms in asked_of):
            continue  # asked what Pakistan's cubesat carries, the Swedish detector beside it is not the answer
        out.append((m.group(), m.start()))
    return out


def kit_terms(question: str) -> set[str]:
    """Stemmed kit words the question asks by ("What instrument is Italy contributing?" -> {"instrument"}).

    A sentence naming a piece of kit ("an Italian retroreflector") covers them, and the verbs of giving it
    ("contributing", "sending"): it says which instrument goes.
    """
    return {t for word in re.findall(rf"\b(?:{KIT_WORDS}|{GIVING})\b", question, re.I) for t in terms(word)}


def fits(texts: Collection[str]) -> bool:
    """Some of ``texts`` names kit of the kinds this module knows, so their words fit the subject."""
    return any(_KIT_FOUND.search(text) for text in texts)
