"""The `kg` command. Thin: parse arguments, call the library, print, set the exit status."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import UsageError

# The graph built in out/ (kg.rdf.io.DEFAULT_GRAPH; not imported, to keep `kg --help` fast)
DEFAULT_GRAPH = "out"
GRAPH_HELP = "The graph: a graph file (.ttl, .trig, .nt, .nq, .jsonld) or a build folder."


def _fail(msg: str, code: int = 2) -> None:
    click.echo(f"kg: {msg}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnpolkg")
def main() -> None:
    """Build a knowledge graph of Vietnamese political news and query it.

    \b
    kg build seeds/            read articles, write out/kg.ttl, out/kg.trig, out/graph.html
    kg query posts-by-official run a shipped query (kg query --list) or your own SPARQL
    kg validate                check a graph against the project's SHACL shapes
    kg export --format csv -o posts.csv
    kg viz / kg stats          the interactive graph page and network figures
    kg eval GOLD.json seeds/   precision / recall / F1 against reference facts
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path),
              help="Folder for kg.ttl, kg.trig, graph.html and build-report.json.")
@click.option("--curation", type=click.Path(path_type=Path), default=None,
              help="YAML file of merges, splits and relabels to apply (see docs/curation.md).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for extraction.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786",
              help="Extract on a Dask cluster (pip install 'vnpolkg[dask]'); the inputs must be at the same path on its workers.")
@click.option("--max-article-size", default=None, metavar="SIZE",
              help="Refuse an article bigger than this (default 5MB, or $KG_MAX_ARTICLE_BYTES; 0: no cap).")
@click.option("--rebuild", is_flag=True,
              help="Read every article again, even those the folder's store already holds unchanged.")
@click.option("-q", "--quiet", is_flag=True, help="Print only failures and errors.")
def build(paths, out_dir, curation, jobs, no_html, quiet, max_article_size, scheduler, rebuild):
    """Read article files (.txt) or folders of them and write the graph.

    An article that cannot be read or understood is reported by name with the reason and the
    build goes on. A build into a folder built before is incremental: only new and changed
    articles are read, those no longer given are dropped (a changed lexicon, gazetteer,
    curation or extractor reads everything again, as --rebuild does). Exit status 0 when at
    least one article was built, 1 when none was, 2 on bad usage.
    """
    from kg.batch import build as run_build

    if max_article_size is not None:
        import os
        from kg.read.article import parse_size
        try:       # the environment carries it to the worker processes
            os.environ["KG_MAX_ARTICLE_BYTES"] = str(parse_size(max_article_size))
        except ValueError as e:
            _fail(f"--max-article-size: {e}")
    bar = None

    def start(total):
        nonlocal bar
        if not quiet and sys.stderr.isatty():
            bar = click.progressbar(length=total, label="extracting", file=sys.stderr)
            bar.__enter__()

    def tick(_source):
        if bar is not None:
            bar.update(1)

    def failed(f):
        if bar is not None:
            click.echo("", err=True)
        click.echo(f"kg: {f.source}: {f.reason}", err=True)

    try:
        report = run_build(paths, out_dir, curation, jobs=jobs, html=not no_html, progress=tick, scheduler=scheduler, rebuild=rebuild,
                           on_failure=failed, on_start=start)
    except UsageError as e:
        _fail(str(e))
    except OSError as e:
        _fail(f"cannot write the outputs to {out_dir}: {e.strerror or e}", 1)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if report.articles == 0:
        _fail("nothing was built: every article failed", 1)
    if not quiet:
        click.echo(report.summary())


def _graph_option(f):
    return click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True,
                        type=click.Path(path_type=Path), help=GRAPH_HELP)(f)


@main.command()
@click.argument("query", required=False)
@_graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="json is W3C SPARQL 1.1 Query Results JSON.")
@click.option("--list", "list_", is_flag=True, help="List the shipped queries and what each answers.")
@click.option("--timeout", default=None, type=click.FloatRange(0, None),
              help="Seconds the query may run (default 30, or $KG_QUERY_TIMEOUT; 0: no limit).")
@click.option("--max-rows", default=None, type=click.IntRange(0, None),
              help="Most rows an answer may have (default 100000, or $KG_QUERY_MAX_ROWS; 0: no cap).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter the query declares (kg query --list shows them); repeatable; "
                   "NAME= leaves it unbound.")
