"""Coverage written to probe the rules (tests/data/probes/): 225 folders of articles in
the style of outlets the coverage folders do not have (the FT, the Times, the NYT, the
Washington Post, PA, NPR, DW, Euronews, Fox, the Daily Mail, AFP, TASS, Xinhua, the Sun,
Axios, Yonhap, Bernama, Folha, NHK...), about the London summit (nineteen folders: saved web
pages, world outlets, US outlets, British tabloids and regional papers, live blogs,
explainers, articles with correction notes, news agencies' English services,
newsletters, opinion pages, broadcast transcripts and smaller European outlets,
and wire stories saved at several moments of the day among them) and 200 other meetings (G7
Kananaskis 2025, Apulia 2024 and Hiroshima 2023, the White House on 18 August and 17 October
2025, NATO Madrid 2022, Vilnius 2023 and Washington 2024, The Hague, five, one of them
official readouts and one live blogs, Paris in March and September 2025, Sharm el-Sheikh
2025, Trump and Xi in Busan 2025, Trump and Lee in Gyeongju 2025, APEC in Gyeongju 2025,
Alaska, three (one of timelines), the EU summit of 6 March 2025, the G20 in Johannesburg
2025 and Rio 2024, the SCO in Tianjin, BRICS in Rio 2025, ASEAN in Kuala Lumpur 2025, the
Quad in Wilmington 2024, the EPC in Tirana 2025, the UK-EU summit of May 2025, Trump in
Riyadh, the US-Ukraine talks in Jeddah 2025, the Istanbul talks of May 2025, the
Buergenstock peace summit 2024, the Ukraine Recovery Conference in Rome, COP29 in Baku and
COP30 in Belem, the Munich Security Conference 2025, Trump and Putin in Helsinki 2018,
Trump's state visit to the UK in 2025, the Arab League in Cairo 2025, the AI summits at
Bletchley Park 2023 and in Paris 2025, the EU-China summit of 2025, Camp David 2023 and the
Shangri-La Dialogue 2025, the African Union in Addis Ababa 2025, Kyiv on 24 February
2025, the G20 in New Delhi 2023, CHOGM in Apia 2024, Biden and Xi in Woodside 2023, Putin
and Kim in Pyongyang 2024, the European Council of June 2025, the
US-Russia talks in Riyadh, the Oval Office on 28 February and the Elysee on 17 February
2025, the UN General Assembly of 2025, and Alaska and The Hague again, in Russian state
media and Asia-Pacific outlets, the US-EU deal at Turnberry 2025, BRICS in Kazan 2024, Modi
and Trump on 13 February 2025, Trump and Takaichi in Tokyo 2025, the financing conference
in Seville 2025, the Arab-Islamic summit in Doha 2025, the EU-Canada summit of June 2025,
Merz at the White House on 5 June 2025, the Pacific Islands Forum in Honiara 2025, and
The Hague's opinion pages and factboxes, Xi in Moscow in May 2025, Carney at the White
House on 6 May 2025, the US-Ukraine talks in Geneva in November 2025, the EU-Japan summit
of July 2025, the JEF in Oslo 2025, Macron's state visit to the UK in July 2025; and
London in Commonwealth outlets, whose dollars are their own, and in Parliament's Hansard,
committee evidence and the European Parliament's verbatim report; the coalition of the
willing in London on 24 October 2025, the India-UK trade deal at Chequers, the European
Council of October 2025, TICAD 9 in Yokohama, the Budapest summit announced and shelved,
the G7 foreign ministers in Niagara, Erdogan at the White House in September 2025, Lula and
Trump in Kuala Lumpur, Armenia and Azerbaijan at the White House, the Ukraine Recovery
Conference in London 2023, Davos 2025; Trump and Kim in Singapore 2018, Biden and Putin
in Geneva 2021, the UN Ocean Conference in Nice 2025, Netanyahu at the White House and the
Gaza plan in September 2025, the EU-CELAC summit in Santa Marta 2025, the G7 in Biarritz
2019, the Minsk talks of February 2015, COP21 in Paris 2015, the UN Summit of the Future
2024, NATO in Brussels 2018, the G20 in Osaka 2019, Trump and Kim in Hanoi 2019, the Council
of Europe in Reykjavik 2023, the European Council of December 2023, Biden and Xi in Bali
2022, Trump and Zelensky at the Vatican 2025, CHOGM in Kigali 2022, the Quad in Tokyo 2022,
AUKUS in San Diego 2023, Putin and Xi in Beijing 2022, NATO in Newport 2014, the EU-Turkey
deal of March 2016, the G20 in Hamburg 2017, Macron's state visit to China in 2023, the G7 in
Carbis Bay 2021, COP28 in Dubai 2023, BRICS in Johannesburg 2023, the inter-Korean summit at
Panmunjom 2018, the Windsor Framework 2023, NATO in London 2019, the G20 in Rome 2021,
APEC in San Francisco 2023, the G7 at Elmau 2022, OPEC+ in Vienna 2023, Trump and Kim at the
DMZ 2019, COP26 in Glasgow 2021, ASEAN in Jakarta 2023, the China-Japan-South Korea summit
in Seoul 2024, NATO in Bucharest 2008, the Normandy-format summit in Paris 2019, the G7 at
Ise-Shima 2016, Modi in Moscow 2024, the EU-China summit of 2023 and the EU-AU summit of
2022, these five each with a live blog, a correction note and converted sums; the Abraham
Accords signing 2020, the SCO in Astana 2024, COP27 in Sharm el-Sheikh 2022, the first EPC
summit in Prague 2022, Erdogan and Putin in Sochi 2023, the Arab League in Jeddah 2023, the
African Union in Addis Ababa 2024, the Weimar Triangle in Berlin 2024, Trump and Zelensky at
the UN 2019, the US-ASEAN summit 2022, Xi in Moscow 2023, the EU-Ukraine summit in Kyiv 2023
and Kishida at the White House 2024; the US-China trade talks in Geneva 2025, the Ukraine
Recovery Conference in Lugano 2022, the European Council of December 2023 as Hungary's press
told it, Starmer at the White House in February 2025, the NATO-Ukraine Council in Vilnius
2023, NATO's defence ministers in February 2025, Zelensky at the G7 in Hiroshima 2023 and the
Trump-Putin call of 18 March 2025; the EU-Mercosur deal in Montevideo 2024, Biden and Modi in
New Delhi on the eve of the G20 2023, The Hague's summit in previews, the EU-Western Balkans
summit in Tirana 2022, Macron, Trump and Zelensky at the Elysee 2024, the Russia-Africa summit
2023, COP16 in Cali 2024, Biden and Xi in Lima 2024, the G7 foreign ministers on Capri 2024 and
the China-Central Asia summit in Xi'an 2023; Lula at the White House 2023, the peace-formula
meeting in Davos 2024, Albanese in Beijing 2023, the EU college in New Delhi 2025, Xi in Paris
2024 and the G20 foreign ministers in Rio 2024; the G20 in Bali 2022,
the SCO in Samarkand 2022, NATO in Brussels 2021, the G7 in Taormina 2017, Putin and Kim at
Vostochny 2023, the China-Arab States summit in Riyadh 2022 and the EPC in Granada 2023;
APEC in Lima 2024, the US-Africa Leaders Summit 2022, the Russia-Africa summit in Sochi
2019, the Black Sea grain deal in Istanbul 2022 and Moon and Kim in Pyongyang 2018; BRICS in
Xiamen 2017, COP15 in Copenhagen 2009, the EU-UK trade deal of December 2020, the G20 hosted
from Riyadh 2020, NATO in Chicago 2012 and the Summit of the Americas in Panama 2015; the G7
in Charlevoix 2018, NATO in Lisbon 2010, the EU-Western Balkans summit in Sofia 2018, the
Biden-Putin video call of December 2021, the G20 in Pittsburgh 2009, the Biden-Xi virtual
summit of November 2021 and COP25 in Madrid 2019; the EU-China summit of 2019, the European
Council of October 2022, the Ukraine Recovery Conference in Berlin 2024, the Trump-Putin call of
February 2025 and APEC in Da Nang 2017; NATO in Madrid 2022 and the G7 in Hiroshima 2023 again,
in other outlets, Trump and Xi at Mar-a-Lago 2017 and the EU-Ukraine summit in Kyiv 2021; COP27,
NATO in Vilnius 2023 and the SCO in Tianjin 2025 again, in other outlets).
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
    "london-live-blogs": ROOT / "rules.yaml",
    "london-explainers": ROOT / "rules.yaml",
    "peace-summit-buergenstock-2024": None,
    "quad-wilmington-2024": None,
    "us-ukraine-jeddah-2025": None,
    "epc-tirana-2025": None,
    "apec-gyeongju-2025": None,
    "brics-rio-2025": None,
    "g7-apulia-2024": None,
    "cop30-belem-2025": None,
    "asean-kuala-lumpur-2025": None,
    "g20-rio-2024": None,
    "trump-putin-helsinki-2018": None,
    "hague-live-blogs": None,
    "trump-uk-state-visit-2025": None,
    "g7-hiroshima-2023": None,
    "london-corrections": ROOT / "rules.yaml",
    "white-house-2025-10-17": None,
    "alaska-timelines": None,
    "arab-league-cairo-2025": None,
    "ai-safety-bletchley-2023": None,
    "eu-china-beijing-2025": None,
    "camp-david-2023": None,
    "ai-action-paris-2025": None,
    "shangri-la-dialogue-2025": None,
    "london-agencies": ROOT / "rules.yaml",
    "london-newsletters": ROOT / "rules.yaml",
    "african-union-addis-2025": None,
    "kyiv-anniversary-2025": None,
    "g20-new-delhi-2023": None,
    "chogm-apia-2024": None,
    "biden-xi-woodside-2023": None,
    "putin-kim-pyongyang-2024": None,
    "london-opinion": ROOT / "rules.yaml",
    "european-council-2025-06": None,
    "london-broadcast-transcripts": ROOT / "rules.yaml",
    "london-european-outlets": ROOT / "rules.yaml",
    "us-russia-riyadh-2025": None,
    "alaska-fourth-outlets": None,
    "hague-asia-pacific-outlets": None,
    "oval-office-2025-02-28": None,
    "paris-elysee-2025-02-17": None,
    "un-general-assembly-2025": None,
    "us-eu-turnberry-2025": None,
    "brics-kazan-2024": None,
    "modi-trump-2025-02-13": None,
    "trump-takaichi-tokyo-2025": None,
    "ffd4-seville-2025": None,
    "arab-islamic-doha-2025": None,
    "eu-canada-brussels-2025": None,
    "merz-white-house-2025-06-05": None,
    "pacific-islands-forum-honiara-2025": None,
    "hague-opinion": None,
    "hague-factboxes": None,
    "xi-putin-moscow-2025": None,
    "carney-trump-2025-05-06": None,
    "us-ukraine-geneva-2025": None,
    "eu-japan-tokyo-2025": None,
    "jef-oslo-2025": None,
    "macron-uk-state-visit-2025": None,
    "london-commonwealth-outlets": ROOT / "rules.yaml",
    "london-in-parliament": ROOT / "rules.yaml",
    "coalition-london-2025-10-24": None,
    "india-uk-trade-deal-2025": None,
    "european-council-2025-10": None,
    "ticad9-yokohama-2025": None,
    "trump-putin-budapest-shelved-2025": None,
    "g7-foreign-ministers-niagara-2025": None,
    "erdogan-white-house-2025-09-25": None,
    "lula-trump-kuala-lumpur-2025": None,
    "armenia-azerbaijan-white-house-2025": None,
    "ukraine-recovery-london-2023": None,
    "davos-2025": None,
    "london-wire-versions": ROOT / "rules.yaml",
    "trump-kim-singapore-2018": None,
    "biden-putin-geneva-2021": None,
    "un-ocean-nice-2025": None,
    "trump-netanyahu-gaza-plan-2025": None,
    "eu-celac-santa-marta-2025": None,
    "g7-biarritz-2019": None,
    "minsk-normandy-2015": None,
    "cop21-paris-2015": None,
    "un-summit-of-the-future-2024": None,
    "nato-brussels-2018": None,
    "g20-osaka-2019": None,
    "trump-kim-hanoi-2019": None,
    "council-of-europe-reykjavik-2023": None,
    "european-council-2023-12": None,
    "biden-xi-bali-2022": None,
    "vatican-zelensky-trump-2025": None,
    "chogm-kigali-2022": None,
    "quad-tokyo-2022": None,
    "aukus-san-diego-2023": None,
    "putin-xi-beijing-2022": None,
    "nato-wales-2014": None,
    "eu-turkey-deal-2016": None,
    "g20-hamburg-2017": None,
    "macron-xi-beijing-2023": None,
    "g7-carbis-bay-2021": None,
    "cop28-dubai-2023": None,
    "brics-johannesburg-2023": None,
    "panmunjom-2018": None,
    "windsor-framework-2023": None,
    "nato-london-2019": None,
    "g20-rome-2021": None,
    "apec-san-francisco-2023": None,
    "g7-elmau-2022": None,
    "opec-plus-vienna-2023": None,
    "trump-kim-dmz-2019": None,
    "cop26-glasgow-2021": None,
    "asean-jakarta-2023": None,
    "china-japan-korea-seoul-2024": None,
    "nato-bucharest-2008": None,
    "normandy-paris-2019": None,
    "g7-ise-shima-2016": None,
    "modi-putin-moscow-2024": None,
    "eu-china-beijing-2023": None,
    "eu-au-brussels-2022": None,
    "abraham-accords-2020": None,
    "sco-astana-2024": None,
    "cop27-sharm-2022": None,
    "epc-prague-2022": None,
    "putin-erdogan-sochi-2023": None,
    "arab-league-jeddah-2023": None,
    "au-summit-addis-2024": None,
    "weimar-berlin-2024": None,
    "trump-zelensky-unga-2019": None,
    "asean-us-washington-2022": None,
    "xi-putin-moscow-2023": None,
    "eu-ukraine-kyiv-2023": None,
    "biden-kishida-2024": None,
    "us-china-geneva-trade-2025": None,
    "ukraine-recovery-lugano-2022": None,
    "eu-enlargement-dec-2023": None,
    "starmer-trump-white-house-2025": None,
    "nato-vilnius-ukraine-council-2023": None,
    "nato-defence-ministers-feb-2025": None,
    "g7-hiroshima-zelensky-2023": None,
    "putin-trump-phone-2025": None,
    "eu-mercosur-montevideo-2024": None,
    "g20-new-delhi-modi-biden-2023": None,
    "nato-hague-preview-2025": None,
    "eu-western-balkans-tirana-2022": None,
    "elysee-trump-zelensky-2024": None,
    "russia-africa-stpetersburg-2023": None,
    "cop16-cali-2024": None,
    "biden-xi-lima-2024": None,
    "g7-foreign-ministers-capri-2024": None,
    "china-central-asia-xian-2023": None,
    "biden-lula-white-house-2023": None,
    "ukraine-peace-formula-davos-2024": None,
    "albanese-xi-beijing-2023": None,
    "eu-india-delhi-2025": None,
    "macron-xi-paris-2024": None,
    "g20-foreign-ministers-rio-2024": None,
    "g20-bali-2022": None,
    "sco-samarkand-2022": None,
    "nato-brussels-2021": None,
    "g7-taormina-2017": None,
    "putin-kim-vostochny-2023": None,
    "arab-china-riyadh-2022": None,
    "epc-granada-2023": None,
    "apec-lima-2024": None,
    "us-africa-summit-2022": None,
    "russia-africa-sochi-2019": None,
    "black-sea-grain-istanbul-2022": None,
    "moon-kim-pyongyang-2018": None,
    "brics-xiamen-2017": None,
    "cop15-copenhagen-2009": None,
    "eu-uk-trade-deal-2020": None,
    "g20-riyadh-2020": None,
    "nato-chicago-2012": None,
    "americas-panama-2015": None,
    "g7-charlevoix-2018": None,
    "nato-lisbon-2010": None,
    "eu-western-balkans-sofia-2018": None,
    "biden-putin-video-2021": None,
    "g20-pittsburgh-2009": None,
    "biden-xi-virtual-2021": None,
    "cop25-madrid-2019": None,
    "eu-china-summit-2019": None,
    "eu-summit-oct-2022": None,
    "ukraine-recovery-berlin-2024b": None,
    "putin-trump-phone-feb-2025": None,
    "apec-danang-2017": None,
    "nato-madrid-2022b": None,
    "g7-hiroshima-2023b": None,
    "trump-xi-maralago-2017": None,
    "eu-ukraine-summit-2021": None,
    "cop27-sharm-2022b": None,
    "nato-vilnius-2023b": None,
    "sco-tianjin-2025b": None,
    "g20-london-2009": None,
    "g8-gleneagles-2005": None,
    "g20-brisbane-2014": None,
    "syria-brussels-conference-2025": None,
    "paris-financing-pact-2023": None,
    "us-japan-philippines-2024": None,
    "sudan-london-conference-2025": None,
    "modi-biden-white-house-2023": None,
    "g20-hangzhou-2016": None,
    "nato-brussels-2017": None,
    "ramstein-2022": None,
    "quad-washington-2021": None,
    "zelensky-washington-2022": None,
    "arab-league-manama-2024": None,
    "chogm-london-2018": None,
    "yoon-kishida-tokyo-2023": None,
    "versailles-2022": None,
    "north-american-leaders-2023": None,
    "asean-phnom-penh-2022": None,
    "nato-brussels-march-2022": None,
    "apec-honolulu-2011": None,
    "g7-finance-chantilly-2019": None,
    "eu-western-balkans-brdo-2021": None,
    "trump-putin-osaka-2019": None,
    "ukraine-crimea-platform-2021": None,
    "eu-china-brussels-2019": None,
    "biden-amlo-washington-2022": None,
    "g7-elmau-2015": None,
    "putin-xi-astana-2024": None,
    "nordic-ukraine-helsinki-2023": None,
    "g20-delhi-2023-africa": None,
    "nato-madrid-2022-ukraine": None,
    "apec-san-francisco-2023-asia": None,
    "biden-kishida-yoon-2023-camp-david-asia": None,
    "g20-seoul-2010": None,
    "eu-summit-june-2016-brexit": None,
    "eu-canada-ceta-2016": None,
    "macron-trump-washington-2025-02-24": None,
    "biden-zelensky-kyiv-2023": None,
    "nato-riga-2006": None,
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
    ("nato-washington-2024", "money-military-aid-eur", "at least €40 billion",
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
    ("g20-johannesburg-2025", "summit-g20-end-date", "2025-11-23 (Sunday)",
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
    ("peace-summit-buergenstock-2024", "count-countries", "92",
     "aljazeera_global_south_summit bbc_ukraine_peace_summit kyivindependent_peace_summit "
     "nzz_buergenstock_analysis reuters_summit_communique swissinfo_burgenstock_opening "
     "washingtonpost_summit_analysis"),
    ("peace-summit-buergenstock-2024", "count-countries-signing", "80",
     "aljazeera_global_south_summit bbc_ukraine_peace_summit kyivindependent_peace_summit "
     "nzz_buergenstock_analysis reuters_summit_communique washingtonpost_summit_analysis"),
    ("peace-summit-buergenstock-2024", "switzerland-president", "Viola Amherd",
     "bbc_ukraine_peace_summit kyivindependent_peace_summit nzz_buergenstock_analysis "
     "reuters_summit_communique swissinfo_burgenstock_opening washingtonpost_summit_analysis"),
    ("peace-summit-buergenstock-2024", "summit-start-date", "2024-06-15 (Saturday)",
     "bbc_ukraine_peace_summit kyivindependent_peace_summit swissinfo_burgenstock_opening "
     "washingtonpost_summit_analysis"),
    ("quad-wilmington-2024", "summit-quad-date", "2024-09-21 (Saturday)",
     "ap_biden_quad_archmere delawareonline_archmere_quad_homecoming "
     "nikkei_kishida_quad_swan_song thehindu_modi_quad_here_to_stay"),
    ("quad-wilmington-2024", "japan-prime-minister", "Fumio Kishida",
     "abc_albanese_quad_delaware ap_biden_quad_archmere "
     "delawareonline_archmere_quad_homecoming nikkei_kishida_quad_swan_song "
     "reuters_quad_china_maritime thehindu_modi_quad_here_to_stay "
     "timesofindia_quad_cancer_moonshot"),
    ("us-ukraine-jeddah-2025", "duration-ceasefire", "30 days",
     "ap_ukraine_agrees_ceasefire arabnews_saudi_welcomes_jeddah_talks "
     "cnn_ukraine_us_talks_saudi_arabia meduza_kremlin_ceasefire_jeddah "
     "pravda_ua_jeddah_ceasefire reuters_ukraine_ceasefire_jeddah "
     "thetimes_ukraine_ceasefire_putin"),
    ("us-ukraine-jeddah-2025", "count-drones-ukraine", "337",
     "ap_ukraine_agrees_ceasefire meduza_kremlin_ceasefire_jeddah "
     "reuters_ukraine_ceasefire_jeddah thetimes_ukraine_ceasefire_putin"),
    ("us-ukraine-jeddah-2025", "united-states-national-security-adviser", "Mike Waltz",
     "arabnews_saudi_welcomes_jeddah_talks cnn_ukraine_us_talks_saudi_arabia "
     "meduza_kremlin_ceasefire_jeddah reuters_ukraine_ceasefire_jeddah "
     "thetimes_ukraine_ceasefire_putin"),
    ("epc-tirana-2025", "count-leaders-invited", "47",
     "balkaninsight_tirana_epc_analysis bloomberg_europe_leaders_trump_call "
     "euronews_epc_tirana_summit lemonde_en_tirana_epc reuters_zelensky_tirana_2025-05-16"),
    ("epc-tirana-2025", "summit-european-political-community-date", "2025-05-16 (Friday)",
     "balkaninsight_tirana_epc_analysis bloomberg_europe_leaders_trump_call "
     "euronews_epc_tirana_summit lemonde_en_tirana_epc reuters_zelensky_tirana_2025-05-16 "
     "rferl_istanbul_tirana_2025-05-17"),
    ("epc-tirana-2025", "germany-chancellor", "Friedrich Merz",
     "euronews_epc_tirana_summit reuters_zelensky_tirana_2025-05-16 "
     "rferl_istanbul_tirana_2025-05-17 skynews_starmer_tirana"),
    ("apec-gyeongju-2025", "count-countries-apec", "21",
     "joongangdaily_2025-11-03_after-apec-follow-up "
     "koreaherald_2025-11-02_gyeongju-apec-wraps-up kyodo_2025-10-31_takaichi-xi-first-talks "
     "reuters_2025-10-31_apec-opens-without-trump scmp_2025-11-02_xi-apec-shenzhen "
     "xinhua_2025-11-01_xi-meets-lee yonhap_2025-11-01_lee-xi-summit"),
    # (the leaders' meeting was on 31 October and 1 November: six sources date it by its
    # second day, five by its first)
    ("apec-gyeongju-2025", "summit-date", "2025-11-01 (Saturday)",
     "joongangdaily_2025-11-03_after-apec-follow-up "
     "koreaherald_2025-11-02_gyeongju-apec-wraps-up "
     "reuters_2025-10-31_apec-opens-without-trump scmp_2025-11-02_xi-apec-shenzhen "
     "xinhua_2025-11-01_xi-meets-lee yonhap_2025-11-01_lee-xi-summit"),
    ("apec-gyeongju-2025", "japan-prime-minister", "Sanae Takaichi",
     "joongangdaily_2025-11-03_after-apec-follow-up "
     "koreaherald_2025-11-02_gyeongju-apec-wraps-up kyodo_2025-10-31_takaichi-xi-first-talks "
     "reuters_2025-10-31_apec-opens-without-trump scmp_2025-11-02_xi-apec-shenzhen "
     "xinhua_2025-11-01_xi-meets-lee yonhap_2025-11-01_lee-xi-summit"),
    ("brics-rio-2025", "count-countries-brics", "11",
     "aljazeera_brics_iran_gaza bloomberg_lula_trump_brics_tariff folha_brics_rio_balance "
     "globaltimes_li_qiang_brics_rio reuters_brics_declaration_2025-07-06"),
    ("brics-rio-2025", "summit-brics-date", "2025-07-06 (Sunday)",
     "aljazeera_brics_iran_gaza folha_brics_rio_balance france24_afp_brics_climate_trump "
     "globaltimes_li_qiang_brics_rio reuters_brics_declaration_2025-07-06"),
    ("brics-rio-2025", "china-prime-minister", "Li Qiang",
     "aljazeera_brics_iran_gaza bloomberg_lula_trump_brics_tariff folha_brics_rio_balance "
     "france24_afp_brics_climate_trump globaltimes_li_qiang_brics_rio "
     "reuters_brics_declaration_2025-07-06 thehindu_brics_modi_pahalgam"),
    ("g7-apulia-2024", "money-loan-usd", "$50 billion",
     "ap_g7_ukraine_loan_security_pact cnn_pope_francis_g7_ai guardian_g7_abortion_row "
     "politico_eu_g7_apulia_takeaways"),
    ("g7-apulia-2024", "summit-g7-date", "2024-06-13 (Thursday)",
     "ansa_meloni_g7_closing ap_g7_ukraine_loan_security_pact "
     "corriere_english_g7_puglia_bilancio guardian_g7_abortion_row nhkworld_kishida_g7_italy"),
    ("g7-apulia-2024", "japan-prime-minister", "Fumio Kishida",
     "ansa_meloni_g7_closing ap_g7_ukraine_loan_security_pact cnn_pope_francis_g7_ai "
     "guardian_g7_abortion_row nhkworld_kishida_g7_italy politico_eu_g7_apulia_takeaways"),
    ("cop30-belem-2025", "count-countries", "more than 80",
     "carbonbrief_2025-11-24_cop30-key-outcomes climatehome_2025-11-21_draft-overrun "
     "guardian_2025-11-22_cop30-deal lemonde_2025-11-23_cop30-analysis"),
    ("cop30-belem-2025", "germany-chancellor", "Friedrich Merz",
     "ap_2025-11-07_leaders-summit carbonbrief_2025-11-24_cop30-key-outcomes "
     "lemonde_2025-11-23_cop30-analysis"),
    ("asean-kuala-lumpur-2025", "summit-asean-date", "2025-10-26 (Sunday)",
     "afp_trump_lula bangkokpost_peace_accord bernama_timor_leste nikkei_acfta_philippines "
     "reuters_trump_peace_accord straitstimes_li_qiang_timor thestar_trade_pact"),
    ("asean-kuala-lumpur-2025", "count-troops-cambodia", "18",
     "afp_trump_lula bangkokpost_peace_accord reuters_trump_peace_accord "
     "straitstimes_li_qiang_timor"),
    ("asean-kuala-lumpur-2025", "thailand-prime-minister", "Anutin Charnvirakul",
     "afp_trump_lula bangkokpost_peace_accord bernama_timor_leste reuters_trump_peace_accord "
     "straitstimes_li_qiang_timor thestar_trade_pact"),
    ("g20-rio-2024", "summit-start-date", "2024-11-18 (Monday)",
     "ap_g20-rio-hunger-alliance-biden ndtv_pm-modi-g20-rio-hunger-alliance "
     "reuters_g20-ends-rio-south-africa"),
    ("g20-rio-2024", "count-countries", "81",
     "ap_g20-rio-hunger-alliance-biden batimes_milei-g20-rio-xi-lula "
     "folha_lula-g20-hunger-alliance-super-rich-tax guardian_g20-rio-starmer-xi-biden-analysis "
     "ndtv_pm-modi-g20-rio-hunger-alliance reuters_g20-ends-rio-south-africa "
     "xinhua_g20-rio-global-south-xi"),
    ("g20-rio-2024", "argentina-president", "Javier Milei",
     "batimes_milei-g20-rio-xi-lula folha_lula-g20-hunger-alliance-super-rich-tax "
     "guardian_g20-rio-starmer-xi-biden-analysis reuters_g20-ends-rio-south-africa "
     "xinhua_g20-rio-global-south-xi"),
    ("trump-putin-helsinki-2018", "summit-date", "2018-07-16 (Monday)",
     "ap_trump_putin_helsinki reuters_trump_putin_summit rt_putin_trump_helsinki "
     "yle_news_helsinki_summit"),
    ("trump-putin-helsinki-2018", "united-states-secretary-of-state", "Mike Pompeo",
     "ap_trump_putin_helsinki nyt_trump_misspoke_russia politico_trump_europe_week "
     "reuters_trump_putin_summit"),
    ("hague-live-blogs", "count-countries-nato", "32",
     "bbc_live_nato_hague guardian_nato_summit_live independent_nato_live "
     "kyivindependent_live_after_hague nos_english_liveblog_nato politico_eu_nato_hague_live "
     "skynews_nato_live"),
    ("hague-live-blogs", "percent-defence-spending-spain", "2.1%",
     "bbc_live_nato_hague guardian_nato_summit_live independent_nato_live "
     "politico_eu_nato_hague_live skynews_nato_live"),
    ("hague-live-blogs", "percent-defence-spending-by-2035", "5%",
     "bbc_live_nato_hague guardian_nato_summit_live independent_nato_live "
     "kyivindependent_live_after_hague nos_english_liveblog_nato politico_eu_nato_hague_live "
     "skynews_nato_live"),
    ("hague-live-blogs", "netherlands-prime-minister", "Dick Schoof",
     "bbc_live_nato_hague independent_nato_live nos_english_liveblog_nato "
     "politico_eu_nato_hague_live"),
    ("trump-uk-state-visit-2025", "united-states-president", "Donald Trump",
     "bbc_trump_windsor_banquet cnn_trump_starmer_chequers reuters_tech_deal_investment"),
    ("g7-hiroshima-2023", "money-military-aid-usd", "$375 million",
     "cnn_2023-05-21_biden-f16-flat-assurance guardian_2023-05-22_zelenskiy-hiroshima-g7 "
     "lemonde_2023-05-23_g7-hiroshima-zelensky-china "
     "reuters_2023-05-21_biden-zelenskiy-375-million"),
    ("g7-hiroshima-2023", "count-countries-invited", "8",
     "kyodo_2023-05-22_g7-hiroshima-summit-closes "
     "lemonde_2023-05-23_g7-hiroshima-zelensky-china "
     "nhkworld_2023-05-20_zelenskyy-arrives-hiroshima"),
    ("g7-hiroshima-2023", "japan-prime-minister", "Fumio Kishida",
     "cnn_2023-05-21_biden-f16-flat-assurance guardian_2023-05-22_zelenskiy-hiroshima-g7 "
     "japantimes_2023-05-19_g7-leaders-peace-museum "
     "kyodo_2023-05-22_g7-hiroshima-summit-closes "
     "lemonde_2023-05-23_g7-hiroshima-zelensky-china "
     "nhkworld_2023-05-20_zelenskyy-arrives-hiroshima "
     "reuters_2023-05-21_biden-zelenskiy-375-million"),
    ("london-live-blogs", "summit-date", "2025-03-02 (Sunday)",
     "aljazeera_live_2025-03-02 guardian_live_2025-03-02 independent_live_2025-03-02 "
     "kyivindependent_live_2025-03-02 telegraph_live_2025-03-02"),
    ("london-live-blogs", "duration-ceasefire", "1 month",
     "aljazeera_live_2025-03-02 guardian_live_2025-03-02 independent_live_2025-03-02 "
     "kyivindependent_live_2025-03-02"),
    ("london-live-blogs", "money-loan", "£2.26 billion",
     "aljazeera_live_2025-03-02 bbc_live_2025-03-02 guardian_live_2025-03-02 "
     "independent_live_2025-03-02 kyivindependent_live_2025-03-02 skynews_live_2025-03-02 "
     "telegraph_live_2025-03-02"),
    ("london-live-blogs", "count-leaders", "18",
     "aljazeera_live_2025-03-02 bbc_live_2025-03-02 guardian_live_2025-03-02 "
     "independent_live_2025-03-02 skynews_live_2025-03-02 telegraph_live_2025-03-02"),
    ("london-explainers", "percent-defence-spending-united-kingdom-by-2027", "2.5%",
     "bbc-what-was-agreed-at-the-london-summit bloomberg-five-things-london-summit "
     "fullfact-claims-ukraine-summit-weekend theconversation-coalition-of-the-willing-analysis"),
    ("london-explainers", "ukraine-finance-minister", "Serhiy Marchenko",
     "ap-what-to-know-london-ukraine-summit bbc-what-was-agreed-at-the-london-summit "
     "bloomberg-five-things-london-summit fullfact-claims-ukraine-summit-weekend"),
    ("london-explainers", "summit-european-union-date", "2025-03-06 (Thursday)",
     "ap-what-to-know-london-ukraine-summit bbc-what-was-agreed-at-the-london-summit "
     "bloomberg-five-things-london-summit fullfact-claims-ukraine-summit-weekend "
     "politico-who-was-there-lancaster-house reuters-factbox-key-facts-london-summit "
     "theconversation-coalition-of-the-willing-analysis"),
    ("london-corrections", "count-leaders", "18",
     "ap_2025-03-02_europe-leaders-london-summit bbc_2025-03-02_starmer-coalition-of-willing "
     "guardian_2025-03-03_starmer-four-point-plan "
     "politico-eu_2025-03-04_coalition-of-the-willing-what-next "
     "reuters_2025-03-02_london-summit-ukraine telegraph_2025-03-03_starmer-troops-ukraine "
     "thetimes_2025-03-03_starmer-boots-on-the-ground"),
    ("london-corrections", "money-loan", "£2.26 billion",
     "bbc_2025-03-02_starmer-coalition-of-willing guardian_2025-03-03_starmer-four-point-plan "
     "reuters_2025-03-02_london-summit-ukraine telegraph_2025-03-03_starmer-troops-ukraine "
     "thetimes_2025-03-03_starmer-boots-on-the-ground"),
    ("london-corrections", "white-house-meeting-date", "2025-02-28 (Friday)",
     "ap_2025-03-02_europe-leaders-london-summit bbc_2025-03-02_starmer-coalition-of-willing "
     "guardian_2025-03-03_starmer-four-point-plan "
     "politico-eu_2025-03-04_coalition-of-the-willing-what-next "
     "reuters_2025-03-02_london-summit-ukraine telegraph_2025-03-03_starmer-troops-ukraine "
     "thetimes_2025-03-03_starmer-boots-on-the-ground"),
    ("white-house-2025-10-17", "count-drones-russia", "320",
     "guardian_zelenskyy_tomahawks_analysis kyivindependent_budapest_summit_tomahawks "
     "reuters_trump_zelenskiy_lunch"),
    ("white-house-2025-10-17", "united-states-secretary-of-state", "Marco Rubio",
     "ap_trump_zelenskyy_tomahawks axios_trump_putin_budapest_shelved "
     "cnn_zelensky_white_house_tomahawks foxnews_trump_zelenskyy_stop_where_they_are "
     "guardian_zelenskyy_tomahawks_analysis kyivindependent_budapest_summit_tomahawks "
     "reuters_trump_zelenskiy_lunch"),
    ("alaska-timelines", "summit-date", "2025-08-15 (Friday)",
     "aljazeera_timeline_trump_putin_since_2017 ap_trump_putin_no_deal "
     "bbc_trump_peace_agreement_after_alaska cnn_trump_putin_alaska_summit "
     "reuters_timeline_alaska_summit tass_russia_us_summit_anchorage"),
    ("alaska-timelines", "count-drones-russia", "85",
     "aljazeera_timeline_trump_putin_since_2017 bbc_trump_peace_agreement_after_alaska "
     "kyivindependent_after_alaska_key_dates"),
    ("arab-league-cairo-2025", "summit-date", "2025-03-04 (Tuesday)",
     "ahramonline_arab_summit_adopts_egypt_plan aljazeera_arab_summit_gaza_plan "
     "ap_arab_leaders_endorse_gaza_plan reuters_arab_leaders_adopt_egypt_gaza_plan "
     "timesofisrael_israel_rejects_arab_gaza_plan"),
    ("arab-league-cairo-2025", "count-countries-arab-league", "22",
     "ahramonline_arab_summit_adopts_egypt_plan aljazeera_arab_summit_gaza_plan "
     "arabnews_arab_leaders_adopt_gaza_plan"),
    ("arab-league-cairo-2025", "egypt-president", "Abdel Fattah el-Sisi",
     "ahramonline_arab_summit_adopts_egypt_plan aljazeera_arab_summit_gaza_plan "
     "ap_arab_leaders_endorse_gaza_plan reuters_arab_leaders_adopt_egypt_gaza_plan "
     "thenational_arab_leaders_adopt_gaza_plan timesofisrael_israel_rejects_arab_gaza_plan"),
    ("ai-safety-bletchley-2023", "count-countries", "28",
     "bbc_ai_summit_ends cnbc_harris_ai_safety_institute ft_bletchley_what_did_summit_achieve "
     "guardian_musk_sunak_no_job_needed reuters_bletchley_declaration "
     "techcrunch_uk_ai_safety_institute_testing"),
    ("ai-safety-bletchley-2023", "count-countries-31", "31",
     "cnbc_harris_ai_safety_institute ft_bletchley_what_did_summit_achieve "
     "guardian_musk_sunak_no_job_needed"),
    ("ai-safety-bletchley-2023", "count-countries-10", "10",
     "bbc_ai_summit_ends ft_bletchley_what_did_summit_achieve "
     "techcrunch_uk_ai_safety_institute_testing"),
    ("ai-safety-bletchley-2023", "united-states-vice-president", "Kamala Harris",
     "bbc_ai_summit_ends cnbc_harris_ai_safety_institute guardian_musk_sunak_no_job_needed "
     "reuters_bletchley_declaration techcrunch_uk_ai_safety_institute_testing "
     "times_sunak_ai_testing_deal"),
    ("eu-china-beijing-2025", "summit-date", "2025-07-24 (Thursday)",
     "dw_eu_china_summit_analysis euronews_eu_china_summit ft_eu_china_inflection_point "
     "politico_eu_china_summit reuters_eu_china_summit scmp_xi_eu_leaders "
     "xinhua_xi_meets_eu_leaders"),
    ("eu-china-beijing-2025", "summit-european-union-japan-date", "2025-07-23 (Wednesday)",
     "euronews_eu_china_summit politico_eu_china_summit reuters_eu_china_summit"),
    ("eu-china-beijing-2025", "china-prime-minister", "Li Qiang",
     "dw_eu_china_summit_analysis euronews_eu_china_summit ft_eu_china_inflection_point "
     "politico_eu_china_summit reuters_eu_china_summit scmp_xi_eu_leaders "
     "xinhua_xi_meets_eu_leaders"),
    ("camp-david-2023", "summit-date", "2023-08-18 (Friday)",
     "ap_camp_david_summit japantimes_camp_david koreaherald_camp_david_analysis "
     "nhkworld_camp_david reuters_camp_david washingtonpost_camp_david "
     "yonhap_camp_david_summit"),
    ("camp-david-2023", "count-missiles-north-korea", "more than 100",
     "ap_camp_david_summit koreaherald_camp_david_analysis reuters_camp_david "
     "yonhap_camp_david_summit"),
    ("camp-david-2023", "south-korea-president", "Yoon Suk Yeol",
     "ap_camp_david_summit japantimes_camp_david koreaherald_camp_david_analysis "
     "nhkworld_camp_david reuters_camp_david washingtonpost_camp_david "
     "yonhap_camp_david_summit"),
    ("ai-action-paris-2025", "count-countries", "about 60",
     "bbc-uk-us-decline-declaration politico-europe-investai reuters-us-uk-decline "
     "thehindu-modi-co-chairs wired-paris-summit-safety"),
    ("ai-action-paris-2025", "count-countries-28", "28",
     "bbc-uk-us-decline-declaration politico-europe-investai reuters-us-uk-decline "
     "wired-paris-summit-safety"),
    ("ai-action-paris-2025", "count-countries-nearly-100", "nearly 100",
     "bbc-uk-us-decline-declaration lemonde-ai-summit-opens thehindu-modi-co-chairs"),
    ("ai-action-paris-2025", "united-states-vice-president", "JD Vance",
     "bbc-uk-us-decline-declaration lemonde-ai-summit-opens politico-europe-investai "
     "reuters-us-uk-decline thehindu-modi-co-chairs verge-macron-109-billion "
     "wired-paris-summit-safety"),
    ("shangri-la-dialogue-2025", "count-countries", "more than 40",
     "abc-marles-five-percent cna-macron-keynote reuters-hegseth-china-threat "
     "scmp-china-low-profile straitstimes-dialogue-closes"),
    ("shangri-la-dialogue-2025", "united-states-defence-minister", "Pete Hegseth",
     "abc-marles-five-percent cna-macron-keynote defensenews-hegseth-shangri-la "
     "nikkei-japan-ocean reuters-hegseth-china-threat scmp-china-low-profile "
     "straitstimes-dialogue-closes"),
    ("london-agencies", "count-leaders", "18",
     "anadolu_london_summit_ukraine_2025-03-03 ansa_meloni_london_summit_2025-03-02 "
     "dpa_london_summit_europe_plan_2025-03-02 efe_truce_proposal_london_2025-03-03 "
     "kyivindependent_coalition_of_the_willing_explainer_2025-03-04 "
     "tass_kremlin_london_meeting_2025-03-03 ukrinform_zelensky_london_summit_2025-03-02"),
    ("london-agencies", "money-loan", "£2.26 billion",
     "anadolu_london_summit_ukraine_2025-03-03 dpa_london_summit_europe_plan_2025-03-02 "
     "efe_truce_proposal_london_2025-03-03 tass_kremlin_london_meeting_2025-03-03 "
     "ukrinform_zelensky_london_summit_2025-03-02"),
    ("london-agencies", "ukraine-foreign-minister", "Andrii Sybiha",
     "anadolu_london_summit_ukraine_2025-03-03 tass_kremlin_london_meeting_2025-03-03 "
     "ukrinform_zelensky_london_summit_2025-03-02"),
    ("london-agencies", "summit-european-union-date", "2025-03-06 (Thursday)",
     "ansa_meloni_london_summit_2025-03-02 dpa_london_summit_europe_plan_2025-03-02 "
     "kyivindependent_coalition_of_the_willing_explainer_2025-03-04"),
    ("london-newsletters", "summit-date", "2025-03-02 (Sunday)",
     "axios-am-2025-03-02 bloomberg-balance-of-power-2025-03-03 ft-europe-express-2025-03-04 "
     "guardian-first-edition-2025-03-03 nyt-the-morning-2025-03-03 "
     "politico-london-playbook-2025-03-03 theweek-uk-daily-briefing-2025-03-02"),
    ("london-newsletters", "money-missiles", "£1.6 billion",
     "bloomberg-balance-of-power-2025-03-03 ft-europe-express-2025-03-04 "
     "guardian-first-edition-2025-03-03 politico-london-playbook-2025-03-03"),
    ("london-newsletters", "count-leaders", "18",
     "axios-am-2025-03-02 bloomberg-balance-of-power-2025-03-03 ft-europe-express-2025-03-04 "
     "guardian-first-edition-2025-03-03 nyt-the-morning-2025-03-03 "
     "politico-london-playbook-2025-03-03 theweek-uk-daily-briefing-2025-03-02"),
    ("african-union-addis-2025", "count-countries-african-union", "55",
     "afp_au_summit_closes aljazeera_who_is_youssouf bbc_au_commission_chief "
     "nation_raila_au_bid reuters_au_youssouf"),
    ("african-union-addis-2025", "djibouti-foreign-minister", "Mahmoud Ali Youssouf",
     "addisstandard_summit_concludes afp_au_summit_closes aljazeera_who_is_youssouf "
     "bbc_au_commission_chief eastafrican_youssouf_analysis nation_raila_au_bid "
     "reuters_au_youssouf"),
    ("african-union-addis-2025", "angola-president", "Joao Lourenco",
     "addisstandard_summit_concludes afp_au_summit_closes bbc_au_commission_chief "
     "eastafrican_youssouf_analysis reuters_au_youssouf"),
    ("kyiv-anniversary-2025", "count-leaders", "13",
     "ap_un-vote-ukraine-anniversary cbc_trudeau-kyiv-anniversary "
     "elpais_sanchez-kyiv-anniversary euronews_eu-leaders-kyiv-anniversary "
     "kyivindependent_leaders-gather-in-kyiv lrt_nauseda-kyiv-nordic-baltic "
     "reuters_kyiv-anniversary-leaders"),
    ("kyiv-anniversary-2025", "count-drones-russia", "267",
     "kyivindependent_leaders-gather-in-kyiv lrt_nauseda-kyiv-nordic-baltic "
     "reuters_kyiv-anniversary-leaders"),
    ("kyiv-anniversary-2025", "canada-prime-minister", "Justin Trudeau",
     "ap_un-vote-ukraine-anniversary cbc_trudeau-kyiv-anniversary "
     "elpais_sanchez-kyiv-anniversary kyivindependent_leaders-gather-in-kyiv "
     "lrt_nauseda-kyiv-nordic-baltic reuters_kyiv-anniversary-leaders"),
    ("g20-new-delhi-2023", "summit-date", "2023-09-09 (Saturday)",
     "aljazeera_g20_india_takeaways ap_modi_saudi_crown_prince_after_g20 "
     "bbc_g20_sunak_climate_fund ndtv_african-union-g20-imec "
     "reuters_g20_declaration_2023-09-09 thehindu_g20_summit_concludes "
     "timesofindia_g20-summit-concludes"),
    ("g20-new-delhi-2023", "count-countries-g20", "19",
     "aljazeera_g20_india_takeaways ap_modi_saudi_crown_prince_after_g20 "
     "bbc_g20_sunak_climate_fund ndtv_african-union-g20-imec "
     "reuters_g20_declaration_2023-09-09 timesofindia_g20-summit-concludes"),
    ("g20-new-delhi-2023", "saudi-arabia-crown-prince", "Mohammed bin Salman",
     "aljazeera_g20_india_takeaways ap_modi_saudi_crown_prince_after_g20 "
     "ndtv_african-union-g20-imec reuters_g20_declaration_2023-09-09"),
    ("chogm-apia-2024", "count-countries-commonwealth", "56",
     "abc-news-chogm-pacific-albanese bbc-news-chogm-reparations "
     "gleaner-chogm-reparatory-justice guardian-chogm-reparations-starmer "
     "reuters-commonwealth-communique rnz-chogm-wrap-samoa samoa-observer-chogm-curtain-falls"),
    ("chogm-apia-2024", "samoa-prime-minister", "Fiame Naomi Mata'afa",
     "abc-news-chogm-pacific-albanese bbc-news-chogm-reparations "
     "gleaner-chogm-reparatory-justice reuters-commonwealth-communique rnz-chogm-wrap-samoa "
     "samoa-observer-chogm-curtain-falls"),
    ("biden-xi-woodside-2023", "summit-date", "2023-11-15 (Wednesday)",
     "ap_biden_xi_woodside japantimes_biden_xi_tokyo_watches "
     "reuters_biden_xi_military_fentanyl scmp_xi_biden_military_channels"),
    ("biden-xi-woodside-2023", "china-foreign-minister", "Wang Yi",
     "nyt_biden_xi_filoli reuters_biden_xi_military_fentanyl scmp_xi_biden_military_channels"),
    ("putin-kim-pyongyang-2024", "south-korea-president", "Yoon Suk Yeol",
     "nikkei_asia_putin_pyongyang_hanoi_20240621 nknews_treaty_full_text_2024-06-20 "
     "reuters_putin_kim_pact_2024-06-19 yonhap_putin_kim_treaty_20240619"),
    ("putin-kim-pyongyang-2024", "united-states-secretary-of-state", "Antony Blinken",
     "guardian_putin_kim_mutual_defence_pact nikkei_asia_putin_pyongyang_hanoi_20240621 "
     "reuters_putin_kim_pact_2024-06-19"),
    ("london-opinion", "summit-date", "2025-03-02 (Sunday)",
     "economist foreignaffairs guardian_editorial project_syndicate spectator_coffeehouse "
     "telegraph_letters times_opinion"),
    ("london-opinion", "count-leaders", "18",
     "economist foreignaffairs guardian_editorial project_syndicate times_opinion"),
    ("london-opinion", "money-loan", "£2.26 billion",
     "economist guardian_editorial project_syndicate spectator_coffeehouse telegraph_letters"),
    ("european-council-2025-06", "count-countries", "27",
     "dw_merz_summit euronews_euco_orban_fico france24_afp_summit_wrap "
     "reuters_eu_summit_sanctions"),
    ("european-council-2025-06", "count-countries-26", "26",
     "euractiv_readiness_ukraine euronews_euco_orban_fico irishtimes_eu_summit "
     "reuters_eu_summit_sanctions"),
    ("european-council-2025-06", "hungary-prime-minister", "Viktor Orbán",
     "dw_merz_summit euractiv_readiness_ukraine euronews_euco_orban_fico "
     "france24_afp_summit_wrap irishtimes_eu_summit politico_sanchez_fico_summit "
     "reuters_eu_summit_sanctions"),
    ("london-broadcast-transcripts", "count-leaders", "18",
     "bbc_sunday_kuenssberg_starmer_transcript cnn_state_of_the_union_2025-03-02 "
     "lbc_healey_ferrari_callers_troops npr_weekend_edition_london_summit "
     "pbs_newshour_europe_ukraine_plan skynews_6pm_bulletin_2025-03-02 "
     "times_radio_podcast_lancaster_house_2025-03-04"),
    ("london-broadcast-transcripts", "money-loan", "£2.26 billion",
     "bbc_sunday_kuenssberg_starmer_transcript npr_weekend_edition_london_summit "
     "skynews_6pm_bulletin_2025-03-02 times_radio_podcast_lancaster_house_2025-03-04"),
    ("london-broadcast-transcripts", "money-missiles", "£1.6 billion",
     "lbc_healey_ferrari_callers_troops skynews_6pm_bulletin_2025-03-02 "
     "times_radio_podcast_lancaster_house_2025-03-04"),
    ("us-russia-riyadh-2025", "united-states-secretary-of-state", "Marco Rubio",
     "alarabiya_riyadh_talks ap_us_russia_riyadh_talks arabnews_riyadh_talks bbc_riyadh_talks "
     "kyivindependent_riyadh_talks reuters_riyadh_talks tass_lavrov_riyadh"),
    ("us-russia-riyadh-2025", "saudi-arabia-national-security-adviser", "Musaed al-Aiban",
     "alarabiya_riyadh_talks arabnews_riyadh_talks bbc_riyadh_talks reuters_riyadh_talks "
     "tass_lavrov_riyadh"),
    ("alaska-fourth-outlets", "summit-date", "2025-08-15 (Friday)",
     "moscowtimes_alaska_summit reuters_trump_putin_no_deal skynews_alaska_summit_analysis "
     "tass_putin_trump_anchorage"),
    ("alaska-fourth-outlets", "ukraine-president", "Volodymyr Zelensky",
     "adn_summit_anchorage_day moscowtimes_alaska_summit reuters_trump_putin_no_deal "
     "rt_alaska_summit_next_time_moscow skynews_alaska_summit_analysis "
     "tass_putin_trump_anchorage"),
    ("alaska-fourth-outlets", "russia-foreign-minister", "Sergei Lavrov",
     "alaskapublic_putin_arrives_anchorage moscowtimes_alaska_summit "
     "reuters_trump_putin_no_deal rt_alaska_summit_next_time_moscow "
     "skynews_alaska_summit_analysis tass_putin_trump_anchorage"),
    ("hague-asia-pacific-outlets", "japan-prime-minister", "Shigeru Ishiba",
     "abc_marles_nato_hague japantimes_nato_5pct_japan nhkworld_ishiba_absent "
     "rnz_luxon_nato_summit straitstimes_asia_nato_5pct thehindu_nato_hague_declaration "
     "yonhap_nato_wi_sunglac"),
    ("hague-asia-pacific-outlets", "count-countries-nato", "32",
     "abc_marles_nato_hague japantimes_nato_5pct_japan rnz_luxon_nato_summit "
     "straitstimes_asia_nato_5pct thehindu_nato_hague_declaration yonhap_nato_wi_sunglac"),
    ("hague-asia-pacific-outlets", "percent-defence-spending-by-2035", "5%",
     "abc_marles_nato_hague japantimes_nato_5pct_japan nhkworld_ishiba_absent "
     "rnz_luxon_nato_summit straitstimes_asia_nato_5pct thehindu_nato_hague_declaration "
     "yonhap_nato_wi_sunglac"),
    ("oval-office-2025-02-28", "money-loan", "£2.26 billion",
     "kyivindependent_zelensky_london_after_white_house lemonde_en_europe_after_oval_office "
     "thetimes_starmer_zelensky_downing_street"),
    ("oval-office-2025-02-28", "united-states-secretary-of-state", "Marco Rubio",
     "ap_trump_zelensky_oval_office kyivindependent_zelensky_london_after_white_house "
     "lemonde_en_europe_after_oval_office politico_europe_after_oval_office "
     "washingtonpost_trump_zelensky_oval_office"),
    ("paris-elysee-2025-02-17", "summit-date", "2025-02-17 (Monday)",
     "ansa_meloni_ukraine_paris politico_europe_paris_mini_summit "
     "telegraph_starmer_troops_paris"),
    ("paris-elysee-2025-02-17", "percent-defence-spending-united-kingdom", "2.3%",
     "france24_macron_elysee_ukraine reuters_paris_ukraine_summit "
     "telegraph_starmer_troops_paris"),
    ("london-european-outlets", "summit-date", "2025-03-02 (Sunday)",
     "brusselstimes_london_summit helsinkitimes_stubb_london_summit irishtimes_london_summit "
     "nltimes_schoof_london_summit notesfrompoland_tusk_london radioprague_fiala_london "
     "thelocal_dk_frederiksen_london"),
    ("london-european-outlets", "money-loan", "£2.26 billion",
     "brusselstimes_london_summit irishtimes_london_summit notesfrompoland_tusk_london "
     "thelocal_dk_frederiksen_london"),
    ("london-european-outlets", "czechia-prime-minister", "Petr Fiala",
     "notesfrompoland_tusk_london radioprague_fiala_london thelocal_dk_frederiksen_london"),
    ("un-general-assembly-2025", "count-countries-united-nations", "193",
     "aljazeera_palestine_right_not_reward ap_trump_un_speech "
     "france24_macron_palestine_recognition timesofisrael_abbas_netanyahu_un"),
    ("un-general-assembly-2025", "united-nations-secretary-general", "António Guterres",
     "aljazeera_palestine_right_not_reward ap_trump_un_speech cnn_trump_escalator_teleprompter "
     "france24_macron_palestine_recognition guardian_zelensky_arms_race "
     "timesofisrael_abbas_netanyahu_un"),
    ("us-eu-turnberry-2025", "count-countries-european-union", "27",
     "cnbc_trump_eu_trade_deal_20250727 dw_eu_us_tariff_deal_29072025 "
     "euronews_eu_us_trade_deal_2025-07-28 ft_us_eu_trade_deal_28jul2025 "
     "politico_eu_turnberry_deal_20250728 reuters_trump_eu_deal_20250727 "
     "scotsman_turnberry_trade_deal_2025-07-27"),
    ("us-eu-turnberry-2025", "european-commission-president", "Ursula von der Leyen",
     "cnbc_trump_eu_trade_deal_20250727 dw_eu_us_tariff_deal_29072025 "
     "euronews_eu_us_trade_deal_2025-07-28 ft_us_eu_trade_deal_28jul2025 "
     "reuters_trump_eu_deal_20250727 scotsman_turnberry_trade_deal_2025-07-27"),
    ("brics-kazan-2024", "count-countries", "36",
     "aljazeera_guterres_putin_2024-10-24 ap_putin_brics_wraps_2024-10-24 "
     "folha_lula_brics_presidency_2024-10-26 globaltimes_brics_kazan_2024-10-25 "
     "tass_kazan_declaration_2024-10-23"),
    ("brics-kazan-2024", "count-leaders", "22",
     "aljazeera_guterres_putin_2024-10-24 ap_putin_brics_wraps_2024-10-24 "
     "folha_lula_brics_presidency_2024-10-26 globaltimes_brics_kazan_2024-10-25 "
     "tass_kazan_declaration_2024-10-23"),
    ("brics-kazan-2024", "count-countries-13", "13",
     "aljazeera_guterres_putin_2024-10-24 ap_putin_brics_wraps_2024-10-24 "
     "globaltimes_brics_kazan_2024-10-25 tass_kazan_declaration_2024-10-23"),
    ("modi-trump-2025-02-13", "india-prime-minister", "Narendra Modi",
     "ap_trump_modi_white_house hindustantimes_modi_trump_mission500 "
     "indianexpress_explained_mission500 ndtv_pm_modi_trump_talks reuters_trump_modi_trade "
     "thehindu_modi_trump_mission500 timesofindia_modi_trump_meeting"),
    ("modi-trump-2025-02-13", "united-states-national-security-adviser", "Mike Waltz",
     "ap_trump_modi_white_house hindustantimes_modi_trump_mission500 "
     "indianexpress_explained_mission500 ndtv_pm_modi_trump_talks reuters_trump_modi_trade "
     "thehindu_modi_trump_mission500 timesofindia_modi_trump_meeting"),
    ("london-wire-versions", "count-leaders", "18",
     "ap_v1_preview_0902gmt ap_v3_writethru_1841gmt pa_media_explainer_20250304 "
     "reuters_final_1905gmt reuters_first_take_1720gmt seattletimes_ap_republish_20250303"),
    ("london-wire-versions", "money-loan", "£2.26 billion",
     "ap_v1_preview_0902gmt ap_v2_talks_begin_1515gmt pa_media_explainer_20250304 "
     "reuters_final_1905gmt reuters_first_take_1720gmt"),
    ("london-wire-versions", "summit-start-time", "14:00 UTC",
     "ap_v1_preview_0902gmt reuters_final_1905gmt reuters_first_take_1720gmt"),
    ("trump-takaichi-tokyo-2025", "japan-prime-minister", "Sanae Takaichi",
     "ap_2025-10-29_trump-japan-takaichi-takeaways "
     "asahi-ajw_2025-10-30_takaichi-trump-analysis japantimes_2025-10-28_takaichi-trump-summit "
     "kyodo_2025-10-28_takaichi-trump-summit nhk-world_2025-10-29_trump-leaves-japan "
     "nikkei-asia_2025-10-29_takaichi-trump-rare-earths "
     "reuters_2025-10-28_trump-takaichi-rare-earths"),
    ("trump-takaichi-tokyo-2025", "count-aircraft", "100",
     "nikkei-asia_2025-10-29_takaichi-trump-rare-earths "
     "reuters_2025-10-28_trump-takaichi-rare-earths"),
    ("trump-takaichi-tokyo-2025", "united-states-finance-minister", "Scott Bessent",
     "nikkei-asia_2025-10-29_takaichi-trump-rare-earths "
     "reuters_2025-10-28_trump-takaichi-rare-earths"),
    ("ffd4-seville-2025", "count-countries-coalition", "8",
     "afp-seville-aid-conference elpais-english-sanchez-seville-summit "
     "guardian-seville-debt-aid-conference"),
    ("ffd4-seville-2025", "spain-prime-minister", "Pedro Sánchez",
     "afp-seville-aid-conference elpais-english-sanchez-seville-summit "
     "guardian-seville-debt-aid-conference reuters-seville-financing-conference "
     "un-news-ffd4-opens-seville"),
    ("ffd4-seville-2025", "world-bank-president", "Ajay Banga",
     "devex-what-seville-delivered reuters-seville-financing-conference "
     "theeastafrican-ruto-seville-debt"),
    ("arab-islamic-doha-2025", "qatar-emir", "Tamim bin Hamad Al Thani",
     "aljazeera_doha-summit-communique anadolu_erdogan-doha-summit "
     "arabnews_doha-summit-crown-prince dawn_shehbaz-task-force gulftimes_summit-outcomes "
     "thenational_doha-summit timesofisrael_doha-summit-review-ties"),
    ("arab-islamic-doha-2025", "count-countries-arab-league", "22",
     "aljazeera_doha-summit-communique anadolu_erdogan-doha-summit "
     "arabnews_doha-summit-crown-prince dawn_shehbaz-task-force gulftimes_summit-outcomes "
     "thenational_doha-summit"),
    ("arab-islamic-doha-2025", "pakistan-prime-minister", "Shehbaz Sharif",
     "anadolu_erdogan-doha-summit arabnews_doha-summit-crown-prince dawn_shehbaz-task-force "
     "gulftimes_summit-outcomes"),
    ("eu-canada-brussels-2025", "canada-prime-minister", "Mark Carney",
     "canadianpress_carney_brussels_summit cbc_carney_eu_defence_partnership "
     "ctvnews_carney_europe_pivot euobserver_canada_safe_partnership "
     "euronews_eu_canada_summit_safe politico_eu_canada_defense_pact "
     "theglobeandmail_carney_eu_defence_pact"),
    ("eu-canada-brussels-2025", "money-loan-european-union-eur", "€150 billion",
     "cbc_carney_eu_defence_partnership euobserver_canada_safe_partnership "
     "euronews_eu_canada_summit_safe politico_eu_canada_defense_pact"),
    ("eu-canada-brussels-2025", "percent-defence-spending-canada-in-2024", "1.37%",
     "canadianpress_carney_brussels_summit cbc_carney_eu_defence_partnership "
     "ctvnews_carney_europe_pivot euobserver_canada_safe_partnership "
     "politico_eu_canada_defense_pact theglobeandmail_carney_eu_defence_pact"),
    ("merz-white-house-2025-06-05", "germany-chancellor", "Friedrich Merz",
     "bloomberg_2025-06-05_merz-trump-trade-truce dw_2025-06-06_merz-trump-white-house "
     "reuters_2025-06-05_trump-merz-white-house thelocal_2025-06-07_merz-trump-what-it-means "
     "washingtonpost_2025-06-05_trump-merz-oval-office"),
    ("merz-white-house-2025-06-05", "count-troops-united-states", "about 35,000",
     "dw_2025-06-06_merz-trump-white-house thelocal_2025-06-07_merz-trump-what-it-means "
     "washingtonpost_2025-06-05_trump-merz-oval-office"),
    ("merz-white-house-2025-06-05", "money-military-aid-eur", "€5 billion",
     "dw_2025-06-06_merz-trump-white-house politico_2025-06-06_merz-trump-no-bustup "
     "thelocal_2025-06-07_merz-trump-what-it-means"),
    ("pacific-islands-forum-honiara-2025", "count-countries", "18",
     "guardian-pacific-forum-communique rnz-pacific-honiara-opening solomon-star-forum-chair"),
    ("pacific-islands-forum-honiara-2025", "tonga-prime-minister", "Aisake Eke",
     "islands-business-honiara-analysis rnz-pacific-honiara-opening solomon-star-forum-chair"),
    ("pacific-islands-forum-honiara-2025", "former-tonga-prime-minister-siaosi-sovaleni", "Siaosi Sovaleni",
     "islands-business-honiara-analysis rnz-pacific-honiara-opening stuff-luxon-pacific-forum"),
    ("hague-opinion", "count-countries-nato", "32",
     "conversation_5pc_economics economist_leader_five_percent foreignpolicy_hague_argument "
     "ft_nato_5pc_bill guardian_letters_nato lemonde_nato_5pc_explainer "
     "spectator_daddy_diplomacy"),
    ("hague-opinion", "money-defence-spending-eur", "€152.8 billion",
     "conversation_5pc_economics ft_nato_5pc_bill"),
    ("hague-factboxes", "count-countries-nato-earlier", "28",
     "afp_explainer_five_percent economist_graphic_detail_nato reuters_factbox_nato_spending"),
    ("hague-factboxes", "percent-defence-spending-estonia", "3.43%",
     "afp_explainer_five_percent bbc_verify_nato_spending euronews_nato_spending_chart "
     "politico_europe_nato_winners_losers"),
    ("xi-putin-moscow-2025", "count-troops", "about 11,500",
     "moscowtimes_victory_day_xi_2025-05-09 reuters_xi_putin_parade_2025-05-09 "
     "scmp_xi_putin_red_square_2025-05-10 tass_putin_xi_talks_2025-05-08"),
    ("xi-putin-moscow-2025", "china-president", "Xi Jinping",
     "globaltimes_xi_russia_visit_20250510 kyivindependent_putin_parade_guests_2025-05-11 "
     "moscowtimes_victory_day_xi_2025-05-09 reuters_xi_putin_parade_2025-05-09 "
     "scmp_xi_putin_red_square_2025-05-10 tass_putin_xi_talks_2025-05-08 "
     "xinhua_xi_putin_talks_20250508"),
    ("xi-putin-moscow-2025", "brazil-president", "Luiz Inacio Lula da Silva",
     "kyivindependent_putin_parade_guests_2025-05-11 moscowtimes_victory_day_xi_2025-05-09 "
     "reuters_xi_putin_parade_2025-05-09 scmp_xi_putin_red_square_2025-05-10"),
    ("carney-trump-2025-05-06", "canada-prime-minister", "Mark Carney",
     "ap-trump-carney-51st-state cbc-carney-trump-oval-office fox-trump-carney-never-say-never "
     "globe-carney-trump-meeting nationalpost-carney-not-for-sale"),
    ("us-ukraine-geneva-2025", "united-states-secretary-of-state", "Marco Rubio",
     "ap_us_ukraine_geneva_2025-11-23 bbc_ukraine_geneva_talks_2025-11-24 "
     "kyiv_independent_geneva_framework_2025-11-24 "
     "politico_europe_geneva_peace_plan_2025-11-24 reuters_geneva_talks_2025-11-23 "
     "swissinfo_geneva_ukraine_talks_2025-11-24 ukrainska_pravda_geneva_after_2025-11-25"),
    ("us-ukraine-geneva-2025", "money-loan-eur", "€140 billion",
     "kyiv_independent_geneva_framework_2025-11-24 "
     "politico_europe_geneva_peace_plan_2025-11-24"),
    ("eu-japan-tokyo-2025", "japan-prime-minister", "Shigeru Ishiba",
     "euronews_eu-japan-summit-tokyo japantimes_japan-eu-summit-tokyo "
     "kyodo_japan-eu-summit-competitiveness-alliance nhkworld_japan_eu_leaders_summit "
     "nikkeiasia_japan-eu-economic-security-rare-earths "
     "politico-eu_eu-japan-competitiveness-alliance-analysis "
     "reuters_eu-japan-rare-earths-china"),
    ("eu-japan-tokyo-2025", "money-loan-european-union-eur", "€150 billion",
     "euronews_eu-japan-summit-tokyo japantimes_japan-eu-summit-tokyo "
     "politico-eu_eu-japan-competitiveness-alliance-analysis"),
    ("jef-oslo-2025", "summit-date", "2025-05-09 (Friday)",
     "err_michal_jef_oslo forcesnews_jef_leaders_oslo lrt_nauseda_jef_oslo nrk_jef_oslo_summit "
     "reuters_uk_sanctions_shadow_fleet ukdj_starmer_jef_oslo_sanctions yle_stubb_oslo_jef"),
    ("jef-oslo-2025", "norway-prime-minister", "Jonas Gahr Støre",
     "err_michal_jef_oslo lrt_nauseda_jef_oslo nrk_jef_oslo_summit "
     "ukdj_starmer_jef_oslo_sanctions yle_stubb_oslo_jef"),
    ("jef-oslo-2025", "percent-defence-spending-norway-in-2025", "2.2%",
     "forcesnews_jef_leaders_oslo lrt_nauseda_jef_oslo nrk_jef_oslo_summit"),
    ("macron-uk-state-visit-2025", "summit-france-united-kingdom-date", "2025-07-10 (Thursday)",
     "guardian_macron_parliament_2025-07-08 telegraph_windsor_banquet_2025-07-09"),
    ("macron-uk-state-visit-2025", "count-countries", "about 30",
     "lemonde_northwood_declaration_2025-07-11 politico_macron_visit_takeaways_2025-07-12"),
    ("london-commonwealth-outlets", "money-military-aid-canada", "more than $4.5 billion",
     "canadian_press_london_summit cbc_trudeau_london_summit ctv_news_london_summit "
     "globe_and_mail_london_summit"),
    ("london-commonwealth-outlets", "money-military-aid-australia", "$1.3 billion",
     "abc_australia_london_summit smh_london_summit"),
    ("london-in-parliament", "count-leaders", "18",
     "commons-library-insight-london-summit-ukraine "
     "defence-committee-oral-evidence-healey-2025-03-12 "
     "europarl-cre-2025-03-11-european-defence-debate "
     "govuk-pm-statement-london-summit-2-march-2025 "
     "hansard-commons-2025-03-03-ukraine-statement hansard-lords-2025-03-04-ukraine-statement "
     "politicshome-starmer-commons-statement-ukraine"),
    ("london-in-parliament", "money-missiles", "£1.6 billion",
     "commons-library-insight-london-summit-ukraine "
     "govuk-pm-statement-london-summit-2-march-2025 "
     "hansard-commons-2025-03-03-ukraine-statement hansard-lords-2025-03-04-ukraine-statement "
     "politicshome-starmer-commons-statement-ukraine"),
    ("london-in-parliament", "white-house-meeting-date", "2025-02-28 (Friday)",
     "commons-library-insight-london-summit-ukraine "
     "defence-committee-oral-evidence-healey-2025-03-12 "
     "europarl-cre-2025-03-11-european-defence-debate "
     "govuk-pm-statement-london-summit-2-march-2025 "
     "hansard-commons-2025-03-03-ukraine-statement hansard-lords-2025-03-04-ukraine-statement "
     "politicshome-starmer-commons-statement-ukraine"),
    ("london-in-parliament", "money-loan-150-billion", "€150 billion",
     "defence-committee-oral-evidence-healey-2025-03-12 "
     "europarl-cre-2025-03-11-european-defence-debate "
     "hansard-lords-2025-03-04-ukraine-statement"),
    ("coalition-london-2025-10-24", "count-leaders", "about 20",
     "bbc_starmer_coalition_willing guardian_starmer_frozen_assets "
     "independent_starmer_coalition_willing itvnews_zelensky_london_talks "
     "kyivpost_london_coalition reuters_europe_allies_assets skynews_coalition_long_range"),
    ("coalition-london-2025-10-24", "money-loan-eur", "about €140 billion",
     "bbc_starmer_coalition_willing independent_starmer_coalition_willing "
     "itvnews_zelensky_london_talks kyivpost_london_coalition reuters_europe_allies_assets"),
    ("india-uk-trade-deal-2025", "india-prime-minister", "Narendra Modi",
     "bbc_uk_india_trade_deal_signed hindustantimes_ceta_explainer ndtv_india_uk_trade_deal "
     "thehindu_india_uk_ceta_signed timesofindia_india_uk_fta_signed"),
    ("european-council-2025-10", "belgium-prime-minister", "Bart De Wever",
     "brusselstimes_de-wever-euroclear-summit dw_eu-summit-zelenskyy-russian-assets "
     "euobserver_analysis-russian-assets-december ft_eu-russian-assets-belgium "
     "reuters_eu-summit-russian-assets"),
    ("european-council-2025-10", "count-leaders-european-union", "27",
     "brusselstimes_de-wever-euroclear-summit euractiv_eu-leaders-defence-roadmap-drones "
     "ft_eu-russian-assets-belgium reuters_eu-summit-russian-assets"),
    ("ticad9-yokohama-2025", "count-countries-african", "49",
     "africanews_ticad9_yokohama dailynation_ticad9_ruto_japan japantimes_ticad9_opening "
     "kyodo_ticad9_declaration premiumtimes_ticad9_kisarazu_visa theeastafrican_ticad9_ruto"),
    ("ticad9-yokohama-2025", "money-loan-usd", "$5.5 billion",
     "dailynation_ticad9_ruto_japan japantimes_ticad9_opening kyodo_ticad9_declaration "
     "nikkei-asia-ticad9-business premiumtimes_ticad9_kisarazu_visa theeastafrican_ticad9_ruto"),
    ("trump-putin-budapest-shelved-2025", "hungary-prime-minister", "Viktor Orbán",
     "ap_2025-10-22_trump_cancels_putin_summit cnn_2025-10-22_budapest-summit-shelved "
     "euronews_2025-10-24_putin-sanctions-budapest "
     "hungarytoday_2025-10-23_budapest-peace-summit-on-hold"),
    ("g7-foreign-ministers-niagara-2025", "canada-foreign-minister", "Anita Anand",
     "ap_2025-11-12_rubio-boat-strikes-g7 cbc_2025-11-12_g7-ministers-ukraine-sanctions "
     "euronews_2025-11-14_g7-niagara-europe globalnews_2025-11-11_g7-niagara-opens "
     "kyodo_2025-11-13_motegi-g7-debut reuters_2025-11-12_g7-ceasefire-line-of-contact "
     "thehill_2025-11-13_rubio-eu-international-law"),
    ("g7-foreign-ministers-niagara-2025", "money-weapons-cad", "C$200 million",
     "ap_2025-11-12_rubio-boat-strikes-g7 euronews_2025-11-14_g7-niagara-europe "
     "reuters_2025-11-12_g7-ceasefire-line-of-contact"),
    ("erdogan-white-house-2025-09-25", "turkey-foreign-minister", "Hakan Fidan",
     "almonitor_erdogan_trump_takeaways anadolu_erdogan_trump_white_house "
     "dailysabah_erdogan_trump_new_era hurriyetdailynews_erdogan_f35_plane_remarks"),
    ("erdogan-white-house-2025-09-25", "money-missiles-in-2017-usd", "$2.5 billion",
     "almonitor_erdogan_trump_takeaways ap_trump_hosts_erdogan "
     "hurriyetdailynews_erdogan_f35_plane_remarks"),
    ("lula-trump-kuala-lumpur-2025", "brazil-foreign-minister", "Mauro Vieira",
     "agenciabrasil_lula_trump_negotiation batimes_lula_trump_kuala_lumpur "
     "bloomberg_trump_lula_tariff_talks folha_lula_trump_malaysia reuters_lula_trump_kl "
     "thestar_asean_trump_lula"),
    ("lula-trump-kuala-lumpur-2025", "count-troops-cambodia", "18",
     "ap_trump_lula_asean thestar_asean_trump_lula"),
    ("armenia-azerbaijan-white-house-2025", "azerbaijan-president", "Ilham Aliyev",
     "ap_trump_hosts_armenia_azerbaijan armenpress_pashinyan_washington_declaration "
     "azernews_aliyev_washington_peace eurasianet_trump_route_analysis "
     "reuters_armenia_azerbaijan_white_house rferl_iran_russia_react_trump_route "
     "washingtonpost_trump_armenia_azerbaijan"),
    ("armenia-azerbaijan-white-house-2025", "count-troops-russia", "about 2,000",
     "ap_trump_hosts_armenia_azerbaijan eurasianet_trump_route_analysis "
     "rferl_iran_russia_react_trump_route"),
    ("armenia-azerbaijan-white-house-2025", "united-states-president", "Donald Trump",
     "ap_trump_hosts_armenia_azerbaijan armenpress_pashinyan_washington_declaration "
     "azernews_aliyev_washington_peace eurasianet_trump_route_analysis "
     "reuters_armenia_azerbaijan_white_house rferl_iran_russia_react_trump_route "
     "washingtonpost_trump_armenia_azerbaijan"),
    ("ukraine-recovery-london-2023", "money-loan-world-bank-usd", "$3 billion",
     "bbc_news_urc2023_sunak_opens euronews_eu_50bn_ukraine_facility_london "
     "kyiv_independent_urc2023_what_ukraine_got "
     "reuters_allies_pledge_billions_ukraine_recovery ukrinform_urc2023_results_shmyhal"),
    ("ukraine-recovery-london-2023", "ukraine-prime-minister", "Denys Shmyhal",
     "bbc_news_urc2023_sunak_opens kyiv_independent_urc2023_what_ukraine_got "
     "reuters_allies_pledge_billions_ukraine_recovery ukrinform_urc2023_results_shmyhal"),
    ("davos-2025", "count-leaders", "about 60",
     "arabnews_saudi_600bn_trump_davos guardian_davos_trump_europe_nato "
     "reuters_trump_davos_oil_rates swissinfo_davos_wef_2025_wrap"),
    ("davos-2025", "count-troops", "at least 200,000",
     "arabnews_saudi_600bn_trump_davos ft_trump_davos_opec_nato "
     "guardian_davos_trump_europe_nato reuters_trump_davos_oil_rates "
     "swissinfo_davos_wef_2025_wrap"),
    ("trump-kim-singapore-2018", "united-states-secretary-of-state", "Mike Pompeo",
     "cnn_trump-kim-summit_2018-06-12 guardian_trump-kim-deal-doubts_2018-06-13 "
     "nhkworld_abe-abductions-summit_2018-06-13 reuters_trump-kim-summit_2018-06-12 "
     "scmp_china-pompeo-beijing_2018-06-14 straitstimes_sentosa-summit_2018-06-12 "
     "yonhap_pompeo-seoul-kcna_2018-06-13"),
    ("trump-kim-singapore-2018", "south-korea-president", "Moon Jae-in",
     "cnn_trump-kim-summit_2018-06-12 guardian_trump-kim-deal-doubts_2018-06-13 "
     "nhkworld_abe-abductions-summit_2018-06-13 reuters_trump-kim-summit_2018-06-12 "
     "scmp_china-pompeo-beijing_2018-06-14 yonhap_pompeo-seoul-kcna_2018-06-13"),
    ("biden-putin-geneva-2021", "switzerland-president", "Guy Parmelin",
     "ap_biden-putin-summit-geneva swissinfo_geneva-summit-day tass_putin-biden-talks-geneva"),
    ("biden-putin-geneva-2021", "count-troops", "about 100,000",
     "ap_biden-putin-summit-geneva politico_5-takeaways-biden-putin"),
    ("un-ocean-nice-2025", "count-countries", "49",
     "afp_2025-06-09_macron-opens-un-ocean-conference "
     "euronews_2025-06-14_un-ocean-conference-nice-what-was-agreed "
     "guardian_2025-06-09_un-ocean-conference-nice-deep-sea-mining "
     "lemonde-en_2025-06-10_nice-ocean-conference-france "
     "mongabay_2025-06-15_un-ocean-conference-nice-analysis "
     "reuters_2025-06-13_un-ocean-conference-ends "
     "unnews_2025-06-13_unoc3-closes-nice-declaration"),
    ("un-ocean-nice-2025", "costa-rica-president", "Rodrigo Chaves",
     "afp_2025-06-09_macron-opens-un-ocean-conference "
     "euronews_2025-06-14_un-ocean-conference-nice-what-was-agreed "
     "lemonde-en_2025-06-10_nice-ocean-conference-france "
     "reuters_2025-06-13_un-ocean-conference-ends "
     "unnews_2025-06-13_unoc3-closes-nice-declaration"),
    ("un-ocean-nice-2025", "count-leaders", "more than 60",
     "afp_2025-06-09_macron-opens-un-ocean-conference "
     "guardian_2025-06-09_un-ocean-conference-nice-deep-sea-mining "
     "lemonde-en_2025-06-10_nice-ocean-conference-france "
     "reuters_2025-06-13_un-ocean-conference-ends"),
    ("trump-netanyahu-gaza-plan-2025", "qatar-prime-minister", "Mohammed bin Abdulrahman Al Thani",
     "cnn_trump_netanyahu_gaza_plan_2025-09-29 reuters_trump_netanyahu_gaza_plan_2025-09-29 "
     "timesofisrael_netanyahu_backs_trump_plan_2025-09-30"),
    ("trump-netanyahu-gaza-plan-2025", "money-military-aid-in-2016-usd", "$3.8 billion",
     "axios_trump_gaza_plan_hamas_deadline_2025-09-30 foxnews_trump_hamas_gaza_deal_2025-09-30"),
    ("eu-celac-santa-marta-2025", "count-countries", "60",
     "ap_2025-11-10_santa-marta-declaration dw_2025-11-11_eu-celac-summit "
     "efe_2025-11-09_santa-marta-opening elpais-english_2025-11-10_spain-bridge "
     "euractiv_2025-11-11_kallas-celac mercopress_2025-11-12_mercosur-santa-marta"),
    ("eu-celac-santa-marta-2025", "count-leaders", "17",
     "dw_2025-11-11_eu-celac-summit efe_2025-11-09_santa-marta-opening "
     "elpais-english_2025-11-10_spain-bridge euractiv_2025-11-11_kallas-celac "
     "reuters_2025-11-09_us-strikes-shadow"),
    ("eu-celac-santa-marta-2025", "european-council-president", "António Costa",
     "ap_2025-11-10_santa-marta-declaration dw_2025-11-11_eu-celac-summit "
     "efe_2025-11-09_santa-marta-opening elpais-english_2025-11-10_spain-bridge "
     "euractiv_2025-11-11_kallas-celac mercopress_2025-11-12_mercosur-santa-marta "
     "reuters_2025-11-09_us-strikes-shadow"),
    ("g7-biarritz-2019", "united-kingdom-prime-minister", "Boris Johnson",
     "cbc-2019-08-26 france24-2019-08-25 irishtimes-2019-08-28 reuters-2019-08-26 "
     "telegraph-2019-08-24"),
    ("g7-biarritz-2019", "count-troops", "44,000",
     "cbc-2019-08-26 france24-2019-08-25"),
    ("g7-biarritz-2019", "united-states-press-secretary", "Stephanie Grisham",
     "bloomberg-2019-08-27 cbc-2019-08-26 france24-2019-08-25 reuters-2019-08-26"),
    ("minsk-normandy-2015", "count-troops-ukraine", "8,000",
     "bbc_2015-02-12_ukraine-ceasefire-agreed kyivpost_2015-02-13_minsk-ii-what-it-means "
     "nytimes_2015-02-12_ukraine-ceasefire reuters_2015-02-12_minsk-ceasefire "
     "spiegel-international_2015-02-14_minsk-glimmer-of-hope"),
    ("minsk-normandy-2015", "count-troops-ukraine-killed", "8",
     "kyivpost_2015-02-13_minsk-ii-what-it-means rferl_2015-02-12_minsk-deal"),
    ("minsk-normandy-2015", "belarus-president", "Alexander Lukashenko",
     "bbc_2015-02-12_ukraine-ceasefire-agreed kyivpost_2015-02-13_minsk-ii-what-it-means "
     "reuters_2015-02-12_minsk-ceasefire "
     "spiegel-international_2015-02-14_minsk-glimmer-of-hope"),
    ("cop21-paris-2015", "count-countries", "195",
     "afp_2015-12-12_paris-climate-pact-adopted bbc_2015-12-12_cop21-paris-deal-agreed "
     "carbonbrief_2015-12-14_analysis-final-paris-climate-deal "
     "climatehome_2015-12-13_paris-deal-what-comes-next "
     "guardian_2015-12-13_paris-climate-deal-landmark-pact "
     "reuters_2015-12-12_world-seals-climate-accord "
     "thehindu_2015-12-13_paris-pact-climate-justice"),
    ("cop21-paris-2015", "france-foreign-minister", "Laurent Fabius",
     "afp_2015-12-12_paris-climate-pact-adopted bbc_2015-12-12_cop21-paris-deal-agreed "
     "carbonbrief_2015-12-14_analysis-final-paris-climate-deal "
     "guardian_2015-12-13_paris-climate-deal-landmark-pact "
     "reuters_2015-12-12_world-seals-climate-accord "
     "thehindu_2015-12-13_paris-pact-climate-justice"),
    ("cop21-paris-2015", "count-troops", "about 2,800",
     "afp_2015-12-12_paris-climate-pact-adopted bbc_2015-12-12_cop21-paris-deal-agreed "
     "guardian_2015-12-13_paris-climate-deal-landmark-pact"),
    ("un-summit-of-the-future-2024", "summit-date", "2024-09-22 (Sunday)",
     "aljazeera-un-pact-for-the-future-2024-09-23 ap-un-summit-future-pact-2024-09-22 "
     "devex-pact-for-the-future-development-2024-09-23 "
     "guardian-un-pact-for-the-future-2024-09-23 "
     "passblue-pact-for-the-future-what-next-2024-09-24 reuters-un-pact-russia-2024-09-22 "
     "un-news-pact-adopted-2024-09-22"),
    ("un-summit-of-the-future-2024", "namibia-president", "Nangolo Mbumba",
     "aljazeera-un-pact-for-the-future-2024-09-23 "
     "devex-pact-for-the-future-development-2024-09-23 "
     "passblue-pact-for-the-future-what-next-2024-09-24 un-news-pact-adopted-2024-09-22"),
    ("un-summit-of-the-future-2024", "count-countries-un-general-assembly", "193",
     "aljazeera-un-pact-for-the-future-2024-09-23 ap-un-summit-future-pact-2024-09-22 "
     "passblue-pact-for-the-future-what-next-2024-09-24"),
    ("nato-brussels-2018", "count-countries-nato", "29",
     "dw_nato-summit-germany-analysis euractiv_nato-summit-what-was-agreed "
     "politico-eu_trump-germany-captive-of-russia reuters_trump-nato-allies-spending "
     "washingtonpost_trump-nato-summit-brussels"),
    ("nato-brussels-2018", "percent-defence-spending-germany-in-2018", "1.24%",
     "dw_nato-summit-germany-analysis euractiv_nato-summit-what-was-agreed "
     "politico-eu_trump-germany-captive-of-russia reuters_trump-nato-allies-spending "
     "thetimes_trump-savages-merkel"),
    ("nato-brussels-2018", "nato-secretary-general", "Jens Stoltenberg",
     "dw_nato-summit-germany-analysis euractiv_nato-summit-what-was-agreed "
     "politico-eu_trump-germany-captive-of-russia reuters_trump-nato-allies-spending "
     "skynews_trump-nato-commitment-very-strong washingtonpost_trump-nato-summit-brussels"),
    ("g20-osaka-2019", "summit-date", "2019-06-29 (Saturday)",
     "bloomberg_trade-truce-analysis_2019-07-01 cnbc_trump-xi-tariffs_2019-06-29 "
     "japantimes_g20-osaka-ends_2019-06-30 kyodo_g20-osaka-declaration_2019-06-29 "
     "nikkei-asian-review_osaka-g20-wrap_2019-06-30 reuters_trump-xi-truce_2019-06-29 "
     "xinhua_xi-trump-meeting_2019-06-29"),
    ("g20-osaka-2019", "japan-prime-minister", "Shinzo Abe",
     "japantimes_g20-osaka-ends_2019-06-30 kyodo_g20-osaka-declaration_2019-06-29 "
     "nikkei-asian-review_osaka-g20-wrap_2019-06-30 reuters_trump-xi-truce_2019-06-29 "
     "xinhua_xi-trump-meeting_2019-06-29"),
    ("trump-kim-hanoi-2019", "summit-date", "2019-02-28 (Thursday)",
     "ap_trump-kim-summit-collapses guardian_kim-leaves-vietnam-hanoi-summit "
     "koreaherald_moon-mediator-after-hanoi npr_trump-kim-summit-ends-no-deal "
     "reuters_trump-kim-talks-collapse vnexpress_kim-trong-talks-hanoi "
     "yonhap_nk-partial-sanctions-relief"),
    ("trump-kim-hanoi-2019", "north-korea-foreign-minister", "Ri Yong-ho",
     "ap_trump-kim-summit-collapses guardian_kim-leaves-vietnam-hanoi-summit "
     "koreaherald_moon-mediator-after-hanoi vnexpress_kim-trong-talks-hanoi "
     "yonhap_nk-partial-sanctions-relief"),
    ("council-of-europe-reykjavik-2023", "count-leaders", "more than 30",
     "euobserver-eu-joins-register-2023-05-17 euronews-reykjavik-declaration-2023-05-17 "
     "iceland-review-summit-wrap-2023-05-19 irish-times-varadkar-reykjavik-2023-05-18 "
     "reuters-register-of-damage-launched-2023-05-16 ruv-english-summit-opens-harpa-2023-05-16"),
    ("council-of-europe-reykjavik-2023", "council-of-europe-secretary-general", "Marija Pejčinović Burić",
     "euobserver-eu-joins-register-2023-05-17 euronews-reykjavik-declaration-2023-05-17 "
     "iceland-review-summit-wrap-2023-05-19 reuters-register-of-damage-launched-2023-05-16 "
     "ruv-english-summit-opens-harpa-2023-05-16"),
    ("european-council-2023-12", "count-leaders-signing", "26",
     "agenceeurope_bulletin-13313_euco-enlargement "
     "euronews_eu-opens-accession-talks-ukraine-moldova ft_orban-blocks-ukraine-funding "
     "kyivindependent_eu-opens-membership-talks politico-eu_orban-veto-ukraine-budget"),
    ("european-council-2023-12", "money-loan-eur", "€33 billion",
     "agenceeurope_bulletin-13313_euco-enlargement ft_orban-blocks-ukraine-funding "
     "kyivindependent_eu-opens-membership-talks politico-eu_orban-veto-ukraine-budget"),
    ("european-council-2023-12", "european-council-president", "Charles Michel",
     "agenceeurope_bulletin-13313_euco-enlargement "
     "euronews_eu-opens-accession-talks-ukraine-moldova ft_orban-blocks-ukraine-funding "
     "guardian_eu-summit-orban-ukraine hungarytoday_orban-brussels-summit-veto "
     "kyivindependent_eu-opens-membership-talks politico-eu_orban-veto-ukraine-budget"),
    ("biden-xi-bali-2022", "united-states-secretary-of-state", "Antony Blinken",
     "cnn-biden-xi-bali-meeting reuters-biden-xi-cold-war scmp-xi-biden-taiwan-red-line "
     "wsj-biden-xi-economic-rivalry xinhua-xi-meets-biden"),
    ("biden-xi-bali-2022", "indonesia-president", "Joko Widodo",
     "abc-albanese-xi-after-biden-talks cnn-biden-xi-bali-meeting xinhua-xi-meets-biden"),
    ("vatican-zelensky-trump-2025", "count-leaders", "about 50",
     "cnn-2025-04-26 corriere-della-sera-english-2025-04-27 kyiv-independent-2025-04-27 "
     "reuters-2025-04-26 telegraph-2025-04-28 vatican-news-2025-04-26"),
    ("vatican-zelensky-trump-2025", "united-states-vice-president", "JD Vance",
     "cnn-2025-04-26 corriere-della-sera-english-2025-04-27 kyiv-independent-2025-04-27 "
     "telegraph-2025-04-28 vatican-news-2025-04-26"),
    ("chogm-kigali-2022", "count-countries-commonwealth", "56",
     "abc-2022-06-26-commonwealth-kigali-wrap "
     "dailynation-2022-06-26-kenyatta-chogm-youth-trade "
     "newtimes-2022-06-25-kagame-chair-in-office thecitizen-2022-06-27-tanzania-chogm-outcomes"),
    ("chogm-kigali-2022", "rwanda-president", "Paul Kagame",
     "abc-2022-06-26-commonwealth-kigali-wrap bbc-2022-06-24-johnson-charles-rwanda "
     "dailynation-2022-06-26-kenyatta-chogm-youth-trade "
     "guardian-2022-06-25-scotland-keeps-commonwealth-job "
     "newtimes-2022-06-25-kagame-chair-in-office reuters-2022-06-24-charles-slavery-sorrow "
     "thecitizen-2022-06-27-tanzania-chogm-outcomes"),
    ("chogm-kigali-2022", "count-leaders", "29",
     "abc-2022-06-26-commonwealth-kigali-wrap "
     "dailynation-2022-06-26-kenyatta-chogm-youth-trade "
     "guardian-2022-06-25-scotland-keeps-commonwealth-job "
     "newtimes-2022-06-25-kagame-chair-in-office reuters-2022-06-24-charles-slavery-sorrow"),
    ("quad-tokyo-2022", "summit-quad-date", "2022-05-24 (Tuesday)",
     "cnn_biden_quad_summit_tokyo kyodo_quad_summit_2022-05-24 nhkworld_quad_summit "
     "reuters_quad_leaders_tokyo the_australian_albanese_quad_debut "
     "thediplomat_quad_tokyo_analysis thehindu_quad_force_for_good"),
    ("quad-tokyo-2022", "japan-defence-minister", "Nobuo Kishi",
     "cnn_biden_quad_summit_tokyo kyodo_quad_summit_2022-05-24 reuters_quad_leaders_tokyo "
     "the_australian_albanese_quad_debut"),
    ("aukus-san-diego-2023", "count-countries", "more than 60",
     "abc_news_aukus_albanese_submarines reuters_aukus_submarines_2023-03-13 "
     "smh_aukus_cost_analysis_2023-03-15"),
    ("aukus-san-diego-2023", "united-kingdom-prime-minister", "Rishi Sunak",
     "abc_news_aukus_albanese_submarines bbc_aukus_nuclear_subs_deal "
     "defensenews_aukus_optimal_pathway politico-biden-aukus-san-diego "
     "reuters_aukus_submarines_2023-03-13 smh_aukus_cost_analysis_2023-03-15"),
    ("putin-xi-beijing-2022", "count-troops", "more than 100,000",
     "moscowtimes_putin-xi-no-limits_20220205 nikkei_putin-xi-energy-japan_20220206 "
     "nytimes_putin-xi-olympics_20220204 reuters_china-russia-no-limits_20220204"),
    ("putin-xi-beijing-2022", "count-leaders", "about 20",
     "nikkei_putin-xi-energy-japan_20220206 nytimes_putin-xi-olympics_20220204 "
     "scmp_xi-putin-no-limits_20220205 xinhua_xi-putin-talks_20220204"),
    ("putin-xi-beijing-2022", "russia-foreign-minister", "Sergei Lavrov",
     "moscowtimes_putin-xi-no-limits_20220205 nytimes_putin-xi-olympics_20220204 "
     "reuters_china-russia-no-limits_20220204 tass_putin-xi-talks_20220204"),
    ("nato-wales-2014", "percent-defence-spending-by-2024", "2%",
     "bbc-news-nato-summit-opens-newport dw-nato-wales-summit-merkel-spending "
     "guardian-nato-summit-ends-spending-pledge reuters-nato-agrees-spearhead-force "
     "rferl-explainer-wales-summit-east telegraph-cameron-nato-stronger"),
    ("nato-wales-2014", "count-troops", "about 4,000",
     "bbc-news-nato-summit-opens-newport dw-nato-wales-summit-merkel-spending "
     "guardian-nato-summit-ends-spending-pledge reuters-nato-agrees-spearhead-force "
     "rferl-explainer-wales-summit-east telegraph-cameron-nato-stronger"),
    ("nato-wales-2014", "count-countries-nato", "28",
     "bbc-news-nato-summit-opens-newport dw-nato-wales-summit-merkel-spending "
     "guardian-nato-summit-ends-spending-pledge reuters-nato-agrees-spearhead-force "
     "telegraph-cameron-nato-stronger walesonline-nato-summit-day-one"),
    ("eu-turkey-deal-2016", "count-leaders-european-union", "28",
     "dw_eu-turkey-refugee-deal_19032016 euobserver_eu-turkey-deal-legal-questions_2016-03-19 "
     "guardian_eu-turkey-deal-refugees-greece_2016-03-18 "
     "hurriyetdailynews_turkey-eu-migrant-deal_2016-03-19 "
     "kathimerini-english_eu-turkey-deal-takes-effect_2016-03-20 "
     "politico-eu_turkey-deal-refugees_2016-03-18 reuters_eu-turkey-migrant-deal_20160318"),
    ("eu-turkey-deal-2016", "turkey-prime-minister", "Ahmet Davutoğlu",
     "dw_eu-turkey-refugee-deal_19032016 euobserver_eu-turkey-deal-legal-questions_2016-03-19 "
     "guardian_eu-turkey-deal-refugees-greece_2016-03-18 "
     "hurriyetdailynews_turkey-eu-migrant-deal_2016-03-19 "
     "kathimerini-english_eu-turkey-deal-takes-effect_2016-03-20 "
     "politico-eu_turkey-deal-refugees_2016-03-18 reuters_eu-turkey-migrant-deal_20160318"),
    ("g20-hamburg-2017", "summit-date", "2017-07-07 (Friday)",
     "cnn_2017-07-07_trump-putin-meet globeandmail_2017-07-08_g20-ends-climate-split "
     "independent_2017-07-10_may-trump-trade-deal-g20 "
     "reuters_2017-07-07_trump-putin-first-meeting "
     "spiegel-international_2017-07-09_hamburg-scorched-summit "
     "thelocal-de_2017-07-08_g20-hamburg-riots-explained"),
    ("g20-hamburg-2017", "united-states-secretary-of-state", "Rex Tillerson",
     "cnn_2017-07-07_trump-putin-meet globeandmail_2017-07-08_g20-ends-climate-split "
     "independent_2017-07-10_may-trump-trade-deal-g20 "
     "reuters_2017-07-07_trump-putin-first-meeting rt_2017-07-09_putin-tv-trump-real-person"),
    ("macron-xi-beijing-2023", "count-aircraft", "160",
     "chinadaily_xi-macron-talks_2023-04-07 france24_macron-xi-guangzhou_2023-04-07 "
     "lemonde-en_macron-china-visit-wrap_2023-04-08 reuters_macron-xi-ukraine-talks_2023-04-06 "
     "straitstimes_xi-macron-guangzhou_2023-04-07"),
    ("macron-xi-beijing-2023", "china-prime-minister", "Li Qiang",
     "chinadaily_xi-macron-talks_2023-04-07 lemonde-en_macron-china-visit-wrap_2023-04-08 "
     "politico-eu_von-der-leyen-china-trip_2023-04-07 "
     "reuters_macron-xi-ukraine-talks_2023-04-06"),
    ("g7-carbis-bay-2021", "united-kingdom-prime-minister", "Boris Johnson",
     "bbc_g7-summit-ends-vaccine-pledge_2021-06-13 cnn_biden-first-g7-summit_2021-06-13 "
     "dw_g7-summit-merkel-farewell_2021-06-13 "
     "japantimes_suga-g7-olympics-taiwan_2021-06-14 "
     "reuters_g7-billion-vaccine-doses_2021-06-13"),
    ("g7-carbis-bay-2021", "summit-g7-end-date", "2021-06-13 (Sunday)",
     "bbc_g7-summit-ends-vaccine-pledge_2021-06-13 cnn_biden-first-g7-summit_2021-06-13 "
     "japantimes_suga-g7-olympics-taiwan_2021-06-14 "
     "reuters_g7-billion-vaccine-doses_2021-06-13 "
     "telegraph_g7-summit-opens-cornwall_2021-06-11"),
    ("cop28-dubai-2023", "united-nations-secretary-general", "Antonio Guterres",
     "aljazeera_cop28-small-islands-not-in-the-room_2023-12-13 "
     "ap_cop28-deal-transition-away-fossil-fuels_2023-12-13 "
     "guardian_cop28-deal-beginning-of-end-fossil-fuels_2023-12-13 "
     "reuters_cop28-loss-damage-fund-launched_2023-11-30 "
     "thenational_uae-consensus-cop28-historic-deal_2023-12-13"),
    ("brics-johannesburg-2023", "count-countries-brics", "11",
     "news24_ramaphosa-announces-brics-expansion_2023-08-24 "
     "reuters_brics-invites-six-nations_2023-08-24"),
    ("brics-johannesburg-2023", "south-africa-president", "Cyril Ramaphosa",
     "afp_brics-summit-opens-putin-absent_2023-08-22 "
     "aljazeera_brics-invites-six-countries_2023-08-24 "
     "ft_brics-expansion-tests-cohesion_2023-08-25 "
     "news24_ramaphosa-announces-brics-expansion_2023-08-24 "
     "reuters_brics-invites-six-nations_2023-08-24 "
     "thehindu_modi-backs-brics-expansion_2023-08-25 "
     "xinhua_xi-hails-historic-brics-expansion_2023-08-24"),
    ("panmunjom-2018", "summit-date", "2018-04-27 (Friday)",
     "afp_kcna-hails-summit-readout_2018-04-28 "
     "bbc_korean-leaders-pledge-end-war_2018-04-27 "
     "koreaherald_panmunjom-declaration_2018-04-27 "
     "nytimes_korea-summit-peace-goals_2018-04-27 "
     "reuters_korea-summit-denuclearization_2018-04-27 yonhap_moon-kim-summit_2018-04-27"),
    ("panmunjom-2018", "south-korea-president", "Moon Jae-in",
     "afp_kcna-hails-summit-readout_2018-04-28 "
     "bbc_korean-leaders-pledge-end-war_2018-04-27 "
     "cnn_korea-summit-kim-crosses-dmz_2018-04-27 "
     "koreaherald_panmunjom-declaration_2018-04-27 "
     "nytimes_korea-summit-peace-goals_2018-04-27 "
     "reuters_korea-summit-denuclearization_2018-04-27 yonhap_moon-kim-summit_2018-04-27"),
    ("windsor-framework-2023", "european-commission-vice-president", "Maroš Šefčovič",
     "bbc_windsor-framework-deal_2023-02-27 guardian_sunak-windsor-framework_2023-02-27 "
     "irishtimes_windsor-framework-reaction_2023-02-28 "
     "politico_windsor-framework-brexit_2023-02-27 "
     "reuters_uk-eu-northern-ireland-deal_2023-02-27 "
     "rte_sunak-von-der-leyen-deal_2023-02-27"),
    ("windsor-framework-2023", "united-kingdom-prime-minister", "Rishi Sunak",
     "bbc_windsor-framework-deal_2023-02-27 "
     "irishtimes_windsor-framework-reaction_2023-02-28 "
     "politico_windsor-framework-brexit_2023-02-27 "
     "reuters_uk-eu-northern-ireland-deal_2023-02-27 "
     "rte_sunak-von-der-leyen-deal_2023-02-27"),
    ("nato-london-2019", "count-countries-nato", "29",
     "ap_trump-cuts-nato-trip-short_2019-12-04 "
     "defensenews_nato-spending-130-billion_2019-12-03 "
     "dw_nato-at-70-germany-under-pressure_2019-12-02 "
     "guardian_nato-at-70-watford-analysis_2019-12-04 "
     "lemonde_macron-trump-brain-death-london_2019-12-03 "
     "reuters_nato-leaders-vow-unity_2019-12-04 "
     "skynews_trump-trudeau-two-faced-video_2019-12-04"),
    ("nato-london-2019", "nato-secretary-general", "Jens Stoltenberg",
     "ap_trump-cuts-nato-trip-short_2019-12-04 "
     "defensenews_nato-spending-130-billion_2019-12-03 "
     "dw_nato-at-70-germany-under-pressure_2019-12-02 "
     "guardian_nato-at-70-watford-analysis_2019-12-04 "
     "lemonde_macron-trump-brain-death-london_2019-12-03 "
     "reuters_nato-leaders-vow-unity_2019-12-04 "
     "skynews_trump-trudeau-two-faced-video_2019-12-04"),
    ("g20-rome-2021", "italy-prime-minister", "Mario Draghi",
     "ansa_g20-draghi-opens-summit_2021-10-30 "
     "cnbc_g20-leaders-endorse-global-minimum-tax_2021-10-30 "
     "euronews_g20-rome-summit-ends_2021-10-31 "
     "guardian_g20-climate-drops-in-ocean_2021-10-31 "
     "politico_g20-tax-deal-steel-truce_2021-10-30 "
     "reuters_g20-climate-commitments_2021-10-31 "
     "timesofindia_modi-g20-vaccine-offer_2021-10-31"),
    ("apec-san-francisco-2023", "count-countries-apec", "21",
     "ap_biden-xi-fentanyl-military-talks_2023-11-15 "
     "kyodo_apec-declaration-kishida-free-trade_2023-11-18 "
     "reuters_apec-leaders-golden-gate-declaration_2023-11-17"),
    ("apec-san-francisco-2023", "summit-end-date", "2023-11-17 (Friday)",
     "reuters_apec-leaders-golden-gate-declaration_2023-11-17 "
     "straitstimes_apec-summit-ends-us-china-thaw_2023-11-18"),
    ("g7-elmau-2022", "germany-chancellor", "Olaf Scholz",
     "ap_g7-ukraine-as-long-as-it-takes_2022-06-28 "
     "cnbc_g7-600-billion-infrastructure-plan_2022-06-26 "
     "dw_g7-zelenskyy-video-address_2022-06-27 "
     "guardian_johnson-g7-gold-ban-putin_2022-06-26 "
     "politico_g7-elmau-takeaways_2022-06-28 reuters_g7-infrastructure-china_2022-06-26 "
     "timesofindia_modi-g7-climate-elmau_2022-06-27"),
    ("g7-elmau-2022", "summit-end-date", "2022-06-28 (Tuesday)",
     "ap_g7-ukraine-as-long-as-it-takes_2022-06-28 "
     "cnbc_g7-600-billion-infrastructure-plan_2022-06-26 "
     "dw_g7-zelenskyy-video-address_2022-06-27 "
     "guardian_johnson-g7-gold-ban-putin_2022-06-26 "
     "politico_g7-elmau-takeaways_2022-06-28"),
    # (OPEC+'s 23, not OPEC's 13)
    ("opec-plus-vienna-2023", "count-countries", "23",
     "alarabiya_saudi-cut-1-million-bpd-july_2023-06-05 "
     "cnbc_oil-prices-jump-saudi-cut_2023-06-05 "
     "spglobal_opec-plus-extends-quotas-2024_2023-06-04"),
    ("opec-plus-vienna-2023", "opec-secretary-general", "Haitham al-Ghais",
     "alarabiya_saudi-cut-1-million-bpd-july_2023-06-05 "
     "reuters_saudi-deep-cut-opec-plus-extends_2023-06-04 "
     "spglobal_opec-plus-extends-quotas-2024_2023-06-04"),
    ("trump-kim-dmz-2019", "united-states-secretary-of-state", "Mike Pompeo",
     "ap_trump-steps-into-north-korea_2019-06-30 cnn_trump-kim-dmz-meeting_2019-06-30 "
     "guardian_trump-first-us-president-north-korea_2019-06-30 "
     "koreaherald_moon-trump-kim-panmunjom_2019-07-01 "
     "reuters_trump-kim-dmz-meeting_2019-06-30 "
     "washingtonpost_trump-crosses-into-north-korea_2019-06-30 "
     "yonhap_trump-kim-meet-at-panmunjom_2019-06-30"),
    ("trump-kim-dmz-2019", "summit-date", "2019-06-30 (Sunday)",
     "ap_trump-steps-into-north-korea_2019-06-30 "
     "koreaherald_moon-trump-kim-panmunjom_2019-07-01 "
     "washingtonpost_trump-crosses-into-north-korea_2019-06-30"),
    ("cop26-glasgow-2021", "united-kingdom-prime-minister", "Boris Johnson",
     "bbc_cop26-glasgow-climate-pact-agreed_2021-11-13 "
     "hindustantimes_india-coal-phase-down-glasgow-pact_2021-11-14 "
     "scotsman_cop26-glasgow-fortnight-ends-in-deal_2021-11-15"),
    ("asean-jakarta-2023", "count-countries-asean", "10",
     "afp_asean-summit-closes-harris-li_2023-09-07 "
     "nikkei_asean-indo-pacific-projects-investment_2023-09-07 "
     "reuters_asean-summit-opens-proxy_2023-09-05 "
     "straitstimes_li-qiang-harris-asean-meetings_2023-09-06"),
    ("asean-jakarta-2023", "indonesia-president", "Joko Widodo",
     "afp_asean-summit-closes-harris-li_2023-09-07 "
     "bernama_anwar-43rd-asean-summit_2023-09-05 "
     "cna_east-asia-summit-harris-li-qiang_2023-09-07 "
     "nikkei_asean-indo-pacific-projects-investment_2023-09-07 "
     "reuters_asean-summit-opens-proxy_2023-09-05 "
     "straitstimes_li-qiang-harris-asean-meetings_2023-09-06"),
    ("china-japan-korea-seoul-2024", "summit-date", "2024-05-27 (Monday)",
     "koreaherald_trilateral-cooperation-restored_2024-05-27 "
     "kyodo_japan-china-skorea-summit_2024-05-27 "
     "nhkworld_leaders-agree-regular-summits_2024-05-27 "
     "reuters_china-japan-skorea-leaders-summit_2024-05-27 "
     "thediplomat_trilateral-summit-reboot_2024-05-28 "
     "xinhua_li-qiang-leaders-meeting_2024-05-27 "
     "yonhap_trilateral-summit-regular_2024-05-27"),
    ("china-japan-korea-seoul-2024", "china-prime-minister", "Li Qiang",
     "koreaherald_trilateral-cooperation-restored_2024-05-27 "
     "kyodo_japan-china-skorea-summit_2024-05-27 "
     "nhkworld_leaders-agree-regular-summits_2024-05-27 "
     "reuters_china-japan-skorea-leaders-summit_2024-05-27 "
     "thediplomat_trilateral-summit-reboot_2024-05-28 "
     "xinhua_li-qiang-leaders-meeting_2024-05-27 "
     "yonhap_trilateral-summit-regular_2024-05-27"),
    ("nato-bucharest-2008", "nato-secretary-general", "Jaap de Hoop Scheffer",
     "ap_nato-georgia-ukraine_2008-04-03 bbc_putin-warns-nato_2008-04-04 "
     "kyivpost_after-bucharest-ukraine-waits_2008-04-10 "
     "nyt_nato-rebuffs-bush-ukraine-georgia_2008-04-04 "
     "reuters_nato-invites-albania-croatia_2008-04-03 "
     "rferl_georgia-ukraine-nato-promise_2008-04-04 "
     "spiegel_merkel-stands-firm-bucharest_2008-04-03"),
    ("nato-bucharest-2008", "count-troops-additional", "about 700",
     "ap_nato-georgia-ukraine_2008-04-03 bbc_putin-warns-nato_2008-04-04 "
     "nyt_nato-rebuffs-bush-ukraine-georgia_2008-04-04 "
     "reuters_nato-invites-albania-croatia_2008-04-03 "
     "spiegel_merkel-stands-firm-bucharest_2008-04-03"),
    ("normandy-paris-2019", "summit-date", "2019-12-09 (Monday)",
     "afp_normandy-summit-prisoner-swap_2019-12-10 "
     "guardian_ukraine-peace-talks-live_2019-12-09 "
     "reuters_putin-zelenskiy-paris-summit_2019-12-09 "
     "rferl_zelenskiy-putin-cease-fire-paris_2019-12-10 "
     "tass_putin-normandy-four-paris_2019-12-10"),
    ("normandy-paris-2019", "germany-chancellor", "Angela Merkel",
     "afp_normandy-summit-prisoner-swap_2019-12-10 "
     "dw_normandy-format-summit-paris_2019-12-09 "
     "guardian_ukraine-peace-talks-live_2019-12-09 "
     "kyivpost_zelensky-putin-paris-talks_2019-12-10 "
     "reuters_putin-zelenskiy-paris-summit_2019-12-09 "
     "rferl_zelenskiy-putin-cease-fire-paris_2019-12-10 "
     "tass_putin-normandy-four-paris_2019-12-10"),
    ("g7-ise-shima-2016", "japan-prime-minister", "Shinzo Abe",
     "bloomberg_abe-lehman-warning-g7_2016-05-26 "
     "ft_g7-brexit-warning-abe-stimulus_2016-05-27 "
     "guardian_g7-summit-obama-hiroshima-live_2016-05-27 "
     "japantimes_obama-hiroshima-tribute_2016-05-28 kyodo_g7-summit-wraps-up_2016-05-27 "
     "nhkworld_g7-leaders-adopt-declaration_2016-05-27 "
     "reuters_g7-leaders-split-on-spending_2016-05-27"),
    ("g7-ise-shima-2016", "summit-end-date", "2016-05-27 (Friday)",
     "kyodo_g7-summit-wraps-up_2016-05-27 "
     "nhkworld_g7-leaders-adopt-declaration_2016-05-27"),
    ("modi-putin-moscow-2024", "india-prime-minister", "Narendra Modi",
     "aljazeera_modi-putin-summit-west-ukraine_2024-07-09 "
     "moscowtimes_putin-modi-kremlin-order_2024-07-09 "
     "ndtv_pm-modi-russia-visit-live_2024-07-09 "
     "reuters_modi-putin-ukraine-children_2024-07-09 "
     "tass_putin-modi-kremlin-talks_2024-07-09 "
     "thehindu_modi-putin-summit-trade-target_2024-07-09 "
     "timesofindia_modi-russia-visit-takeaways_2024-07-10"),
    ("modi-putin-moscow-2024", "russia-deputy-prime-minister", "Denis Manturov",
     "moscowtimes_putin-modi-kremlin-order_2024-07-09 "
     "ndtv_pm-modi-russia-visit-live_2024-07-09 tass_putin-modi-kremlin-talks_2024-07-09 "
     "thehindu_modi-putin-summit-trade-target_2024-07-09"),
    ("eu-china-beijing-2023", "summit-date", "2023-12-07 (Thursday)",
     "dw_eu-china-summit-brussels-seeks-rebalancing_2023-12-07 "
     "guardian_eu-china-summit-live_2023-12-07 "
     "politico_von-der-leyen-michel-beijing-summit_2023-12-07 "
     "reuters_eu-leaders-press-xi-trade-imbalance_2023-12-07 "
     "scmp_china-eu-summit-trade-frictions-xi_2023-12-08 "
     "xinhua_xi-meets-michel-von-der-leyen_2023-12-07"),
    ("eu-china-beijing-2023", "european-union-high-representative", "Josep Borrell",
     "guardian_eu-china-summit-live_2023-12-07 "
     "politico_von-der-leyen-michel-beijing-summit_2023-12-07 "
     "scmp_china-eu-summit-trade-frictions-xi_2023-12-08"),
    ("eu-au-brussels-2022", "count-countries-african-union", "55",
     "africanews_eu-au-summit-ends-brussels_2022-02-18 "
     "premiumtimes_buhari-eu-au-summit-brussels_2022-02-19 "
     "reuters_eu-africa-summit-investment-package_2022-02-18"),
    ("eu-au-brussels-2022", "senegal-president", "Macky Sall",
     "afp_eu-au-summit-brussels-vaccines_2022-02-18 "
     "dw_eu-africa-summit-preview_2022-02-17 "
     "euractiv_eu-au-summit-global-gateway_2022-02-18 "
     "guardian_eu-au-summit-live_2022-02-18 "
     "premiumtimes_buhari-eu-au-summit-brussels_2022-02-19 "
     "reuters_eu-africa-summit-investment-package_2022-02-18"),
    ("abraham-accords-2020", "bahrain-foreign-minister", "Abdullatif al-Zayani",
     "aljazeera_israel-uae-bahrain-normalisation-deals_2020-09-15 "
     "ap_israel-uae-bahrain-sign-pacts_2020-09-15 "
     "gulfnews_uae-israel-sign-abraham-accord_2020-09-16 "
     "reuters_israel-signs-deals-uae-bahrain_2020-09-15 "
     "thenational_uae-israel-treaty-signed-white-house_2020-09-15 "
     "timesofisrael_netanyahu-signs-accords-white-house_2020-09-15 "
     "washingtonpost_abraham-accords-live-updates_2020-09-15"),
    ("abraham-accords-2020", "israel-prime-minister", "Benjamin Netanyahu",
     "aljazeera_israel-uae-bahrain-normalisation-deals_2020-09-15 "
     "ap_israel-uae-bahrain-sign-pacts_2020-09-15 "
     "gulfnews_uae-israel-sign-abraham-accord_2020-09-16 "
     "reuters_israel-signs-deals-uae-bahrain_2020-09-15 "
     "thenational_uae-israel-treaty-signed-white-house_2020-09-15 "
     "timesofisrael_netanyahu-signs-accords-white-house_2020-09-15 "
     "washingtonpost_abraham-accords-live-updates_2020-09-15"),
    ("sco-astana-2024", "kazakhstan-president", "Kassym-Jomart Tokayev",
     "aljazeera_belarus-joins-sco-xi-putin-kazakhstan_2024-07-04 "
     "astanatimes_sco-summit-adopts-astana-declaration_2024-07-05 "
     "reuters_sco-summit-belarus-joins_2024-07-04 "
     "rferl_belarus-sco-astana-summit-putin-xi_2024-07-05 "
     "tass_putin-sco-pillar-multipolar-order_2024-07-04 "
     "thehindu_sco-summit-astana-live-updates_2024-07-04 "
     "xinhua_xi-sco-common-home-astana_2024-07-04"),
    ("sco-astana-2024", "belarus-president", "Alexander Lukashenko",
     "aljazeera_belarus-joins-sco-xi-putin-kazakhstan_2024-07-04 "
     "astanatimes_sco-summit-adopts-astana-declaration_2024-07-05 "
     "reuters_sco-summit-belarus-joins_2024-07-04 "
     "tass_putin-sco-pillar-multipolar-order_2024-07-04 "
     "thehindu_sco-summit-astana-live-updates_2024-07-04 "
     "xinhua_xi-sco-common-home-astana_2024-07-04"),
    ("cop27-sharm-2022", "egypt-foreign-minister", "Sameh Shoukry",
     "aljazeera_cop27-loss-damage-fund_2022-11-20 ap_cop27-deal-loss-damage_2022-11-20 "
     "guardian_cop27-agreement-fund_2022-11-20 reuters_cop27-loss-damage-fund_2022-11-20 "
     "thehindu_cop27-india-welcomes-fund_2022-11-21"),
    ("cop27-sharm-2022", "count-leaders", "more than 100",
     "ahram_cop27-concludes-historic-fund_2022-11-20 "
     "aljazeera_cop27-loss-damage-fund_2022-11-20 ap_cop27-deal-loss-damage_2022-11-20 "
     "guardian_cop27-agreement-fund_2022-11-20"),
    ("epc-prague-2022", "count-countries", "44",
     "dw_european-political-community-first-summit-prague_2022-10-06 "
     "euractiv_armenia-azerbaijan-eu-border-mission-prague_2022-10-07 "
     "euronews_european-political-community-prague-summit_2022-10-06 "
     "guardian_truss-macron-friend-prague-summit_2022-10-06 "
     "radioprague_prague-castle-hosts-first-epc-summit_2022-10-07"),
    ("epc-prague-2022", "czechia-prime-minister", "Petr Fiala",
     "dw_european-political-community-first-summit-prague_2022-10-06 "
     "euractiv_armenia-azerbaijan-eu-border-mission-prague_2022-10-07 "
     "euronews_european-political-community-prague-summit_2022-10-06 "
     "guardian_truss-macron-friend-prague-summit_2022-10-06 "
     "politico_macron-european-political-community-first-outing_2022-10-06 "
     "radioprague_prague-castle-hosts-first-epc-summit_2022-10-07 "
     "reuters_europe-leaders-prague-summit_2022-10-06"),
    ("putin-erdogan-sochi-2023", "turkey-foreign-minister", "Hakan Fidan",
     "almonitor_erdogan-sochi-grain-deal-no-breakthrough_2023-09-05 "
     "dailysabah_erdogan-putin-sochi-grain-corridor_2023-09-05 "
     "kyivindependent_ukraine-war-latest-putin-erdogan-sochi_2023-09-04 "
     "tass_putin-erdogan-talks-sochi_2023-09-04"),
    ("putin-erdogan-sochi-2023", "turkey-president", "Recep Tayyip Erdogan",
     "almonitor_erdogan-sochi-grain-deal-no-breakthrough_2023-09-05 "
     "dailysabah_erdogan-putin-sochi-grain-corridor_2023-09-05 "
     "kyivindependent_ukraine-war-latest-putin-erdogan-sochi_2023-09-04 "
     "moscowtimes_putin-rebuffs-erdogan-grain-deal_2023-09-04 "
     "tass_putin-erdogan-talks-sochi_2023-09-04"),
    ("arab-league-jeddah-2023", "arab-league-secretary-general", "Ahmed Aboul Gheit",
     "afp-sana_assad-historic-opportunity-arab-summit_2023-05-19 "
     "alarabiya_saudi-crown-prince-opens-jeddah-summit_2023-05-19 "
     "aljazeera_assad-zelenskyy-arab-league-summit_2023-05-19 "
     "ap_assad-embraced-zelenskyy-arab-summit_2023-05-19 "
     "arabnews_jeddah-declaration-arab-summit_2023-05-20 "
     "reuters_arab-league-welcomes-assad_2023-05-19"),
    ("arab-league-jeddah-2023", "count-countries-arab-league", "22",
     "alarabiya_saudi-crown-prince-opens-jeddah-summit_2023-05-19 "
     "aljazeera_assad-zelenskyy-arab-league-summit_2023-05-19 "
     "ap_assad-embraced-zelenskyy-arab-summit_2023-05-19 "
     "arabnews_jeddah-declaration-arab-summit_2023-05-20 "
     "reuters_arab-league-welcomes-assad_2023-05-19 "
     "thenational_arab-league-summit-jeddah-takeaways_2023-05-20"),
    ("au-summit-addis-2024", "count-countries-african-union", "55",
     "addisstandard_au-assembly-concludes_2024-02-19 afp_au-summit-closes_2024-02-18 "
     "africanews_mauritania-takes-au-chair_2024-02-17 "
     "aljazeera_au-summit-gaza-sudan_2024-02-18 "
     "premiumtimes_tinubu-au-summit-coups_2024-02-18 "
     "reuters_ghazouani-takes-au-helm_2024-02-17 "
     "theeastafrican_somalia-ethiopia-row-au-summit_2024-02-19"),
    ("au-summit-addis-2024", "kenya-president", "William Ruto",
     "addisstandard_au-assembly-concludes_2024-02-19 "
     "theeastafrican_somalia-ethiopia-row-au-summit_2024-02-19"),
    ("weimar-berlin-2024", "germany-chancellor", "Olaf Scholz",
     "afp_europe-leaders-berlin-ukraine-weapons_2024-03-15 "
     "dw_scholz-macron-tusk-weimar-triangle-berlin_2024-03-15 "
     "france24_macron-scholz-tusk-unity-berlin_2024-03-15 "
     "guardian_macron-scholz-tusk-berlin-ukraine_2024-03-15 "
     "notesfrompoland_tusk-weimar-triangle-berlin_2024-03-16 "
     "politico_weimar-triangle-berlin-live_2024-03-15 "
     "reuters_germany-france-poland-ukraine-arms_2024-03-15"),
    ("weimar-berlin-2024", "poland-foreign-minister", "Radosław Sikorski",
     "notesfrompoland_tusk-weimar-triangle-berlin_2024-03-16 "
     "politico_weimar-triangle-berlin-live_2024-03-15"),
    ("trump-zelensky-unga-2019", "money-military-aid-usd", "$391 million",
     "cnn_trump-zelensky-meeting_2019-09-25 nyt_trump-zelensky-un-meeting_2019-09-25 "
     "reuters_zelenskiy-trump-no-pressure_2019-09-25"),
    ("trump-zelensky-unga-2019", "united-states-vice-president", "Mike Pence",
     "kyivpost_zelensky-trump-new-york_2019-09-26 "
     "nyt_trump-zelensky-un-meeting_2019-09-25"),
    ("asean-us-washington-2022", "count-countries-asean", "10",
     "cna_us-asean-summit-new-era-biden_2022-05-14 "
     "reuters_biden-asean-new-era_2022-05-13 "
     "straitstimes_asean-us-special-summit-live_2022-05-13 "
     "vnexpress_chinh-asean-us-special-summit_2022-05-14"),
    ("asean-us-washington-2022", "cambodia-prime-minister", "Hun Sen",
     "ap_biden-southeast-asia-summit_2022-05-13 "
     "bernama_ismail-sabri-asean-us-summit_2022-05-13 "
     "cna_us-asean-summit-new-era-biden_2022-05-14 "
     "jakartapost_jokowi-asean-us-summit_2022-05-14 "
     "reuters_biden-asean-new-era_2022-05-13 "
     "straitstimes_asean-us-special-summit-live_2022-05-13 "
     "vnexpress_chinh-asean-us-special-summit_2022-05-14"),
    ("xi-putin-moscow-2023", "china-foreign-minister", "Qin Gang",
     "ap_xi-putin-tout-ties-ukraine_2023-03-21 "
     "reuters_putin-xi-ukraine-plan-talks_2023-03-21 "
     "scmp_xi-arrives-moscow-state-visit_2023-03-20 "
     "tass_putin-xi-sign-statements_2023-03-21 "
     "xinhua_xi-wraps-up-state-visit-russia_2023-03-22"),
    ("xi-putin-moscow-2023", "russia-prime-minister", "Mikhail Mishustin",
     "ap_xi-putin-tout-ties-ukraine_2023-03-21 tass_putin-xi-sign-statements_2023-03-21 "
     "xinhua_xi-wraps-up-state-visit-russia_2023-03-22"),
    ("eu-ukraine-kyiv-2023", "summit-date", "2023-02-03 (Friday)",
     "afp_eu-leaders-kyiv-sirens_2023-02-03 "
     "dw_eu-ukraine-summit-what-it-delivered_2023-02-04 "
     "euronews_eu-leaders-kyiv-summit_2023-02-03 "
     "kyivindependent_eu-ukraine-summit-live_2023-02-03 "
     "politico_eu-ukraine-summit-no-fast-track_2023-02-03 "
     "reuters_eu-ukraine-summit-kyiv_2023-02-03"),
    ("eu-ukraine-kyiv-2023", "count-countries-european-union", "27",
     "afp_eu-leaders-kyiv-sirens_2023-02-03 "
     "dw_eu-ukraine-summit-what-it-delivered_2023-02-04 "
     "reuters_eu-ukraine-summit-kyiv_2023-02-03"),
    ("biden-kishida-2024", "japan-foreign-minister", "Yoko Kamikawa",
     "japantimes_kishida-biden-global-partners_2024-04-11 "
     "kyodo_kishida-biden-summit-agree_2024-04-11 "
     "nhkworld_kishida-biden-summit_2024-04-11"),
    ("biden-kishida-2024", "percent-defence-spending-by-2027", "2%",
     "ap_biden-kishida-alliance-upgrade_2024-04-10 "
     "reuters_biden-kishida-defense-command_2024-04-10"),
    ("us-china-geneva-trade-2025", "united-states-finance-minister", "Scott Bessent",
     "ap_us-china-talks-substantial-progress_2025-05-11 "
     "bloomberg_us-china-tariff-cut-markets_2025-05-12 "
     "cnbc_live-us-china-trade-deal-markets_2025-05-12 "
     "ft_us-china-tariff-truce-geneva_2025-05-12 "
     "reuters_us-china-geneva-tariff-truce_2025-05-12 "
     "scmp_geneva-truce-what-next_2025-05-13"),
    ("us-china-geneva-trade-2025", "duration-ceasefire", "90 days",
     "bloomberg_us-china-tariff-cut-markets_2025-05-12 "
     "ft_us-china-tariff-truce-geneva_2025-05-12"),
    ("ukraine-recovery-lugano-2022", "ukraine-prime-minister", "Denys Shmyhal",
     "afp_lugano-declaration-ukraine-rebuild_2022-07-05 "
     "euronews_ukraine-needs-750bn-to-rebuild_2022-07-04 "
     "kyivindependent_lugano-recovery-principles_2022-07-05 "
     "politico_who-pays-to-rebuild-ukraine_2022-07-05 "
     "reuters_ukraine-recovery-750-billion_2022-07-04 "
     "swissinfo_lugano-conference-declaration_2022-07-05 "
     "ukrinform_urc2022-lugano-live_2022-07-04"),
    ("ukraine-recovery-lugano-2022", "switzerland-president", "Ignazio Cassis",
     "afp_lugano-declaration-ukraine-rebuild_2022-07-05 "
     "euronews_ukraine-needs-750bn-to-rebuild_2022-07-04 "
     "kyivindependent_lugano-recovery-principles_2022-07-05 "
     "politico_who-pays-to-rebuild-ukraine_2022-07-05 "
     "reuters_ukraine-recovery-750-billion_2022-07-04 "
     "swissinfo_lugano-conference-declaration_2022-07-05 "
     "ukrinform_urc2022-lugano-live_2022-07-04"),
    ("eu-enlargement-dec-2023", "hungary-prime-minister", "Viktor Orbán",
     "euractiv_ukraine-moldova-accession-talks_2023-12-15 "
     "euronews_orban-vetoes-ukraine-aid-after-accession-talks_2023-12-15 "
     "guardian_eu-opens-membership-talks-ukraine_2023-12-14 "
     "hungarytoday_orban-bad-decision-ukraine-accession_2023-12-15 "
     "kyivindependent_eu-opens-accession-talks-ukraine_2023-12-14 "
     "reuters_hungary-blocks-ukraine-aid_2023-12-15"),
    ("eu-enlargement-dec-2023", "moldova-president", "Maia Sandu",
     "euractiv_ukraine-moldova-accession-talks_2023-12-15 "
     "guardian_eu-opens-membership-talks-ukraine_2023-12-14 "
     "hungarytoday_orban-bad-decision-ukraine-accession_2023-12-15 "
     "kyivindependent_eu-opens-accession-talks-ukraine_2023-12-14 "
     "reuters_hungary-blocks-ukraine-aid_2023-12-15"),
    ("starmer-trump-white-house-2025", "percent-defence-spending-united-kingdom-by-2027", "2.5%",
     "ap_trump-starmer-ukraine-trade_2025-02-27 bbc_trump-accepts-state-visit_2025-02-27 "
     "politico_starmer-trump-charm-offensive_2025-02-27 "
     "reuters_starmer-trump-white-house_2025-02-27 "
     "skynews_starmer-trump-oval-office_2025-02-27"),
    ("starmer-trump-white-house-2025", "nato-secretary-general", "Mark Rutte",
     "politico_starmer-trump-charm-offensive_2025-02-27 "
     "skynews_starmer-trump-oval-office_2025-02-27"),
    ("nato-vilnius-ukraine-council-2023", "count-countries-nato", "31",
     "ap_biden-nato-ukraine-will-not-waver_2023-07-12 "
     "guardian_g7-security-guarantees-zelenskiy-vilnius_2023-07-12 "
     "kyivindependent_nato-ukraine-council-first-meeting_2023-07-12 "
     "lrt_nato-ukraine-council-vilnius_2023-07-12 "
     "politico-eu_zelenskyy-seat-at-nato-table_2023-07-12 "
     "reuters_nato-ukraine-council-g7-pledge_2023-07-12 "
     "ukrinform_zelensky-vilnius-security-victory_2023-07-13"),
    ("nato-defence-ministers-feb-2025", "count-countries-nato", "32",
     "ap_hegseth-nato-everything-on-the-table_2025-02-13 "
     "breakingdefense_hegseth-nato-ministerial-burden-shifting_2025-02-13 "
     "defensenews_hegseth-europe-must-lead-ukraine-aid_2025-02-12 "
     "dw_nato-hegseth-europe-alarm_2025-02-14 "
     "kyivindependent_hegseth-remarks-ukraine-reaction_2025-02-13 "
     "politico-europe_nato-defence-ministers-live_2025-02-13 "
     "reuters_hegseth-ukraine-borders-unrealistic_2025-02-12"),
    ("g7-hiroshima-zelensky-2023", "money-military-aid-united-states-usd", "$375 million",
     "guardian_g7-hiroshima-zelenskiy-live_2023-05-21 "
     "japantimes_zelenskyy-hiroshima-kishida-summit_2023-05-21"),
    ("putin-trump-phone-2025", "duration-ceasefire", "30 days",
     "ap_putin-trump-call-energy-strikes_2025-03-18 "
     "bloomberg_putin-agrees-energy-strike-halt_2025-03-18 "
     "guardian_putin-agrees-energy-pause-rejects-ceasefire_2025-03-18 "
     "kyivindependent_zelensky-putin-rejected-ceasefire_2025-03-19 "
     "moscowtimes_kremlin-own-drones-energy-truce_2025-03-19 "
     "reuters_putin-agrees-energy-halt_2025-03-18"),
    ("putin-trump-phone-2025", "russia-adviser-yuri-ushakov", "Yuri Ushakov",
     "guardian_putin-agrees-energy-pause-rejects-ceasefire_2025-03-18 "
     "moscowtimes_kremlin-own-drones-energy-truce_2025-03-19 "
     "reuters_putin-agrees-energy-halt_2025-03-18"),
    ("eu-mercosur-montevideo-2024", "summit-mercosur-date", "2024-12-06 (Friday)",
     "buenosairestimes_milei-mercosur-summit-eu-deal-flexibility_2024-12-07 "
     "euractiv_von-der-leyen-seals-mercosur-deal_2024-12-06 "
     "folha_lula-celebrates-mercosur-eu-agreement_2024-12-06 "
     "mercopress_mercosur-eu-agreement-concluded-montevideo_2024-12-07 "
     "reuters_eu-mercosur-clinch-trade-deal_2024-12-06"),
    ("eu-mercosur-montevideo-2024", "uruguay-president", "Luis Lacalle Pou",
     "afp_eu-mercosur-seal-deal-montevideo_2024-12-06 "
     "buenosairestimes_milei-mercosur-summit-eu-deal-flexibility_2024-12-07 "
     "euractiv_von-der-leyen-seals-mercosur-deal_2024-12-06 "
     "folha_lula-celebrates-mercosur-eu-agreement_2024-12-06 "
     "guardian_eu-mercosur-trade-deal-farmers-france_2024-12-06 "
     "mercopress_mercosur-eu-agreement-concluded-montevideo_2024-12-07 "
     "reuters_eu-mercosur-clinch-trade-deal_2024-12-06"),
    ("g20-new-delhi-modi-biden-2023", "count-drones-mq-9b", "31",
     "aljazeera_biden-modi-hold-talks-ahead-of-g20-summit_2023-09-08 "
     "ap_biden-modi-meet-ahead-of-g20-press-kept-away_2023-09-08 "
     "economictimes_modi-biden-mq9b-drones-ge-engine-deal_2023-09-09 "
     "ndtv_pm-modi-joe-biden-bilateral-talks-10-points_2023-09-08 "
     "reuters_biden-modi-hail-progress-jet-engine-drone-deals_2023-09-08 "
     "thehindu_live-modi-biden-bilateral-g20_2023-09-08 "
     "toi_modi-biden-talks-drones-jet-engines_2023-09-08"),
    ("g20-new-delhi-modi-biden-2023", "count-countries-g20", "19",
     "aljazeera_biden-modi-hold-talks-ahead-of-g20-summit_2023-09-08 "
     "thehindu_live-modi-biden-bilateral-g20_2023-09-08"),
    ("nato-hague-preview-2025", "count-countries-nato", "32",
     "dutchnews_spain-balks-nato-target-hague_2025-06-20 "
     "elpais_sanchez-nato-agreement-exemption_2025-06-22 "
     "euronews_sanchez-letter-five-percent_2025-06-19 "
     "guardian_nato-summit-hague-what-to-expect_2025-06-23 "
     "nos_hague-security-nato-summit_2025-06-21 "
     "politico-europe_nato-summit-eve-live_2025-06-23 "
     "reuters_nato-hague-spain-opt-out_2025-06-23"),
    ("nato-hague-preview-2025", "percent-core-defence-by-2035", "3.5%",
     "dutchnews_spain-balks-nato-target-hague_2025-06-20 "
     "elpais_sanchez-nato-agreement-exemption_2025-06-22 "
     "euronews_sanchez-letter-five-percent_2025-06-19 "
     "politico-europe_nato-summit-eve-live_2025-06-23 "
     "reuters_nato-hague-spain-opt-out_2025-06-23"),
    ("eu-western-balkans-tirana-2022", "albania-prime-minister", "Edi Rama",
     "balkaninsight_tirana-summit-declaration_2022-12-06 "
     "dw_eu-western-balkans-summit-energy-aid-no-fast-track_2022-12-06 "
     "euractiv_tirana-summit-energy-package_2022-12-06 "
     "euronews_eu-pledges-1bn-western-balkans-tirana_2022-12-06 "
     "exitnews_rama-hosts-eu-western-balkans-summit_2022-12-06 "
     "reuters_eu-balkans-summit-energy-aid_2022-12-06 "
     "rferl_eu-balkan-leaders-tirana-russia-influence_2022-12-06"),
    ("eu-western-balkans-tirana-2022", "summit-date", "2022-12-06 (Tuesday)",
     "balkaninsight_tirana-summit-declaration_2022-12-06 "
     "dw_eu-western-balkans-summit-energy-aid-no-fast-track_2022-12-06 "
     "euractiv_tirana-summit-energy-package_2022-12-06 "
     "euronews_eu-pledges-1bn-western-balkans-tirana_2022-12-06 "
     "exitnews_rama-hosts-eu-western-balkans-summit_2022-12-06 "
     "reuters_eu-balkans-summit-energy-aid_2022-12-06 "
     "rferl_eu-balkan-leaders-tirana-russia-influence_2022-12-06"),
    ("elysee-trump-zelensky-2024", "france-president", "Emmanuel Macron",
     "afp_macron-hosts-trump-zelensky-elysee_2024-12-07 "
     "ap_trump-paris-zelenskyy-macron-notre-dame_2024-12-07 "
     "guardian_trump-ceasefire-call-after-zelensky-meeting_2024-12-08 "
     "kyivindependent_zelensky-meets-trump-macron-paris_2024-12-07 "
     "reuters_trump-zelenskiy-macron-paris-meeting_2024-12-07"),
    ("elysee-trump-zelensky-2024", "count-leaders", "about 50",
     "afp_macron-hosts-trump-zelensky-elysee_2024-12-07 "
     "ap_trump-paris-zelenskyy-macron-notre-dame_2024-12-07 "
     "france24_trump-zelensky-elysee-notre-dame_2024-12-07 "
     "lemonde_macron-trump-zelensky-elysee-notre-dame_2024-12-08"),
    ("russia-africa-stpetersburg-2023", "egypt-president", "Abdel Fattah al-Sisi",
     "afp_african-leaders-press-putin-peace_2023-07-28 "
     "africanews_russia-africa-summit-ends_2023-07-29 "
     "aljazeera_african-leaders-urge-putin-end-war_2023-07-28 "
     "premiumtimes_shettima-russia-africa-summit_2023-07-28 "
     "reuters_putin-free-grain-africa_2023-07-27 "
     "tass_russia-africa-summit-declaration_2023-07-28"),
    ("russia-africa-stpetersburg-2023", "count-countries-african", "49",
     "afp_african-leaders-press-putin-peace_2023-07-28 "
     "africanews_russia-africa-summit-ends_2023-07-29 "
     "aljazeera_african-leaders-urge-putin-end-war_2023-07-28 "
     "moscowtimes_africa-summit-fewer-leaders_2023-07-28 "
     "premiumtimes_shettima-russia-africa-summit_2023-07-28 "
     "tass_russia-africa-summit-declaration_2023-07-28"),
    ("cop16-cali-2024", "colombia-president", "Gustavo Petro",
     "afp_cop16-opens-in-cali_2024-10-21 ap_un-nature-talks-end-in-disarray_2024-11-02 "
     "carbonbrief_cop16-key-outcomes-cali_2024-11-03 "
     "elpais_cop16-colombia-cali-fund-finance_2024-11-03 "
     "guardian_cop16-ends-in-disarray_2024-11-02 "
     "mongabay_cop16-indigenous-wins-finance-stalls_2024-11-04 "
     "reuters_cop16-suspended-without-finance-deal_2024-11-02"),
    ("biden-xi-lima-2024", "count-countries-apec", "21",
     "andina_apec-closes-biden-xi_2024-11-17 ap_biden-xi-final-meeting_2024-11-16 "
     "scmp_xi-biden-red-lines-lima_2024-11-17"),
    ("biden-xi-lima-2024", "summit-apec-date", "2024-11-16 (Saturday)",
     "ap_biden-xi-final-meeting_2024-11-16 cnn_biden-xi-apec-live_2024-11-16 "
     "wsj_biden-xi-farewell-meeting_2024-11-16"),
    ("g7-foreign-ministers-capri-2024", "italy-foreign-minister", "Antonio Tajani",
     "ansa_g7-capri-tajani-closes_2024-04-19 "
     "ap_g7-ministers-capri-iran-ukraine_2024-04-19 "
     "euronews_g7-capri-iran-patriots_2024-04-18 "
     "kyiv-independent_g7-air-defense-capri_2024-04-19 "
     "kyodo_g7-capri-kamikawa-north-korea_2024-04-19 "
     "politico-europe_g7-capri-live-blog_2024-04-19 "
     "reuters_g7-capri-iran-ukraine_2024-04-19"),
    ("g7-foreign-ministers-capri-2024", "germany-foreign-minister", "Annalena Baerbock",
     "ap_g7-ministers-capri-iran-ukraine_2024-04-19 "
     "euronews_g7-capri-iran-patriots_2024-04-18 "
     "kyiv-independent_g7-air-defense-capri_2024-04-19 "
     "politico-europe_g7-capri-live-blog_2024-04-19 "
     "reuters_g7-capri-iran-ukraine_2024-04-19"),
    ("china-central-asia-xian-2023", "summit-date", "2023-05-18 (Thursday)",
     "afp_xi-central-asia-summit-xian_2023-05-19 "
     "reuters_china-xi-central-asia-summit_2023-05-19 "
     "rferl_china-central-asia-summit-live_2023-05-19 "
     "scmp_xi-jinping-central-asia-26-billion-yuan_2023-05-19 "
     "thediplomat_what-xian-summit-means-for-central-asia_2023-05-22 "
     "xinhua_xi-central-asia-summit-xian_2023-05-19"),
    ("china-central-asia-xian-2023", "kyrgyzstan-president", "Sadyr Japarov",
     "afp_xi-central-asia-summit-xian_2023-05-19 "
     "astanatimes_tokayev-xian-summit-next-in-kazakhstan_2023-05-20 "
     "reuters_china-xi-central-asia-summit_2023-05-19 "
     "rferl_china-central-asia-summit-live_2023-05-19 "
     "scmp_xi-jinping-central-asia-26-billion-yuan_2023-05-19 "
     "thediplomat_what-xian-summit-means-for-central-asia_2023-05-22 "
     "xinhua_xi-central-asia-summit-xian_2023-05-19"),
    ("biden-lula-white-house-2023", "brazil-foreign-minister", "Mauro Vieira",
     "agenciabrasil_lula-biden-meeting-washington_2023-02-10 "
     "ap_biden-lula-democracy-white-house_2023-02-10 "
     "cnn_biden-lula-white-house-meeting_2023-02-10 "
     "mercopress_lula-biden-washington-amazon-fund_2023-02-11 "
     "reuters_biden-lula-amazon-fund_2023-02-10 "
     "washingtonpost_biden-lula-oval-office_2023-02-10"),
    ("biden-lula-white-house-2023", "brazil-president", "Luiz Inácio Lula da Silva",
     "agenciabrasil_lula-biden-meeting-washington_2023-02-10 "
     "ap_biden-lula-democracy-white-house_2023-02-10 "
     "cnn_biden-lula-white-house-meeting_2023-02-10 "
     "folha_lula-biden-casa-branca_2023-02-10 "
     "mercopress_lula-biden-washington-amazon-fund_2023-02-11 "
     "reuters_biden-lula-amazon-fund_2023-02-10 "
     "washingtonpost_biden-lula-oval-office_2023-02-10"),
    ("ukraine-peace-formula-davos-2024", "count-countries", "83",
     "afp_ukraine-rallies-support-davos_2024-01-14 "
     "kyivindependent_yermak-davos-peace-formula_2024-01-14 "
     "kyivpost_davos-peace-formula-summit_2024-01-15 "
     "politico_switzerland-ukraine-peace-summit_2024-01-15 "
     "reuters_davos-peace-formula-talks_2024-01-14 "
     "swissinfo_davos-ukraine-peace-formula-meeting_2024-01-14 "
     "ukrinform_peace-formula-meeting-davos_2024-01-14"),
    ("albanese-xi-beijing-2023", "australia-prime-minister", "Anthony Albanese",
     "abc_albanese-xi-meeting-beijing_2023-11-06 "
     "afr_albanese-xi-trade-barriers_2023-11-07 "
     "reuters_xi-albanese-ties-right-path_2023-11-06 "
     "sbs_albanese-xi-very-successful-talks_2023-11-06 "
     "smh_albanese-xi-thaw-great-hall_2023-11-07 "
     "xinhua_xi-meets-australian-pm_2023-11-06"),
    ("albanese-xi-beijing-2023", "china-prime-minister", "Li Qiang",
     "abc_albanese-xi-meeting-beijing_2023-11-06 "
     "afr_albanese-xi-trade-barriers_2023-11-07 "
     "guardian_albanese-xi-jinping-beijing-talks_2023-11-06 "
     "reuters_xi-albanese-ties-right-path_2023-11-06 "
     "sbs_albanese-xi-very-successful-talks_2023-11-06 "
     "smh_albanese-xi-thaw-great-hall_2023-11-07 "
     "xinhua_xi-meets-australian-pm_2023-11-06"),
    ("eu-india-delhi-2025", "count-countries-european-union", "27",
     "economictimes_india-eu-fta-talks-to-be-fast-tracked_2025-03-01 "
     "ndtv_pm-modi-von-der-leyen-fta-by-year-end_2025-02-28 "
     "politico_von-der-leyen-india-trade-gamble_2025-03-03 "
     "reuters_eu-india-aim-trade-deal-by-year-end_2025-02-28 "
     "thehindu_eu-college-of-commissioners-visit-live_2025-02-28 "
     "timesofindia_modi-von-der-leyen-set-year-end-fta-deadline_2025-03-01"),
    ("eu-india-delhi-2025", "india-prime-minister", "Narendra Modi",
     "economictimes_india-eu-fta-talks-to-be-fast-tracked_2025-03-01 "
     "euractiv_von-der-leyen-modi-trade-deal-this-year_2025-02-28 "
     "ndtv_pm-modi-von-der-leyen-fta-by-year-end_2025-02-28 "
     "politico_von-der-leyen-india-trade-gamble_2025-03-03 "
     "reuters_eu-india-aim-trade-deal-by-year-end_2025-02-28 "
     "thehindu_eu-college-of-commissioners-visit-live_2025-02-28 "
     "timesofindia_modi-von-der-leyen-set-year-end-fta-deadline_2025-03-01"),
    ("macron-xi-paris-2024", "france-foreign-minister", "Stéphane Séjourné",
     "france24_xi-backs-olympic-truce_2024-05-06 politico_live-xi-in-paris_2024-05-06"),
    ("macron-xi-paris-2024", "france-president", "Emmanuel Macron",
     "afp_macron-presses-xi-ukraine-trade_2024-05-06 "
     "france24_xi-backs-olympic-truce_2024-05-06 "
     "lemonde_xi-state-visit-little-ground_2024-05-07 "
     "politico_live-xi-in-paris_2024-05-06 "
     "reuters_von-der-leyen-xi-trade-warning_2024-05-06 "
     "scmp_xi-no-overcapacity-problem-paris_2024-05-07 "
     "xinhua_xi-macron-talks-paris_2024-05-07"),
    ("g20-foreign-ministers-rio-2024", "count-countries-g20", "19",
     "agenciabrasil_g20-chancellors-new-york-september_2024-02-22 "
     "aljazeera_g20-two-state-solution-brazil_2024-02-22 "
     "reuters_brazil-slams-un-paralysis-g20-rio_2024-02-21"),
    ("g20-bali-2022", "indonesia-president", "Joko Widodo",
     "ap_indonesia-urges-g20-end-war_2022-11-15 cnbc_biden-xi-meeting-bali_2022-11-14 "
     "guardian_sunak-g20-poland-missile_2022-11-16 "
     "ndtv_pm-modi-g20-presidency-bali_2022-11-16 "
     "reuters_g20-leaders-condemn-ukraine-war_2022-11-16 "
     "straitstimes_g20-bali-jokowi-consensus_2022-11-16"),
    ("g20-bali-2022", "china-president", "Xi Jinping",
     "ap_indonesia-urges-g20-end-war_2022-11-15 cnbc_biden-xi-meeting-bali_2022-11-14 "
     "guardian_sunak-g20-poland-missile_2022-11-16 "
     "ndtv_pm-modi-g20-presidency-bali_2022-11-16 "
     "reuters_g20-leaders-condemn-ukraine-war_2022-11-16 "
     "straitstimes_g20-bali-jokowi-consensus_2022-11-16"),
    ("sco-samarkand-2022", "belarus-president", "Alexander Lukashenko",
     "rferl_sco-summit-border-clashes_2022-09-16 "
     "tass_sco-samarkand-declaration_2022-09-16 "
     "xinhua_xi-speech-sco-samarkand_2022-09-16"),
    ("sco-samarkand-2022", "count-countries", "8",
     "rferl_sco-summit-border-clashes_2022-09-16 "
     "thehindu_modi-putin-era-not-of-war_2022-09-16"),
    ("nato-brussels-2021", "nato-secretary-general", "Jens Stoltenberg",
     "ap_biden-nato-sacred-obligation_2021-06-14 "
     "bbc_nato-summit-china-security-risk_2021-06-14 "
     "defensenews_nato-2030-spending-china_2021-06-15 "
     "dw_nato-summit-merkel-china-balance_2021-06-14 "
     "guardian_nato-summit-live_2021-06-14 "
     "politico-europe_nato-china-words-not-deeds_2021-06-14 "
     "reuters_nato-china-systemic-challenge_2021-06-14"),
    ("nato-brussels-2021", "count-countries-nato", "30",
     "ap_biden-nato-sacred-obligation_2021-06-14 "
     "bbc_nato-summit-china-security-risk_2021-06-14 "
     "defensenews_nato-2030-spending-china_2021-06-15 "
     "dw_nato-summit-merkel-china-balance_2021-06-14 "
     "guardian_nato-summit-live_2021-06-14 "
     "politico-europe_nato-china-words-not-deeds_2021-06-14 "
     "reuters_nato-china-systemic-challenge_2021-06-14"),
    ("nato-brussels-2021", "money-defence-spending-total-usd", "$260 billion",
     "bbc_nato-summit-china-security-risk_2021-06-14 "
     "defensenews_nato-2030-spending-china_2021-06-15 "
     "dw_nato-summit-merkel-china-balance_2021-06-14 "
     "guardian_nato-summit-live_2021-06-14 "
     "reuters_nato-china-systemic-challenge_2021-06-14"),
    ("g7-taormina-2017", "italy-prime-minister", "Paolo Gentiloni",
     "ansa_g7-gentiloni-closes-taormina_2017-05-27 "
     "ap_trump-g7-holds-out-paris_2017-05-27 "
     "cbc_g7-trudeau-trump-climate-split_2017-05-27 "
     "dw_merkel-europe-fate-after-g7_2017-05-28 "
     "guardian_g7-summit-taormina-live_2017-05-27 "
     "reuters_g7-climate-split-trump_2017-05-27 "
     "telegraph_may-g7-tech-giants-extremism_2017-05-26"),
    ("g7-taormina-2017", "european-council-president", "Donald Tusk",
     "ansa_g7-gentiloni-closes-taormina_2017-05-27 "
     "ap_trump-g7-holds-out-paris_2017-05-27 guardian_g7-summit-taormina-live_2017-05-27 "
     "reuters_g7-climate-split-trump_2017-05-27 "
     "telegraph_may-g7-tech-giants-extremism_2017-05-26"),
    ("putin-kim-vostochny-2023", "russia-defence-minister", "Sergei Shoigu",
     "ap_putin-kim-spaceport-summit_2023-09-13 bbc_live-putin-kim-summit_2023-09-13 "
     "cnn_kim-invites-putin-pyongyang_2023-09-14 "
     "moscowtimes_putin-hosts-kim-cosmodrome_2023-09-13 "
     "nknews_kim-putin-vostochny-summit_2023-09-13 "
     "reuters_putin-kim-satellites-vostochny_2023-09-13 "
     "yonhap_kim-putin-summit-cosmodrome_2023-09-13"),
    ("putin-kim-vostochny-2023", "russia-president", "Vladimir Putin",
     "ap_putin-kim-spaceport-summit_2023-09-13 bbc_live-putin-kim-summit_2023-09-13 "
     "cnn_kim-invites-putin-pyongyang_2023-09-14 "
     "moscowtimes_putin-hosts-kim-cosmodrome_2023-09-13 "
     "nknews_kim-putin-vostochny-summit_2023-09-13 "
     "reuters_putin-kim-satellites-vostochny_2023-09-13 "
     "yonhap_kim-putin-summit-cosmodrome_2023-09-13"),
    ("arab-china-riyadh-2022", "count-countries-arab-league", "22",
     "aljazeera_china-arab-summit-live_2022-12-09 scmp_xi-gulf-yuan-oil_2022-12-10 "
     "thenational_china-arab-summit-riyadh_2022-12-09"),
    ("arab-china-riyadh-2022", "saudi-arabia-crown-prince", "Mohammed bin Salman",
     "arabnews_riyadh-declaration-china-arab_2022-12-10 "
     "bloomberg_xi-gulf-yuan-oil-trade_2022-12-09 "
     "thenational_china-arab-summit-riyadh_2022-12-09"),
    ("arab-china-riyadh-2022", "arab-league-secretary-general", "Ahmed Aboul Gheit",
     "aljazeera_china-arab-summit-live_2022-12-09 "
     "arabnews_riyadh-declaration-china-arab_2022-12-10 "
     "thenational_china-arab-summit-riyadh_2022-12-09 "
     "xinhua_xi-china-arab-states-summit_2022-12-10"),
    ("epc-granada-2023", "summit-european-union-date", "2023-10-06 (Friday)",
     "afp_zelensky-warns-divided-europe-granada_2023-10-05 "
     "reuters_zelenskiy-granada-epc-unity_2023-10-05 "
     "rferl_aliyev-skips-granada-pashinyan_2023-10-05"),
    ("epc-granada-2023", "spain-prime-minister", "Pedro Sánchez",
     "afp_zelensky-warns-divided-europe-granada_2023-10-05 "
     "elpais_granada-declaration-migration-rift_2023-10-06 "
     "euronews_live-epc-summit-granada_2023-10-05 "
     "kyivindependent_zelensky-granada-air-defense_2023-10-05 "
     "politico_granada-summits-takeaways_2023-10-06 "
     "reuters_zelenskiy-granada-epc-unity_2023-10-05 "
     "rferl_aliyev-skips-granada-pashinyan_2023-10-05"),
    ("epc-granada-2023", "count-countries-european-union", "27",
     "afp_zelensky-warns-divided-europe-granada_2023-10-05 "
     "euronews_live-epc-summit-granada_2023-10-05 "
     "rferl_aliyev-skips-granada-pashinyan_2023-10-05"),
    ("apec-lima-2024", "count-countries-apec", "21",
     "andina_apec-leaders-machu-picchu-declaration_2024-11-16 "
     "ap_apec-summit-ends-lima_2024-11-16 cnn_biden-xi-apec-live_2024-11-16 "
     "nikkei_ishiba-xi-first-talks-lima_2024-11-16 "
     "reuters_biden-xi-lima-talks_2024-11-16 scmp_xi-biden-red-lines-lima_2024-11-17"),
    ("apec-lima-2024", "peru-president", "Dina Boluarte",
     "andina_apec-leaders-machu-picchu-declaration_2024-11-16 "
     "ap_apec-summit-ends-lima_2024-11-16 bloomberg_xi-chancay-port-apec_2024-11-14 "
     "cnn_biden-xi-apec-live_2024-11-16 nikkei_ishiba-xi-first-talks-lima_2024-11-16 "
     "reuters_biden-xi-lima-talks_2024-11-16 scmp_xi-biden-red-lines-lima_2024-11-17"),
    ("apec-lima-2024", "china-president", "Xi Jinping",
     "andina_apec-leaders-machu-picchu-declaration_2024-11-16 "
     "ap_apec-summit-ends-lima_2024-11-16 bloomberg_xi-chancay-port-apec_2024-11-14 "
     "cnn_biden-xi-apec-live_2024-11-16 nikkei_ishiba-xi-first-talks-lima_2024-11-16 "
     "reuters_biden-xi-lima-talks_2024-11-16 scmp_xi-biden-red-lines-lima_2024-11-17"),
    ("us-africa-summit-2022", "count-countries-invited", "49",
     "aljazeera_us-africa-summit-live_2022-12-15 "
     "politico_biden-africa-summit-china_2022-12-15 "
     "reuters_us-commit-55-billion-africa_2022-12-12"),
    ("us-africa-summit-2022", "count-countries-excluded", "4",
     "aljazeera_us-africa-summit-live_2022-12-15 "
     "reuters_us-commit-55-billion-africa_2022-12-12 "
     "voa_us-africa-summit-opens_2022-12-13"),
    ("us-africa-summit-2022", "kenya-president", "William Ruto",
     "africanews_biden-all-in-africa-business-forum_2022-12-14 "
     "aljazeera_us-africa-summit-live_2022-12-15 "
     "theeastafrican_ruto-biden-washington-summit_2022-12-17"),
    ("russia-africa-sochi-2019", "count-countries-african", "54",
     "afp_putin-vows-double-africa-trade_2019-10-23 "
     "africanews_sochi-summit-ends-declaration_2019-10-24 "
     "moscowtimes_russia-africa-summit-live_2019-10-24 "
     "reuters_putin-africa-summit-deals_2019-10-24 "
     "tass_russia-africa-summit-results_2019-10-24"),
    ("russia-africa-sochi-2019", "egypt-president", "Abdel Fattah el-Sisi",
     "afp_putin-vows-double-africa-trade_2019-10-23 "
     "africanews_sochi-summit-ends-declaration_2019-10-24 "
     "bbc_russia-africa-summit-putin_2019-10-24 "
     "dailymaverick_sochi-russia-africa-analysis_2019-10-28 "
     "moscowtimes_russia-africa-summit-live_2019-10-24 "
     "reuters_putin-africa-summit-deals_2019-10-24 "
     "tass_russia-africa-summit-results_2019-10-24"),
    ("black-sea-grain-istanbul-2022", "united-nations-secretary-general", "Antonio Guterres",
     "aljazeera_odesa-port-hit-after-grain-deal_2022-07-23 "
     "anadolu_grain-corridor-deal-signed-istanbul_2022-07-22 "
     "ap_ukraine-russia-grain-deal-signed_2022-07-22 "
     "guardian_grain-deal-live-istanbul_2022-07-22 "
     "kyiv-independent_ukraine-russia-separate-grain-deals_2022-07-22 "
     "reuters_russia-ukraine-sign-grain-deals_2022-07-22 "
     "un-news_black-sea-grain-initiative-beacon-of-hope_2022-07-22"),
    ("black-sea-grain-istanbul-2022", "turkey-president", "Recep Tayyip Erdogan",
     "aljazeera_odesa-port-hit-after-grain-deal_2022-07-23 "
     "anadolu_grain-corridor-deal-signed-istanbul_2022-07-22 "
     "ap_ukraine-russia-grain-deal-signed_2022-07-22 "
     "guardian_grain-deal-live-istanbul_2022-07-22 "
     "kyiv-independent_ukraine-russia-separate-grain-deals_2022-07-22 "
     "reuters_russia-ukraine-sign-grain-deals_2022-07-22 "
     "un-news_black-sea-grain-initiative-beacon-of-hope_2022-07-22"),
    ("moon-kim-pyongyang-2018", "south-korea-president", "Moon Jae-in",
     "ap_koreas-leaders-visit-mount-paektu_2018-09-20 "
     "bbc_north-korea-agrees-to-dismantle-missile-site_2018-09-19 "
     "kcna_kim-jong-un-moon-jae-in-climb-mt-paektu_2018-09-20 "
     "koreaherald_moon-returns-from-pyongyang_2018-09-20 "
     "nknews_live-pyongyang-summit-day-two_2018-09-19 "
     "reuters_north-korea-kim-agrees-to-dismantle-missile-site_2018-09-19 "
     "yonhap_moon-kim-sign-pyongyang-declaration_2018-09-19"),
    ("moon-kim-pyongyang-2018", "north-korea-foreign-minister", "Ri Yong Ho",
     "ap_koreas-leaders-visit-mount-paektu_2018-09-20 "
     "koreaherald_moon-returns-from-pyongyang_2018-09-20 "
     "reuters_north-korea-kim-agrees-to-dismantle-missile-site_2018-09-19"),
    ("brics-xiamen-2017", "china-president", "Xi Jinping",
     "agenciabrasil_temer-brics-xiamen-dialogue_2017-09-05 "
     "news24_zuma-brics-xiamen-sa-to-host_2017-09-04 "
     "reuters_brics-condemn-north-korea-name-militants_2017-09-04 "
     "scmp_brics-xiamen-summit-live_2017-09-03 "
     "tass_putin-xiamen-press-conference_2017-09-05 "
     "thehindu_modi-xi-talks-after-doklam_2017-09-05 "
     "xinhua_xi-south-south-fund-dialogue_2017-09-05"),
    ("brics-xiamen-2017", "india-prime-minister", "Narendra Modi",
     "agenciabrasil_temer-brics-xiamen-dialogue_2017-09-05 "
     "news24_zuma-brics-xiamen-sa-to-host_2017-09-04 "
     "reuters_brics-condemn-north-korea-name-militants_2017-09-04 "
     "scmp_brics-xiamen-summit-live_2017-09-03 "
     "tass_putin-xiamen-press-conference_2017-09-05 "
     "thehindu_modi-xi-talks-after-doklam_2017-09-05 "
     "xinhua_xi-south-south-fund-dialogue_2017-09-05"),
    ("cop15-copenhagen-2009", "china-prime-minister", "Wen Jiabao",
     "ap_climate-talks-end-divided_2009-12-19 bbc_copenhagen-deal-noted_2009-12-19 "
     "dw_copenhagen-summit-ends-weak-accord_2009-12-19 "
     "guardian_copenhagen-final-day-live_2009-12-18 "
     "nyt_obama-climate-deal-noted_2009-12-19 reuters_copenhagen-accord-noted_2009-12-19 "
     "xinhua_copenhagen-conference-concludes_2009-12-19"),
    ("cop15-copenhagen-2009", "denmark-prime-minister", "Lars Løkke Rasmussen",
     "ap_climate-talks-end-divided_2009-12-19 bbc_copenhagen-deal-noted_2009-12-19 "
     "dw_copenhagen-summit-ends-weak-accord_2009-12-19 "
     "guardian_copenhagen-final-day-live_2009-12-18 "
     "reuters_copenhagen-accord-noted_2009-12-19 "
     "xinhua_copenhagen-conference-concludes_2009-12-19"),
    ("eu-uk-trade-deal-2020", "united-kingdom-prime-minister", "Boris Johnson",
     "bbc_brexit-trade-deal-agreed_2020-12-24 "
     "euronews_brexit-trade-deal-whats-in-it_2020-12-25 "
     "ft_johnson-von-der-leyen-seal-brexit-deal_2020-12-24 "
     "irishtimes_brexit-deal-taoiseach-welcomes_2020-12-24 "
     "politico-europe_eu-uk-brexit-deal-done_2020-12-24 "
     "reuters_eu-uk-clinch-brexit-trade-deal_2020-12-24"),
    ("eu-uk-trade-deal-2020", "european-commission-president", "Ursula von der Leyen",
     "bbc_brexit-trade-deal-agreed_2020-12-24 "
     "euronews_brexit-trade-deal-whats-in-it_2020-12-25 "
     "ft_johnson-von-der-leyen-seal-brexit-deal_2020-12-24 "
     "guardian_brexit-deal-live_2020-12-24 "
     "irishtimes_brexit-deal-taoiseach-welcomes_2020-12-24 "
     "politico-europe_eu-uk-brexit-deal-done_2020-12-24 "
     "reuters_eu-uk-clinch-brexit-trade-deal_2020-12-24"),
    ("g20-riyadh-2020", "count-countries-g20", "19",
     "aljazeera_g20-virtual-summit-opens_2020-11-21 "
     "ap_g20-summit-ends-vaccine-pledge_2020-11-22 "
     "dw_g20-leaders-pledge-fair-vaccine-access_2020-11-22 "
     "guardian_g20-summit-live_2020-11-21"),
    ("g20-riyadh-2020", "italy-prime-minister", "Giuseppe Conte",
     "bloomberg_g20-backs-debt-framework_2020-11-22 "
     "dw_g20-leaders-pledge-fair-vaccine-access_2020-11-22 "
     "reuters_g20-vaccines-debt-relief_2020-11-22"),
    ("nato-chicago-2012", "count-countries-nato", "28",
     "ap_nato-leaders-seal-afghan-exit_2012-05-21 "
     "bbc_nato-summit-afghan-exit-strategy_2012-05-21 "
     "chicagotribune_nato-summit-ends-city-exhales_2012-05-22 "
     "defensenews_nato-missile-defense-smart-defense_2012-05-21 "
     "dw_nato-chicago-afghanistan-merkel_2012-05-21 "
     "guardian_nato-chicago-summit-live_2012-05-21 "
     "reuters_nato-missile-shield-afghan-exit_2012-05-20"),
    ("nato-chicago-2012", "afghanistan-president", "Hamid Karzai",
     "ap_nato-leaders-seal-afghan-exit_2012-05-21 "
     "bbc_nato-summit-afghan-exit-strategy_2012-05-21 "
     "chicagotribune_nato-summit-ends-city-exhales_2012-05-22 "
     "dw_nato-chicago-afghanistan-merkel_2012-05-21 "
     "guardian_nato-chicago-summit-live_2012-05-21 "
     "reuters_nato-missile-shield-afghan-exit_2012-05-20"),
    ("americas-panama-2015", "count-countries", "35",
     "cnn_obama-castro-meet-panama_2015-04-11 "
     "elpais_cuba-returns-summit-americas_2015-04-12 "
     "miamiherald_panama-summit-miami-reaction_2015-04-12 "
     "prensalatina_raul-castro-summit-dialogue_2015-04-11 "
     "reuters_obama-castro-historic-meeting_2015-04-11"),
    ("americas-panama-2015", "united-states-secretary-of-state", "John Kerry",
     "ap_obama-castro-summit-talks_2015-04-11 bbc_obama-castro-summit-live_2015-04-11 "
     "cnn_obama-castro-meet-panama_2015-04-11 "
     "prensalatina_raul-castro-summit-dialogue_2015-04-11 "
     "reuters_obama-castro-historic-meeting_2015-04-11"),
    ("americas-panama-2015", "cuba-president", "Raul Castro",
     "ap_obama-castro-summit-talks_2015-04-11 bbc_obama-castro-summit-live_2015-04-11 "
     "cnn_obama-castro-meet-panama_2015-04-11 "
     "elpais_cuba-returns-summit-americas_2015-04-12 "
     "miamiherald_panama-summit-miami-reaction_2015-04-12 "
     "prensalatina_raul-castro-summit-dialogue_2015-04-11 "
     "reuters_obama-castro-historic-meeting_2015-04-11"),
    ("g7-charlevoix-2018", "canada-foreign-minister", "Chrystia Freeland",
     "cbc_g7-trudeau-closing_2018-06-09 globeandmail_commons-motion-tariffs_2018-06-11 "
     "reuters_trump-aides-trudeau_2018-06-10"),
    ("nato-lisbon-2010", "count-countries-nato", "28",
     "ap_nato-afghan-handover-2014_2010-11-20 bbc_nato-russia-missile-defence_2010-11-20 "
     "dw_lisbon-summit-russia-afghanistan_2010-11-21 "
     "guardian_nato-lisbon-summit-live_2010-11-19 "
     "reuters_nato-missile-shield-strategy_2010-11-19 "
     "ria-novosti_medvedev-nato-russia-council_2010-11-20"),
    ("nato-lisbon-2010", "afghanistan-president", "Hamid Karzai",
     "ap_nato-afghan-handover-2014_2010-11-20 bbc_nato-russia-missile-defence_2010-11-20 "
     "dw_lisbon-summit-russia-afghanistan_2010-11-21 "
     "guardian_nato-lisbon-summit-live_2010-11-19 "
     "reuters_nato-missile-shield-strategy_2010-11-19 "
     "ria-novosti_medvedev-nato-russia-council_2010-11-20"),
    ("eu-western-balkans-sofia-2018", "count-countries-european-union", "28",
     "reuters_eu-balkans-summit-sofia_2018-05-17 "
     "rferl_eu-reaffirms-balkans-perspective-no-timeline_2018-05-18"),
    ("biden-putin-video-2021", "count-troops-russia", "up to 175,000",
     "ap_biden-putin-ukraine-call_2021-12-07 bbc_biden-putin-call-live_2021-12-07 "
     "cnn_biden-putin-call-takeaways_2021-12-07 "
     "kyivindependent_biden-putin-call-what-it-means_2021-12-08 "
     "reuters_biden-warns-putin-video-call_2021-12-07 "
     "tass_putin-biden-legal-guarantees_2021-12-07"),
    ("g20-pittsburgh-2009", "china-president", "Hu Jintao",
     "ft_g20-global-economic-council_2009-09-26 "
     "postgazette_g20-leaves-pittsburgh_2009-09-26 reuters_g20-premier-forum_2009-09-25 "
     "xinhua_hu-jintao-g20-pittsburgh_2009-09-26"),
    ("g20-pittsburgh-2009", "count-countries-g20", "19",
     "ap_g20-leaders-new-role_2009-09-25 postgazette_g20-leaves-pittsburgh_2009-09-26 "
     "reuters_g20-premier-forum_2009-09-25 xinhua_hu-jintao-g20-pittsburgh_2009-09-26"),
    ("biden-xi-virtual-2021", "china-president", "Xi Jinping",
     "ap_biden-xi-candid-virtual-summit_2021-11-16 "
     "cnn_biden-xi-virtual-summit-live-updates_2021-11-15 "
     "globaltimes_xi-biden-meeting-red-line-taiwan_2021-11-16 "
     "nikkei_biden-xi-first-virtual-summit_2021-11-16 "
     "reuters_biden-xi-virtual-summit-taiwan_2021-11-16 "
     "scmp_xi-biden-summit-taiwan-playing-with-fire_2021-11-16 "
     "xinhua_xi-biden-virtual-meeting_2021-11-16"),
    ("biden-xi-virtual-2021", "count-countries-apec", "21",
     "globaltimes_xi-biden-meeting-red-line-taiwan_2021-11-16 "
     "nikkei_biden-xi-first-virtual-summit_2021-11-16"),
    ("cop25-madrid-2019", "count-countries", "nearly 200",
     "ap_un-climate-talks-end-no-deal-carbon-markets_2019-12-15 "
     "carbonbrief_cop25-key-outcomes-madrid_2019-12-15 "
     "climatehomenews_cop25-opens-madrid-carbon-markets_2019-12-02 "
     "elpais_thunberg-madrid-climate-march-cop25_2019-12-07 "
     "guardian_cop25-final-day-live_2019-12-15 "
     "reuters_un-climate-talks-end-carbon-markets_2019-12-15"),
    ("eu-china-summit-2019", "china-prime-minister", "Li Keqiang",
     "afp_eu-china-summit-deal_2019-04-09 dw_eu-china-summit-live_2019-04-09 "
     "euractiv_eu-china-joint-statement-rescued_2019-04-10 "
     "politico_eu-china-summit-joint-statement_2019-04-09 "
     "reuters_eu-china-forced-tech-transfer_2019-04-09 "
     "scmp_li-keqiang-brussels-summit_2019-04-10 "
     "xinhua_china-eu-leaders-meeting_2019-04-10"),
    ("eu-china-summit-2019", "european-council-president", "Donald Tusk",
     "afp_eu-china-summit-deal_2019-04-09 dw_eu-china-summit-live_2019-04-09 "
     "euractiv_eu-china-joint-statement-rescued_2019-04-10 "
     "politico_eu-china-summit-joint-statement_2019-04-09 "
     "reuters_eu-china-forced-tech-transfer_2019-04-09 "
     "scmp_li-keqiang-brussels-summit_2019-04-10 "
     "xinhua_china-eu-leaders-meeting_2019-04-10"),
    ("eu-summit-oct-2022", "czechia-prime-minister", "Petr Fiala",
     "afp_eu-leaders-gas-deal-truss-draghi_2022-10-21 "
     "euractiv_eu-summit-gas-price-corridor-roadmap_2022-10-21"),
    ("eu-summit-oct-2022", "count-countries-european-union", "27",
     "dw_eu-leaders-agree-energy-roadmap-scholz_2022-10-21 "
     "reuters_eu-leaders-gas-price-cap-roadmap_2022-10-21"),
    ("ukraine-recovery-berlin-2024b", "germany-chancellor", "Olaf Scholz",
     "ap_zelenskyy-berlin-patriots-recovery_2024-06-11 "
     "dw_ukraine-recovery-conference-ends_2024-06-12 "
     "euronews_ukraine-recovery-conference-live_2024-06-11 "
     "kyivindependent_berlin-recovery-conference-results_2024-06-12 "
     "pravda_zelensky-seven-patriots-berlin_2024-06-11 "
     "reuters_ukraine-recovery-conference-deals_2024-06-12"),
    ("putin-trump-phone-feb-2025", "russia-president", "Vladimir Putin",
     "ap_trump-putin-call-negotiations_2025-02-12 bbc_trump-putin-call-live_2025-02-12 "
     "cnn_trump-putin-call-ukraine-negotiations_2025-02-12 "
     "foxnews_trump-putin-start-negotiations-immediately_2025-02-12 "
     "reuters_trump-putin-agree-start-ukraine-talks_2025-02-12 "
     "tass_putin-trump-telephone-conversation_2025-02-12"),
    ("putin-trump-phone-feb-2025", "nato-secretary-general", "Mark Rutte",
     "bbc_trump-putin-call-live_2025-02-12 "
     "kyivindependent_zelensky-trump-call-after-putin_2025-02-13"),
    ("apec-danang-2017", "count-countries-apec", "21",
     "ap_tpp-nations-move-ahead-without-us_2017-11-11 "
     "nikkei_tpp-11-agree-core-elements_2017-11-11 "
     "reuters_trump-america-first-xi-globalization_2017-11-10 "
     "vnexpress_apec-leaders-adopt-da-nang-declaration_2017-11-11"),
    ("apec-danang-2017", "china-president", "Xi Jinping",
     "ap_tpp-nations-move-ahead-without-us_2017-11-11 "
     "cnn_trump-apec-america-first-speech_2017-11-10 "
     "nikkei_tpp-11-agree-core-elements_2017-11-11 "
     "reuters_trump-america-first-xi-globalization_2017-11-10 "
     "scmp_xi-globalisation-irreversible-apec_2017-11-10 "
     "straitstimes_apec-summit-da-nang-live_2017-11-11 "
     "vnexpress_apec-leaders-adopt-da-nang-declaration_2017-11-11"),
    ("nato-madrid-2022b", "count-countries-nato", "30",
     "aljazeera_nato-madrid-summit-takeaways_2022-06-30 "
     "ap_turkey-drops-opposition-finland-sweden_2022-06-28 "
     "defensenews_us-force-posture-nato-madrid_2022-06-30 "
     "elpais_sanchez-closes-madrid-nato-summit_2022-06-30 "
     "reuters_nato-invites-finland-sweden_2022-06-29 "
     "yle_live-turkey-lifts-nato-veto_2022-06-28"),
    ("nato-madrid-2022b", "australia-prime-minister", "Anthony Albanese",
     "aljazeera_nato-madrid-summit-takeaways_2022-06-30 "
     "elpais_sanchez-closes-madrid-nato-summit_2022-06-30 "
     "reuters_nato-invites-finland-sweden_2022-06-29"),
    ("g7-hiroshima-2023b", "canada-prime-minister", "Justin Trudeau",
     "japantimes_g7-leaders-peace-park-hiroshima_2023-05-19 "
     "kyodo_g7-summit-closes-zelenskyy_2023-05-21"),
    ("trump-xi-maralago-2017", "count-missiles-united-states", "59",
     "ap_trump-xi-summit-syria-strikes_2017-04-07 "
     "cnn_trump-xi-mar-a-lago-live_2017-04-06 nytimes_trump-xi-summit-ends_2017-04-07 "
     "palmbeachpost_xi-departs-after-mar-a-lago-summit_2017-04-08 "
     "reuters_trump-xi-100-day-trade-plan_2017-04-07 "
     "scmp_xi-trump-100-day-plan-mar-a-lago_2017-04-08"),
    ("trump-xi-maralago-2017", "china-president", "Xi Jinping",
     "ap_trump-xi-summit-syria-strikes_2017-04-07 "
     "cnn_trump-xi-mar-a-lago-live_2017-04-06 nytimes_trump-xi-summit-ends_2017-04-07 "
     "palmbeachpost_xi-departs-after-mar-a-lago-summit_2017-04-08 "
     "reuters_trump-xi-100-day-trade-plan_2017-04-07 "
     "scmp_xi-trump-100-day-plan-mar-a-lago_2017-04-08 "
     "xinhua_xi-trump-mar-a-lago-talks_2017-04-07"),
    ("eu-ukraine-summit-2021", "count-countries-european-union", "27",
     "dw_eu-ukraine-summit-open-skies_2021-10-12 "
     "euronews_eu-ukraine-summit-live_2021-10-12 "
     "reuters_eu-ukraine-open-skies_2021-10-12 rferl_eu-ukraine-summit-russia_2021-10-12"),
    ("eu-ukraine-summit-2021", "european-commission-president", "Ursula von der Leyen",
     "dw_eu-ukraine-summit-open-skies_2021-10-12 "
     "euobserver_ukraine-summit-aspirations_2021-10-13 "
     "euronews_eu-ukraine-summit-live_2021-10-12 kyivpost_open-skies-summit_2021-10-12 "
     "reuters_eu-ukraine-open-skies_2021-10-12 rferl_eu-ukraine-summit-russia_2021-10-12 "
     "ukrinform_ukraine-eu-summit-kyiv_2021-10-12"),
    ("cop27-sharm-2022b", "count-countries-committee", "24",
     "ap_climate-talks-loss-damage-fund_2022-11-20 "
     "carbonbrief_cop27-key-outcomes-sharm-el-sheikh_2022-11-20"),
    ("cop27-sharm-2022b", "barbados-prime-minister", "Mia Mottley",
     "ap_climate-talks-loss-damage-fund_2022-11-20 "
     "climatehome_cop27-loss-damage-fund-what-next_2022-11-21"),
    ("nato-vilnius-2023b", "count-countries-nato", "31",
     "ap_biden-vilnius-speech_2023-07-12 dw_germany-ukraine-aid-vilnius_2023-07-11 "
     "kyivindependent_nato-ukraine-council-first-meeting_2023-07-12 "
     "lrt_vilnius-summit-closes_2023-07-12 politico_erdogan-sweden-nato-deal_2023-07-10 "
     "reuters_nato-ukraine-invitation_2023-07-11"),
    ("sco-tianjin-2025b", "count-countries-shanghai-cooperation-organisation", "10",
     "aljazeera_sco-summit-tianjin-live_2025-09-01 dawn_shehbaz-sco-tianjin_2025-09-02 "
     "reuters_xi-sco-development-bank_2025-09-01 "
     "scmp_sco-development-bank-global-governance_2025-09-02 "
     "xinhua_xi-sco-summit-tianjin_2025-09-01"),
    ("sco-tianjin-2025b", "india-prime-minister", "Narendra Modi",
     "aljazeera_sco-summit-tianjin-live_2025-09-01 dawn_shehbaz-sco-tianjin_2025-09-02 "
     "reuters_xi-sco-development-bank_2025-09-01 "
     "scmp_sco-development-bank-global-governance_2025-09-02 "
     "tass_putin-modi-tianjin_2025-09-01 thehindu_modi-sco-terrorism-putin_2025-09-01 "
     "xinhua_xi-sco-summit-tianjin_2025-09-01"),
    ("g20-london-2009", "summit-g20-date", "2009-04-02 (Thursday)",
     "ap_obama-g20-leaders-pledge_2009-04-02 guardian_g20-summit-live_2009-04-02 "
     "thehindu_g20-manmohan-welcomes-outcome_2009-04-03"),
    ("g20-london-2009", "summit-nato-date", "2009-04-03 (Friday)",
     "ap_obama-g20-leaders-pledge_2009-04-02 ft_g20-leaders-agree-imf-boost_2009-04-03 "
     "guardian_g20-summit-live_2009-04-02 reuters_g20-pledges-trillion_2009-04-02"),
    ("g20-london-2009", "united-kingdom-prime-minister", "Gordon Brown",
     "ap_obama-g20-leaders-pledge_2009-04-02 bbc_g20-leaders-seal-global-deal_2009-04-02 "
     "bloomberg_g20-leaders-pledge-imf-funds_2009-04-02 "
     "ft_g20-leaders-agree-imf-boost_2009-04-03 reuters_g20-pledges-trillion_2009-04-02 "
     "thehindu_g20-manmohan-welcomes-outcome_2009-04-03"),
    ("g20-london-2009", "united-states-president", "Barack Obama",
     "ap_obama-g20-leaders-pledge_2009-04-02 bbc_g20-leaders-seal-global-deal_2009-04-02 "
     "bloomberg_g20-leaders-pledge-imf-funds_2009-04-02 "
     "ft_g20-leaders-agree-imf-boost_2009-04-03 reuters_g20-pledges-trillion_2009-04-02 "
     "thehindu_g20-manmohan-welcomes-outcome_2009-04-03"),
    ("g20-london-2009", "china-president", "Hu Jintao",
     "ap_obama-g20-leaders-pledge_2009-04-02 guardian_g20-summit-live_2009-04-02 "
     "reuters_g20-pledges-trillion_2009-04-02 "
     "thehindu_g20-manmohan-welcomes-outcome_2009-04-03"),
    ("g20-london-2009", "france-president", "Nicolas Sarkozy",
     "ap_obama-g20-leaders-pledge_2009-04-02 bbc_g20-leaders-seal-global-deal_2009-04-02 "
     "bloomberg_g20-leaders-pledge-imf-funds_2009-04-02 "
     "ft_g20-leaders-agree-imf-boost_2009-04-03 reuters_g20-pledges-trillion_2009-04-02 "
     "thehindu_g20-manmohan-welcomes-outcome_2009-04-03"),
    ("g8-gleneagles-2005", "summit-end-date", "2005-07-08 (Friday)",
     "aljazeera_africa-cautious-g8-deal_2005-07-09 "
     "ap_london-blasts-overshadow-g8_2005-07-07 "
     "bbc_g8-leaders-agree-aid-boost_2005-07-08 dw_g8-boosts-africa-aid_2005-07-08"),
    ("g8-gleneagles-2005", "united-kingdom-prime-minister", "Tony Blair",
     "aljazeera_africa-cautious-g8-deal_2005-07-09 "
     "ap_london-blasts-overshadow-g8_2005-07-07 "
     "bbc_g8-leaders-agree-aid-boost_2005-07-08 dw_g8-boosts-africa-aid_2005-07-08 "
     "reuters_g8-aid-boost-climate_2005-07-08"),
    ("g8-gleneagles-2005", "france-president", "Jacques Chirac",
     "aljazeera_africa-cautious-g8-deal_2005-07-09 "
     "ap_london-blasts-overshadow-g8_2005-07-07 "
     "bbc_g8-leaders-agree-aid-boost_2005-07-08 dw_g8-boosts-africa-aid_2005-07-08 "
     "guardian_g8-final-day-live_2005-07-08 reuters_g8-aid-boost-climate_2005-07-08"),
    ("g8-gleneagles-2005", "united-states-president", "George Bush",
     "aljazeera_africa-cautious-g8-deal_2005-07-09 "
     "ap_london-blasts-overshadow-g8_2005-07-07 dw_g8-boosts-africa-aid_2005-07-08 "
     "reuters_g8-aid-boost-climate_2005-07-08 "
     "scotsman_summit-opens-gleneagles_2005-07-06"),
    ("g8-gleneagles-2005", "russia-president", "Vladimir Putin",
     "aljazeera_africa-cautious-g8-deal_2005-07-09 "
     "ap_london-blasts-overshadow-g8_2005-07-07 "
     "bbc_g8-leaders-agree-aid-boost_2005-07-08 dw_g8-boosts-africa-aid_2005-07-08 "
     "reuters_g8-aid-boost-climate_2005-07-08 "
     "scotsman_summit-opens-gleneagles_2005-07-06"),
    ("g20-brisbane-2014", "summit-g20-date", "2014-11-16 (Sunday)",
     "abc_g20-leaders-agree-growth-plan_2014-11-16 afp_putin-quits-g20-early_2014-11-16 "
     "guardian_g20-brisbane-live_2014-11-16 reuters_g20-growth-russia-ukraine_2014-11-16 "
     "rt_putin-g20-constructive_2014-11-16 smh_g20-abbott-putin-verdict_2014-11-17"),
    ("g20-brisbane-2014", "australia-prime-minister", "Tony Abbott",
     "abc_g20-leaders-agree-growth-plan_2014-11-16 afp_putin-quits-g20-early_2014-11-16 "
     "bbc_g20-leaders-pledge-growth-boost_2014-11-16 "
     "reuters_g20-growth-russia-ukraine_2014-11-16 rt_putin-g20-constructive_2014-11-16"),
    ("g20-brisbane-2014", "russia-president", "Vladimir Putin",
     "abc_g20-leaders-agree-growth-plan_2014-11-16 afp_putin-quits-g20-early_2014-11-16 "
     "bbc_g20-leaders-pledge-growth-boost_2014-11-16 "
     "reuters_g20-growth-russia-ukraine_2014-11-16 rt_putin-g20-constructive_2014-11-16"),
    ("g20-brisbane-2014", "united-kingdom-prime-minister", "David Cameron",
     "afp_putin-quits-g20-early_2014-11-16 "
     "bbc_g20-leaders-pledge-growth-boost_2014-11-16 "
     "guardian_g20-brisbane-live_2014-11-16 reuters_g20-growth-russia-ukraine_2014-11-16 "
     "rt_putin-g20-constructive_2014-11-16 smh_g20-abbott-putin-verdict_2014-11-17"),
    ("syria-brussels-conference-2025", "money-loan-total-eur", "€5.8 billion",
     "aljazeera_eu-pledges-syria-donor-drive_2025-03-17 "
     "euronews_syria-conference-live_2025-03-17 "
     "reuters_donors-pledge-syria-brussels_2025-03-17"),
    ("syria-brussels-conference-2025", "european-commission-president", "Ursula von der Leyen",
     "afp_syria-aid-conference-brussels_2025-03-17 "
     "aljazeera_eu-pledges-syria-donor-drive_2025-03-17 "
     "ap_syria-donors-pledge-brussels_2025-03-17 "
     "euronews_syria-conference-live_2025-03-17 "
     "politico-eu_brussels-syria-pledges-us-gap_2025-03-18 "
     "reuters_donors-pledge-syria-brussels_2025-03-17 "
     "thenational_syria-donors-brussels-pledges_2025-03-18"),
    ("syria-brussels-conference-2025", "germany-foreign-minister", "Annalena Baerbock",
     "afp_syria-aid-conference-brussels_2025-03-17 "
     "aljazeera_eu-pledges-syria-donor-drive_2025-03-17 "
     "ap_syria-donors-pledge-brussels_2025-03-17 "
     "euronews_syria-conference-live_2025-03-17 "
     "politico-eu_brussels-syria-pledges-us-gap_2025-03-18 "
     "reuters_donors-pledge-syria-brussels_2025-03-17 "
     "thenational_syria-donors-brussels-pledges_2025-03-18"),
    ("paris-financing-pact-2023", "summit-date", "2023-06-22 (Thursday)",
     "bloomberg_imf-sdr-target-met_2023-06-22 "
     "devex_paris-summit-what-it-delivered_2023-06-26 "
     "france24_macron-opens-financing-summit_2023-06-22 "
     "guardian_paris-finance-summit-live_2023-06-22 "
     "lemonde_paris-summit-modest-gains_2023-06-24 "
     "reuters_paris-summit-ends-climate-finance_2023-06-23"),
    ("paris-financing-pact-2023", "count-leaders", "about 40",
     "ap_zambia-debt-deal-paris-summit_2023-06-23 "
     "bloomberg_imf-sdr-target-met_2023-06-22 "
     "devex_paris-summit-what-it-delivered_2023-06-26 "
     "france24_macron-opens-financing-summit_2023-06-22 "
     "guardian_paris-finance-summit-live_2023-06-22 "
     "lemonde_paris-summit-modest-gains_2023-06-24 "
     "reuters_paris-summit-ends-climate-finance_2023-06-23"),
    ("paris-financing-pact-2023", "kenya-president", "William Ruto",
     "ap_zambia-debt-deal-paris-summit_2023-06-23 "
     "devex_paris-summit-what-it-delivered_2023-06-26 "
     "france24_macron-opens-financing-summit_2023-06-22 "
     "guardian_paris-finance-summit-live_2023-06-22 "
     "lemonde_paris-summit-modest-gains_2023-06-24 "
     "reuters_paris-summit-ends-climate-finance_2023-06-23"),
    ("paris-financing-pact-2023", "barbados-prime-minister", "Mia Mottley",
     "ap_zambia-debt-deal-paris-summit_2023-06-23 "
     "bloomberg_imf-sdr-target-met_2023-06-22 "
     "devex_paris-summit-what-it-delivered_2023-06-26 "
     "france24_macron-opens-financing-summit_2023-06-22 "
     "guardian_paris-finance-summit-live_2023-06-22 "
     "reuters_paris-summit-ends-climate-finance_2023-06-23"),
    ("us-japan-philippines-2024", "summit-date", "2024-04-11 (Thursday)",
     "ap_biden-japan-philippines-china_2024-04-11 "
     "cnn_live-biden-kishida-marcos-summit_2024-04-11 "
     "inquirer_marcos-biden-kishida-summit_2024-04-12 "
     "japantimes_kishida-biden-marcos-trilateral_2024-04-12 "
     "nikkei_luzon-corridor-trilateral-summit_2024-04-12 "
     "rappler_trilateral-summit-west-philippine-sea_2024-04-12 "
     "reuters_biden-japan-philippines-summit_2024-04-11"),
    ("us-japan-philippines-2024", "philippines-president", "Ferdinand Marcos Jr",
     "ap_biden-japan-philippines-china_2024-04-11 "
     "cnn_live-biden-kishida-marcos-summit_2024-04-11 "
     "inquirer_marcos-biden-kishida-summit_2024-04-12 "
     "japantimes_kishida-biden-marcos-trilateral_2024-04-12 "
     "nikkei_luzon-corridor-trilateral-summit_2024-04-12 "
     "rappler_trilateral-summit-west-philippine-sea_2024-04-12 "
     "reuters_biden-japan-philippines-summit_2024-04-11"),
    ("us-japan-philippines-2024", "japan-prime-minister", "Fumio Kishida",
     "ap_biden-japan-philippines-china_2024-04-11 "
     "cnn_live-biden-kishida-marcos-summit_2024-04-11 "
     "inquirer_marcos-biden-kishida-summit_2024-04-12 "
     "japantimes_kishida-biden-marcos-trilateral_2024-04-12 "
     "nikkei_luzon-corridor-trilateral-summit_2024-04-12 "
     "rappler_trilateral-summit-west-philippine-sea_2024-04-12 "
     "reuters_biden-japan-philippines-summit_2024-04-11"),
    ("sudan-london-conference-2025", "count-countries", "about 20",
     "afp_london-talks-seek-path-end-sudan-war_2025-04-15 "
     "aljazeera_london-sudan-conference-rival-government_2025-04-15 "
     "bbc_sudan-london-conference-aid_2025-04-15 "
     "guardian_sudan-london-conference-live_2025-04-15 "
     "reuters_eu-britain-boost-sudan-aid_2025-04-15 "
     "sudantribune_london-conference-ends-without-communique_2025-04-16 "
     "unnews_sudan-two-years-war-london-conference_2025-04-15"),
    ("sudan-london-conference-2025", "united-kingdom-foreign-minister", "David Lammy",
     "afp_london-talks-seek-path-end-sudan-war_2025-04-15 "
     "aljazeera_london-sudan-conference-rival-government_2025-04-15 "
     "bbc_sudan-london-conference-aid_2025-04-15 "
     "reuters_eu-britain-boost-sudan-aid_2025-04-15 "
     "sudantribune_london-conference-ends-without-communique_2025-04-16 "
     "unnews_sudan-two-years-war-london-conference_2025-04-15"),
    ("modi-biden-white-house-2023", "count-drones-mq-9b", "31",
     "ap_biden-welcomes-modi-state-visit_2023-06-22 "
     "cnn_modi-state-visit-white-house-live_2023-06-22 "
     "hindustantimes_modi-biden-defence-roadmap-ge-mq9b_2023-06-23 "
     "reuters_us-india-jet-engine-chip-deals_2023-06-22"),
    ("modi-biden-white-house-2023", "india-prime-minister", "Narendra Modi",
     "ap_biden-welcomes-modi-state-visit_2023-06-22 "
     "cnn_modi-state-visit-white-house-live_2023-06-22 "
     "hindustantimes_modi-biden-defence-roadmap-ge-mq9b_2023-06-23 "
     "ndtv_pm-modi-us-state-visit-top-10-highlights_2023-06-23 "
     "reuters_us-india-jet-engine-chip-deals_2023-06-22 "
     "thehindu_modi-addresses-us-congress-second-time_2023-06-23 "
     "washingtonpost_biden-modi-state-dinner_2023-06-22"),
    ("modi-biden-white-house-2023", "united-states-president", "Joe Biden",
     "ap_biden-welcomes-modi-state-visit_2023-06-22 "
     "cnn_modi-state-visit-white-house-live_2023-06-22 "
     "hindustantimes_modi-biden-defence-roadmap-ge-mq9b_2023-06-23 "
     "ndtv_pm-modi-us-state-visit-top-10-highlights_2023-06-23 "
     "reuters_us-india-jet-engine-chip-deals_2023-06-22 "
     "thehindu_modi-addresses-us-congress-second-time_2023-06-23 "
     "washingtonpost_biden-modi-state-dinner_2023-06-22"),
    ("g20-hangzhou-2016", "summit-g20-date", "2016-09-04 (Sunday)",
     "bbc_g20-summit-hangzhou-live_2016-09-05 cnn_obama-putin-g20-syria-talks_2016-09-05 "
     "nyt_obama-xi-g20-opens-tensions_2016-09-04 "
     "scmp_g20-steel-overcapacity-hangzhou-communique_2016-09-06 "
     "toi_modi-xi-cpec-terror-g20-hangzhou_2016-09-05 "
     "xinhua_g20-hangzhou-summit-concludes_2016-09-05"),
    ("g20-hangzhou-2016", "china-president", "Xi Jinping",
     "bbc_g20-summit-hangzhou-live_2016-09-05 cnn_obama-putin-g20-syria-talks_2016-09-05 "
     "nyt_obama-xi-g20-opens-tensions_2016-09-04 "
     "reuters_us-china-join-paris-climate-deal_2016-09-03 "
     "scmp_g20-steel-overcapacity-hangzhou-communique_2016-09-06 "
     "toi_modi-xi-cpec-terror-g20-hangzhou_2016-09-05 "
     "xinhua_g20-hangzhou-summit-concludes_2016-09-05"),
    ("g20-hangzhou-2016", "united-states-president", "Barack Obama",
     "bbc_g20-summit-hangzhou-live_2016-09-05 cnn_obama-putin-g20-syria-talks_2016-09-05 "
     "nyt_obama-xi-g20-opens-tensions_2016-09-04 "
     "reuters_us-china-join-paris-climate-deal_2016-09-03 "
     "toi_modi-xi-cpec-terror-g20-hangzhou_2016-09-05 "
     "xinhua_g20-hangzhou-summit-concludes_2016-09-05"),
    ("g20-hangzhou-2016", "united-nations-secretary-general", "Ban Ki-moon",
     "cnn_obama-putin-g20-syria-talks_2016-09-05 "
     "nyt_obama-xi-g20-opens-tensions_2016-09-04 "
     "reuters_us-china-join-paris-climate-deal_2016-09-03 "
     "xinhua_g20-hangzhou-summit-concludes_2016-09-05"),
    ("nato-brussels-2017", "count-countries-nato", "28",
     "ap_trump-nato-allies-owe_2017-05-25 bbc_trump-nato-live_2017-05-25 "
     "dw_merkel-trump-nato_2017-05-25 euronews_trump-nato-five-things_2017-05-26 "
     "politico_trump-nato-lecture_2017-05-25 reuters_trump-nato-spending_2017-05-25 "
     "washingtonpost_trump-nato-article-5_2017-05-25"),
    ("nato-brussels-2017", "nato-secretary-general", "Jens Stoltenberg",
     "ap_trump-nato-allies-owe_2017-05-25 bbc_trump-nato-live_2017-05-25 "
     "dw_merkel-trump-nato_2017-05-25 euronews_trump-nato-five-things_2017-05-26 "
     "politico_trump-nato-lecture_2017-05-25 reuters_trump-nato-spending_2017-05-25 "
     "washingtonpost_trump-nato-article-5_2017-05-25"),
    ("nato-brussels-2017", "united-states-president", "Donald Trump",
     "ap_trump-nato-allies-owe_2017-05-25 bbc_trump-nato-live_2017-05-25 "
     "dw_merkel-trump-nato_2017-05-25 politico_trump-nato-lecture_2017-05-25 "
     "reuters_trump-nato-spending_2017-05-25 "
     "washingtonpost_trump-nato-article-5_2017-05-25"),
    ("nato-brussels-2017", "montenegro-prime-minister", "Dusko Markovic",
     "ap_trump-nato-allies-owe_2017-05-25 bbc_trump-nato-live_2017-05-25 "
     "euronews_trump-nato-five-things_2017-05-26 politico_trump-nato-lecture_2017-05-25 "
     "reuters_trump-nato-spending_2017-05-25 "
     "washingtonpost_trump-nato-article-5_2017-05-25"),
    ("ramstein-2022", "count-countries", "more than 40",
     "defensenews_ukraine-contact-group-monthly_2022-04-26 "
     "guardian_russia-ukraine-war-live-ramstein_2022-04-26 "
     "kyivindependent_ramstein-allies-monthly-weapons_2022-04-27 "
     "reuters_austin-ramstein-ukraine-can-win_2022-04-26 "
     "starsandstripes_austin-ramstein-ukraine-meeting_2022-04-26"),
    ("ramstein-2022", "money-military-aid-usd", "$800 million",
     "ap_allies-to-meet-monthly-ukraine-arms_2022-04-26 "
     "dw_germany-gepard-tanks-ukraine-ramstein_2022-04-26 "
     "guardian_russia-ukraine-war-live-ramstein_2022-04-26 "
     "kyivindependent_ramstein-allies-monthly-weapons_2022-04-27"),
    ("ramstein-2022", "united-states-defence-minister", "Lloyd Austin",
     "ap_allies-to-meet-monthly-ukraine-arms_2022-04-26 "
     "defensenews_ukraine-contact-group-monthly_2022-04-26 "
     "dw_germany-gepard-tanks-ukraine-ramstein_2022-04-26 "
     "guardian_russia-ukraine-war-live-ramstein_2022-04-26 "
     "kyivindependent_ramstein-allies-monthly-weapons_2022-04-27 "
     "reuters_austin-ramstein-ukraine-can-win_2022-04-26 "
     "starsandstripes_austin-ramstein-ukraine-meeting_2022-04-26"),
    ("ramstein-2022", "ukraine-defence-minister", "Oleksii Reznikov",
     "ap_allies-to-meet-monthly-ukraine-arms_2022-04-26 "
     "defensenews_ukraine-contact-group-monthly_2022-04-26 "
     "dw_germany-gepard-tanks-ukraine-ramstein_2022-04-26 "
     "guardian_russia-ukraine-war-live-ramstein_2022-04-26 "
     "kyivindependent_ramstein-allies-monthly-weapons_2022-04-27 "
     "reuters_austin-ramstein-ukraine-can-win_2022-04-26 "
     "starsandstripes_austin-ramstein-ukraine-meeting_2022-04-26"),
    ("ramstein-2022", "germany-defence-minister", "Christine Lambrecht",
     "ap_allies-to-meet-monthly-ukraine-arms_2022-04-26 "
     "defensenews_ukraine-contact-group-monthly_2022-04-26 "
     "dw_germany-gepard-tanks-ukraine-ramstein_2022-04-26 "
     "guardian_russia-ukraine-war-live-ramstein_2022-04-26 "
     "kyivindependent_ramstein-allies-monthly-weapons_2022-04-27 "
     "reuters_austin-ramstein-ukraine-can-win_2022-04-26 "
     "starsandstripes_austin-ramstein-ukraine-meeting_2022-04-26"),
    ("quad-washington-2021", "summit-quad-date", "2021-09-24 (Friday)",
     "ndtv_quad-summit-live-updates_2021-09-24 "
     "nhkworld_suga-quad-summit-washington_2021-09-25 "
     "nikkeiasia_quad-chips-supply-chain-summit_2021-09-25 "
     "reuters_quad-leaders-first-in-person-summit_2021-09-24 "
     "thehindu_quad-summit-modi-vaccine-exports_2021-09-25 "
     "washingtonpost_biden-hosts-quad-summit_2021-09-24"),
    ("quad-washington-2021", "australia-prime-minister", "Scott Morrison",
     "abc_morrison-quad-white-house_2021-09-25 ndtv_quad-summit-live-updates_2021-09-24 "
     "nhkworld_suga-quad-summit-washington_2021-09-25 "
     "nikkeiasia_quad-chips-supply-chain-summit_2021-09-25 "
     "reuters_quad-leaders-first-in-person-summit_2021-09-24 "
     "thehindu_quad-summit-modi-vaccine-exports_2021-09-25 "
     "washingtonpost_biden-hosts-quad-summit_2021-09-24"),
    ("quad-washington-2021", "japan-prime-minister", "Yoshihide Suga",
     "abc_morrison-quad-white-house_2021-09-25 ndtv_quad-summit-live-updates_2021-09-24 "
     "nhkworld_suga-quad-summit-washington_2021-09-25 "
     "nikkeiasia_quad-chips-supply-chain-summit_2021-09-25 "
     "reuters_quad-leaders-first-in-person-summit_2021-09-24 "
     "thehindu_quad-summit-modi-vaccine-exports_2021-09-25 "
     "washingtonpost_biden-hosts-quad-summit_2021-09-24"),
    ("quad-washington-2021", "united-states-president", "Joe Biden",
     "abc_morrison-quad-white-house_2021-09-25 ndtv_quad-summit-live-updates_2021-09-24 "
     "nhkworld_suga-quad-summit-washington_2021-09-25 "
     "nikkeiasia_quad-chips-supply-chain-summit_2021-09-25 "
     "reuters_quad-leaders-first-in-person-summit_2021-09-24 "
     "thehindu_quad-summit-modi-vaccine-exports_2021-09-25 "
     "washingtonpost_biden-hosts-quad-summit_2021-09-24"),
    ("zelensky-washington-2022", "money-military-aid-usd", "$1.85 billion",
     "ap_zelenskyy-washington-visit_2022-12-21 "
     "cnn_zelensky-washington-live-updates_2022-12-21 "
     "foxnews_zelenskyy-congress-address_2022-12-21 "
     "guardian_zelenskiy-congress-not-charity_2022-12-22 "
     "kyivindependent_zelensky-biden-washington-patriot_2022-12-22 "
     "reuters_zelenskiy-patriot-returns-home_2022-12-22"),
    ("zelensky-washington-2022", "united-states-president", "Joe Biden",
     "ap_zelenskyy-washington-visit_2022-12-21 "
     "cnn_zelensky-washington-live-updates_2022-12-21 "
     "foxnews_zelenskyy-congress-address_2022-12-21 "
     "kyivindependent_zelensky-biden-washington-patriot_2022-12-22 "
     "politico_zelenskyy-congress-gop-house_2022-12-21 "
     "reuters_zelenskiy-patriot-returns-home_2022-12-22"),
    ("zelensky-washington-2022", "united-states-vice-president", "Kamala Harris",
     "ap_zelenskyy-washington-visit_2022-12-21 "
     "cnn_zelensky-washington-live-updates_2022-12-21 "
     "foxnews_zelenskyy-congress-address_2022-12-21 "
     "kyivindependent_zelensky-biden-washington-patriot_2022-12-22 "
     "politico_zelenskyy-congress-gop-house_2022-12-21"),
    ("arab-league-manama-2024", "summit-arab-league-date", "2024-05-16 (Thursday)",
     "afp_arab-leaders-gaza-peacekeepers_2024-05-16 "
     "ahramonline_sisi-manama-summit-gaza_2024-05-17 "
     "aljazeera_arab-league-summit-live_2024-05-16 "
     "arabnews_manama-declaration-gaza_2024-05-16 "
     "reuters_arab-league-un-peacekeepers_2024-05-16 "
     "thenational_arab-summit-bahrain-gaza_2024-05-16"),
    ("arab-league-manama-2024", "count-countries-arab-league", "22",
     "afp_arab-leaders-gaza-peacekeepers_2024-05-16 "
     "ahramonline_sisi-manama-summit-gaza_2024-05-17 "
     "aljazeera_arab-league-summit-live_2024-05-16 "
     "arabnews_manama-declaration-gaza_2024-05-16 "
     "bna_hm-king-33rd-arab-summit_2024-05-16 "
     "reuters_arab-league-un-peacekeepers_2024-05-16 "
     "thenational_arab-summit-bahrain-gaza_2024-05-16"),
    ("arab-league-manama-2024", "bahrain-king", "Hamad bin Isa Al Khalifa",
     "afp_arab-leaders-gaza-peacekeepers_2024-05-16 "
     "ahramonline_sisi-manama-summit-gaza_2024-05-17 "
     "aljazeera_arab-league-summit-live_2024-05-16 "
     "arabnews_manama-declaration-gaza_2024-05-16 "
     "bna_hm-king-33rd-arab-summit_2024-05-16 "
     "reuters_arab-league-un-peacekeepers_2024-05-16 "
     "thenational_arab-summit-bahrain-gaza_2024-05-16"),
    ("arab-league-manama-2024", "egypt-president", "Abdel Fattah al-Sisi",
     "afp_arab-leaders-gaza-peacekeepers_2024-05-16 "
     "ahramonline_sisi-manama-summit-gaza_2024-05-17 "
     "aljazeera_arab-league-summit-live_2024-05-16 "
     "arabnews_manama-declaration-gaza_2024-05-16 "
     "bna_hm-king-33rd-arab-summit_2024-05-16 "
     "reuters_arab-league-un-peacekeepers_2024-05-16 "
     "thenational_arab-summit-bahrain-gaza_2024-05-16"),
    ("chogm-london-2018", "summit-date", "2018-04-19 (Thursday)",
     "bbc_prince-charles-next-commonwealth-head_2018-04-20 "
     "guardian_commonwealth-summit-live_2018-04-20 "
     "reuters_commonwealth-backs-charles_2018-04-20 "
     "skynews_charles-next-head-of-commonwealth_2018-04-20 "
     "timesofindia_modi-chogm-charles-head_2018-04-20"),
    ("chogm-london-2018", "count-countries-commonwealth", "53",
     "abc_charles-commonwealth-turnbull_2018-04-21 "
     "bbc_prince-charles-next-commonwealth-head_2018-04-20 "
     "guardian_commonwealth-summit-live_2018-04-20 "
     "reuters_commonwealth-backs-charles_2018-04-20 "
     "skynews_charles-next-head-of-commonwealth_2018-04-20 "
     "timesofindia_modi-chogm-charles-head_2018-04-20"),
    ("chogm-london-2018", "commonwealth-secretary-general", "Patricia Scotland",
     "bbc_prince-charles-next-commonwealth-head_2018-04-20 "
     "guardian_commonwealth-summit-live_2018-04-20 "
     "reuters_commonwealth-backs-charles_2018-04-20 "
     "skynews_charles-next-head-of-commonwealth_2018-04-20 "
     "telegraph_commonwealth-prince-of-wales-succession_2018-04-20 "
     "timesofindia_modi-chogm-charles-head_2018-04-20"),
    ("yoon-kishida-tokyo-2023", "japan-prime-minister", "Fumio Kishida",
     "ap_japan-south-korea-summit_2023-03-16 japantimes_yoon-tokyo-analysis_2023-03-17 "
     "koreaherald_yoon-japan-visit_2023-03-17 kyodo_japan-south-korea-summit_2023-03-16 "
     "nhkworld_japan-south-korea-summit-live_2023-03-16 "
     "reuters_japan-south-korea-summit_2023-03-16 yonhap_yoon-kishida-summit_2023-03-16"),
    ("yoon-kishida-tokyo-2023", "south-korea-president", "Yoon Suk Yeol",
     "ap_japan-south-korea-summit_2023-03-16 japantimes_yoon-tokyo-analysis_2023-03-17 "
     "koreaherald_yoon-japan-visit_2023-03-17 kyodo_japan-south-korea-summit_2023-03-16 "
     "nhkworld_japan-south-korea-summit-live_2023-03-16 "
     "reuters_japan-south-korea-summit_2023-03-16 yonhap_yoon-kishida-summit_2023-03-16"),
    ("versailles-2022", "count-countries-european-union", "27",
     "dw_eu-summit-versailles-scholz_2022-03-11 "
     "france24_versailles-summit-live_2022-03-11 "
     "irishtimes_taoiseach-versailles-neutrality_2022-03-12 "
     "reuters_eu-leaders-versailles-energy-defence_2022-03-11"),
    ("versailles-2022", "european-council-president", "Charles Michel",
     "afp_eu-versailles-ukraine-membership_2022-03-11 "
     "dw_eu-summit-versailles-scholz_2022-03-11 "
     "euronews_versailles-declaration-defence-energy_2022-03-11 "
     "france24_versailles-summit-live_2022-03-11 "
     "politico_versailles-ukraine-fast-track_2022-03-10 "
     "reuters_eu-leaders-versailles-energy-defence_2022-03-11"),
    ("versailles-2022", "france-president", "Emmanuel Macron",
     "afp_eu-versailles-ukraine-membership_2022-03-11 "
     "dw_eu-summit-versailles-scholz_2022-03-11 "
     "euronews_versailles-declaration-defence-energy_2022-03-11 "
     "france24_versailles-summit-live_2022-03-11 "
     "irishtimes_taoiseach-versailles-neutrality_2022-03-12 "
     "reuters_eu-leaders-versailles-energy-defence_2022-03-11"),
    ("north-american-leaders-2023", "canada-prime-minister", "Justin Trudeau",
     "ap_biden-trudeau-lopez-obrador-summit_2023-01-10 "
     "cbc_trudeau-three-amigos-mexico-city_2023-01-10 "
     "cnn_north-american-leaders-summit-live_2023-01-10 "
     "eluniversal_amlo-biden-national-palace_2023-01-09 "
     "mexiconewsdaily_three-amigos-summit-wrap_2023-01-11 "
     "reuters_north-america-leaders-supply-chains_2023-01-10 "
     "washingtonpost_biden-mexico-city-summit_2023-01-10"),
    ("north-american-leaders-2023", "mexico-president", "Andrés Manuel López Obrador",
     "ap_biden-trudeau-lopez-obrador-summit_2023-01-10 "
     "cbc_trudeau-three-amigos-mexico-city_2023-01-10 "
     "cnn_north-american-leaders-summit-live_2023-01-10 "
     "eluniversal_amlo-biden-national-palace_2023-01-09 "
     "mexiconewsdaily_three-amigos-summit-wrap_2023-01-11 "
     "reuters_north-america-leaders-supply-chains_2023-01-10 "
     "washingtonpost_biden-mexico-city-summit_2023-01-10"),
    ("north-american-leaders-2023", "united-states-president", "Joe Biden",
     "ap_biden-trudeau-lopez-obrador-summit_2023-01-10 "
     "cbc_trudeau-three-amigos-mexico-city_2023-01-10 "
     "cnn_north-american-leaders-summit-live_2023-01-10 "
     "eluniversal_amlo-biden-national-palace_2023-01-09 "
     "mexiconewsdaily_three-amigos-summit-wrap_2023-01-11 "
     "reuters_north-america-leaders-supply-chains_2023-01-10 "
     "washingtonpost_biden-mexico-city-summit_2023-01-10"),
    ("asean-phnom-penh-2022", "cambodia-prime-minister", "Hun Sen",
     "aljazeera_asean-summit-live_2022-11-13 apnews_biden-asean-summit_2022-11-12 "
     "khmertimes_asean-summits-conclude_2022-11-14 "
     "nikkei_east-asia-summit-rifts_2022-11-13 reuters_asean-timor-leste_2022-11-11 "
     "straitstimes_asean-us-partnership_2022-11-12 "
     "vnexpress_chinh-east-asia-summit_2022-11-13"),
    ("asean-phnom-penh-2022", "united-states-president", "Joe Biden",
     "aljazeera_asean-summit-live_2022-11-13 apnews_biden-asean-summit_2022-11-12 "
     "khmertimes_asean-summits-conclude_2022-11-14 "
     "nikkei_east-asia-summit-rifts_2022-11-13 reuters_asean-timor-leste_2022-11-11 "
     "straitstimes_asean-us-partnership_2022-11-12 "
     "vnexpress_chinh-east-asia-summit_2022-11-13"),
    ("asean-phnom-penh-2022", "count-countries", "18",
     "aljazeera_asean-summit-live_2022-11-13 nikkei_east-asia-summit-rifts_2022-11-13 "
     "straitstimes_asean-us-partnership_2022-11-12"),
    ("nato-brussels-march-2022", "summit-nato-date", "2022-03-24 (Thursday)",
     "ap_biden-nato-g7-chemical-weapons_2022-03-24 "
     "bbc_zelensky-nato-summit-planes-tanks_2022-03-24 "
     "dw_nato-summit-scholz-eastern-flank_2022-03-24 "
     "kyivindependent_zelensky-nato-one-percent_2022-03-25 "
     "politico_nato-summit-unity-hard-questions_2022-03-25"),
    ("nato-brussels-march-2022", "count-countries-nato", "30",
     "ap_biden-nato-g7-chemical-weapons_2022-03-24 "
     "bbc_zelensky-nato-summit-planes-tanks_2022-03-24 "
     "dw_nato-summit-scholz-eastern-flank_2022-03-24 "
     "guardian_nato-g7-eu-summits-live_2022-03-24 "
     "kyivindependent_zelensky-nato-one-percent_2022-03-25 "
     "politico_nato-summit-unity-hard-questions_2022-03-25 "
     "reuters_nato-battlegroups-chemical-weapons_2022-03-24"),
    ("nato-brussels-march-2022", "count-troops", "about 40,000",
     "ap_biden-nato-g7-chemical-weapons_2022-03-24 "
     "bbc_zelensky-nato-summit-planes-tanks_2022-03-24 "
     "dw_nato-summit-scholz-eastern-flank_2022-03-24 "
     "guardian_nato-g7-eu-summits-live_2022-03-24 "
     "kyivindependent_zelensky-nato-one-percent_2022-03-25 "
     "politico_nato-summit-unity-hard-questions_2022-03-25 "
     "reuters_nato-battlegroups-chemical-weapons_2022-03-24"),
    ("nato-brussels-march-2022", "nato-secretary-general", "Jens Stoltenberg",
     "ap_biden-nato-g7-chemical-weapons_2022-03-24 "
     "bbc_zelensky-nato-summit-planes-tanks_2022-03-24 "
     "dw_nato-summit-scholz-eastern-flank_2022-03-24 "
     "guardian_nato-g7-eu-summits-live_2022-03-24 "
     "kyivindependent_zelensky-nato-one-percent_2022-03-25 "
     "politico_nato-summit-unity-hard-questions_2022-03-25 "
     "reuters_nato-battlegroups-chemical-weapons_2022-03-24"),
    ("apec-honolulu-2011", "count-countries-apec", "21",
     "bloomberg_apec-green-goods-tariff-pledge_2011-11-14 "
     "japantimes_noda-tpp-apec-debut_2011-11-14 "
     "xinhua_hu-apec-leaders-meeting_2011-11-13"),
    ("apec-honolulu-2011", "china-president", "Hu Jintao",
     "ap_apec-obama-closes-summit_2011-11-13 "
     "bloomberg_apec-green-goods-tariff-pledge_2011-11-14 "
     "japantimes_noda-tpp-apec-debut_2011-11-14 "
     "reuters_obama-tpp-outline-china_2011-11-12 "
     "smh_gillard-apec-green-frontier_2011-11-14 "
     "staradvertiser_apec-live-sunday_2011-11-13 "
     "xinhua_hu-apec-leaders-meeting_2011-11-13"),
    ("apec-honolulu-2011", "united-states-president", "Barack Obama",
     "ap_apec-obama-closes-summit_2011-11-13 "
     "bloomberg_apec-green-goods-tariff-pledge_2011-11-14 "
     "japantimes_noda-tpp-apec-debut_2011-11-14 "
     "reuters_obama-tpp-outline-china_2011-11-12 "
     "smh_gillard-apec-green-frontier_2011-11-14 "
     "staradvertiser_apec-live-sunday_2011-11-13 "
     "xinhua_hu-apec-leaders-meeting_2011-11-13"),
    ("g7-finance-chantilly-2019", "united-states-finance-minister", "Steven Mnuchin",
     "afp_g7-finance-chantilly_2019-07-18 bloomberg_mnuchin-g7-tech-tax-libra_2019-07-17 "
     "cnbc_g7-libra-serious-concerns_2019-07-18 "
     "guardian_g7-finance-ministers-libra-live_2019-07-18 "
     "lemonde_chantilly-g7-digital-tax-consensus_2019-07-18 "
     "politico_g7-finance-ministers-libra-tax_2019-07-18 "
     "reuters_g7-libra-digital-tax_2019-07-18"),
    ("g7-finance-chantilly-2019", "france-finance-minister", "Bruno Le Maire",
     "afp_g7-finance-chantilly_2019-07-18 cnbc_g7-libra-serious-concerns_2019-07-18 "
     "guardian_g7-finance-ministers-libra-live_2019-07-18 "
     "politico_g7-finance-ministers-libra-tax_2019-07-18 "
     "reuters_g7-libra-digital-tax_2019-07-18"),
    ("eu-western-balkans-brdo-2021", "summit-date", "2021-10-06 (Wednesday)",
     "balkaninsight_brdo-summit-warm-words-no-timeline_2021-10-07 "
     "dw_eu-western-balkans-summit-brdo-no-date_2021-10-06 "
     "euronews_live-eu-western-balkans-summit-brdo_2021-10-06 "
     "politico_eu-offers-balkans-cash-not-dates_2021-10-06 "
     "reuters_eu-reaffirms-balkans-pledge-no-date_2021-10-06 "
     "rferl_eu-summit-brdo-declaration-western-balkans_2021-10-06"),
    ("eu-western-balkans-brdo-2021", "european-council-president", "Charles Michel",
     "afp_eu-balkans-membership-no-timetable_2021-10-06 "
     "balkaninsight_brdo-summit-warm-words-no-timeline_2021-10-07 "
     "dw_eu-western-balkans-summit-brdo-no-date_2021-10-06 "
     "euronews_live-eu-western-balkans-summit-brdo_2021-10-06 "
     "politico_eu-offers-balkans-cash-not-dates_2021-10-06 "
     "reuters_eu-reaffirms-balkans-pledge-no-date_2021-10-06 "
     "rferl_eu-summit-brdo-declaration-western-balkans_2021-10-06"),
    ("eu-western-balkans-brdo-2021", "slovenia-prime-minister", "Janez Janša",
     "afp_eu-balkans-membership-no-timetable_2021-10-06 "
     "balkaninsight_brdo-summit-warm-words-no-timeline_2021-10-07 "
     "dw_eu-western-balkans-summit-brdo-no-date_2021-10-06 "
     "euronews_live-eu-western-balkans-summit-brdo_2021-10-06 "
     "politico_eu-offers-balkans-cash-not-dates_2021-10-06 "
     "reuters_eu-reaffirms-balkans-pledge-no-date_2021-10-06 "
     "rferl_eu-summit-brdo-declaration-western-balkans_2021-10-06"),
    ("trump-putin-osaka-2019", "summit-g20-date", "2019-06-28 (Friday)",
     "cnn_trump-putin-g20-live_2019-06-28 japantimes_trump-putin-osaka-g20_2019-06-29 "
     "moscowtimes_putin-trump-osaka-meddle_2019-06-28 "
     "reuters_trump-jokes-putin-meddle_2019-06-28 "
     "tass_putin-trump-talks-osaka_2019-06-28"),
    ("trump-putin-osaka-2019", "russia-president", "Vladimir Putin",
     "ap_trump-putin-dont-meddle_2019-06-28 bbc_trump-putin-g20-osaka_2019-06-28 "
     "cnn_trump-putin-g20-live_2019-06-28 japantimes_trump-putin-osaka-g20_2019-06-29 "
     "moscowtimes_putin-trump-osaka-meddle_2019-06-28 "
     "reuters_trump-jokes-putin-meddle_2019-06-28 "
     "tass_putin-trump-talks-osaka_2019-06-28"),
    ("trump-putin-osaka-2019", "japan-prime-minister", "Shinzo Abe",
     "ap_trump-putin-dont-meddle_2019-06-28 bbc_trump-putin-g20-osaka_2019-06-28 "
     "cnn_trump-putin-g20-live_2019-06-28 japantimes_trump-putin-osaka-g20_2019-06-29 "
     "moscowtimes_putin-trump-osaka-meddle_2019-06-28 "
     "reuters_trump-jokes-putin-meddle_2019-06-28 "
     "tass_putin-trump-talks-osaka_2019-06-28"),
    ("ukraine-crimea-platform-2021", "summit-date", "2021-08-23 (Monday)",
     "ap_zelenskyy-crimea-summit_2021-08-23 "
     "euronews_crimea-platform-summit-live_2021-08-23 "
     "kyivindependent_crimea-platform-what-next_2021-08-24 "
     "politico_zelenskyy-crimea-platform-summit_2021-08-23 "
     "reuters_ukraine-crimea-summit_2021-08-23 "
     "rferl_crimea-platform-summit-kyiv_2021-08-23 "
     "ukrinform_crimea-platform-joint-declaration_2021-08-23"),
    ("ukraine-crimea-platform-2021", "count-countries", "46",
     "ap_zelenskyy-crimea-summit_2021-08-23 "
     "euronews_crimea-platform-summit-live_2021-08-23 "
     "kyivindependent_crimea-platform-what-next_2021-08-24 "
     "politico_zelenskyy-crimea-platform-summit_2021-08-23 "
     "reuters_ukraine-crimea-summit_2021-08-23 "
     "rferl_crimea-platform-summit-kyiv_2021-08-23"),
    ("ukraine-crimea-platform-2021", "ukraine-president", "Volodymyr Zelensky",
     "ap_zelenskyy-crimea-summit_2021-08-23 "
     "euronews_crimea-platform-summit-live_2021-08-23 "
     "kyivindependent_crimea-platform-what-next_2021-08-24 "
     "politico_zelenskyy-crimea-platform-summit_2021-08-23 "
     "reuters_ukraine-crimea-summit_2021-08-23 "
     "rferl_crimea-platform-summit-kyiv_2021-08-23 "
     "ukrinform_crimea-platform-joint-declaration_2021-08-23"),
    ("eu-china-brussels-2019", "china-prime-minister", "Li Keqiang",
     "afp_eu-china-summit-trade-pledges_2019-04-09 "
     "euronews_eu-china-summit-live_2019-04-09 ft_eu-china-summit-statement_2019-04-09 "
     "politico_eu-china-summit-joint-statement_2019-04-09 "
     "reuters_eu-china-joint-statement_2019-04-09 "
     "scmp_china-eu-summit-last-minute-deal_2019-04-10 "
     "xinhua_li-keqiang-china-eu-summit_2019-04-09"),
    ("eu-china-brussels-2019", "european-commission-president", "Jean-Claude Juncker",
     "afp_eu-china-summit-trade-pledges_2019-04-09 "
     "euronews_eu-china-summit-live_2019-04-09 ft_eu-china-summit-statement_2019-04-09 "
     "politico_eu-china-summit-joint-statement_2019-04-09 "
     "reuters_eu-china-joint-statement_2019-04-09 "
     "scmp_china-eu-summit-last-minute-deal_2019-04-10 "
     "xinhua_li-keqiang-china-eu-summit_2019-04-09"),
    ("eu-china-brussels-2019", "european-council-president", "Donald Tusk",
     "afp_eu-china-summit-trade-pledges_2019-04-09 "
     "euronews_eu-china-summit-live_2019-04-09 "
     "politico_eu-china-summit-joint-statement_2019-04-09 "
     "reuters_eu-china-joint-statement_2019-04-09 "
     "scmp_china-eu-summit-last-minute-deal_2019-04-10 "
     "xinhua_li-keqiang-china-eu-summit_2019-04-09"),
    ("biden-amlo-washington-2022", "mexico-president", "Andrés Manuel López Obrador",
     "ap_lopez-obrador-biden-white-house_2022-07-12 "
     "bloomberg_amlo-biden-energy-border_2022-07-12 "
     "cnn_live-biden-lopez-obrador-meeting_2022-07-12 "
     "mexiconewsdaily_amlo-biden-white-house-meeting_2022-07-13 "
     "reuters_mexico-president-biden-border-visas_2022-07-12 "
     "washingtonpost_amlo-biden-oval-office_2022-07-12"),
    ("biden-amlo-washington-2022", "united-states-president", "Joe Biden",
     "ap_lopez-obrador-biden-white-house_2022-07-12 "
     "cnn_live-biden-lopez-obrador-meeting_2022-07-12 "
     "mexiconewsdaily_amlo-biden-white-house-meeting_2022-07-13 "
     "reuters_mexico-president-biden-border-visas_2022-07-12 "
     "washingtonpost_amlo-biden-oval-office_2022-07-12"),
    ("g7-elmau-2015", "germany-chancellor", "Angela Merkel",
     "ap_g7-russia-climate_2015-06-08 bbc_g7-fossil-fuel-phase-out_2015-06-08 "
     "bloomberg_merkel-g7-fossil-fuels_2015-06-08 "
     "dw_g7-climate-decarbonization_2015-06-08 "
     "reuters_g7-fossil-fuels-century_2015-06-08 "
     "thelocal_obama-kruen-g7-opens_2015-06-07"),
    ("g7-elmau-2015", "france-president", "Francois Hollande",
     "ap_g7-russia-climate_2015-06-08 bbc_g7-fossil-fuel-phase-out_2015-06-08 "
     "bloomberg_merkel-g7-fossil-fuels_2015-06-08 "
     "dw_g7-climate-decarbonization_2015-06-08 guardian_g7-summit-elmau-live_2015-06-08 "
     "thelocal_obama-kruen-g7-opens_2015-06-07"),
    ("g7-elmau-2015", "japan-prime-minister", "Shinzo Abe",
     "ap_g7-russia-climate_2015-06-08 bloomberg_merkel-g7-fossil-fuels_2015-06-08 "
     "dw_g7-climate-decarbonization_2015-06-08 guardian_g7-summit-elmau-live_2015-06-08 "
     "reuters_g7-fossil-fuels-century_2015-06-08 "
     "thelocal_obama-kruen-g7-opens_2015-06-07"),
    ("putin-xi-astana-2024", "summit-shanghai-cooperation-organisation-date", "2024-07-03 (Wednesday)",
     "aljazeera_sco-summit-astana-live_2024-07-03 ap_xi-putin-meet-kazakhstan_2024-07-03 "
     "astanatimes_xi-putin-talks-sco-summit_2024-07-03 "
     "reuters_putin-xi-sco-astana_2024-07-03 scmp_xi-putin-astana-sco-summit_2024-07-04 "
     "tass_putin-xi-talks-astana_2024-07-03"),
    ("putin-xi-astana-2024", "kazakhstan-president", "Kassym-Jomart Tokayev",
     "aljazeera_sco-summit-astana-live_2024-07-03 ap_xi-putin-meet-kazakhstan_2024-07-03 "
     "astanatimes_xi-putin-talks-sco-summit_2024-07-03 "
     "reuters_putin-xi-sco-astana_2024-07-03 scmp_xi-putin-astana-sco-summit_2024-07-04 "
     "tass_putin-xi-talks-astana_2024-07-03 xinhua_xi-meets-putin-astana_2024-07-03"),
    ("putin-xi-astana-2024", "china-president", "Xi Jinping",
     "aljazeera_sco-summit-astana-live_2024-07-03 ap_xi-putin-meet-kazakhstan_2024-07-03 "
     "astanatimes_xi-putin-talks-sco-summit_2024-07-03 "
     "reuters_putin-xi-sco-astana_2024-07-03 scmp_xi-putin-astana-sco-summit_2024-07-04 "
     "tass_putin-xi-talks-astana_2024-07-03 xinhua_xi-meets-putin-astana_2024-07-03"),
    ("nordic-ukraine-helsinki-2023", "summit-date", "2023-05-03 (Wednesday)",
     "afp_zelensky-nordic-backing-helsinki_2023-05-03 "
     "guardian_ukraine-war-live-zelenskiy-helsinki_2023-05-03 "
     "kyivindependent_nordic-summit-nato-path_2023-05-03 "
     "reuters_zelenskiy-nordic-leaders-jets_2023-05-03 "
     "thelocal_kristersson-zelensky-helsinki_2023-05-04 "
     "yle_zelensky-nordic-summit-helsinki_2023-05-03"),
    ("nordic-ukraine-helsinki-2023", "money-weapons-eur", "€4.4 billion",
     "afp_zelensky-nordic-backing-helsinki_2023-05-03 "
     "euronews_zelenskyy-nordic-summit-helsinki_2023-05-03 "
     "guardian_ukraine-war-live-zelenskiy-helsinki_2023-05-03 "
     "reuters_zelenskiy-nordic-leaders-jets_2023-05-03 "
     "thelocal_kristersson-zelensky-helsinki_2023-05-04 "
     "yle_zelensky-nordic-summit-helsinki_2023-05-03"),
    ("nordic-ukraine-helsinki-2023", "denmark-prime-minister", "Mette Frederiksen",
     "afp_zelensky-nordic-backing-helsinki_2023-05-03 "
     "euronews_zelenskyy-nordic-summit-helsinki_2023-05-03 "
     "guardian_ukraine-war-live-zelenskiy-helsinki_2023-05-03 "
     "kyivindependent_nordic-summit-nato-path_2023-05-03 "
     "reuters_zelenskiy-nordic-leaders-jets_2023-05-03 "
     "thelocal_kristersson-zelensky-helsinki_2023-05-04 "
     "yle_zelensky-nordic-summit-helsinki_2023-05-03"),
    ("nordic-ukraine-helsinki-2023", "finland-president", "Sauli Niinistö",
     "afp_zelensky-nordic-backing-helsinki_2023-05-03 "
     "euronews_zelenskyy-nordic-summit-helsinki_2023-05-03 "
     "guardian_ukraine-war-live-zelenskiy-helsinki_2023-05-03 "
     "kyivindependent_nordic-summit-nato-path_2023-05-03 "
     "reuters_zelenskiy-nordic-leaders-jets_2023-05-03 "
     "thelocal_kristersson-zelensky-helsinki_2023-05-04 "
     "yle_zelensky-nordic-summit-helsinki_2023-05-03"),
    ("g20-delhi-2023-africa", "count-countries-african-union", "55",
     "africanews_g20-live-african-union-admitted_2023-09-09 "
     "dailymaverick_ramaphosa-au-g20-seat-delhi_2023-09-11 "
     "mg_au-g20-seat-now-it-needs-a-voice_2023-09-13 "
     "news24_au-joins-g20-permanent-member_2023-09-09 "
     "premiumtimes_tinubu-hails-au-g20-membership_2023-09-10 "
     "thecitizen_tanzania-welcomes-au-g20-seat_2023-09-12 "
     "theeastafrican_au-g20-seat-what-next_2023-09-11"),
    ("g20-delhi-2023-africa", "comoros-president", "Azali Assoumani",
     "africanews_g20-live-african-union-admitted_2023-09-09 "
     "dailymaverick_ramaphosa-au-g20-seat-delhi_2023-09-11 "
     "mg_au-g20-seat-now-it-needs-a-voice_2023-09-13 "
     "news24_au-joins-g20-permanent-member_2023-09-09 "
     "thecitizen_tanzania-welcomes-au-g20-seat_2023-09-12 "
     "theeastafrican_au-g20-seat-what-next_2023-09-11"),
    ("g20-delhi-2023-africa", "india-prime-minister", "Narendra Modi",
     "africanews_g20-live-african-union-admitted_2023-09-09 "
     "dailymaverick_ramaphosa-au-g20-seat-delhi_2023-09-11 "
     "news24_au-joins-g20-permanent-member_2023-09-09 "
     "premiumtimes_tinubu-hails-au-g20-membership_2023-09-10 "
     "thecitizen_tanzania-welcomes-au-g20-seat_2023-09-12 "
     "theeastafrican_au-g20-seat-what-next_2023-09-11"),
    ("nato-madrid-2022-ukraine", "count-countries-nato", "30",
     "anadoluagency_erdogan-ukraine-nato-madrid_2022-06-30 "
     "dailysabah_turkiye-finland-sweden-memorandum_2022-06-29 "
     "hurriyetdailynews_erdogan-sweden-73-terrorists_2022-06-30 "
     "kyivindependent_nato-madrid-summit-ends-ukraine_2022-06-30 "
     "thelocal-se_live-sweden-nato-madrid-summit_2022-06-29 "
     "ukrinform_zelensky-nato-summit-address_2022-06-29 "
     "yle_finland-invited-to-join-nato_2022-06-29"),
    ("nato-madrid-2022-ukraine", "nato-secretary-general", "Jens Stoltenberg",
     "anadoluagency_erdogan-ukraine-nato-madrid_2022-06-30 "
     "dailysabah_turkiye-finland-sweden-memorandum_2022-06-29 "
     "hurriyetdailynews_erdogan-sweden-73-terrorists_2022-06-30 "
     "kyivindependent_nato-madrid-summit-ends-ukraine_2022-06-30 "
     "thelocal-se_live-sweden-nato-madrid-summit_2022-06-29 "
     "ukrinform_zelensky-nato-summit-address_2022-06-29 "
     "yle_finland-invited-to-join-nato_2022-06-29"),
    ("nato-madrid-2022-ukraine", "finland-president", "Sauli Niinistö",
     "anadoluagency_erdogan-ukraine-nato-madrid_2022-06-30 "
     "dailysabah_turkiye-finland-sweden-memorandum_2022-06-29 "
     "hurriyetdailynews_erdogan-sweden-73-terrorists_2022-06-30 "
     "thelocal-se_live-sweden-nato-madrid-summit_2022-06-29 "
     "ukrinform_zelensky-nato-summit-address_2022-06-29 "
     "yle_finland-invited-to-join-nato_2022-06-29"),
    ("apec-san-francisco-2023-asia", "count-countries-apec", "21",
     "bangkokpost_srettha-landbridge-apec_2023-11-17 "
     "dawn_biden-xi-resume-military-talks_2023-11-17 "
     "koreaherald_yoon-kishida-apec_2023-11-18 philstar_marcos-xi-apec-talks_2023-11-18 "
     "thejakartapost_jokowi-apec-gaza-biden-xi_2023-11-16 "
     "vnexpress_biden-xi-restore-military-talks_2023-11-16"),
    ("apec-san-francisco-2023-asia", "china-president", "Xi Jinping",
     "bangkokpost_srettha-landbridge-apec_2023-11-17 "
     "dawn_biden-xi-resume-military-talks_2023-11-17 "
     "koreaherald_yoon-kishida-apec_2023-11-18 philstar_marcos-xi-apec-talks_2023-11-18 "
     "straitstimes_biden-xi-summit-live_2023-11-16 "
     "thejakartapost_jokowi-apec-gaza-biden-xi_2023-11-16 "
     "vnexpress_biden-xi-restore-military-talks_2023-11-16"),
    ("apec-san-francisco-2023-asia", "united-states-president", "Joe Biden",
     "bangkokpost_srettha-landbridge-apec_2023-11-17 "
     "dawn_biden-xi-resume-military-talks_2023-11-17 "
     "koreaherald_yoon-kishida-apec_2023-11-18 philstar_marcos-xi-apec-talks_2023-11-18 "
     "straitstimes_biden-xi-summit-live_2023-11-16 "
     "thejakartapost_jokowi-apec-gaza-biden-xi_2023-11-16 "
     "vnexpress_biden-xi-restore-military-talks_2023-11-16"),
    ("biden-kishida-yoon-2023-camp-david-asia", "summit-date", "2023-08-18 (Friday)",
     "japantimes_camp-david-new-era_2023-08-19 joongangdaily_camp-david-live_2023-08-19 "
     "koreaherald_camp-david-new-chapter_2023-08-20 "
     "kyodo_camp-david-trilateral_2023-08-19 "
     "nhkworld_japan-us-south-korea-summit_2023-08-19 "
     "yonhap_yoon-biden-kishida-annual-summit_2023-08-19"),
    ("biden-kishida-yoon-2023-camp-david-asia", "japan-prime-minister", "Fumio Kishida",
     "japantimes_camp-david-new-era_2023-08-19 joongangdaily_camp-david-live_2023-08-19 "
     "koreaherald_camp-david-new-chapter_2023-08-20 "
     "kyodo_camp-david-trilateral_2023-08-19 "
     "nhkworld_japan-us-south-korea-summit_2023-08-19 "
     "nikkeiasia_camp-david-durability-test_2023-08-21 "
     "yonhap_yoon-biden-kishida-annual-summit_2023-08-19"),
    ("biden-kishida-yoon-2023-camp-david-asia", "south-korea-president", "Yoon Suk Yeol",
     "japantimes_camp-david-new-era_2023-08-19 joongangdaily_camp-david-live_2023-08-19 "
     "koreaherald_camp-david-new-chapter_2023-08-20 "
     "kyodo_camp-david-trilateral_2023-08-19 "
     "nhkworld_japan-us-south-korea-summit_2023-08-19 "
     "nikkeiasia_camp-david-durability-test_2023-08-21 "
     "yonhap_yoon-biden-kishida-annual-summit_2023-08-19"),
    ("g20-seoul-2010", "summit-date", "2010-11-12 (Friday)",
     "ap_obama-g20-seoul-no-trade-deal_2010-11-12 bbc_g20-seoul-summit-live_2010-11-12 "
     "koreaherald_seoul-summit-currency-imf-deal_2010-11-12 "
     "reuters_g20-currency-truce-imbalances_2010-11-12 "
     "xinhua_hu-jintao-g20-seoul-speech_2010-11-12 "
     "yonhap_g20-leaders-wrap-up-seoul-summit_2010-11-12"),
    ("g20-seoul-2010", "china-president", "Hu Jintao",
     "ap_obama-g20-seoul-no-trade-deal_2010-11-12 bbc_g20-seoul-summit-live_2010-11-12 "
     "bloomberg_g20-leaders-defer-imbalance-limits_2010-11-12 "
     "reuters_g20-currency-truce-imbalances_2010-11-12 "
     "xinhua_hu-jintao-g20-seoul-speech_2010-11-12 "
     "yonhap_g20-leaders-wrap-up-seoul-summit_2010-11-12"),
    ("eu-summit-june-2016-brexit", "count-leaders", "27",
     "bbc_eu-leaders-meet-without-uk_2016-06-29 "
     "dw_merkel-no-cherry-picking-eu27_2016-06-29 "
     "euronews_eu27-meet-without-britain-sturgeon_2016-06-29 "
     "irishtimes_kenny-eu-partners-understand-irish-concerns_2016-06-30 "
     "reuters_eu-no-single-market-without-free-movement_2016-06-29"),
    ("eu-summit-june-2016-brexit", "european-council-president", "Donald Tusk",
     "bbc_eu-leaders-meet-without-uk_2016-06-29 "
     "dw_merkel-no-cherry-picking-eu27_2016-06-29 "
     "euronews_eu27-meet-without-britain-sturgeon_2016-06-29 "
     "irishtimes_kenny-eu-partners-understand-irish-concerns_2016-06-30 "
     "politico_david-camerons-last-supper_2016-06-29 "
     "reuters_eu-no-single-market-without-free-movement_2016-06-29"),
    ("eu-canada-ceta-2016", "count-countries-european-union", "28",
     "afp_eu-canada-sign-trade-deal_2016-10-30 "
     "brusselstimes_ceta-finally-signed_2016-10-31 "
     "cbc_trudeau-signs-ceta-brussels_2016-10-30 euronews_ceta-signing-live_2016-10-30 "
     "globeandmail_trudeau-signs-ceta-brussels_2016-10-30 "
     "politico_ceta-signed-wallonia-scars_2016-10-30 "
     "reuters_eu-canada-sign-ceta_2016-10-30"),
    ("eu-canada-ceta-2016", "canada-prime-minister", "Justin Trudeau",
     "afp_eu-canada-sign-trade-deal_2016-10-30 "
     "brusselstimes_ceta-finally-signed_2016-10-31 "
     "cbc_trudeau-signs-ceta-brussels_2016-10-30 euronews_ceta-signing-live_2016-10-30 "
     "globeandmail_trudeau-signs-ceta-brussels_2016-10-30 "
     "politico_ceta-signed-wallonia-scars_2016-10-30 "
     "reuters_eu-canada-sign-ceta_2016-10-30"),
    ("eu-canada-ceta-2016", "belgium-prime-minister", "Charles Michel",
     "afp_eu-canada-sign-trade-deal_2016-10-30 "
     "brusselstimes_ceta-finally-signed_2016-10-31 "
     "cbc_trudeau-signs-ceta-brussels_2016-10-30 euronews_ceta-signing-live_2016-10-30 "
     "globeandmail_trudeau-signs-ceta-brussels_2016-10-30 "
     "politico_ceta-signed-wallonia-scars_2016-10-30 "
     "reuters_eu-canada-sign-ceta_2016-10-30"),
    ("macron-trump-washington-2025-02-24", "france-president", "Emmanuel Macron",
     "ap_macron-trump-ukraine-europe_2025-02-24 cnn_macron-trump-white-house_2025-02-24 "
     "france24_macron-washington-analysis_2025-02-25 "
     "guardian_macron-trump-live_2025-02-24 "
     "reuters_macron-trump-ukraine-peace_2025-02-24"),
    ("macron-trump-washington-2025-02-24", "united-kingdom-prime-minister", "Keir Starmer",
     "ap_macron-trump-ukraine-europe_2025-02-24 cnn_macron-trump-white-house_2025-02-24 "
     "france24_macron-washington-analysis_2025-02-25 "
     "guardian_macron-trump-live_2025-02-24 lemonde_macron-trump-white-house_2025-02-25 "
     "politico_macron-trump-oval-office_2025-02-24 "
     "reuters_macron-trump-ukraine-peace_2025-02-24"),
    ("biden-zelensky-kyiv-2023", "count-tanks-m1", "31",
     "ap_biden-kyiv-surprise-visit_2023-02-20 bbc_biden-kyiv-surprise-visit_2023-02-20 "
     "kyivindependent_biden-arrives-in-kyiv_2023-02-20 "
     "politico_biden-kyiv-trip-message_2023-02-21"),
    ("biden-zelensky-kyiv-2023", "ukraine-president", "Volodymyr Zelensky",
     "ap_biden-kyiv-surprise-visit_2023-02-20 bbc_biden-kyiv-surprise-visit_2023-02-20 "
     "cnn_biden-kyiv-visit-live-updates_2023-02-20 "
     "kyivindependent_biden-arrives-in-kyiv_2023-02-20 "
     "politico_biden-kyiv-trip-message_2023-02-21 "
     "reuters_biden-kyiv-visit-aid_2023-02-20 "
     "ukrinform_zelensky-biden-talks-kyiv_2023-02-20"),
    ("biden-zelensky-kyiv-2023", "poland-president", "Andrzej Duda",
     "ap_biden-kyiv-surprise-visit_2023-02-20 bbc_biden-kyiv-surprise-visit_2023-02-20 "
     "cnn_biden-kyiv-visit-live-updates_2023-02-20 "
     "kyivindependent_biden-arrives-in-kyiv_2023-02-20 "
     "politico_biden-kyiv-trip-message_2023-02-21 "
     "reuters_biden-kyiv-visit-aid_2023-02-20 "
     "ukrinform_zelensky-biden-talks-kyiv_2023-02-20"),
    ("nato-riga-2006", "count-troops-nato", "32,000",
     "bbc_nato-afghan-deal-riga_2006-11-29 "
     "dw_merkel-emergency-help-afghanistan_2006-11-29 "
     "guardian_nato-riga-summit-live_2006-11-29 "
     "reuters_nato-afghan-emergency-aid_2006-11-29"),
    ("nato-riga-2006", "france-president", "Jacques Chirac",
     "bbc_nato-afghan-deal-riga_2006-11-29 "
     "dw_merkel-emergency-help-afghanistan_2006-11-29 "
     "guardian_nato-riga-summit-live_2006-11-29 "
     "reuters_nato-afghan-emergency-aid_2006-11-29 "
     "rferl_riga-summit-eastern-neighbors_2006-11-27"),
]


@pytest.mark.parametrize(("folder", "claim", "value", "sources"), AGREED)
def test_facts_the_outlets_share_are_agreed(audited, folder, claim, value, sources):
    claims = {c.id: c for c in audited[folder].claims}
    assert claim in claims, sorted(claims)
    found = claims[claim]
    assert found.status is Status.AGREED
    assert found.values[0].value == value
    assert found.values[0].sources == tuple(sources.split())
