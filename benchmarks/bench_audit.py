#!/usr/bin/env python3
"""Benchmark: summitcheck on archives of 100, 1,000 and 10,000 articles.

    .venv/bin/python benchmarks/bench_audit.py [--sizes 100,1000,10000] [--jobs N]

Corpora are generated from corpus/ (benchmarks/corpusgen.py) in a temporary
folder. For each size it prints the audit's wall time (json to a file, no
cache), articles/s, MB/s and peak memory (all processes), next to a plain
regular-expression scan of the same files measured in the same run (one
process and N processes), so the ratio holds on a noisy machine. Then: cost
growth between sizes, a re-audit after one file changed (cache), start-up
(`--help`, the five-file corpus), dateparser's search_dates over the 1,000
articles (time and dates found), and the planted-error detection rate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import corpusgen  # noqa: E402

BIN = Path(sys.executable).parent
SUMMITCHECK = [str(BIN / "summitcheck")] if (BIN / "summitcheck").exists() else [
    sys.executable, "-m", "summitcheck"]

# ------------------------------------------------------------ the plain scan
# What any tool reading these files must at least do: read, decode, and run one
# regular expression per kind of thing looked for (figures, dates, times,
# capitalised names). Each starts with a literal or a character class.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
SCAN = [
    re.compile(r"[£$€]\s?\d[\d,. ]*(?:\s?(?:billion|million|thousand|bn|m)\b)?"
               r"|\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per cent|billion|million|thousand))?"),
    re.compile(rf"\b(?:(?:{_MONTHS})\s+\d{{1,2}}\b(?:,\s+\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})\b"
               rf"|(?:{_DAYS})\b)"),
    re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[AP]M|GMT|UTC|[A-Z]{2,4})?"),
    re.compile(r"\b[A-Z][\w'-]+(?:\s+(?:of\s+|von\s+der\s+)?[A-Z][\w'-]+)+"),
]


def _scan_files(paths: list[str]) -> int:
    found = 0
    for p in paths:
        text = Path(p).read_bytes().decode("utf-8")
        for pattern in SCAN:
            found += sum(1 for _ in pattern.finditer(text))
    return found


def plain_scan(folder: Path, processes: int) -> float:
    paths = sorted(str(p) for p in folder.rglob("*.txt"))
    t = time.perf_counter()
    if processes == 1:
        _scan_files(paths)
    else:
        slices = [paths[i::processes] for i in range(processes)]
        with Pool(processes) as pool:
            pool.map(_scan_files, slices)
    return time.perf_counter() - t


# ------------------------------------------------------------ running the CLI


def _tree_rss(root: int) -> int:
    """Resident memory of a process and its descendants, in bytes."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                todo.extend(int(x) for x in f.read().split())
        except (OSError, ValueError):
            pass
    return total


def run(args: list[str], out: Path | None = None, env: dict[str, str] | None = None
        ) -> tuple[float, int, int]:
    """(wall seconds, peak memory of all its processes in bytes, exit status)."""
    sink = open(out, "wb") if out else subprocess.DEVNULL
    peak = [0]
    t = time.perf_counter()
    proc = subprocess.Popen([*SUMMITCHECK, *args], stdout=sink, stderr=subprocess.PIPE,
                            env={**os.environ, **env} if env else None)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if out:
        sink.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"summitcheck {' '.join(args)} failed: {proc.stderr.read().decode()}")
    return wall, max(peak[0], usage.ru_maxrss * 1024), proc.returncode


def best(args: list[str], times: int = 5, env: dict[str, str] | None = None) -> float:
    return min(run(args, env=env)[0] for _ in range(times))


# ------------------------------------------------------------ dates found


def score_dates(articles: list[corpusgen.Article], found: dict[str, list[tuple[int, int, dt.date]]]
                ) -> tuple[int, int, int]:
    """(right, wrong, missed) over the date expressions written in the articles."""
    right = wrong = missed = 0
    for a in articles:
        hits = found.get(a.name, [])
        for s, e, truth in a.dates:
            over = [d for hs, he, d in hits if hs < e and s < he]
            if truth in over:
                right += 1
            elif over:
                wrong += 1
            else:
                missed += 1
    return right, wrong, missed


