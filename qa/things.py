"""Things known by a proper name, and the words a text may use for one.

"Which rocket will launch Chang'e-7?" asks for the name of a rocket; ``qa.kinds`` reads it as a
question for a name, and the answerer refuses it outright when no article mentions a rocket or a
word a text would use instead ("launcher", "booster"). The groups are short and hand-made for news
about space, science and business; a word outside them stands for itself.
"""

from __future__ import annotations

import re
from functools import cache

from qa import epithets
from qa.acronyms import initialisms
from qa.text import terms

# Things known by a proper name, for "What is the name of the <thing>?". Not planets, countries or cities: a
# text names them without the class word ("will go to Mars"), so "Which planets ...?" must not be refused
# for want of the word "planet" (blind6 g06, seed q06).
NAMED_THINGS = (
    r"(?:rovers?|cubesats?|craters?|basins?|efforts?|laborator(?:y|ies)|labs?|rockets?|launch vehicles?|launchers?|boosters?|asteroids?|spacecraft|probes?|landers?|orbiters?|satellites?|telescopes?|missions?|newsletters?|"
    r"newspapers?|magazines?|outlets?|publications?|journals?|websites?|launch (?:sites?|pads?|cent(?:er|re)s?|complex(?:es)?)|spaceports?|cosmodromes?|shows?|series|programs?|programmes?|projects?|"
    r"bases?|stations?|compan(?:y|ies)|firms?|agenc(?:y|ies)|institutes?|institutions?|organi[sz]ations?|teams?|clubs?|"
    r"ships?|museums?|universit(?:y|ies)|bands?|albums?|songs?|films?|movies?|books?|trophy|awards?|prizes?|stadiums?|"
    r"venues?|festivals?|contests?|competitions?|parties|party|operations?|treat(?:y|ies)|laws?|acts?|initiatives?)"
)
_NOT_ADJECTIVE = r"(?:about|the|a|an|of|or|and|is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|may|might)"
# "Which rocket will ...?", "Which Italian institute built ...?": one thing known by its name. Not "what kind of
# spacecraft" (a description), "what does one outlet say" (the words between are no adjectives) or "which series
# of missions" (the thing is the missions).
# "Which ...", "In which ...", "From what ...": how a question asking for a thing opens.
_OPENING = r"^\s*(?i:(?:in|at|on|from|for|to|of|by|with|into)\s+)?(?i:which|what)\s+"
# "The ILRS gets compared to which NASA lunar program?": the same asked in place, the thing ending the question
# and owned by a body named by its initials (not SQuAD's "conferred by what act?", answered "The 2012 Act")
_IN_PLACE = (
    r"\b(?i:to|with|as|by|from|for|into|on|at|in)\s+(?i:which|what)\s+"
    rf"(?=[A-Z]{{2,}}(?:[’']s)?\s+(?:[\w’'-]+\s+)?(?i:{NAMED_THINGS})\s*\?\s*$)"
)
WHICH_THING = re.compile(
    rf"(?:{_OPENING}|{_IN_PLACE})(?!(?:kind|type|sort)s?\b)"
    rf"(?:(?!{_NOT_ADJECTIVE}\b)[\w’'-]+\s+){{0,2}}?({NAMED_THINGS})\b(?!\s+of\b)",
    re.I,
)
# "Which NASA effort ...?": the initials of the body the thing belongs to, as group 1.
_OWNER = re.compile(rf"(?:{_OPENING}|{_IN_PLACE})([A-Z]{{2,}})(?:[’']s)?\s+(?:[\w’'-]+\s+)?(?i:{NAMED_THINGS})\b")
# "Where will Chang'e-6 be launched from?" asks for a launch site, as "From which launch site ...?" does.
LAUNCH_FROM = re.compile(
    r"^\s*where\b[^?]*\b(?:launch(?:ed|es|ing)?|(?:lift|blast)(?:s|ed|ing)?\s+off|take\s+off|"
    r"fly|flies|flown)\s+(?:\w+\s+)?from\b",
    re.I,
)
# Words a text may use instead of the thing a question names; the first of each group is the plain one.
# Bodies (organisations, companies, universities, publications) are known by names without a number.
_BODIES = (
    ("company", "firm", "business", "contractor", "manufacturer", "maker"),
    ("organisation", "organization", "institution", "institute", "agency", "body", "group", "laboratory", "lab"),
    ("university", "college", "school"),
    ("newspaper", "publication", "magazine", "outlet", "journal", "paper", "website"),
)
_SAME_THINGS = (
    ("rocket", "launcher", "booster", "vehicle"),
    ("spacecraft", "probe", "craft", "lander", "orbiter", "satellite"),
    *_BODIES,
    ("launch site", "launch pad", "spaceport", "cosmodrome", "launch center", "launch centre", "launch complex"),
    ("program", "programme", "project", "effort", "initiative"),  # "Which NASA effort ...?" names a program
)


