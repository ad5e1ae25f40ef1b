"""Relative dates ("yesterday") are read with dateparser against the article's own date."""

from __future__ import annotations

from summitcheck.audit import audit_folder
from summitcheck.rules import parse_rules_text

RULES = parse_rules_text("")


def test_yesterday_is_the_day_before_publication(make_corpus):
    folder = make_corpus({
        "a.md": "---\npublished: 2025-03-03\n---\nLeaders met at the summit yesterday in London.\n",
        "b.txt": "The summit was held on March 2, 2025 in London.\n",
    })
    claims = {c.id: c for c in audit_folder(folder, RULES).claims}
    summit = claims["summit-date"]
    assert summit.status.value == "agreed"
    assert [(v.value, v.sources) for v in summit.values] == [("2025-03-02 (Sunday)", ("a", "b"))]
    mention = summit.values[0].mentions[0]
    assert mention.text == "yesterday"


def test_yesterday_without_a_publication_date_is_not_read(make_corpus):
    folder = make_corpus({"a.txt": "Leaders met at the summit yesterday in London.\n"})
    assert audit_folder(folder, RULES).claims == ()


def test_a_wrong_relative_date_disputes(make_corpus):
    # a one-day event: dates of the summit must match to the day
    rules = parse_rules_text("event: {days: 1}\n")
    folder = make_corpus({
        "a.md": "---\npublished: 2025-03-03\n---\nThe summit was held two days ago.\n",
        "b.txt": "The summit was held on March 2, 2025 in London.\n",
        "c.txt": "The summit was held on 2 March 2025.\n",
    })
    summit = {c.id: c for c in audit_folder(folder, rules).claims}["summit-date"]
    assert summit.status.value == "disputed"
    assert [(v.value, v.sources) for v in summit.values] == [
        ("2025-03-02 (Sunday)", ("b", "c")), ("2025-03-01 (Saturday)", ("a",))]


def test_a_wire_dateline_without_its_year_dates_the_article_in_the_corpus_year(tmp_path):
    """With no event date in the rules, the year comes from the corpus's reference date:
    the article is then dated by its own dateline, not by that reference."""
    from summitcheck.audit import audit_folder
    from summitcheck.rules import parse_rules_text

    (tmp_path / "a.txt").write_text(
        "KANANASKIS, Alberta, June 16 (Reuters) - Leaders met at the summit on Monday.\n",
        encoding="utf-8")
    for name in ("b.txt", "c.txt"):
        (tmp_path / name).write_text("---\npublished: 2025-06-18\n---\nThe summit went on.\n",
                                     encoding="utf-8")
    result = audit_folder(tmp_path, parse_rules_text(""))
    published = {s.id: s.published.date().isoformat() for s in result.sources}
    assert published == {"a": "2025-06-16", "b": "2025-06-18", "c": "2025-06-18"}
