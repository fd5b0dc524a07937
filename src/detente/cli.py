"""The ``detente`` command: thin commands over the library.

Exit status: 0 when everything succeeded, 1 when some items failed, 2 on usage errors.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from detente import __version__
from detente.errors import ConfigError, DetenteError, NotFound
from detente.settings import SETTINGS, Settings

F = TypeVar("F", bound=Callable[..., Any])


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="PATH|URL",
        help="Database: a SQLite path or a postgresql+psycopg:// URL (env DETENTE_DB; default ./detente.db).",
    )(func)


def _settings(**flags: Any) -> Settings:
    return Settings.load(flags)


@contextmanager
def _errors() -> Iterator[None]:
    """Domain errors become one clean line and an exit status."""
    try:
        yield
    except ConfigError as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    except NotFound as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(1)
    except DetenteError as exc:
        click.echo(f"error: {exc.reason}: {exc.message}", err=True)
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """detente: track the relations between international actors from what they publish."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@cli.command()
@_db_option
def init(db: str | None) -> None:
    """Create the database or migrate it to the newest schema."""
    from detente.store.db import Database

    with _errors():
        database = Database.open(_settings(db=db), migrate=False)
        before = database.revision()
        after = database.migrate()
        verb = "created" if before is None else ("migrated" if before != after else "already at")
        click.echo(f"{verb} schema revision {after} in {_settings(db=db).db_url}")


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--type",
    "doc_type",
    type=click.Choice(["text", "html", "listing", "feed", "warc"]),
    help="Skip type detection.",
)
@click.option("--topic", metavar="SLUG", help="File every ingested item under this topic.")
@click.option("--follow", is_flag=True, help="Fetch and ingest the articles that listing pages link to.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-item error lines.")
@_db_option
def ingest(
    sources: tuple[str, ...],
    doc_type: str | None,
    topic: str | None,
    follow: bool,
    as_json: bool,
    quiet: bool,
    db: str | None,
) -> None:
    """Ingest files, directories, globs or http(s) URLs (text scrapes, HTML, listings, feeds, WARC)."""
    from detente.ingest.detect import DocType
    from detente.pipeline import Ingester
    from detente.progress import progress_listener
    from detente.slugs import slugify
    from detente.store.db import Database

    with _errors():
        settings = _settings(db=db)
        if topic is not None and slugify(topic) != topic:
            raise ConfigError(f"--topic expects a slug such as {slugify(topic)!r}")
        database = Database.open(settings)
        show = settings.progress and not quiet and not as_json
        with progress_listener(enabled=show) as listener:
            ingester = Ingester(
                database,
                settings,
                doc_type=DocType(doc_type) if doc_type else None,
                topic=topic,
                follow=follow,
                listener=listener,
            )
            summary = ingester.run(list(sources))
        if not quiet:
            for problem in summary.problems:
                click.echo(f"error: {problem.line()}", err=True)
        if as_json:
            click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
        else:
            counts = summary.as_dict()
            line = ", ".join(
                f"{counts[k]} {k}" for k in ("ingested", "updated", "unchanged", "duplicates", "rejected")
            )
            click.echo(line)
            for reason, n in sorted(summary.reasons.items()):
                click.echo(f"  rejected {n}: {reason}")
        sys.exit(1 if summary.failed else 0)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--jsonl", "jsonl", is_flag=True, required=True, help="One JSON object per file (the only format)."
)
@click.option("--url", "url", default=None, help="The page's URL (only with a single file).")
def extract(files: tuple[Path, ...], jsonl: bool, url: str | None) -> None:
    """Extract title, date, teaser, body and language from HTML files (.html or .html.gz)."""
    from detente.contracts import extraction_record

    with _errors():
        if not files:
            raise ConfigError("give at least one file")
        if url is not None and len(files) != 1:
            raise ConfigError("--url goes with exactly one file")
        settings = _settings()
        failed = 0
        for path in files:
            record = extraction_record(path, settings, url=url)
            failed += record["status"] != "ok"
            click.echo(json.dumps(record, ensure_ascii=False))
        sys.exit(1 if failed else 0)


