"""Extraction: one module per rule kind, applied in a fixed order.

Dates run first so that the numbers inside "March 2, 2025" or "14:00" are not
read as figures; names run last.
"""

from __future__ import annotations

from ..models import BY_POSITION, Mention, Source
from ..rules import Rules
from . import dates, figures, names
from .context import Context, vocab_for

KINDS = {"date": dates.extract, "figure": figures.extract, "name": names.extract}


def extract_source(source: Source, rules: Rules) -> list[Mention]:
    """Every mention found in one source, in text order."""
    ctx = Context(source, rules, vocab_for(rules))
    found: list[Mention] = []
    for run in KINDS.values():
        found.extend(run(ctx))
    return sorted(found, key=BY_POSITION)
