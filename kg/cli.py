"""The ``kg`` command line: one click group, one thin command per job.

Commands turn :class:`~kg.errors.KgError` into a one-line message and a non-zero exit;
everything else is done by the stage modules, imported when a command runs so that
``kg --help`` loads no jieba, spaCy or data.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.errors import KgError

__all__ = ["main", "cli"]


class KgGroup(click.Group):
    """A click group that reports kg's own errors as one line, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as err:
            click.echo(f"kg: error: {err}", err=True)
            sys.exit(1)


class WorkersType(click.ParamType):
    """``-j``: a number of processes (1 or more), or ``auto`` (``None``: kg decides by the input's size)."""

    name = "N|auto"

    def convert(self, value, param, ctx):
        written = "auto" if value is None else str(value).strip().lower()
        if written == "auto":
            return None
        try:
            number = int(written)
        except ValueError:
            number = 0
        if number < 1:
            self.fail(f"{value!r} is neither a number of processes (1 or more) nor 'auto'", param, ctx)
        return number


WORKERS = WorkersType()


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph from Chinese local-government news pages."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Output folder; replaced only when the build succeeds.")
@click.option("--html/--no-html", default=True, show_default=True, help="Write the interactive graph.html.")
@click.option("--store/--no-store", default=True, show_default=True,
              help="Load the SPARQL store (out/store) that kg query and kg serve use.")
@click.option("-j", "--workers", type=WORKERS, default="auto", show_default=True, metavar="N|auto",
              help="Extract files in this many processes; auto: one per core (at most 8) when the input is "
                   "several files of 512 KiB or more in all, else this process. The output is the same for any "
                   "number.")
@click.option("-u", "--update", is_flag=True,
              help="Extract only files new or changed since the last build into OUTPUT (its cache/); same graph as a full build.")
@click.option("--dask", "dask", metavar="ADDRESS", default=None,
              help="Extract on a Dask distributed cluster (scheduler address, e.g. tcp://10.0.0.5:8786).")
@click.option("--shacl", type=click.Choice(["rust", "pyshacl", "none"]), default="rust", show_default=True,
              help="Check the graph against ontology/shapes.ttl: with the shacl package's Rust engine, with pyshacl "
                   "(the reference engine, same report, ~50x slower), or not at all.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary table.")
def build(paths: tuple[Path, ...], outdir: Path, html: bool, store: bool, workers: int | None, update: bool,
          dask: str | None, shacl: str, quiet: bool) -> None:
    """Read PATHS (files, or folders searched for *.txt and *.md; default: seeds/) and write the graph to OUTPUT."""
    from rich.console import Console

    from kg.run.build import DEFAULT_INPUT, build as run_build

    out = Console(stderr=False, quiet=quiet)
    err = Console(stderr=True)
    _exit_on_sigterm()  # so a terminated build cleans up as after Ctrl-C

    def on_error(e) -> None:
        # soft_wrap: one line whatever the terminal's width, so it can be grepped and parsed
        err.print(f"kg: skipped {e.path}: {e.problem}", markup=False, highlight=False, soft_wrap=True)

    def progress(iterable, total, description):
        if quiet:
            yield from iterable
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task(description, total=total)
            for item in iterable:
                yield item
                bar.advance(task)

    summary = run_build(list(paths) or [DEFAULT_INPUT], outdir, on_error=on_error, progress=progress,
                        html=html, store=store, workers=workers, update=update, dask=dask, shacl=shacl)
    if not quiet:
        _print_summary(out, summary, outdir)


