"""The command line: parse options, call the library, render, return an exit status."""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .errors import CorpusError, RulesError, SummitcheckError
from .models import ExitStatus, Status

MAX_BYTES = 5_000_000  # corpus.MAX_BYTES, repeated so that --help imports nothing heavy
_STABLE_FORMATS = {"json", "plain", "csv", "markdown"}  # reportcache.STABLE_FORMATS, likewise

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Check that news articles about a summit agree on figures, office-holders and dates.",
)
rules_app = typer.Typer(no_args_is_help=True, help="Check or list the effective rules.")
app.add_typer(rules_app, name="rules")


class Format(StrEnum):
    table = "table"
    plain = "plain"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class FailOn(StrEnum):
    disputed = "disputed"
    single_source = "single-source"
    never = "never"


def reports_trouble(fn):
    """Library errors become one line on stderr and exit status 2, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except RulesError as e:
            # the same lines as `summitcheck rules check`: FILE:LINE:COLUMN: rule 'ID': message
            for line in e.lines():
                print(_escape(line), file=sys.stderr)
            raise typer.Exit(int(ExitStatus.TROUBLE)) from None
        except SummitcheckError as e:
            _say(f"error: {e}")
            raise typer.Exit(int(ExitStatus.TROUBLE)) from None

    return wrapper


def _use_color(choice: Color, stream) -> bool:
    if choice is Color.always:
        return True
    if choice is Color.never or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def exit_status(statuses: Iterable[Status], fail_on: FailOn) -> ExitStatus:
    """The exit status of a report whose claims have these statuses."""
    statuses = set(statuses)
    if fail_on is FailOn.disputed and Status.DISPUTED in statuses:
        return ExitStatus.DISPUTED
    if fail_on is FailOn.single_source and statuses & {Status.DISPUTED, Status.SINGLE}:
        return ExitStatus.DISPUTED
    return ExitStatus.OK


JobsOption = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, help="Worker processes (default: one per CPU; a small corpus is "
    "read in-process). The output is the same whatever the number.")]
CacheOption = Annotated[Path | None, typer.Option(
    "--cache", help="Cache folder of extracted mentions (default: .summitcheck-cache beside "
    "the corpus folder).")]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
RulesOption = Annotated[Path | None, typer.Option(
    "--rules", help="rules.yaml to use (default: found as audit finds it).")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-bytes", min=1, help="Skip files larger than this many bytes.")]


def _cache_dir(corpus: Path, cache: Path | None, no_cache: bool) -> Path | None:
    """The cache folder to use, made if need be. One that cannot be made is not used and
    one that cannot be written is only read, each said in a warning: the audit is the
    same, but a re-audit extracts everything again and the user should know why."""
    from .cache import default_folder

    if no_cache:
        return None
    folder = cache or default_folder(corpus)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        why = "not a folder" if isinstance(e, FileExistsError) else e.strerror or str(e)
        _say(f"warning: cache {folder}: {why}; audited without it (--no-cache: no warning)")
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        _say(f"warning: cache {folder}: cannot be written; read only, nothing extracted now is kept "
             "(--no-cache: no warning)")
    return folder


@app.command()
@reports_trouble
def audit(
    corpus: Annotated[Path | None, typer.Argument(
        help="Folder of articles (.txt, .md, .html); not needed with --mentions.")] = None,
    rules: Annotated[Path | None, typer.Option(
        "--rules", help="rules.yaml to use (default: the corpus folder's or a parent's, "
        "then ./rules.yaml, then $SUMMITCHECK_RULES; else the built-in pack).")] = None,
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, plain when piped).",
    )] = None,
    color: Annotated[Color, typer.Option("--color", help="Colour in the table.")] = Color.auto,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="What makes the exit status 1.")] = FailOn.disputed,
    max_bytes: MaxBytesOption = MAX_BYTES,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Say which rules file is used and which files are ignored.")] = False,
    jobs: JobsOption = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    mentions: Annotated[Path | None, typer.Option(
        "--mentions", help="Group the mentions of `summitcheck extract` output (a file, or - "
        "for standard input) instead of reading a corpus.")] = None,
) -> None:
    """Audit every article in CORPUS: agreed, disputed and single-source claims.

    Exit status: 0 nothing disputed, 1 something disputed (see --fail-on), 2 trouble.
    """
    from .rules import find_rules, load_rules

    # grouping and the renderers are imported only when a report is made: a kept
    # report is written without them (a fifth of a second of imports)
    if (corpus is None) == (mentions is None):
        raise SummitcheckError("give either a corpus folder or --mentions FILE")
    where = corpus if corpus is not None else Path(mentions).parent
    rules_path = find_rules(where, rules)
    effective = load_rules(rules_path)
    if verbose:
        _say(f"rules: {rules_path if rules_path else 'the built-in pack only'}")
    out = sys.stdout
    chosen = fmt or (Format.table if out.isatty() else Format.plain)
    cache_dir = _cache_dir(corpus, cache, no_cache) if corpus is not None else None
    report = result = None
    if mentions is not None:
        from .audit import audit_mentions

        result = audit_mentions(_read_mentions(mentions), effective)
    elif cache_dir is not None and chosen.value in _STABLE_FORMATS:
        from .reportcache import audit_report

        # a report of a stable format is kept whole: an unchanged corpus is not read again
        report = audit_report(corpus, effective, chosen.value, cache_dir,
                              display=str(corpus).rstrip("/") or ".", jobs=jobs, max_bytes=max_bytes)
    else:
        from .audit import audit_folder

        result = audit_folder(corpus, effective, display=str(corpus).rstrip("/") or ".", jobs=jobs,
                              cache_dir=cache_dir, max_bytes=max_bytes)
    said = report if report is not None else result
    if verbose:
        for path, why in said.ignored:
            _say(f"ignored: {path}: {why}")
    for warning in said.warnings:
        _say(f"warning: {warning}")
    if report is not None:
        report.write(out)
        statuses = report.statuses
    else:
        from .report import FORMATS, RenderOptions

        options = RenderOptions(color=_use_color(color, out) and chosen is Format.table)
        FORMATS[chosen.value](result, out, options)
        statuses = frozenset(c.status for c in result.claims)
    out.flush()
    raise typer.Exit(int(exit_status(statuses, fail_on)))


@app.command("show-text")
@reports_trouble
def show_text(
    file: Annotated[Path, typer.Argument(help="One article file (.txt, .md, .html).")],
    rules: RulesOption = None,
    max_bytes: MaxBytesOption = MAX_BYTES,
) -> None:
    """Print the text the rules see, with line numbers: the article text of an HTML
    page, the decoded text of any other file. A mark after the number says which
    lines are left out of the claims: 'x' wholly (boilerplate, dateline, front
    matter), '~' in part."""
    import datetime as dt

    from .corpus import load_source
    from .report.common import safe
    from .rules import find_rules, load_rules

    if not file.is_file():
        raise CorpusError("not a file", str(file))
    effective = load_rules(find_rules(file.parent, rules))
    source = load_source(file, file.stem, str(file), effective, max_bytes)
    if source.skipped:
        raise CorpusError(f"cannot show it: {source.skipped}", str(file))
    facts = [f"format {source.format}", f"encoding {source.encoding}"]
    if source.published:
        facts.append(f"published {source.published.astimezone(dt.UTC).isoformat()}")
    if source.title:
        facts.append(f"title {source.title}")
    out = sys.stdout
    out.write(safe(f"# {file}: {', '.join(facts)}") + "\n")
    for number, (start, end, mark) in enumerate(source.line_marks(), start=1):
        line = source.text[start:end].rstrip("\r\n")
        out.write(f"{number:>5} {mark} {safe(line)}\n")
    for warning in source.warnings:
        _say(f"warning: {warning}")


def _write_utf8(out, data: bytes) -> None:
    """Text encoded in UTF-8, written as the stream would write it decoded."""
    encoding = (getattr(out, "encoding", None) or "").lower().replace("_", "-")
    if encoding in ("utf-8", "utf8") and getattr(out, "errors", None) == "strict" and hasattr(
            out, "buffer"):
        out.flush()
        out.buffer.write(data)  # a report is tens of megabytes: no decoding, no copy
    else:
        out.write(data.decode("utf-8", "surrogateescape"))


def _read_mentions(path: Path):
    from .records import read_jsonl

    if str(path) == "-":
        return read_jsonl(sys.stdin, "<stdin>")
    try:
        with open(path, encoding="utf-8") as f:
            return read_jsonl(f, str(path))
    except FileNotFoundError:
        raise SummitcheckError("mentions file not found", str(path)) from None
    except UnicodeDecodeError:
        raise SummitcheckError("mentions file is not UTF-8", str(path)) from None


@app.command()
@reports_trouble
def extract(
    corpus: Annotated[Path, typer.Argument(help="Folder of articles (.txt, .md, .html).")],
    rules: RulesOption = None,
    jobs: JobsOption = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    max_bytes: MaxBytesOption = MAX_BYTES,
) -> None:
    """Write every source and mention of CORPUS as JSON lines (for audit --mentions)."""
    from .pipeline import extract_corpus
    from .records import write_jsonl
    from .rules import find_rules, load_rules

    effective = load_rules(find_rules(corpus, rules))
    found = extract_corpus(corpus, effective, display=str(corpus).rstrip("/") or ".", jobs=jobs,
                           cache_dir=_cache_dir(corpus, cache, no_cache), max_bytes=max_bytes)
    for warning in found.warnings:
        _say(f"warning: {warning}")
    write_jsonl(found.sources, found.mentions, sys.stdout)
    sys.stdout.flush()


@rules_app.command("check")
@reports_trouble
def rules_check(
    file: Annotated[Path, typer.Argument(help="The rules file to validate.")] = Path("rules.yaml"),
) -> None:
    """Validate a rules file: every problem as FILE:LINE:COLUMN: rule 'ID': message."""
    from .rules import check
    from .yamlpos import load_located

    loc = load_located(file, str(file))
    problems = check(loc)
    for p in problems:
        print(_escape(str(p)), file=sys.stderr)
    if problems:
        raise typer.Exit(int(ExitStatus.TROUBLE))
    print(_escape(f"{file}: ok"))


@rules_app.command("list")
@reports_trouble
def rules_list(
    file: Annotated[Path | None, typer.Argument(help="rules file (default: as audit finds it)."
                                                )] = None,
) -> None:
    """Print the effective rules (built-in pack plus the file) as a table."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .rules import find_rules, load_rules

    path = file if file is not None else find_rules(Path.cwd(), None)
    rules = load_rules(path)
    table = Table(title=f"rules: {path or 'built-in pack only'}", title_justify="left")
    for col in ("section", "id", "label", "from"):
        table.add_column(col, overflow="fold")
    for section, entries in rules.sections.items():
        for e in entries:
            where = f"{e.path}:{e.line}" if e.line else e.path
            table.add_row(section, Text(_escape(e.id)), Text(_escape(str(e.label))), Text(_escape(where)))
    Console(markup=False, highlight=False).print(table)


