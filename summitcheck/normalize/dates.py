"""Dates and times as news writes them, anchored and converted to UTC.

Common shapes ("March 2", "2 March 2025", "Feb. 28", "on Sunday", "14:00 GMT",
"10:43 PM PST") are parsed here directly; anything else a rule finds goes to
one reused dateparser parser behind a cache. A bare weekday is resolved
against a reference date (the article's date, else the event's): the most
recent such day on or before it, or the next one when the sentence looks ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..regexes import regex

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
# Zone abbreviations: a fixed offset in hours, or an IANA zone (offset depends on the date).
ZONES: dict[str, float | str] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
    "msk": 3, "ist": 5.5, "jst": 9, "kst": 9, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
    "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10,
    "et": "America/New_York", "pt": "America/Los_Angeles", "ct": "America/Chicago",
    "kyiv time": "Europe/Kyiv", "kyiv": "Europe/Kyiv", "moscow time": "Europe/Moscow",
    "london time": "Europe/London", "brussels time": "Europe/Brussels",
    "washington time": "America/New_York", "uk time": "Europe/London",
    "paris time": "Europe/Paris", "berlin time": "Europe/Berlin", "beijing time": 8,
}

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d))"
# the last day of a span, read for the year after it: "Nov. 18-19, 2024", "24-25 June 2025"
_TO_DAY = r"(?:\s?[-\u2013]\s?[0-3]?\d(?!\d))?"
_WEEKDAY = (
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
)
_ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?(?!\d)|GMT|UTC|BST|CEST|CET|EEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT"
    r"|HST|IST|JST|KST|ET|PT|CT|Z|[Kk]yiv time|Kyiv|Moscow time|London time|Brussels time"
    r"|Washington time|UK time|Paris time|Berlin time|Beijing time|local time)"
)
_TIME = (
    r"(?:(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:\s*(?P<ap>(?i:[ap]\.?\s?m\.?)))?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>(?i:[ap]\.?\s?m\.?))"
    r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK|ET))"
    r"|(?P<noon>noon|midday|midnight))"
)

DATE_PATTERN = regex.compile(
    rf"""
    (?<![\w.])
    (?:(?:on\s+)?{_WEEKDAY}(?:,|\s+the)?\s+)?
    (?:
        {_MONTH.format(g='m1')}\s+{_DAY.format(g='d1')}{_TO_DAY}(?!\d|:){_YEAR.format(g='y1')}?
      | (?:the\s+)?{_DAY.format(g='d2')}{_TO_DAY}(?:\s+of)?\s+{_MONTH.format(g='m2')}{_YEAR.format(g='y2')}?
      | (?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))
    )
    (?:(?:,\s*|\s+at\s+|\s+|T)(?P<time>{_TIME})(?:\s*(?:{_ZONE}))?)?
    (?![\w])
    |
    (?<![\w.])
    (?:(?P<rel>last|this|next|on|this\s+past|coming)\s+)?{_WEEKDAY}
    (?:\s+(?P<part>morning|afternoon|evening|night))?
    (?:(?:,\s*|\s+at\s+|\s+)(?P<time>{_TIME})(?:\s*(?:{_ZONE}))?)?
    (?![\w])
    """,
    regex.X,
)
# a time's own date after it: "at 18:00 local time on Friday 22 November", "at 2pm on March 2"
_DAY_MONTH = _DAY.format(g="d{n}") + r"(?:\s+of)?\s+" + _MONTH.format(g="m{n}")
_MONTH_DAY = _MONTH.format(g="m{n}") + r"\s+" + _DAY.format(g="d{n}") + r"(?!\d|:)"
_ON_DATE = (
    rf"\s+on\s+(?:{_WEEKDAY.replace('wd', 'wd2')}(?:,?\s+(?:the\s+)?(?:{_DAY_MONTH.format(n=3)}"
    rf"|{_MONTH_DAY.format(n=4)}))?|(?:the\s+)?{_DAY_MONTH.format(n=5)}|{_MONTH_DAY.format(n=6)})"
)
TIME_PATTERN = regex.compile(rf"(?<![\w:.]){_TIME}(?:\s*{_ZONE})?(?:{_ON_DATE})?(?![\w:])")

# Where a DATE_PATTERN match can start (case as in the pattern): a month or weekday
# name or abbreviation (found by its first three letters), a digit, or a word
# written before one of them: "the" before a day's digits, "last", "this", "next",
# "on", "coming", "this past" before a weekday. A TIME_PATTERN match starts with a
# digit or one of TIME_START_WORDS. Keep them in step with the patterns above.
MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_STARTS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
BEFORE_WEEKDAY = frozenset({"last", "this", "next", "on", "coming"})
BEFORE_DAY = frozenset({"the"})
TIME_START_WORDS = ("noon", "midday", "midnight")


@dataclass(frozen=True)
class DateParts:
    """What a date/time span says, before anchoring."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None


