"""Figures: money, counts, percentages and durations, compared as intervals.

What a figure is about is part of its identity. A count takes the noun that
follows it ("over 5,000 air defense missiles", "a 32-nation alliance"); money
and percentages take the nearest topic cue in their clause ("£1.6 billion for
anti-aircraft missiles"), else in their sentence or a neighbouring one, which
only infers the topic. "previously announced", "earlier" or "in total" next to
a figure make it a different claim (an earlier or a total amount). A currency
conversion in brackets right after a figure ("£1.6 billion ($2 billion)") is
part of the same mention. Money in two currencies is compared only through a
rate given in rules.yaml (`currencies: [{id: USD, rate: 0.79}]`, the value of
one unit in `base_currency`), with the extra `tolerance.exchange`.
"""

from __future__ import annotations

import math

import regex

from ..candidates import Keywords, search_at, sorted_starts
from ..models import Kind, Mention, Quantity
from ..normalize import numbers as num
from ..rules import Rules
from .context import Context, alternation

_NUMBER_WORDS = [w for w in num.WORDS if w not in ("zero",)]
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)"
    r"|\d+(?:\.\d+)?(?!\d)"
)
_DURATION_UNITS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.4, "year": 365.25}
_MONTH_RANGE = (28, 31)
_ANAPHORIC = regex.compile(r"(?i)\b(?:the|both|these|those|their|its|our|all|every|each)\s+$")
_NOT_A_FIGURE = regex.compile(
    r"(?i)(?:\b(?:no|nos|number|article|resolution|section|chapter|flight|page|file|room|"
    r"route|game|level|class|grade|phase|stage|point|item|line|version|paragraph)\.?\s*#?\s*|#)$"
)
_EARLIER = regex.compile(
    r"(?i)\b(?:previously(?:\s+\w+)?|already(?:\s+\w+)?|earlier|last\s+year'?s?|existing|prior|"
    r"previous|current|old|original(?:ly)?)\s+(?:\w+\s+){0,2}$"
)
_FROM = regex.compile(r"(?i)\bfrom\s+\Z")
_TO = regex.compile(r"\s+to\b")
_TARGET_YEAR = regex.compile(
    r"(?i)[^.;%£$€]{0,40}?\b(by|in|until|before)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b")
_GAP = regex.compile(r"(?:-|\s+)?(?:[\w'-]+\s+){0,3}")
_PUNCT = regex.compile(r"[.,;:]")
_OTHER = regex.compile(r"\bother\b")
_COMMA_DIGITS = regex.compile(r"[\d,]+")
_TOTAL = regex.compile(r"(?i)\b(?:total(?:ling|ing)?|in all|altogether|overall|combined)\b")


class FigurePatterns:
    """The figure pattern for one set of rules (currencies come from the rules)."""

    def __init__(self, rules: Rules) -> None:
        self.currency_of: dict[str, str] = {}
        symbols, words = [], []
        for c in rules.currencies:
            for s in c.get("symbols", []):
                self.currency_of[s.lower()] = c.id
                symbols.append(s)
            for w in c.get("words", []):
                self.currency_of[w.lower()] = c.id
                words.append(w)
        self.currency = {c.id: c for c in rules.currencies}
        quals = alternation([q for q in num.QUALIFIERS if q != "+"], "i")
        numwords = alternation(_NUMBER_WORDS, "i")
        vague = alternation(num.VAGUE, "i")
        self.pattern = regex.compile(
            rf"""
            (?<![\w$£€¥₴₽.,/-]|\w-)
            (?:(?P<qual>{quals})\s+)?
            (?:(?P<sym>{alternation(symbols)})\s?)?
            (?:
                (?P<vague>{vague})\s+of\b
              | (?P<num>{_DIGITS}|{numwords}(?![\w]))
                (?:\s?(?P<plus>\+))?
                (?:\s?-?\s?(?P<scale>(?i:thousand|million|billion|trillion|bn|mn|mln|tn|trn))(?![\w])
                   |(?<=\d)(?P<scale1>[mbk])(?![\w]))?
                (?:\s(?P<word>{alternation(words, "i")})(?![\w]))?
                (?:\s?(?P<pct>%|(?i:per\s?cent|percent|percentage\s+points?))(?![\w]))?
                (?:(?:\s?-\s?|\s)(?P<dur>(?i:hours?|days?|weeks?|months?|years?))(?![\w]))?
            )
            """,
            regex.X,
        )
        # the pattern starts with a qualifier, a currency symbol, a number word or a digit
        self.start_words = Keywords([*(q for q in num.QUALIFIERS if q != "+"), *_NUMBER_WORDS,
                                     *num.VAGUE, *symbols])
        self.conversion = regex.compile(
            rf"\s*\((?:about|around|roughly|some|approximately|~)?\s*"
            rf"(?:{alternation(symbols)})\s?(?:{_DIGITS})(?:\s?-?\s?(?i:thousand|million|billion|"
            rf"trillion|bn|mn|m|tn))?(?:\s(?:{alternation(words, 'i')}))?\)"
        )


