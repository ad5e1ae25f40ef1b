"""Output formats: one module each, one signature: render(result, stream, options)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..models import AuditResult
from . import csv, json, markdown, plain
from .common import RenderOptions

Renderer = Callable[[AuditResult, TextIO, RenderOptions], None]


def _table(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    # rich is imported only for the table (a fifth of a five-file audit's start-up)
    from . import table

    table.render(result, stream, options)


FORMATS: dict[str, Renderer] = {
    "table": _table,
    "plain": plain.render,
    "json": json.render,
    "csv": csv.render,
    "markdown": markdown.render,
}

__all__ = ["FORMATS", "RenderOptions", "Renderer"]