def parts_of(m: regex.Match) -> DateParts:
    """What a DATE_PATTERN or TIME_PATTERN match says; nothing for digits this Python
    cannot read (the regex module may know digits of scripts newer than its tables)."""
    try:
        return _parts_of(m)
    except ValueError:
        return DateParts()


def _parts_of(m: regex.Match) -> DateParts:
    g = m.groupdict()
    year = month = day = None
    if g.get("iso"):
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    else:
        n = next((k for k in "123456" if g.get(f"m{k}")), None)
        if n is not None:
            month = MONTHS[g[f"m{n}"].lower().rstrip(".")]
            day = int(g[f"d{n}"])
            y = g.get("y1") or g.get("y2")
            year = int(y) if y else None
    wd = g.get("wd") or g.get("wd2")
    weekday = WEEKDAYS[wd.lower().rstrip(".")] if wd else None
    hour, minute = _time_of(g)
    zone = g.get("zone")
    return DateParts(year, month, day, weekday, (g.get("rel") or "").lower() or None,
                     hour, minute, zone.lower() if zone else None)


def _time_of(g: dict) -> tuple[int | None, int | None]:
    if g.get("noon"):
        return (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
    if g.get("h") is not None:
        h, mi, ap = int(g["h"]), int(g["mi"]), g.get("ap")
    elif g.get("h2") is not None:
        h, mi, ap = int(g["h2"]), 0, g.get("ap2")
    elif g.get("h3") is not None:
        h, mi, ap = int(g["h3"]), int(g["mi3"]), None
    else:
        return None, None
    if ap:
        pm = ap.lower().startswith("p")
        if h > 12:
            return None, None
        h = (h % 12) + (12 if pm else 0)
    return h, mi


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# Coverage of an event is written within days of it: a meeting dated more than this many
# days from it (or, without its date, from the article's) is another one.
OTHER_EVENT_DAYS = 10
# ... and one this many days from an article's date, in another place than it reports from
NOT_TODAY_DAYS = 3


def anchor(parts: DateParts, reference: dt.date | None, ahead: bool = False) -> dt.date | None:
    """The calendar date a span means, given the date it was written on."""
    if parts.month and parts.day:
        if parts.year:
            return dt.date(parts.year, parts.month, parts.day) if valid_day(
                parts.year, parts.month, parts.day) else None
        if reference is None:
            return None
        # the year that puts the date nearest the reference
        best = None
        for y in (reference.year - 1, reference.year, reference.year + 1):
            if valid_day(y, parts.month, parts.day):
                d = dt.date(y, parts.month, parts.day)
                if best is None or abs((d - reference).days) < abs((best - reference).days):
                    best = d
        return best
    if parts.weekday is not None and reference is not None:
        # "last Tuesday" looks back whatever the sentence's tense ("the announcement last
        # Tuesday that spending will rise")
        forward = (ahead and parts.relative not in ("last", "this past")) or parts.relative in (
            "next", "coming")
        if forward:
            delta = (parts.weekday - reference.weekday()) % 7
            if parts.relative == "next" and delta == 0:
                delta = 7
            return reference + dt.timedelta(days=delta)
        delta = (reference.weekday() - parts.weekday) % 7
        if parts.relative == "last" and delta == 0:
            delta = 7
        return reference - dt.timedelta(days=delta)
    return None


@cache
def _zone(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def to_utc(day: dt.date | None, hour: int, minute: int, zone: str | None, event_tz: str,
           as_written: bool = False) -> dt.datetime | None:
    """A wall-clock time in a zone (abbreviation, 'local time' = the event's) as UTC;
    `as_written`: the same moment in the zone it was written in (its calendar day is the
    writer's: "9:14 PM EST, February 13" is February 13, though February 14 in UTC)."""
    base = day or dt.date(2000, 1, 1)
    local = dt.datetime(base.year, base.month, base.day, hour, minute)
    z = ZONES.get(zone or "", None)
    if zone in (None, "local time"):
        z = event_tz or "UTC"
    elif z is None:
        m = _OFFSET_ZONE.fullmatch(zone)
        if m is None:
            return None
        try:
            z = (int(m.group(2)) + int(m.group(3) or 0) / 60) * (1 if m.group(1) == "+" else -1)
        except ValueError:  # digits this Python cannot read
            return None
    if isinstance(z, int | float):
        if as_written:
            try:
                return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=z)))
            except ValueError:  # an offset of a day or more
                return None
        return (local - dt.timedelta(hours=z)).replace(tzinfo=dt.UTC)
    tz = _zone(str(z))
    if tz is None:
        return None
    return local.replace(tzinfo=tz) if as_written else local.replace(tzinfo=tz).astimezone(dt.UTC)