_PATTERNS: dict[str, FigurePatterns] = {}


def patterns_for(rules: Rules) -> FigurePatterns:
    p = _PATTERNS.get(rules.digest)
    if p is None:
        p = _PATTERNS[rules.digest] = FigurePatterns(rules)
    return p


def extract(ctx: Context) -> list[Mention]:
    fp = patterns_for(ctx.rules)
    out: list[Mention] = []
    scan = ctx.scan
    pos = 0
    low = ctx.lower
    starts = None if low is None else sorted_starts(fp.start_words.left_starts(low), ctx.digit_starts)
    while True:
        m = fp.pattern.search(scan, pos) if starts is None else search_at(fp.pattern, scan, starts, pos)
        if m is None:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        start, end = m.start(), m.end()
        if ctx.source.is_excluded(start, end) or ctx.is_taken(start, end):
            continue
        mention = _figure(ctx, fp, m)
        if mention is not None:
            out.append(mention)
            ctx.taken.append((mention.start, mention.end))
            pos = max(pos, mention.end)
    return out


def _figure(ctx: Context, fp: FigurePatterns, m: regex.Match) -> Mention | None:
    g = m.groupdict()
    scan, start, end = ctx.scan, m.start(), m.end()
    before = scan[max(0, start - 40):start]
    if _NOT_A_FIGURE.search(before):
        return None
    currency = None
    if g["sym"] or g["word"]:
        currency = fp.currency_of.get((g["sym"] or g["word"]).lower())
    if g["vague"]:
        lo, hi = num.VAGUE[g["vague"].lower()]
        return _count(ctx, m, float(lo), float(hi), g["vague"].lower())
    parsed = num.parse_number(g["num"])
    if parsed is None:
        return None
    value, step = parsed
    scale_word = (g["scale"] or g["scale1"] or "").lower()
    scale = num.SCALES.get(scale_word, 1.0)
    qual = (g["qual"] or "").lower() or ("+" if g["plus"] else None)
    is_word = not g["num"][0].isdigit()
    relative = ctx.rules.tolerance.relative
    if currency:
        conv = fp.conversion.match(scan, end)
        if conv:
            end = conv.end()
        return _money(ctx, m, end, currency, value, step, scale, qual)
    if g["pct"]:
        unit = "pp" if "point" in g["pct"].lower() else "percent"
        lo, hi = num.interval(value, step, 1.0, qual, relative)
        shown = f"{num.format_amount(value, 1.0)}{' percentage points' if unit == 'pp' else '%'}"
        return _topical(ctx, m, end, "percent", unit, Quantity(unit, lo, hi, _q(qual, shown)))
    if g["dur"]:
        return _duration(ctx, m, value, step, qual, g["dur"].lower(), is_word)
    if scale == 1.0 and 1900 <= value <= 2100 and not g["qual"] and step >= 0.5 and g["num"].isdigit():
        return None  # a year: four plain digits ("2 000" and "2,000" are counts)
    if is_word and value == 1:
        return None  # "one" is a pronoun far more often than a figure
    lo, hi = num.interval(value, step, scale, qual, relative)
    return _count(ctx, m, lo, hi, _q(qual, num.format_amount(value, scale)), end=end)


def _q(qual: str | None, shown: str) -> str:
    word = num.qualifier_display(qual)
    return f"{word} {shown}" if word else shown


def _money(ctx: Context, m: regex.Match, end: int, currency: str, value: float, step: float,
           scale: float, qual: str | None) -> Mention | None:
    rules = ctx.rules
    fp = patterns_for(rules)
    label = fp.currency[currency].get("label", currency + " ")
    shown = _q(qual, f"{label}{num.format_amount(value, scale)}")
    lo, hi = num.interval(value, step, scale, qual, rules.tolerance.relative)
    base = rules.base_currency
    rate = 1.0 if currency == base else fp.currency[currency].get("rate")
    if rate is not None:
        extra = 0.0 if currency == base else rules.tolerance.exchange
        lo, hi = lo * rate * (1 - extra), hi * rate * (1 + extra) if hi != math.inf else hi
        unit = base
    else:
        unit = currency
    return _topical(ctx, m, end, "money", unit, Quantity(unit, lo, hi, shown))


