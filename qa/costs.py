"""Questions about money that ask no amount: "How is the cost being split between Beijing and Moscow?"

"How much ...?" asks for an amount (``qa.facts``: the "money" kind); a question about a cost, a budget or
who pays asks about money all the same, and a sentence that says nothing of money ("China has a very
realistic view of Russia") does not answer it. Left out: which party pays, read from the sentence's
words alone; a sentence with any word of money or an amount counts as speaking of it.
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"\b(?:costs?|costing|budgets?|budgeted|funding|funded|financ\w*|expenses?|expenditures?|prices?|priced|"
    r"pay(?:s|ing)?\s+for|paid\s+for|foot(?:s|ing)?\s+the\s+bill|bankroll\w*)\b",
    re.I,
)
_TOLD = re.compile(
    r"\b(?:costs?|costing|costly|budgets?|fund\w*|financ\w*|pay\w*|paid|money|monetary|invest\w*|bonds?|tax\w*|"
    r"rent\w*|leas\w*|spen[dt]\w*|afford\w*|expens\w*|expenditures?|prices?|priced|fees?|subsid\w*|grants?|"
    r"loans?|debts?|revenues?|profits?|dollars?|euros?|yuan|rubles?|roubles?|pounds?|francs?|yen|marks|"
    r"millions?|billions?|trillions?|cheap\w*|commercial\w*|sponsor\w*|donat\w*)\b|[$€£¥]",
    re.I,
)


def asked(question: str) -> bool:
    """Whether ``question`` asks about a cost, a budget or who pays."""
    return bool(_ASKED.search(question))


def told(sentence: str) -> bool:
    """Whether ``sentence`` speaks of money at all."""
    return bool(_TOLD.search(sentence))