def summitcheck_dates(folder: Path) -> dict[str, list[tuple[int, int, dt.date]]]:
    proc = subprocess.run([*SUMMITCHECK, "extract", str(folder), "--no-cache"], capture_output=True,
                          check=True, text=True)
    found: dict[str, list] = {}
    prefix = str(folder).rstrip("/") + "/"
    paths = {}
    for line in proc.stdout.splitlines():
        r = json.loads(line)
        if r["record"] == "source":
            paths[r["id"]] = r["path"].removeprefix(prefix)
        elif r["kind"] == "date" and r["value"]["type"] == "day":
            found.setdefault(paths[r["source"]], []).append(
                (r["start"], r["end"], dt.date.fromisoformat(r["value"]["date"])))
    return found


def date_layer(folder: Path, articles: list[corpusgen.Article]) -> float:
    """summitcheck's date finding alone, in this process: read, parse, extract dates."""
    from summitcheck.candidates import keyword_sets
    from summitcheck.corpus import decode_source
    from summitcheck.extract import dates
    from summitcheck.extract.context import Context, vocab_for
    from summitcheck.rules import load_rules

    rules = load_rules(folder / "rules.yaml")
    vocab, keywords = vocab_for(rules), keyword_sets(rules)
    t = time.perf_counter()
    for a in articles:
        source = decode_source((folder / a.name).read_bytes(), folder / a.name, a.name, a.name, rules)
        dates.extract(Context(source, rules, vocab, keywords))
    return time.perf_counter() - t


