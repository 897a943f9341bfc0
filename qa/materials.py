"""Questions asking what something is made of, and whether a sentence tells a material.

"What is the Saudi rover made of?" is not answered by "a Saudi Arabia rover weighing only 10 kg": the
sentence is about the rover but names no material. Such a question is refused unless one of the best
sentences tells what a thing is made, built or composed of, or names a material. What a group "consists of"
("The Mission Council usually consists of whom?") is not asked here. A fixed word list, no ontology:
a material outside it is still found when the sentence says "made of" or "built from".
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"\b(?:made|built|constructed|fabricated|cast|carved|woven|manufactured)\s+(?:out\s+of|of|from|with)\s*(?:what\b|\??\s*$)"
    r"|\b(?:what|which)\s+(?:building\s+|raw\s+)?materials?\b|\bof\s+what\s+(?:\w+\s+)?materials?\b",
    re.I,
)
_TOLD = re.compile(
    r"\b(?:made|built|constructed|fabricated|cast|carved|woven|manufactured|composed|formed)\s+(?:\w+\s+)?(?:out\s+of|of|from|in)\b"
    r"|\bconsist(?:s|ed|ing)?\s+of\b|\bmaterials?\b|\b(?:iron|steel|alumin(?:i)?um|titanium|copper|bronze|brass|silver|gold|"
    r"tungsten|lead|tin|zinc|nickel|platinum|metal|metals|wood|wooden|timber|bamboo|stone|marble|granite|brick|concrete|"
    r"glass|plastic|rubber|leather|ivory|bone|clay|ceramic|porcelain|cotton|wool|silk|paper|bark|carbon[- ]fib(?:re|er)|"
    r"composites?|silicon|cellulose|lipids?|proteins?|gilt|alloys?|polymers?|fibreglass|fiberglass|kevlar)\b",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks what something is made of."""
    return bool(_ASKED.search(question))


def told(text: str) -> bool:
    """Whether ``text`` tells what something is made of, or names a material."""
    return bool(_TOLD.search(text))
