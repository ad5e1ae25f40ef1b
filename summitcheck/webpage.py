"""Pages saved from a browser: the article's text and metadata, without the page around it.

trafilatura (a library made for news pages) drops navigation, scripts, cookie
banners, asides and footers and keeps the article's paragraphs, one per line.
Before it runs, the parsed page is put in the shape it expects:

- embedded posts (a tweet, an Instagram or TikTok post) go: they are what
  someone else said, quoted in the page, with their own figures and dates;
- photo captions and credits go: a caption describes a picture, often a file
  picture from another day, and ends in a credit; what it states that matters
  is in the article's own text;
- tables that lay out the page (a table around the whole page, a cell holding
  paragraphs or another table) become plain blocks; tables of data stay;
- a lone <br> inside a sentence is a space (a line break of the layout, not
  the end of a sentence); two <br> in a row, or one after a full stop, end a
  paragraph;
- a live blog (schema.org LiveBlogPosting) has every entry read, not only the
  first: its entries are gathered into one article.

Positions of an HTML source are offsets into the extracted text, which
`summitcheck show-text FILE` prints with line numbers. Non-breaking spaces of
that text (`&nbsp;`) are plain spaces there.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

MIN_WORDS = 5
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
# &nbsp; and its kin: typography of the page, a space in the extracted text
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003"), " ")
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# class names of embedded posts from social networks (their markup as the networks ship it)
_EMBED = re.compile(
    r"(?:^|\s)(?:twitter-(?:tweet|video|timeline)|instagram-media|tiktok-embed|fb-(?:post|video)"
    r"|bluesky-embed|reddit-embed|mastodon-embed|text-post-media|threads-embed)(?:\s|$)"
)
_CAPTION = re.compile(r"(?i)caption|credit")
_CAPTION_MAX_CHARS = 400  # a block longer than this named "caption" is not one
_BLOCKS = ("div", "p", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "form",
           "article", "section", "blockquote", "header", "footer", "nav", "aside", "main")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col")
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)\u00bb")
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
                  "BlogPosting", "Report", "WebPage"}
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                   "publish-date", "publication_date", "sailthru.date", "parsely-pub-date", "pubdate")


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
    from trafilatura.utils import load_html

    try:
        # the text is decoded already: an XML declaration naming another encoding is stale
        tree = load_html(_XML_DECLARATION.sub("", html, count=1))
        if tree is None:
            raise NoArticle("no article text found in the HTML page")
        linked_data = _linked_data(tree)
        published = _declared_published(tree, linked_data)
        outlet = _outlet(tree, linked_data)
        _prepare(tree, linked_data)
        doc = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, date_extraction_params=_DATE_PARAMS,
        )
    except NoArticle:
        raise
    except Exception as e:  # noqa: BLE001 - a third-party parser on hostile input
        raise NoArticle(f"unreadable HTML ({type(e).__name__})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    # Soft hyphens and zero-width spaces of web typography split words ("Zelen\u00adsky");
    # positions are in this extracted text, so they can go.
    text = text.translate(_INVISIBLE).translate(_SPACES)
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    if len(text.split()) < MIN_WORDS:
        # nothing, or a stray link ("Home") from a page that is all navigation
        raise NoArticle("no article text found in the HTML page")
    return Page(
        text=text + "\n",
        title=_clean(doc.title),
        published=published or _published(doc.date),
        outlet=outlet or _clean(doc.sitename),
        url=_clean(doc.url),
    )


# ------------------------------------------------------------------ the page's shape


def _prepare(tree, linked_data: list[dict]) -> None:
    """Put the parsed page in the shape trafilatura expects (see the module's docstring)."""
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag == "figcaption" or _EMBED.search(el.get("class") or ""):
            _remove(el)
        elif el.tag not in ("html", "body", "main", "article") and _named_caption(el):
            _remove(el)
    for table in list(tree.iter("table")):
        if _is_layout(table):
            for part in [table, *table.iter(*_TABLE_PARTS)]:
                part.tag = "div"
    joined: dict = {}
    for br in list(tree.iter("br")):
        if _inside_sentence(br):
            joined.setdefault(br.getparent(), set()).add(br)
    for parent, brs in joined.items():
        _join_lines(parent, brs)
    for block in list(tree.iter("div", "section", "article", "main")):
        _wrap_loose_text(block)
    _gather_live_entries(tree, linked_data)


def _named_caption(el) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
    return bool(_CAPTION.search(names)) and len(el.text_content()) <= _CAPTION_MAX_CHARS


def _remove(el) -> None:
    """Drop an element, keeping the text that follows it."""
    parent, tail = el.getparent(), el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _is_layout(table) -> bool:
    """A table that lays out the page rather than holding data."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    return any(cell.find(f".//{tag}") is not None
               for cell in table.iter("td", "th") for tag in _BLOCKS)


def _inside_sentence(br) -> bool:
    """A lone <br> inside a sentence (a line break of the layout, not of the text)."""
    parent, prev, nxt = br.getparent(), br.getprevious(), br.getnext()
    if parent is None:
        return False
    tail = br.tail or ""
    if (nxt is not None and nxt.tag == "br" and not tail.strip()) or (
            prev is not None and prev.tag == "br" and not (prev.tail or "").strip()):
        return False  # <br><br>: a paragraph break
    if prev is None:
        before = parent.text or ""
    else:
        before = prev.tail if (prev.tail or "").strip() else prev.text_content()
    # one <br> after a full stop: paragraphs written without <p>
    return bool(before.strip()) and not before.rstrip().endswith(_SENTENCE_END)


def _join_lines(parent, brs: set) -> None:
    """`parent` without the <br>s in `brs`, the lines they broke joined with a space
    (in one pass: joining them one by one is quadratic on a page of <br>s)."""
    pieces = [parent.text or ""]
    holder = None  # the element whose tail collects the text; None: the parent's text
    for child in list(parent):
        if child in brs:
            pieces += [" ", (child.tail or "").lstrip()]
            parent.remove(child)
            continue
        _set_text(parent, holder, "".join(pieces))
        holder, pieces = child, [child.tail or ""]
    _set_text(parent, holder, "".join(pieces))


def _set_text(parent, holder, text: str) -> None:
    if holder is None:
        parent.text = text or None
    else:
        holder.tail = text or None


def _wrap_loose_text(block) -> None:
    """Text standing between the blocks of a <div> ("<div><div>photo</div>Sir Keir said...
    <br><br>The prime minister...</div>", the body of many older sites) in paragraphs of
    its own: trafilatura reads blocks, and text outside them can be lost."""
    from lxml.html import Element

    children = list(block)
    if not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in children):
        return
    if not (block.text or "").strip() and not any((c.tail or "").strip() for c in children):
        return
    rebuilt: list = []
    run = None

    def add_text(text: str | None) -> None:
        nonlocal run
        if not text or (run is None and not text.strip()):
            return
        if run is None:
            run = Element("p")
            rebuilt.append(run)
        if len(run):
            run[-1].tail = (run[-1].tail or "") + text
        else:
            run.text = (run.text or "") + text

    add_text(block.text)
    block.text = None
    for child in children:
        tail, child.tail = child.tail, None
        block.remove(child)
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            run = None
            rebuilt.append(child)
        else:
            if run is None:
                run = Element("p")
                rebuilt.append(run)
            run.append(child)
        add_text(tail)
    block.extend(rebuilt)


def _gather_live_entries(tree, linked_data: list[dict]) -> None:
    """A live blog's entries, wherever they stand, in one <article> at the first one."""
    declared = any("LiveBlogPosting" in _types(obj) for obj in linked_data)
    if not declared and not tree.xpath("//*[contains(@itemtype, 'LiveBlogPosting')]"):
        return
    entries = tree.xpath("//*[@itemprop='liveBlogUpdate'][not(ancestor::*[@itemprop='liveBlogUpdate'])]")
    if len(entries) < 2:
        entries = tree.xpath("//article[not(ancestor::article)]"
                             "[not(ancestor::aside or ancestor::nav or ancestor::footer)]")
    if len(entries) < 2:
        return
    from lxml.html import Element

    first = entries[0]
    gathered = Element("article")
    first.getparent().insert(first.getparent().index(first), gathered)
    for entry in entries:
        tail = entry.tail
        _remove(entry)
        entry.tail = tail
        entry.tag = "section" if entry.tag == "article" else entry.tag
        for el in [entry, *entry.iter()]:
            if isinstance(el.tag, str) and el.get("itemprop") in ("articleBody", "liveBlogUpdate"):
                del el.attrib["itemprop"]  # else the first entry's body is taken for the article
        gathered.append(entry)
    # trafilatura takes the first element named like an article body ("post-content",
    # itemprop articleBody): that would be the first entry's alone
    gathered.set("itemprop", "articleBody")
    try:
        from trafilatura.xpaths import BODY_XPATH
    except ImportError:  # pragma: no cover - another trafilatura layout: the first entry only
        return
    for el in BODY_XPATH[0](tree):
        if el is not gathered:
            for name in ("class", "id", "itemprop"):
                el.attrib.pop(name, None)


# ------------------------------------------------------------------ metadata


def _linked_data(tree) -> list[dict]:
    """The JSON-LD objects of the page, top level and @graph (not nested ones)."""
    out: list[dict] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict):
                out.append(obj)
                out.extend(o for o in obj.get("@graph", []) if isinstance(o, dict))
    return out


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    return {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _declared_published(tree, linked_data: list[dict]) -> dt.datetime | None:
    """The publication time the page declares with a time of day: the article's JSON-LD
    datePublished, else the article:published_time meta tag (property or name), else
    microdata. A bare date here is left to htmldate, which weighs it with other clues."""
    found = [obj.get("datePublished") for obj in linked_data if _types(obj) & (_ARTICLE_TYPES - {"WebPage"})]
    found += [obj.get("datePublished") for obj in linked_data if "WebPage" in _types(obj)]
    for meta in tree.iterfind(".//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            found.append(meta.get("content"))
    found += tree.xpath("//*[@itemprop='datePublished']/@datetime")
    for value in found:
        if isinstance(value, str) and "T" in value:
            try:
                when = dt.datetime.fromisoformat(value.strip())
                when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
                when.astimezone(dt.UTC)  # (kept in the zone it was written in, if it has a UTC time)
                return when.replace(microsecond=0)
            except (ValueError, OverflowError):  # "0001-01-01T00:00:00+05:00" has no UTC time
                continue
    return None


def _outlet(tree, linked_data: list[dict]) -> str | None:
    """The name the page gives its outlet: og:site_name, else the article's JSON-LD
    publisher, else the last part of the <title> ("... - Evening Herald")."""
    for meta in tree.iterfind(".//meta[@content]"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name":
            return _clean(meta.get("content"))
    for obj in linked_data:
        publisher = obj.get("publisher") if _types(obj) & _ARTICLE_TYPES else None
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _clean(publisher["name"])
    title = tree.findtext(".//title") or ""
    parts = _TITLE_PARTS.split(title.strip())
    if len(parts) > 1 and 0 < len(parts[-1].split()) <= 4 and parts[-1][0].isupper():
        return _clean(parts[-1])
    return None


def _clean(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value else None


def _published(value: str | None) -> dt.datetime | None:
    """The page's date; a date without a time is midnight UTC (see Source.published_on)."""
    if not value:
        return None
    try:
        when = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
        when.astimezone(dt.UTC)  # (kept in the zone it was written in, if it has a UTC time)
        return when
    except (ValueError, OverflowError):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
