"""Extraction on a Dask cluster (a small dask.distributed.LocalCluster) gives the bytes of a local build."""
from __future__ import annotations

import json
import shutil

import pytest

pytest.importorskip("dask.distributed")
from dask.distributed import Client, LocalCluster  # noqa: E402

from kg.batch import build  # noqa: E402
from kg.executors import DaskCluster, LocalProcesses, make_executor  # noqa: E402
from serve_helpers import ROOT  # noqa: E402

SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds, the dev set's .txt articles and a JSON Lines dump (records with their bytes)."""
    d = tmp_path_factory.mktemp("corpus")
    for p in list(SEEDS.glob("*.txt")) + list(DEV.glob("*.txt")):
        shutil.copy(p, d / p.name)
    lines = [json.dumps({"text": p.read_text(encoding="utf-8"), "date": "2021-06-09"}, ensure_ascii=False)
             for p in sorted(SEEDS.glob("*.txt"))[:3]]
    (d / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")             # a failure, reported the same way
    return d


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
        report = build([corpus], out, html=False)
    assert report.articles > 30
    return out, report


def _same(a, b):
    for name in ("kg.ttl", "kg.trig", "build-report.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_threads_cluster_gives_the_bytes_of_a_local_build(corpus, local_build, tmp_path):
    local, report = local_build
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        out = tmp_path / "dask"
        r = build([corpus], out, html=False, client=client)
        assert client.status == "running"           # a client given is not closed by the build
    assert r.articles == report.articles and [f.source for f in r.failures] == [f.source for f in report.failures]
    _same(local, out)


def test_process_workers_by_scheduler_address(corpus, local_build, tmp_path):
    local, _ = local_build
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "dask"
        from click.testing import CliRunner
        from kg.cli import main
        r = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-html", "-q",
                                      "--scheduler", cluster.scheduler_address])
        assert r.exit_code == 0, r.output
    _same(local, out)


def test_executors_are_pluggable(corpus):
    from kg.batch import discover
    items, _ = discover([SEEDS])
    assert isinstance(make_executor(2), LocalProcesses)
    local = [(s, m.trig if m else None, e) for s, m, e in LocalProcesses(1).run(items)]
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        ex = make_executor(client=client)
        assert isinstance(ex, DaskCluster)
        ex.batch_size = 2                           # several batches, taken back in order
        dask = [(s, m.trig if m else None, e) for s, m, e in ex.run(items)]
    assert dask == local


def test_unreachable_scheduler_is_a_usage_error(tmp_path):
    from kg.errors import UsageError
    from serve_helpers import free_port
    with pytest.raises(UsageError, match="Dask scheduler"):
        DaskCluster(scheduler=f"tcp://127.0.0.1:{free_port()}")