@cli.group()
def topics() -> None:
    """List and show topics."""


@topics.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_db_option
def topics_list(as_json: bool, db: str | None) -> None:
    """The topics, with document counts and the newest date."""
    from detente.store.db import Database
    from detente.store.queries import topic_summaries

    with _errors():
        database = Database.open(_settings(db=db))
        with database.read() as conn:
            rows = topic_summaries(conn)
        if as_json:
            data = [
                {
                    "slug": t.slug,
                    "title": t.title,
                    "documents": t.documents,
                    "last_published": t.last_published.isoformat() if t.last_published else None,
                }
                for t in rows
            ]
            click.echo(json.dumps(data, ensure_ascii=False, indent=1))
            return
        for t in rows:
            last = t.last_published.isoformat() if t.last_published else "-"
            click.echo(f"{t.slug}\t{t.title}\t{t.documents} documents\tlatest {last}")


@topics.command("show")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print the topic JSON (the web page's JSON twin).")
@click.option("--page", default=1, type=click.IntRange(min=1), show_default=True)
@click.option("--per-page", default=20, type=click.IntRange(1, 500), show_default=True)
@_db_option
def topics_show(slug: str, as_json: bool, page: int, per_page: int, db: str | None) -> None:
    """One topic: its overview and news items, newest first."""
    from detente.contracts import topic_page
    from detente.store.db import Database

    with _errors():
        database = Database.open(_settings(db=db))
        with database.read() as conn:
            data = topic_page(conn, slug, page=page, per_page=per_page)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False, indent=1))
            return
        click.echo(data["topic"]["title"])
        click.echo(data["topic"]["overview"])
        for item in data["items"]:
            click.echo(f"\n{item['published'] or '-'}  {item['title']}\n  {item['teaser']}")


def _overview(text: str | None, path: Path | None) -> str | None:
    if text is not None and path is not None:
        raise ConfigError("give --overview or --overview-file, not both")
    if path is None:
        return text
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc


_match_option = click.option(
    "--match",
    "match",
    multiple=True,
    metavar="KEYWORDS",
    help="Comma-separated keywords, one of which must occur; repeat for AND (e.g. --match NATO --match Russia,Moscow).",
)


_actors_option = click.option(
    "--actors",
    default=None,
    metavar="CODES",
    help="Comma-separated actor codes that must all take part in one of a document's events (e.g. NATO,RUS).",
)


@topics.command("add")
@click.argument("slug")
@click.option("--title", required=True, help="The topic's title.")
@click.option("--overview", default=None, help="Overview text (Markdown).")
@click.option(
    "--overview-file", type=click.Path(dir_okay=False, path_type=Path), help="Read the overview from a file."
)
@_match_option
@_actors_option
@_db_option
def topics_add(
    slug: str,
    title: str,
    overview: str | None,
    overview_file: Path | None,
    match: tuple[str, ...],
    actors: str | None,
    db: str | None,
) -> None:
    """Create a topic; with --match, existing and future documents that match join it."""
    from detente.model import TopicSpec
    from detente.slugs import slugify
    from detente.store.db import Database
    from detente.store.queries import topic_id_by_slug
    from detente.store.topics import recompute_topic, upsert_topic
    from detente.topics import TopicRule

    with _errors():
        if slugify(slug) != slug:
            raise ConfigError(f"SLUG must look like {slugify(slug)!r}")
        rule = TopicRule.from_options(match, actors=actors)
        text = _overview(overview, overview_file) or ""
        database = Database.open(_settings(db=db))
        with database.write() as conn:
            if topic_id_by_slug(conn, slug) is not None:
                raise ConfigError(f"topic {slug!r} exists; use `detente topics edit`")
            upsert_topic(conn, TopicSpec(slug=slug, title=title, overview=text, rule=rule.dump()))
            added, _ = recompute_topic(conn, slug)
        click.echo(f"added topic {slug}: {rule.describe()}; {added} documents match")