def query(query, graph_path, fmt, list_, timeout, max_rows, params):
    """Run QUERY: SPARQL text, a .rq file, the name of a shipped query, or - (read stdin).

    The prefixes kg, id, org, foaf, schema, skos, prov, rdf, rdfs, xsd and owl are predeclared.
    A query reads the built graph only: SERVICE and UPDATE are refused. A shipped query's
    parameters are bound with --param NAME=VALUE, e.g.
    kg query officials-of-body --param body="Ban Dân vận Tỉnh ủy An Giang".
    """
    from kg.ask.named import list_queries, query_params, query_path
    from kg.ask.query import run_query
    from kg.ask.results import format_results

    if list_:
        for name, desc in list_queries():
            click.echo(f"{name:24} {desc}")
            for p in query_params(query_path(name).read_text(encoding="utf-8")):
                click.echo(f"{'':24}   --param {p.name}=...  {p.description}")
        return
    bound = {}
    for item in params:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            _fail(f"--param {item!r}: write NAME=VALUE")
        bound[name.strip()] = value
    if not query:
        _fail("give a QUERY (SPARQL text, a .rq file, a shipped query name or -), or --list")
    if query == "-":
        query = sys.stdin.read()
    try:
        cols, rows = run_query(query, graph_path, timeout=timeout, max_rows=max_rows, params=bound)
    except UsageError as e:
        _fail(str(e))
    out = format_results(cols, rows, fmt)
    click.echo(out, nl=not out.endswith("\n"))


@main.command()
@_graph_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nt", "jsonld", "trig", "graphml", "gexf", "csv"]))
@click.option("-o", "--out", "out_path", required=True, type=click.Path(path_type=Path))
def export(graph_path, fmt, out_path):
    """Write the graph in another format (graphml/gexf for Gephi, csv of posts for spreadsheets)."""
    from kg.ask.export import export as run_export

    try:
        run_export(graph_path, fmt, out_path)
    except UsageError as e:
        _fail(str(e))
    click.echo(f"wrote {out_path}")


@main.command()
@click.argument("graph_path", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
def validate(graph_path):
    """Check a built graph (a graph file or build folder, default out/) against
    ontology/shapes.ttl; exit 1 on violation, 2 when the graph cannot be read."""
    from kg.ask.validate import validate as run_validate

    try:
        report = run_validate(graph_path)
    except UsageError as e:
        _fail(f"validate: {e}")
    click.echo(report.format())
    sys.exit(0 if report.conforms else 1)


def _load(graph_path):
    from kg.rdf.io import load_union

    try:
        return load_union(graph_path)
    except UsageError as e:
        _fail(str(e))


@main.command()
@_graph_option
@click.option("-o", "--out", "out_path", default="out/graph.html", show_default=True, type=click.Path(path_type=Path))
@click.option("--focus", default=None, help="Draw only the neighbourhood of this official or body (name, with or without diacritics).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="Hops around --focus.")
@click.option("--from", "date_from", default=None, type=click.DateTime(["%Y-%m-%d"]),
              help="Keep meetings and posts attested on or after this day (YYYY-MM-DD); undated ones stay.")
@click.option("--to", "date_to", default=None, type=click.DateTime(["%Y-%m-%d"]),
              help="Keep meetings and posts attested on or before this day (YYYY-MM-DD); undated ones stay.")
def viz(graph_path, out_path, focus, depth, date_from, date_to):
    """Render a built graph as one self-contained interactive HTML page.

    With --from/--to the page shows that range (its heading says so, and its date control starts
    there): meetings dated outside it and posts attested on no day inside it are left out."""
    from kg.rdf.io import folder_store
    from kg.view.page import render_html

    store = folder_store(graph_path)
    try:
        if store is not None:       # a build folder: fetch what is drawn from its store
            from kg.view.store_graph import page_graph
            g = page_graph(store, focus=focus, depth=depth)
        else:
            g = _load(graph_path)
        render_html(g, out_path, focus=focus, depth=depth,
                    date_from=date_from.date().isoformat() if date_from else None,
                    date_to=date_to.date().isoformat() if date_to else None)
    except UsageError as e:         # kg.output.OutputError: cannot write OUT_PATH (one line)
        _fail(str(e))
    except (LookupError, ValueError) as e:
        _fail(str(e).strip("'\""))
    click.echo(f"wrote {out_path}")


@main.command()
@_graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
def stats(graph_path, fmt, top):
    """Network figures: counts by kind, central officials, busiest bodies, who met whom, communities."""
    from kg.rdf.io import folder_store
    from kg.view.stats import compute_stats, format_stats, store_stats

    store = folder_store(graph_path)
    if store is not None:           # a build folder: counted on its store, nothing parsed
        click.echo(format_stats(store_stats(store, top=top), fmt))
    else:
        click.echo(format_stats(compute_stats(_load(graph_path), top=top), fmt))


@main.command(name="eval")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-g", "--graph", "graph_path", default=None, type=click.Path(path_type=Path),
              help="Score this built graph (file or build folder) instead of building the articles.")
@click.option("-v", "--verbose", is_flag=True, help="List missed (-) and extra (+) facts per article.")
def eval_(inputs, graph_path, verbose):
    """Score extraction: kg eval GOLD.json... [ARTICLES...] or kg eval GOLD.json... -g GRAPH.

    GOLD files (.json, the format of tests/data/seeds-gold.json) come first; the other paths are
    article files or folders, built into a temporary folder and scored. Prints precision, recall
    and F1 per fact type using the contract's queries.
    """
    from kg.ask.eval import evaluate, evaluate_articles

    gold = [p for p in inputs if p.suffix.lower() == ".json"]
    articles = [p for p in inputs if p.suffix.lower() != ".json"]
    if not gold:
        _fail("give at least one gold file (.json)")
    for g in gold:
        if not g.exists():
            _fail(f"{g}: no such gold file")
    if bool(articles) == (graph_path is not None):
        _fail("give ARTICLES to build, or -g GRAPH to score a built graph (not both)")
    gold = [str(g) for g in gold]
    try:
        if graph_path is None:
            rep = evaluate_articles(gold, articles,
                                    on_failure=lambda f: click.echo(f"kg: {f.source}: {f.reason}", err=True))
        else:
            rep = evaluate(gold, graph_path)
    except UsageError as e:
        _fail(str(e))
    click.echo(rep.format(verbose))


@main.command()
@click.argument("graph_path", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless told otherwise).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, None),
              help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1, None),
              help="Most rows (or triples) one answer gives; the header X-Kg-Truncated says when capped.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes.")
