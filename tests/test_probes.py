"""Coverage written to probe the rules (tests/data/probes/): thirteen folders of articles
in the style of outlets the coverage folders do not have (the FT, the Times, the NYT, the
Washington Post, PA, NPR, DW, Euronews, Fox, the Daily Mail, AFP, TASS...), about the
London summit (four folders) and eight other meetings (G7 Kananaskis 2025, the White House on 18
August 2025, NATO Vilnius 2023 and Washington 2024, Sharm el-Sheikh 2025, Trump and Xi
in Busan 2025, Alaska, The Hague, two). Reviewers wrote them with every fact
the same in every article of a folder, so any disputed claim is a false one; each false
dispute they found is mended and kept here. The agreed claims below were read in the
articles.
"""

from __future__ import annotations

import pytest

from summitcheck.audit import audit_folder
from summitcheck.models import Status
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import ROOT

PROBES = ROOT / "tests" / "data" / "probes"
# folder -> rules file (None: the built-in pack alone, as on day one of a summit)
FOLDERS = {
    "london-other-outlets": ROOT / "rules.yaml",
    "london-third-outlets": ROOT / "rules.yaml",
    "london-fourth-outlets": ROOT / "rules.yaml",
    "london-fifth-outlets": ROOT / "rules.yaml",
    "hague-third-outlets": None,
    "trump-xi-busan-2025": None,
    "g7-kananaskis-2025": None,
    "white-house-2025-08-18": None,
    "nato-vilnius-2023": None,
    "alaska-other-outlets": None,
    "hague-other-outlets": None,
    "nato-washington-2024": None,
    "sharm-el-sheikh-2025": None,
}


@pytest.fixture(scope="module")
def audited():
    return {name: audit_folder(PROBES / name, load_rules(rules) if rules else parse_rules_text(""))
            for name, rules in FOLDERS.items()}


@pytest.mark.parametrize("folder", FOLDERS)
def test_consistent_coverage_has_no_dispute(audited, folder):
    result = audited[folder]
    assert len(result.sources) >= 6 and not any(s.skipped for s in result.sources)
    assert [(c.id, [v.value for v in c.values]) for c in result.claims
            if c.status is Status.DISPUTED] == []


# (folder, claim, its majority value, the sources that state it)
AGREED = [
    ("london-other-outlets", "count-leaders", "18",
     "a_independent b_ft c_nyt d_washpost e_dw f_euronews g_pa"),
    ("london-other-outlets", "summit-european-union-date", "2025-03-06 (Thursday)",
     "a_independent b_ft d_washpost e_dw g_pa"),
    ("london-other-outlets", "percent-defence-spending-united-kingdom-by-2027", "2.5%",
     "b_ft c_nyt d_washpost e_dw"),
    ("g7-kananaskis-2025", "money-military-aid-cad", "C$2 billion",
     "b_ap c_bbc d_guardian e_politico f_aljazeera"),
    ("g7-kananaskis-2025", "money-loan-cad", "C$2.3 billion", "b_ap c_bbc d_guardian e_politico"),
    ("white-house-2025-08-18", "italy-prime-minister", "Giorgia Meloni",
     "a_reuters b_ap c_bbc d_guardian e_cnn f_kyivindependent"),
    ("white-house-2025-08-18", "money-weapons-united-states-usd", "about $90 billion",
     "a_reuters b_ap c_bbc e_cnn f_kyivindependent"),
    ("nato-vilnius-2023", "turkey-president", "Recep Tayyip Erdogan",
     "a_reuters b_ap c_bbc d_guardian e_politico f_aljazeera"),
    ("nato-vilnius-2023", "count-countries-nato", "31",
     "a_reuters b_ap c_bbc d_guardian e_politico f_aljazeera"),
    ("alaska-other-outlets", "united-states-president", "Donald Trump",
     "a_nyt b_washpost c_cnn d_fox e_dw"),
    ("alaska-other-outlets", "russia-foreign-minister", "Sergei Lavrov",
     "a_nyt b_washpost c_cnn d_fox e_dw f_politico g_independent"),
    ("hague-other-outlets", "percent-defence-related", "1.5%",
     "a_nyt b_ft d_euronews e_cnn f_independent g_reuters_factbox"),
    ("nato-washington-2024", "count-countries-nato", "32",
     "aljazeera-nato-summit-ukraine ap-biden-news-conference bbc-nato-summit-washington "
     "guardian-nato-summit nyt-biden-nato-news-conference politico-nato-washington-summit "
     "reuters-nato-ukraine-irreversible"),
    ("nato-washington-2024", "money-military-aid-eur", "more than \u20ac40 billion",
     "aljazeera-nato-summit-ukraine guardian-nato-summit politico-nato-washington-summit "
     "reuters-nato-ukraine-irreversible"),
    ("sharm-el-sheikh-2025", "qatar-emir", "Tamim bin Hamad Al Thani",
     "aljazeera ap bbc france24 guardian reuters"),
    ("sharm-el-sheikh-2025", "summit-date", "2025-10-13 (Monday)",
     "aljazeera ap bbc cnn france24 guardian reuters"),
    ("london-third-outlets", "loan-date", "2025-03-01 (Saturday)",
     "abc_au bloomberg economist kyivpost lemonde npr times"),
    ("london-third-outlets", "germany-chancellor", "Olaf Scholz",
     "bloomberg kyivpost lemonde npr times"),
    ("trump-xi-busan-2025", "south-korea-president", "Lee Jae-myung",
     "ap bbc bloomberg cnn guardian reuters scmp"),
    ("london-fourth-outlets", "summit-european-union-date", "2025-03-06 (Thursday)",
     "irishtimes mail thenational toi"),
    ("london-fourth-outlets", "count-leaders", "18",
     "euractiv fox irishtimes mail thehill thenational toi"),
    ("london-fifth-outlets", "money-missiles", "\u00a31.6 billion",
     "afp c4 indy_live ipaper playbook tass ukrinform"),
    ("hague-third-outlets", "percent-defence-spending-by-2035", "5%",
     "kyivindependent lemonde nos sky spiegel times washpost"),
]


@pytest.mark.parametrize(("folder", "claim", "value", "sources"), AGREED)
def test_facts_the_outlets_share_are_agreed(audited, folder, claim, value, sources):
    claims = {c.id: c for c in audited[folder].claims}
    assert claim in claims, sorted(claims)
    found = claims[claim]
    assert found.status is Status.AGREED
    assert found.values[0].value == value
    assert found.values[0].sources == tuple(sources.split())