@topics.command("edit")
@click.argument("slug")
@click.option("--title", default=None, help="A new title.")
@click.option("--overview", default=None, help="A new overview (Markdown).")
@click.option(
    "--overview-file", type=click.Path(dir_okay=False, path_type=Path), help="Read the overview from a file."
)
@_match_option
@click.option("--no-match", is_flag=True, help="Drop the keyword groups of the rule.")
@_actors_option
@click.option("--no-actors", is_flag=True, help="Drop the actor part of the rule.")
@_db_option
def topics_edit(
    slug: str,
    title: str | None,
    overview: str | None,
    overview_file: Path | None,
    match: tuple[str, ...],
    no_match: bool,
    actors: str | None,
    no_actors: bool,
    db: str | None,
) -> None:
    """Change a topic's title, overview or rule; membership is recomputed when the rule changes."""
    from sqlalchemy import select, update

    from detente.store.db import Database
    from detente.store.queries import topic_by_slug
    from detente.store.schema import topics as topics_table
    from detente.store.topics import recompute_topic
    from detente.topics import TopicRule

    with _errors():
        if match and no_match:
            raise ConfigError("give --match or --no-match, not both")
        if actors and no_actors:
            raise ConfigError("give --actors or --no-actors, not both")
        text = _overview(overview, overview_file)
        changes: dict[str, str] = {}
        if title is not None:
            changes["title"] = title
        if text is not None:
            changes["overview"] = text
        rule_change = bool(match or no_match or actors or no_actors)
        if not changes and not rule_change:
            raise ConfigError(
                "nothing to change: give --title, --overview(-file), --match/--no-match or --actors/--no-actors"
            )
        database = Database.open(_settings(db=db))
        with database.write() as conn:
            topic = topic_by_slug(conn, slug)
            if rule_change:
                stored = conn.execute(
                    select(topics_table.c.rule).where(topics_table.c.id == topic.id)
                ).scalar_one()
                rule = TopicRule.parse(stored or "")
                if match or no_match:
                    rule = rule.with_groups(list(match))
                if actors or no_actors:
                    rule = rule.with_actors(actors if actors else None)
                changes["rule"] = rule.dump()
            conn.execute(update(topics_table).where(topics_table.c.id == topic.id).values(**changes))
            added, removed = recompute_topic(conn, slug) if "rule" in changes else (0, 0)
        click.echo(
            f"updated topic {slug}: {', '.join(sorted(changes))}; {added} documents joined, {removed} left"
        )


@topics.command("remove")
@click.argument("slug")
@_db_option
def topics_remove(slug: str, db: str | None) -> None:
    """Delete a topic (its documents stay in the store)."""
    from detente.store.db import Database
    from detente.store.topics import remove_topic

    with _errors():
        database = Database.open(_settings(db=db))
        with database.write() as conn:
            remove_topic(conn, slug)
        click.echo(f"removed topic {slug}")


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, type=click.IntRange(1, 500), show_default=True)
@_db_option
def search(query: str, limit: int, db: str | None) -> None:
    """Full-text search over titles and bodies."""
    from detente.store.db import Database
    from detente.store.search import MARK_END, MARK_START
    from detente.store.search import search as run_search

    with _errors():
        database = Database.open(_settings(db=db))
        with database.read() as conn:
            page = run_search(conn, query, limit=limit)
        for hit in page.hits:
            snippet = hit.snippet.replace(MARK_START, "[").replace(MARK_END, "]").replace("\n", " ")
            click.echo(f"{hit.document_id}\t{hit.published or '-'}\t{hit.title}\n\t{snippet}")
        click.echo(f"{page.total} documents match", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, type=click.IntRange(1, 65535), show_default=True, help="Port to listen on."
)
@_db_option
def serve(host: str, port: int, db: str | None) -> None:
    """Serve the topic site (HTML pages with JSON twins, Atom feeds)."""
    from detente.web.server import serve as run_server

    with _errors():
        settings = _settings(db=db)
        click.echo(f"Serving http://{host}:{port}/ from {settings.db_url}", err=True)
        run_server(settings, host=host, port=port)


