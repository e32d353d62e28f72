"""How big and how fast is graph.html? Pages of builds of the benchmark corpus (bench/corpus.py),
of given files, or of synthetic graphs.

Prints, per page: drawn nodes/edges, Python time (synthetic only), HTML size, and in headless
Chromium: navigation to the first drawn frame (``window.kgGraph.ready``), a click on an official
until the highlighted frame is painted, clearing it, a search until its hit is shown, and until
the view has moved onto it (median/worst of five). Goals (issue 12): ready <= 3 s, click, clear
and search <= 0.3 s, page <= 15 MB, on a 30,000-article build.

    .venv/bin/python bench/bench_viz.py --corpus 30000 [--keep DIR]
    .venv/bin/python bench/bench_viz.py --page out/graph.html
    .venv/bin/python bench/bench_viz.py --sizes 1000 10000
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib import RDF, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, PROV, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.view.network import to_networkx  # noqa: E402
from kg.view.page import graph_html  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402

KG = Namespace("https://w3id.org/vnpolkg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
ID = Namespace("https://w3id.org/vnpolkg/id/")
CHROMIUM = "/usr/bin/chromium"
ORG_KINDS = ["PartyCommittee", "PartyExecutive", "PartyBoard", "StateBody", "FrontCommittee",
             "MassOrganisation"]
MEETING_KINDS = ["WorkingSession", "Conference", "Congress", "Visit", "Ceremony"]
SYLLABLES = ["Lê", "Nguyễn", "Trần", "Phạm", "Võ", "Đặng", "Hồng", "Văn", "Thị", "Thanh", "Quang",
             "Hùng", "Hương", "Phước", "Nam", "Hảo", "Đức", "Minh", "Tâm", "Thủy"]


def synthetic_graph(n_nodes: int, seed: int = 1) -> rdflib.Graph:
    """A contract-shaped graph of about ``n_nodes`` drawn nodes (not a real one)."""
    rnd = random.Random(seed)
    g = rdflib.Graph()
    n_places = max(2, n_nodes // 50)
    n_orgs = n_nodes // 4
    n_meetings = n_nodes // 7
    n_articles = n_nodes // 10
    n_people = n_nodes - n_places - n_orgs - n_meetings - n_articles
    places = [ID[f"place-{i}"] for i in range(n_places)]
    for i, p in enumerate(places):
        g.add((p, RDF.type, KG.AdministrativeUnit))
        g.add((p, SKOS.prefLabel, Literal(f"Tỉnh {i}", lang="vi")))
    orgs = [ID[f"org-{i}"] for i in range(n_orgs)]
    for i, o in enumerate(orgs):
        kind = rnd.choice(ORG_KINDS)
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, RDF.type, KG[kind]))
        g.add((o, SKOS.prefLabel, Literal(f"{kind} {i}", lang="vi")))
        g.add((o, KG.jurisdiction, rnd.choice(places)))
        if i > 10 and rnd.random() < 0.5:
            g.add((o, ORG.subOrganizationOf, orgs[rnd.randrange(i)]))
    people = [ID[f"person-{i}"] for i in range(n_people)]
    role = ID["role-uy-vien"]
    g.add((role, RDF.type, ORG.Role))
    g.add((role, SKOS.prefLabel, Literal("Ủy viên", lang="vi")))
    articles = [ID[f"article-{i}"] for i in range(n_articles)]
    for i, a in enumerate(articles):
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, KG.sourceFile, Literal(f"{i:05d}.txt")))
        g.add((a, SCHEMA.headline, Literal(f"Bài {i}", lang="vi")))
    for i, p in enumerate(people):
        g.add((p, RDF.type, KG.Official))
        g.add((p, FOAF.name, Literal(" ".join(rnd.sample(SYLLABLES, 3)) + f" {i}")))
        for j in range(rnd.choice([1, 1, 2])):
            m = ID[f"post-{i}-{j}"]
            g.add((m, RDF.type, ORG.Membership))
            g.add((m, ORG.member, p))
            g.add((m, ORG.organization, rnd.choice(orgs)))
            g.add((m, ORG.role, role))
            g.add((m, PROV.wasDerivedFrom, rnd.choice(articles)))
            g.add((m, KG.attestedOn, Literal("2021-06-09", datatype=XSD.date)))
            g.add((m, KG.evidence, Literal(f"Câu dẫn chứng số {i}.", lang="vi")))
    for i in range(n_meetings):
        e = ID[f"meeting-{i}"]
        g.add((e, RDF.type, KG.Meeting))
        g.add((e, RDF.type, KG[rnd.choice(MEETING_KINDS)]))
        g.add((e, SCHEMA.startDate, Literal(f"2021-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                                             datatype=XSD.date)))
        g.add((e, KG.host, rnd.choice(orgs)))
        g.add((e, KG.guest, rnd.choice(orgs)))
        for k, person in enumerate(rnd.sample(people, 3)):
            g.add((e, SCHEMA.attendee, person))
            if k == 0:
                g.add((e, KG.chair, person))
        art = rnd.choice(articles)
        g.add((e, PROV.wasDerivedFrom, art))
        g.add((art, KG.reports, e))
    return g


LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync"]

# JS run in the page: the ids of the n officials with most drawn relations (what a user clicks).
_BUSIEST = """n => {
    const net = kgGraph.network;
    return kgGraph.nodes.get({filter: x => x.kind === 'official' && !x.hidden})
        .map(x => [x.id, net.getConnectedEdges(x.id).length])
        .sort((a, b) => b[1] - a[1]).slice(0, n).map(x => x[0]);
}"""
# Resolves once the next frame after the action has been rendered: a task queued from an
# animation-frame callback runs after that frame's paint (any redraw vis-network asked for
# during the action runs in that frame, before the paint).
_PAINTED = """() => new Promise(r => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))"""
# The same for an action run in the page: ms from its start to the painted frame that shows it.
_TIMED = """code => { const t0 = performance.now(); (0, eval)(code);
    window.__moved = new Promise(r => kgGraph.network.once('afterDrawing', () => r(performance.now() - t0)));
    return new Promise(r => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0), 0))); }"""
# After a search: ms from its start until vis-network has redrawn the view moved onto the hit.
_MOVED = "() => window.__moved"


def measure_page(html_path: Path, clicks: int = 5, timeout_s: float = 120.0) -> dict:
    """Open the page in headless Chromium (network cut off) and time what a user waits for:
    navigation to the first stable frame (``kgGraph.ready``), a click on an official until the
    highlighted frame is painted, clearing the highlight, and a search (until the frame that
    shows it). Times in seconds; clicks, clears and searches as (median, worst)."""
    from statistics import median

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            start = time.perf_counter()
            page.goto(html_path.as_uri(), wait_until="commit")
            page.wait_for_function("window.kgGraph && window.kgGraph.ready === true",
                                   timeout=timeout_s * 1000, polling=50)
            ready = time.perf_counter() - start
            targets = page.evaluate(_BUSIEST, clicks)
            click_s, clear_s, search_s, moved_s = [], [], [], []
            for node in targets:
                # back to the whole graph, panel closed, as a user starts
                page.evaluate("kgGraph.network.fit({animation: false}); kgGraph.showPanel(null)")
                page.wait_for_timeout(1000)
                xy = page.evaluate("""id => { const p = kgGraph.network.canvasToDOM(
                    kgGraph.network.getPositions([id])[id]);
                    const r = document.getElementById('mynetwork').getBoundingClientRect();
                    return [r.left + p.x, r.top + p.y]; }""", node)
                page.mouse.move(5, 5)                  # off the graph
                page.wait_for_timeout(1500)            # whatever the last step left to draw is drawn
                # vis-network takes a press longer than 250 ms for a hold, not a click: on a
                # busy machine the two events can arrive that far apart, so try again
                for _attempt in range(5):
                    page.evaluate(_PAINTED)
                    t0 = page.evaluate("performance.now()")
                    page.mouse.click(*xy)
                    t1 = page.evaluate(_PAINTED)
                    if page.evaluate("kgGraph.selected()") is not None:
                        break
                else:
                    print(f"  (no click reached {node} at {xy}: skipped)", file=sys.stderr)
                    continue
                click_s.append((t1 - t0) / 1000)
                clear_s.append(page.evaluate(_TIMED, "kgGraph.clearHighlight()") / 1000)
                page.wait_for_timeout(500)
                label = page.evaluate("id => kgGraph.nodes.get(id).label", node)
                search_s.append(page.evaluate(_TIMED, f"kgGraph.search(kgGraph.fold({label!r}))") / 1000)
                moved_s.append(page.evaluate(_MOVED) / 1000)
                page.evaluate("kgGraph.clearHighlight()")
                page.wait_for_timeout(1500)            # the view has moved to the hit
            both = lambda xs: (median(xs), max(xs)) if xs else (float("nan"), float("nan"))  # noqa: E731
            return {"ready": ready, "click": both(click_s), "clear": both(clear_s), "search": both(search_s), "moved": both(moved_s),
                    "timings": page.evaluate("kgGraph.timings")}
        finally:
            browser.close()


def time_to_stable(html_path: Path, timeout_s: float = 120.0) -> float:
    return measure_page(html_path, clicks=0, timeout_s=timeout_s)["ready"]


def _drawn(page: Path) -> tuple[int, int]:
    """How many nodes and edges a graph.html draws."""
    html = page.read_text(encoding="utf-8")
    counts = []
    for block in ("kg-nodes", "kg-edges"):
        start = html.index(">", html.index(f'id="{block}"')) + 1
        counts.append(len(json.loads(html[start:html.index("</script>", start)])))
    return counts[0], counts[1]


def report(n_nodes: int, n_edges: int, py_s: float, path: Path) -> None:
    m = measure_page(path) if Path(CHROMIUM).exists() else None
    pair = lambda k: f"{m[k][0]:.3f}/{m[k][1]:.3f}" if m else "-"  # noqa: E731
    print(f"{n_nodes:>7} {n_edges:>7} {py_s:>9.2f} {path.stat().st_size / 1e6:>8.2f} "
          f"{m['ready'] if m else float('nan'):>8.2f} {pair('click'):>18} {pair('clear'):>12} "
          f"{pair('search'):>12} {pair('moved'):>13}", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[],
                    help="synthetic graphs of about these many nodes (not a build)")
    ap.add_argument("--corpus", type=int, nargs="+", default=[],
                    help="build bench/corpus.py corpora of these many articles and time their pages")
    ap.add_argument("--page", type=Path, nargs="+", default=[], help="time these graph.html files")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="workers of the corpus builds")
    ap.add_argument("--clicks", type=int, default=5, help="officials clicked and searched per page")
    ap.add_argument("--keep", type=Path, help="write the pages into this folder")
    args = ap.parse_args(argv)
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"{'nodes':>7} {'edges':>7} {'python s':>9} {'html MB':>8} {'ready s':>8} "
          f"{'click s (med/max)':>18} {'clear s':>12} {'search s':>12} {'view moved s':>13}")
    if not (args.sizes or args.corpus or args.page):
        args.corpus = [10_000]
    for n in args.corpus:
        corpus, out = out_dir / f"corpus-{n}", out_dir / f"out-{n}"
        make_corpus(corpus, n)
        t0 = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "kg"), "build", str(corpus), "-o", str(out),
                        "-j", str(args.jobs), "-q"], check=True)
        build_s = time.perf_counter() - t0
        rep = json.loads((out / "build-report.json").read_text())
        print(f"# {n} articles: {rep.get('officials')} officials, {rep.get('posts')} posts, "
              f"{rep.get('meetings')} meetings; build with the page {build_s:.0f} s", flush=True)
        report(*_drawn(out / "graph.html"), float("nan"), out / "graph.html")
    for page in args.page:
        report(*_drawn(page), float("nan"), page.resolve())
    for size in args.sizes:
        rdf = synthetic_graph(size)
        t0 = time.perf_counter()
        G = to_networkx(rdf)
        html = graph_html(G, title=f"bench {size}")
        py_s = time.perf_counter() - t0
        path = out_dir / f"graph-{size}.html"
        path.write_text(html, encoding="utf-8")
        report(G.number_of_nodes(), G.number_of_edges(), py_s, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
