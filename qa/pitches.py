"""How a party presents something: "How is China pitching its planned moon base to the rest of the world?"

The answer is what the thing is presented as: "The Celestial Empire advertises it as a platform for international
cooperation" (``qa.facts`` finds "advertises it as a"). Such a sentence shares few words with the question (it
says "it" for the base and "advertises" for "pitching"), so the sentences about the base rank above it; it
leads them when it is close enough and names the party asked about ("The Celestial Empire" is China). Left
out: a presentation told without "as" ("China flung its doors open to international participation"), which
stays where its words rank it, and refusing when no sentence presents anything: such answers exist.
"""

from __future__ import annotations

from qa.reasons import names_any, parties
from qa.sentences import Candidate, lead_with


def led(question: str, ranked: list[Candidate], min_support: float, share: float) -> list[Candidate]:
    """``ranked`` led by a close sentence saying what the party asked about presents something as, if any."""
    asked = parties(question)

    def presents(c: Candidate) -> bool:
        return bool(c.values) and (not asked or names_any(asked, c.text))

    return lead_with(ranked, presents, min_support, share, len(ranked))