@cli.command()
@click.argument("path")
@_db_option
def get(path: str, db: str | None) -> None:
    """Run one request in-process and print the body (exit 1 on a non-2xx status)."""
    from detente.web.server import get as run_get

    with _errors():
        if not path.startswith("/"):
            raise ConfigError("PATH must start with / (e.g. /topics/nato-russia-relations.json)")
        status, _content_type, body = run_get(_settings(db=db), path)
        sys.stdout.buffer.write(body)
        if not body.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
        sys.exit(0 if 200 <= status < 300 else 1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@_db_option
def recode(as_json: bool, db: str | None) -> None:
    """Code every stored document again (after a coder or dictionary change)."""
    from detente.recode import recode as run_recode
    from detente.store.db import Database

    with _errors():
        summary = run_recode(Database.open(_settings(db=db)))
        data = summary.as_dict()
        click.echo(json.dumps(data) if as_json else ", ".join(f"{v} {k}" for k, v in data.items()))
        sys.exit(1 if summary.failed else 0)


@cli.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--jsonl", "jsonl", is_flag=True, required=True, help="JSON lines in and out (the only format)."
)
def code(source: Any, jsonl: bool) -> None:
    """Code sentences: reads {"id","text","date","context"?} lines, prints {"id","events":[...]} lines."""
    from detente.coding.document import RecordStream
    from detente.coding.evaluate import run_contract

    with _errors():
        for line in run_contract(source, RecordStream()):
            click.echo(line)


@cli.group("eval")
def eval_group() -> None:
    """Measure detente against gold sets."""


@eval_group.command("coding")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Floors to check (exit 1 below)."
)
@click.option(
    "--update-baseline", is_flag=True, help="Raise the floors in --baseline to the measured figures."
)
@click.option(
    "--allow-lower", is_flag=True, help="With --update-baseline: also lower floors (say why in the commit)."
)
@click.option(
    "--predictions", type=click.File("r", encoding="utf-8"), help="Score these predictions instead of coding."
)
def eval_coding(
    gold: Path, baseline: Path | None, update_baseline: bool, allow_lower: bool, predictions: Any
) -> None:
    """Score the coder on a gold file: type macro/micro-F1, type-set accuracy, triple F1, actor accuracy."""
    from detente.coding import evaluate as ev
    from detente.coding import gold as gold_sets
    from detente.coding.document import RecordStream

    with _errors():
        if allow_lower and not update_baseline:
            raise ConfigError("--allow-lower goes with --update-baseline")
        if update_baseline and baseline is None:
            raise ConfigError("--update-baseline needs --baseline FILE")
        records = gold_sets.load_any(gold)
        if predictions is not None:
            predicted = ev.parse_predictions(predictions)
        else:
            predicted, _ = ev.code_gold(records, RecordStream())
        report = ev.evaluate_gold_set(
            gold_sets.gold_set_name(gold), records, predicted, aside=gold_sets.held_aside
        )
        click.echo(json.dumps(report, indent=1, default=str))
        if baseline is not None and update_baseline:
            for change in ev.update_baseline(report, baseline, allow_lower=allow_lower):
                click.echo(change, err=True)
        elif baseline is not None:
            problems = ev.check_floors(report, ev.read_baseline(baseline))
            for problem in problems:
                click.echo(f"below floor: {problem}", err=True)
            sys.exit(1 if problems else 0)


@cli.group()
def sources() -> None:
    """The source registry: sites detente keeps up to date."""


