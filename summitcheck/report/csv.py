"""csv: the rows of plain with a header; formula-looking cells are neutralised."""

from __future__ import annotations

import csv as _csv
from typing import TextIO

from ..models import AuditResult
from .common import COLUMNS, RenderOptions, rows, safe


def cell(text: str) -> str:
    """A spreadsheet must not run a value as a formula (= + - @ get a leading quote),
    and a terminal showing the file must not run its control characters (escaped)."""
    text = safe(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def render(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    w = _csv.writer(stream, lineterminator="\n")
    w.writerow(COLUMNS)
    for row in rows(result):
        w.writerow([cell(x) for x in row])
