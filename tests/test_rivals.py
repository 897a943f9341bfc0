"""Two sources' values are rivals when they could answer the same question differently."""

import pytest

from qa.rivals import differ, rival


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"march 2021"}, {"june 2021"}, True),  # two accounts of one signing
        ({"16 months"}, {"18 months"}, True),
        ({"2021"}, {"the late 2030s"}, False),  # more likely two different events
        ({"10 kg"}, {"200 kg"}, False),
        ({"march 2021"}, {"march 2021"}, False),  # agreement is no conflict
        ({"st. petersburg"}, {"st. petersburg, russia"}, False),  # one contains the other
        ({"next year"}, {"last year"}, True),  # nothing to compare: assume they compete
        (set(), {"june 2021"}, False),  # one side names no value
    ],
)
def test_rival(a: set[str], b: set[str], expected: bool) -> None:
    assert rival(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [({"paris"}, {"baku"}, True), ({"paris"}, {"paris, france"}, False), (set(), set(), False)],
)
def test_differ(a: set[str], b: set[str], expected: bool) -> None:
    assert differ(a, b) is expected