def _exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit: ``finally`` blocks and context managers then run."""
    import signal

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (an embedding application): leave its handlers
        pass


def _print_summary(console, summary, outdir: Path) -> None:
    from rich.table import Table

    console.print(f"kg build → {outdir}", markup=False, highlight=False, soft_wrap=True)
    table = Table(show_header=False)
    table.add_column(style="bold")
    table.add_column()
    failed = f" ({len(summary.files_failed)} skipped)" if summary.files_failed else ""
    cached = f", {summary.files_cached} unchanged" if summary.files_cached else ""
    table.add_row("files", f"{summary.files}{cached}{failed}")
    table.add_row("articles", str(summary.articles))
    table.add_row("sentences", str(summary.sentences))
    table.add_row("entities", ", ".join(f"{t} {n}" for t, n in summary.entities.items()) or "none")
    table.add_row("relations", ", ".join(f"{p} {n}" for p, n in summary.relations.items()) or "none")
    table.add_row("triples", str(summary.triples))
    if summary.shacl_conforms is not None:
        shacl = "conforms" if summary.shacl_conforms else f"{summary.shacl_violations} violations"
        table.add_row("SHACL", shacl)
    table.add_row("seconds", f"{summary.seconds:.1f}")
    table.add_row("outputs", " ".join(summary.outputs))
    console.print(table)
    for line in summary.shacl_messages[:5]:
        console.print(f"  SHACL: {line}", markup=False, highlight=False, soft_wrap=True)


_DEFAULT_BENCHMARK = "<default>"  # the flag given without a path: the benchmark's default file


@cli.command(name="eval")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-g", "--graph", type=click.Path(dir_okay=False, path_type=Path), default=Path("out/graph.ttl"),
              show_default=True, help="The exported Turtle to score.")
@click.option("--scorer", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The scorer script (default: ../shared/tools/score.py beside the project).")
@click.option("--cluener", "cluener", metavar="[PATH]", default=None, is_flag=False, flag_value=_DEFAULT_BENCHMARK,
              help="Exact-span P/R/F1 of the entity recogniser (rules + kg_ner) on CLUENER2020 "
                   "(default: ../shared/benchmarks/cluener2020/dev.json).")
@click.option("--peoples-daily", "peoples_daily", metavar="[PATH]", default=None, is_flag=False,
              flag_value=_DEFAULT_BENCHMARK,
              help="The same on People's Daily 1998 NER (default: ../shared/benchmarks/peoples_daily_ner/example.test).")
@click.option("--show", type=int, default=10, show_default=True,
              help="Examples of each kind of error to list (for --cluener and --peoples-daily only when given: "
                   "missed and spurious spans per label, with their context).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_(gold: tuple[Path, ...], graph: Path, scorer: Path | None, cluener: str | None, peoples_daily: str | None,
          show: int, as_json: bool) -> None:
    """Score the current graph against GOLD annotation files (the scorer's table), or the recogniser on benchmarks."""
    # a benchmark lists its errors only when asked: its table is what scripts read
    show_given = click.get_current_context().get_parameter_source("show") != click.core.ParameterSource.DEFAULT
    for name, given in (("cluener", cluener), ("peoples-daily", peoples_daily)):
        if given is None:
            continue
        from kg.eval.benchmarks import evaluate, find_benchmark, print_report

        path = find_benchmark(name, None if given == _DEFAULT_BENCHMARK else Path(given))
        print_report(evaluate(name, path, show=show if show_given else 0), as_json=as_json)
    if gold:
        from kg.eval.gold import print_gold, score_gold

        print_gold(score_gold(graph, gold, scorer=scorer, show=show), as_json=as_json)
    if cluener is None and peoples_daily is None and not gold:
        raise click.UsageError("give GOLD.json files, --cluener or --peoples-daily")


# short_help: click would cut the docstring at its first period, in "e.g."
@cli.command(short_help="Run a SPARQL query (a .rq file or text) on the last build.")
@click.argument("query_", metavar="QUERY")
@click.option("-b", "--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE, as the literal \"VALUE\"@zh (never pasted into the query). Repeatable.")
@click.option("-f", "--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"], case_sensitive=False),
              help="table lines up Chinese text; csv/tsv/json/xml are the SPARQL 1.1 result formats; "
                   "turtle/ntriples for CONSTRUCT and DESCRIBE.")