def parse_dateline(line: str, event_tz: str, anywhere: bool = False) -> dt.datetime | None:
    """The publication date of a dateline ("March 02, 2025 10:43 PM PST | By Invezz").

    Only a full date (with year) standing at the start of a short line counts,
    after an optional "Published"/"Updated"/"Posted" label; with `anywhere`
    (a front-matter value) the whole string is searched.
    """
    text = line.strip()
    if not text or len(text) > 160 or ("20" not in text and "19" not in text):
        return None  # too long, or without the year every date accepted here has
    label = None
    if not anywhere:
        if text.isupper():
            # "PUBLISHED WED, NOV 1 2023 10:58 AM EDT": the words of dates as capitalised
            text = _CAPS_DATE_WORD.sub(lambda w: w.group().title(), text)
        label = (_DATELINE_LABEL.match(text) or _AGENCY_TAG.match(text)
                 or _BYLINE_BEFORE.match(text))
        if label:
            text = text[label.end():]
            if label.re is _AGENCY_TAG and DATE_PATTERN.fullmatch(text.rstrip(" .")) is None:
                return None  # "WASHINGTON (AP) — President Biden said...": prose, not a date
    if label is not None and label.re is _DATELINE_LABEL and (
            numeric := _numeric_dateline(text, event_tz)) is not None:
        return numeric
    m = DATE_PATTERN.search(text)
    if m is None:
        return None
    p = parts_of(m)
    if m.start() > 0 and not anywhere:
        # "Updated 1:33 PM EST, Sun March 2, 2025": the time before the date
        t = TIME_PATTERN.fullmatch(text[:m.start()].rstrip(" ,|\u2022-"))
        if t is None or p.hour is not None:
            return None
        tp = parts_of(t)
        p = DateParts(p.year, p.month, p.day, p.weekday, p.relative, tp.hour, tp.minute, tp.zone)
    if p.year is None:
        return None
    day = anchor(p, None)
    if day is None:
        return None
    if p.hour is not None:
        when = to_utc(day, p.hour, p.minute or 0, p.zone, event_tz, as_written=True)
        try:
            # (kept as written; "0001-01-01 01:00 GMT+3" has no UTC time)
            return when if when is None or when.astimezone(dt.UTC) else None
        except OverflowError:
            return None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _numeric_dateline(text: str, event_tz: str) -> dt.datetime | None:
    """A labelled dateline written in figures ("Updated: 31/10/2021 - 18:20", "Date
    17.02.2022", "Issued on: 14/06/2025 - 09:12"), where day and month cannot be
    swapped: one of them is over 12, or both are the same. "02/03/2025" (2 March or
    February 3?) dates nothing."""
    m = _NUMERIC_DATE.match(text, _WEEKDAY_FIRST.match(text).end())
    if m is None:
        return None
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12 >= b or a == b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None
    if not valid_day(year, month, day) or year < 1900:
        return None
    # (a second stamp may follow: "Issued on: 31/10/2021 - 18:20 Modified: 31/10/2021 -
    # 19:05", "Published on 31/10/2021 - 18:20 GMT+1 \u2022 Updated 19:05")
    rest = _SECOND_STAMP.sub("", text[m.end():]).strip(" \t-\u2013\u2014|,\u2022/").removeprefix("at ")
    if not rest:
        return dt.datetime(year, month, day, tzinfo=dt.UTC)
    t = TIME_PATTERN.fullmatch(rest.rstrip(" .").replace("(", "").replace(")", ""))
    if t is None:
        return None
    tp = parts_of(t)
    if tp.hour is None or tp.day is not None:
        return None
    when = to_utc(dt.date(year, month, day), tp.hour, tp.minute or 0, tp.zone, event_tz,
                  as_written=True)
    try:
        return when if when is None or when.astimezone(dt.UTC) else None
    except OverflowError:
        return None


