"""Synthetic archives made from the seed corpus, for the benchmark.

Each generated article is a copy of one seed article. About a quarter are left
unchanged (so claims still agree); the others get their body paragraphs
shuffled, some figures, office-holders, times and dates varied, a publication
date in front matter, and, for name variety at scale, office-holders replaced
by made-up people. Every date expression written (month-day or weekday) is
recorded with the calendar date it means, so date finders can be scored.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus"
EVENT = dt.date(2025, 3, 2)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_DAY = re.compile(
    r"\b(?P<month>" + "|".join(MONTHS) + r") (?P<day>\d{1,2})(?P<year>, \d{4})?\b")
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b")
_TIME = re.compile(r"\b(?P<h>\d\d):(?P<m>\d\d) GMT\b")
# What each seed's weekdays mean (the seed articles have no publication date but
# 004's dateline; all of them were written about the summit of Sunday 2 March 2025).
_WEEKDAY_TRUTH = {"Sunday": dt.date(2025, 3, 2), "Friday": dt.date(2025, 2, 28)}

FIGURES = {
    "£1.6 billion": ["£1.6 billion", "£1.6 billion", "£2.4 billion", "£1.2 billion"],
    "1.6 billion pounds": ["1.6 billion pounds", "2.4 billion pounds"],
    "5,000": ["5,000", "5,000", "2,000", "3,500"],
    "5 000": ["5 000", "2 000"],
    "£2.2 billion": ["£2.2 billion", "£3 billion"],
}
NAMES = {
    "Mark Rutte": ["Mark Rutte", "Mark Rutte", "Jens Stoltenberg"],
    "Keir Starmer": ["Keir Starmer", "Keir Starmer", "Rishi Sunak"],
    "Giorgia Meloni": ["Giorgia Meloni", "Mario Draghi"],
    "Olaf Scholz": ["Olaf Scholz", "Friedrich Merz"],
    "Justin Trudeau": ["Justin Trudeau", "Mark Carney"],
}
# made-up people, so the index of names grows with the archive as a real one does
_GIVEN = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas",
          "Karin", "Lukas", "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tilde", "Viktor"]
_SURNAMES = ["Abernathy", "Brandt", "Castellano", "Dvorak", "Eriksen", "Fontaine", "Gallagher",
             "Horvath", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Oliveira",
             "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Ulrich", "Varga", "Wojcik", "Young",
             "Zielinski", "Bakker", "Costa-Reyes", "Dubois", "Esposito", "Fischer"]


@dataclass
class Article:
    name: str
    text: str
    dates: list[tuple[int, int, dt.date]] = field(default_factory=list)  # (start, end, truth)
    published: dt.date | None = None


def seeds() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))}


def _split(text: str) -> tuple[list[str], list[str]]:
    lines = text.split("\n")
    return lines[:3], lines[3:]


def vary(seed_name: str, text: str, rng: random.Random, keep: bool) -> Article:
    """One copy of a seed article (unchanged when `keep`)."""
    if keep:
        return Article(seed_name, text, _date_truth(text, 0, None))
    head, body = _split(text)
    tail = [ln for ln in body if ln.startswith(("For more news", "Comments are closed"))]
    body = [ln for ln in body if ln not in tail]
    rng.shuffle(body)
    text = "\n".join(head + body + tail)
    for old, choices in FIGURES.items():
        text = text.replace(old, rng.choice(choices))
    for old, choices in NAMES.items():
        pick = rng.choice(choices)
        if rng.random() < 0.3:
            pick = f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}"
        text = text.replace(old, pick)
    if rng.random() < 0.3:
        text = _TIME.sub(lambda m: f"{(int(m['h']) + rng.choice((1, 2, 4))) % 24:02d}:{m['m']} GMT", text)
    shift = rng.choice((0, 0, 0, 1, 2, -1, 3))
    text = _shift_dates(text, shift)
    published = EVENT + dt.timedelta(days=shift)
    body_text = f"---\npublished: {published.isoformat()}\n---\n{text}"
    return Article(seed_name, body_text, _date_truth(body_text, shift, published), published)


def _shift_dates(text: str, days: int) -> str:
    if not days:
        return text

    def month_day(m: re.Match) -> str:
        year = int(m["year"][2:]) if m["year"] else 2025
        d = dt.date(year, MONTHS.index(m["month"]) + 1, int(m["day"])) + dt.timedelta(days=days)
        return f"{d:%B} {d.day}" + (f", {d.year}" if m["year"] else "")

    text = _MONTH_DAY.sub(month_day, text)
    return _WEEKDAY.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m["wd"]) + days) % 7], text)


def _date_truth(text: str, shift: int, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Every month-day and weekday in the body with the date it means (datelines and
    front matter are metadata, not dates written in the article)."""
    out = []
    for m in _MONTH_DAY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() == line_start and m["year"]:
            continue  # "March 02, 2025 10:43 PM PST": a dateline
        if text[line_start:m.start()].startswith("published:"):
            continue
        year = int(m["year"][2:]) if m["year"] else (published or EVENT).year
        out.append((m.start(), m.end(), dt.date(year, MONTHS.index(m["month"]) + 1, int(m["day"]))))
    for m in _WEEKDAY.finditer(text):
        if any(s <= m.start() < e for s, e, _ in out):
            continue
        original = WEEKDAYS[(WEEKDAYS.index(m["wd"]) - shift) % 7]
        truth = _WEEKDAY_TRUTH.get(original)
        if truth is not None:
            out.append((m.start(), m.end(), truth + dt.timedelta(days=shift)))
    return sorted(out)


def generate(dest: Path, n: int, seed: int = 5) -> list[Article]:
    """Write `n` articles (and the seed corpus's rules.yaml) into `dest`."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "rules.yaml", dest / "rules.yaml")
    rng = random.Random(seed)
    pool = list(seeds().items())
    articles = []
    for i in range(n):
        seed_name, text = pool[i % len(pool)]
        art = vary(seed_name, text, rng, keep=rng.random() < 0.25)
        sub = dest / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"{i:05d}_{seed_name}"
        path.write_text(art.text, encoding="utf-8")
        art.name = path.relative_to(dest).as_posix()
        articles.append(art)
    return articles