def serve(graph_path, host, port, timeout, max_rows, workers):
    """Serve the graph built in GRAPH_PATH (default out/) as a read-only SPARQL 1.1 endpoint at
    http://HOST:PORT/sparql, over the union of all its graphs; the graph page at /, a query
    page at /query. UPDATE is refused. Ctrl-C stops it."""
    from kg.serve.app import serve as run_serve

    try:
        run_serve(graph_path, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers,
                  announce=lambda m: click.echo(m, err=True))
    except UsageError as e:
        _fail(str(e))
    except KeyboardInterrupt:
        pass


@main.command()
@click.argument("endpoint")
@click.argument("graph_path", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--user", default=None, help="User for HTTP basic auth (password from --password or $KG_PUSH_PASSWORD).")
@click.option("--password", default=None, help="Password for --user.")
@click.option("--full", is_flag=True, help="Send every graph, not only those changed since the last push to ENDPOINT.")
@click.option("--retries", default=4, show_default=True, type=click.IntRange(0, 20),
              help="Retries of a failed request (connection errors, 408, 429, 5xx), with exponential backoff.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def push(endpoint, graph_path, user, password, full, retries, quiet):
    """Send the graph built in GRAPH_PATH (default out/) to a SPARQL 1.1 Graph Store Protocol
    ENDPOINT, one named graph per article, each with PUT (pushing twice leaves the same graph).

    \b
    Oxigraph  http://HOST:7878/store
    Fuseki    http://HOST:3030/DATASET/data
    GraphDB   http://HOST:7200/repositories/REPO/rdf-graphs/service
    A bearer token is read from $KG_PUSH_TOKEN. Only graphs changed since the last push to
    ENDPOINT are sent, and graphs no longer built are deleted (push-state.json in the folder).
    """
    from kg.rdf.push import PushError, push as run_push

    try:
        report = run_push(endpoint, graph_path, user=user, password=password, full=full, retries=retries)
    except UsageError as e:
        _fail(str(e))
    except PushError as e:
        _fail(f"push: {e}", 1)
    if not quiet:
        click.echo(report.summary())


if __name__ == "__main__":
    main()
