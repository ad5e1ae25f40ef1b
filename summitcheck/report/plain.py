"""plain: one tab-separated line per claim value; sorted, no colour, byte-stable.

Columns: kind, claim id, label, status, value, sources (comma-separated).
Skipped files follow as `skipped<TAB>path<TAB>reason`; the last line is the summary,
starting with '#'.
"""

from __future__ import annotations

from typing import TextIO

from ..models import AuditResult
from .common import RenderOptions, rows, safe, summary_line


def render(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    for row in rows(result):
        stream.write("\t".join(safe(x) for x in row) + "\n")
    for s in result.sources:
        if s.skipped:
            stream.write(f"skipped\t{safe(s.path)}\t{safe(s.skipped)}\n")
    stream.write(f"# {summary_line(result)}\n")
