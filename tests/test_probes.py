"""Coverage written to probe the rules (tests/data/probes/): thirty-three folders of articles in
the style of outlets the coverage folders do not have (the FT, the Times, the NYT, the
Washington Post, PA, NPR, DW, Euronews, Fox, the Daily Mail, AFP, TASS, Xinhua, the Sun,
Axios...), about the London summit (eight folders: saved web pages, world outlets, US
outlets, British tabloids and regional papers among them) and 22 other meetings (G7
Kananaskis 2025, the White House on 18 August 2025, NATO Madrid 2022, Vilnius 2023 and
Washington 2024, Paris in September 2025,
Sharm el-Sheikh 2025, Trump and Xi in Busan 2025, Trump and Lee in Gyeongju 2025, Alaska,
two, The Hague, four, one of them official readouts, the EU summit of 6 March 2025, the
G20 in Johannesburg, the SCO in Tianjin, the UK-EU summit of May 2025, Trump in Riyadh,
the Paris "coalition of the willing" summit, the Istanbul talks of May 2025, the Ukraine
Recovery Conference in Rome, COP29 in Baku, the Munich Security Conference 2025).
Reviewers wrote them with every fact the same in every article of a folder, so any
disputed claim is a false one; each false dispute they found is mended and kept here.
The agreed claims below were read in the articles."""

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
    "london-web-pages": ROOT / "rules.yaml",
    "uk-eu-summit-2025": None,
    "trump-riyadh-2025": None,
    "paris-coalition-2025": None,
    "istanbul-talks-2025": None,
    "cop29-baku-2024": None,
    "hague-official-readouts": None,
    "london-world-outlets": ROOT / "rules.yaml",
    "eu-summit-2025-03-06": None,
    "g20-johannesburg-2025": None,
    "hague-fourth-outlets": None,
    "alaska-third-outlets": None,
    "london-us-outlets": ROOT / "rules.yaml",
    "london-uk-tabloids-regional": ROOT / "rules.yaml",
    "ukraine-recovery-rome-2025": None,
    "sco-tianjin-2025": None,
    "trump-lee-gyeongju-2025": None,
    "paris-coalition-2025-09": None,
    "nato-madrid-2022": None,
    "munich-security-conference-2025": None,
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
    ("uk-eu-summit-2025", "european-commission-president", "Ursula von der Leyen",
     "bbc_news_uk_eu_deal_2025-05-19 bloomberg_uk_eu_summit_2025-05-19 "
     "dw_uk_eu_summit_defense_2025-05-21 irishtimes_uk_eu_reset_2025-05-20 "
     "politico_eu_uk_defence_safe_2025-05-20 reuters_uk_eu_summit_2025-05-19"),
    ("uk-eu-summit-2025", "united-kingdom-prime-minister", "Keir Starmer",
     "bloomberg_uk_eu_summit_2025-05-19 dw_uk_eu_summit_defense_2025-05-21 "
     "irishtimes_uk_eu_reset_2025-05-20 reuters_uk_eu_summit_2025-05-19"),
    ("trump-riyadh-2025", "money-weapons-usd", "nearly $142 billion",
     "alarabiya_trump_sharaa_meeting ap_trump_riyadh_syria_sanctions "
     "cnn_trump_syria_sanctions_sharaa ft_trump_gulf_syria_analysis "
     "reuters_saudi_arms_investment wsj_trump_gulf_dealmaking"),
    ("trump-riyadh-2025", "qatar-emir", "Tamim bin Hamad Al Thani",
     "alarabiya_trump_sharaa_meeting ap_trump_riyadh_syria_sanctions "
     "cnn_trump_syria_sanctions_sharaa ft_trump_gulf_syria_analysis "
     "reuters_saudi_arms_investment wsj_trump_gulf_dealmaking"),
    ("paris-coalition-2025", "count-countries", "31",
     "afp_paris_summit_2025-03-27 france24_coalition_summit_2025-03-27 "
     "kyivindependent_paris_summit_2025-03-28 lemonde_en_reassurance_force_2025-03-28 "
     "nbcnews_paris_ukraine_summit_2025-03-27 rferl_coalition_willing_analysis_2025-03-29"),
    ("paris-coalition-2025", "summit-date", "2025-03-27 (Thursday)",
     "afp_paris_summit_2025-03-27 france24_coalition_summit_2025-03-27 "
     "kyivindependent_paris_summit_2025-03-28 lemonde_en_reassurance_force_2025-03-28 "
     "rferl_coalition_willing_analysis_2025-03-29 telegraph_starmer_putin_games_2025-03-28"),
    ("istanbul-talks-2025", "turkey-foreign-minister", "Hakan Fidan",
     "anadolu_turkiye_hosts_talks_2025-05-16 cbsnews_trump_putin_call_istanbul_2025-05-18 "
     "guardian_russia_ukraine_istanbul_2025-05-17 moscowtimes_istanbul_talks_2025-05-17 "
     "reuters_istanbul_talks_2025-05-16 tass_medinsky_istanbul_2025-05-16 "
     "ukrainska-pravda_istanbul-talks_2025-05-16"),
    ("istanbul-talks-2025", "ukraine-defence-minister", "Rustem Umerov",
     "anadolu_turkiye_hosts_talks_2025-05-16 cbsnews_trump_putin_call_istanbul_2025-05-18 "
     "guardian_russia_ukraine_istanbul_2025-05-17 moscowtimes_istanbul_talks_2025-05-17 "
     "reuters_istanbul_talks_2025-05-16 tass_medinsky_istanbul_2025-05-16 "
     "ukrainska-pravda_istanbul-talks_2025-05-16"),
    ("cop29-baku-2024", "count-countries", "nearly 200",
     "aljazeera_cop29_deal bbc_cop29_300bn_deal guardian_cop29_finance_deal reuters_cop29_deal "
     "thehindu_cop29_india_objection"),
    ("cop29-baku-2024", "united-nations-secretary-general", "Antonio Guterres",
     "aljazeera_cop29_deal bbc_cop29_300bn_deal reuters_cop29_deal "
     "thehindu_cop29_india_objection"),
    ("london-web-pages", "count-leaders", "18",
     "aa-turkish-fm-fidan-london-summit-ukraine cbsnews-europe-leaders-london-summit-ukraine "
     "pravda-com-ua-eng-london-summit-what-was-agreed "
     "rferl-european-leaders-london-summit-coalition "
     "skynews-live-ukraine-london-summit-2025-03-02 "
     "spectator-coffee-house-who-is-actually-willing standard-starmer-lancaster-house-summit"),
    ("london-web-pages", "duration-ceasefire", "1 month",
     "cbsnews-europe-leaders-london-summit-ukraine "
     "pravda-com-ua-eng-london-summit-what-was-agreed "
     "rferl-european-leaders-london-summit-coalition "
     "skynews-live-ukraine-london-summit-2025-03-02 "
     "spectator-coffee-house-who-is-actually-willing"),
    ("london-web-pages", "white-house-meeting-date", "2025-02-28 (Friday)",
     "aa-turkish-fm-fidan-london-summit-ukraine cbsnews-europe-leaders-london-summit-ukraine "
     "pravda-com-ua-eng-london-summit-what-was-agreed "
     "rferl-european-leaders-london-summit-coalition "
     "spectator-coffee-house-who-is-actually-willing standard-starmer-lancaster-house-summit"),
    ("hague-official-readouts", "percent-defence-spending-by-2035", "5%",
     "bundesregierung-merz-statement elysee-readout gov-uk-pm-press-release "
     "government-nl-press-release nato-declaration-and-press-release "
     "rutte-press-conference-transcript whitehouse-fact-sheet"),
    ("hague-official-readouts", "percent-defence-related-by-2035", "up to 1.5%",
     "bundesregierung-merz-statement gov-uk-pm-press-release government-nl-press-release "
     "nato-declaration-and-press-release rutte-press-conference-transcript whitehouse-fact-sheet"),
    ("eu-summit-2025-03-06", "count-leaders", "26",
     "dw_eu-leaders-back-rearm-europe_2025-03-07 euronews_rearm_europe_summit_2025-03-06 "
     "ft_eu-leaders-back-800bn-defence-plan_2025-03-07 "
     "guardian_eu-summit-defence-orban_2025-03-07 lemonde-en_eu-rearm-orban-ukraine_2025-03-08 "
     "politico-eu_rearm-summit_2025-03-06 reuters_eu_leaders_defence_20250306"),
    ("eu-summit-2025-03-06", "european-council-president", "António Costa",
     "euronews_rearm_europe_summit_2025-03-06 ft_eu-leaders-back-800bn-defence-plan_2025-03-07 "
     "guardian_eu-summit-defence-orban_2025-03-07 lemonde-en_eu-rearm-orban-ukraine_2025-03-08 "
     "politico-eu_rearm-summit_2025-03-06 reuters_eu_leaders_defence_20250306"),
    ("g20-johannesburg-2025", "canada-prime-minister", "Mark Carney",
     "aljazeera_g20_explainer_20251124 ap_g20_closes_20251123 "
     "bloomberg_g20_us_presidency_20251125 guardian_g20_ukraine_absence_20251124"),
    ("g20-johannesburg-2025", "summit-end-date", "2025-11-23 (Sunday)",
     "aljazeera_g20_explainer_20251124 ap_g20_closes_20251123 bbc_g20_johannesburg_20251123 "
     "bloomberg_g20_us_presidency_20251125 news24_g20_ramaphosa_gavel_20251123 "
     "reuters_g20_declaration_20251122"),
    ("hague-fourth-outlets", "count-countries-nato", "32",
     "abc_news_nato_trump_analysis_20250627 aljazeera_live_nato_summit_20250625 "
     "anadolu_nato_hague_ankara_20250626 bloomberg_nato_spending_deal_20250625 "
     "irishtimes_nato_summit_hague_20250626 skynews_nato_summit_trump_5pc_20250625 "
     "xinhua_nato_summit_20250625"),
    ("hague-fourth-outlets", "percent-defence-spending-by-2035", "5%",
     "abc_news_nato_trump_analysis_20250627 aljazeera_live_nato_summit_20250625 "
     "anadolu_nato_hague_ankara_20250626 bloomberg_nato_spending_deal_20250625 "
     "irishtimes_nato_summit_hague_20250626 skynews_nato_summit_trump_5pc_20250625 "
     "xinhua_nato_summit_20250625"),
    ("london-world-outlets", "count-leaders", "18",
     "abcnews_london_summit cbc_trudeau_london japantimes_london_summit nhk_world_london "
     "straitstimes_london trtworld_london_summit xinhua_london_summit"),
    ("london-world-outlets", "white-house-meeting-date", "2025-02-28 (Friday)",
     "abcnews_london_summit cbc_trudeau_london japantimes_london_summit nhk_world_london "
     "straitstimes_london trtworld_london_summit xinhua_london_summit"),
    ("alaska-third-outlets", "russia-foreign-minister", "Sergei Lavrov",
     "adn_2025-08-15_trump-putin-summit-jber foxnews_2025-08-15_trump-putin-alaska-summit "
     "kyivindependent_2025-08-17_after-alaska-zelensky-washington "
     "nbcnews_2025-08-15_live-updates-trump-putin-alaska "
     "tass_2025-08-16_putin-trump-alaska-summit xinhua_2025-08-16_trump-putin-alaska-talks"),
    ("alaska-third-outlets", "united-states-secretary-of-state", "Marco Rubio",
     "adn_2025-08-15_trump-putin-summit-jber foxnews_2025-08-15_trump-putin-alaska-summit "
     "kyivindependent_2025-08-17_after-alaska-zelensky-washington "
     "nbcnews_2025-08-15_live-updates-trump-putin-alaska "
     "tass_2025-08-16_putin-trump-alaska-summit xinhua_2025-08-16_trump-putin-alaska-talks"),
    ("london-us-outlets", "count-leaders", "18",
     "axios_europe-ukraine-london-summit latimes_european-leaders-rally-behind-zelensky-london "
     "nbcnews_london-summit-starmer-coalition newsweek_zelensky-europe-summit-trump-minerals "
     "pbs-newshour_europe-weighs-coalition-ukraine"),
    ("london-us-outlets", "white-house-meeting-date", "2025-02-28 (Friday)",
     "axios_europe-ukraine-london-summit latimes_european-leaders-rally-behind-zelensky-london "
     "nbcnews_london-summit-starmer-coalition newsweek_zelensky-europe-summit-trump-minerals "
     "pbs-newshour_europe-weighs-coalition-ukraine theatlantic_europe-coalition-of-the-willing "
     "time_europe-starmer-ukraine-plan"),
    ("london-uk-tabloids-regional", "money-loan", "£2.26 billion",
     "belfasttelegraph_thales_missiles_ukraine express_lancaster_house_summit "
     "lbc_pollard_no_agreement_truce metro_london_summit_what_was_agreed "
     "mirror_starmer_europe_steps_up scotsman_ukraine_summit_analysis "
     "sun_starmer_coalition_of_willing"),
    ("london-uk-tabloids-regional", "duration-ceasefire", "1 month",
     "lbc_pollard_no_agreement_truce metro_london_summit_what_was_agreed "
     "mirror_starmer_europe_steps_up scotsman_ukraine_summit_analysis "
     "sun_starmer_coalition_of_willing"),
    ("ukraine-recovery-rome-2025", "count-drones-russia", "397",
     "ansa_2025-07-10_urc-rome-opens dw_2025-07-11_merz-patriots-rome "
     "euronews_2025-07-11_eu-flagship-fund guardian_2025-07-12_rome-recovery-analysis "
     "kyivindependent_2025-07-11_recovery-conference politico-eu_2025-07-11_coalition-willing-us "
     "reuters_2025-07-10_allies-pledge"),
    ("ukraine-recovery-rome-2025", "italy-foreign-minister", "Antonio Tajani",
     "ansa_2025-07-10_urc-rome-opens dw_2025-07-11_merz-patriots-rome "
     "euronews_2025-07-11_eu-flagship-fund guardian_2025-07-12_rome-recovery-analysis "
     "kyivindependent_2025-07-11_recovery-conference"),
    ("sco-tianjin-2025", "money-loan-cny", "CNY 10 billion",
     "aljazeera-putin-modi-sco-summit bbc-putin-xi-gas-sco-parade reuters-xi-sco-putin-modi "
     "xinhua-xi-sco-tianjin-speech"),
    ("sco-tianjin-2025", "india-prime-minister", "Narendra Modi",
     "aljazeera-putin-modi-sco-summit bbc-putin-xi-gas-sco-parade reuters-xi-sco-putin-modi "
     "scmp-xi-modi-tianjin-banquet tass-putin-xi-talks-beijing "
     "thehindu-modi-xi-development-partners xinhua-xi-sco-tianjin-speech"),
    # (Reuters dates the deal "after the two leaders met on the sidelines of the APEC
    # summit": the APEC summit's day, the nearest summit named)
    ("trump-lee-gyeongju-2025", "summit-date", "2025-10-29 (Wednesday)",
     "joongang_nuclear_sub_homework koreaherald_trump_nuclear_sub_tariff_deal "
     "nikkei_korea_us_deal_cash_cap yonhap_lee_trump_tariff_deal"),
    ("trump-lee-gyeongju-2025", "south-korea-president", "Lee Jae Myung",
     "ap_trump_gold_crown_lee cnn_trump_south_korea_lee_gyeongju joongang_nuclear_sub_homework "
     "koreaherald_trump_nuclear_sub_tariff_deal nikkei_korea_us_deal_cash_cap "
     "reuters_trump_lee_trade_deal yonhap_lee_trump_tariff_deal"),
    ("paris-coalition-2025-09", "count-countries", "26",
     "afp_paris_coalition_20250904 france24_coalition_willing_26_countries "
     "guardian_coalition_willing_explainer kyivindependent_26-countries-reassurance-force "
     "lemonde_en_coalition_reassurance_force politico_eu_coalition_willing_26_no_numbers "
     "reuters_europe_ukraine_security_guarantees"),
    ("paris-coalition-2025-09", "germany-chancellor", "Friedrich Merz",
     "afp_paris_coalition_20250904 france24_coalition_willing_26_countries "
     "guardian_coalition_willing_explainer politico_eu_coalition_willing_26_no_numbers "
     "reuters_europe_ukraine_security_guarantees"),
    ("nato-madrid-2022", "nato-secretary-general", "Jens Stoltenberg",
     "ap_2022-06-29_biden-boosts-forces bbc_2022-06-30_johnson-ukraine-aid "
     "elpais-english_2022-06-29_strategic-concept politico-europe_2022-07-01_madrid-takeaways "
     "reuters_2022-06-28_turkey-lifts-veto thelocal-se_2022-07-02_sweden-nato-explained "
     "yle-news_2022-06-29_nato-invites-finland"),
    ("nato-madrid-2022", "count-countries-nato", "30",
     "ap_2022-06-29_biden-boosts-forces elpais-english_2022-06-29_strategic-concept "
     "thelocal-se_2022-07-02_sweden-nato-explained yle-news_2022-06-29_nato-invites-finland"),
    ("munich-security-conference-2025", "poland-prime-minister", "Donald Tusk",
     "guardian_munich_europe_seat_at_table_2025-02-16 "
     "politico_europe_munich_takeaways_2025-02-17"),
    ("munich-security-conference-2025", "united-states-vice-president", "JD Vance",
     "ap_scholz_rebukes_vance_zelenskyy_army_2025-02-15 dw_scholz_hits_back_at_vance_2025-02-15 "
     "foxnews_vance_warns_europe_2025-02-14 guardian_munich_europe_seat_at_table_2025-02-16 "
     "politico_europe_munich_takeaways_2025-02-17 reuters_vance_munich_speech_2025-02-14"),
]


@pytest.mark.parametrize(("folder", "claim", "value", "sources"), AGREED)
def test_facts_the_outlets_share_are_agreed(audited, folder, claim, value, sources):
    claims = {c.id: c for c in audited[folder].claims}
    assert claim in claims, sorted(claims)
    found = claims[claim]
    assert found.status is Status.AGREED
    assert found.values[0].value == value
    assert found.values[0].sources == tuple(sources.split())
