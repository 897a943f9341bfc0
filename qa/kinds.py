"""What kind of value a question asks for: a date, a count, a person, a place, a reason, a thing's name, ...

"When ..." asks for a date ("exact date": a calendar one), "How many months ..." a count of months,
"How much does it cost" money, "Who ..." a person (or a party, for "Who is sending ...?"), "the name of the
newsletter" a proper name, "Where" a place, "Why" a reason, "What two options" a choice. ``thing`` says which kind
of named thing "Which rocket ...?" asks for (``qa.things``); ``focus`` finds the noun phrase of "What dilemma ...".
It reads only the question: the values a sentence holds are ``qa.facts``. Regular expressions, no parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa import epithets, gear, measures, places, series
from qa.attribution import without_leading
from qa.demonyms import ADJECTIVE_PATTERN
from qa.kind_rules import CALLED, NAME_OF_THING, ROLE, RULES, THE_DATE
from qa.paraphrases import plain
from qa.spelling import american
from qa.text import AUXILIARY, DASH_TOPIC, own_part, terms, without_opening
from qa.things import ACRONYM, LAUNCH_FROM, WHICH_THING

# "What time of day did they give that talk?": a clock time, not a day or a year
_CLOCK = re.compile(r"\btime\s+of\s+(?:the\s+)?day\b|\bwhat\s+(?:time|hour)\s+(?:did|does|do|will|was|is)\b", re.I)
# "What year ...?", "launch year?": a year is asked, which "later in this decade" does not give
_YEAR = re.compile(r"\byear\b", re.I)
_EXACT = re.compile(r"\b(?:(?:exact|specific|precise)(?:ly)?|deadlines?|(?:what|which) dates?)\b|" + THE_DATE, re.I)

# Kinds whose differing values are a real disagreement; two sources naming
# different people usually answer different parts of a question.
COMPARABLE = frozenset({"date", "count", "measure", "money"})
# Kinds whose absence from every top sentence means the articles do not say it. Not places:
# "where" is often answered without a preposition before the name ("the Vienna-based institute").
GATED = frozenset({"date", "count", "measure", "money", "name", "title", "member", "duration", "gear", "age", "epithet"})


@dataclass(frozen=True)
class Asked:
    kind: str  # "date", "count", "measure", "money", "duration", "name", "title", "place", "reason", "choice", "aim", "pitch",
    # "member", "gear", "age", "epithet" or ""
    unit: str = ""  # "count": the stemmed noun counted; "place": "country" or "countries" when it asks for them,
    # "surface" on the Moon, "landing" where a craft lands; "date": "exact", "year" or "clock"; "title": the
    # initials asked about ("ilrs" for "What does ILRS stand for?"); "epithet": the name whose other name is asked

    @property
    def gated(self) -> bool:
        """No value of this kind among the best sentences means the articles do not say it."""
        # A pole or a crater is named, never implied; so are the countries a list is asked of ("a Pakistani cubesat"
        # names one). Not one country: the fixed list lacks some (SQuAD: "What country is the most industrially
        # developed in the African Great Lakes Region?", Kenya).
        return self.kind in GATED or self.unit in ("surface", "countries", "landing")

    @property
    def in_best_sentence(self) -> bool:
        """A thing's name or an exact date sits in the sentence about it; further down it belongs to another."""
        return self.kind == "title" or self.unit == "exact"

    @property
    def initials(self) -> str:
        """The initials whose spelled-out name is asked ("ilrs" for "What does ILRS stand for?"), or ""."""
        return self.unit if self.kind == "title" else ""