def is_dateline(line: str) -> bool:
    """A line that only dates the article ("2 Mar 2025", "Updated 4:12 AM GMT+3,
    August 16, 2025", "Issued on: 02/03/2025 - 22:15"): metadata, never a claim."""
    text = line.strip()
    if parse_dateline(text, "UTC") is not None:
        return True
    return _STAMP_LABEL.match(text) is not None and len(text) < 80


def entry_stamp(line: str, reference: dt.date | None = None) -> dt.date | None:
    """The day of a live blog entry's stamp line ("**Tom Watling** \u2014 3 March 2025 08:10",
    "Updated: 3 March 2025 07:30 GMT"): a short line of a full date, after an optional
    author's name and dash; or a line that is only a day ("Wednesday 25 June", a blog's
    day heading), in the year nearest `reference`. None for any other line."""
    text = line.strip().strip("*#>_ ").replace("**", "")
    if len(text) > 90:
        return None
    only = DATE_PATTERN.fullmatch(text.rstrip(" .:"))
    if only is not None and reference is not None:
        p = parts_of(only)
        if p.month and p.day and p.hour is None:
            return anchor(p, reference)
    byline = _STAMP_BYLINE.match(text)
    if byline is not None:
        text = text[byline.end():]
    if parse_dateline(text, "UTC") is None:
        return None
    m = DATE_PATTERN.search(text)
    return anchor(parts_of(m), None) if m is not None else None


# compiled once: regex.match(pattern, ...) looks its pattern up in a cache on every call
_OFFSET_ZONE = regex.compile(r"(?:gmt|utc)\s?([+-])\s?(\d{1,2})(?::?(\d\d))?")
_DATELINE_LABEL = regex.compile(
    r"(?i)(?:published|updated|posted|first published|last updated|issued|date)\s*:?\s*(?:on\s*:?\s*)?")