@cache
def _group_of(word: str) -> tuple[str, ...]:
    own = set(terms(word))
    return next((g for g in _SAME_THINGS if own & {t for w in g for t in terms(w)}), ())


def owner_of_thing(question: str) -> str:
    """The initials of whoever owns the thing asked for ("NASA" in "Which NASA effort ...?"), or ""."""
    found = _OWNER.search(question)
    return found.group(1) if found else ""


def thing_group(word: str) -> tuple[str, ...]:
    """Words a text may use for ``word``: itself and the others of its group ("rocket": "launcher", ...)."""
    return (word, *(w for w in _group_of(word) if w != word))


def is_body(word: str) -> bool:
    """An organisation, company, university or publication: known by a name without a number ("Chang'e-6" is no
    institute), unlike a rocket or a mission ("Falcon 9")."""
    return _group_of(word) in _BODIES


def is_mission(word: str) -> bool:
    """A mission: known by a name that is neither a place nor the outlet reporting on it. Not "spacecraft",
    whose answer may be words for craft ("What two spacecraft make up Chang'e-7?": "lander and orbiter")."""
    return word in ("mission", "missions")


# "What does ILRS stand for?", "What is the acronym IAC short for?", "What is the full name behind the ILRS
# acronym?", "ILRS stands for what?": the initials' spelt-out name, as group 1, 2 or 3.
ACRONYM = re.compile(
    r"^\s*(?i:what\s+(?:does|do|did|is|was)\s+(?:the\s+)?(?:(?:acronym|abbreviation|initials)\s+)?)"
    r"([A-Z][A-Z0-9]{1,7})\s+(?i:stands?\s+for|short\s+for|means?)\b"
    r"|^\s*(?i:what(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(?:full|complete|long|expanded)\s+(?:name|form)\s+"
    r"(?:behind|of|for)\s+(?:the\s+)?(?:(?:acronym|abbreviation|initials)\s+)?)([A-Z][A-Z0-9]{1,7})\b"
    # "ILRS stands for what?" (blind371 nn10): the question word last
    r"|^\s*(?i:(?:the\s+)?(?:(?:acronym|abbreviation|initials)\s+)?)([A-Z][A-Z0-9]{1,7})\s+"
    r"(?i:stands?\s+for|is\s+short\s+for|means?)\s+(?i:what|which\s+words?)\s*[?.]?\s*$"
)


def spells_out(name: str, acronym: str) -> bool:
    """Whether the capitalised words of ``name`` give ``acronym``: "International Lunar Research Station", "ilrs"."""
    return acronym in initialisms(name)  # the same initials the index keeps for "the IAC"


# "What was the official theme of the congress?": attributes a text states by their own word ("the theme was ..."),
# so articles that never use the word do not give one. Not "purpose" or "goal", which a text gives in other words.
_ATTRIBUTE = re.compile(
    r"^\s*(?:what|which)(?:[’']s|\s+(?:is|was|are|were|will\s+be))\s+(?:(?:the|its|their)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(themes?|mottos?|slogans?|nicknames?|logos?|mascots?|anthems?|hashtags?|taglines?|catchphrases?)\b",
    re.I,
)


def attribute(question: str) -> str:
    """The stated attribute the question asks for ("theme"); "" when it asks for none, or for a country's
    epithet, which an article uses without calling it a nickname (``qa.epithets``)."""
    match = None if epithets.asked(question) else _ATTRIBUTE.search(question)
    return match.group(1).lower() if match else ""