# "Who is contributing experiments ...?", "Who will fly payloads ...?", "Who has experiments on it?": asked of no
# person's role, a party answers.
# Not "Who signed ... on Russia's behalf?": a person signs for a country.
# "Who besides Sweden has experiments ...?": the party set aside is named, the answer names the others.
_BESIDES = (
    r"(?:,?\s+(?:besides|apart\s+from|other\s+than|aside\s+from|except(?:\s+for)?|in\s+addition\s+to)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,?)?"
)
_BY_PARTY = re.compile(
    rf"\bwho(?:['’]s)?{_BESIDES}\s+(?:(?:is|are|was|were|will|has|have|had)\s+)?(?:already\s+|also\s+|\w+ly\s+)?(?:contribut|send|sent|provid|"
    # "Who put out the timelines for it?" (blind299 kt22): an agency releases a plan or a document
    r"suppl|fl(?:y|ies|ying|ew)|offer|host|partner|join|buil|sponsor|fund|releas|publish|unveil|put\s+out|"
    # "who co-founded it, according to that roadmap?" (blind371 nn25): "the Russian Federation and the PRC"
    r"co-?found)\w*"
    r"(?![^?]*\bbehalf\b)"
    # "Who already has experiments booked on Chang'e-6?": a party owns the kit
    rf"|\bwho{_BESIDES}\s+(?:already\s+|\w+ly\s+)?(?:has|have|had|will\s+have|gets?|got)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"{gear.KIT_WORDS}\b"
    # "Whose cubesat is flying on Chang'e-6?": "a Pakistani cubesat"
    rf"|^\s*whose\s+(?:[\w’'-]+\s+){{0,2}}?{gear.KIT_WORDS}\b",
    re.I,
)
# "Who built the Pakistani cubesat?": the kit's country is given, so the parties beside other kit in the same
# sentence ("a Swedish negative ion detector") do not answer; a builder is asked.
_OWNED_KIT = re.compile(rf"\b(?:{ADJECTIVE_PATTERN}|Saudi)\s+(?:[\w’'-]+\s+){{0,2}}?{gear.KIT_WORDS}\b")
_IDIOMS = re.compile(r"\bwhen it comes to\b|\bwhen (?:asked|pressed)\b", re.I)
# "What dilemma does ...", "Which NASA program is ...": the words between the
# question word and the first auxiliary say what kind of thing the answer is.
_FOCUS = re.compile(
    r"^\s*(?:(?:and|so|but|then)\s+)?(?:(?:in|at|on|from|for|to|of|by|with|into)\s+)?(?:what|which)\s+(?:(?:kind|type|sort)s?\s+of\s+)?"
    r"((?:[\w’'-]+\s+){0,2}[\w’'-]+?)\s+"
    rf"{AUXILIARY}\b",
    re.I,
)


# "Who is Marco Aliberti?" already holds the name: it asks what the person is, which no further name answers.
_DESCRIBE = re.compile(
    r"^\s*(?i:who(?:'s|’s|\s+(?:is|was|are|were))\s+(?:exactly\s+)?)"
    r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de|van|von|bin|al))*\s*(?i:exactly\s*)?[?.!]?\s*$"
)


# "Where did the only hint ... show up in China's presentation?": a place in a document ("on a single slide"),
# not a city or a country
_WITHIN_DOCUMENT = re.compile(
    r"^\s*where\b[^?]*\b(?:show\s+up|shows\s+up|showed\s+up|appear\w*|come\s+up|came\s+up|mentioned|stated)\s+"
    r"(?:at\s+all\s+)?"
    r"(?:in|on|within)\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w’'-]*['’]s\s+)?(?:\w+\s+)?"
    r"(?:presentations?|slides?|articles?|reports?|documents?|papers?|pieces?|summar(?:y|ies)|speech|talk)\b"
    # "Where in China's IAC presentation was Russia's role in the ILRS actually acknowledged ...?" (blind384 pa26)
    r"|^\s*where\s+(?:exactly\s+)?(?:in|on|within)\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w’'-]*['’]s\s+)?(?:\w+\s+){0,2}"
    r"(?:presentations?|slides?|articles?|reports?|documents?|papers?|pieces?|summar(?:y|ies)|speech|talk)\b",
    re.I,
)


def within_document(question: str) -> bool:
    """Whether ``question`` asks where in a text something shows ("Where was Russia mentioned in China's
    presentation?"): a part of it answers ("on a single slide"), not a city."""
    return bool(_WITHIN_DOCUMENT.search(core(question)))


def asked(question: str) -> Asked:
    """What kind of value the question asks for; Asked('') when it asks for no particular kind."""
    question = plain(_IDIOMS.sub(" ", core(question)))  # "when it comes to Russia" asks for no date
    if _DESCRIBE.search(question) or _WITHIN_DOCUMENT.search(question):
        return Asked("")
    if name := series.asked_numbers(question):
        return Asked("member", name)
    if name := epithets.asked(question):  # "What does the UST piece call China?"
        return Asked("epithet", name)
    for pattern, kind in RULES:
        match = pattern.search(question)
        if match:
            unit = ""
            if kind == "count":
                unit = (terms(match.group(1)) or [""])[0]
            elif kind == "place":
                unit = places.unit(question)
            elif kind == "measure":
                unit = measures.asked(question)
            elif kind == "date" and _CLOCK.search(question):
                unit = "clock"
            elif kind == "date" and _EXACT.search(question):
                unit = "exact"
            elif kind == "date" and _YEAR.search(question):
                unit = "year"
            elif pattern is ACRONYM:
                unit = next(g for g in match.groups() if g).lower()
            return Asked(kind, unit)
    return Asked("")