def _say(message: str) -> None:
    """One line on stderr; article text and file names in it are escaped."""
    print(f"summitcheck: {_escape(message)}", file=sys.stderr)


def _escape(text: str) -> str:
    from .report.common import safe  # imported late: --help stays fast

    return safe(text)


def main(argv: list[str] | None = None) -> int:
    """Console entry point: every error is one line on stderr and exit status 2."""
    # An audit keeps hundreds of thousands of small objects to the end and makes
    # almost no reference cycles (a few an article); with the default thresholds the
    # collector walks them all again and again (a third of the time of grouping
    # 10,000 articles), and every 100,000 it still costs a re-audit a tenth of a second.
    gc.set_threshold(1_000_000, 50, 1000)
    try:
        # without standalone mode, an Exit raised by a command comes back as its code
        code = app(args=argv, prog_name="summitcheck", standalone_mode=False)
    except SummitcheckError as e:
        _say(f"error: {e}")
        return int(ExitStatus.TROUBLE)
    except typer.Exit as e:
        return e.exit_code
    except typer.Abort:
        print("summitcheck: aborted", file=sys.stderr)
        return int(ExitStatus.TROUBLE)
    except typer.TyperException as e:
        _say(f"error: {e.format_message()}")
        return int(ExitStatus.TROUBLE)
    except BrokenPipeError:
        # the reader (head, less) went away: not our trouble
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitStatus.OK)
    except (OSError, ValueError, RecursionError) as e:
        _say(f"error: {type(e).__name__}: {e}")
        return int(ExitStatus.TROUBLE)
    except Exception as e:  # noqa: BLE001 - a bug of ours: one line and status 2, not a traceback
        _say(f"internal error: {type(e).__name__}: {e} (please report it, with the file)")
        return int(ExitStatus.TROUBLE)
    return code if isinstance(code, int) else int(ExitStatus.OK)


def run() -> None:
    sys.exit(main())
