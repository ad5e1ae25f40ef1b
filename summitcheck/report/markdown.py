"""markdown: the rows of plain as a Markdown table, then the summary."""

from __future__ import annotations

from typing import TextIO

from ..models import AuditResult
from .common import COLUMNS, RenderOptions, rows, safe, summary_line


def _cell(text: str) -> str:
    return safe(text).replace("\\", "\\\\").replace("|", "\\|")


def render(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    stream.write("| " + " | ".join(COLUMNS) + " |\n")
    stream.write("|" + "|".join("---" for _ in COLUMNS) + "|\n")
    for row in rows(result):
        stream.write("| " + " | ".join(_cell(x) for x in row) + " |\n")
    stream.write(f"\n{summary_line(result)}\n")
    skipped = [s for s in result.sources if s.skipped]
    if skipped:
        stream.write("\nSkipped:\n\n")
        for s in skipped:
            stream.write(f"- `{_cell(s.path)}`: {_cell(s.skipped)}\n")