# "And tianwen-4, when does that one launch?": a name set before the question word, then a comma. Only a name:
# "Apart from Sweden and France, who else ...?", "In 1974, what ...?" and "At A-level, what ...?" are read whole.
_NAME_WORD = r"(?:[A-Z][\w’'-]*|[\w’'-]*\d[\w’'-]*)"
_TOPIC = re.compile(
    r"^\s*(?:the\s+)?(?!(?i:in|at|on|for|by|during|after|before|since|from|with|of|to|as|apart|besides|according|"
    r"like|unlike|under|over|between|among|within|without|per|if|when|while|until|through|across|beyond)\b)"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s*,\s*"
    r"(?=(?i:what|when|where|which|who|whom|whose|why|how)\b)"
    # "Pakistani cubesat on Chang'e-6 — what's its mass?": a dash sets off a topic of any words
    rf"|^{DASH_TOPIC}(?=(?i:what|when|where|which|who|whom|whose|why|how)\b)"
    # "In comparing the ILRS, which NASA program do the reports bring up?": a clause of doing, not a time or place
    r"|^\s*(?i:in|when|while|by)\s+(?i:[a-z]+ing)\b[^,?]{0,60},\s*(?=(?i:what|when|where|which|who|whom|whose|why|how)\b)"
)


# "ILRS — what does it stand for?" (blind320 lo05): "it" is the initials set before the question
_INITIALS_TOPIC = re.compile(r"\s*(?:(?i:the)\s+)?(?P<initials>[A-Z][A-Z0-9]{1,7})\s*[,—–-]*\s*")
_STANDS_FOR_IT = re.compile(r"^(\s*what\s+(?:does|do|is)\s+)(?:it|that|this)(?=\s+(?:stands?\s+for|short\s+for)\b)", re.I)


# "Roughly what will it cost ...?" (blind343 ml14) asks what "what will it cost" asks, less exactly
_HEDGE = re.compile(
    r"^\s*(?:roughly|approximately|about|around|ballpark|more\s+or\s+less)\s*,?\s+(?=(?i:what|how|when|where|which|who)\b)",
    re.I,
)


def core(question: str) -> str:
    """The question without a follow-up's opening ("And where ...?"), an attribution ("According to TIME, ...")
    or a topic set before it ("Tianwen-4, when ...?")."""
    question = _HEDGE.sub("", without_leading(without_opening(question)), count=1)
    topic = _TOPIC.match(question)
    if not topic:
        return question
    rest = question[topic.end() :]
    if initials := _INITIALS_TOPIC.fullmatch(question[: topic.end()]):
        rest = _STANDS_FOR_IT.sub(rf"\g<1>{initials['initials']}", rest, count=1)
    return rest


@lru_cache(maxsize=256)  # ``values`` asks it of the same question for every sentence
def thing(question: str) -> str:
    """The kind of named thing asked for ("Which rocket will ...?" -> "rocket"); empty when none is."""
    match = WHICH_THING.search(core(question))
    if not match and LAUNCH_FROM.search(core(question)):
        return "launch site"
    return match.group(1).lower() if match else ""


def focus(question: str) -> set[str]:
    """Stemmed terms of the question's focus phrase ("What dilemma does ..." -> {"dilemma"}); empty when it has none."""
    question = american(without_leading(question))  # "According to the analyst, what options ..."
    match = _FOCUS.search(question) or _NAME_OF.search(question) or CALLED.search(question)
    return set(terms(match.group(1))) if match else set()


def called(question: str) -> set[str]:
    """Stemmed terms of the one thing whose name is asked ("What is the Saudi rover ... called?" -> {"rover"}).

    Empty for "Which mission ...?", which picks among things rather than naming one the question describes.
    """
    match = CALLED.search(question) or _NAME_OF.search(question)
    return set(terms(match.group(1))) if match else set()


# "What is the name of the NASA program that ...?": the program is what the answer names.
_NAME_OF = re.compile(rf"\b{NAME_OF_THING}", re.I)


def asks_party(question: str) -> bool:
    """ "Who is sending experiments ...?": a country or an agency answers, not only a person.

    Not when a role is named ("Which official ...") or the kit's owner is given ("Who built the Pakistani cubesat?").
    """
    question = core(question)  # "According to TIME, whose experiments ...?"
    match = _BY_PARTY.search(question)
    if not match:
        return False
    # only the question asked, not an earlier turn folded in after it ("... carrying a small Saudi rover?")
    asked = own_part(question, match.end())
    return not re.search(rf"\b{ROLE}s?\b", asked, re.I) and not _OWNED_KIT.search(asked)


def asks_person(question: str) -> bool:
    """ "Who ...?" or "Which researcher did SpaceNews talk to?": the answer is a person's name."""
    return asked(question).kind == "name" or bool(re.search(rf"^\s*(?:which|what)\b[^?]*?\b{ROLE}s?\b", question, re.I))
