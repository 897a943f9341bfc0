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

from qa import durations, epithets, gear, measures, places, series
from qa.attribution import without_leading
from qa.demonyms import ADJECTIVE_PATTERN
from qa.paraphrases import plain
from qa.spelling import american
from qa.text import AUXILIARY, DASH_TOPIC, own_part, terms, without_opening
from qa.things import ACRONYM, LAUNCH_FROM, NAMED_THINGS, WHICH_THING

# "What date ...", "the exact year", a deadline: a calendar value, which "last week" or "this decade" is not.
# "What is the scheduled launch date for Chang'e-6?": a date is asked, which "later in this decade" is not.
_THE_DATE = (
    r"^\s*what(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?dates?\b"
    r"(?!\s+(?:of|for)\s+(?:the\s+)?(?:congress|conference|meeting|summit)\b)"
)
# "What time of day did they give that talk?": a clock time, not a day or a year
_CLOCK = re.compile(r"\btime\s+of\s+(?:the\s+)?day\b|\bwhat\s+(?:time|hour)\s+(?:did|does|do|will|was|is)\b", re.I)
# "What year ...?", "launch year?": a year is asked, which "later in this decade" does not give
_YEAR = re.compile(r"\byear\b", re.I)
_EXACT = re.compile(r"\b(?:(?:exact|specific|precise)(?:ly)?|deadlines?|(?:what|which) dates?)\b|" + _THE_DATE, re.I)

# Kinds whose differing values are a real disagreement; two sources naming
# different people usually answer different parts of a question.
COMPARABLE = frozenset({"date", "count", "measure", "money"})
# Kinds whose absence from every top sentence means the articles do not say it. Not places:
# "where" is often answered without a preposition before the name ("the Vienna-based institute").
GATED = frozenset({"date", "count", "measure", "money", "name", "title", "member", "duration", "gear", "age", "epithet"})


@dataclass(frozen=True)
class Asked:
    kind: str  # "date", "count", "measure", "money", "duration", "name", "title", "place", "reason", "choice", "aim",
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


