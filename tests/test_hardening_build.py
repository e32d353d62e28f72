"""Issue 10, classes 4 and 5: a killed worker costs only its articles; a build's outputs appear
together or not at all, whenever the build is killed; a second build into the folder is refused;
leftovers are cleaned; an unwritable output is a one-line error."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.batch as kb
from kg.cli import main
from kg.output import JOURNAL_NAME, FolderBusy, OutputSet, recover
from kg.pool import LOST

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUTS = ("kg.ttl", "kg.trig", "graph.html", "build-report.json")
_ORIGINAL_WORK = kb._work


def _bomb_work(item):
    """kg.batch._work, except that the article named bomb.txt kills its worker (as the
    out-of-memory killer would)."""
    if item.source == "bomb.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return _ORIGINAL_WORK(item)


def _seeds(folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for f in SEEDS.glob("*.txt"):
            shutil.copy(f, folder / (f.name if copies == 1 else f"{i:03d}_{f.name}"))
    return folder


def test_a_killed_worker_costs_only_its_article(tmp_path, monkeypatch):
    inp = _seeds(tmp_path / "in")
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", inp / "bomb.txt")
    monkeypatch.setattr(kb, "_work", _bomb_work)
    rep = kb.build([inp], tmp_path / "out", jobs=2, html=False)
    assert rep.articles == 5
    assert [(f.source, f.reason) for f in rep.failures] == [("bomb.txt", LOST)]
    assert "bomb.txt" in (tmp_path / "out" / "build-report.json").read_text()


def test_a_worker_killed_from_outside_costs_nothing(tmp_path):
    psutil = pytest.importorskip("psutil")
    inp = _seeds(tmp_path / "in", copies=30)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(inp), "-o", str(tmp_path / "out"),
                             "-j", "2", "--no-html"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    killed = None
    deadline = time.monotonic() + 30
    while killed is None and time.monotonic() < deadline and proc.poll() is None:
        kids = psutil.Process(proc.pid).children()
        if len(kids) >= 2:
            time.sleep(0.3)
            kids[0].kill()
            killed = kids[0].pid
        time.sleep(0.05)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    if killed is None:
        pytest.skip("the build ended before a worker could be killed")
    assert b"built 150 article(s), 0 failed" in out, out.decode() + err.decode()


def test_a_second_build_into_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    with OutputSet(out):
        with pytest.raises(FolderBusy, match="another build is writing to this folder"):
            kb.build([SEEDS], out, html=False)
        r = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)])
        assert r.exit_code == 2 and "another build is writing to this folder (pid" in r.output
    assert kb.build([SEEDS], out, html=False).articles == 5        # released


def _hashes(folder: Path) -> dict:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() if (folder / n).exists() else None
            for n in OUTPUTS}


def _build(args, env_extra=None, check=True):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", **(env_extra or {}))
    p = subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, args), "-q"], cwd=ROOT, env=env,
                       capture_output=True)
    if check:
        assert p.returncode == 0, p.stderr.decode()
    return p


@pytest.fixture(scope="module")
def two_sets(tmp_path_factory):
    """Two input sets and the outputs of a clean build of each."""
    base = tmp_path_factory.mktemp("sets")
    a = base / "a"
    a.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(f, a / f.name)
    b = _seeds(base / "b")
    _build([a, "-o", base / "ref-a"])
    _build([b, "-o", base / "ref-b"])
    return a, b, _hashes(base / "ref-a"), _hashes(base / "ref-b")


@pytest.mark.parametrize("moment", ["before-journal", "after-journal", "mid-rename"])
def test_a_build_killed_at_a_named_moment_leaves_one_whole_set(tmp_path, two_sets, moment):
    a, b, ha, hb = two_sets
    out = tmp_path / "out"
    _build([a, "-o", out])
    p = _build([b, "-o", out], {"KG_TEST_KILL_AT": moment}, check=False)
    assert p.returncode == -signal.SIGKILL
    if moment == "before-journal":
        assert _hashes(out) == ha                   # the old set, untouched
    else:
        assert (out / JOURNAL_NAME).exists()
        recover(out)                               # what the next build does first
        assert _hashes(out) == hb
    _build([b, "-o", out])
    assert _hashes(out) == hb
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".kg-staging")] == []


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.3, 1.8, 2.5])
def test_a_build_killed_at_any_moment_leaves_one_whole_set(tmp_path, two_sets, delay):
    a, b, ha, hb = two_sets
    out = tmp_path / "out"
    _build([a, "-o", out])
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(b), "-o", str(out), "-q"], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.kill()
    proc.wait()
    if (out / JOURNAL_NAME).exists():
        recover(out)
    assert _hashes(out) in (ha, hb)
    _build([a, "-o", out])                         # the next build cleans what the killed one left
    assert _hashes(out) == ha
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".kg-build.lock"] or \
        all(p.is_dir() is False or not p.name.startswith(".kg-staging") for p in out.iterdir())


def test_a_failure_while_writing_the_page_keeps_the_old_set(tmp_path, two_sets, monkeypatch):
    a, b, ha, hb = two_sets
    out = tmp_path / "out"
    _build([a, "-o", out])
    import kg.view.page as page

    def full(*args, **kw):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(page, "render_html", full)
    with pytest.raises(OSError):
        kb.build([b], out)
    monkeypatch.undo()
    assert _hashes(out) == ha


@pytest.mark.parametrize("command", [["export", "--format", "nt", "-o", "{bad}/x.nt", "-g", "{g}"],
                                     ["export", "--format", "graphml", "-o", "{bad}/x.graphml", "-g", "{g}"],
                                     ["viz", "-o", "{bad}/x.html", "-g", "{g}"]])
def test_an_unwritable_output_is_a_one_line_error(tmp_path, command):
    g = tmp_path / "g"
    kb.build([SEEDS], g, html=False)
    (tmp_path / "file").write_text("not a folder")
    for bad in (tmp_path / "file", Path("/proc/kg-no-such")):
        args = [a.format(bad=bad, g=g) for a in command]
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2, r.output
        assert r.output.startswith("kg: cannot write ") and r.output.count("\n") == 1, r.output
        assert r.exception is None or isinstance(r.exception, SystemExit)