def search_dates_all(folder: Path, articles: list[corpusgen.Article]) -> tuple[float, dict]:
    from dateparser.search import search_dates

    found: dict[str, list] = {}
    t = time.perf_counter()
    for a in articles:
        text = (folder / a.name).read_text(encoding="utf-8")
        ref = a.published or corpusgen.EVENT
        base = dt.datetime(ref.year, ref.month, ref.day, 12)
        hits = search_dates(text, languages=["en"],
                            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        pos, spans = 0, []
        for sub, when in hits:
            i = text.find(sub, pos)
            if i < 0:
                continue
            spans.append((i, i + len(sub), when.date()))
            pos = i + len(sub)
        found[a.name] = spans
    return time.perf_counter() - t, found


# ------------------------------------------------------------ report


def name_resolution(count: int) -> float:
    """Seconds to resolve `count` distinct made-up full names to people (the fuzzy
    step of grouping: each new spelling compared with the surnames of its block)."""
    import random

    from summitcheck.normalize.names import PeopleIndex
    from summitcheck.rules import parse_rules_text

    rnd = random.Random(count)
    parts = ["ka", "ro", "mi", "sen", "tor", "vel", "an", "dre", "ber", "lin", "ova", "ski", "ez",
             "ton", "ham", "ley", "ch", "ul", "ri", "go"]

    def word() -> str:
        return "".join(rnd.choice(parts) for _ in range(rnd.randint(2, 4))).capitalize()

    names = [f"{word()} {word()}" for _ in range(count)]
    index = PeopleIndex(parse_rules_text(""))
    t = time.perf_counter()
    for i, name in enumerate(names):
        index.add_full(name, f"s{i % 1000}")
    return time.perf_counter() - t


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def machine() -> str:
    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({model}), "
            f"Python {platform.python_version()}, load average {load}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--dateparser-size", type=int, default=1000,
                    help="articles for the search_dates comparison (0: skip)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per size; the best is shown")
    ap.add_argument("--no-mutations", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora")
    opts = ap.parse_args()
    sizes = [int(x) for x in opts.sizes.split(",")]
    jobs = opts.jobs
    tmp = Path(tempfile.mkdtemp(prefix="summitcheck-bench-"))
    print(f"machine: {machine()}")
    print(f"summitcheck: {' '.join(SUMMITCHECK)} (--jobs {jobs}); corpora in {tmp}; "
          f"best of {opts.repeat} runs\n")
    header = (f"{'articles':>9} {'size':>8} {'audit':>8} {'art/s':>8} {'MB/s':>6} {'peak mem':>9} "
              f"{'scan x1':>8} {'scan x' + str(jobs):>8} {'ratio':>6}")
    print(header)
    print("-" * len(header))
    walls: dict[int, float] = {}
    corpora: dict[int, tuple[Path, list]] = {}
    for n in sizes:
        folder = tmp / f"c{n}"
        articles = corpusgen.generate(folder, n)
        corpora[n] = (folder, articles)
        size = sum(p.stat().st_size for p in folder.rglob("*.txt"))
        # interleaved, best of --repeat: another process taking a CPU for a while
        # slows one run, not all of them
        scan1 = scan_n = wall = float("inf")
        peak = 0
        for _ in range(opts.repeat):
            scan1 = min(scan1, plain_scan(folder, 1))
            scan_n = min(scan_n, plain_scan(folder, jobs))
            w, p, _ = run(["audit", str(folder), "--format", "json", "--no-cache",
                           "--jobs", str(jobs)], tmp / f"audit{n}.json")
            wall, peak = min(wall, w), max(peak, p)
        walls[n] = wall
        print(f"{n:>9,} {mb(size):>8} {wall:>7.2f}s {n / wall:>8,.0f} {size / 1e6 / wall:>6.1f} "
              f"{mb(peak):>9} {scan1:>7.2f}s {scan_n:>7.2f}s {wall / scan_n:>5.2f}x")
    print("  (ratio: audit time over the plain scan in the same number of processes; target <= 2)")
    for a, b in zip(sizes, sizes[1:], strict=False):
        print(f"growth {a:,} -> {b:,} articles: time x{walls[b] / walls[a]:.1f} "
              f"for x{b / a:.0f} the articles (target for 1,000 -> 10,000: <= 11)")

    big = max(sizes)
    folder, articles = corpora[big]
    cache = tmp / "cache"
    cold, _, _ = run(["audit", str(folder), "--format", "json", "--cache", str(cache),
                      "--jobs", str(jobs)], tmp / "cold.json")
    warm, _, _ = run(["audit", str(folder), "--format", "json", "--cache", str(cache)],
                     tmp / "warm.json")
    one = folder / articles[len(articles) // 2].name
    one.write_text(one.read_text(encoding="utf-8").replace("summit", "Summit", 1), encoding="utf-8")
    changed, _, _ = run(["audit", str(folder), "--format", "json", "--cache", str(cache)],
                        tmp / "changed.json")
    same = (tmp / "cold.json").read_bytes() == (tmp / f"audit{big}.json").read_bytes() == (
        tmp / "warm.json").read_bytes()
    print(f"\nre-audit of {big:,} articles (json): cache filled {cold:.2f}s, nothing changed "
          f"{warm:.2f}s, one article changed {changed:.2f}s (target < 1 s); "
          f"output identical to --no-cache: {same}")
    # every format, each after another article changed: a format's own cost at this size
    # (the table's list of sources once compared every id with every other: 20 s)
    timed = []
    for k, fmt in enumerate(["plain", "csv", "markdown", "table"]):
        one = folder / articles[len(articles) // 2 + 1 + k].name
        one.write_text(one.read_text(encoding="utf-8").replace("summit", "Summit", 1), encoding="utf-8")
        wall, _, _ = run(["audit", str(folder), "--format", fmt, "--cache", str(cache)])
        timed.append(f"{fmt} {wall:.2f}s")
    print(f"  one article changed, other formats: {', '.join(timed)}")

    small, large = name_resolution(5000), name_resolution(20000)
    print(f"\nname resolution (grouping's fuzzy step), distinct made-up names: 5,000 in {small:.2f}s, "
          f"20,000 in {large:.2f}s (x{large / small:.1f} for x4 the names: a new spelling is compared "
          f"only with the surnames of its block, same first letter and a length that can match, "
          f"but blocks grow with the names)")

    print(f"\nsummitcheck --help: {best(['--help']) * 1000:.0f} ms (target < 200 ms)")
    five = ['audit', str(ROOT / 'corpus')]
    print(f"audit of the five-file corpus: {best([*five, '--no-cache']) * 1000:.0f} ms without the "
          f"corpus's cache, {best(five) * 1000:.0f} ms with it (target < 500 ms); "
          f"{best([*five, '--no-cache'], env={'SUMMITCHECK_PATTERNS': 'off'}) * 1000:.0f} ms with "
          f"nothing kept, every pattern compiled (SUMMITCHECK_PATTERNS=off)")

    # extraction must stay linear in an article, even one whose sentence never ends (a
    # figure, date or name once read its whole sentence: quadratic there)
    line = tmp / "one-line"
    line.mkdir(exist_ok=True)
    timings = []
    for what, piece in (("shares", "and 5% of GDP on defence "), ("dates", "the summit on Monday, March 3 "),
                        ("names", "President Emmanuel Macron and ")):
        times = []
        for n in (1000, 4000):
            (line / "a.txt").write_text(piece * n + "\n", encoding="utf-8")
            times.append(best(["audit", str(line), "--no-cache", "--rules", str(ROOT / "rules.yaml")], 2))
        timings.append(f"{what} {times[0]:.2f}s -> {times[1]:.2f}s")
    print(f"one article in one sentence, 1,000 -> 4,000 mentions (x4): {', '.join(timings)}")

    if opts.dateparser_size:
        n = opts.dateparser_size
        if n not in corpora:
            corpora[n] = (tmp / f"c{n}", corpusgen.generate(tmp / f"c{n}", n))
        folder, articles = corpora[n]
        ours1, _, _ = run(["audit", str(folder), "--format", "json", "--no-cache", "--jobs", "1"])
        ours_n, _, _ = run(["audit", str(folder), "--format", "json", "--no-cache", "--jobs", str(jobs)])
        theirs, found = search_dates_all(folder, articles)
        layer = date_layer(folder, articles)
        written = sum(len(a.dates) for a in articles)
        r_ours = score_dates(articles, summitcheck_dates(folder))
        r_theirs = score_dates(articles, found)
        print(f"\ndateparser.search.search_dates over {n:,} articles: {theirs:.1f}s; summitcheck audit "
              f"{ours1:.2f}s in one process ({theirs / ours1:.0f}x faster), {ours_n:.2f}s with "
              f"--jobs {jobs} ({theirs / ours_n:.0f}x faster) (target >= 50x); its date finding alone "
              f"(read, parse, dates.py; one process) {layer:.2f}s ({theirs / layer:.0f}x faster)")
        print(f"  of {written:,} dates written (month-day or weekday): summitcheck right {r_ours[0]:,}, "
              f"wrong {r_ours[1]:,}, missed {r_ours[2]:,}; search_dates right {r_theirs[0]:,}, "
              f"wrong {r_theirs[1]:,}, missed {r_theirs[2]:,}")
        extra = sum(1 for a in articles for s, e, _ in found.get(a.name, [])
                    if not any(s < ge and gs < e for gs, ge, _ in a.dates))
        print(f"  search_dates also called {extra:,} other spans dates ('now', 'on', 'may', datelines...)")

    if not opts.no_mutations:
        from summitcheck.rules import load_rules
        from tests.mutations import check, mutations

        rules = load_rules(ROOT / "rules.yaml")
        planted = mutations(ROOT / "corpus", rules)
        work = tmp / "mutations"
        caught = sum(check(m, ROOT / "corpus", rules, work, work / "cache") is None for m in planted)
        kinds = ", ".join(f"{k} {sum(m.kind == k for m in planted)}"
                          for k in ("figure", "name", "date", "time"))
        rate = 100 * caught / len(planted)
        print(f"\nplanted errors caught: {caught}/{len(planted)} ({rate:.0f}%; {kinds})")
        # the same generator on real outlets' coverage (tests/data/coverage), with the rules
        # tests/test_coverage.py audits each folder with; misses there are the documented
        # limits (README: planted errors)
        from summitcheck.rules import parse_rules_text

        coverage = ROOT / "tests" / "data" / "coverage"
        for name, folder_rules in (("london", rules), ("hague", parse_rules_text("")),
                                   ("alaska", parse_rules_text(""))):
            planted = mutations(coverage / name, folder_rules)
            work = tmp / f"mutations-{name}"
            missed = [m for m in planted
                      if check(m, coverage / name, folder_rules, work, work / "cache") is not None]
            counts = {k: (sum(m.kind == k for m in planted), sum(m.kind == k for m in missed))
                      for k in ("figure", "name", "date", "time")}
            by_kind = ", ".join(f"{k} {n - lost}/{n}" for k, (n, lost) in counts.items() if n)
            print(f"  on {name}'s coverage (real articles): {len(planted) - len(missed)}/{len(planted)} "
                  f"({by_kind})")
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if not opts.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