_ROLE = (
    r"(?:official|person|man|woman|spokes\w+|representative|head|director|chief|scientist|analyst|author|"
    r"writer|reporter|journalist|astronaut|minister|leader|researcher|engineer|administrator|commander|fellow|expert)"
)
_ROLE_ACTS = (
    r"is|was|are|were|has|have|had|will|would|did|does|do|can|could|said|says|told|tells|wrote|writes|spoke|"
    r"gave|made|led|leads|ran|runs|took|put|puts|set|sets|sent|met|got|brought|held|chose|oversaw|at|from|in|of|for|with|behind|"
    r"who|that"
)
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
    r"suppl|fl(?:y|ies|ying|ew)|offer|host|partner|join|buil|sponsor|fund|releas|publish|unveil|put\s+out)\w*"
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
# "What is the Saudi rover going to Chang'e-6 called?": the thing, as group 1, that the answer names.
_CALLED = re.compile(
    r"^\s*what(?:'s|’s| is| was| are| were| will)\s+(?:the|this|that|its|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"({NAMED_THINGS})\b[^?]*\b(?:called|named|known as)\s*(?:\??\s*$|,)",
    re.I,
)
# "name of the TIME newsletter", "names of the two probes": the named thing, as group 1.
_NAME_OF_THING = rf"names? of (?:the |a |an |its |their |this |that )?(?:[\w’'-]+ ){{0,3}}?({NAMED_THINGS})\b"
_RULES = (
    (
        re.compile(
            r"\bhow much\b.*\b(?:cost|costs|costing|spend|spent|worth|price|budget|pay|paid|fund|charg(?:e|es|ed|ing)|fee)", re.I
        ),
        "money",
    ),
    # "What is China's annual budget ...?", "What will the station cost?": money without "how much".
    # "Is China spending more on the ILRS than NASA ...?": comparing outlays takes a sum for each.
    (
        re.compile(
            r"^\s*what\b[^?]*\b(?:budget|cost|costs|price|price tag|funding|fees?)\b|\bhow much (?:money|funding|cash)\b"
            r"|\b(?:spend(?:s|ing)?|spent|invest(?:s|ing|ed)?)\s+(?:more|less)\b"
            # "What's NASA spending on Artemis?": what a party spends or invests is a sum
            r"|^\s*what(?:'s|’s|\s+is|\s+are|\s+was|\s+has|\s+have)\s+(?:[\w’'-]+\s+){1,3}?(?:spending|spent|investing|invested)\s+"
            r"(?:on|in|for)\b"
            # "How does the projected cost of the ILRS compare with NASA's spending?": two sums compared
            r"|^\s*how\s+(?:does|do|did|would|will)\b[^?]*\b(?:cost|costs|budget|price|spending|funding)\b[^?]*\bcompare",
            re.I,
        ),
        "money",
    ),
    # "How old is Marco Aliberti?", "At what age did he ...?": an age is a number ("39", "aged thirty") or a birth
    # "Marco Aliberti's age?", not "the last Ice Age"
    (
        re.compile(
            r"\bhow old\b|\b(?:at|by|from|until|up to) (?:what|which) age\b|\bwhat age (?:is|was|were|are)\b"
            r"|(?:['’]s|\bhis|\bher|\btheir)\s+(?:current\s+|exact\s+)?age\b",
            re.I,
        ),
        "age",
    ),
    (measures.QUESTION, "measure"),
    (durations.ASKED, "duration"),
    # "How many of those Luna probes ...?" counts Luna probes, not "of" (not "of the": SQuAD counts "How many of the
    # four field goal attempts did McManus succeed at?" by a bare number)
    (
        re.compile(
            r"\bhow many\s+(?:of\s+(?:those|these)\s+)?(?:more\s+|different\s+|other\s+)?([a-z]+)",
            re.I,
        ),
        "count",
    ),
    # "What TIME newsletter ...?" names the outlet, not the time of day
    (
        re.compile(
            r"^\s*(?:when|what (?:year|month|date|(?-i:(?!TIME\b))time)|in what year|by when|since when|on what date)\b"
            # "What launch year has been set ...?", "What target date ...?"
            r"|^\s*what\s+(?:(?:exact|specific|precise|planned|scheduled|official)\s+)?(?:launch|target|start|starting|"
            r"completion|opening|closing|founding|landing|arrival)\s+(?:year|month|date)\b"
            # "exact dates of the paris IAC?": a question typed as a bare noun phrase
            r"|^\s*(?:the\s+)?(?:exact\s+|specific\s+|precise\s+)?(?:dates?|year)\s+(?:of|for)\b"
            # "chang'e-7 launch year?", "launch date of tianwen-2": the same, typed as a bare noun phrase
            r"|\b(?:launch|landing|target|arrival|completion|start)\s+(?:year|date)s?\s*\??\s*$"
            r"|^\s*(?:the\s+)?(?:(?:exact|specific|precise|planned|scheduled|expected)\s+)?"
            r"(?:launch|landing|target|arrival|completion|start)\s+(?:year|date)s?\s+(?:of|for)\b"
            # "what's the target timeframe for the station to be up and running", "In what time frame ...?"
            r"|^\s*(?:in\s+)?what(?:'s|’s|\s+is|\s+was|\s+are)?\s+(?:the\s+)?(?:(?:target|planned|expected|rough|"
            r"projected)\s+)?(?:time\s?frames?|timelines?|timetables?)\b(?!\s+(?:is|was)\s+further)",
            re.I,
        ),
        "date",
    ),
    # "Where is Tianwen-2 headed when it launches?": a "when" after another question word opens a clause, as
    # does one before a subject pronoun or a gerund ("What is it to do when it launches?", "... when inviting"),
    # unless a preposition makes the clause the thing asked about ("what do the slides say about when it began").
    # A clause naming its year gives the date rather than asks it ("What will it head for when it flies in 2025?").
    (
        re.compile(
            r"^(?!\s*(?:where|who|whom|whose|why)\b)[^?]*?(?:\b(?:about|for|of|on|and|or)\s+when\b(?![^?]*\b\d{4}\b)|"
            r"\bwhen\b(?!\s+(?:it|they|he|she|\w+ing)\b)(?![^?]*\b\d{4}\b))|\b(?:(?:what|which) (?:(?:is|was|are|were) the )?"
            r"(?:exact |specific |precise )?(?:years?|dates?|days?)|deadlines?)\b|" + _THE_DATE,
            re.I,
        ),
        "date",
    ),
    (
        re.compile(
            r"^\s*why\b|\bwhat(?: is| was| were|'s|’s) the (?:(?:most|more|least) )?(?:[a-z]+ )?(?:reasons?|causes?|explanations?)\b"
            r"|\bas the (?:[a-z]+ )?(?:reason|cause|explanation)\b"
            # "What event is blamed for Russia's absence ...?": what is blamed is the cause
            r"|^\s*what\b[^?]*\b(?:blamed\s+for|(?:to\s+)?blames?\s+for)\b"
            # "What real-world event do the reports suggest is behind China keeping quiet ...?": what is behind it
            r"|^\s*what\s+(?:[\w’'-]+\s+){0,2}?(?:event|events|factor|factors|development|developments)\b[^?]*\b(?:is|was|are|were|lies|lay)\s+behind\b"
            # "What's behind Russia being left out ...?": what is behind a thing is its cause (no SQuAD dev question asks so)
            r"|^\s*what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:really\s+)?behind\b"
            # "What kept Russia away from the congress?" (read "kept Russia not at"): what kept it away is the cause
            r"|^\s*what\s+(?:kept|keeps|stopped|stops|prevented|prevents)\b[^?]*\b(?:away|from|not\s+at)\b",
            re.I,
        ),
        "reason",
    ),
    # "What two options does Beijing face?", "What choice ...?": the answer weighs alternatives.
    (
        re.compile(
            r"\b(?:what|which)\s+(?:[\w’'-]+\s+){0,3}?(?:choices?|options?|paths?|alternatives?|dilemmas?)\b"
            r"|\bchoose between\b",
            re.I,
        ),
        "choice",
    ),
    # Not "Where did the TIME piece first run?": a piece of writing appears in a publication, not at a place.
    # Nor "Where in China's presentation was the hint ...?": a part of a text, not a place.
    (
        re.compile(
            r"^\s*where(?:abouts)?\b(?![^?]*\b(?:piece|story|article|report|column|essay|op-ed|interview)s?\b[^?]*?"
            r"\b(?:run|ran|appear|appeared|publish|published|print|printed)\b)"
            r"(?!\s+in\s+(?:[\w’'-]+\s+){0,3}?(?:presentation|slide|article|report|story|piece|speech|talk|summary|"
            r"document|paper)s?\b)|^\s*(?:(?:in|at|from|to)\s+)?(?:what|which)\s+(?:(?:other\s+)?(?:city|cities|country|countries|nations?)|town|state|region|province|"
            r"capital|venue|area|site|spot|location)\b|^\s*(?:near\s+|on\s+|in\s+)?(?:what|which)\s+parts?\s+of\s+(?:the\s+)?"
            r"(?:moon|earth|world|globe|planet|mars|country|surface)\b"
            # "... works at an institute based in which city?": the place asked comes last
            r"|\b(?:in|from)\s+(?:what|which)\s+(?:city|country|town)\s*\??\s*$",
            re.I,
        ),
        "place",
    ),
    # "Whose gathering in St. Petersburg ...?" is answered by the body that held it, not a person's name.
    (
        re.compile(
            r"^\s*(?:(?:at|in|during)\s+)?whose\s+(?:gathering|meeting|conference|congress|summit|session|assembly|"
            r"forum|convention)s?\b",
            re.I,
        ),
        "title",
    ),
    (re.compile(r"^\s*(?:who|whom|whose)\b|\bwho (?:is|was|said|told|wrote|heads|leads|runs)\b", re.I), "name"),
    # "What's the name and title of the chief Chinese space official ...?" asks a name too
    (
        re.compile(
            rf"\bnames?(?:\s+and\s+(?:job\s+)?(?:title|position|role|rank))?\s+of (?:the |that |this |a |an )?(?:[\w’'-]+ ){{0,4}}{_ROLE}s?\b",
            re.I,
        ),
        "name",
    ),
    # "What's that official's name?", "what's his name" (a person's: "its name" may be a thing's)
    (re.compile(rf"\b(?:{_ROLE}(?:'s|’s)|his|her)\s+(?:full\s+|real\s+)?names?\b", re.I), "name"),
    # "Name the person who headed the Chinese delegation ...": a request for a name, worded as an order
    (
        re.compile(
            rf"^\s*(?:please\s+)?(?:name|identify)\s+(?:the\s+|a\s+|an\s+|one\s+)?(?:[\w’'-]+\s+)?(?:{_ROLE}|person|man|"
            r"woman)s?\b",
            re.I,
        ),
        "name",
    ),
    # "Which Russian official signed ...?" asks who, as "Who signed" does; "What official reason ...?" does not.
    (re.compile(rf"^\s*(?:which|what)\s+(?:[\w’'-]+\s+){{0,2}}?{_ROLE}s?\s+(?:{_ROLE_ACTS}|\w+ed)\b", re.I), "name"),
    # The name of a thing that has a proper name: "What is the name of the TIME newsletter ...?". Not "the name
    # of the process" (SQuAD: "trial division"), which a capitalised name does not answer.
    (
        re.compile(
            rf"^\s*what(?:'s| is| was| are| were) (?:the |its |their )?(?:full |official |proper )?{_NAME_OF_THING}", re.I
        ),
        "title",
    ),
    # "what's the rover's name?": the same, by a possessive
    (
        re.compile(
            rf"^\s*what(?:'s| is| was| are| were) (?:the |its |their |this |that )?(?:[\w’'-]+ ){{0,2}}?"
            rf"{NAMED_THINGS}(?:'s|’s)\s+(?:full |official |proper )?names?\b",
            re.I,
        ),
        "title",
    ),
    (gear.ASKED, "gear"),
    (gear.ASKED_SHARE, "gear"),
    (gear.ASKED_KIT, "gear"),
    (WHICH_THING, "title"),
    (ACRONYM, "title"),
    # "What is the Saudi rover going to Chang'e-6 called?": the same as its name.
    (_CALLED, "title"),
    # "What does China really want from Russia?", "What is it after?" (read as "wanting"): what someone seeks.
    (re.compile(r"\bwhat\b[^?]*?\b(?:wants?|wanting|seeks?|seeking|desires?|interested in)\b", re.I), "aim"),
)
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
    r"(?:in|on|within)\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w’'-]*['’]s\s+)?(?:\w+\s+)?"
    r"(?:presentations?|slides?|articles?|reports?|documents?|papers?|pieces?|summar(?:y|ies)|speech|talk)\b",
    re.I,
)


