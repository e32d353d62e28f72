"""The `kg` command. Thin: parse arguments, call the library, print, set the exit status."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import UsageError

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
    from kg.batch import build as run_build, discover

    items, missing = discover(paths)
    if not items:
        if missing and len(missing) == len(paths):
            _fail("; ".join(f"{f.source}: {f.reason}" for f in missing))
        _fail("no article files (.txt) found in " + ", ".join(map(str, paths)))
    if out_dir.exists() and not out_dir.is_dir():
        _fail(f"{out_dir}: is a file; -o takes a folder")
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
    except OSError as e:
        _fail(f"cannot write the outputs to {out_dir}: {e.strerror or e}", 1)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if report.articles == 0:
        _fail("nothing was built: every article failed", 1)
    if not quiet:
        click.echo(report.summary())


@main.command()
@click.argument("query", required=False)
@click.option("-g", "--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True,
              type=click.Path(path_type=Path), help="The graph to query (Turtle, TriG, N-Triples, JSON-LD).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the shipped queries and what each answers.")
def query(query, graph_path, fmt, list_):
    """Run QUERY: SPARQL text, a .rq file, or the name of a shipped query.

    The prefixes kg, id, org, foaf, schema, skos, prov, rdf, rdfs, xsd and owl are predeclared.
    """
    from kg.ask.query import format_results, list_queries, run_query

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
    out = format_results(cols, rows, fmt)
    click.echo(out, nl=not out.endswith("\n"))


@main.command()
@click.option("-g", "--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(path_type=Path))
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
@click.argument("graph_path", required=False, default=str(DEFAULT_GRAPH), type=click.Path(path_type=Path))
def validate(graph_path):
    """Check a built graph (default out/kg.ttl) against ontology/shapes.ttl; exit 1 on violation."""
    from kg.ask.validate import main_validate

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
    from kg.view.network import load_graph
    from kg.view.page import render_html

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
    from kg.view.network import load_graph
    from kg.view.stats import compute_stats, format_stats

    try:
        g = load_graph(graph_path)
    except UsageError as e:
        _fail(str(e))
    click.echo(format_stats(compute_stats(g, top=top), fmt))


@main.command(name="eval")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-g", "--graph", "graph_path", default=None, type=click.Path(path_type=Path),
              help="Score this built graph instead of building the articles.")
@click.option("-v", "--verbose", is_flag=True, help="List missed (-) and extra (+) facts per article.")
def eval_(inputs, graph_path, verbose):
    """Score extraction: kg eval GOLD.json... [ARTICLES...] or kg eval GOLD.json... -g GRAPH.

    GOLD files (.json, the format of tests/data/seeds-gold.json) come first; the other paths are
    article files or folders, built into a temporary folder and scored. Prints precision, recall
    and F1 per fact type using the contract's queries.
    """
    import tempfile

    from kg.batch import build as run_build
    from kg.ask.eval import evaluate

    gold = [p for p in inputs if p.suffix.lower() == ".json"]
    articles = [p for p in inputs if p.suffix.lower() != ".json"]
    if not gold:
        _fail("give at least one gold file (.json)")
    for g in gold:
        if not g.exists():
            _fail(f"{g}: no such gold file")
    if bool(articles) == (graph_path is not None):
        _fail("give ARTICLES to build, or -g GRAPH to score a built graph (not both)")
    with tempfile.TemporaryDirectory() as tmp:
        if graph_path is None:
            try:
                report = run_build(articles, tmp, html=False)
            except UsageError as e:
                _fail(str(e))
            for f in report.failures:
                click.echo(f"kg: {f.source}: {f.reason}", err=True)
            graph_path = Path(tmp) / "kg.ttl"
        rep = evaluate([str(g) for g in gold], str(graph_path))
        click.echo(rep.format(verbose))


if __name__ == "__main__":
    main()