@click.option("-s", "--store", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="The build's output folder (or its store/ folder).")
@click.option("--page", type=click.IntRange(min=1), default=None,
              help="Answer this page (from 1). A shipped query answers page 1 unless told; its header says "
                   "what a page holds (20 entities, 20 edges …); other queries page by rows.")
@click.option("--page-size", type=click.IntRange(min=1), default=None,
              help="Things (or rows) a page holds [default: 20].")
@click.option("--all", "whole", is_flag=True, help="Every row, not one page.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Print at most this many rows.")
def query(query_: str, binds: tuple[str, ...], fmt: str, outdir: Path, page: int | None, page_size: int | None,
          whole: bool, limit: int | None) -> None:
    """Run QUERY on the last build: a shipped query by name (leaders, entity …), a .rq file, or SPARQL text.

    The opening comments of each query in queries/ say what it answers and which variables
    --bind can set, e.g. kg query projects_funded_by --bind name=区住建局
    """
    from kg.store.paging import DEFAULT_PAGE_SIZE, Page
    from kg.store.query import query_command_impl

    if whole and (page or page_size):
        raise click.UsageError("give --all or --page/--page-size, not both")
    if not Path(query_).exists():
        from kg.store.canned import canned_query, is_query_name

        if is_query_name(query_):
            query_ = str(canned_query(query_).path)
    chosen = Page(page or 1, page_size or DEFAULT_PAGE_SIZE) if (page or page_size) else None
    text, result = query_command_impl(query_, binds, fmt.lower(), outdir, row_limit=limit, page=chosen, whole=whole)
    click.echo(text, nl=False)
    if result.truncated and fmt.lower() != "table":
        click.echo(f"kg: result cut at {limit} rows (--limit)", err=True)
    if result.page is not None:
        _page_note(result, query_)


def _page_note(result, query: str) -> None:
    """Say on stderr which page this was and how to get the next one."""
    from kg.store.query import query_doc, read_query

    page = result.page
    if result.page_unit == "things":
        pages = query_doc(read_query(query)).pages  # "20 edges": what the header calls them
        held = f"{page.size} {pages.split(None, 1)[1] if pages else 'things'} a page"
    else:
        held = f"{page.size} rows a page"
    if result.has_next:
        click.echo(f"kg: page {page.number} ({held}); next: --page {page.number + 1}; every row: --all", err=True)
    elif page.number > 1 and not len(result):
        click.echo(f"kg: page {page.number} is past the last page ({held})", err=True)


def _settings_help() -> str:
    from kg.store.server import SETTINGS

    return "Settings (--setting NAME VALUE):\n\n\b\n" + "\n".join(
        f"  {s.name:<11} {str(s.default):<10} {s.help}" for s in SETTINGS)


class _ServeCommand(click.Command):
    """``kg serve``, whose help ends with the server's settings table, read only when help is
    shown: importing the server (http, urllib, subprocess) would slow every other command."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.epilog = _settings_help()
        super().format_epilog(ctx, formatter)


@cli.command(cls=_ServeCommand)
@click.option("-s", "--store", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="The build's output folder (store/ and graph.html).")
@click.option("--host", default=None,
              help="Interface to listen on [default: 127.0.0.1, this machine only: the endpoint has no authentication].")
@click.option("-p", "--port", type=click.IntRange(0, 65535), default=None, help="Port [default: 8001; 0: any free].")
@click.option("--setting", "settings", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="Set time_limit, row_limit, workers, max_body (see below).")
@click.option("--get", "get_path", metavar="PATH",
              help="Answer one GET request (e.g. '/sparql?query=ASK%7B%7D') in-process, print the body, exit.")
@click.option("--accept", default=None, help="Accept header for --get.")
def serve(outdir: Path, host: str | None, port: int | None, settings: tuple[tuple[str, str], ...],
          get_path: str | None, accept: str | None) -> None:
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql and the HTML graph at /graph.html."""
    from kg.store.server import Settings, get, serve as run_serve

    values = Settings.from_pairs(dict(settings), host=host, port=port)
    if get_path is not None:
        status, _, body = get(outdir, get_path, values, accept=accept)
        click.echo(body.decode("utf-8", "replace"), nl=False)
        if status >= 400:
            click.echo(f"kg: HTTP {status}", err=True)
            sys.exit(1)
        return
    run_serve(outdir, settings=values)


