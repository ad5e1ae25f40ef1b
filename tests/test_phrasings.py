"""How news writes figures and dates, row by row: each row is a small corpus (real files
in tmp_path) and the claims a fact-checker expects from it, audited with the built-in
pack alone (an event date where the row needs one)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from summitcheck.audit import audit_folder
from summitcheck.report import FORMATS, RenderOptions
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import ROOT

BUILTIN = parse_rules_text("")
ALASKA = parse_rules_text("event: {date: 2025-08-15}\n")
LONDON = parse_rules_text("event: {date: 2025-03-02, days: 1, timezone: Europe/London}\n")


def claims_of(make_corpus, files: dict[str, str], rules=BUILTIN) -> dict[str, list[str]]:
    """claim id -> its values (majority first), with the status in front."""
    folder = make_corpus(files)
    return {c.id: [c.status.value, *(v.value for v in c.values)]
            for c in audit_folder(folder, rules).claims}


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a country's share is that country's claim, not the alliance's
        ({"a.txt": "NATO allies agreed to spend 5% of GDP on defence by 2035.\n",
          "b.txt": "---\npublished: 2025-06-25\n---\n"
                   "Spain, which spent 1.28% of GDP on defence last year, objected.\n",
          "c.txt": "The UK spends about 2.3% of GDP on defence.\n"},
         {"percent-defence-spending-by-2035": ["single-source", "5%"],
          "percent-defence-spending-spain-in-2024": ["single-source", "1.28%"],
          "percent-defence-spending-united-kingdom": ["single-source", "about 2.3%"]}),
        # a word for many countries after the country: everyone's figure
        ({"a.txt": "French President Emmanuel Macron said European countries should spend "
                   "between 3 and 3.5 percent of GDP on defence.\n"},
         {"percent-defence-spending": ["single-source", "3-3.5%"],
          "france-president": ["single-source", "Emmanuel Macron"]}),
        # the narrower cue names the share: "of GDP" is only a fallback
        ({"a.txt": "Allies will spend 3.5% of GDP on core defence by 2035.\n",
          "b.txt": "Of that, 3.5% would go on core defense.\n",
          "c.txt": "A further 1.5% of GDP may go on resilience and infrastructure by 2035.\n"},
         {"percent-core-defence-by-2035": ["agreed", "3.5%"],
          "percent-defence-related-by-2035": ["single-source", "1.5%"]}),
        # a broad figure joins the one target it agrees with; a negated one only corroborates
        ({"a.txt": "Leaders agreed to spend 5% of GDP on defence by 2035.\n",
          "b.txt": "Leaders agreed to raise defence spending to 5% of GDP.\n",
          "c.txt": "Spain said it would not spend 2% of GDP on defence.\n"},
         {"percent-defence-spending-by-2035": ["agreed", "5%"]}),
        # a target's deadline is written once for the shares it is made of
        ({"a.txt": "Allies agreed to spend 3.5% of GDP on core defence and another 1.5% on "
                   "defence-related investment by 2035.\n",
          "b.txt": "Leaders agreed to spend 5 per cent of GDP on defence by 2035, with 2.5% "
                   "going to core defence.\n",
          "c.txt": "The leaders endorsed a goal of spending 5% of GDP on defence by 2035. Of "
                   "that, 3.5% would go on core defence.\n"},
         {"percent-core-defence-by-2035": ["disputed", "3.5%", "2.5%"],
          "percent-defence-related-by-2035": ["single-source", "1.5%"],
          "percent-defence-spending-by-2035": ["agreed", "5%"]}),
        # "within a decade" counts from the article's date
        ({"a.txt": "---\npublished: 2025-06-25\n---\nNATO members agreed to raise their defence "
                   "spending to 5 percent of GDP within a decade.\n",
          "b.txt": "Allies agreed to spend 4% of GDP on defence by 2035.\n",
          "c.txt": "NATO's target is 5% of GDP on defence by 2035.\n"},
         {"percent-defence-spending-by-2035": ["disputed", "5%", "4%"]}),
        # ...or from the year its sentence names before it
        ({"a.txt": "---\npublished: 2023-07-12\n---\nIn 2014, members agreed to move towards "
                   "spending 2% of GDP on defence within a decade.\n",
          "b.txt": "At Wales in 2014 allies pledged to spend 2% of GDP on defence by 2024.\n"},
         {"percent-defence-spending-by-2024": ["agreed", "2%"]}),
        # ...but not for a share of today, nor across sentences without "of that"
        ({"a.txt": "Britain would spend 5% of GDP on defence by 2035. The UK spends about 2.3% of GDP "
                   "on defence.\n",
          "b.txt": "Allies will spend 5% of GDP on defence by 2035 and about 2% today.\n"},
         {"percent-defence-spending-united-kingdom-by-2035": ["single-source", "5%"],
          "percent-defence-spending-united-kingdom": ["single-source", "about 2.3%"],
          "percent-defence-spending-by-2035": ["single-source", "5%"],
          "percent-defence-spending": ["single-source", "about 2%"]}),
        # a headline agreeing to a share without its deadline: the one its article gives
        ({"a.txt": "---\npublished: 2025-06-25\n---\nNATO allies agree to raise defence spending "
                   "target to 8% of GDP\n\nNATO leaders agreed on Wednesday to raise their "
                   "defence spending target to 5% of GDP by 2035.\n",
          "b.txt": "Allies agreed to spend 5% of GDP on defence by 2035.\n"},
         {"percent-defence-spending-by-2035": ["disputed", "5%", "8%"]}),
        ({"a.txt": "---\npublished: 2025-03-02\n---\nBritain agrees to raise its defence budget "
                   "to £90 billion\n\nBritain agreed to raise its defence budget to £70 billion "
                   "by 2030.\n",
          "b.txt": "The UK will raise its defence budget to £70 billion by 2030.\n"},
         {"money-defence-spending-by-2030": ["disputed", "£70 billion", "£90 billion"]}),
        # ...not a share met today, nor one agreed in another year
        ({"a.txt": "---\npublished: 2025-06-25\n---\nOnly 23 allies meet the 2% defence "
                   "spending target.\n\nLeaders agreed to spend 5% of GDP on defence by 2035.\n",
          "b.txt": "---\npublished: 2025-06-25\n---\nIn 2014, allies agreed to spend 2% of GDP on "
                   "defence.\n\nLeaders agreed to spend 5% of GDP on defence by 2035.\n"},
         {"percent-defence-spending": ["agreed", "2%"],
          "percent-defence-spending-by-2035": ["agreed", "5%"],
          "count-countries": ["single-source", "23"]}),
        # an older, a present or a contrasted share keeps no deadline; nor a change "within"
        ({"a.txt": "---\npublished: 2025-06-25\n---\nSpain won an exemption from spending 5% of "
                   "GDP on defence by 2035. Sánchez said Spain would raise defence spending to "
                   "2.1% of GDP.\n",
          "b.txt": "---\npublished: 2025-06-25\n---\nLeaders agreed to lift defence spending to 5% "
                   "of GDP by 2035. The new goal replaces the target of spending 2% of GDP on "
                   "defence that allies agreed at the Wales summit.\n",
          "c.txt": "---\npublished: 2025-06-25\n---\nCanada will spend 2% of GDP on defence this "
                   "year and 5% by 2035.\n",
          "d.txt": "---\npublished: 2025-06-25\n---\nAllies agreed to lift defence spending to 5% "
                   "of GDP by 2035, compared with 2% of GDP a decade ago.\n"},
         {"percent-defence-spending-spain-by-2035": ["single-source", "5%"],
          "percent-defence-spending-spain": ["single-source", "2.1%"],
          "percent-defence-spending-by-2035": ["agreed", "5%"],
          "percent-defence-spending": ["agreed", "2%"],
          "percent-defence-spending-canada-in-2025": ["single-source", "2%"],
          "percent-defence-spending-canada-by-2035": ["single-source", "5%"]}),
        # a headline with two figures, or a group news never calls NATO, is left alone
        ({"a.txt": "---\npublished: 2025-06-25\n---\nNATO agrees 8% defence spending goal as "
                   "Spain commits to only 2.1%\n\nAllies agreed to spend 5% of GDP on defence by "
                   "2035.\n",
          "b.txt": "AUKUS, the three-nation security alliance, met.\n",
          "c.txt": "Leaders of NATO's 32 members met.\n"},
         {"percent-defence-spending-by-2035": ["single-source", "5%"],
          "percent-defence-spending": ["single-source", "8%"],
          "percent-defence-spending-spain": ["single-source", "2.1%"],
          "count-countries": ["single-source", "3"],
          "count-countries-nato": ["single-source", "32"]}),
        ({"a.txt": "---\npublished: 2025-06-25\n---\nRutte said European allies had increased "
                   "defence spending by 50% within a decade.\n",
          "b.txt": "Allies agreed to spend 5% of GDP on defence by 2035.\n"},
         {"percent-defence-spending-by-2035": ["single-source", "5%"],
          "percent-defence-spending-increase": ["single-source", "50%"]}),
        # a bare share right after "spend" is the spender's share of GDP on defence; not a
        # change ("2% more"), a share of something else ("of its budget") or after "on"
        ({"a.txt": "Spain's prime minister, Pedro Sánchez, said his country had secured a special "
                   "arrangement and would spend 2.1%.\n",
          "b.txt": "Spanish Prime Minister Pedro Sanchez said Spain would remain a reliable ally "
                   "while spending 2.1 percent.\n",
          "c.txt": "Sánchez insisted Spain could meet its commitments by spending 2.1% of GDP.\n",
          "d.txt": "Italy will spend 2% more on schools and spend 10% of its budget on health. "
                   "Households spent 3% on food.\n"},
         {"percent-defence-spending-spain": ["agreed", "2.1%"],
          "spain-prime-minister": ["agreed", "Pedro Sánchez"]}),
        # the words after the next sum are what that sum pays for; "$2 billion Canadian"
        # is in Canadian dollars; "the other six leaders" are some of them, not a count
        ({"a.txt": "Carney pledged C$2 billion in new military aid and a C$2.3 billion loan.\n",
          "b.txt": "Carney announced $2 billion Canadian ($1.47 billion) in military aid, along "
                   "with a loan of $2.3 billion Canadian ($1.69 billion).\n",
          "c.txt": "The package: C$2bn in military aid, including drones, and a C$2.3bn loan. "
                   "Trump joined the other six leaders in a statement.\n",
          "d.txt": "Canada pledged C$2 billion for Kyiv's army and a C$2.3 billion loan.\n"},
         {"money-military-aid-cad": ["agreed", "C$2 billion"],
          "money-loan-cad": ["agreed", "C$2.3 billion"]}),
        # a count under a hundred is exact; a rank ("32nd") and a model's number ("Leopard 1",
        # "Challenger 2") are no counts
        ({"a.txt": "Germany will send 25 Leopard 1 tanks. Sweden will be the 32nd member of "
                   "NATO's 31 allies.\n",
          "b.txt": "Britain sent 14 Challenger 2 tanks. The 31-member alliance met.\n",
          "c.txt": "Leaders of NATO's 32 members met. Germany pledged 25 tanks.\n"},
         {"count-tanks": ["disputed", "25", "14"],
          "count-countries-nato": ["disputed", "31", "32"]}),
        # a count's noun is on its line, before any "he said"; "the bloc's 27 leaders" are
        # the EU's; a broad figure that agrees with its own claim stays there
        ({"a.txt": "Published on 02/03/2025 - 19:12 GMT+1\n\nLeaders met in London. Starmer "
                   "hosted 18 leaders.\n",
          "b.txt": "She will brief the bloc's 27 leaders. Starmer hosted 18 leaders.\n",
          "c.txt": "Starmer, who hosted more than a dozen leaders, set out four points he said "
                   "leaders had agreed. The 27 EU leaders meet next.\n"},
         {"count-leaders": ["agreed", "18", "more than 12"],
          "count-leaders-european-union": ["agreed", "27"]}),
        # "from 2.3% ... to 2.5%" (either way round) is a starting point; "between 3% and
        # 3.5%" one range; "UK defence spending" names the country once
        ({"a.txt": "Sir Keir pledged to raise defence spending from 2.3 per cent of GDP to 2.5 "
                   "per cent by 2027.\n",
          "b.txt": "Starmer's pledge is to lift UK defence spending to 2.5 per cent of GDP by 2027, "
                   "from 2.3 per cent.\n",
          "c.txt": "He said European countries should raise defense spending to between 3% and "
                   "3.5% of GDP.\n",
          "d.txt": "Macron wants Europe to spend between 3 and 3.5 per cent of GDP on defence.\n"},
         {"percent-defence-spending": ["agreed", "3-3.5%"],
          "percent-defence-spending-by-2027": ["single-source", "2.5%"],
          "percent-defence-spending-earlier": ["single-source", "2.3%"],
          "percent-defence-spending-united-kingdom-by-2027": ["single-source", "2.5%"],
          "percent-defence-spending-united-kingdom-earlier": ["single-source", "2.3%"]}),
        # a figure coordinated with one before it takes the cue that follows it
        ({"a.txt": "Allies agreed that 3.5% of GDP will go towards core defence requirements and "
                   "1.5% towards defence-related spending.\n",
          "b.txt": "They would spend 3.5% of GDP on core defence and 1.5% on broader "
                   "defence-related items.\n"},
         {"percent-core-defence": ["agreed", "3.5%"],
          "percent-defence-related": ["agreed", "1.5%"]}),
        # "the Dutch city of The Hague" names a place, not whose share it is
        ({"a.txt": "Leaders meeting in the Dutch city of The Hague agreed to spend 5% of GDP on "
                   "defence by 2035.\n",
          "b.txt": "Allies agreed to spend 5% of GDP on defence by 2035.\n"},
         {"percent-defence-spending-by-2035": ["agreed", "5%"]}),
        # "23 of the 32 allies", "11 of NATO's 32 members": a part, not how many there are
        ({"a.txt": "Stoltenberg said 23 of the 32 allies met the target.\n",
          "b.txt": "Only 11 of NATO's 32 members will get there.\n",
          "c.txt": "Leaders of NATO's 32 members met.\n"},
         {"count-countries-nato": ["agreed", "32"]}),
        # money for weapons, whoever makes them
        ({"a.txt": "He said Ukraine had offered to buy about $90 billion of American weapons, "
                   "financed by Europe.\n",
          "b.txt": "His proposal included buying $90bn of US weapons, financed by Europe, and a "
                   "separate deal under which the US would buy Ukrainian-made drones.\n"},
         {"money-weapons-united-states-usd": ["agreed", "$90 billion", "about $90 billion"]}),
        # counts of a body's members, however the body is named
        ({"a.txt": "Leaders of the 32-nation alliance met.\n",
          "b.txt": "Leaders of NATO's 32 members met.\n",
          "c.txt": "All 32 allies signed.\n",
          "d.txt": "She will brief the 27-member EU's leaders.\n"},
         {"count-countries-nato": ["agreed", "32"],
          "count-countries-european-union": ["single-source", "27"]}),
        ({"a.txt": "Leaders of the 32-nation alliance met.\n",
          "b.txt": "Leaders of NATO's 32 members met.\n",
          "c.txt": "Leaders of the 40-nation military alliance met.\n"},
         {"count-countries-nato": ["disputed", "32", "40"]}),
        ({"a.txt": "France and Britain proposed a one-month truce.\n",
          "b.txt": "Macron proposed a month-long truce in the air.\n"},
         {"duration-ceasefire": ["agreed", "1 month"]}),
        # a length is the truce's it is written with; a truce named by its own dates is
        # another one; the length of talks without a ceasefire is none
        ({"a.txt": "Ukraine accepted a U.S. proposal for a 30-day ceasefire at talks in Jeddah. "
                   "The talks broke up in less than two hours without agreement on a ceasefire.\n",
          "b.txt": "Putin declared his own three-day truce from May 8 to May 10. Leaders demanded "
                   "a 30-day unconditional ceasefire starting on Monday, 12 May.\n",
          "c.txt": "The first talks in more than three years ended after less than two hours "
                   "without a ceasefire. Kyiv backs a truce of 30 days.\n"},
         {"duration-ceasefire": ["agreed", "30 days"]}),
        # a coordinated share with no cue of its own does not take its predecessor's firmly;
        # what someone says a country "will need to spend" is a view, never a dispute
        ({"a.txt": "Allies will spend at least 3.5% of GDP on core defence and up to 1.5% on "
                   "wider resilience.\n",
          "b.txt": "Allies agreed at least 3.5% to core defence requirements and up to 1.5% to "
                   "related investments.\n"},
         {"percent-core-defence": ["agreed", "at least 3.5%"],
          "percent-defence-related": ["single-source", "up to 1.5%"]}),
        ({"a.txt": "Spain says it can meet its targets with 2.1% of GDP on defence.\n",
          "b.txt": "NATO says Spain will need to spend 3.5% of GDP on defence.\n",
          "c.txt": "Spain believes it can meet its capability targets with 2.1 percent of GDP on "
                   "defence.\n"},
         {"percent-defence-spending-spain": ["agreed", "2.1%"]}),
        # "3% to 3.5%" is one range, as "between 3% and 3.5%" is; "from ... to" is a change
        ({"a.txt": "Macron said European nations should spend 3% to 3.5% of GDP on defence.\n",
          "b.txt": "He said European countries should spend 3 to 3.5 percent of GDP on defence.\n",
          "c.txt": "Britain will raise defence spending from 2.3% to 2.5% of GDP.\n"},
         {"percent-defence-spending": ["agreed", "3-3.5%"],
          "percent-defence-spending-united-kingdom": ["single-source", "2.5%"],
          "percent-defence-spending-united-kingdom-earlier": ["single-source", "2.3%"]}),
        # counts of before, of some of them, of a kind of them or of a body we do not know
        # are no count of the whole; "the Group of Seven" is a name
        ({"a.txt": "NATO estimates that 23 of its 32 members met the target in 2024, up from just "
                   "three allies in 2014. Only 11 allies are expected to hit it this year.\n",
          "b.txt": "The Group of Seven nations met. The 32 members of NATO met.\n",
          "c.txt": "Nearly 200 countries agreed. Negotiators from the 39 members of the Alliance of "
                   "Small Island States and the 45 least developed countries walked out.\n",
          "d.txt": "Nearly 200 countries agreed. The 39-member Alliance of Small Island States and "
                   "the 45-member LDC group walked out.\n"},
         {"count-countries-nato": ["agreed", "32"],
          "count-countries": ["agreed", "nearly 200"],
          "count-countries-least-developed": ["single-source", "45"],
          "count-countries-group": ["single-source", "45"]}),
        # a sum done in a past year the sentence (or "On that visit," its predecessor) names
        # is that year's; one set against this one ("dwarfs the $110 billion") an earlier
        # one; "an arms package worth $142 billion" pays for the arms, not the sum before it
        ({"a.txt": "---\npublished: 2025-05-13\n---\nSaudi Arabia committed to $600 billion of "
                   "investment in the U.S. and agreed to an arms package worth nearly $142 billion. "
                   "Trump made Riyadh his first stop on May 20, 2017. On that visit, the two "
                   "countries announced a $110 billion arms deal.\n",
          "b.txt": "---\npublished: 2025-05-13\n---\nThe kingdom agreed to buy nearly $142 billion "
                   "in weapons. It dwarfs the $110 billion arms deal announced on Trump's first "
                   "trip.\n",
          "c.txt": "---\npublished: 2025-05-14\n---\nOn May 20, 2017, the two countries announced "
                   "a $110 billion arms deal. Recalling the guideline agreed in 2014, allies will "
                   "spend 3.5% of GDP on core defence.\n"},
         {"money-weapons-usd": ["agreed", "nearly $142 billion"],
          "money-weapons-in-2017-usd": ["agreed", "$110 billion"],
          "money-weapons-earlier-usd": ["single-source", "$110 billion"],
          "percent-core-defence": ["single-source", "3.5%"]}),
        # a change ("raise spending by 1.5% of GDP"), a threshold ("spending above 1% of GDP"),
        # a level of a past year ("spent €326bn on defence in 2024, about 1.9% of GDP") and a
        # sum named by its own words ("a €500bn infrastructure fund") are no level of today
        ({"a.txt": "---\npublished: 2025-03-07\n---\nIf member states raise defence spending by 1.5 "
                   "per cent of GDP on average, that would create room. Member states spent €326bn "
                   "on defence in 2024, about 1.9 per cent of GDP.\n",
          "b.txt": "---\npublished: 2025-03-07\n---\nGermany will exempt defence spending above 1% "
                   "of GDP from the debt brake and set up a €500bn infrastructure fund. Leaders "
                   "back a plan that could mobilise €800 billion for defence spending.\n"},
         {"percent-defence-spending-increase": ["single-source", "1.5%"],
          "percent-defence-spending-in-2024": ["single-source", "about 1.9%"],
          "money-defence-spending-in-2024-eur": ["single-source", "€326 billion"],
          "money-defence-spending-eur": ["single-source", "€800 billion"]}),
        # counts of another night ("A night earlier") and of the side that fired them; ratios
        # ("2.8 times") and counts of a region's countries ("four Central Asian states") are
        # no count of this one; a "Read more:" line is no text of the article, with its markdown too
        ({"a.txt": "Overnight, Russia fired 18 missiles and 397 drones. A night earlier, Russia "
                   "fired 728 drones and 13 missiles. Costs are about 2.8 times the country's GDP.\n",
          "b.txt": "Russia launched 18 missiles and 397 drones overnight.\n\n*Read more: [Russia "
                   "launches largest attack with 728 drones](https://example.com/)*\n",
          "c.txt": "The bloc was founded by China, Russia and four Central Asian states. It has 10 "
                   "permanent members. All 10 member states attended.\n"},
         {"count-drones-russia": ["agreed", "397"], "count-missiles-russia": ["agreed", "18"],
          "count-drones-russia-earlier": ["single-source", "728"],
          "count-missiles-russia-earlier": ["single-source", "13"],
          "count-countries": ["single-source", "10"],
          "count-countries-central-asian": ["single-source", "4"]}),
        # compound number words; a coalition's or a group's members; those that meet a target
        # are some of the allies; troops sent somewhere are that place's count; a body's sum
        ({"a.txt": "Twenty-six countries have formally pledged troops. The coalition of some 35 "
                   "countries met. NATO expects nine allies to meet it this year. The US will send "
                   "about 3,000 troops to Romania.\n",
          "b.txt": "26 countries pledged troops, said Macron. The coalition, which France and "
                   "Britain have built since March, numbers some 35 countries. The alliance has 30 "
                   "members. It keeps more than 100,000 troops in Europe.\n",
          "c.txt": "The UK signed a £2.26bn loan. It is Britain's part of a $50bn G7 loan "
                   "scheme.\n",
          "d.txt": "Britain signed a £2.26 billion loan, its share of the G7's $50 billion loan "
                   "initiative.\n"},
         {"count-countries": ["agreed", "26"],
          "count-countries-coalition": ["agreed", "about 35"],
          "count-countries-nato": ["single-source", "30"],
          "count-troops-romania": ["single-source", "about 3,000"],
          "count-troops": ["single-source", "more than 100,000"],
          "money-loan": ["agreed", "£2.26 billion"],
          "money-loan-g7-usd": ["agreed", "$50 billion"]}),
        # numbers spoken in words, as transcripts write them: the same figures as digits
        ({"a.txt": "STARMER: We signed off a loan of two point two six billion pounds, and one "
                   "point six billion pounds for more than five thousand air defence missiles. "
                   "Some three hundred and fifty troops. Defence spending goes to two and a half "
                   "per cent of GDP by 2027.\n",
          "b.txt": "Britain signed a £2.26bn loan and £1.6bn for more than 5,000 air defence "
                   "missiles. About 350 troops. It will spend 2.5% of GDP on defence by 2027.\n",
          "c.txt": "PRESENTER: A loan of two point six billion pounds. At one point five leaders "
                   "left the room.\n"},
         {"money-loan": ["disputed", "£2.26 billion", "£2.6 billion"],
          "money-missiles": ["agreed", "£1.6 billion"],
          "count-missiles": ["agreed", "more than 5,000"],
          "count-troops": ["agreed", "about 350"],
          "percent-defence-spending-by-2027": ["agreed", "2.5%"]}),
        # figures one article states side by side, each given by two sources or more, are of
        # different things; a value one source alone gives is weighed against the most stated
        ({"a.txt": "Delegations from 28 countries came to Bletchley Park. A smaller group of 10 "
                   "countries will test the models.\n",
          "b.txt": "28 countries were represented, and 10 countries will test models.\n",
          "c.txt": "Delegations from 28 countries came, and 10 countries will test models.\n",
          "d.txt": "Delegations from 29 countries came.\n"},
         {"count-countries": ["disputed", "28", "29"], "count-countries-10": ["agreed", "10"],
          "count-countries-group": ["single-source", "10"]}),
        # a writer's sums ("if ... were to", "would mean") may agree, never dispute; "in the
        # 1980s" dates a share
        ({"a.txt": "If Europe's Nato members were to move from roughly 2% of GDP to 3%, it would "
                   "mean an extra 250bn euros a year.\n",
          "b.txt": "European allies spend 2% of GDP on defence. For them 3.5% of core spending "
                   "would mean finding two points of GDP.\n",
          "c.txt": "---\npublished: 2025-03-03\n---\nIn the 1980s, Britain spent about 4.5 per cent "
                   "of GDP on defence. Allies spend 2% of GDP on defence.\n"},
         {"money-defence-spending-eur": ["single-source", "€250 billion"],
          "percent-defence-spending": ["agreed", "2%"],
          "percent-defence-spending-earlier": ["single-source", "about 2%"],
          "percent-defence-spending-united-kingdom-in-1980s": ["single-source", "about 4.5%"]}),
        # "joined 17 other leaders" is eighteen; "Ireland, which like Belgium was absent,
        # spends" is Ireland's; "committed to raise that to 2.5%" with no year is a target,
        # which may agree, never dispute
        ({"a.txt": "Frederiksen joined 17 other leaders in London on Sunday.\n",
          "b.txt": "Eighteen leaders met in London.\n",
          "c.txt": "Ireland, which like Belgium was absent, spends about 0.2% of GDP on defence. "
                   "Belgium spends 1.3% of GDP on defence.\n",
          "d.txt": "Britain spends 2.3% of its economic output on defence and the government has "
                   "committed to raise that to 2.5%.\n",
          "e.txt": "Britain currently spends 2.3 per cent of GDP on defence.\n"},
         {"count-leaders": ["agreed", "18"],
          "percent-defence-spending-belgium": ["single-source", "1.3%"],
          "percent-defence-spending-ireland": ["single-source", "about 0.2%"],
          "percent-defence-spending-united-kingdom": ["agreed", "2.3%"]}),
        # a country's share, whatever is named beside it: an aside (", which borders Russia's
        # ally Belarus,"), a body's measure ("on NATO's definition"), a place among many ("the
        # alliance's top spender"), its capital as its government ("Madrid would spend")
        ({"a.txt": "---\npublished: 2025-06-26\n---\nPoland, which borders Ukraine and Russia's "
                   "ally Belarus, leads the alliance with 4.12 percent of GDP in 2024.\n",
          "b.txt": "---\npublished: 2025-06-26\n---\nPoland is the alliance's top spender, at 4.12 "
                   "percent of GDP in 2024.\n",
          "c.txt": "Germany spent 90.6bn euros on NATO's definition, or 2.12% of GDP.\n",
          "d.txt": "Sanchez said Madrid had obtained an exemption and would spend no more than 2.1% "
                   "of GDP.\n"},
         {"money-defence-spending-eur": ["single-source", "€90.6 billion"],
          "percent-defence-spending-germany": ["single-source", "2.12%"],
          "percent-defence-spending-poland-in-2024": ["agreed", "4.12%"],
          "percent-defence-spending-spain": ["single-source", "up to 2.1%"]}),
        # "two dozen" is 24; a value that fits a count set apart is that count's
        ({"a.txt": "13 leaders came to Kyiv. About two dozen other leaders joined by video.\n",
          "b.txt": "13 leaders travelled to Kyiv, and another 24 leaders joined online.\n",
          "c.txt": "Thirteen leaders arrived. Around two dozen more leaders took part online.\n",
          "d.txt": "A further 24 leaders joined, with 13 in Kyiv.\n"},
         {"count-leaders": ["agreed", "13"], "count-leaders-about-24": ["agreed", "24", "about 24"]}),
        # someone's demand ("wants", "urged", "demanded") may agree, never dispute: Trump's
        # 5% beside Macron's 3% to 3.5% is no dispute
        ({"a.txt": "Trump wants NATO allies to spend 5% of GDP on defence.\n",
          "b.txt": "Macron urged European governments to spend 3% to 3.5% of GDP on defence.\n",
          "c.txt": "Trump has demanded that allies raise defence spending to 5%.\n"},
         {"percent-defence-spending": ["agreed", "5%"]}),
        # (demands alone make no claim: "called in January for" is one)
        ({"a.txt": "Mr Trump called in January for allies to spend 5% of GDP on defence.\n",
          "b.txt": "Macron urged European governments to spend 3% to 3.5% of GDP on defence.\n"},
         {}),
        # a share after a verb of change is how much something changed; a share by a
        # fiscal year is that year's
        ({"a.txt": "Rheinmetall rose 14 per cent and BAE Systems 15 per cent as traders bet on "
                   "fatter defence budgets. Defence spending rose to 2.5% of GDP.\n",
          "b.txt": "Tokyo aims to lift defense-related spending to 2% of GDP by fiscal 2027.\n"},
         {"percent-defence-related-japan-by-2027": ["single-source", "2%"],
          "percent-defence-spending": ["single-source", "2.5%"]}),
        # a sum "agreed by the Group of Seven" is the G7's
        ({"a.txt": "The loan is Britain's contribution to a $50 billion loan program agreed by the "
                   "Group of Seven industrialized nations.\n",
          "b.txt": "It is the UK's share of the G7's $50bn loan scheme.\n"},
         {"money-loan-g7-usd": ["agreed", "$50 billion"]}),
        # a sum agreed in a month of another year is that year's, however long its name
        ({"a.txt": "---\npublished: 2025-03-03\n---\nThe loan forms the UK's share of the G7's $50 "
                   "billion Extraordinary Revenue Acceleration (ERA) scheme, agreed in June 2024.\n"},
         {"money-loan-g7-in-2024-usd": ["single-source", "$50 billion"]}),
        # a sum agreed in a month of another year is that year's
        ({"a.txt": "The £2.26bn loan is the UK's share of the G7's $50bn loan scheme agreed in "
                   "June 2024.\n",
          "b.txt": "Britain signed a £2.26 billion loan.\n"},
         {"money-loan": ["agreed", "£2.26 billion"],
          "money-loan-g7-in-2024-usd": ["single-source", "$50 billion"]}),
        # a condition inverted ("Were Paris to reach", "Had Spain signed up ... would have
        # needed") is a writer's sum, which may agree, never dispute; a count a sentence
        # looks back to ("Back then", "then had") is a count of then
        ({"a.txt": "European allies will spend 250 billion euros more on defence a year.\n",
          "b.txt": "European allies are to spend an extra 250bn euros a year on defence.\n",
          "c.txt": "Were Paris to reach 3.5% of core spending, its defence spending would be about "
                   "100 billion euros a year.\n",
          "d.txt": "Had Spain signed up, Madrid would have needed well over 40 billion euros a year "
                   "for defence spending.\n",
          "e.txt": "NATO's 32 members met. Back then, only three allies hit the mark, in an alliance "
                   "that counted 28 members.\n",
          "f.txt": "The leaders of NATO's 32 members agreed. NATO then had 28 members.\n",
          "g.txt": "NATO has 32 members.\n"},
         {"count-countries-nato": ["agreed", "32"],
          "count-countries-nato-earlier": ["agreed", "28"],
          "money-defence-spending-eur": ["agreed", "€250 billion", "more than €40 billion"],
          "percent-defence-spending": ["single-source", "3.5%"]}),
        # "$9B" is $9 billion (not "F-35B"); a preposition after the count's own noun ends
        # it ("thousands of sailors aboard the aircraft carrier" counts no aircraft);
        # "unveiled with Spain and six other countries" may be seven or eight: it may
        # agree, never dispute; the words after the next share are that share's ("3.5% on
        # the military itself and 1.5% on related infrastructure"); "is asking them to
        # spend", "pressed Starmer to set a date for hitting": demands
        ({"a.txt": "Carney announced $9 billion in new defence spending. Trump addressed "
                   "thousands of sailors aboard the aircraft carrier.\n",
          "b.txt": "Carney said $9B would go to new defence spending. Macron unveiled with Spain "
                   "and six other countries a levy.\n",
          "c.txt": "Eight countries launched the levy. The F-35B jets flew.\n",
          "d.txt": "Eight countries back the levy.\n",
          "e.txt": "Allies will spend 5% of GDP by 2035 - 3.5% on the military itself and 1.5% on "
                   "related infrastructure.\n",
          "f.txt": "Allies will spend 3.5% on core defence and 1.5% on defence-related "
                   "investment.\n",
          "g.txt": "Trump is asking them to spend 5% of GDP on defence. Badenoch pressed Starmer "
                   "to set a date for hitting 3 per cent of GDP on defence.\n"},
         {"count-countries": ["agreed", "8"],
          "money-defence-spending-usd": ["agreed", "$9 billion"],
          "percent-core-defence": ["single-source", "3.5%"],
          "percent-defence-related": ["agreed", "1.5%"],
          "percent-defence-spending": ["single-source", "3%"],
          "percent-defence-spending-by-2035": ["agreed", "5%"]}),
        # sums that different countries give are apart only where they would dispute:
        # Australia's $1.3 billion and Canada's $4.5 billion of military aid; a sum nobody
        # is said to give joins the giver whose sum it agrees with
        ({"a.txt": "Australia has committed $1.3 billion in military assistance to Ukraine.\n",
          "b.txt": "Australia has provided $1.3 billion in military aid to Ukraine.\n",
          "c.txt": "Canada has committed more than $4.5 billion in military aid.\n",
          "d.txt": "That includes more than $4.5 billion in military aid.\n",
          "e.txt": "Canada has given more than $4.5 billion in military aid.\n"},
         {"money-military-aid-usd-australia": ["agreed", "$1.3 billion"],
          "money-military-aid-usd-canada": ["agreed", "more than $4.5 billion"]}),
        # one giver, or givers whose sums agree: one claim, in which a wrong sum with no
        # giver disputes; "since ... February 2022" is no year of the sum
        ({"a.txt": "Britain pledged £1.6 billion for air defence missiles.\n",
          "b.txt": "A £1.6 billion deal for air defence missiles was signed.\n",
          "c.txt": "A £2.4 billion deal for air defence missiles was signed.\n",
          "d.txt": "Ukraine will receive £1.6 billion for air defence missiles.\n",
          "e.txt": "---\npublished: 2025-03-03\n---\nAustralia has committed more than $1.5 "
                   "billion in support to Ukraine since the invasion began in February 2022, "
                   "including $1.3 billion in military assistance.\n",
          "f.txt": "Australia has provided $1.3 billion in military aid to Ukraine.\n"},
         {"money-missiles": ["disputed", "£1.6 billion", "£2.4 billion"],
          "money-military-aid-usd": ["agreed", "$1.3 billion"]}),
        # a draft's terms are no fact: "would be capped at 600,000", "proposes limiting ...
        # to 800,000" may agree, never dispute
        ({"a.txt": "Ukraine's army would be capped at 600,000 troops under the US draft.\n",
          "b.txt": "Ukraine's military would be capped at 600,000 troops.\n",
          "c.txt": "The European version proposes limiting the armed forces to 800,000 troops "
                   "in peacetime.\n"},
         {"count-troops": ["agreed", "600,000"]}),
        # "a $5-billion share of the G7's loans" is a part; "one of four African countries
        # paired with Japanese cities" some of them: each may agree, never dispute
        ({"a.txt": "The G7 agreed $50 billion in loans to Ukraine.\n",
          "b.txt": "That includes a $5-billion share of the G7's $50 billion in loans.\n",
          "c.txt": "Leaders of 49 African countries attended. Tanzania is one of four African "
                   "countries paired with Japanese cities.\n",
          "d.txt": "Leaders from 49 African countries came to Yokohama.\n"},
         {"count-countries-african": ["agreed", "49"],
          "money-loan-g7-usd": ["agreed", "$50 billion"]}),
        # "the remaining 10 members" are some of them, and "five of them" a part; a lone
        # count far from the "54-member African Group" is no misstated 54
        ({"a.txt": "The council has 15 members. The remaining 10 members are elected.\n",
          "b.txt": "The council has 15 members.\n",
          "c.txt": "The 54-member African Group moved first. The council has 15 members.\n",
          "d.txt": "The 54-member African Group objected, and the council's 15 members met.\n",
          "e.txt": "The council has 15 members, five of them permanent members.\n"},
         {"count-countries": ["agreed", "15"],
          "count-countries-54": ["agreed", "54"]}),
        # "whose 15 members include five permanent members": some of them
        ({"a.txt": "The council has 15 members.\n",
          "b.txt": "The council, whose 15 members include five permanent members, met.\n"},
         {"count-countries": ["agreed", "15"]}),
        # Reuters' "bln" is a billion
        ({"a.txt": "- UK offers $3 bln in World Bank loan guarantees over three years\n",
          "b.txt": "Sunak announced $3 billion in World Bank loan guarantees.\n"},
         {"money-loan-world-bank-usd": ["agreed", "$3 billion"]}),
    ],
)
def test_figures(make_corpus, files, expected):
    assert claims_of(make_corpus, files) == expected


@pytest.mark.parametrize(
    ("files", "rules", "expected"),
    [
        # other summits' dates are no dates of this one
        ({"a.txt": "The summit in London on March 2 ended.\n",
          "b.txt": "The summit on Sunday was the second after Macron hosted a summit in Paris "
                   "on February 17.\n",
          "c.txt": "Von der Leyen will brief leaders at an emergency summit on Thursday, "
                   "March 6.\n"},
         LONDON, {"summit-date": ["agreed", "2025-03-02 (Sunday)"]}),
        # "after hosting" tells a past weekday: last Thursday, which disputes March 2
        ({"a.txt": "---\npublished: 2025-03-02\n---\nSpeaking after hosting a summit of European "
                   "leaders in London on Thursday, the prime minister said Europe must step up.\n",
          "b.txt": "The summit in London on March 2 ended.\n",
          "c.txt": "Leaders met at the summit in London on Sunday, March 2.\n"},
         parse_rules_text("event: {date: 2025-03-02, days: 1, timezone: Europe/London, "
                          "places: [London]}\n"),
         {"summit-date": ["disputed", "2025-03-02 (Sunday)", "2025-02-27 (Thursday)"]}),
        # ...as does a past verb after it in the sentence: last Sunday, not June 25
        ({"a.txt": "---\npublished: 2025-06-25\n---\nAt the summit in The Hague on Sunday, "
                   "leaders of the alliance said they would spend more.\n",
          "b.txt": "The summit in The Hague on June 25 ended.\n",
          "c.txt": "Leaders met at the summit in The Hague on Wednesday, June 25.\n"},
         BUILTIN, {"summit-date": ["disputed", "2025-06-25 (Wednesday)", "2025-06-22 (Sunday)"]}),
        # "held on Sunday" is done whatever "will" follows; "Friday's shouting match" is the
        # day of the match, not of the summit before it
        ({"a.txt": "The summit in London on March 2 ended.\n",
          "b.txt": "---\npublished: 2025-03-03\n---\nThey backed the plan at the summit held on "
                   "Sunday that will be tested in the weeks ahead.\n",
          "c.txt": "---\npublished: 2025-03-03\n---\nStarmer spoke after an emergency summit in "
                   "London that followed Friday's extraordinary shouting match in the Oval "
                   "Office.\n"},
         LONDON, {"summit-date": ["agreed", "2025-03-02 (Sunday)"]}),
        # what is promised lies ahead, whatever the tense of the promise
        ({"a.txt": "The summit in London on March 2 ended.\n",
          "b.txt": "---\npublished: 2025-03-02\n---\nShe said Europe must rearm, and promised a "
                   "plan at the EU summit on Thursday.\n",
          "c.txt": "---\npublished: 2025-03-02\n---\nShe will present a plan at an EU summit on "
                   "Thursday.\n"},
         LONDON, {"summit-date": ["single-source", "2025-03-02 (Sunday)"],
                  "summit-european-union-date": ["agreed", "2025-03-06 (Thursday)"]}),
        # a possessive weekday ("Thursday's EU summit") has no tense of its own: it may
        # agree, never dispute
        ({"a.txt": "The summit in London on March 2 ended.\n",
          "b.txt": "---\npublished: 2025-03-03\n---\nVon der Leyen said Europe must rearm, teeing "
                   "up Thursday's EU summit in Brussels.\n",
          "c.txt": "---\npublished: 2025-03-03\n---\nShe will present a plan at an EU summit on "
                   "Thursday.\n"},
         LONDON, {"summit-date": ["single-source", "2025-03-02 (Sunday)"],
                  "summit-european-union-date": ["single-source", "2025-03-06 (Thursday)"]}),
        # ...unless a verb in the past governs it: "who hosted Saturday's gathering"
        ({"a.txt": "The summit in London on March 2 ended.\n",
          "b.txt": "---\npublished: 2025-03-03\n---\nStarmer, who hosted Saturday's gathering at "
                   "Lancaster House, spoke.\n"},
         LONDON, {"summit-date": ["disputed", "2025-03-01 (Saturday)", "2025-03-02 (Sunday)"]}),
        # a time without its date is in daylight time when the article's date is
        ({"a.txt": "---\npublished: 2025-08-15\n---\nThe summit started at 3:30 p.m. ET.\n",
          "b.txt": "---\npublished: 2025-08-15\n---\nThe summit started at 7:30 p.m. GMT.\n"},
         BUILTIN, {"summit-start-time": ["agreed", "19:30 UTC"]}),
        # "on the eve of the summit", "the day before the summit": another day's event
        ({"a.txt": "The summit in London on March 2 ended.\n",
          "b.txt": "Talks on the eve of the summit on March 1 were tense.\n",
          "c.txt": "The loan was signed the day before the summit on March 1.\n"},
         LONDON, {"summit-date": ["single-source", "2025-03-02 (Sunday)"]}),
        # lines that only date the article are metadata
        ({"a.txt": "Summit ends without a deal\n\nUpdated 4:12 AM GMT+3, August 16, 2025\n\n"
                   "The summit ended on Friday.\n",
          "b.txt": "Summit ends\n\nPublished On 16 Aug 2025\n16 Aug 2025\n\n"
                   "The leaders held their summit on Friday in Anchorage.\n"},
         BUILTIN, {"summit-date": ["agreed", "2025-08-15 (Friday)"],
                   "summit-end-date": ["single-source", "2025-08-15 (Friday)"]}),
        # a wire dateline with a state is metadata too, and dates the article
        ({"a.txt": "ANCHORAGE, Alaska, Aug 15 (Reuters) - The summit opened on Friday.\n"},
         ALASKA, {"summit-start-date": ["single-source", "2025-08-15 (Friday)"],
                   "summit-date": ["single-source", "2025-08-15 (Friday)"]}),
        # without the event's zone a local time stays local; a zoned time in brackets wins
        ({"a.txt": "The summit started at 11.30am local time on Friday, August 15, 2025.\n",
          "b.txt": "The summit started at 11:30 a.m. local time (1930 GMT) on August 15, 2025.\n"},
         BUILTIN, {"summit-start-date": ["agreed", "2025-08-15 (Friday)"],
                   "summit-date": ["agreed", "2025-08-15 (Friday)"],
                   "summit-start-time-local": ["single-source", "2025-08-15 11:30 local time"],
                   # (a time's own date is read only from "on Friday" after it)
                   "summit-start-time": ["single-source", "19:30 UTC"]}),
        # "last Tuesday" looks back whatever the tense; the date of an announcement is its own
        ({"a.txt": "---\npublished: 2025-03-02\n---\nThe summit follows Sir Keir's announcement "
                   "last Tuesday that defence spending will rise.\n",
          "b.txt": "---\npublished: 2025-03-02\n---\nThe spending rise he announced last "
                   "Tuesday will be paid for by cutting aid. The summit was held on Sunday.\n"},
         LONDON, {"summit-date": ["single-source", "2025-03-02 (Sunday)"]}),
        # without the event's length in the rules, a body's summit may last days as the
        # event may: Tuesday and Wednesday agree, a week later does not
        ({"a.txt": "---\npublished: 2025-06-25\n---\nAt the NATO summit in The Hague on Tuesday and "
                   "Wednesday, allies agreed to raise spending.\n",
          "b.txt": "The NATO summit in The Hague ended on 25 June 2025.\n",
          "c.txt": "---\npublished: 2025-06-25\n---\nThe NATO summit opened yesterday.\n"},
         BUILTIN, {"summit-nato-date": ["agreed", "2025-06-24 (Tuesday)", "2025-06-25 (Wednesday)"],
                   "summit-nato-end-date": ["single-source", "2025-06-25 (Wednesday)"],
                   "summit-nato-start-date": ["single-source", "2025-06-24 (Tuesday)"]}),
        # without the event's date in the rules, a summit (and a count of its leaders) weeks
        # from an article's own date is another one
        ({"a.txt": "---\npublished: 2025-03-27\n---\nMacron hosted about 30 leaders at the "
                   "summit at the Elysee Palace on Thursday.\n",
          "b.txt": "---\npublished: 2025-03-28\n---\nStarmer, who hosted a summit of 18 leaders "
                   "at Lancaster House in London on March 2, spoke. The first meeting was a summit "
                   "in Paris on February 17. The summit in Paris on March 27 ended.\n"},
         BUILTIN, {"summit-date": ["agreed", "2025-03-27 (Thursday)"],
                   "count-leaders": ["single-source", "about 30"]}),
        # without the event in the rules, a summit (and a count of its leaders) days from the
        # article's date in another place than it reports from is another one; an address
        # "by" someone on a day is that address's day
        ({"a.txt": "---\npublished: 2025-03-06\n---\nBRUSSELS, March 6 (Reuters) - EU leaders met "
                   "at a special summit on Thursday. It came four days after the London summit "
                   "hosted by Keir Starmer at Lancaster House on Sunday, attended by 18 leaders. "
                   "The summit followed a televised address by French President Emmanuel Macron "
                   "on Wednesday evening.\n",
          "b.txt": "---\npublished: 2025-03-07\n---\nEuropean Union leaders meeting in Brussels on "
                   "Thursday backed the plan. The summit followed a meeting of 18 leaders hosted "
                   "by Keir Starmer at Lancaster House in London last Sunday. The text was "
                   "\"firmly supported by 26 heads of state or government\".\n"},
         BUILTIN, {"summit-date": ["agreed", "2025-03-06 (Thursday)"],
                   "count-leaders": ["single-source", "26"],
                   "france-president": ["single-source", "Emmanuel Macron"]}),
        # times in brackets after a time are the same moment elsewhere, and name no topic;
        # a date "following" something, or of an update to MPs "on the outcome of the
        # summit", or of a request "for comment", is no date of the summit
        ({"a.txt": "---\npublished: 2025-03-02\n---\nThe summit, which began at 1pm GMT (2pm CET, 3pm "
                   "in Kyiv and 8am in Washington), came two days after the Oval Office row.\n",
          "b.txt": "---\npublished: 2025-03-03\n---\nSir Keir is due to update MPs in the Commons "
                   "today on the outcome of the summit. Leaders met in London on Sunday following "
                   "the Oval Office meeting. Newsweek reached out to the White House for comment "
                   "via email on Monday. The summit started at 13:00 GMT on Sunday.\n"},
         BUILTIN, {"summit-date": ["single-source", "2025-03-02 (Sunday)"],
                   "summit-start-date": ["single-source", "2025-03-02 (Sunday)"],
                   "summit-start-time": ["agreed", "13:00 UTC", "2025-03-02 13:00 UTC"]}),
        # a venue ("at the Huis ten Bosch palace") is no other place than the city the
        # article reports from: a weekday moved there still disputes
        ({"a.txt": "---\npublished: 2025-06-25\n---\nTHE HAGUE (AP) - The summit started on "
                   "Saturday with a dinner at the Huis ten Bosch palace.\n",
          "b.txt": "---\npublished: 2025-06-25\n---\nThe summit in The Hague started on "
                   "Tuesday.\n"},
         BUILTIN, {"summit-start-date": ["disputed", "2025-06-21 (Saturday)",
                                         "2025-06-24 (Tuesday)"]}),
        # a span of days is read from its first day with the year after it; a summit after
        # another year ("will host the 2026 summit") is another edition
        ({"a.txt": "---\npublished: 2025-11-25\n---\nLula, whose country hosted the previous "
                   "summit in Rio de Janeiro on Nov. 18-19, 2024, attended. The US takes over the "
                   "presidency on Dec. 1 and will host the 2026 summit.\n",
          "b.txt": "---\npublished: 2025-11-24\n---\nThe summit in Johannesburg on Nov. 22-23 "
                   "ended with a declaration.\n",
          "c.txt": "---\npublished: 2025-11-23\n---\nLeaders met at the summit on Saturday.\n"},
         BUILTIN, {"summit-date": ["agreed", "2025-11-22 (Saturday)"]}),
        # the day a summit was first set for, then moved from, is not its day
        ({"a.txt": "---\npublished: 2025-03-05\n---\nThe summit had originally been scheduled "
                   "for Feb. 27 but was postponed. Arab leaders met at the summit in Cairo on "
                   "Tuesday.\n",
          "b.txt": "Arab leaders met at the summit in Cairo on March 4, 2025.\n"},
         BUILTIN, {"summit-date": ["agreed", "2025-03-04 (Tuesday)"]}),
        # a dateline in capitals, and one after the byline, date the articles
        ({"a.txt": "CNBC | TECH\n\nHarris announces institute\n\nPUBLISHED WED, NOV 1 2023 10:58 AM "
                   "EDT\n\nHarris is set to attend the summit in person on Thursday.\n",
          "b.txt": "Natalie Moreau @nmoreau / 11:15 AM PDT \u2022 November 3, 2023\n\nLeaders met "
                   "at the summit on Thursday.\n"},
         BUILTIN, {"summit-date": ["agreed", "2023-11-02 (Thursday)"]}),
        # "told the summit on Wednesday that ... would": told then, whatever it looks ahead to
        ({"a.txt": "---\npublished: 2023-11-04\n---\nRaimondo told the summit on Wednesday that "
                   "the institutes would co-operate.\n",
          "b.txt": "Leaders met at the summit on November 1, 2023.\n"},
         BUILTIN, {"summit-date": ["agreed", "2023-11-01 (Wednesday)"]}),
        # a summit of two named parties is theirs ("China-EU" is "EU-China"); "the summit"
        # stays apart
        ({"a.txt": "---\npublished: 2025-07-25\n---\nThey flew in from Tokyo, where they held "
                   "an EU-Japan summit on Wednesday.\n",
          "b.txt": "---\npublished: 2025-07-25\n---\nLeaders met at the summit in Beijing on "
                   "Thursday.\n",
          "c.txt": "The EU-China summit took place in Beijing on July 24, 2025.\n",
          "d.txt": "The China-EU summit took place in Beijing on July 24, 2025.\n"},
         BUILTIN, {"summit-china-european-union-date": ["agreed", "2025-07-24 (Thursday)"],
                   "summit-date": ["single-source", "2025-07-24 (Thursday)"],
                   "summit-european-union-japan-date": ["single-source", "2025-07-23 (Wednesday)"]}),
        # a newsletter's own today, a market's day and a press briefing's are not the
        # summit's
        ({"a.txt": "---\npublished: 2025-03-04\n---\nToday I look at what the London summit means "
                   "for the EU.\n\nEuropean defence shares had their best day in years on Monday "
                   "as investors bet the London summit will mean bigger budgets.\n\nA spokesman "
                   "told a regular press briefing on Monday that the summit was useful.\n",
          "b.txt": "Leaders met at the summit in London on Sunday, March 2, 2025.\n"},
         BUILTIN, {"summit-date": ["single-source", "2025-03-02 (Sunday)"]}),
        # a weekday with its date after "on", and a time's own date after it
        ({"a.txt": "---\npublished: 2024-11-26\n---\nThe deal came 33 hours after the summit was "
                   "scheduled to close at 18:00 local time on Friday 22 November.\n"},
         BUILTIN, {"summit-date": ["single-source", "2024-11-22 (Friday)"],
                   "summit-time-local": ["single-source", "2024-11-22 18:00 local time"]}),
    ],
)
def test_dates(make_corpus, files, rules, expected):
    assert claims_of(make_corpus, files, rules) == expected


LONDON_PLACES = parse_rules_text(
    "event: {date: 2025-03-02, days: 1, timezone: Europe/London, places: [London, Lancaster House]}\n")
SUMMIT_SUNDAY = "The London summit was held at Lancaster House on March 2.\n"


def test_a_summit_of_a_bodys_leaders_is_that_bodys_summit(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": SUMMIT_SUNDAY,
        "b.txt": "She promised to present a plan at an emergency summit of E.U. leaders on March 6.\n",
        "c.txt": "She will brief the 27-member EU's leaders at an emergency summit in Brussels on "
                 "Thursday, March 6.\n",
        "d.txt": "Macron hosted an emergency summit in Paris on February 17.\n"}, LONDON_PLACES)
    assert claims["summit-european-union-date"] == ["agreed", "2025-03-06 (Thursday)"]
    assert claims["summit-date"] == ["single-source", "2025-03-02 (Sunday)"]


def test_with_the_event_in_the_rules_a_moved_summit_date_joins_no_other_summit(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": SUMMIT_SUNDAY,
        "b.txt": "She will present a plan at an EU summit in Brussels on Thursday, March 6.\n",
        "c.txt": "Starmer hosted the summit at Lancaster House on March 6.\n",
        "d.txt": "The summit in London on March 2 ended.\n"}, LONDON_PLACES)
    assert claims["summit-date"] == ["disputed", "2025-03-02 (Sunday)", "2025-03-06 (Thursday)"]
    assert claims["summit-european-union-date"] == ["single-source", "2025-03-06 (Thursday)"]


@pytest.mark.parametrize(
    ("line", "rules", "expected"),
    [
        # a date days away from the event, in the event's place: a dispute an editor must see
        # (one source each: the values are in date order)
        ("The summit concluded in the British capital on Thursday.", LONDON_PLACES,
         ["disputed", "2025-02-27 (Thursday)", "2025-03-02 (Sunday)"]),
        ("The summit took place on March 6.", LONDON_PLACES,
         ["disputed", "2025-03-02 (Sunday)", "2025-03-06 (Thursday)"]),
        # ... in another place: another summit, no claim
        ("She will present it at an emergency summit in Brussels on Thursday, March 6.",
         LONDON_PLACES, ["single-source", "2025-03-02 (Sunday)"]),
        ("Macron hosted an emergency summit in Paris on February 17.", LONDON_PLACES,
         ["single-source", "2025-03-02 (Sunday)"]),
        # ... or of a body's leaders: that body's summit
        ("She promised to present a plan at an emergency summit of E.U. leaders on March 6.",
         LONDON_PLACES, ["single-source", "2025-03-02 (Sunday)"]),
        ("She will brief the bloc's 27 leaders at a summit on March 6.", LONDON_PLACES,
         ["single-source", "2025-03-02 (Sunday)"]),
        ("The summit of European leaders took place on March 6.", LONDON_PLACES,
         ["disputed", "2025-03-02 (Sunday)", "2025-03-06 (Thursday)"]),
        # without places in the rules, any date days away is taken for another summit
        ("The summit took place on March 6.", LONDON, ["single-source", "2025-03-02 (Sunday)"]),
    ],
)
def test_a_date_days_from_the_event_is_another_summit_only_elsewhere_or_of_a_body(
        make_corpus, line, rules, expected):
    claims = claims_of(make_corpus, {"a.txt": SUMMIT_SUNDAY, "b.txt": line + "\n"}, rules)
    assert claims["summit-date"] == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # those who signed a text are a count of their own, fewer than those who came
        ({"a.txt": "Delegations from 92 countries attended the summit.\n",
          "b.txt": "The final communique was backed by 80 countries.\n",
          "c.txt": "The summit drew 92 countries. Eighty countries signed the final communique.\n"},
         {"count-countries": ["agreed", "92"], "count-countries-signing": ["agreed", "80"]}),
        # ...and so are those invited ("invited Finland": the allies invite, they are not invited)
        ({"a.txt": "Rama had invited 47 leaders to the summit.\n",
          "b.txt": "44 leaders attended the summit.\n",
          "c.txt": "In total, 47 leaders were invited.\n",
          "d.txt": "The 30 allies formally invited Finland to join.\n"},
         {"count-countries": ["single-source", "30"], "count-leaders": ["single-source", "44"],
          "count-leaders-invited": ["agreed", "47"]}),
        # drones are the count of the side that fired them
        ({"a.txt": "Russia launched 126 drones at Ukraine overnight.\n",
          "b.txt": "Ukraine launched 337 drones at Russia, Moscow said.\n",
          "c.txt": "Russia attacked Ukraine with 126 drones.\n",
          "d.txt": "Russia's defence ministry said it destroyed 337 Ukrainian drones.\n"},
         {"count-drones-russia": ["agreed", "126"], "count-drones-ukraine": ["agreed", "337"]}),
        # a trip's stops are no meeting's members; those something was sent to only corroborate
        ({"a.txt": "Brazil is the fourth leg of his five-nation tour.\n",
          "b.txt": "Trump sent letters to 14 countries on Monday.\n",
          "c.txt": "The summit drew 11 countries.\n",
          "d.txt": "He is on a tour of five countries.\n"},
         {"count-countries": ["single-source", "11"]}),
        # "members of the Swiss armed forces" are not Switzerland's members
        ({"a.txt": "Up to 4,000 members of the Swiss armed forces guard the resort.\n",
          "b.txt": "Delegations from 92 countries attended.\n"},
         {"count-countries": ["single-source", "92"]}),
        # a part of a sum ("including", a breakdown between dashes) only corroborates
        ({"a.txt": "The plan aims to mobilise up to \u20ac800 billion, including \u20ac150 billion in "
                   "loans to member states.\n",
          "b.txt": "The EU's \u20ac6 billion Growth Plan \u2013 \u20ac2 billion in grants and \u20ac4 "
                   "billion in loans \u2013 will help.\n"},
         {}),
        # "the same four leaders" refers back
        ({"a.txt": "In Tirana, the same four leaders spoke by phone with Trump.\n",
          "b.txt": "More than 40 leaders attended the summit.\n"},
         {"count-leaders": ["single-source", "more than 40"]}),
        # a share weighed against another ("2.5% is above NATO's guideline") is one named before
        ({"a.txt": "Starmer pledged to raise UK defence spending to 2.5% of GDP by 2027.\n",
          "b.txt": "The 2.5% figure is above NATO's guideline that members spend at least 2% of GDP "
                   "on defence.\n",
          "c.txt": "Yet 2.5% is only modestly above NATO's guideline of 2% of GDP.\n"},
         {"percent-defence-spending": ["agreed", "2%", "at least 2%"],
          "percent-defence-spending-united-kingdom-by-2027": ["single-source", "2.5%"]}),
        # "the bloc" is the last body news calls so, BRICS here, not the EU; a body's
        # members are written "BRICS now has 11"
        ({"a.txt": "The BRICS grouping now has 11 full members. The bloc also has 10 partner "
                   "countries.\n",
          "b.txt": "BRICS now has 11 full members.\n"},
         {"count-countries-brics": ["agreed", "11"],
          "count-countries-partner-bloc": ["single-source", "10"]}),
        # news calls APEC "the bloc" too
        ({"a.txt": "The 30th Apec Economic Leaders' Meeting, which brings together the bloc's 21 "
                   "member economies, takes place on Thursday.\n"},
         {"count-countries-apec": ["single-source", "21"]}),
        ({"a.txt": "EU leaders met in Brussels. The bloc's 27 leaders agreed.\n",
          "b.txt": "The 27 EU leaders agreed.\n"},
         {"count-leaders-european-union": ["agreed", "27"]}),
        # a body's members ("The G20 groups 19 countries"); no country's ("members of the
        # armed forces"); a share of two topics at once is no share of either
        ({"a.txt": "The G20 groups 19 countries, the European Union and the African Union.\n",
          "b.txt": "The alliance counted 81 countries at launch.\n"},
         {"count-countries": ["single-source", "81"], "count-countries-g20": ["single-source", "19"]}),
        ({"a.txt": "About 1,300 members of the armed forces and 120 horses took part.\n",
          "b.txt": "All 32 members of the alliance agreed.\n"},
         {"count-countries": ["single-source", "32"]}),
        ({"a.txt": "Allies commit to invest 5% of GDP annually on core defence requirements and "
                   "defence- and security-related spending.\n",
          "b.txt": "Allies agreed to spend 3.5% on core defence.\n"},
         {"percent-core-defence": ["single-source", "3.5%"]}),
        # a name written family name first is the same person
        ({"a.txt": "Japanese Prime Minister Fumio Kishida attended.\n",
          "b.txt": "Japanese Prime Minister Kishida Fumio said little.\n"},
         {"japan-prime-minister": ["agreed", "Fumio Kishida"]}),
    ],
)
def test_figures_and_names_of_other_things(make_corpus, files, expected):
    assert claims_of(make_corpus, files) == expected


PUBLISHED_SUNDAY = "---\npublished: 2024-09-22\n---\n"


@pytest.mark.parametrize(
    "line",
    [
        # "of that year": a day of a year written before, not this one
        "He hosted the first in-person summit at the White House on Sept. 24 of that year, "
        "after a virtual one on March 12, 2021.",
        # a community's gathering is another event than the summit
        "Modi is scheduled to address a large Indian American gathering on Long Island on Sunday.",
    ],
)
def test_dates_of_other_things(make_corpus, line):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED_SUNDAY + "The summit was held at Archmere on Sept. 21.\n",
        "b.txt": PUBLISHED_SUNDAY + line + "\n"})
    assert claims == {"summit-date": ["single-source", "2024-09-21 (Saturday)"]}


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # "the summit continues on Friday", written on Thursday, looks ahead
        ({"a.txt": "---\npublished: 2025-11-06\n---\nThe leaders' summit continues on Friday.\n",
          "b.txt": "---\npublished: 2025-11-07\n---\nThe summit ended on Friday.\n"},
         {"summit-date": ["agreed", "2025-11-07 (Friday)"],
          "summit-end-date": ["single-source", "2025-11-07 (Friday)"]}),
        # "...ahead of the summit and on Thursday signed": done then
        ({"a.txt": "---\npublished: 2023-05-19\n---\nSunak arrived in Japan ahead of the summit "
                   "and on Thursday signed a defence accord with Kishida.\n",
          "b.txt": "---\npublished: 2023-05-20\n---\nThe summit opened on Friday.\n"},
         {"summit-date": ["agreed", "2023-05-18 (Thursday)", "2023-05-19 (Friday)"],
          "summit-start-date": ["single-source", "2023-05-19 (Friday)"]}),
        # "a summit of the Arab League" is that body's, however near
        ({"a.txt": "---\npublished: 2023-05-22\n---\nLeaders met at the summit in Hiroshima on "
                   "Sunday.\n",
          "b.txt": "---\npublished: 2023-05-22\n---\nHe flew in from Jeddah, where he attended a "
                   "summit of the Arab League on Thursday.\n"},
         {"summit-arab-league-date": ["single-source", "2023-05-18 (Thursday)"],
          "summit-date": ["single-source", "2023-05-21 (Sunday)"]}),
        # a wire dateline without its place dates the article ("opens on Tuesday" is then
        # the day it was written, not a week on)
        ({"a.txt": "June 24 (Reuters) - The summit opens on Tuesday evening with a dinner.\n",
          "b.txt": "---\npublished: 2025-06-25\n---\nThe summit opened on Tuesday evening.\n"},
         {"summit-date": ["agreed", "2025-06-24 (Tuesday)"],
          "summit-start-date": ["agreed", "2025-06-24 (Tuesday)"]}),
        # "likely to dominate Thursday's summit", "looked forward to a summit on Thursday",
        # written on Tuesday, look ahead
        ({"a.txt": "---\npublished: 2025-07-08\n---\nMigration is likely to dominate Thursday's "
                   "summit. A spokesperson said the prime minister looked forward to \"a "
                   "substantive summit on Thursday\".\n",
          "b.txt": "---\npublished: 2025-07-10\n---\nThe summit took place on Thursday.\n"},
         {"summit-date": ["agreed", "2025-07-10 (Thursday)"]}),
    ],
)
def test_dates_as_written_ahead_or_done(make_corpus, files, expected):
    assert claims_of(make_corpus, files) == expected


def test_a_live_blog_entry_speaks_from_its_stamps_day(make_corpus):
    blog = ("---\npublished: 2025-03-02T08:55:00Z\n---\n# Ukraine live\n\n"
            "**Tom Watling** \u2014 3 March 2025 08:10\n\n"
            "Yesterday Sir Keir Starmer hosted 18 leaders at the summit at Lancaster House.\n\n"
            "**Tom Watling** \u2014 3 March 2025 07:30\n\nZelensky met the King.\n\n"
            "**Alex Croft** \u2014 2 March 2025 19:40\n\nThe summit ended this afternoon.\n")
    claims = claims_of(make_corpus, {"blog.md": blog, "b.txt": "The summit took place on March 2, 2025.\n"})
    assert claims["summit-date"] == ["agreed", "2025-03-02 (Sunday)"]


def test_a_bodys_leaders_meeting_elsewhere_the_next_day_is_that_bodys_summit(make_corpus):
    # the day after the London summit, in Brussels: the EU's summit, moved from its Thursday
    published = "---\npublished: 2025-03-03\n---\n"
    claims = claims_of(make_corpus, {
        "a.txt": published + "EU leaders will meet for a special summit in Brussels on Monday, chaired "
                             "by Mr Costa.\n",
        "b.txt": published + "EU leaders will meet for a special summit in Brussels on Thursday.\n",
        "c.txt": published + "An emergency EU summit is due on Thursday, March 6.\n"}, LONDON_PLACES)
    assert claims == {"summit-european-union-date": ["disputed", "2025-03-06 (Thursday)",
                                                     "2025-03-03 (Monday)"]}


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a correction note quotes the wrong value it mends
        ({"a.txt": "Starmer hosted 18 leaders at the summit.\n\nCorrection 2 March: An earlier "
                   "version of this article said 19 leaders attended; there were 18.\n",
          "b.txt": "18 leaders attended the summit.\n\n(Corrects paragraph 2 to show 18 leaders, not "
                   "19 leaders)\n"},
         {"count-leaders": ["agreed", "18"]}),
        # "then-" of another sentence's office is not this one's
        ({"a.txt": "It was the first such meeting since 2015, when Putin met then-President Barack "
                   "Obama. Ukrainian President Volodymyr Zelensky was not invited.\n",
          "b.txt": "Ukrainian President Volodymyr Zelensky spoke.\n"},
         {"ukraine-president": ["agreed", "Volodymyr Zelensky"]}),
        # the allies a sentence names one by one are some of them
        ({"a.txt": "The United States and four allies, Germany, the Netherlands, Romania and Italy, "
                   "will send air defences.\n",
          "b.txt": "NATO's 32 members met.\n", "c.txt": "All 32 allies agreed.\n"},
         {"count-countries-nato": ["agreed", "32"]}),
        # a count the cue gives a body ("21 APEC member economies") is the count written
        # without it, and one that differs from most of those disputes it
        ({"a.txt": "Leaders of the 21 APEC member economies met.\n",
          "b.txt": "The 21 member economies adopted a declaration.\n",
          "c.txt": "The 21 member economies met on Friday.\n",
          "d.txt": "The 32 member economies met.\n"},
         {"count-countries-apec": ["disputed", "21", "32"]}),
    ],
)
def test_notes_lists_and_counts_a_body_names(make_corpus, files, expected):
    assert claims_of(make_corpus, files) == expected


LONDON_RULES = load_rules(ROOT / "rules.yaml")
PUBLISHED_MARCH_2 = "---\npublished: 2025-03-02\n---\n"


@pytest.mark.parametrize(
    "line",
    [
        # planned before Friday's scene: the Friday before, not the one after
        "The gathering was planned before Friday's extraordinary scene in the Oval Office.",
        # Macron's own visit, with "Feb. 17" in between
        "Macron hosted an emergency meeting of European leaders in Paris on Feb. 17 and visited "
        "Trump at the White House on Feb. 24.",
        # the prime minister's own visit, written with "to meet" or "held talks"
        "Mr Starmer had flown to Washington to meet Mr Trump at the White House last Thursday.",
        "Starmer had held talks with US President Donald Trump at the White House on Thursday "
        "27 February.",
        "Starmer, who met Trump in Washington on Thursday, spoke to him on Saturday night.",
        # an interviewer to the prime minister, of his own visit
        "KUENSSBERG: But you were in the White House only on Thursday, you handed over the "
        "King's letter.",
        # the prime minister's own words
        "When I was at the White House on Thursday, I was clear with President Trump.",
    ],
)
def test_the_white_house_meeting_in_londons_rules(make_corpus, line):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED_MARCH_2 + line + "\n",
        "b.txt": PUBLISHED_MARCH_2 + "Trump and Zelensky clashed in the Oval Office on Friday, "
                                     "February 28.\n"}, LONDON_RULES)
    assert claims["white-house-meeting-date"][0] != "disputed"
    assert claims["white-house-meeting-date"][1] == "2025-02-28 (Friday)"


def test_within_a_decade_counts_from_a_month_and_year_too(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "---\npublished: 2025-06-25\n---\nSince the Wales summit of September 2014, when allies "
                 "pledged to move towards spending 2% of GDP on defence within a decade, much has "
                 "changed.\n",
        "b.txt": "---\npublished: 2025-06-25\n---\nAllies agreed to spend 5% of GDP on defence by 2035.\n"})
    assert claims == {"percent-defence-spending-by-2024": ["single-source", "2%"],
                      "percent-defence-spending-by-2035": ["single-source", "5%"]}


def test_a_live_blogs_day_headings_date_its_entries(make_corpus):
    # stamps of the time only ("Posted at 09:20") under headings of the day
    blog = ("---\npublished: 2025-06-24T08:00:00Z\n---\n# Nato summit live\n\n"
            "Friday 27 June\n\nPosted at 09:20\nThe summit ended yesterday with a short declaration.\n\n"
            "Wednesday 25 June\n\nPosted at 10:00\nLeaders arrive for the session.\n\n"
            "Tuesday 24 June\n\nPosted at 21:15\nA royal dinner opened the visit.\n")
    claims = claims_of(make_corpus, {
        "blog.txt": blog,
        "b.txt": "---\npublished: 2025-06-27\n---\nThe summit ended on Thursday, June 26.\n"})
    assert [c for c, v in claims.items() if v[0] == "disputed"] == []
    assert "2025-06-26 (Thursday)" in claims["summit-end-date"]


def test_a_broad_figure_joins_the_value_most_sources_give_a_disputed_target(make_corpus):
    target = "Allies agreed to spend 5% of GDP on defence by 2035.\n"
    claims = claims_of(make_corpus, {
        "a.txt": target, "b.txt": target, "c.txt": target,
        "d.txt": "Allies agreed to spend 8% of GDP on defence by 2035.\n",
        "e.txt": "Allies agreed to raise defence spending to 5% of GDP.\n",
        "f.txt": "Allies agreed to raise defence spending to 5% of GDP.\n",
        "g.txt": "Allies once spent 2% of GDP on defence.\n"})
    # the odd one out is the target's own; the broad "5%" is no dispute with the "2%"
    assert claims["percent-defence-spending-by-2035"] == ["disputed", "5%", "8%"]
    assert claims.get("percent-defence-spending", ["none"])[0] != "disputed"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # the UK's loan and the EU's loans, seventy times apart: two things, each agreed (an
        # inferred sum goes with the one nearest its size)
        ({"a.txt": "Britain signed a £2.26 billion loan.\n",
          "b.txt": "The UK's £2.26bn loan was signed.\n",
          "c.txt": "The EU plan includes €150 billion in loans to member states.\n",
          "d.txt": "The €150bn in loans will be raised on markets. If all of it were lent, it "
                   "would mean about €160bn in loans.\n"},
         {"money-loan": ["agreed", "£2.26 billion"],
          "money-loan-150-billion": ["agreed", "€150 billion", "about €160 billion"]}),
        # the same digits a thousand times apart are a slip, disputed
        ({"a.txt": "Britain signed a £2.26 billion loan.\n",
          "b.txt": "The UK's £2.26bn loan was signed.\n",
          "c.txt": "Britain signed a £2.26 million loan.\n"},
         {"money-loan": ["disputed", "£2.26 billion", "£2.26 million"]}),
        # a planted sum three times too big is no other thing
        ({"a.txt": "Britain signed a £2.26 billion loan.\n",
          "b.txt": "The UK's £2.26bn loan was signed.\n",
          "c.txt": "Britain signed a £6.8 billion loan.\n"},
         {"money-loan": ["disputed", "£2.26 billion", "£6.8 billion"]}),
        # counts too: the troops Russia massed and the soldiers Switzerland called up
        ({"a.txt": "In April Russia massed about 100,000 troops near Ukraine's border.\n",
          "b.txt": "Russia had massed about 100,000 troops near the Ukrainian border.\n",
          "c.txt": "Switzerland mobilised up to 1,000 soldiers for the summit.\n"},
         {"count-troops": ["agreed", "about 100,000"],
          "count-troops-up-to-1-000": ["single-source", "up to 1,000"]}),
        # ... and a count planted three times too big is still disputed
        ({"a.txt": "The alliance has 32 members.\n", "b.txt": "The alliance has 32 members.\n",
          "c.txt": "The alliance has 96 members.\n"},
         {"count-countries-nato": ["disputed", "32", "96"]}),
    ],
)
def test_sums_far_apart_are_different_things(make_corpus, files, expected):
    assert claims_of(make_corpus, files, LONDON_RULES) == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a treaty's threshold is a condition, not how many have ratified it
        ({"a.txt": "The treaty has been ratified by 49 countries and the European Union.\n",
          "b.txt": "So far 49 countries have ratified the High Seas Treaty.\n",
          "c.txt": "It will enter into force once 60 countries have ratified it. Until then, "
                   "49 countries have ratified it.\n"},
         {"count-countries": ["agreed", "49"]}),
        # the dead are a toll of their own, however the sentence names them
        ({"a.txt": "Putin said 6,000 to 8,000 Ukrainian troops were encircled.\n",
          "b.txt": "Up to 8,000 Ukrainian troops were trapped at Debaltseve.\n",
          "c.txt": "Lysenko said eight Ukrainian soldiers had been killed in 24 hours.\n",
          "d.txt": "A clash killed 20 Indian soldiers and at least four Chinese troops.\n",
          "e.txt": "In the clash, 20 Indian soldiers and four Chinese soldiers were killed.\n"},
         {"count-troops-ukraine": ["agreed", "8,000", "up to 8,000"],
          "count-troops-ukraine-killed": ["single-source", "8"],
          "count-troops-india-killed": ["agreed", "20"],
          "count-troops-china-killed": ["agreed", "4", "at least 4"]}),
    ],
)
def test_conditions_and_tolls_are_no_count_of_members(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


PUBLISHED = "---\npublished: {}\n---\n"


@pytest.mark.parametrize(
    "other",
    [
        # a meeting's side events, held before it
        "The summit was preceded by the Summit of the Future Action Days on Friday and Saturday.\n",
        "The summit drew 100 leaders and was preceded by side events on Friday.\n",
        # another kind of summit, in another city
        "Macron and Merz, who were in the Brazilian city of Belem for a climate summit on "
        "Thursday, did not come.\n",
        # the day a topic was put on the summit's agenda
        "Macron pushed the fires onto the summit agenda on Thursday.\n",
        # the UN General Assembly's week, after a summit held before it
        "The summit ends on Sunday, and the high-level week begins on Thursday.\n",
    ],
)
def test_dates_of_other_events_beside_the_summit_do_not_dispute_it(make_corpus, other):
    day = "The summit was held in {} on Sunday.\n"
    top = PUBLISHED.format("2025-11-09")
    dateline = "SANTA MARTA, Colombia -- "
    files = {"a.txt": top + dateline + day.format("Santa Marta"),
             "b.txt": top + day.format("Santa Marta"),
             "c.txt": top + dateline + other}
    claims = claims_of(make_corpus, files)
    assert claims["summit-date"][:2] == ["agreed", "2025-11-09 (Sunday)"]
    # no other day, in any claim of the summit (its start, its end)
    assert {v for c, (_, *values) in claims.items() if c.startswith("summit-") for v in values} == {
        "2025-11-09 (Sunday)"}


def test_a_present_tense_start_looks_ahead(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2025-06-23") + "NATO's summit, which opens Tuesday, will be short.\n",
        "b.txt": PUBLISHED.format("2025-06-23") + "The NATO summit begins on Tuesday.\n"})
    assert claims["summit-nato-date"][:2] == ["agreed", "2025-06-24 (Tuesday)"]


def test_a_body_named_with_digits_qualifies_its_summit(make_corpus):
    # "the G7 summit" is the G7's, as "the NATO summit" is NATO's
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2023-05-19") + "The G7 summit in Hiroshima opens today.\n",
        "b.txt": PUBLISHED.format("2023-05-19") + "The G20 summit opened today in Osaka.\n"})
    assert claims["summit-g7-start-date"] == ["single-source", "2023-05-19 (Friday)"]
    assert claims["summit-g20-start-date"] == ["single-source", "2023-05-19 (Friday)"]
    assert "summit-start-date" not in claims


@pytest.mark.parametrize(
    "other",
    [
        # an election's days, in the plural
        "She came to the summit strengthened by the European elections of 26-27 June.\n",
        # a journey's day
        "Xi arrived in Osaka on Tuesday for the summit.\n",
        # what was done after the summit
        "He flew to Seoul after the summit and held talks with Moon on Tuesday.\n",
    ],
)
def test_days_of_elections_and_journeys_are_not_the_summits(make_corpus, other):
    day = "The G20 summit was held in Osaka on Saturday.\n"
    top = PUBLISHED.format("2019-06-29")
    claims = claims_of(make_corpus, {"a.txt": top + day, "b.txt": top + day, "c.txt": top + other})
    assert {v for c, (_, *values) in claims.items() if c.startswith("summit") for v in values} == {
        "2019-06-29 (Saturday)"}


def test_runs_until_is_the_end_and_looks_ahead(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2019-08-24") + "A dinner opens the G7 summit, which runs until Monday.\n",
        "b.txt": PUBLISHED.format("2019-08-27") + "The G7 summit ended on Monday.\n"})
    assert claims["summit-g7-end-date"] == ["agreed", "2019-08-26 (Monday)"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a vote's tally is some of the members, not how many there are
        ({"a.txt": "All 46 member states were represented at the summit.\n",
          "b.txt": "Leaders of the 46 member states met in Reykjavik.\n",
          "c.txt": "The resolution was supported by 94 states, 14 voted against and 73 abstained.\n"},
         {"count-countries": ["agreed", "46"]}),
        # "26 leaders agreed": those who agreed, beside the 27 at the table
        ({"a.txt": "Zelensky addressed the 27 leaders by video link.\n",
          "b.txt": "Zelensky spoke to the 27 leaders by video link.\n",
          "c.txt": "\"26 leaders agreed\", Michel said.\n",
          "d.txt": "Michel said that 26 leaders had agreed to the package.\n"},
         {"count-leaders": ["agreed", "27"], "count-leaders-signing": ["agreed", "26"]}),
        # a package of grants and loans is loans and more
        ({"a.txt": "The facility holds €17 billion in grants and €33 billion in loans.\n",
          "b.txt": "It would have provided €17bn in grants and €33bn in loans.\n",
          "c.txt": "The budget includes a €50 billion package of grants and loans for Ukraine.\n"},
         {"money-loan-eur": ["agreed", "€33 billion"]}),
        # a membership that changes in the telling; "the bloc" after the Commonwealth is its
        ({"a.txt": "Commonwealth leaders met as the 54-nation bloc opened its summit and admitted "
                   "two new members, Togo and Gabon.\n",
          "b.txt": "Kenyatta said the Commonwealth, now a 56-member bloc, must deliver jobs.\n",
          "c.txt": "The Commonwealth, a 56-member bloc, closed its summit.\n"},
         {"count-countries-commonwealth": ["agreed", "56"]}),
    ],
)
def test_tallies_signers_mixed_sums_and_changing_memberships(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # "the 26 other member states" are all but one: some of them
        ({"a.txt": "Leaders of the 27 member states met in Brussels.\n",
          "b.txt": "The 27 member states met in Brussels.\n",
          "c.txt": "Orban left, and the 26 other member states backed the deal.\n",
          "d.txt": "Talks broke off, with the 26 other member states backing the deal.\n"},
         {"count-countries": ["agreed", "27"]}),
        # the countries of a list written before the count
        ({"a.txt": "About 60 countries attended the summit.\n",
          "b.txt": "Delegations from about 60 countries attended.\n",
          "c.txt": "Britain will lead a force alongside Denmark, Estonia, Latvia and Norway - "
                   "five nations in all.\n"},
         {"count-countries": ["agreed", "about 60"]}),
    ],
)
def test_all_but_one_and_the_countries_of_a_list_are_some_of_them(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a deal's parties, beside a body's members; "the countries that make up the group"
        ({"a.txt": "The tax deal was agreed by 136 countries at the OECD.\n",
          "b.txt": "The tax deal was agreed by 136 countries at the OECD.\n",
          "c.txt": "The deal, struck by 136 countries on October 8, sets a 15% rate.\n",
          "d.txt": "At the G20 summit, the leaders of the 19 countries and the European Union "
                   "that make up the group met in Rome.\n"},
         {"count-countries": ["agreed", "136"], "count-countries-g20": ["single-source", "19"]}),
        # the founders of an alliance, and "nine allies at 2 percent", are not its members now
        ({"a.txt": "NATO's 29 member countries meet in London.\n",
          "b.txt": "Leaders of NATO's 29 members gather on Tuesday.\n",
          "c.txt": "NATO was founded in Washington on April 4, 1949, by 12 countries.\n",
          "d.txt": "## Nine allies at 2 percent\n\nThe list is short.\n"},
         {"count-countries-nato": ["agreed", "29"]}),
    ],
)
def test_parties_to_a_deal_founders_and_allies_at_a_share_are_not_the_members(
        make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert [c for c, (status, *_) in claims.items() if status == "disputed"] == []


@pytest.mark.parametrize(
    "next_stop",
    [
        "Biden heads next to Brussels for a NATO summit on Monday and meets Putin in Geneva on "
        "Wednesday.\n",
        "He travels to Brussels for a Nato summit on Monday and will meet Russian President "
        "Vladimir Putin in Geneva on Wednesday.\n",
        "He will fly to a Nato summit in Brussels on Monday and a meeting with Vladimir Putin in "
        "Geneva on Wednesday.\n",
        "The trip will take in a Nato summit in Brussels on Monday and talks with EU leaders on "
        "Wednesday.\n",
    ],
)
def test_the_next_engagement_after_a_summit_and_its_day_is_not_that_summits(make_corpus, next_stop):
    top = PUBLISHED.format("2021-06-13")
    claims = claims_of(make_corpus, {
        "a.txt": top + "Leaders will gather for the NATO summit in Brussels on Monday.\n",
        "b.txt": top + next_stop})
    assert claims["summit-nato-date"] == ["agreed", "2021-06-14 (Monday)"]


def test_a_day_ahead_in_an_undated_article_read_against_the_corpus_date_never_disputes(make_corpus):
    # the wire story of Wednesday has no date of its own: it is read against the corpus's
    # most common publication date, Saturday, and "on Thursday" is not the Thursday after it
    top = PUBLISHED.format("2023-11-18")
    claims = claims_of(make_corpus, {
        "a.txt": top + "The APEC summit opened on Wednesday.\n",
        "b.txt": top + "The APEC summit opened on Wednesday, November 15.\n",
        "c.txt": "Biden will address the APEC summit on Thursday.\n"})
    assert claims["summit-apec-date"][0] == "agreed"
    assert "2023-11-23 (Thursday)" not in claims["summit-apec-date"]


def test_added_troops_a_countrys_own_and_a_ceiling_are_not_the_force(make_corpus):
    force = "The force in Afghanistan has about 47,000 troops.\n"
    claims = claims_of(make_corpus, {
        "a.txt": force,
        "b.txt": force + "France would send about 700 more troops to the east.\n",
        "c.txt": "Sarkozy pledged another 700 soldiers for the east.\n",
        "d.txt": force + "Canada's Parliament voted to keep its 2,500 soldiers in Kandahar.\n",
        "e.txt": force + "The Bundeswehr's mandate from parliament allows up to 3,500 soldiers.\n"})
    assert claims["count-troops"] == ["agreed", "about 47,000"]
    assert claims["count-troops-additional"] == ["agreed", "700", "about 700"]
    assert claims["count-troops-canada"] == ["single-source", "2,500"]
    assert claims["count-troops-limit"] == ["single-source", "up to 3,500"]


def test_a_span_is_the_days_held_and_from_to_ends_a_summit(make_corpus):
    top = PUBLISHED.format("2022-06-28")
    claims = claims_of(make_corpus, {
        "a.txt": top + "Scholz wrapped up the June 26-28 summit on Tuesday.\n",
        "b.txt": top + "The summit ended on Tuesday.\n",
        "c.txt": top + "Leaders fly on to a NATO summit from June 28 to June 30.\n",
        "d.txt": top + "Nato is meeting from 28 to 30 June.\n"})
    assert claims["summit-end-date"] == ["agreed", "2022-06-28 (Tuesday)"]
    assert claims["summit-nato-end-date"] == ["single-source", "2022-06-30 (Thursday)"]
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_one_minute_to_midnight_is_no_time(make_corpus):
    top = PUBLISHED.format("2021-11-13")
    close = "The summit closed at 6pm on Friday.\n"
    claims = claims_of(make_corpus, {
        "a.txt": top + close, "b.txt": top + close,
        "c.txt": top + 'Johnson opened the summit warning it was "one minute to midnight" on the '
                       "doomsday clock.\n"})
    assert [v for c, (_, *values) in claims.items() if "time" in c for v in values] == [
        "2021-11-12 18:00 local time"]


def test_a_leaders_meeting_is_the_summit_leaders_meeting_elsewhere_are_not(make_corpus):
    top = PUBLISHED.format("2019-12-04")
    claims = claims_of(make_corpus, {
        "a.txt": top + "The NATO leaders' meeting at The Grove opened on Wednesday.\n",
        "b.txt": top + "The NATO summit opened on Wednesday in Watford.\n",
        # who was meeting, a clause: no cue, and "their next summit" looks ahead from it
        "c.txt": top + "EU leaders meeting in Brussels on Thursday put off a decision, pushing it "
                       "back to their next summit.\n"})
    assert claims["summit-nato-start-date"] == ["agreed", "2019-12-04 (Wednesday)"]
    assert not any(status == "disputed" for status, *_ in claims.values())


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # where the countries met is not whose they are
        ({"a.txt": "Officials from about 40 countries met in Jeddah.\n",
          "b.txt": "Li Hui sat down with officials from about 40 countries in Saudi Arabia.\n"},
         {"count-countries": ["agreed", "about 40"]}),
        # an exercise's troops and countries are its own
        ({"a.txt": "Leaders of NATO's 28 members met in Warsaw.\n",
          "b.txt": "NATO's 28 members agreed the plan.\n",
          "c.txt": "Poland hosted Anakonda-16, an exercise involving some 31,000 troops from 24 "
                   "countries.\n"},
         {"count-countries-nato": ["agreed", "28"], "count-troops": None}),
        # each end of a range, and the members a list names after "namely" or a dash
        ({"a.txt": "Britain will send 650 troops.\n", "b.txt": "Britain will send 650 troops.\n",
          "c.txt": "Germany will send between 300 and 400 troops.\n"},
         {"count-troops": ["agreed", "650"]}),
        ({"a.txt": "The 27 EU member states back the plan.\n",
          "b.txt": "Leaders of the 27 EU member states met.\n",
          "c.txt": "China lets citizens of five EU member states, namely France, Germany, Italy, "
                   "the Netherlands and Spain, in without visas.\n",
          "d.txt": "Four EU member states \u2013 Hungary, Slovakia, Malta and Cyprus \u2013 objected.\n"},
         {"count-countries-european-union": ["agreed", "27"]}),
        # "the first six" are some of them
        ({"a.txt": "Leaders of 55 countries met.\n", "b.txt": "Leaders of 55 countries met.\n",
          "c.txt": "WHO named the first six countries to get the technology.\n"},
         {"count-countries": ["agreed", "55"]}),
        # a rise is how much more, and an authorised ceiling no count of those serving
        ({"a.txt": "Allies agreed to spend 2% of GDP on defence.\n",
          "b.txt": "Allies will spend 2% of GDP on defence.\n",
          "c.txt": "NATO projects a 3 percent rise in defense spending.\n",
          "d.txt": "Defence spending would rise 3 per cent.\n"},
         {"percent-defence-spending": ["agreed", "2%"],
          "percent-defence-spending-increase": ["agreed", "3%"]}),
        ({"a.txt": "France has about 4,300 soldiers in the Sahel.\n",
          "b.txt": "The German parliament has authorized up to 1,100 soldiers for the mission.\n"},
         {"count-troops": ["single-source", "about 4,300"],
          "count-troops-limit": ["single-source", "up to 1,100"]}),
    ],
)
def test_places_exercises_ranges_lists_rises_and_ceilings(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert [c for c, (status, *_) in claims.items() if status == "disputed"] == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # two ceilings of one figure far apart dispute; near ones agree
        ({"a.txt": "Canada will take up to 4,000 refugees.\n",
          "b.txt": "Canada will take up to 4,000 refugees by 2028.\n",
          "c.txt": "Canada will take in up to 3,800 refugees.\n"},
         {}),
        # two floors do not: "more than a dozen" on the stage and "more than 20" in all
        ({"a.txt": "More than 20 leaders attended.\n", "b.txt": "More than 20 leaders attended.\n",
          "c.txt": "Biden stood on a stage with more than a dozen leaders.\n"},
         {"count-leaders": ["agreed", "more than 20", "more than 12"]}),
        ({"a.txt": "Allies may spend up to 1.5% of GDP on resilience.\n",
          "b.txt": "Up to 1.5% of GDP may go on resilience.\n",
          "c.txt": "Up to 2.2% of GDP may go on resilience.\n"},
         {"percent-defence-related": ["disputed", "up to 1.5%", "up to 2.2%"]}),
    ],
)
def test_ceilings_of_one_figure_far_apart_dispute_floors_do_not(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert [c for c, (status, *_) in claims.items() if status == "disputed"] == [
        c for c, (status, *_) in expected.items() if status == "disputed"]


def test_a_named_alliances_members_a_coalitions_and_a_ratification_threshold(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Nearly 200 countries adopted the Paris agreement.\n",
        "b.txt": "Delegates from nearly 200 countries adopted the pact.\n",
        "c.txt": "Modi launched an International Solar Alliance of 121 countries.\n",
        "d.txt": 'The "high ambition coalition" of more than 100 countries pushed for it.\n',
        "e.txt": "The pact enters into force once it has been ratified by at least 55 countries.\n"})
    assert claims["count-countries"][:2] == ["agreed", "nearly 200"]
    assert claims["count-countries-coalition"] == ["single-source", "more than 100"]
    assert "count-countries-nato" not in claims


def test_a_givers_aid_each_country_receives_is_that_countrys(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Israel receives $3.8 billion a year in US military aid.\n",
        "b.txt": "Israel, which receives $3.8 billion a year in US military aid, signed.\n",
        "c.txt": "Egypt receives about $1.3 billion a year in US military aid.\n"})
    assert not any(status == "disputed" for status, *_ in claims.values())
    assert [v for c, (_, *vs) in claims.items() if c.startswith("money-") for v in vs] == [
        "about $1.3 billion", "$3.8 billion"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # the others beside a body's members are a count of their own
        ({"a.txt": "Leaders from 44 countries met in Prague.\n",
          "b.txt": "Leaders from 44 countries attended.\n",
          "c.txt": "It includes not only the EU's member states but also 17 other countries.\n"},
         {"count-countries": ["agreed", "44"], "count-countries-other": ["single-source", "17"]}),
        # a committee's members, and those who signed off on a text
        ({"a.txt": "Delegates from nearly 200 countries agreed the fund.\n",
          "b.txt": "Nearly 200 countries agreed the fund.\n",
          "c.txt": "Details are left to a transitional committee of 24 members.\n"},
         {"count-countries": ["agreed", "nearly 200"]}),
        ({"a.txt": "The G20's 19 member countries met in Bali.\n",
          "b.txt": "Leaders of the G20's 19 member countries met.\n",
          "c.txt": "By Wednesday, the 20 members had signed off on the G20 declaration.\n"},
         {"count-countries-g20": ["agreed", "19"]}),
    ],
)
def test_others_beside_members_committees_and_signers(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert [c for c, (status, *_) in claims.items() if status == "disputed"] == []


def test_a_preparatory_meeting_is_another_event(make_corpus):
    top = PUBLISHED.format("2024-02-18")
    claims = claims_of(make_corpus, {
        "a.txt": top + "The AU summit opened on Saturday.\n",
        "b.txt": top + "The summit opened in Addis Ababa on Saturday.\n",
        "c.txt": top + "The Executive Council was held on 14 and 15 February to prepare the summit's "
                       "draft decisions.\n",
        "d.txt": top + "The draft was approved on Thursday at a preparatory meeting of ministers.\n"})
    assert {v for c, (_, *vs) in claims.items() if c.startswith("summit") for v in vs} == {
        "2024-02-17 (Saturday)"}


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a sum "since 2014" is all of it over the years
        ({"a.txt": "Trump withheld $391 million in military aid.\n",
          "b.txt": "The $391 million in military aid was held up.\n",
          "c.txt": "The US has provided more than $1.5 billion in military aid since 2014.\n"},
         {"money-military-aid-usd": ["agreed", "$391 million"]}),
        # those of a body's members who attended are some of them
        ({"a.txt": "ASEAN's 10 member states met Biden.\n", "b.txt": "ASEAN has 10 members.\n",
          "c.txt": "The summit was attended by leaders of eight ASEAN member states.\n"},
         {"count-countries-asean": ["agreed", "10"]}),
    ],
)
def test_sums_since_a_year_and_members_who_attended(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert [c for c, (status, *_) in claims.items() if status == "disputed"] == []


def test_to_present_a_plan_to_a_bodys_leaders_is_no_attendance(make_corpus):
    # "present" a plan: its count stays firm, and a wrong one disputes
    claims = claims_of(make_corpus, {
        "a.txt": "The 27-member EU's leaders met in Brussels.\n",
        "b.txt": "She will present a plan to the 27-member EU's leaders.\n",
        "c.txt": "She will present a plan to the 28-member EU's leaders.\n"})
    assert claims["count-countries-european-union"] == ["disputed", "27", "28"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a preview's "were expected to" looks ahead
        ({"a.txt": PUBLISHED.format("2025-08-13") + "Trump and Putin were expected to hold their "
                   "summit in Alaska on Friday, officials said.\n",
          "b.txt": PUBLISHED.format("2025-08-13") + "The Alaska summit will be held on Friday.\n"},
         {"summit-date": ["agreed", "2025-08-15 (Friday)"]}),
        # some group, on the sidelines of the G20, is not the G20
        ({"a.txt": "On the sidelines of the G20 summit in Rio, a group of 30 countries backed it.\n",
          "b.txt": "The G20 has 19 member countries.\n"},
         {"count-countries-g20": ["single-source", "19"],
          "count-countries-group": ["single-source", "30"]}),
        # a share's ceiling is no ceiling of the allies counted after it
        ({"a.txt": "Allies are split over the 2% of GDP ceiling, with 23 allies now above it.\n"},
         {"count-countries": ["single-source", "23"], "count-countries-limit": None}),
        # war games beside a meeting are not what it counts
        ({"a.txt": "As Russian war games continued in Belarus, Biden met with leaders of 30 "
                   "countries.\n"},
         {"count-countries": ["single-source", "30"]}),
        # NATO's "the Alliance"; "until" a day is no condition
        ({"a.txt": "The Alliance now has 32 member countries.\n",
          "b.txt": "The summit ran until Sunday, attended by 40 leaders.\n",
          "c.txt": "The summit was attended by 25 leaders.\n"},
         {"count-countries-nato": ["single-source", "32"],
          "count-leaders": ["disputed", "25", "40"]}),
    ],
)
def test_previews_groups_ceilings_war_games_and_until(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # an index's ranking counts those ranked
        ({"a.txt": "Leaders of about 40 countries met in Lugano.\n",
          "b.txt": "About 40 countries signed the declaration.\n",
          "c.txt": "Ukraine ranked 122nd out of 180 countries in the index.\n"},
         {"count-countries": ["agreed", "about 40"]}),
        # those who took a side, and all but someone, are some of them
        ({"a.txt": "The 27 member states met in Brussels.\n", "b.txt": "All 27 member states met.\n",
          "c.txt": "According to Orban, 26 member states insisted on the decision.\n"},
         {"count-countries": ["agreed", "27"]}),
        ({"a.txt": "NATO's 32 members met.\n", "b.txt": "Leaders of NATO's 32 members met.\n",
          "c.txt": "NATO ministers met. Hegseth warned the alliance's 31 other members.\n"},
         {"count-countries-nato": ["agreed", "32"]}),
        # drones downed, however far the verb is from them
        ({"a.txt": "Russia launched 40 drones overnight.\n",
          "b.txt": "Russia launched 40 drones at Ukraine overnight.\n",
          "c.txt": "Seven Russian drones already in the air and flying toward Mykolaiv were "
                   "\"neutralized\" by Russian air defences.\n"},
         {"count-drones-russia": ["agreed", "40"]}),
    ],
)
def test_rankings_sides_taken_and_drones_downed(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert [c for c, (status, *_) in claims.items() if status == "disputed"] == []


def test_a_name_ending_a_phrase_is_no_apposition(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Ukrainian President Volodymyr Zelensky spoke.\n",
        "b.txt": "Ukrainian President Volodymyr Zelensky met NATO Secretary General Jens "
                 "Stoltenberg. At a press conference with Stoltenberg, the President of Ukraine "
                 "said the results were good.\n"})
    assert claims["ukraine-president"] == ["agreed", "Volodymyr Zelensky"]


def test_sides_and_downed_drones_stay_narrow(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Russia launched 120 drones at Ukraine overnight.\n",
        "b.txt": "Russia launched 120 drones overnight.\n",
        "c.txt": "Russia launched 90 drones at Ukraine overnight and 80 were shot down.\n",
        "d.txt": "Leaders of 45 countries met in Granada.\n",
        "e.txt": "Leaders of 45 countries gathered.\n",
        "f.txt": "Leaders from 47 countries met in Granada as Russian drones were shot down over "
                 "Odesa.\n"})
    assert claims["count-drones-russia"][0] == "disputed"
    assert claims["count-countries"] == ["disputed", "45", "47"]


def test_through_a_day_is_a_spans_end_ahead(make_corpus):
    top = PUBLISHED.format("2023-05-20")
    claims = claims_of(make_corpus, {
        "a.txt": top + "The G7 summit in Hiroshima opened on Friday and runs through Sunday.\n",
        "b.txt": top + "Leaders sat down on the sidelines of the G7 summit being held in Hiroshima "
                       "through Sunday.\n",
        "c.txt": top + "The G7 summit ends on Sunday.\n"})
    assert claims["summit-g7-end-date"][:2] == ["agreed", "2023-05-21 (Sunday)"]
    assert "2023-05-14 (Sunday)" not in {v for _, *vs in claims.values() for v in vs}


def test_a_target_a_country_is_freed_from_is_not_its_share(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Spain spent 2.1% of GDP on defence.\n",
        "b.txt": "Spain, at 2.1% of GDP, spends least on defence.\n",
        "c.txt": "A deal frees Spain from the 5% defence spending target.\n"})
    assert claims["percent-defence-spending-spain"] == ["agreed", "2.1%"]


def test_losses_recipients_and_anothers_modifier(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Trump said Kyiv had lost 400,000 soldiers. Russia had lost almost 600,000 "
                 "soldiers.\n",
        "b.txt": "Trump claimed Russia had lost almost 600,000 soldiers.\n",
        "c.txt": "Leaders of 54 countries met.\n",
        "d.txt": "Leaders of 54 countries met in St Petersburg.\n",
        "e.txt": "## Grain for six countries\n\nPutin made the offer.\n",
        "f.txt": "Macron hosted US president-elect Donald Trump and Ukraine's President Volodymyr "
                 "Zelensky.\n",
        "g.txt": "Ukrainian President Volodymyr Zelensky spoke.\n"})
    assert claims["count-troops-russia-lost"] == ["agreed", "nearly 600,000"]
    assert claims["count-countries"][:2] == ["agreed", "54"]
    assert claims["ukraine-president"] == ["agreed", "Volodymyr Zelensky"]
    assert not any(status == "disputed" for status, *_ in claims.values())


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # the losses of the side named before them, not of the country after
        ({"a.txt": "Russia has lost more than 600,000 soldiers in Ukraine.\n",
          "b.txt": "Kyiv had lost 43,000 soldiers.\n"},
         {"count-troops-russia-lost": ["single-source", "more than 600,000"],
          "count-troops-ukraine-lost": ["single-source", "43,000"]}),
        # a country's name with "and" in it keeps the modifier before it
        ({"a.txt": "Former Trinidad and Tobago Prime Minister Keith Rowley attended.\n",
          "b.txt": "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar spoke.\n"},
         {"trinidad-and-tobago-prime-minister": ["single-source", "Kamla Persad-Bissessar"]}),
        # "through Sunday" in a past sentence is the Sunday past
        ({"a.txt": PUBLISHED.format("2023-05-22") + "The G7 summit in Hiroshima kept leaders busy "
                   "through Sunday, officials said.\n",
          "b.txt": PUBLISHED.format("2023-05-22") + "Leaders met at the G7 summit in Hiroshima on "
                   "Sunday.\n"},
         {"summit-g7-date": ["agreed", "2023-05-21 (Sunday)"]}),
    ],
)
def test_third_review_losses_country_names_and_past_spans(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_an_ordinal_of_the_whole_and_a_range_in_words(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Sweden became the 12th of 32 allies to ratify.\n",
        "b.txt": "NATO has 32 member countries.\n",
        "c.txt": "Germany will send four fighter jets.\n",
        "d.txt": "Germany will send four fighter jets to Poland.\n",
        "e.txt": "Germany will send between three and five fighter jets.\n"})
    # the 32 joins NATO's count; the jets "to Poland" are Poland's, and the range agrees
    assert claims["count-countries-nato"] == ["agreed", "32"]
    assert claims["count-aircraft-poland"] == ["agreed", "4"]
    assert not any(status == "disputed" for status, *_ in claims.values())


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # the countries of a body whose members are not all countries are some of them
        ({"a.txt": "The G20 is made up of 19 countries and the European Union.\n",
          "b.txt": "The G20 is made up of 19 countries plus the EU.\n",
          "c.txt": "The G20's 20 members met in Bali.\n", "d.txt": "Leaders of the G20's 20 members met.\n"},
         {"count-countries-g20": ["agreed", "20"]}),
        # a position some of the members took: "19 members reaffirmed", "say"
        ({"a.txt": "NATO has 32 members.\n", "b.txt": "NATO's 32 members met in The Hague.\n",
          "c.txt": "NATO met. 31 members reaffirmed that Ukraine's future is in NATO.\n",
          "d.txt": "NATO met. 30 members say the target is too high.\n"},
         {"count-countries-nato": ["agreed", "32"]}),
    ],
)
def test_a_bodys_countries_and_its_members_who_took_a_side(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert not any(status == "disputed" for status, *_ in claims.values())



def test_a_bodys_leaders_staying_on_for_a_summit_is_that_bodys_next_one(make_corpus):
    # the EU's informal summit the day after another meeting in the same city, as the
    # EU held after each European Political Community summit; "were to": ahead
    dated = PUBLISHED.format("2023-10-05")
    claims = claims_of(make_corpus, {
        "a.txt": dated + "More than 40 leaders met for a summit in Granada on Thursday, October 5.\n",
        "b.txt": dated + "Leaders met at the summit in Granada on Thursday.\n",
        "c.txt": "The 27 EU leaders will stay on in Granada for an informal summit on Friday, Oct 6.\n",
        "d.txt": "EU leaders were to remain in Granada on October 6 for an informal summit on enlargement.\n",
        "e.txt": dated + "EU leaders were to stay on in Granada on Friday for their own informal summit.\n"})
    assert claims["summit-date"] == ["agreed", "2023-10-05 (Thursday)"]
    assert claims["summit-european-union-date"] == ["agreed", "2023-10-06 (Friday)"]
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_dateline_of_a_us_evening_is_that_days_article(make_corpus, tmp_path):
    # "9:14 PM EST, February 13" is February 14 in UTC, but the writer's Thursday is the 13th
    files = {
        "a.txt": "Updated 9:14 PM EST, February 13, 2025\n\nWASHINGTON (AP) - Trump and Modi will "
                 "hold a summit at the White House later Thursday.\n",
        "b.txt": PUBLISHED.format("2025-02-13") + "Trump and Modi held a summit at the White House "
                 "on Thursday, February 13.\n"}
    claims = claims_of(make_corpus, files)
    assert claims["summit-date"] == ["agreed", "2025-02-13 (Thursday)"]
    # the report gives the moment in UTC, as it always has
    out = io.StringIO()
    FORMATS["json"](audit_folder(make_corpus(files), BUILTIN), out, RenderOptions())
    published = {s["id"]: s["published"] for s in json.loads(out.getvalue())["sources"]}
    assert published == {"a": "2025-02-14T02:14:00+00:00", "b": "2025-02-13T00:00:00+00:00"}


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # those left out of a meeting are a count of their own
        ({"a.txt": "The summit drew leaders of 49 countries and the African Union.\n",
          "b.txt": "Leaders of 49 countries came to the summit.\n",
          "c.txt": "Four countries suspended by the AU after coups were left out.\n",
          "d.txt": "Four member states of the 55-member Union - Burkina Faso, Guinea, Mali and "
                   "Sudan - remain suspended.\n"},
         {"count-countries": ["agreed", "49"], "count-countries-excluded": ["agreed", "4"]}),
        # those a country has deals with are some of them
        ({"a.txt": "All 54 African countries were represented.\n",
          "b.txt": "Delegations from all 54 African countries came.\n",
          "c.txt": "Russia has signed military cooperation agreements with some 20 African "
                   "countries.\n"},
         {"count-countries-african": ["agreed", "54"]}),
    ],
)
def test_counts_of_those_left_out_or_with_deals(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_headlines_comma_is_an_and(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Chinese leader, Boluarte inaugurate Chancay port by video link\n\nXi and Peruvian "
                 "President Dina Boluarte opened the port.\n",
        "b.txt": "Chinese President Xi Jinping opened the port.\n",
        "c.txt": "The Chinese president, Xi Jinping, flew to Lima.\n"})
    assert claims["china-president"] == ["agreed", "Xi Jinping"]
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_plan_that_did_not_hold_dates_nothing(make_corpus):
    dated = PUBLISHED.format("2019-12-15")
    claims = claims_of(make_corpus, {
        "a.txt": dated + "The summit ended in Madrid on Sunday, December 15. It was originally "
                 "scheduled to end on Friday, December 13.\n",
        "b.txt": dated + "The summit, which had been due to close on Friday, ended on Sunday.\n",
        "c.txt": dated + "The summit ended on Sunday 15 December.\n"})
    assert claims["summit-date"] == ["agreed", "2019-12-15 (Sunday)"]


_DATED = "---\npublished: {}\n---\n"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # "were not invited": left out, not invited
        ({"a.txt": "Leaders of 47 countries were invited to the summit.\n",
          "b.txt": "Rama invited leaders of 47 countries to the summit.\n",
          "c.txt": "Four countries were not invited to the summit.\n",
          "d.txt": "Four countries suspended by the AU were left out.\n"},
         {"count-countries-invited": ["agreed", "47"], "count-countries-excluded": ["agreed", "4"]}),
        # an active verb with its object is no exclusion; a comma aside is
        ({"a.txt": "Four countries suspended by the AU were left out of the summit.\n",
          "b.txt": "Four countries were excluded from the summit after coups.\n",
          "c.txt": "At the summit, five countries suspended grain exports to Europe.\n",
          "d.txt": "Four countries, all suspended by the AU after coups, were left out.\n"},
         {"count-countries-excluded": ["agreed", "4"], "count-countries": ["single-source", "5"]}),
        # "the summit brought together leaders of 49 countries and the AU": those who came
        ({"a.txt": "The summit brought together leaders of 49 countries and the African Union.\n",
          "b.txt": "Leaders of 45 countries came to the summit.\n",
          "c.txt": "Leaders of 45 countries attended the summit.\n"},
         {"count-countries": ["disputed", "45", "49"]}),
        # a body's countries before a comma list of unions are some of its members
        ({"a.txt": "The G20 is made up of 19 countries and the European Union.\n",
          "b.txt": "The G20 is made up of 19 countries, the European Union and the African Union.\n",
          "c.txt": "The G20's 21 members met in Rio.\n", "d.txt": "Leaders of the G20's 21 members met.\n"},
         {"count-countries-g20": ["agreed", "21"]}),
        # a body's whole membership speaking as one is all of it
        ({"a.txt": "NATO's 32 members said in a joint communique that Ukraine's future is in NATO.\n",
          "b.txt": "NATO's 31 members met in Vilnius.\n", "c.txt": "NATO's 31 members attended.\n"},
         {"count-countries-nato": ["disputed", "31", "32"]}),
    ],
)
def test_review_of_left_out_made_up_of_and_said(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # an aim "was to" is no plan ahead
        ({"a.txt": _DATED.format("2023-10-05") + "Leaders met for the summit in Granada on Tuesday, "
                   "October 3.\n",
          "b.txt": _DATED.format("2023-10-05") + "Leaders met at the summit in Granada on Tuesday, "
                   "October 3.\n",
          "c.txt": _DATED.format("2023-10-05") + "The aim of the summit in Granada on Tuesday was to "
                   "show unity.\n"},
         {"summit-date": ["agreed", "2023-10-03 (Tuesday)"]}),
        # "remain in force" and "stay on course" are no stay after the event
        ({"a.txt": _DATED.format("2025-03-07") + "EU leaders met for a summit in Brussels on Thursday.\n",
          "b.txt": _DATED.format("2025-03-07") + "EU leaders met for the summit in Brussels on Thursday.\n",
          "c.txt": _DATED.format("2025-03-07") + "EU leaders at the summit in Brussels on Thursday agreed "
                   "that sanctions would remain in force.\n"},
         {"summit-date": ["agreed", "2025-03-06 (Thursday)"]}),
        ({"a.txt": _DATED.format("2024-11-16") + "Leaders opened the summit in Lima on Thursday.\n",
          "b.txt": _DATED.format("2024-11-16") + "Leaders opened a two-day summit in Lima on Thursday "
                   "determined to stay on course.\n"},
         {"summit-date": ["agreed", "2024-11-14 (Thursday)"]}),
        # a plan that held is a date; one that did not, in any wording, is none
        ({"a.txt": _DATED.format("2019-12-15") + "The summit ended in Madrid on Sunday, December 15.\n",
          "b.txt": _DATED.format("2019-12-15") + "The summit had been planned for months and ended on "
                   "Friday, December 13.\n"},
         {"summit-end-date": ["disputed", "2019-12-13 (Friday)", "2019-12-15 (Sunday)"]}),
        ({"a.txt": _DATED.format("2019-12-15") + "The summit ended in Madrid on Sunday, December 15.\n",
          "b.txt": _DATED.format("2019-12-15") + "The summit ended on Sunday. It was supposed to end "
                   "on Friday, December 13.\n",
          "c.txt": _DATED.format("2019-12-15") + "The summit ended on Sunday. It had been expected to "
                   "end on Friday, December 13.\n",
          "d.txt": _DATED.format("2025-06-27") + "The summit had been scheduled to run over Thursday "
                   "and Friday.\n"},
         {"summit-end-date": ["agreed", "2019-12-15 (Sunday)"]}),
        # a sentence ending in a quote is no headline
        ({"a.txt": "Kenyan President, Uhuru Kenyatta told the summit: \"Africa is ready.\"\n",
          "b.txt": "Kenyan President William Ruto opened the summit.\n"},
         {"kenya-president": ["disputed", "Uhuru Kenyatta", "William Ruto"]}),
    ],
)
def test_review_of_plans_stays_and_headlines(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


def test_the_writers_day_holds_with_an_event_zone_in_the_rules(make_corpus):
    files = {
        "a.txt": "Updated 9:14 PM EST, February 13, 2025\n\nWASHINGTON (AP) - Trump and Modi will "
                 "hold a summit at the White House later Thursday.\n",
        "b.txt": PUBLISHED.format("2025-02-13") + "Trump and Modi held a summit at the White House "
                 "on Thursday, February 13.\n"}
    rules = parse_rules_text("event: {timezone: Europe/Brussels}\n")
    assert claims_of(make_corpus, files, rules)["summit-date"] == ["agreed", "2025-02-13 (Thursday)"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # "King Salman" is not "Mohammed bin Salman": a name after "bin" is the father's
        ({"a.txt": "The summit was opened by Saudi Arabia's King Salman bin Abdulaziz.\n",
          "b.txt": "Saudi Crown Prince Mohammed bin Salman spoke. Saudi Arabia's King Salman chaired "
                   "the meeting.\n",
          "c.txt": "Saudi Crown Prince Mohammed bin Salman attended.\n"},
         {"saudi-arabia-crown-prince": ["agreed", "Mohammed bin Salman"],
          "saudi-arabia-king": ["single-source", "Salman bin Abdulaziz"]}),
        # an assistant secretary holds another office than the secretary
        ({"a.txt": "US Secretary of State John Kerry met Bruno Rodriguez.\n",
          "b.txt": "US Secretary of State John Kerry arrived.\n",
          "c.txt": "Assistant Secretary of State Roberta Jacobson has led the U.S. side. US Secretary "
                   "of State John Kerry joined.\n"},
         {"united-states-secretary-of-state": ["agreed", "John Kerry"]}),
        # the members of a body we do not know, whose members they are
        ({"a.txt": "Leaders of 35 countries attended the summit.\n",
          "b.txt": "Leaders of 35 countries met.\n",
          "c.txt": "The Union of South American Nations (UNASUR), whose 12 member states met in Quito "
                   "in March, agreed.\n"},
         {"count-countries": ["agreed", "35"]}),
        # those who signed a contract; those a scheme is open to; a body's member countries
        # beside the EU
        ({"a.txt": "NATO's 28 members met in Chicago.\n", "b.txt": "All 28 NATO members met.\n",
          "c.txt": "NATO met in Chicago. 13 NATO allies signed a contract with Northrop Grumman.\n"},
         {"count-countries-nato": ["agreed", "28"]}),
        ({"a.txt": "The communique said 46 countries had requested debt deferral.\n",
          "b.txt": "In all, 46 countries have requested deferral.\n",
          "c.txt": "Of the 73 countries eligible for the DSSI, 46 have applied.\n",
          "d.txt": "The G20 met online. Leaders of the 19 member countries and the EU joined by video "
                   "link.\n"},
         {"count-countries": ["agreed", "46"]}),
        # carbon per unit of economic output is no share of GDP
        ({"a.txt": "China pledged to cut the carbon it emits per unit of economic output by 40 to 45 "
                   "percent by 2020.\n"},
         {"percent-defence-spending-china-by-2020": None}),
    ],
)
def test_kings_assistants_unknown_bodies_and_partial_counts(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_next_years_summit_and_a_date_told_against_another_meeting(make_corpus):
    dated = PUBLISHED.format("2020-11-22")
    claims = claims_of(make_corpus, {
        "a.txt": dated + "The two-day summit, which runs on Nov. 21 and 22, is held virtually.\n",
        "b.txt": dated + "Leaders met at the summit on Saturday, Nov. 21.\n",
        "c.txt": dated + "Italy takes over the G-20 presidency on Dec. 1 and will host the group's summit "
                 "in 2021.\n",
        "d.txt": dated + "Italy takes over on Dec. 1 and will host next year's summit.\n",
        "e.txt": dated + "Trump took part in a virtual summit of Asia-Pacific leaders on Friday, Nov. 20, a "
                 "day before the G-20 meeting began.\n"})
    assert claims["summit-date"][0] == "agreed"
    assert "2020-12-01 (Tuesday)" not in claims["summit-date"]
    assert "2020-11-20 (Friday)" not in claims["summit-date"]


_NATO_TUESDAY = _DATED.format("2024-07-10") + "Leaders met in Washington on Tuesday for the NATO summit. "


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a date told against something that is no meeting is the summit's
        ({"a.txt": _DATED.format("2018-11-29") + "The G20 summit opens in Buenos Aires on Friday, Nov. 30, "
                   "a day after the leaders arrive.\n",
          "b.txt": _DATED.format("2018-11-29") + "The G20 summit opens in Buenos Aires on Friday, Nov. 30.\n",
          "c.txt": _DATED.format("2018-11-29") + "The G20 summit opens in Buenos Aires on Saturday, Dec. 1, "
                   "two days after the foreign ministers meet.\n"},
         {"summit-g20-start-date": ["disputed", "2018-11-30 (Friday)", "2018-12-01 (Saturday)"]}),
        # a body we know, whose members they are, keeps its count
        ({"a.txt": _DATED.format("2024-07-10") + "Leaders met in Washington on Tuesday for the summit of the "
                   "North Atlantic Treaty Organization (NATO), whose 32 member countries marked the "
                   "alliance's 75th anniversary.\n",
          "b.txt": _NATO_TUESDAY + "Leaders of 31 member countries attended.\n",
          "c.txt": _NATO_TUESDAY + "Leaders of 32 member countries attended.\n"},
         {"count-countries": ["disputed", "32", "31"]}),
        # NATO's member countries beside the EU, a guest, are all of them; so are "the 32
        # allies" entitled or signing
        ({"a.txt": _NATO_TUESDAY + "Leaders of the 32 member countries and the EU attended.\n",
          "b.txt": _NATO_TUESDAY + "Leaders of the 31 member countries attended.\n"},
         {"count-countries": ["disputed", "31", "32"]}),
        ({"a.txt": _NATO_TUESDAY + "The 32 allies are entitled to invoke Article 5.\n",
          "b.txt": _NATO_TUESDAY + "The 31 allies can invoke Article 5.\n"},
         {"count-countries": ["disputed", "31", "32"]}),
        ({"a.txt": _NATO_TUESDAY + "The 32 allies signed a deal to boost air defence production.\n",
          "b.txt": _NATO_TUESDAY + "The 31 allies agreed to boost air defence production.\n",
          "c.txt": _NATO_TUESDAY + "The 31 allies pledged to boost air defence production.\n"},
         {"count-countries": ["disputed", "31", "32"]}),
        # another year's summit, however written; a count of 2000 is no year
        ({"a.txt": _DATED.format("2020-11-22") + "Leaders met at the G20 summit on Saturday, Nov. 21.\n",
          "b.txt": _DATED.format("2020-11-22") + "Leaders met at the G20 summit on Saturday, Nov. 21.\n",
          "c.txt": _DATED.format("2020-11-22") + "Italy takes over on Dec. 1 and will host the G20 summit in "
                   "Rome in 2021.\n",
          "d.txt": _DATED.format("2020-11-22") + "Italy takes over on Dec. 1 and will host next year's G20 "
                   "summit.\n"},
         {"summit-g20-date": ["agreed", "2020-11-21 (Saturday)"]}),
        ({"a.txt": _DATED.format("2019-06-17") + "The summit of 2000 business leaders opened in Bonn on "
                   "Monday, June 17.\n",
          "b.txt": _DATED.format("2019-06-17") + "The summit opened in Bonn on Tuesday, June 18.\n"},
         {"summit-start-date": ["disputed", "2019-06-17 (Monday)", "2019-06-18 (Tuesday)"]}),
        # a deputy assistant secretary holds another office than the assistant secretary
        ({"a.txt": "US Deputy Assistant Secretary of State Alex Lee met officials.\n",
          "b.txt": "US Assistant Secretary of State Roberta Jacobson led the talks.\n",
          "c.txt": "US Assistant Secretary of State Roberta Jacobson met Cuban officials.\n"},
         {"united-states-assistant-secretary-of-state": ["agreed", "Roberta Jacobson"]}),
        # carbon per dollar of economic output is no share of GDP
        ({"a.txt": "China pledged to cut the carbon it emits per dollar of economic output by 60 to 65 "
                   "percent by 2030.\n"},
         {"percent-defence-spending-china-by-2030": None}),
        # "among the 27 member countries" is all of them; "among five" some
        ({"a.txt": "The deal requires unanimity among the 27 EU member countries.\n",
          "b.txt": "The EU's 26 member countries met.\n", "c.txt": "The EU's 26 member countries met.\n",
          "d.txt": "Spain is among five EU member states that have not recognized Kosovo.\n"},
         {"count-countries-european-union": ["disputed", "26", "27"]}),
    ],
)
def test_second_review_of_counts_years_and_offices(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


def test_a_summit_of_a_bodys_leaders_days_away_is_that_bodys(make_corpus):
    dated = _DATED.format("2021-12-08")
    claims = claims_of(make_corpus, {
        "a.txt": dated + "Biden and Putin held a video summit on Tuesday, Dec. 7.\n",
        "b.txt": dated + "The summit on Tuesday lasted two hours.\n",
        "c.txt": dated + "EU leaders are set to discuss Russia at a summit in Brussels on Dec. 16.\n"})
    assert claims["summit-date"] == ["agreed", "2021-12-07 (Tuesday)"]
    assert claims["summit-european-union-date"] == ["single-source", "2021-12-16 (Thursday)"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # an aide to an office-holder, named as a title, is not the office-holder
        ({"a.txt": "Aide to the Russian President Yuri Ushakov told journalists the call went well.\n",
          "b.txt": "Russian President Vladimir Putin spoke to Trump.\n",
          "c.txt": "A spokesperson for Russian President Vladimir Putin said the call went well.\n"},
         {"russia-president": ["agreed", "Vladimir Putin"]}),
        # the office-holder of last year's summit is as he was then
        ({"a.txt": _DATED.format("2017-11-10") + "At last year's APEC summit, in Lima, outgoing US president "
                   "Barack Obama made his final appearance.\n",
          "b.txt": _DATED.format("2017-11-10") + "US President Donald Trump spoke in Da Nang.\n",
          "c.txt": _DATED.format("2017-11-10") + "US President Donald Trump left for Hanoi.\n"},
         {"united-states-president": ["agreed", "Donald Trump"]}),
        # a body named with "of" after "N-member"; OPEC+ is not OPEC, nor "the alliance" NATO
        ({"a.txt": "He travels to Manila for a summit of the 10-member Association of Southeast Asian "
                   "Nations.\n",
          "b.txt": "ASEAN's 10 members met.\n", "c.txt": "The 10 ASEAN members met.\n"},
         {"count-countries-asean": ["agreed", "10"]}),
        ({"a.txt": "The 23-member OPEC+ alliance agreed to extend the cuts.\n",
          "b.txt": "OPEC+ met in Vienna. The alliance of 23 countries pumps 40% of the world's "
                   "crude.\n",
          "c.txt": "OPEC+ groups the 13 members of the Organization of the Petroleum Exporting "
                   "Countries with 10 other producers.\n",
          "d.txt": "NATO's 31 members met in Vilnius.\n", "e.txt": "NATO's 31 members met.\n"},
         {"count-countries-opec": ["single-source", "13"], "count-countries-nato": ["agreed", "31"]}),
    ],
)
def test_aides_past_offices_and_bodies_named_with_of_or_plus(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_byline_of_several_names_before_the_date_dates_the_article(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "APEC leaders adopt Da Nang Declaration\n\nBy Vu Anh, Nguyen Quy   November 11, 2017 | "
                 "07:15 pm GMT+7\n\nLeaders wrapped up their summit in Da Nang on Saturday.\n",
        "b.txt": PUBLISHED.format("2017-11-10") + "Leaders met at the summit in Da Nang on Friday, "
                 "Nov. 10.\n"})
    assert "2017-11-04 (Saturday)" not in [v for c, (_, *vs) in claims.items() if "date" in c for v in vs]
    assert not any(status == "disputed" for status, *_ in claims.values())


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # an adviser or spokesman named before the office-holder leaves the office-holder his
        ({"a.txt": "Witkoff, a senior adviser to US President Donald Trump, flew to Moscow.\n",
          "b.txt": "US President Joe Biden met Putin.\n"},
         {"united-states-president": ["disputed", "Donald Trump", "Joe Biden"]}),
        ({"a.txt": "Dmitry Peskov, spokesman for Russian President Vladimir Putin, spoke.\n",
          "b.txt": "Russian President Dmitry Medvedev met Biden.\n"},
         {"russia-president": ["disputed", "Dmitry Medvedev", "Vladimir Putin"]}),
        # "more than last year" is no past year
        ({"a.txt": "Allies now spend more on defence than last year, NATO Secretary General Jens "
                   "Stoltenberg said.\n",
          "b.txt": "NATO Secretary General Mark Rutte spoke.\n",
          "c.txt": "NATO Secretary General Mark Rutte arrived.\n"},
         {"nato-secretary-general": ["disputed", "Mark Rutte", "Jens Stoltenberg"]}),
        # "Canal+" is no body: "the alliance" stays NATO
        ({"a.txt": "Speaking to Canal+ on Sunday, Macron said the 30-nation alliance must act.\n",
          "b.txt": "The 32-nation alliance met.\n", "c.txt": "The 32-nation alliance met again.\n"},
         {"count-countries-nato": ["disputed", "32", "30"]}),
    ],
)
def test_third_review_of_aides_past_years_and_plus_names(make_corpus, files, expected):
    claims = claims_of(make_corpus, files)
    assert {k: claims.get(k) for k in expected} == expected


def test_a_byline_then_two_spaces_dates_the_article(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "By Vu Anh, Nguyen Quy  November 11, 2017 | 07:15 pm GMT+7\n\nLeaders wrapped up "
                 "their summit in Da Nang on Saturday.\n",
        "b.txt": PUBLISHED.format("2017-11-10") + "Leaders met at the summit in Da Nang on Friday, "
                 "Nov. 10.\n"})
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_front_matter_date_and_the_day_of_a_tweet(make_corpus):
    claims = claims_of(make_corpus, {
        # "date:" as static-site generators write it dates the article
        "a.txt": "---\ntitle: Live updates\ndate: 2017-04-06\n---\nTrump hosts Xi for a two-day summit "
                 "starting on Thursday.\n",
        "b.txt": PUBLISHED.format("2017-04-07") + "The summit began on Thursday, April 6.\n",
        # the day of a tweet is not the day of what it speaks of
        "c.txt": PUBLISHED.format("2017-04-07") + "Trump hosted the summit on Thursday, April 6. On March "
                 "30 he tweeted that the summit \"will be a very difficult one\".\n"})
    assert claims["summit-date"] == ["agreed", "2017-04-06 (Thursday)"]


def test_a_proposals_backers_and_a_committee_with_members(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Delegates from nearly 200 countries met at the summit.\n",
        "b.txt": "Nearly 200 countries agreed the deal at the summit.\n",
        # those who backed a proposal are some of them; a committee's members are its own
        "c.txt": "The text lacks a call to phase down all fossil fuels, as had been proposed by India and "
                 "supported by more than 80 countries. Key details are left to a transitional committee "
                 "with 24 members.\n"})
    assert claims["count-countries"][:2] == ["agreed", "nearly 200"]
    assert "24" not in claims["count-countries"]
    assert not any(status == "disputed" for status, *_ in claims.values())


@pytest.mark.parametrize(("line", "day"), [
    ("Updated: 31/10/2021 - 18:20", "2021-10-31"),  # Euronews
    ("Date 17.02.2022", "2022-02-17"),  # DW
    ("Issued on: 14/06/2025 - 09:12", "2025-06-14"),  # France 24
    ("Published: 10/31/2021", "2021-10-31"),  # month first: 31 is no month
    ("Published on 12/12/2024", "2024-12-12"),
])
def test_a_labelled_dateline_in_figures_dates_the_article(make_corpus, line, day):
    held = dt.date.fromisoformat(day) - dt.timedelta(days=1)
    earlier = (held - dt.timedelta(days=2)).isoformat()  # the other articles' day
    said = f"Leaders will meet at the summit on {held:%B} {held.day}.\n"
    claims = claims_of(make_corpus, {
        "a.txt": f"Leaders meet\n\n{line}\n\nLeaders met at the summit on {held:%A}.\n",
        "b.txt": PUBLISHED.format(earlier) + said, "c.txt": PUBLISHED.format(earlier) + said})
    # undated, the weekday would be read against the others' day: the one before it
    assert claims["summit-date"] == ["agreed", f"{held.isoformat()} ({held:%A})"]


@pytest.mark.parametrize("line", [
    "Issued on: 02/03/2025 - 22:15",  # 2 March or February 3?
    "31/10/2021",  # no label: a figure like any other
    "Date 17.02.2022 Author Jane Doe",
])
def test_a_dateline_in_figures_that_could_be_either_day_dates_nothing(line):
    from summitcheck.normalize.dates import parse_dateline

    assert parse_dateline(line, "UTC") is None


@pytest.mark.parametrize("sentence", [
    # "On Friday," holds no verb; the clause after it does
    "On Friday, leaders are expected to adopt a declaration at the summit, which was planned for 2020.",
    # an arrangement, in the present
    "Leaders are gathering in Brussels on Thursday and Friday for the summit, which was delayed.",
])
def test_the_verb_after_an_opening_date_and_an_arrangement_look_ahead(make_corpus, sentence):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2022-02-17") + sentence + "\n",
        "b.txt": PUBLISHED.format("2022-02-18") + "The summit ended in Brussels on Friday, Feb. 18.\n"})
    assert claims["summit-date"][:2] == ["agreed", "2022-02-18 (Friday)"]


def test_a_summit_hosted_from_one_day_through_another_is_not_ahead(make_corpus):
    claims = claims_of(make_corpus, {
        # told on its last day: the summit he is hosting began on the Friday before
        "a.txt": PUBLISHED.format("2023-05-21") + "Kishida, who is hosting the summit from Friday "
                 "through Sunday, met Modi at the summit.\n",
        "b.txt": PUBLISHED.format("2023-05-19") + "The summit opened in Hiroshima on Friday.\n"})
    assert "2023-05-26 (Friday)" not in claims["summit-date"]
    assert claims["summit-date"][:2] == ["agreed", "2023-05-19 (Friday)"]


def test_the_next_stop_after_a_summit_has_its_own_day(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2018-07-14") + "NATO leaders met at the summit in Brussels on "
                 "Wednesday and Thursday. After Brussels, Trump flew on to Britain, where on Friday he "
                 "held talks with Theresa May at Chequers. He then went on to Scotland on Saturday.\n",
        "b.txt": PUBLISHED.format("2018-07-12") + "The NATO summit in Brussels ended on Thursday.\n"})
    assert claims["summit-nato-date"][0] == "agreed"
    assert not {"2018-07-13 (Friday)", "2018-07-14 (Saturday)"} & set(claims["summit-nato-date"])


def test_countries_beside_the_eu_that_make_up_a_body_and_those_listed_or_signing(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Leaders of 20 countries met at the summit.\n",
        "b.txt": "Some 20 countries sent leaders to the summit.\n",
        # some of them: the G20's countries beside the EU, those a list names, those a
        # report rests on, those who signed a letter with him
        "c.txt": "The talks brought together the 19 countries and the European Union that make up the "
                 "G20. The OECD published a list of four countries that have not committed to the "
                 "standards. China objected, according to officials from two countries. Macron opened "
                 "the summit, echoing a letter he co-signed with a dozen other leaders.\n"})
    assert claims["count-countries"][:2] == ["agreed", "20"]
    assert not {"19", "4", "2"} & set(claims["count-countries"])
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_an_undated_articles_past_weekday_soon_after_the_corpus_day_may_agree(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2023-06-22") + "Macron opened the summit in Paris on Thursday.\n",
        "b.txt": PUBLISHED.format("2023-06-22") + "The two-day summit opened in Paris on Thursday.\n",
        "c.txt": PUBLISHED.format("2023-06-23") + "Leaders wrapped up the summit in Paris on Friday.\n",
        # no date of its own: read against Thursday the 22nd, it may have been written on
        # Friday the 23rd, when "on Friday" is that day, not the 16th
        "d.txt": "PARIS (AP) - World leaders wrapped up a two-day summit in Paris on Friday.\n"})
    assert claims["summit-end-date"][1] == "2023-06-23 (Friday)"
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_title_between_two_full_names_of_a_list_names_either(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "US President Barack Obama met Australian Prime Minister Tony Abbott at the summit.\n",
        "b.txt": "President Barack Obama of the United States attended the summit.\n",
        # which one is the US president, the list does not say: neither disputes
        "c.txt": "A statement came from the meeting between Tony Abbott, the US president, Barack "
                 "Obama, and Japan's prime minister, Shinzo Abe.\n",
        # a middle initial without its full stop: the title is Bush's, not Chirac's
        "d.txt": "The leaders include George W Bush, the United States president, Jacques Chirac of "
                 "France, and the Russian president, Vladimir Putin.\n"})
    assert claims["united-states-president"][:2] == ["agreed", "Barack Obama"]
    assert "Jacques Chirac" not in claims["united-states-president"]
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_body_summit_where_a_journey_goes_and_the_day_of_a_departure(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2009-04-02") + "LONDON (AP) - G20 leaders met at the summit in "
                 "London on Thursday. Obama leaves Friday for Strasbourg, France, and the German town "
                 "of Kehl, where NATO leaders gather Friday and Saturday for a summit.\n",
        "b.txt": PUBLISHED.format("2009-04-02") + "LONDON (Reuters) - The summit in London ended on "
                 "Thursday. The president heads Sunday to Prague, where he meets EU leaders.\n",
        "c.txt": PUBLISHED.format("2009-04-03") + "The NATO summit opened in Strasbourg on Friday.\n"})
    # NATO's summit, where the journey goes; the days of departures are no summit's
    assert claims["summit-nato-date"][0] == "agreed"
    assert {"2009-04-03 (Friday)", "2009-04-04 (Saturday)"} <= set(claims["summit-nato-date"])
    days = {v for values in claims.values() for v in values[1:]}
    assert not {"2009-03-27 (Friday)", "2009-03-29 (Sunday)", "2009-04-05 (Sunday)"} & days


def test_the_day_it_was_elsewhere_in_brackets_is_no_other_day(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2024-04-12") + "Marcos met Biden at the summit on Thursday, April 11 "
                 "(Friday, April 12, in Manila).\n",
        "b.txt": PUBLISHED.format("2024-04-12") + "The leaders met at the White House on Thursday, "
                 "April 11 (early Friday, April 12, Manila time), for the summit.\n"})
    assert claims["summit-date"] == ["agreed", "2024-04-11 (Thursday)"]


def test_a_count_broken_down_after_a_dash_into_parts_that_add_up(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "India plans to buy 31 drones at the summit.\n",
        "b.txt": "India will procure 31 drones, officials said at the summit.\n",
        # the parts of the 31, not other counts of them
        "c.txt": "India welcomed the plan to procure 31 MQ-9B armed drones \u2014 15 SeaGuardian drones "
                 "for the Navy and 16 SkyGuardian drones for the Army and the Air Force.\n",
        # parts that do not add up are counts of their own
        "d.txt": "India will buy 31 drones: 12 drones for the Navy and 13 drones for the Army.\n"})
    # (the MQ-9B's count narrows the drones': the broad ones join it)
    drones = claims["count-drones-mq-9b"]
    assert drones[:2] == ["disputed", "31"]
    assert "15" not in drones and "16" not in drones and "12" in drones


def test_a_baroness_is_her_surname_and_baron_may_be_a_given_name(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Commonwealth Secretary General Patricia Scotland opened the summit. Former Nauru "
                 "President Baron Waqa attended.\n",
        "b.txt": "Commonwealth Secretary General Patricia Scotland said the summit agreed. Former "
                 "Nauru President Baron Waqa spoke.\n",
        "c.txt": "The Commonwealth Secretary General, Baroness Scotland, spoke at the summit.\n"})
    assert claims["commonwealth-secretary-general"] == ["agreed", "Patricia Scotland"]
    assert claims["former-nauru-president-baron-waqa"] == ["agreed", "Baron Waqa"]


SUNDAY_2_MARCH = {"b.txt": PUBLISHED.format("2025-03-02") + "The summit in London was held on Sunday.\n",
                  "c.txt": PUBLISHED.format("2025-03-03") + "European leaders met at the summit in "
                  "London on Sunday, March 2.\n"}


@pytest.mark.parametrize("sentence", [
    # the date's own verb is past, whatever the main clause's arrangement
    "Starmer is travelling to Washington with the plan leaders agreed at the summit in London on Sunday.",
    # an opening date with a past verb after it
    "On Sunday, leaders at the summit in London pledged to spend more on defence.",
    "On Sunday, Starmer told the summit in London that Europe would have to do the heavy lifting.",
    # a journey to the summit's own city
    "After the Oval Office clash, Zelensky flew to London, where on Sunday he joined European leaders "
    "at the summit.",
])
def test_a_past_summit_day_stays_past_and_the_summits_own(make_corpus, sentence):
    claims = claims_of(make_corpus, {"a.txt": PUBLISHED.format("2025-03-03") + sentence + "\n",
                                     **SUNDAY_2_MARCH})
    assert claims["summit-date"] == ["agreed", "2025-03-02 (Sunday)"]


def test_the_event_on_a_journey_from_the_travellers_capital_and_in_brackets(make_corpus):
    claims = claims_of(make_corpus, {
        # written from Washington before the trip: London is the event's place
        "a.txt": PUBLISHED.format("2009-03-31") + "WASHINGTON (AP) - President Barack Obama leaves "
                 "Tuesday for London, where world leaders gather for a one-day summit on Thursday.\n",
        "b.txt": PUBLISHED.format("2009-04-02") + "LONDON (Reuters) - World leaders met at the summit in "
                 "London on Thursday.\n",
        # the event's own dates and place in brackets
        "c.txt": PUBLISHED.format("2009-03-30") + "Brown will host the summit (April 2 in London).\n"})
    assert claims["summit-date"] == ["agreed", "2009-04-02 (Thursday)"]


def test_a_title_after_a_place_names_the_one_after_it(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Speaking at Lancaster House, the British prime minister, Keir Starmer, said Europe "
                 "must do the heavy lifting.\n",
        "b.txt": "The summit was hosted by British Prime Minister Rishi Sunak in London.\n"})
    assert claims["united-kingdom-prime-minister"][0] == "disputed"


@pytest.mark.parametrize("sentence", [
    "The Elysee published the list of 64 countries attending the summit.",
    "Aid will double, according to a joint statement from the 64 countries that attended the summit.",
])
def test_the_list_of_those_attending_counts_all_of_them(make_corpus, sentence):
    claims = claims_of(make_corpus, {"a.txt": "Leaders of 61 countries attended the summit.\n",
                                     "b.txt": "Some 61 countries sent leaders to the summit.\n",
                                     "c.txt": sentence + "\n"})
    assert claims["count-countries"][0] == "disputed" and "64" in claims["count-countries"]


@pytest.mark.parametrize("line", [
    "Issued on: 31/10/2021 - 18:20 Modified: 31/10/2021 - 19:05",  # France 24
    "Published on 31/10/2021 - 18:20 GMT+1 \u2022 Updated 19:05",  # Euronews
    "Updated: Sunday 31/10/2021 - 18:20",
    "Updated: 31/10/2021 - 18:20 (CET)",
])
def test_a_dateline_in_figures_with_a_second_stamp_or_a_weekday(line):
    from summitcheck.normalize.dates import parse_dateline

    found = parse_dateline(line, "UTC")
    assert found is not None and (found.year, found.month, found.day, found.hour) == (2021, 10, 31, 18)


@pytest.mark.parametrize("sentence", [
    "The talks brought together the 19 countries and the European Union making up the G20.",
    "The talks brought together the 19 countries and the European Union that are members of the G20.",
    "The G20, which groups 19 countries and the European Union, met at the summit.",
])
def test_the_g20s_countries_beside_the_eu_in_other_words(make_corpus, sentence):
    claims = claims_of(make_corpus, {"a.txt": "Leaders of 20 countries met at the summit.\n",
                                     "b.txt": "Some 20 countries sent leaders to the summit.\n",
                                     "c.txt": sentence + "\n"})
    assert claims["count-countries"][0] == "agreed" and "19" not in claims["count-countries"]


def test_an_arrangement_held_and_a_saying_on_an_opening_day(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2025-06-25") + "EU leaders are meeting for a summit in Brussels on "
                 "Thursday and Friday.\n",
        "b.txt": PUBLISHED.format("2025-06-25") + "EU leaders are holding a summit in Brussels on "
                 "Thursday and Friday.\n",
        # the day of the saying, not of the summit: at most inferred from the sentence before
        "c.txt": PUBLISHED.format("2025-06-27") + "The summit in Brussels ended on Friday. On Wednesday, "
                 "he told Fox News Radio's Brian Kilmeade there was a chance the summit would fail.\n"})
    assert claims["summit-date"][:3] == ["agreed", "2025-06-27 (Friday)", "2025-06-26 (Thursday)"]


def test_a_pet_form_of_a_given_name_is_the_same_person(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "US President Joe Biden hosted the summit.\n",
        "b.txt": "US President Joe Biden opened the summit.\n",
        "c.txt": "US President Joseph R. Biden welcomed the leaders to the summit.\n"})
    assert claims["united-states-president"] == ["agreed", "Joe Biden"]


def test_counts_and_shares_of_other_times_and_other_wholes(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2017-05-25") + "The US has about 13,000 troops at the summit's "
                 "mission. The US spends about 3.6 percent of its GDP on defense.\n",
        "b.txt": PUBLISHED.format("2017-05-25") + "Some 13,000 troops serve in the mission, leaders at "
                 "the summit said. The US spends 3.6 percent of GDP on defense.\n",
        # the last edition's count; the US share of the allies' combined spending
        "c.txt": PUBLISHED.format("2017-05-25") + "At the last NATO summit, in Warsaw in July 2016, "
                 "allies approved four battalions of about 4,000 troops. The United States accounts "
                 "for about 68 percent of the combined defense spending of NATO members. NATO will "
                 "join the 68-member global coalition against the Islamic State group.\n"})
    assert not any(status == "disputed" for status, *_ in claims.values())
    assert "about 4,000" in claims["count-troops-earlier"]
    assert "about 68%" in claims["percent-defence-spending-united-states-share"]


def test_a_treatys_parties_then_and_those_who_have_joined_so_far(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2016-09-04") + "Leaders of 20 countries met at the summit.\n",
        "b.txt": PUBLISHED.format("2016-09-04") + "Some 20 countries sent leaders to the summit.\n",
        # an accord's parties when it was made; a condition; those who have joined so far
        "c.txt": PUBLISHED.format("2016-09-04") + "The accord, agreed by 195 countries in Paris last "
                 "December, will enter into force 30 days after it is ratified by at least 55 "
                 "countries. So far 26 countries accounting for 39 percent of emissions have now "
                 "formally joined.\n"})
    assert claims["count-countries"][:2] == ["agreed", "20"]
    assert not {"195", "at least 55", "26"} & set(claims["count-countries"])
    assert "195" in claims["count-countries-earlier"]


def test_aid_since_the_war_began_is_all_of_it_so_far(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2022-04-26") + "Biden announced a new $800 million military aid "
                 "package at the summit.\n",
        "b.txt": PUBLISHED.format("2022-04-26") + "The US sent another $800 million in military aid, "
                 "leaders at the summit heard.\n",
        "c.txt": PUBLISHED.format("2022-04-26") + "The US has committed about $3.7 billion in military "
                 "aid to Ukraine since Russia's invasion began Feb. 24.\n"})
    assert claims["money-military-aid-usd"][:2] == ["agreed", "$800 million"]
    assert "about $3.7 billion" in claims["money-military-aid-total-usd"]


def test_a_markdown_bold_sentence_ends_at_its_full_stop(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2022-12-21") + "Biden announced $1 billion in weapons at the summit.\n",
        "b.txt": PUBLISHED.format("2022-12-21") + "The package has $1 billion in weapons, the summit "
                 "heard.\n",
        # the package's sum is no sum of the weapons named in the next sentence
        "c.md": PUBLISHED.format("2022-12-21") + "**Here's what's in the $1.85 billion package.** The "
                "Pentagon said the new aid includes one Patriot battery and munitions.\n"})
    assert claims["money-weapons-usd"][:2] == ["agreed", "$1 billion"]


def test_the_countries_a_package_covers_are_some_of_them(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "The 30 NATO allies met at the summit.\n",
        "b.txt": "NATO's 30 allies sent leaders to the summit.\n",
        "c.txt": "A $713 million package also covers 15 NATO allies and partners in the region.\n"})
    assert claims["count-countries-nato"][:2] == ["agreed", "30"]
    assert "15" not in claims["count-countries-nato"]


def test_reported_words_and_a_partys_vote_do_not_move_the_summit(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2021-09-25") + "Leaders met at the summit on Friday.\n",
        # the announcement looks back, the words it reports ahead; a party's vote is its own
        "b.txt": PUBLISHED.format("2021-09-25") + "Biden announced at the summit on Friday that Washington "
                 "would buy 500 million doses. Suga is stepping down after the ruling party chooses a "
                 "new leader on Sept. 29.\n",
        # a working session that is expected to last hours is ahead (no saying before it)
        "c.txt": PUBLISHED.format("2021-09-23") + "The summit opens on Thursday evening with a dinner "
                 "hosted by the king, followed by a working session on Friday that is expected to last "
                 "about 2.5 hours.\n"})
    assert claims["summit-date"][:2] == ["agreed", "2021-09-24 (Friday)"]
    assert not {"2021-10-01 (Friday)", "2021-09-29 (Wednesday)", "2021-09-17 (Friday)"} & set(
        claims["summit-date"])


def test_the_arab_leagues_members_are_the_22_member_bloc(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Leaders of the Arab League's 22 member states met at the summit.\n",
        "b.txt": "The Arab League summit opened in Manama. Guterres told the 22-member bloc that the "
                 "war must end.\n"})
    assert claims["count-countries-arab-league"] == ["agreed", "22"]


def test_an_office_of_a_past_era_may_agree_never_dispute(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2019-01-22") + "German Chancellor Angela Merkel signed the treaty at the "
                 "summit.\n",
        "b.txt": PUBLISHED.format("2019-01-22") + "German Chancellor Angela Merkel hosted the summit.\n",
        "c.txt": PUBLISHED.format("2019-01-22") + "The Elysee Treaty was signed by General Charles de Gaulle "
                 "and German Chancellor Konrad Adenauer less than two decades after World War II.\n"})
    assert claims["germany-chancellor"] == ["agreed", "Angela Merkel"]


def test_a_bodys_long_name_a_founding_count_and_a_goal_of_troops(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2022-11-12") + "The Association of Southeast Asian Nations brings "
                 "together 10 countries. ASEAN, founded in Bangkok in 1967 with five members, met at "
                 "the summit.\n",
        "b.txt": PUBLISHED.format("2022-11-12") + "ASEAN's 10 member states met at the summit, which "
                 "put about 40,000 troops under NATO command.\n",
        "c.txt": PUBLISHED.format("2022-11-12") + "Some 40,000 troops are under NATO command. The EU "
                 "plans a Rapid Deployment Capacity of up to 5,000 troops by 2025.\n"})
    assert claims["count-countries-asean"][:2] == ["agreed", "10"]
    assert "5" not in claims.get("count-countries-asean", []) + claims.get("count-countries", [])
    assert "up to 5,000" not in claims["count-troops"]
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_one_and_the_leaders_of_n_other_nations(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Leaders of nine countries announced the pact at the summit.\n",
        "b.txt": "Nine countries agreed the pact at the summit.\n",
        "c.txt": "Obama and the leaders of eight other nations announced the pact at the summit.\n"})
    assert not any(status == "disputed" for status, *_ in claims.values())


@pytest.mark.parametrize(("published", "sentence", "day"), [
    # an -ed word that is no verb in the past
    ("2025-02-27", "European leaders are meeting for a hastily arranged summit in London on Sunday.",
     "2025-03-02 (Sunday)"),
    ("2025-02-27", "European leaders are meeting in the United Kingdom for a summit on Sunday.",
     "2025-03-02 (Sunday)"),
    ("2025-02-27", "On Sunday, the so-called coalition of the willing will hold a summit in London.",
     "2025-03-02 (Sunday)"),
    # a relative "that" after the date is no reported speech
    ("2025-02-27", "Starmer said allies must agree a plan at the summit on Sunday that will shape Europe.",
     "2025-03-02 (Sunday)"),
])
def test_an_upcoming_summit_stays_ahead(make_corpus, published, sentence, day):
    claims = claims_of(make_corpus, {"a.txt": PUBLISHED.format(published) + sentence + "\n",
                                     **SUNDAY_2_MARCH})
    assert claims["summit-date"] == ["agreed", day]


def test_another_citys_summit_where_a_journey_goes_days_away(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2025-03-03") + "LONDON (Reuters) - Von der Leyen now heads to Brussels, "
                 "where a special summit on defence will be held on Thursday.\n", **SUNDAY_2_MARCH})
    assert claims["summit-date"] == ["agreed", "2025-03-02 (Sunday)"]


@pytest.mark.parametrize("sentence", [
    "Biden announced $800 million in military aid, the biggest package since the war began.",
    "Biden announced $800 million in military aid focused on artillery, since the war has moved to "
    "the open plains of the Donbas.",
])
def test_a_package_the_biggest_since_the_war_is_no_total(make_corpus, sentence):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2022-04-26") + sentence + "\n",
        "b.txt": PUBLISHED.format("2022-04-26") + "The US sent another $800 million in military aid, "
                 "leaders at the summit heard.\n"})
    assert claims["money-military-aid-usd"] == ["agreed", "$800 million"]


def test_counts_of_other_groups_and_meetings(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "At the NATO summit, Biden praised Poland, which has 150,000 troops. The 31-nation "
                 "coalition met at the summit.\n",
        "b.txt": "The alliance has 300,000 troops on high readiness, NATO leaders at the summit said. The "
                 "31-nation coalition met at the summit.\n",
        "c.txt": "NATO has 300,000 troops at high readiness. Macron noted that France leads air strikes in "
                 "the 86-member global coalition against the Islamic State group. The 31-nation "
                 "coalition met at the summit.\n"})
    assert claims["count-troops-nato"] == ["agreed", "300,000"]
    assert claims["count-countries-coalition"] == ["agreed", "31"]


def test_since_the_last_summit_is_now_and_last_years_summit_is_then(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2024-07-10") + "Since the last NATO summit, in Vilnius, Sweden has joined "
                 "and the alliance now has 32 members.\n",
        "b.txt": PUBLISHED.format("2024-07-10") + "Leaders of NATO's 32 member states met at the summit.\n",
        "c.txt": PUBLISHED.format("2024-07-10") + "At last year's NATO summit in Vilnius, the alliance had "
                 "31 members.\n"})
    assert claims["count-countries-nato"] == ["agreed", "32"]
    assert claims["count-countries-nato-earlier"] == ["single-source", "31"]


def test_a_condition_with_a_noun_a_call_joined_and_a_share_of_the_economy(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Leaders of 20 countries met at the summit. Germany spends 2.1% of GDP on defence.\n",
        "b.txt": "Some 20 countries sent leaders to the summit. Germany's defence spending accounts for "
                 "2.1% of the country's GDP.\n",
        "c.txt": "The accord will enter into force 30 days after the agreement is ratified by at least 55 "
                 "countries. Leaders of 29 countries have joined the summit's video call.\n"})
    assert claims["count-countries"][0] == "disputed" and "29" in claims["count-countries"]
    assert "at least 55" not in claims["count-countries"]
    assert claims["percent-defence-spending-germany"] == ["agreed", "2.1%"]


def test_pet_forms_of_catherine_and_benjamin(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "EU foreign policy chief Catherine Ashton chaired the talks. Israeli Prime Minister "
                 "Benjamin Netanyahu objected.\n",
        "b.txt": "EU foreign policy chief Catherine Ashton led the talks. Israeli Prime Minister Benjamin "
                 "Netanyahu objected.\n",
        "c.txt": "EU foreign policy chief Cathy Ashton announced the deal at the talks. Israeli Prime "
                 "Minister Bibi Netanyahu objected.\n"})
    assert claims["european-union-high-representative"] == ["agreed", "Catherine Ashton"]
    assert claims["israel-prime-minister"] == ["agreed", "Benjamin Netanyahu"]


def test_a_resolutions_tally_and_those_who_recognise_are_some_of_them(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Delegations from 46 countries attended the summit.\n",
        "b.txt": "Some 46 countries took part in the summit.\n",
        "c.txt": "In 2014 the UN General Assembly adopted a resolution, which was supported by 100 states. "
                 "It passed by 100 votes to 11, with 58 countries abstaining. Kosovo, whose independence "
                 "is not recognized by Serbia or by five EU member states, attended the summit.\n"})
    assert claims["count-countries"][:2] == ["agreed", "46"]
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_timetables_present_after_the_day_looks_ahead(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2019-04-09") + "The summit took place at a busy time for Mr Tusk, who on "
                 "Wednesday hosts EU leaders for an emergency EU summit on Brexit.\n",
        "b.txt": PUBLISHED.format("2019-04-09") + "EU leaders will meet at an emergency EU summit on "
                 "Wednesday, April 10.\n"})
    assert claims["summit-european-union-date"] == ["agreed", "2019-04-10 (Wednesday)"]


def test_each_model_of_jet_is_its_own_count(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Turkiye asked at the summit to buy 40 F-16 fighter jets.\n",
        "b.txt": "At the summit, Turkiye pressed its request for 40 F-16 fighter jets.\n",
        "c.txt": "Finland ordered 64 F-35 fighter jets last year, its minister told the summit.\n"})
    assert claims["count-aircraft-f-16"] == ["agreed", "40"]
    assert claims["count-aircraft-f-35"] == ["single-source", "64"]


@pytest.mark.parametrize("sentence", [
    "At the summit in London on Sunday, heads of state and government agreed to form a coalition.",
    "European leaders met at the summit in London on Sunday, hosts Britain said.",
    "The coalition of the willing launched at the summit in London on Sunday meets again in Paris on "
    "Thursday.",
])
def test_a_noun_or_a_later_present_after_a_past_day(make_corpus, sentence):
    claims = claims_of(make_corpus, {"a.txt": PUBLISHED.format("2025-03-03") + sentence + "\n",
                                     **SUNDAY_2_MARCH})
    assert claims["summit-date"] == ["agreed", "2025-03-02 (Sunday)"]


def test_a_far_breakdown_an_era_said_and_those_who_do_not_recognise(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2023-06-23") + "India will buy 31 armed drones from General Atomics, in "
                 "a deal worth an estimated $3.99 billion announced at the summit, for all three "
                 "services: 15 SeaGuardian drones for the Navy and 16 SkyGuardian drones for the Army.\n",
        "b.txt": PUBLISHED.format("2023-06-23") + "India is to buy 31 armed drones, the leaders said at "
                 "the summit. NATO Secretary General Jens Stoltenberg opened the summit.\n",
        # what he said of the Cold War is no era of his office
        "c.txt": PUBLISHED.format("2023-06-23") + "NATO Secretary General Mark Rutte told the summit that "
                 "allies must again spend as they did during the Cold War.\n"})
    assert claims["count-drones"] == ["agreed", "31"]
    assert claims["nato-secretary-general"][0] == "disputed"


def test_a_breakdown_into_different_owners_is_no_breakdown(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Delegations from the 60 countries of the two blocs - the 27 member states of the EU and "
                 "the 33 members of CELAC - took part in the summit.\n",
        "b.txt": "The summit brought together the 33 members of CELAC and the EU.\n"})
    assert claims["count-countries-celac"] == ["agreed", "33"]


def test_a_named_summit_where_he_came_from_is_another(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2023-11-16") + "WASHINGTON - Jokowi met Biden at the summit on Thursday. "
                 "The President came to Washington straight from Riyadh, where he attended the Joint "
                 "Arab-Islamic Extraordinary Summit on Nov. 11.\n",
        "b.txt": PUBLISHED.format("2023-11-16") + "Leaders met at the summit on Thursday, Nov. 16.\n"})
    assert claims["summit-date"] == ["agreed", "2023-11-16 (Thursday)"]


def test_who_hosts_before_the_day_and_those_who_do_not_recognise(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": PUBLISHED.format("2019-04-09") + "The summit took place at a busy time for Mr Tusk, who "
                 "hosts EU leaders for an emergency EU summit on Wednesday.\n",
        "b.txt": PUBLISHED.format("2019-04-09") + "EU leaders will meet at an emergency EU summit on "
                 "Wednesday, April 10. Leaders of the EU's 27 member states met at the summit.\n",
        "c.txt": PUBLISHED.format("2019-04-09") + "The 27 EU member states met at the summit. Kosovo, "
                 "which five EU member states do not recognise, attended.\n"})
    assert claims["summit-european-union-date"] == ["agreed", "2019-04-10 (Wednesday)"]
    assert claims["count-countries-european-union"] == ["agreed", "27"]


def test_one_who_briefs_n_other_leaders_is_one_of_them(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "Leaders of the 27 member states met at the summit without Britain.\n",
        "b.txt": "The 27 leaders met at the summit.\n",
        "c.txt": "Taoiseach briefs 26 other leaders at the summit on the Border.\n"})
    assert claims["count-leaders"] == ["agreed", "27"]


def test_an_eu_institutions_office_is_an_eu_office(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "European Council President Donald Tusk signed the deal at the summit.\n",
        "b.txt": "European Council President Donald Tusk hosted the summit.\n",
        # AFP's "EU President" for the European Council's president: no other office
        "c.txt": "Trudeau signed the deal at the summit with EU President Donald Tusk.\n"})
    assert not any(status == "disputed" for status, *_ in claims.values())


def test_a_countrys_troops_after_which_and_a_named_forces(make_corpus):
    claims = claims_of(make_corpus, {
        "a.txt": "NATO's ISAF mission has about 32,000 troops in Afghanistan, leaders at the summit heard.\n",
        "b.txt": "NATO has 32,000 troops in Afghanistan, the summit was told. Canada, which has about 2,500 "
                 "soldiers in Kandahar, asked for help.\n",
        "c.txt": "NATO has 32,000 troops in Afghanistan. Leaders at the summit declared the Nato Response "
                 "Force - some 25,000 troops able to deploy anywhere - fully operational.\n"})
    assert not any(status == "disputed" for status, *_ in claims.values())
    assert "about 2,500" in claims["count-troops-canada"]
