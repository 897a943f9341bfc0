"""Whether two sources give rival values for one fact: "March 2021" against "June 2021".

The answerer sets such sentences side by side as a conflict. Values that are far apart
(2021 and the late 2030s, 10 kg and 200 kg) more likely belong to two different events and
are left alone. Only years and plain amounts are compared; units are not converted.
"""

from __future__ import annotations

import re


def differ(a: set[str], b: set[str]) -> bool:
    """Both name a value, and none of one side's values appears in the other's."""
    if not a or not b:
        return False
    return not any(x in y or y in x for x in a for y in b)


_YEAR = re.compile(r"(?:19|20)(\d)(\d)(s)?")
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)*")


def rival(a: set[str], b: set[str]) -> bool:
    """Different values that could answer the same question: close in time or size.

    March 2021 and June 2021, or 16 and 18 months, are two accounts of one
    fact; 2021 and the late 2030s are more likely two different events.
    """
    if not differ(a, b):
        return False
    years_a, years_b = _years(a), _years(b)
    if years_a and years_b:
        return any(abs(x - y) <= 3 for x in years_a for y in years_b)
    amounts_a, amounts_b = _amounts(a), _amounts(b)
    if amounts_a and amounts_b:
        return any(0.5 <= x / y <= 2.0 for x in amounts_a for y in amounts_b if y)
    return True  # relative or spelled-out values: nothing to compare, assume they compete


def _years(values: set[str]) -> list[float]:
    out = []
    for v in values:
        for m in _YEAR.finditer(v):
            year = float(m.group(0)[:4])
            out.append(year + 5 if m.group(3) else year)  # "2030s": the middle of the decade
    return out


def _amounts(values: set[str]) -> list[float]:
    return [float(m.group().replace(",", "")) for v in values for m in _AMOUNT.finditer(v) if m.group().replace(",", "")]
