"""Numbers as news writes them, turned into intervals.

A written number carries its precision: "£2.2bn" means 2.15 to 2.25 billion,
"5,000" means 4,750 to 5,250 (half a unit of the last significant digit, at
most 5% of the value). Qualifiers open or widen the interval: "more than 5 000",
"over 5,000" and "5,000+" are all [5,000 - precision, infinity). The rules'
relative tolerance (default 2%) is added on both sides to absorb news rounding.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation

WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "dozen": 12, "a dozen": 12, "half a dozen": 6, "a thousand": 1000,
}
# "twenty-six", "twenty six": the tens and a unit
_TENS = {w: v for w, v in WORDS.items() if v in range(20, 100, 10)}
_UNITS = {w: v for w, v in WORDS.items() if v in range(1, 10) and " " not in w and w != "zero"}
WORDS |= {f"{t}{sep}{u}": tv + uv for t, tv in _TENS.items() for u, uv in _UNITS.items()
          for sep in ("-", " ")}
# Spoken numbers, as transcripts and some house styles write them: "three hundred and
# fifty", "five thousand", "two point two six (billion)", "two and a half (per cent)".
# The number words of up to 99 (the whole words only: no "a dozen"), the digits spoken
# after "point".
SPOKEN_UNDER_100 = [w for w, v in WORDS.items() if 0 < v < 100 and not w.startswith(("a ", "half"))
                    and w != "dozen"]
SPOKEN_DIGITS = {"zero": "0", "oh": "0", "nought": "0",
                 **{w: str(v) for w, v in WORDS.items() if 0 < v < 10}}
_SPOKEN_SCALES = ("hundred", "thousand")
# Vague plurals: a range, never a point.
VAGUE = {
    "dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 1999),
    "thousands": (2000, 19999), "tens of thousands": (20000, 199999),
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "trln": 1e12,
}
SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}

# qualifier word -> how it bends the interval
QUALIFIERS = {
    "more than": "above", "over": "above", "at least": "above", "upwards of": "above",
    "in excess of": "above", "+": "above", "as many as": "upto", "up to": "upto",
    "at most": "upto", "no more than": "upto", "fewer than": "below", "less than": "below",
    "under": "below", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "about": "about", "around": "about", "roughly": "about",
    "some": "about", "approximately": "about", "an estimated": "about", "estimated": "about",
    "approx.": "about", "just over": "above",
}
QUALIFIER_DISPLAY = {
    "above": "more than", "upto": "up to", "below": "fewer than", "nearly": "nearly",
    "about": "about",
}
ABOUT = 0.10
MAX_PRECISION = 0.05


def parse_number(token: str) -> tuple[float, float] | None:
    """(value, half-unit of the last significant digit) of a numeral or number word."""
    t = " ".join(token.lower().replace("-", " ").split())
    if t in WORDS:
        return float(WORDS[t]), 0.5
    if t[:1].isalpha():
        spoken = spoken_digits(t)
        if spoken is None:
            return None
        t = spoken
    digits = t.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    digits = digits.replace("\u2009", "")
    try:
        d = Decimal(digits)
    except InvalidOperation:
        return None
    if not d.is_finite():
        return None
    exponent = d.as_tuple().exponent
    if exponent < 0:
        step = Decimal(1).scaleb(exponent) / 2
    else:
        # integer: trailing zeros are not significant ("5,000" is a round number)
        stripped = digits.rstrip("0") or "0"
        step = Decimal(1).scaleb(len(digits) - len(stripped)) / 2
    return float(d), float(step)


def spoken_digits(words: str) -> str | None:
    """A spoken number as the digits that write it ("three hundred and fifty" -> "350",
    "two point two six" -> "2.26", "two and a half" -> "2.5", "two dozen" -> "24"), or None. The whole part is
    read by text2num."""
    if words.endswith(" and a half") and "dozen" not in words:
        whole = spoken_digits(words.removesuffix(" and a half"))
        return None if whole is None or "." in whole else f"{whole}.5"
    many, _, dozen = words.rpartition(" ")
    if dozen == "dozen" and many in SPOKEN_UNDER_100:
        return str(WORDS[many] * 12)  # "two dozen"
    whole, _, decimals = words.partition(" point ")
    if decimals:
        digits = [SPOKEN_DIGITS.get(w) for w in decimals.split()]
        if not digits or None in digits:
            return None
    if whole in WORDS:
        number = WORDS[whole]
    elif any(s in whole.split() for s in _SPOKEN_SCALES):
        from text_to_num import text2num  # only where a transcript spells a number out

        try:
            number = text2num(whole, "en")
        except ValueError:
            return None
    else:
        return None
    return f"{number}.{''.join(digits)}" if decimals else str(number)


def interval(
    value: float, step: float, scale: float, qualifier: str | None, relative: float
) -> tuple[float, float]:
    """The interval a written figure covers, tolerance included."""
    v = value * scale
    h = min(step * scale, abs(v) * MAX_PRECISION) if v else step * scale
    h = max(h, 0.0)
    how = QUALIFIERS.get(qualifier or "", None)
    if how == "above":
        lo, hi = v - h, math.inf
    elif how in ("upto", "below"):
        lo, hi = 0.0, v + h
    elif how == "nearly":
        lo, hi = v * (1 - ABOUT), v + h
    elif how == "about":
        lo, hi = v * (1 - ABOUT) - h, v * (1 + ABOUT) + h
    else:
        lo, hi = v - h, v + h
    return lo * (1 - relative), hi * (1 + relative) if hi != math.inf else hi


def format_amount(value: float, scale: float) -> str:
    """'1.6 billion', '5,000', '2.26 billion': the written mantissa with a spelled scale."""
    if scale in SCALE_NAMES:
        return f"{_trim(value)} {SCALE_NAMES[scale]}"
    v = value * scale
    for s in (1e12, 1e9, 1e6):
        if v >= s and v % (s / 100) == 0:
            return f"{_trim(v / s)} {SCALE_NAMES[s]}"
    if v == int(v):
        return f"{int(v):,}"
    return _trim(v)


def _trim(x: float) -> str:
    s = f"{x:,.6f}".rstrip("0").rstrip(".")
    return s


def qualifier_display(qualifier: str | None) -> str:
    """How a figure's qualifier is shown: by what it means ("over" and "more than" alike),
    but "at least" as written, which is not "more than" (at least four may be four)."""
    if qualifier == "at least":
        return "at least"
    how = QUALIFIERS.get(qualifier or "")
    return QUALIFIER_DISPLAY.get(how, "") if how else ""