@sources.command("add")
@click.argument("url")
@click.option(
    "--kind", type=click.Choice(["feed", "listing", "page", "sitemap"]), default="feed", show_default=True
)
@click.option("--topic", metavar="SLUG", help="File this source's documents under a topic.")
@click.option(
    "--every",
    metavar="INTERVAL",
    help="How often to fetch (e.g. 30m, 1h, 1d; default the crawl_interval setting).",
)
@_db_option
def sources_add(url: str, kind: str, topic: str | None, every: str | None, db: str | None) -> None:
    """Register a source; `detente update` fetches it when due."""
    from detente import crawl
    from detente.store.db import Database
    from detente.store.sources import format_interval

    with _errors():
        settings = _settings(db=db)
        src = crawl.add_source(Database.open(settings), settings, url, kind=kind, topic=topic, every=every)
        extra = f", topic {src.topic}" if src.topic else ""
        click.echo(f"added {src.url} ({src.kind}, every {format_interval(src.interval_s)}{extra}), due now")


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_db_option
def sources_list(as_json: bool, db: str | None) -> None:
    """Each source with its health: last fetch, HTTP status, new documents, errors, next due."""
    from detente import crawl
    from detente.store.db import Database

    with _errors():
        rows = [s.as_dict() for s in crawl.list_sources(Database.open(_settings(db=db)))]
        if as_json:
            click.echo(json.dumps(rows, indent=1, default=str))
            return
        for r in rows:
            click.echo(
                f"{r.get('health')}\t{r.get('url')}\t{r.get('kind')}\tlast {r.get('last_fetch_at') or '-'} "
                f"status {r.get('last_status') or '-'}\tnew {r.get('last_new') or 0}\tnext {r.get('next_due') or '-'}"
                f"\tfailures {r.get('failures') or 0}\t{r.get('last_error') or ''}"
            )


@sources.command("remove")
@click.argument("url")
@_db_option
def sources_remove(url: str, db: str | None) -> None:
    """Stop following a source (its documents stay)."""
    from detente import crawl
    from detente.store.db import Database

    with _errors():
        if not crawl.remove_source(Database.open(_settings(db=db)), url):
            raise NotFound(f"source {url} is not registered")
        click.echo(f"removed {url}")


@sources.command("check")
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_db_option
def sources_check(url: str, as_json: bool, db: str | None) -> None:
    """Dry run: what would be fetched for URL, and why or why not."""
    from detente import crawl
    from detente.store.db import Database

    with _errors():
        settings = _settings(db=db)
        report = crawl.check_source(Database.open(settings), settings, url)
        if as_json:
            click.echo(json.dumps(report.as_dict(), indent=1, default=str))
        else:
            for line in report.lines:
                click.echo(line)
        sys.exit(0 if report.would_fetch else 1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_db_option
def update(as_json: bool, db: str | None) -> None:
    """One pass over the sources that are due (robots.txt, conditional GET, politeness)."""
    from detente import crawl
    from detente.store.db import Database

    with _errors():
        settings = _settings(db=db)
        report = crawl.update(Database.open(settings), settings)
        if as_json:
            click.echo(json.dumps(report.as_dict(), indent=1, default=str))
        else:
            for run in report.runs:
                click.echo(run.line())
            click.echo(f"{len(report.runs)} sources, {report.new} new, {report.failed} failed")
        sys.exit(1 if report.failed else 0)


@cli.command()
@_db_option
def watch(db: str | None) -> None:
    """Keep updating due sources until SIGTERM or SIGINT; resumes where it left off."""
    from detente import crawl

    def show(report: crawl.UpdateReport) -> None:
        for run in report.runs:
            click.echo(run.line())

    with _errors():
        crawl.watch(_settings(db=db), on_pass=show)


@cli.command("settings")
@_db_option
def show_settings(db: str | None) -> None:
    """Print the effective settings as JSON, with their help texts."""
    with _errors():
        values = _settings(db=db).as_dict()
        click.echo(
            json.dumps({s.name: {"value": values[s.name], "help": s.help} for s in SETTINGS}, indent=1)
        )


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option(
    "--port", default=8000, type=click.IntRange(1, 65535), show_default=True, help="Port to serve on."
)
@click.option("--no-serve", is_flag=True, help="Build the demo database and print the topic; do not serve.")
@_db_option
def demo(host: str, port: int, no_serve: bool, db: str | None) -> None:
    """Build a fresh demo database (NATO-Russia relations, 1991-2025) and serve its topic page."""
    from detente.demo import run_demo

    with _errors():
        run_demo(
            _settings(db=db or "./detente-demo.db"), echo=click.echo, serve=not no_serve, host=host, port=port
        )


def main() -> None:
    cli(prog_name="detente")


if __name__ == "__main__":  # pragma: no cover
    main()
