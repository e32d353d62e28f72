"""The `kg` command. Thin: parse arguments, call the library, print, set the exit status."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import UsageError

DEFAULT_GRAPH = Path("out") / "kg.ttl"


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
@click.option("-q", "--quiet", is_flag=True, help="Print only failures and errors.")
def build(paths, out_dir, curation, jobs, no_html, quiet):
    """Read article files (.txt) or folders of them and write the graph.

    An article that cannot be read or understood is reported by name with the reason and the
    build goes on. Exit status 0 when at least one article was built, 1 when none was, 2 on
    bad usage.
    """
    from .build import build as run_build, discover

    try:
        items = discover(paths)
    except UsageError as e:
        _fail(str(e))
    if not items:
        _fail("no article files (.txt) found in " + ", ".join(map(str, paths)))
    bar = None
    show_bar = not quiet and sys.stderr.isatty()
    if show_bar:
        bar = click.progressbar(length=len(items), label="extracting", file=sys.stderr)
        bar.__enter__()

    def tick(_source):
        if bar is not None:
            bar.update(1)

    def failed(f):
        if bar is not None:
            click.echo("", err=True)
        click.echo(f"kg: {f.source}: {f.reason}", err=True)

    try:
        report = run_build(paths, out_dir, curation, jobs=jobs, html=not no_html, progress=tick, on_failure=failed)
    except UsageError as e:
        _fail(str(e))
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if report.articles == 0:
        _fail("nothing was built: every article failed", 1)
    if not quiet:
        click.echo(f"built {report.articles} article(s), {len(report.failures)} failed: "
                   f"{report.officials} officials, {report.bodies} bodies, {report.meetings} meetings, "
                   f"{report.posts} posts, {report.triples} triples in {report.seconds:.2f} s")
        for p in report.outputs:
            click.echo(f"  {p}")


@main.command()
@click.argument("query", required=False)
@click.option("-g", "--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True,
              type=click.Path(path_type=Path), help="The graph to query (Turtle, TriG, N-Triples, JSON-LD).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the shipped queries and what each answers.")
def query(query, graph_path, fmt, list_):
    """Run QUERY: SPARQL text, a .rq file, or the name of a shipped query.

    The prefixes kg, id, org, foaf, schema, skos, prov, rdfs, xsd and owl are predeclared.
    """
    from .query import format_results, list_queries, run_query

    if list_:
        for name, desc in list_queries():
            click.echo(f"{name:24} {desc}")
        return
    if not query:
        _fail("give a QUERY (SPARQL text, a .rq file or a shipped query name), or --list")
    try:
        cols, rows = run_query(query, graph_path)
    except UsageError as e:
        _fail(str(e))
    click.echo(format_results(cols, rows, fmt))


@main.command()
@click.option("-g", "--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nt", "jsonld", "trig", "graphml", "gexf", "csv"]))
@click.option("-o", "--out", "out_path", required=True, type=click.Path(path_type=Path))
def export(graph_path, fmt, out_path):
    """Write the graph in another format (graphml/gexf for Gephi, csv of posts for spreadsheets)."""
    from .export import export as run_export

    try:
        run_export(graph_path, fmt, out_path)
    except UsageError as e:
        _fail(str(e))
    click.echo(f"wrote {out_path}")


@main.command()
@click.argument("graph_path", required=False, default=str(DEFAULT_GRAPH), type=click.Path(path_type=Path))
def validate(graph_path):
    """Check a built graph (default out/kg.ttl) against ontology/shapes.ttl; exit 1 on violation."""
    from .validate import main_validate

    if not Path(graph_path).exists():
        _fail(f"{graph_path}: no such file")
    sys.exit(main_validate(graph_path))


@main.command()
@click.option("-g", "--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_path", default="out/graph.html", show_default=True, type=click.Path(path_type=Path))
@click.option("--focus", default=None, help="Draw only the neighbourhood of this official or body (name, with or without diacritics).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="Hops around --focus.")
def viz(graph_path, out_path, focus, depth):
    """Render a built graph as one self-contained interactive HTML page."""
    from .network import load_graph
    from .viz import render_html

    try:
        g = load_graph(graph_path)
        render_html(g, out_path, focus=focus, depth=depth)
    except (UsageError, LookupError, ValueError) as e:
        _fail(str(e).strip("'\""))
    click.echo(f"wrote {out_path}")


@main.command()
@click.option("-g", "--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000))
def stats(graph_path, fmt, top):
    """Network figures: counts by kind, central officials, busiest bodies, who met whom, communities."""
    from .network import load_graph
    from .stats import compute_stats, format_stats

    try:
        g = load_graph(graph_path)
    except UsageError as e:
        _fail(str(e))
    click.echo(format_stats(compute_stats(g, top=top), fmt))


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-a", "--articles", multiple=True, type=click.Path(path_type=Path),
              help="Article files or folders to build first (default: the gold files' seeds/ beside the project).")
@click.option("-g", "--graph", "graph_path", default=None, type=click.Path(path_type=Path),
              help="Score this built graph instead of building.")
@click.option("-v", "--verbose", is_flag=True, help="List missed (-) and extra (+) facts per article.")
def eval_(gold, articles, graph_path, verbose):
    """Score extraction against GOLD file(s) (format of tests/data/seeds-gold.json).

    Either builds the --articles into a temporary folder or reads --graph, then prints
    precision, recall and F1 per fact type using the contract's queries.
    """
    import tempfile

    from .build import build as run_build
    from .eval import evaluate

    for g in gold:
        if not Path(g).exists():
            _fail(f"{g}: no such gold file")
    with tempfile.TemporaryDirectory() as tmp:
        if graph_path is None:
            if not articles:
                _fail("give --articles to build, or --graph to score a built graph")
            try:
                report = run_build(list(articles), tmp, html=False)
            except UsageError as e:
                _fail(str(e))
            for f in report.failures:
                click.echo(f"kg: {f.source}: {f.reason}", err=True)
            graph_path = Path(tmp) / "kg.ttl"
        rep = evaluate([str(g) for g in gold], str(graph_path))
        click.echo(rep.format(verbose))


if __name__ == "__main__":
    main()