def _topical(ctx: Context, m: regex.Match, end: int, kind: str, unit: str, q: Quantity
             ) -> Mention | None:
    start = m.start()
    found = ctx.find_topic(start, end, kind, clause=True, after_bias=1.5)
    if found is None:
        return None
    topic, inferred = found
    c0, c1 = ctx.segs.clause_of(start, end)
    before = ctx.scan[c0:start]
    after = ctx.scan[end:min(len(ctx.scan), end + 60)]
    phase = ""
    if _EARLIER.search(before) or (_FROM.search(before) and _TO.match(after)):
        phase = "earlier"  # "previously announced £2.2 billion", "from 2% to 5%"
    elif _TOTAL.search(ctx.scan[c0:c1]):
        phase = "total"
    suffix = f"-{phase}" if phase else ""
    target = _TARGET_YEAR.match(after)
    if target:
        # "5% of GDP by 2035" and "2.5% by 2027" are two targets, not one disputed figure
        suffix += f"-{target.group(1).lower()}-{target.group(2)}"
    unit_suffix = "" if unit in (ctx.rules.base_currency, "percent") else f"-{unit.lower()}"
    what = {"money": "Money for", "percent": "Share:"}[kind]
    label = f"{what} {topic.label}" + (f" ({phase} figure)" if phase else "")
    if target:
        label += f" {target.group(1).lower()} {target.group(2)}"
    if unit not in (ctx.rules.base_currency, "percent"):
        label += f" ({unit})"
    claim = f"{kind}-{topic.id}{suffix}{unit_suffix}"
    return ctx.mention(Kind.FIGURE, claim, label, q, start, end, inferred, rule=topic.id)


def _count(ctx: Context, m: regex.Match, lo: float, hi: float, shown: str, end: int | None = None
           ) -> Mention | None:
    """A count needs its noun right after it (up to three words between)."""
    start = m.start()
    end = m.end() if end is None else end
    scan = ctx.scan
    if hi <= 10.5 and scan[end:end + 1] != "-" and _ANAPHORIC.search(scan[max(0, start - 12):start]):
        return None  # "the two leaders" refers back; it is not a figure
    if _EITHER_BEFORE.search(scan[max(0, start - 6):start]) or _EITHER_AFTER.match(scan, end):
        return None  # "one or two other countries": a guess, not a figure
    # "5,000 air defense missiles", "17 other leaders", "a 32-nation alliance"
    for hit in ctx.cues_between(end, min(end + 60, len(scan)), "count"):
        gap = scan[end:hit.start]
        if not _GAP.fullmatch(gap) or _PUNCT.search(gap):
            continue
        topic_id, label = hit.topic.id, hit.topic.get("label", hit.topic.id)
        if _OTHER.search(gap) and _OTHERS_BEFORE.search(scan[max(0, start - 40):start]):
            # "Zelensky and 17 other leaders": eighteen in all
            lo, hi = lo + 1, hi + 1
            shown = _plus_one(shown)
        group = _GROUP_AFTER.match(scan, hit.end)
        owner = ctx.vocab.qualifier_ending_at(scan, start)
        if group:
            # "the 32-nation alliance", "a 27-member bloc": the membership of a group
            topic_id += f"-{group.group(1).lower()}"
            label += f" in the {group.group(1).lower()}"
        elif owner is not None and hit.topic.id == topic_id:
            topic_id += f"-{owner.id}"
            label = f"{owner.get('label', owner.id)} {label}"
        q = Quantity("count", lo, hi, shown)
        return ctx.mention(Kind.FIGURE, f"count-{topic_id}", f"Number of {label}", q,
                           start, end, False, rule=hit.topic.id)
    return None


_EITHER_BEFORE = regex.compile(r"(?i)\bor\s+\Z")
_EITHER_AFTER = regex.compile(r"(?i)\s+or\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_OTHERS_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'-]+|\bhost|\bhim(?:self)?)\s+and\s+\Z")
_GROUP_AFTER = regex.compile(r"\s+(alliance|bloc|union|coalition|group|club)\b", regex.I)


def _plus_one(shown: str) -> str:
    m = _COMMA_DIGITS.search(shown)
    if not m:
        return shown
    n = int(m.group(0).replace(",", "")) + 1
    return shown[:m.start()] + f"{n:,}" + shown[m.end():]


def _duration(ctx: Context, m: regex.Match, value: float, step: float, qual: str | None,
              unit_word: str, is_word: bool) -> Mention | None:
    unit = unit_word.rstrip("s")
    if unit == "month":
        lo = value * _MONTH_RANGE[0] - step * 30
        hi = value * _MONTH_RANGE[1] + step * 30
    else:
        days = _DURATION_UNITS[unit]
        lo, hi = num.interval(value, step, days, qual, ctx.rules.tolerance.relative)
    if num.QUALIFIERS.get(qual or "") == "above":
        hi = math.inf
    shown = _q(qual, f"{num.format_amount(value, 1.0)} {unit}{'s' if value != 1 else ''}")
    q = Quantity("days", lo, hi, shown)
    start, end = m.start(), m.end()
    # the noun right after ("one-month ceasefire") or the clause around it
    found = ctx.find_topic(start, end, "duration", clause=True, after_bias=2.0)
    if found is None or found[1]:
        return None
    topic = found[0]
    return ctx.mention(Kind.FIGURE, f"duration-{topic.id}", f"Length of {topic.label}", q,
                       start, end, False, rule=topic.id)