_WEEKDAY_FIRST = regex.compile(r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?")
_SECOND_STAMP = regex.compile(r"(?i)\s*(?:[|\u2022\u00b7/-]\s*)?(?:last\s+)?(?:modified|updated)\b.*\Z")
_NUMERIC_DATE = regex.compile(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)")
_CAPS_DATE_WORD = regex.compile(
    rf"\b(?:{'|'.join(sorted((w.upper() for w in (*MONTHS, *WEEKDAYS)), key=len, reverse=True))}"
    r"|PUBLISHED|UPDATED|POSTED|FIRST)\b")
# the author and the date on one line: "Natalie Moreau @nmoreau / 11:15 AM PDT • November 2,
# 2023", "By Jane Doe | March 2, 2025"
_BYLINE_BEFORE = regex.compile(
    r"(?:By\s+)?(?:\p{Lu}[\p{L}.'-]+\s+){0,3}\p{Lu}[\p{L}.'-]+(?:\s+@\w+)?\s*"
    r"[/|\u2022\u00b7\u2014\u2013-]\s*"
    # ("By Vu Anh, Nguyen Quy   November 11, 2017 | 07:15 pm GMT+7": names, then a gap)
    r"|By\s+(?:\p{Lu}[\p{L}.'-]+(?:,?[ ]|[ ]and[ ])){0,7}?\p{Lu}[\p{L}.'-]+[ ]{2,}")
# "WASHINGTON (AP) — July 11, 2024" on a line of its own
_AGENCY_TAG = regex.compile(
    r"\p{Lu}[\p{Lu}\p{L}.' -]{1,40}(?:,\s+\p{Lu}[\p{L}.' -]{1,30})?\s+"
    r"\((?:AP|Reuters|AFP|dpa|Bloomberg|PA|UPI)\)\s*[-\u2013\u2014]+\s*")
# the author before an entry's stamp ("Tom Watling \u2014 ", "Alex Croft | ")
_STAMP_BYLINE = regex.compile(
    r"(?:\p{Lu}[\p{L}.'-]+\s+){1,3}?\p{Lu}[\p{L}.'-]+\s*[-\u2013\u2014|\u2022:,]\s*")
_STAMP_LABEL = regex.compile(r"(?i)(?:published|updated|posted|first published|modified|issued"
                             r"|last updated)(?:\s+on)?\s*:?\s*\S")


@lru_cache(maxsize=4096)
def parse_with_dateparser(span: str, reference: dt.date) -> dt.date | None:
    """Fallback for shapes the patterns above do not cover; cached per (span, reference)."""
    data = _dateparser(reference).get_date_data(span)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date()


@cache
def _dateparser(reference: dt.date):
    """One English parser per reference date (dateparser takes the base at construction)."""
    import dateparser  # imported only when a span needs it: the import takes ~0.3 s

    base = dt.datetime(reference.year, reference.month, reference.day, 12)
    return dateparser.DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False},
    )


_WIRE = regex.compile(
    r"\A\s*\p{Lu}[\p{Lu}\p{L}.' -]{1,40}(?:/\p{Lu}[\p{L}.' -]{1,40})?"
    r"(?:,\s+\p{Lu}[\p{L}.' -]{1,30}?)?,\s+"  # "ANCHORAGE, Alaska, Aug 15 (Reuters) -"
    r"(?P<date>[^()\n]{3,30}?)\s*(?:\([^)\n]{1,40}\)\s*)?[-\u2013\u2014]+\s*"
)


# a wire dateline without its place: the agency's name in brackets says what it is
_WIRE_UNPLACED = regex.compile(
    r"\A\s*(?P<date>\p{Lu}[\p{L}.]{2,9}\s+\d{1,2}(?:,\s+\d{4})?)\s*\((?:Reuters|AP|AFP|Bloomberg|dpa|"
    r"PA|UPI|Xinhua|Anadolu)\)\s*[-\u2013\u2014]+\s*")
_DASHES = "-\u2013\u2014"
_WIRE_PLACE = 83  # the longest "CITY/OTHER CITY" _WIRE reads before its first comma


def wire_dateline(line: str, event_date: dt.date | None) -> tuple[int, dt.datetime | None] | None:
    """A wire-copy dateline at the start of a paragraph ("LONDON, March 2 (Reuters) - ").

    Returns the length of the prefix and the date it gives (year from the event
    when the dateline has none; None when it has none and there is no event date:
    the prefix is still a dateline, the article's date is then unknown)."""
    if not any(d in line for d in _DASHES):
        return None
    m = _WIRE_UNPLACED.match(line)  # ("June 24 (Reuters) - ", a factbox's)
    if m is None:
        comma = line.find(",")
        if comma < 0 or len(line[:comma].lstrip()) > _WIRE_PLACE:
            return None  # no place name of the length _WIRE allows before a comma
        m = _WIRE.match(line)
    if m is None:
        return None
    d = DATE_PATTERN.fullmatch(m.group("date").strip())
    if d is None:
        return None
    parts = parts_of(d)
    if parts.month is None:
        return None
    day = anchor(parts, event_date)
    if day is None:
        return (m.end(), None) if parts.year is None and valid_day(2000, parts.month, parts.day) else None
    return m.end(), dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
