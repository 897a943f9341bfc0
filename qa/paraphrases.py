"""Words a question and an article use for the same thing: "what China wants" is "what China is interested in",
"the only hint" is "the only indication".

Like ``qa.demonyms`` for countries, a sentence holding a word of a group counts part of the
weight of the question's word from the same group (``sentences.DEMONYM_SHARE``), never all of
it: the question's own word still ranks first. ``plain`` reads the idiom "is China really after" as
"is China really wanting", since "after" is a stop word the scorer never sees. The groups are the few
paraphrases readers were seen to use for these articles' verbs, not a thesaurus.
"""

from __future__ import annotations

import re
from functools import cache

from qa.text import terms

# Each line: words one question may use for what another article says with the others. The first is also
# what ``qa.facts`` takes for someone saying what they want.
WANTING = "want wants wanted wanting interested interest seek seeks seeking sought desire desires desired"
_GROUPS = (
    WANTING,
    # "China only cares about two things from Russia" (blind376 ns08): "only interested in technology and ..."
    "care cares cared caring interested",
    "hint hints sign signs indication indications clue clues",
    "lead leads led leading spearhead spearheads spearheaded spearheading",
    # the article itself: "Where did the TIME article first appear?" is "This story originally appeared in ..."
    "piece pieces story stories article articles",
    "first originally",
    "stage stages phase phases",  # "What stage is the project in?": the "reconnaissance" phase
    "timeframe timeframes timeline timelines timetable timetables",  # "the target timeframe": "Timelines released by"
    "astronaut astronauts crew crews crewed uncrewed",  # "Will they carry astronauts?": "uncrewed landings"
    # "What is blamed for China keeping quiet about Russia?": the articles tell of an omission and a silence
    "quiet silence silent omission omissions omit omits omitted omitting",
    "try tries tried trying attempt attempts attempted attempting",  # "What will it attempt?": "will try to extract"
    # "What's the Swedish instrument?": "A Swedish negative ion detector, ... a French radon detection device"
    "instrument instruments device devices detector detectors apparatus equipment sensor sensors hardware",
)
# "What is China really after in ...?": "after" that ends its clause, a form of "be" before it, is wanting;
# "the mission after Chang'e-7" is not.
_AFTER = re.compile(
    r"\b(?:is|are|was|were|'s|’s)\s+((?:[\w’'-]+\s+){0,3}?)after\b"
    r"(?=\s*(?:[?,.]|$|\b(?:in|from|with|when|here|now)\b))",
    re.I,
)

# "Where will it touch down?" (or "set down") asks where it lands; the articles only ever say "land".
_TOUCH_DOWN = re.compile(r"\b(?:touch(?:es|ed|ing)?|set(?:s|ting)?)\s+down\b", re.I)
_LANDS = {
    "touch": "land",
    "touches": "lands",
    "touched": "landed",
    "touching": "landing",
    "set": "land",
    "sets": "lands",
    "setting": "landing",
}
# "Where did the TIME piece first run?", "Which newsletter first carried it?": a piece of writing that first ran
# somewhere, or that a newsletter first carried, first appeared there.
_FIRST_RUN = re.compile(r"\b(first|originally)\s+(?:run|ran|runs|carried|carries|carry)\b", re.I)
# "Which mission is bound for Mars?": a craft bound for a place will go there ("“Tianwen-3” will go to Mars").
_BOUND = re.compile(r"\bbound\s+(?:for|to)\b", re.I)
# "What will it attempt once it gets there?": getting there is arriving, which claims nothing a sentence must
# match ("try to get samples" is another getting).
_GETS_THERE = re.compile(r"\b(?:get|gets|got|getting)\s+there\b", re.I)
# "Why was Russia absent from the congress?": the articles say who was "not at" it, and "absent" is a word no
# sentence holds, so it would only dilute the words one does ("Russia", "congress").
_ABSENT = re.compile(r"\babsen(?:t|ce)\s+(?:from|at)\b", re.I)
# "What kept Russia away from the congress?": the same ("kept Russia not at"), as is "stayed away from".
_AWAY = re.compile(r"\b((?:kept|keep|keeps|keeping|stay|stays|stayed|staying)\b(?:\s+[\w’'-]+){0,3}?)\s+away\s+from\b", re.I)
# "Why wasn't Russia present at the congress?": the same, with the negation the articles also use.
_NOT_PRESENT = re.compile(r"((?:\bnot\b|n't|n’t|\bnever\b)[^?]*?)\bpresent\s+((?:at|in)\b)", re.I)
# "Which think tank does the analyst work for?": the articles name policy and research institutes.
_THINK_TANK = re.compile(r"\bthink[\s-]?tank(s?)\b", re.I)


@cache
def _links() -> dict[str, frozenset[str]]:
    links: dict[str, frozenset[str]] = {}
    for group in _GROUPS:
        stems = frozenset(terms(group))
        for stem in stems:  # a word in two groups ("interested") links to both
            links[stem] = links.get(stem, frozenset()) | (stems - {stem})
    return links


def kin(found: set[str]) -> set[str]:
    """Stems sharing a group with ``found`` and not in it already: {"want", "seek", ...} for {"interest"}."""
    links = _links()
    return {k for t in found if t in links for k in links[t]} - found


def plain(question: str) -> str:
    """The question with "is China really after" read as "is China really wanting", "touch down" as "land",
    "think tank" as "institute", "first ran" as "first appeared", "bound for" as "going to", "gets there" as
    "arrives", "absent from" and "kept away from" as "not at" (and "wasn't present at" as "wasn't at")."""
    question = _TOUCH_DOWN.sub(lambda m: _LANDS[m.group().split()[0].lower()], question)
    question = _FIRST_RUN.sub(lambda m: f"{m.group(1)} appeared", question)
    question = _BOUND.sub("going to", question)
    question = _GETS_THERE.sub("arrives", question)
    question = _ABSENT.sub("not at", question)
    question = _AWAY.sub(lambda m: f"{m.group(1)} not at", question)
    question = _NOT_PRESENT.sub(lambda m: m.group(1) + m.group(2), question)
    question = _THINK_TANK.sub(lambda m: f"institute{m.group(1)}", question)
    return _AFTER.sub(lambda m: f"{m.group()[: m.start(1) - m.start()]}{m.group(1)}wanting", question)
