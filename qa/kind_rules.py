"""The ordered patterns that say what kind of value a question asks for, each with its kind.

``qa.kinds.asked`` applies them in order and takes the first that matches, so the order is part of the
table: a narrower pattern sits before a wider one that would also match. Only the table: the units
("exact" dates, the noun counted) are read by ``qa.kinds``. Regular expressions, no parser.
"""

from __future__ import annotations

import re

from qa import durations, gear, measures
from qa.things import ACRONYM, NAMED_THINGS, WHICH_THING

# "What date ...", "the exact year", a deadline: a calendar value, which "last week" or "this decade" is not.
# "What is the scheduled launch date for Chang'e-6?": a date is asked, which "later in this decade" is not.
THE_DATE = (
    r"^\s*what(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?dates?\b"
    r"(?!\s+(?:of|for)\s+(?:the\s+)?(?:congress|conference|meeting|summit)\b)"
)

# Verbs of presenting something to an audience: "pitching", "advertises", "billed", "touted".
PITCHING = (
    r"(?:pitch(?:es|ed|ing)?|present(?:s|ed|ing)?|market(?:s|ed|ing)|sell(?:s|ing)?|sold|advertis(?:e|es|ed|ing)|"
    r"promot(?:e|es|ed|ing)|bill(?:s|ed|ing)|tout(?:s|ed|ing)?)"
)
# Words naming someone by role ("the official", "the analyst"): a question asking for one wants a person's name.
ROLE = (
    r"(?:official|person|man|woman|spokes\w+|representative|head|director|chief|scientist|analyst|author|"
    r"writer|reporter|journalist|astronaut|minister|leader|researcher|engineer|administrator|commander|fellow|expert)"
)
# What follows the role in "Which official said ...?", "Which fellow at the institute ...?"
ROLE_ACTS = (
    r"is|was|are|were|has|have|had|will|would|did|does|do|can|could|said|says|told|tells|wrote|writes|spoke|"
    r"gave|made|led|leads|ran|runs|took|put|puts|set|sets|sent|met|got|brought|held|chose|oversaw|at|from|in|of|for|with|behind|"
    # irregular pasts that "-ed" misses: "Which Chinese official stood up at the IAC ...?" (blind361 nd05)
    r"stood|rose|went|came|began|sat|saw|drew|spoke|"
    r"who|that"
)
# "What is the Saudi rover going to Chang'e-6 called?": the thing, as group 1, that the answer names.
CALLED = re.compile(
    r"^\s*what(?:'s|’s| is| was| are| were| will)\s+(?:the|this|that|its|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"({NAMED_THINGS})\b[^?]*\b(?:called|named|known as)\s*(?:\??\s*$|,)",
    re.I,
)
# "name of the TIME newsletter", "names of the two probes": the named thing, as group 1.
NAME_OF_THING = rf"names? of (?:the |a |an |its |their |this |that )?(?:[\w’'-]+ ){{0,3}}?({NAMED_THINGS})\b"

RULES = (
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
    # "How many of those Luna probes ...?" counts Luna probes, not "of"; "how many of Russia's Luna missions ...?"
    # (blind312 lg12) counts missions. Not "of the": SQuAD's "How many of the four field goal attempts ...?" is
    # answered by "all four of his field goals" (counting "attempts" lost eight)
    (
        re.compile(
            r"\bhow many\s+(?:of\s+(?:those|these)\s+|of\s+(?-i:[A-Z])[\w’'-]*['’]s\s+(?-i:[A-Z])[\w’'-]*\s+)?"
            r"(?:more\s+|different\s+|other\s+)?([a-z]+)",
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
            # "What were the exact opening and closing dates of the congress?" (blind349 mr03)
            r"|^\s*what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:(?:exact|specific|precise|planned|scheduled|official)\s+)?"
            r"(?:(?:launch|target|start|starting|completion|opening|closing|founding|landing|arrival|end|ending)\s+(?:and\s+)?){1,2}"
            r"(?:years?|months?|dates?)\b"
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
            r"(?:exact |specific |precise )?(?:years?|dates?|days?)|deadlines?)\b|" + THE_DATE,
            re.I,
        ),
        "date",
    ),
    (
        re.compile(
            r"^\s*why\b|\bwhat(?: is| was| were|'s|’s) the (?:(?:most|more|least) )?(?:[a-z]+ )?(?:reasons?|causes?|explanations?)\b"
            # "What explains Russia's absence ...?" (blind311 lf15): what explains a thing is its cause
            r"|^\s*what\s+(?:best\s+|really\s+|likely\s+)?(?:explains|explained|accounts\s+for|accounted\s+for)\b"
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
            # "what does he say Beijing's choice boils down to?" (blind321 lp08)
            r"|\bwhat\b[^?]*\b(?:choices?|options?|dilemmas?)\s+(?:boils?|comes?)\s+down\s+to\b"
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
            rf"\bnames?(?:\s+and\s+(?:job\s+)?(?:title|position|role|rank))?\s+of (?:the |that |this |a |an )?(?:[\w’'-]+ ){{0,4}}{ROLE}s?\b",
            re.I,
        ),
        "name",
    ),
    # "What's that official's name?", "what's his name" (a person's: "its name" may be a thing's)
    (re.compile(rf"\b(?:{ROLE}(?:'s|’s)|his|her)\s+(?:full\s+|real\s+)?names?\b", re.I), "name"),
    # "Name the person who headed the Chinese delegation ...": a request for a name, worded as an order
    (
        re.compile(
            rf"^\s*(?:please\s+)?(?:name|identify)\s+(?:the\s+|a\s+|an\s+|one\s+)?(?:[\w’'-]+\s+)?(?:{ROLE}|person|man|"
            r"woman)s?\b",
            re.I,
        ),
        "name",
    ),
    # "Which Russian official signed ...?" asks who, as "Who signed" does; "What official reason ...?" does not.
    # ... and so does "Which Chinese official actually presented ...?" (blind343 ml06)
    (
        re.compile(
            rf"^\s*(?:which|what)\s+(?:[\w’'-]+\s+){{0,2}}?{ROLE}s?\s+(?:(?:actually|really|first|personally|formally)\s+)?"
            rf"(?:{ROLE_ACTS}|\w+ed)\b",
            re.I,
        ),
        "name",
    ),
    # The name of a thing that has a proper name: "What is the name of the TIME newsletter ...?". Not "the name
    # of the process" (SQuAD: "trial division"), which a capitalised name does not answer.
    (
        re.compile(
            rf"^\s*what(?:'s| is| was| are| were) (?:the |its |their )?(?:full |official |proper )?{NAME_OF_THING}"
            # "Name of the Chinese rover that found ...?" (blind313 lh17): the same, written as a note
            rf"|^\s*(?:the )?(?:full |official |proper )?{NAME_OF_THING}",
            re.I,
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
    (CALLED, "title"),
    # "What does China really want from Russia?", "What is it after?" (read as "wanting"): what someone seeks.
    (re.compile(r"\bwhat\b[^?]*?\b(?:wants?|wanting|seeks?|seeking|desires?|interested in)\b", re.I), "aim"),
    # "How is China pitching its planned moon base to the rest of the world?": how a party presents something, which
    # a sentence tells as what it is presented as ("advertises it as a platform for international cooperation")
    (
        re.compile(
            rf"^\s*(?:and\s+|so\s+)?how\s+(?:is|are|was|were|does|do|did|has|have|will|would)\b[^?]*?\b{PITCHING}\b", re.I
        ),
        "pitch",
    ),
)
