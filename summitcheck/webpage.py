"""Pages saved from a browser: the article's text and metadata, without the page around it.

trafilatura (a library made for news pages) drops navigation, scripts, cookie
banners, asides and footers and keeps the article's paragraphs, one per line.
Positions of an HTML source are offsets into that extracted text, which
`summitcheck show-text FILE` prints with line numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MIN_WORDS = 5
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    outlet: str | None = None
    url: str | None = None


class NoArticle(Exception):
    """The page holds no article text (or cannot be parsed): `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_page(html: str) -> Page:
    """The article of an HTML page; raises NoArticle."""
    import trafilatura  # only when a corpus holds HTML: the import takes ~0.2 s

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, date_extraction_params=_DATE_PARAMS,
        )
    except Exception as e:  # noqa: BLE001 - a third-party parser on hostile input
        raise NoArticle(f"unreadable HTML ({type(e).__name__})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    # Soft hyphens and zero-width spaces of web typography split words ("Zelen\u00adsky");
    # positions are in this extracted text, so they can go.
    text = text.translate(_INVISIBLE).strip()
    if len(text.split()) < MIN_WORDS:
        # nothing, or a stray link ("Home") from a page that is all navigation
        raise NoArticle("no article text found in the HTML page")
    return Page(
        text=text + "\n",
        title=_clean(doc.title),
        published=_published(doc.date),
        outlet=_clean(doc.sitename),
        url=_clean(doc.url),
    )


def _clean(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value else None


def _published(value: str | None) -> dt.datetime | None:
    """The page's date; a date without a time is midnight UTC (see Source.published_on)."""
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").astimezone(dt.UTC)
    except ValueError:
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