@cli.command()
@click.argument("name")
@click.option("--hops", type=click.IntRange(0, 6), default=1, show_default=True,
              help="Show neighbours up to this many edges away.")
@click.option("-d", "--dir", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="The build whose graph.ttl to draw from.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Page to write (default: <dir>/show/<name>.html).")
def show(name: str, hops: int, outdir: Path, output: Path | None) -> None:
    """Write an ego-graph page for the entity NAME (a label or an alias) and print its path."""
    from rdflib import Graph

    from kg.errors import KgError
    from kg.exports.html import write_ego_html
    from kg.graph.rdf import from_rdf

    ttl = outdir / "graph.ttl"
    if not ttl.is_file():
        raise KgError(f"{ttl}: no graph; run kg build first")
    try:
        rdf = Graph().parse(ttl, format="turtle")
    except (SyntaxError, ValueError) as err:  # rdflib's BadSyntax is a SyntaxError
        problem = " ".join(str(err).strip().splitlines()[:2]) or type(err).__name__  # where, and what
        raise KgError(f"{ttl}: not a Turtle graph kg can read ({problem}); run kg build again") from None
    G = from_rdf(rdf)
    safe = "".join(ch if ch.isalnum() else "_" for ch in name)[:80] or "entity"
    path = write_ego_html(G, name, hops, output or outdir / "show" / f"{safe}.html")
    click.echo(str(path))


@cli.command()
@click.argument("url")
@click.option("--graph-file", type=click.Path(dir_okay=False, path_type=Path), default=Path("out/graph.nt"),
              show_default=True, help="The graph to send: N-Triples (.nt) or Turtle (.ttl).")
@click.option("--graph", "graph_iri", metavar="IRI", default=None,
              help="The named graph to replace.  [default: https://w3id.org/kgnews/graph/news]")
@click.option("--default-graph", is_flag=True, help="Replace the store's default graph instead of a named graph.")
@click.option("--user", default=None, help="User name for HTTP Basic authentication (or user:password@ in URL).")
@click.option("--password", envvar="KG_PUSH_PASSWORD", default=None,
              help="Password for --user (or env KG_PUSH_PASSWORD; asked for when missing).")
@click.option("--verify-query", metavar="URL", default=None,
              help="The store's SPARQL query endpoint, to count the graph's triples after the push "
                   "(Oxigraph: http://HOST:PORT/query).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds to wait for the connection and for each answer.")
def push(url: str, graph_file: Path, graph_iri: str | None, default_graph: bool, user: str | None,
         password: str | None, verify_query: str | None, timeout: float) -> None:
    """Replace one graph of the SPARQL store at URL with the built graph (Graph Store Protocol, HTTP PUT).

    URL is the store's Graph Store endpoint: http://HOST:7878/store for `oxigraph serve`,
    http://HOST:3030/DATASET/data for Fuseki.  Other graphs in the store are left alone.
    """
    from kg.store.push import DEFAULT_GRAPH_IRI, push as run_push

    if default_graph and graph_iri:
        raise click.UsageError("give --graph IRI or --default-graph, not both")
    ctx = click.get_current_context()
    if user is None and password is not None and \
            ctx.get_parameter_source("password") is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--password needs --user")
    if user is not None and password is None:
        password = click.prompt(f"Password for {user}", hide_input=True, err=True)
    result = run_push(graph_file, url,
                      graph_iri=None if default_graph else (graph_iri or DEFAULT_GRAPH_IRI),
                      auth=(user, password) if user is not None else None,
                      timeout=timeout, verify_query=verify_query)
    click.echo(result.describe())


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
