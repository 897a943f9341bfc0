"""Measures: the quantities a sentence gives ("10 kg", "400 m wide") and the dimension a question asks for.

"What laser wavelength is the Italian retroreflector designed to reflect?" asks for a length; "a Saudi
Arabia rover weighing only 10 kg" gives a mass, so it does not answer. ``asked`` reads the dimension from
the question's words ("heavy", "altitude", "how far"), ``fits`` tells whether a found value has it. A
question that names none ("How big is the detector?") takes a measure of any dimension. Regular
expressions over a fixed table of units, no unit conversion.
"""

from __future__ import annotations

import re

from qa.text import AUXILIARY, OPENING

# Unit words, each with its dimension. Longer spellings go first so "m/s" is not read as "m".
_UNITS = (
    ("speed", r"km/h|kph|mph|m/s|knots"),
    ("ratio", r"%|percent"),
    ("mass", r"kg|kilograms?|g|grams?|tons?|tonnes?|pounds?|lbs?"),
    (
        "length",
        r"km|kilomet(?:er|re)s?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?|nm|nanomet(?:er|re)s?|[μµ]m|"
        r"micromet(?:er|re)s?|microns?|m|met(?:er|re)s?|miles?|ft|feet|foot|inch(?:es)?|yards?",
    ),
    ("area", r"acres?|hectares?"),
    ("frequency", r"[kMG]?Hz|(?:kilo|mega|giga)?hertz|(?-i:AM|FM)"),
    ("temperature", r"°\s?[CF]|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?|kelvin"),
    ("power", r"[kM]?W|(?:kilo|mega)?watts?"),
    ("voltage", r"volts?|kV"),
)
# "17 nm", "5–8 μm in diameter", "6 feet 2 inches", "130 million cubic foot", "WBT (1110 AM)"
MEASURE = re.compile(
    r"(?<![\w’'-])\d+(?:[.,]\d+)*\s?(?:(?:million|billion|thousand)\s+)?(?:(?:square|cubic)\s+)?"
    rf"(?:{'|'.join(units for _, units in _UNITS)})(?![\w’'-])",
    re.I,
)
_DIMENSION_OF = tuple((dimension, re.compile(rf"(?:{units})$", re.I)) for dimension, units in _UNITS)
_SHAPED = re.compile(r"\b(?:square|cubic)\b", re.I)  # "130 million cubic foot" is a volume, not a length
# The dimension a question's words ask for, first match first; what each admits. "How high" may be a share
# ("How high is unemployment?"), so a height admits a ratio too.
_ASKED = (
    ("mass", re.compile(r"\b(?:weigh\w*|heavy|heavier|mass|weight)\b", re.I)),
    ("temperature", re.compile(r"\b(?:temperatures?|hot|hotter|cold|colder)\b", re.I)),
    ("speed", re.compile(r"\b(?:speeds?|velocit(?:y|ies)|how\s+fast)\b", re.I)),
    ("frequency", re.compile(r"\bfrequenc(?:y|ies)\b", re.I)),
    ("height", re.compile(r"\bhow\s+high\b", re.I)),
    (
        "length",
        re.compile(
            r"\b(?:how\s+(?:far|tall|deep|wide)|distances?|altitudes?|heights?|depths?|widths?|diameters?|radius|"
            r"thickness|wavelengths?)\b",
            re.I,
        ),
    ),
)
# Questions asking for a measure (``qa.kinds`` reads them as the kind "measure").
QUESTION = re.compile(
    r"\bhow (?:much|long|big|large)\b(?!.*\bago\b)(?=.*\b(?:weigh|weight|distance|mass|size)\b)"
    # "weight of the pakistani cubesat going up on chang'e-6?": the same, typed as a bare noun phrase
    r"|^\s*(?:the\s+)?(?:exact\s+)?(?:mass|weight)\s+of\b"
    # "What does the Pakistani cubesat riding on Chang'e-6 weigh?"
    rf"|^\s*{OPENING}what\s+(?:does|do|did|will|would|might)\s+[^?]+?\s+weigh\s*(?:\?|$|in\b|at\b)"
    r"|\bhow (?:heavy|far|tall|high|deep|wide)\b|^\s*what(?:'s| is| was| are| were)\s+(?:(?:the|its|their|an?)\s+)?(?:[\w’'-]+\s+){0,3}?(?:mass|weight)\b"
    # "What is the launch mass of ...?", "What is the cubesat's weight?"; not "What is an object's mass
    # proportional to?" nor "a unit of mass", which ask for no quantity
    r"(?=\s*(?:of\b|in\b|\?|$|,))(?<!\bof mass)(?<!\bof weight)"
    # "How big is the Swedish detector?", "How large are ribosomes?": a thing's size. Not the size of a
    # group or a sum ("How large was the audience ...?"), nor "how big a role".
    r"|^\s*how\s+(?:big|large|small)\s+(?:across\s+)?(?:is|are|was|were|will|would|can|could)\b"
    r"(?![^?]*\b(?:audience|crowd|coalition|alliance|team|group|partnership|membership|delegation|budget|market|"
    r"population|economy|share|role|part|deal|difference|impact|effect|problem|threat|gap|majority|minority|"
    r"lead|margin|fund|investment|programme|program|project|network|staff|workforce|army|following)s?\b)"
    # "What orbital altitude will the orbiter fly at?", "What is the wavelength ...?": a physical quantity
    # The quantity is the head of what is asked, so a verb or "of" follows it; not "What does political
    # pressure push ...?" nor "What includes pressure terms ...?".
    r"|^\s*(?:what|which)\s+(?:(?:is|was|are|were|will be)\s+)?(?:the\s+|its\s+|their\s+)?"
    rf"(?:(?!{AUXILIARY}\b)[\w’'-]+\s+){{0,2}}?"
    r"(?:altitudes?|wavelengths?|frequenc(?:y|ies)|speeds?|velocit(?:y|ies)|temperatures?|diameters?|radius|"
    rf"heights?|depths?|widths?|thickness|voltages?|pressures?)\s+(?:of\b(?!\s+time\b)|{AUXILIARY}\b)",
    re.I,
)
_ADMITS = {"height": {"length", "ratio"}}


def asked(question: str) -> str:
    """The dimension a measure question asks for ("mass", "length", ...); "" when its words name none."""
    return next((dimension for dimension, pattern in _ASKED if pattern.search(question)), "")


def dimension(value: str) -> str:
    """The dimension of a found measure ("10 kg": "mass"); "" when its unit is not in the table."""
    if _SHAPED.search(value):
        return "shaped"
    unit = re.sub(r"^[\d.,]+\s?(?:(?:million|billion|thousand)\s+)?", "", value)
    return next((dimension for dimension, pattern in _DIMENSION_OF if pattern.fullmatch(unit)), "")


def fits(value: str, wanted: str) -> bool:
    """Whether ``value`` measures the ``wanted`` dimension (any, when none is wanted)."""
    return not wanted or dimension(value) in _ADMITS.get(wanted, {wanted})