def asked(question: str) -> Asked:
    """What kind of value the question asks for; Asked('') when it asks for no particular kind."""
    question = plain(_IDIOMS.sub(" ", core(question)))  # "when it comes to Russia" asks for no date
    if _DESCRIBE.search(question) or _WITHIN_DOCUMENT.search(question):
        return Asked("")
    if name := series.asked_numbers(question):
        return Asked("member", name)
    if name := epithets.asked(question):  # "What does the UST piece call China?"
        return Asked("epithet", name)
    for pattern, kind in _RULES:
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
                unit = (match.group(1) or match.group(2)).lower()
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


def core(question: str) -> str:
    """The question without a follow-up's opening ("And where ...?"), an attribution ("According to TIME, ...")
    or a topic set before it ("Tianwen-4, when ...?")."""
    return _TOPIC.sub("", without_leading(without_opening(question)), count=1)


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
    match = _FOCUS.search(question) or _NAME_OF.search(question) or _CALLED.search(question)
    return set(terms(match.group(1))) if match else set()


def called(question: str) -> set[str]:
    """Stemmed terms of the one thing whose name is asked ("What is the Saudi rover ... called?" -> {"rover"}).

    Empty for "Which mission ...?", which picks among things rather than naming one the question describes.
    """
    match = _CALLED.search(question) or _NAME_OF.search(question)
    return set(terms(match.group(1))) if match else set()


# "What is the name of the NASA program that ...?": the program is what the answer names.
_NAME_OF = re.compile(rf"\b{_NAME_OF_THING}", re.I)


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
    return not re.search(rf"\b{_ROLE}s?\b", asked, re.I) and not _OWNED_KIT.search(asked)


def asks_person(question: str) -> bool:
    """ "Who ...?" or "Which researcher did SpaceNews talk to?": the answer is a person's name."""
    return asked(question).kind == "name" or bool(re.search(rf"^\s*(?:which|what)\b[^?]*?\b{_ROLE}s?\b", question, re.I))
