"""table: a rich table for the terminal; status in colour and as a word."""

from __future__ import annotations

import re
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import AuditResult, Status
from .common import RenderOptions, claims_for_reading, safe, summary_line

STYLE = {Status.DISPUTED: "bold red", Status.AGREED: "green", Status.SINGLE: "yellow"}
# Sources listed with each value: an archive's agreed claim has thousands (all of them are
# in the other formats); the odd ones out, on a disputed claim's minority side, are few
MAX_SOURCES = 12
MARK = {Status.DISPUTED: "✗ disputed", Status.AGREED: "✓ agreed", Status.SINGLE: "• single-source"}


def render(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    console = Console(
        file=stream, force_terminal=options.color, no_color=not options.color,
        width=options.width, highlight=False, emoji=False, markup=False,
        color_system="standard" if options.color else None,
    )
    table = Table(show_lines=True, title="summitcheck audit", title_justify="left")
    table.add_column("status", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("claim")
    table.add_column("values (sources)")
    short = short_ids([s.id for s in result.sources])
    shown: set[str] = set()
    for c in claims_for_reading(result):
        values = Text()
        for i, v in enumerate(c.values):
            if i:
                values.append("\n")
            values.append(safe(v.value), style="bold" if c.status is Status.DISPUTED else "")
            listed = v.sources[:MAX_SOURCES] if len(v.sources) > MAX_SOURCES + 1 else v.sources
            shown.update(listed)
            more = f", … {len(v.sources) - len(listed):,} more" if len(listed) < len(v.sources) else ""
            values.append(f"  [{', '.join(safe(short.get(s, s)) for s in listed)}{more}]", style="dim")
        table.add_row(
            Text(MARK[c.status], style=STYLE[c.status]), Text(c.kind.value),
            Text(safe(c.label)), values,
        )
    console.print(table)
    legend = [f"{safe(short[s.id])} = {safe(s.id)}" for s in result.sources
              if s.id in shown and short.get(s.id, s.id) != s.id]
    if legend:
        console.print(Text("sources: " + "; ".join(legend), style="dim"))
    for s in result.sources:
        if s.skipped:
            console.print(Text(f"skipped {safe(s.path)}: {safe(s.skipped)}", style="dim"))
    console.print(Text(summary_line(result)))


def short_ids(ids: list[str]) -> dict[str, str]:
    """Long ids shortened to their shortest unique prefix that ends at a separator
    ("000_c994affcb276842b" -> "000"); ids of 12 characters or fewer stay whole.

    A prefix is another id's too when it is no longer than the common start of the id
    and one of its two neighbours in sorted order (the ids sharing a start sit
    together): each id is read once, not compared with every other, nor each of its
    prefixes read again."""
    out = {}
    ordered = sorted(set(ids))
    at = {sid: i for i, sid in enumerate(ordered)}
    for sid in ids:
        out[sid] = sid
        if len(sid) <= 12:
            continue
        i = at[sid]
        shared = max(_common(sid, ordered[i - 1]) if i else 0,
                     _common(sid, ordered[i + 1]) if i + 1 < len(ordered) else 0)
        # a plain prefix: letters and digits, and separators but a space; at least one letter
        # or digit (anything odd is shown whole, and escaped)
        odd = m.start() if (m := _ODD.search(sid)) else len(sid)
        first = m.start() if (m := _ALNUM.search(sid)) else len(sid)
        for cut in (m.start() for m in _CUT.finditer(sid, 3)):
            if cut > odd or cut <= first:
                break
            if cut > shared:
                out[sid] = sid[:cut]
                break
    return out


# (\w: a letter or digit, str.isalnum, or "_")
_ODD = re.compile(r"[^\w\-./]")  # not in a plain prefix
_ALNUM = re.compile(r"[^\W_]")
_CUT = re.compile(r"[_\-./ ]")


def _common(a: str, b: str) -> int:
    """The length of the start `a` and `b` share (halving: slices compare in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo
